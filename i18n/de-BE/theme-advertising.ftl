# Thema „advertising“ (Deutsch, Belgien): Titel der Unterthemen und Texte der Seiten.

topic-advertising-misleading = Irreführende Angebote und Druck
topic-advertising-unwanted = Unerwünschte Anrufe, Werbung und Besuche

page-misleading-reductions-title = Schlussverkauf und Rabatte: Ist die Ermäßigung echt?
page-misleading-reductions-rule = Kündigt ein Geschäft oder eine Website eine Preisermäßigung an, muss der alte Vergleichspreis der niedrigste Preis sein, den der Verkäufer für dieses Produkt in den 30 Tagen davor verlangt hat. Er darf den Preis also nicht kurz vorher erhöhen, damit der Rabatt größer wirkt. Preise müssen immer in Euro angegeben sein, einschließlich MwSt. und aller verpflichtenden Kosten.
page-misleading-reductions-now =
    1. Fotografieren Sie das Preisschild oder machen Sie einen Screenshot der Werbung, mit Datum.
    2. Haben Sie das Produkt früher billiger gesehen? Bewahren Sie auch dafür einen Beweis auf (Foto, alter Prospekt, Kassenbon).
    3. Melden Sie die Praktik der Wirtschaftsinspektion. Sie kontrolliert Verkäufer, erstattet Ihnen aber kein Geld.
page-misleading-reductions-words = Sonderangebot, Aktion, alter Preis, durchgestrichener Preis, Referenzpreis, Prozent, Black Friday, Ausverkauf, falscher Rabatt, Preisnachlass

page-misleading-advertising-title = Werbung, die Sie täuscht
page-misleading-advertising-rule = Werbung darf Sie nicht täuschen, weder durch falsche Angaben noch durch das Verschweigen wichtiger Informationen, zum Beispiel über Preis, Qualität, Eigenschaften des Produkts oder Bedingungen. Ein Produkt darf nicht „gratis“ heißen, wenn Sie mehr als die unvermeidbaren Kosten zahlen müssen, und ein Angebot darf nicht als „nur heute“ gültig angepriesen werden, wenn das nicht stimmt.
page-misleading-advertising-now =
    1. Bewahren Sie die Werbung auf: Foto, Screenshot, Link oder Prospekt, mit Datum.
    2. Haben Sie deshalb etwas gekauft? Schreiben Sie dem Unternehmen, was versprochen war und was Sie verlangen.
    3. Melden Sie die Werbung der Wirtschaftsinspektion.
    4. Lehnt das Unternehmen ab? Eine Schlichtungsstelle kann Ihnen helfen.
page-misleading-advertising-words = irreführende Werbung, falsches Versprechen, kostenlos, Anzeige, Prospekt, soziale Medien, Influencer, Kleingedrucktes, versteckte Bedingungen, Täuschung

page-aggressive-practices-title = Druck, Drohungen oder Belästigung, damit Sie kaufen
page-aggressive-practices-rule = Ein Verkäufer darf Sie nicht bedrängen: keine Belästigung, Drohungen, Beleidigungen oder Druck, der Sie daran hindert, frei zu entscheiden. Zum Beispiel: Sie nicht gehen lassen, bevor Sie unterschreiben, zu Ihnen nach Hause zurückkommen, obwohl Sie ihn gebeten haben zu gehen, oder Sie ständig anrufen. Haben Sie zu Hause, am Telefon oder online unterschrieben, haben Sie meist 14 Tage Zeit, es sich anders zu überlegen.
page-aggressive-practices-now =
    1. Unterschreiben und zahlen Sie nichts unter Druck. Sagen Sie deutlich, dass Sie kein Interesse haben.
    2. Notieren Sie, was passiert ist: Datum, Ort, Name des Verkäufers und des Unternehmens.
    3. Schon unterschrieben? Widerrufen Sie schriftlich, solange es noch geht (meist 14 Tage bei Verträgen zu Hause, am Telefon oder online).
    4. Melden Sie die Praktik der Wirtschaftsinspektion.
