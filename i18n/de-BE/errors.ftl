# Fehlermeldungen zu Formularfeldern, unter dem Feld angezeigt. Ids: cc_core::FieldError::key().
# Nur err-too-long hat eine Variable: $max, die höchste erlaubte Anzahl Zeichen.

err-required = Bitte füllen Sie dieses Feld aus.
err-choice-required = Bitte wählen Sie eine der Möglichkeiten.
err-date-required = Bitte wählen Sie ein Datum.
err-date-future = Dieses Datum liegt in der Zukunft: Bitte wählen Sie heute oder einen früheren Tag.
err-too-long = Dieser Text ist zu lang: höchstens { $max } Zeichen.
err-enterprise-format = Eine Unternehmensnummer hat 10 Ziffern und beginnt mit 0 oder 1, zum Beispiel 0123.456.749.
err-enterprise-checksum = Diese Unternehmensnummer gibt es nicht: Bitte prüfen Sie die Ziffern.
err-email = Diese E-Mail-Adresse ist nicht vollständig: Bitte prüfen Sie sie, zum Beispiel name@beispiel.be.
err-phone = Diese Telefonnummer ist nicht gültig: Bitte prüfen Sie sie, zum Beispiel 0470 12 34 56.
err-postal-code = Eine belgische Postleitzahl hat 4 Ziffern, zum Beispiel 4700.
err-amount = Bitte geben Sie einen Betrag in Euro ein, zum Beispiel 49,99.
err-amount-negative = Der Betrag kann nicht negativ sein.
err-amount-decimals = Bitte geben Sie höchstens 2 Ziffern für die Cent ein, zum Beispiel 49,99.
err-amount-too-large = Dieser Betrag ist zu hoch: Bitte prüfen Sie ihn.
err-website = Diese Website-Adresse ist nicht gültig: Bitte prüfen Sie sie, zum Beispiel www.beispiel.be.
err-description-required = Bitte beschreiben Sie in Ihren eigenen Worten, was passiert ist.
err-identity-choice = Bitte wählen Sie: anonym melden oder mit Ihrem Namen.
err-consent-share = Um Ihre Meldung zu senden, stimmen Sie bitte zu, dass sie an die Wirtschaftsinspektion weitergegeben wird.
err-contact-needs-channel = Damit wir Sie kontaktieren können, geben Sie bitte eine E-Mail-Adresse oder eine Telefonnummer an.
err-consent-required = Bitte kreuzen Sie dieses Kästchen an, um das Formular zu senden.
err-postal-address = Bitte geben Sie eine vollständige Postanschrift an: Straße und Hausnummer, Postleitzahl und Ort (und das Land bei einer Adresse im Ausland).
err-contact-one-of = Bitte geben Sie mindestens einen Weg an, Sie zu erreichen: eine E-Mail-Adresse, eine Telefonnummer oder eine Postanschrift.
