# Thema „Bau“ (Deutsch, Belgien): Titel der Unterthemen und Seiten zu Bauarbeiten, Kostenvoranschlägen, Anzahlungen und an der Haustür verkauften Renovierungen.

topic-construction-works = Bauarbeiten und Bauunternehmer
topic-construction-renovation = An der Haustür verkaufte Renovierung

page-construction-defects-title = Mängel oder schlechte Arbeit nach Bauarbeiten
page-construction-defects-rule = Ein Bauunternehmer muss die vereinbarten Arbeiten ausführen, und zwar fachgerecht. Stellen Sie Mängel fest (Risse, undichte Stellen, unfertige Arbeiten), melden Sie diese dem Unternehmer schnell schriftlich und setzen Sie eine angemessene Frist für die Reparatur. Bei einem technischen Streit mit einem Bauunternehmer oder Architekten kann die Schlichtungskommission Bau (Commission de Conciliation Construction) helfen, aber nur, wenn Sie beide zustimmen. Dieses Verfahren ist kostenpflichtig.
page-construction-defects-now =
    1. Fotografieren Sie jeden Mangel mit Datum. Bewahren Sie Kostenvoranschlag, Vertrag und Rechnungen auf.
    2. Schicken Sie dem Unternehmer ein Einschreiben mit der Liste der Mängel und einer Frist für die Reparatur.
    3. Keine Lösung? Schlagen Sie eine Schlichtung vor: Die Kommission wird nur tätig, wenn Sie beide zustimmen.
page-construction-defects-words = Riss, Leck, Feuchtigkeit, Bauunternehmer, Handwerker, Architekt, Pfusch, Baustelle, unfertig, Dach, Fliesen

page-construction-quote-deposit-title = Kostenvoranschlag und Anzahlung vor den Arbeiten
page-construction-quote-deposit-rule = Verlangen Sie vor Beginn der Arbeiten einen schriftlichen Kostenvoranschlag: was gemacht wird, die Materialien, der Gesamtpreis inklusive MwSt. und die Frist. Sobald Sie ihn unterschrieben haben, sind Sie und der Unternehmer daran gebunden. Wird eine Anzahlung verlangt, halten Sie den Betrag schriftlich fest, zahlen Sie per Überweisung und bewahren Sie den Beleg auf. Seien Sie vorsichtig, wenn ein Unternehmer vorab eine große Summe in bar verlangt.
page-construction-quote-deposit-now =
    1. Holen Sie schriftliche Kostenvoranschläge von mehreren Unternehmern ein und vergleichen Sie sie vor der Unterschrift.
    2. Zahlen Sie eine Anzahlung nur per Überweisung und erst mit einem unterschriebenen Angebot oder Vertrag, der den Betrag nennt.
    3. Arbeiten nicht zum vereinbarten Datum begonnen? Schicken Sie ein Einschreiben mit einer letzten Frist.
    4. Unternehmer mit Ihrer Anzahlung verschwunden? Erstatten Sie Anzeige bei Ihrer lokalen Polizei und melden Sie es der Wirtschaftsinspektion.
page-construction-quote-deposit-words = Angebot, Preis, Vorauszahlung, Vorschuss, Bauunternehmer, Handwerker, Baustelle, bar, MwSt, Unterschrift, Arbeiten nicht begonnen

page-renovation-door-to-door-title = Renovierung an der Haustür verkauft: 14 Tage Widerrufsrecht
page-renovation-door-to-door-rule = Sie haben zu Hause, nicht in den Geschäftsräumen der Firma, einen Vertrag über Arbeiten (Dach, Dämmung, Fenster, Heizung …) unterschrieben? Dann können Sie grundsätzlich innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen. Arbeiten mit Lieferung von Waren (Fenster, Solarpaneele, Wärmepumpe, Heizkessel): Die 14 Tage beginnen am Tag nach der Lieferung der Waren. Arbeiten ohne Waren: am Tag nach der Unterschrift. Hat der Verkäufer Sie nicht über dieses Recht informiert, verlängert sich die Frist um 12 Monate. Für Verträge, die Sie im Geschäft oder auf einer Messe schließen, gilt das nicht.
page-renovation-door-to-door-now =
    1. Sie möchten widerrufen? Schicken Sie den Widerruf innerhalb von 14 Tagen per Einschreiben oder E-Mail und behalten Sie eine Kopie.
    2. Nutzen Sie das Widerrufsformular aus dem Vertrag, falls es eines gibt. Ein klarer Brief genügt auch.
    3. Unter Druck gesetzt, getäuscht oder nicht über die 14 Tage informiert? Melden Sie die Praktik der Wirtschaftsinspektion.
page-renovation-door-to-door-words = Haustürgeschäft, Vertreter, Haustürverkauf, widerrufen, stornieren, Dach, Dämmung, Solaranlage, Fenster, Wärmepumpe, Heizkessel, Druck, zu Hause unterschrieben
