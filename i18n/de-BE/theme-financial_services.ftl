# Texte des Themas Finanzdienstleistungen (Deutsch, Belgien): Titel der Unterthemen und Informationsseiten.

topic-finance-credit = Kredite und Schulden
topic-finance-bank = Ihre Bank

page-consumer-credit-title = Geld leihen: Darlehen und Verbraucherkredit
page-consumer-credit-rule = Ein Verbraucherkredit (Privatkredit, Autokredit, Kreditkarte, Überziehung des Kontos) kostet Geld. Vergleichen Sie den Gesamtbetrag, den Sie zurückzahlen, nicht nur die Monatsrate. Außer Banken müssen Kreditgeber von der FSMA zugelassen und Kreditvermittler bei ihr eingetragen sein. Grundsätzlich können Sie den Kredit innerhalb von 14 Tagen nach der Unterschrift widerrufen: Ihr Vertrag sagt, wie. Bei Problemen beschweren Sie sich zuerst beim Kreditgeber, dann bei Ombudsfin.
page-consumer-credit-now =
    1. Verlangen Sie vor der Unterschrift die Gesamtkosten und die Monatsrate schriftlich und vergleichen Sie mehrere Angebote.
    2. Prüfen Sie auf der Website der FSMA, ob der Vermittler eingetragen und der Kreditgeber, wenn er keine Bank ist, zugelassen ist.
    3. Ein Problem mit Ihrem Kredit? Schreiben Sie an die Beschwerdestelle des Kreditgebers und bewahren Sie eine Kopie auf.
    4. Keine Lösung? Wenden Sie sich an Ombudsfin. Das ist kostenlos.
page-consumer-credit-words = Kreditkarte, Überziehung, Autokredit, Privatkredit, Zinsen, Monatsrate, Kreditgeber, zurückzahlen, Widerruf, Ratenkauf, Kredit aufnehmen

page-debt-collection-title = Ein Inkassobüro verlangt Geld von Ihnen
page-debt-collection-rule = Ein Unternehmen, ein Inkassobüro, ein Anwalt oder ein Gerichtsvollzieher kann Sie auffordern, eine Schuld zu bezahlen. Sie müssen dabei korrekt vorgehen: keine Drohungen, keine irreführenden Briefe, kein Druck und keine ungerechtfertigten Kosten. Prüfen Sie vor dem Zahlen, ob die Schuld wirklich Ihre ist, ob der Betrag stimmt und ob Sie sie nicht schon bezahlt haben. Sie dürfen einen Nachweis der Schuld verlangen.
page-debt-collection-now =
    1. Lesen Sie den Brief: Wer ist der ursprüngliche Gläubiger, wofür ist die Schuld, welcher Teil sind Kosten oder Zinsen?
    2. Bestreiten Sie die Schuld oder die Kosten? Sagen Sie das schriftlich mit Begründung und bewahren Sie eine Kopie auf.
    3. Sie können nicht alles auf einmal zahlen? Schlagen Sie schriftlich einen Zahlungsplan vor. Ihr ÖSHZ kann Ihnen helfen.
    4. Drohungen oder unfairer Druck? Melden Sie die Praktik.
page-debt-collection-words = Forderung, Gerichtsvollzieher, Anwalt, Mahnung, Inverzugsetzung, unbezahlte Rechnung, Kosten, Zinsen, Zahlungsplan, Drohung, Schulden

page-bank-complaint-title = Ein Problem mit Ihrer Bank
page-bank-complaint-rule = Bei einem Problem mit einer Bank, einer Zahlung, einem Kredit oder einer Geldanlage schicken Sie zuerst eine schriftliche Beschwerde an die Beschwerdestelle des Instituts. Ohne Antwort oder Lösung können Sie sich an Ombudsfin wenden, den Ombudsmann für Finanzstreitfälle. Das ist kostenlos, und seine Stellungnahme ist nicht bindend. Warten Sie nicht zu lange: Ombudsfin kann ablehnen, wenn Ihre Beschwerde beim Institut mehr als 1 Jahr zurückliegt.
page-bank-complaint-now =
    1. Schreiben Sie an die Beschwerdestelle Ihrer Bank: was passiert ist, Daten, Beträge und was Sie verlangen. Bewahren Sie eine Kopie auf.
    2. Bewahren Sie alle Unterlagen auf: Kontoauszüge, Vertrag, Briefe und E-Mails.
    3. Keine Lösung? Senden Sie Ihre Beschwerde per Brief, per E-Mail oder über das Online-Formular an Ombudsfin.
page-bank-complaint-words = Beschwerde, Konto, Bankgebühren, Überweisung, Geldanlage, Sparen, Ombudsmann, Streit, Bankkarte, Filiale

page-unauthorised-payment-title = Eine Zahlung ohne Ihre Zustimmung
page-unauthorised-payment-rule = Ist ohne Ihre Zustimmung Geld von Ihrem Konto oder Ihrer Karte abgegangen, etwa nach einer Phishing-Nachricht oder nach Verlust oder Diebstahl Ihrer Karte? Handeln Sie sofort: Lassen Sie Ihre Karte über Card Stop sperren und informieren Sie umgehend Ihre Bank. Je schneller Sie reagieren, desto besser. Ihre Bank fragt nie per E-Mail, SMS oder Telefon nach Ihren Codes. Wurde Geld gestohlen, erstatten Sie auch Anzeige bei der Polizei.
page-unauthorised-payment-now =
    1. Rufen Sie Card Stop unter 078 170 170 an, um Ihre Karte zu sperren, und rufen Sie sofort Ihre Bank an.
    2. Wurde Geld gestohlen? Erstatten Sie Anzeige bei der Polizei und bewahren Sie die Referenz Ihrer Anzeige (Protokollnummer) auf.
    3. Bitten Sie Ihre Bank schriftlich, die Zahlungen zu erstatten, denen Sie nicht zugestimmt haben. Fügen Sie eine Kopie des Protokolls bei.
    4. Lehnt die Bank ab? Beschweren Sie sich bei ihrer Beschwerdestelle, dann bei Ombudsfin.
page-unauthorised-payment-words = Betrug, Phishing, gestohlene Karte, verlorene Karte, Karte sperren, Abzocke, Erstattung, unbekannte Abbuchung, Bankkarte, Card Stop
