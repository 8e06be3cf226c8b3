# Die eigenen Texte des Kiosks (Deutsch, Belgien). Die Schlüssel sind für alle vier Sprachen gleich; Tests
# prüfen, dass jede Sprache genau dieselben Schlüssel hat.

app-name = ConsumerConnect
lang-short = DE
lang-name = Deutsch

start-welcome = Willkommen
start-touch = Wählen Sie Ihre Sprache, um zu beginnen. Ihre Fragen und Meldungen zu Verbraucherrechten – alles an einem Ort.

nav-back = Zurück

home-title = ConsumerConnect
home-question = Was können wir für Sie tun?
home-report = Eine Praktik melden
home-report-text = Melden Sie der Wirtschaftsinspektion eine unehrliche oder unlautere Praktik eines Unternehmens. Sie können dabei anonym bleiben.

step-of = Schritt { $value }
step-theme = Thema
step-company = Unternehmen
step-facts = Der Vorfall
step-about = Über Sie
step-review = Übersicht

report-theme-title = Worum geht es?
report-theme-hint = Wählen Sie das Thema, das am besten zu Ihrem Problem passt.
report-company-title = Um welches Unternehmen geht es?
report-company-hint = Geben Sie an, was Sie wissen. Nur der Name ist Pflicht.
report-about-title = Über Sie
report-about-hint = Sie haben die Wahl: anonym melden oder Ihren Namen angeben, damit die Inspektion Sie bei Bedarf kontaktieren kann.
report-review-title = Prüfen Sie Ihre Meldung
report-review-hint = Tippen Sie auf „Ändern“, um eine Antwort zu korrigieren. Es wird erst etwas gesendet, wenn Sie bestätigen.
report-next = Weiter
report-back-to-review = Zurück zur Übersicht
report-confirm = Absenden

field-company-name = Name des Unternehmens
field-website = Website
field-enterprise-number = Unternehmensnummer
field-enterprise-number-hint = Freiwillig. 10 Ziffern, zum Beispiel 0123.456.749
field-address = Adresse des Unternehmens
field-facts-date = Wann ist es passiert?
field-facts-date-none = Tippen Sie auf einen Tag im Kalender.
field-channel = Wie hatten Sie Kontakt?
field-amount = Betroffener Betrag (Euro)
field-amount-hint = Freiwillig. Zum Beispiel 49,99
field-description = Was ist passiert?
field-description-hint = Beschreiben Sie den Vorfall mit Ihren eigenen Worten.
field-counter = { $value } / { $max } Zeichen
# The day of a date written out (German: "2. November 2026").
date-day = { $value }.
field-name = Vorname und Nachname
field-email = E-Mail
field-phone = Telefon oder Handy
field-postal-code = Postleitzahl

date-prev-year = Vorheriges Jahr
date-prev-month = Vorheriger Monat
date-next-month = Nächster Monat
date-next-year = Nächstes Jahr

identity-anonymous = Anonym melden
identity-named = Namen angeben
identity-anonymous-note = Ihre Meldung wird ohne Ihren Namen gesendet. Der einzige Unterschied: Die Inspektion kann Sie nicht kontaktieren, wenn sie weitere Informationen braucht. Ob anonym oder nicht: Über das Ergebnis informiert sie niemanden.
consent-share = Ich bin damit einverstanden, dass meine Meldung an die Wirtschaftsinspektion weitergeleitet wird.
consent-contact = Die Inspektion darf mich zu dieser Meldung kontaktieren.

review-edit = Ändern
review-empty = (keine Angabe)
review-theme = Thema
review-company-name = Unternehmen
review-website = Website
review-enterprise-number = Unternehmensnummer
review-address = Adresse
review-facts-date = Datum des Vorfalls
review-channel = Kontakt
review-amount = Betrag
review-description = Was ist passiert
review-identity = Identität
review-name = Name
review-email = E-Mail
review-phone = Telefon
review-postal-code = Postleitzahl
review-consent-contact = Kontakt erlaubt
review-yes = Ja
review-no = Nein

save-failed = Ihre Meldung konnte an diesem Terminal nicht gespeichert werden. Es ist nichts verloren: Ihre Antworten sind noch da. Bitte versuchen Sie es erneut oder bitten Sie das Personal um Hilfe.
save-failed-close = Zurück zu meiner Meldung

forms-closed-title = An diesem Terminal können gerade keine Formulare gesendet werden
forms-closed-text = Dieses Terminal kann im Moment keine Formulare speichern. Sie können weiterhin die Informationen lesen, suchen und „Eine Lösung finden“ nutzen. Um eine Praktik zu melden, kommen Sie bitte später wieder oder wenden Sie sich an das Personal.
forms-closed-ok = Verstanden
forms-closed-tile = Im Moment nicht verfügbar

receipt-title = Ihre Meldung wurde erfasst
receipt-thanks = Vielen Dank. Ihre Meldung wurde erfasst.
receipt-reference = Referenz
receipt-code = Abfragecode
receipt-keep = Notieren Sie sich beide Codes oder scannen Sie den QR-Code: Sie brauchen beide, um den Stand Ihrer Akte abzufragen.
receipt-next-title = Wie geht es weiter?
receipt-next-text = Ihre Meldung wird an die Wirtschaftsinspektion des FÖD Wirtschaft weitergeleitet. Sie nutzt die Meldungen, um zu entscheiden, welche Unternehmen sie kontrolliert. Sie regelt keine individuellen Streitfälle und informiert Sie nicht über die Ergebnisse ihrer Untersuchungen.
receipt-qr = Scannen Sie, um den Stand Ihrer Akte von zu Hause aus abzufragen
receipt-home = Zurück zum Menü

timeout-title = Sind Sie noch da?
timeout-countdown = Zum Schutz Ihrer Privatsphäre werden Ihre Antworten in { $value } { $value ->
        [one] Sekunde
       *[other] Sekunden
    } gelöscht.
timeout-more-time = Weitermachen
timeout-touch = Tippen Sie auf „{ timeout-more-time }“, um Ihre Antworten zu behalten.

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
weekday-1 = Mo
weekday-2 = Di
weekday-3 = Mi
weekday-4 = Do
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = So
