# Texte des Themas Versicherungen (Deutsch, Belgien): Titel der Unterthemen und Informationsseiten.

topic-insurance-contracts = Versicherungsverträge
topic-insurance-claims = Schadensfälle und Entschädigung

page-insurance-end-contract-title = Eine Versicherung kündigen
page-insurance-end-contract-rule = Die meisten Nichtlebensversicherungen, etwa eine Auto- oder Brandversicherung, laufen 1 Jahr und verlängern sich automatisch. Sie können sie zum jährlichen Fälligkeitstag kündigen, mit einer Frist von mindestens 2 Monaten. Nach dem ersten Jahr können Sie einen solchen Vertrag auch jederzeit kündigen, mit einer Frist von 2 Monaten. Kündigen Sie schriftlich und bewahren Sie einen Nachweis auf. Für Lebensversicherungen gelten andere Regeln: Sehen Sie in Ihrem Vertrag nach.
page-insurance-end-contract-now =
    1. Suchen Sie den jährlichen Fälligkeitstag in Ihrer Police oder auf Ihrer letzten Prämienrechnung.
    2. Kündigen Sie schriftlich, zum Beispiel per Einschreiben, und bewahren Sie den Versandnachweis auf.
    3. Die Autoversicherung ist Pflicht: Sorgen Sie dafür, dass die neue Versicherung beginnt, wenn die alte endet.
    4. Streit mit dem Versicherer? Beschweren Sie sich zuerst beim Makler oder Versicherer, dann beim Ombudsmann der Versicherungen.
page-insurance-end-contract-words = beenden, Kündigungsfrist, Fälligkeit, Verlängerung, Autoversicherung, Brandversicherung, Prämie, Police, Versicherer wechseln, Einschreiben

page-insurance-new-contract-title = Eine neue Versicherung abschließen
page-insurance-new-contract-rule = Vergleichen Sie vor der Unterschrift mehrere Angebote, nicht nur den Preis: Was ist gedeckt, was ist ausgeschlossen und wie hoch ist die Selbstbeteiligung, also der Teil des Schadens, den Sie selbst tragen? Beantworten Sie die Fragen des Versicherers korrekt: Falsche oder fehlende Angaben können im Schadensfall Probleme bereiten. Bei manchen Verträgen können Sie kurz nach der Unterschrift noch zurücktreten. Versicherungsmakler und -agenten müssen bei der FSMA eingetragen sein.
page-insurance-new-contract-now =
    1. Verlangen Sie die allgemeinen und besonderen Bedingungen schriftlich. Lesen Sie die Ausschlüsse und die Selbstbeteiligung.
    2. Prüfen Sie, ob Sie nicht doppelt für dasselbe Risiko versichert sind, etwa über einen anderen Vertrag.
    3. Prüfen Sie auf der Website der FSMA, ob der Makler oder Agent eingetragen ist.
    4. Bewahren Sie eine Kopie von allem auf, was Sie unterschreiben, und von Ihren Antworten.
page-insurance-new-contract-words = Police, Angebot, Prämie, Deckung, Ausschlüsse, Selbstbeteiligung, Makler, Agent, vergleichen, unterschreiben, Rücktritt

page-insurance-claim-dispute-title = Ihr Versicherer zahlt nicht oder zu wenig
page-insurance-claim-dispute-rule = Lehnt Ihr Versicherer einen Schadensfall ab oder bietet er zu wenig, bitten Sie ihn, seine Entscheidung schriftlich zu begründen und die Klausel Ihrer Police zu nennen, auf die er sich stützt. Beschweren Sie sich zuerst bei Ihrem Makler oder Agenten, dann bei der Beschwerdestelle des Versicherers. Hilft das nicht, kann der Ombudsmann der Versicherungen Ihren Fall kostenlos prüfen und eine Stellungnahme abgeben. Arbeitsunfälle und Fälle, die schon vor Gericht sind, behandelt er nicht.
page-insurance-claim-dispute-now =
    1. Sammeln Sie Ihre Police, die Schadensmeldung, Fotos, Rechnungen, Kostenvoranschläge und alle Briefe mit dem Versicherer.
    2. Fragen Sie schriftlich, warum der Schaden abgelehnt oder gekürzt wird und welche Klausel der Police gilt.
    3. Beschweren Sie sich schriftlich bei Ihrem Makler oder Agenten, dann bei der Beschwerdestelle des Versicherers.
    4. Keine Lösung? Senden Sie Ihre Beschwerde per Online-Formular, Brief oder E-Mail an den Ombudsmann der Versicherungen.
page-insurance-claim-dispute-words = Schaden, Entschädigung, Ablehnung, Gutachter, Selbstbeteiligung, Makler, Beschwerde, Ombudsmann, Auszahlung, Unfall, Schadensfall