page-aggressive-practices-words = aufdringlicher Verkäufer, Einschüchterung, Zwang, Nötigung, aggressiv, Erpressung, unlautere Praktik, Überrumpelung, Haustür

page-telemarketing-title = Schluss mit Werbeanrufen: die Liste „Rufen Sie mich nicht mehr an“
page-telemarketing-rule = Sie können Ihre Nummer in die belgische Liste „Rufen Sie mich nicht mehr an“ (offiziell „Ne m'appelez plus“ / „Bel-me-niet-meer“) eintragen lassen. Unternehmen dürfen Sie dann grundsätzlich nicht mehr anrufen, um Ihnen etwas zu verkaufen. Die Eintragung ist innerhalb von 5 Werktagen aktiv und gilt unbefristet. Anrufe aus dem Ausland hält die Liste nicht auf.
page-telemarketing-now =
    1. Rufen Sie von der Nummer, die Sie schützen möchten, die 02 882 19 75 an und folgen Sie den Anweisungen.
    2. Sind Sie Kunde des Unternehmens, das Sie anruft? Sagen Sie ihm, dass Sie keine Werbeanrufe mehr wollen.
    3. Nach 5 Werktagen noch Anrufe? Notieren Sie Datum, Uhrzeit, Nummer und Unternehmen.
    4. Melden Sie diese Anrufe der Wirtschaftsinspektion.
page-telemarketing-words = Telefonwerbung, Telemarketing, Kaltakquise, unerwünschter Anruf, Callcenter, DNCM, Handy, Festnetz, Telefonverkauf

page-unwanted-mail-title = Unerwünschte Werbung per Post, E-Mail oder SMS
page-unwanted-mail-rule = Ein Unternehmen darf Ihnen grundsätzlich nur dann Werbung per E-Mail oder SMS schicken, wenn Sie vorher zugestimmt haben, und jede Nachricht muss eine einfache Abmeldung ermöglichen. Sie können ein Unternehmen jederzeit auffordern, Ihre Daten nicht mehr für Werbung zu nutzen. Gegen Prospekte im Briefkasten hilft ein Aufkleber „Keine Werbung“.
page-unwanted-mail-now =
    1. Nutzen Sie den Abmeldelink, aber nur in Nachrichten eines Unternehmens, das Sie kennen.
    2. Schreiben Sie dem Unternehmen und verlangen Sie, dass es Ihnen keine Werbung mehr schickt.
    3. Geht es weiter, oder haben Sie nie zugestimmt? Melden Sie es der Wirtschaftsinspektion.
    4. Sieht es nach Betrug aus? Klicken Sie nicht, sondern leiten Sie die Nachricht an Safeonweb weiter.
page-unwanted-mail-words = Spam, Newsletter, Prospekte, Wurfsendung, abmelden, Briefkasten, Aufkleber, Werbemail, Einwilligung, Reklame

page-door-to-door-title = Ein Verkäufer an Ihrer Tür
page-door-to-door-rule = Sie müssen einen Verkäufer nie hereinlassen, und er muss gehen, wenn Sie ihn darum bitten. Unterschreiben Sie zu Hause einen Vertrag, haben Sie meist 14 Tage Zeit, es sich ohne Angabe von Gründen anders zu überlegen. Bei Waren beginnt die Frist am Tag nach der Lieferung, bei Dienstleistungen am Tag nach der Unterschrift. Der Verkäufer muss Sie über dieses Recht informieren; sonst verlängert sich die Frist um 12 Monate.
page-door-to-door-now =
    1. Unterschreiben Sie nicht sofort. Verlangen Sie das Angebot auf Papier und nehmen Sie sich Zeit.
    2. Anders überlegt? Widerrufen Sie innerhalb von 14 Tagen schriftlich (Einschreiben oder E-Mail) und bewahren Sie einen Nachweis auf.
    3. Aufdringlicher Verkäufer oder keine Information über Ihre Rechte? Melden Sie es der Wirtschaftsinspektion.
page-door-to-door-words = Haustürgeschäft, Vertreter, Hausbesuch, Widerruf, Widerrufsrecht, stornieren, Haustürverkauf, 14 Tage, Vertrag, Kaltakquise
