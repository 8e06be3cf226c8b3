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
page-debt-collection-rule = Ein Unternehmen, ein Inkassobüro, ein Anwalt oder ein Gerichtsvollzieher kann Sie zur Zahlung einer Schuld auffordern. Dabei gilt: keine Drohungen, keine irreführenden Briefe, kein Druck. Buch XIX des Wirtschaftsgesetzbuches schützt Sie: Die erste Mahnung ist kostenlos; danach muss das Unternehmen mindestens 14 Tage warten, bevor es Kosten berechnet; Entschädigungen und Gebühren sind gesetzlich begrenzt (Beträge: Seite „Ein Unternehmen verlangt Mahngebühren“). Prüfen Sie vorher, ob die Schuld Ihre ist und der Betrag stimmt. Sie dürfen einen Nachweis der Schuld verlangen.
page-debt-collection-now =
    1. Lesen Sie den Brief: Wer ist der ursprüngliche Gläubiger, wofür ist die Schuld, welcher Teil sind Kosten oder Zinsen?
    2. Bestreiten Sie die Schuld oder die Kosten? Sagen Sie das schriftlich mit Begründung und bewahren Sie eine Kopie auf.
    3. Sie können nicht alles auf einmal zahlen? Schlagen Sie schriftlich einen Zahlungsplan vor. Ihr ÖSHZ kann Ihnen helfen.
    4. Drohungen oder unfairer Druck? Melden Sie die Praktik.
page-debt-collection-words = Forderung, Gerichtsvollzieher, Anwalt, Mahnung, Mahngebühren, Inverzugsetzung, unbezahlte Rechnung, Kosten, Zinsen, Zahlungsplan, Drohung, Schulden

page-bank-complaint-title = Ein Problem mit Ihrer Bank
page-bank-complaint-rule = Bei einem Problem mit einer Bank, einer Zahlung, einem Kredit oder einer Geldanlage schicken Sie zuerst eine schriftliche Beschwerde an die Beschwerdestelle des Instituts. Ohne Antwort oder Lösung können Sie sich an Ombudsfin wenden, den Ombudsmann für Finanzstreitfälle. Das ist kostenlos. Ombudsfin gibt eine Stellungnahme ab, an die die Bank sich aber nicht halten muss. Warten Sie nicht zu lange: Ombudsfin kann ablehnen, wenn Ihre Beschwerde beim Institut mehr als 1 Jahr zurückliegt.
page-bank-complaint-now =
    1. Schreiben Sie an die Beschwerdestelle Ihrer Bank: was passiert ist, Daten, Beträge und was Sie verlangen. Bewahren Sie eine Kopie auf.
    2. Bewahren Sie alle Unterlagen auf: Kontoauszüge, Vertrag, Briefe und E-Mails.
    3. Keine Lösung? Senden Sie Ihre Beschwerde per Brief, per E-Mail oder über das Online-Formular an Ombudsfin.
page-bank-complaint-words = Beschwerde, Konto, Bankgebühren, Überweisung, Geldanlage, Sparen, Ombudsmann, Streit, Bankkarte, Filiale

page-unauthorised-payment-title = Eine Zahlung, die Sie nicht selbst veranlasst haben
page-unauthorised-payment-rule =
    Diese Seite betrifft nur Zahlungen, die Sie nicht selbst veranlasst haben: Karte verloren oder gestohlen, Codes gestohlen, unbekannte Abbuchung. Die Regeln (Buch VII des Wirtschaftsgesetzbuches):
    • Informieren Sie unverzüglich Ihre Bank.
    • Die Bank muss Ihnen den Betrag sofort erstatten, spätestens bis Ende des folgenden Geschäftstags.
    • Vor Ihrer Meldung tragen Sie höchstens 50 EUR, außer bei Betrug oder grober Fahrlässigkeit Ihrerseits; das muss die Bank beweisen.
    Selbst an Betrüger überwiesen? Dann gelten diese Regeln nicht: siehe Seite „Getäuscht: Sie haben selbst an Betrüger überwiesen“.
page-unauthorised-payment-now =
    1. Rufen Sie Card Stop unter 078 170 170 an, um Ihre Karte zu sperren, und rufen Sie sofort Ihre Bank an.
    2. Bitten Sie Ihre Bank schriftlich, die Zahlungen zu erstatten, die Sie nicht selbst veranlasst haben. Bewahren Sie eine Kopie auf.
    3. Erstatten Sie Anzeige bei Ihrer lokalen Polizei und bewahren Sie die Referenz Ihrer Anzeige (Protokollnummer) auf.
    4. Lehnt die Bank ab? Beschweren Sie sich bei ihrer Beschwerdestelle, dann bei Ombudsfin.
page-unauthorised-payment-words = Betrug, Phishing, gestohlene Karte, verlorene Karte, Karte sperren, Abzocke, Erstattung, unbekannte Abbuchung, Bankkarte, Card Stop

page-reminder-fees-title = Ein Unternehmen verlangt Mahngebühren
page-reminder-fees-rule = Die erste Mahnung für eine unbezahlte Rechnung muss kostenlos sein. Kosten, Schadenersatz oder Zinsen darf das Unternehmen nur verlangen, wenn Ihr Vertrag sie vorsieht, und frühestens 14 Tage nach dieser Mahnung. Der pauschale Schadenersatz ist gesetzlich begrenzt:
    • Schuld bis 150 EUR: höchstens 20 EUR
    • bis 500 EUR: 30 EUR + 10 % des Teils über 150 EUR
    • über 500 EUR: 65 EUR + 5 % des Teils über 500 EUR, höchstens 2.000 EUR
page-reminder-fees-now =
    1. Lesen Sie den Brief: Ist es die erste Mahnung? Werden schon Kosten verlangt? Bewahren Sie Brief, Umschlag oder E-Mail auf.
    2. Zweifel an der Schuld? Verlangen Sie vom Unternehmen schriftlich einen Nachweis der Schuld. Bewahren Sie eine Kopie auf.
    3. Kosten zu hoch oder zu früh verlangt? Bestreiten Sie sie schriftlich und zahlen Sie den Teil, den Sie nicht bestreiten.
    4. Lehnt das Unternehmen ab? Beantragen Sie eine Schlichtung und melden Sie die Praktik der Wirtschaftsinspektion.
page-reminder-fees-words = Mahnung, Mahngebühr, Mahnkosten, Zahlungserinnerung, Zahlungsverzug, unbezahlte Rechnung, Verzugszinsen, Schadenersatz, Vertragsstrafe, Inverzugsetzung, Inkassokosten, zu spät bezahlt

page-tricked-transfer-title = Getäuscht: Sie haben selbst an Betrüger überwiesen
page-tricked-transfer-rule = Ein falscher Bankmitarbeiter, eine falsche Rechnung oder ein falscher Verkäufer hat Sie dazu gebracht, selbst Geld zu überweisen? Dann gelten die Regeln zum Schutz vor Zahlungen ohne Ihre Zustimmung nicht. Grundsätzlich muss Ihre Bank eine Zahlung, die Sie selbst ausgeführt haben, nicht erstatten. Handeln Sie sehr schnell: Manchmal lässt sich eine Überweisung noch stoppen. Hat jemand anderes Ihre Karte oder Ihre Codes benutzt? Siehe Seite „Eine Zahlung, die Sie nicht selbst veranlasst haben“.
page-tricked-transfer-now =
    1. Rufen Sie sofort Ihre Bank an: Sie soll versuchen, die Überweisung zu stoppen oder zurückzuholen.
    2. Kartendaten oder Codes weitergegeben? Rufen Sie Card Stop unter 078 170 170 an, um die Karte zu sperren.
    3. Erstatten Sie Anzeige bei Ihrer lokalen Polizei. Geben Sie die Referenz (Protokollnummer) an Ihre Bank weiter.
    4. Nachricht vom Betrüger erhalten? Leiten Sie sie an Safeonweb weiter (Adresse auf dieser Seite). Melden Sie den Betrug der Wirtschaftsinspektion.
    5. Hat Ihre Bank Ihrer Meinung nach einen Fehler gemacht? Beschweren Sie sich bei ihrer Beschwerdestelle, dann bei Ombudsfin.
page-tricked-transfer-words = Betrug, Abzocke, Überweisung, falscher Bankmitarbeiter, falsche Rechnung, falscher Verkäufer, sicheres Konto, Überweisung zurückholen, Geld weg, falsches Konto, Spoofing, Bankbetrug

page-basic-bank-account-title = Der Basisbankdienst: ein Recht auf ein Konto
page-basic-bank-account-rule = Jeder Verbraucher mit rechtmäßigem Wohnsitz in der EU hat Anspruch auf den Basisbankdienst: ein Sichtkonto mit Debitkarte, um Geld einzuzahlen und abzuheben, für Überweisungen, Daueraufträge, Domizilierungen und Kartenzahlungen, ohne Überziehung. Jede Bank in Belgien, die Verbrauchern Sichtkonten anbietet, muss ihn anbieten. Sie darf nur ablehnen, wenn:
    • Sie diesen Dienst oder ein anderes Sichtkonto in Belgien schon haben
    • Sie mindestens 6.000 EUR auf Konten oder Kredite von mindestens 6.000 EUR haben
    • Sie gegen das Gesetz gegen Geldwäsche verstoßen haben
page-basic-bank-account-now =
    1. Beantragen Sie den Basisbankdienst bei der Bank, mit ihrem Antragsformular. Bewahren Sie eine Kopie auf.
    2. Abgelehnt? Fragen Sie schriftlich nach dem Grund.
    3. Beschweren Sie sich bei der Beschwerdestelle der Bank. Keine Lösung? Wenden Sie sich an Ombudsfin. Das ist kostenlos.
page-basic-bank-account-words = Bankkonto, Sichtkonto, Girokonto, Konto abgelehnt, kein Konto, Debitkarte, Bankkarte, Konto gekündigt, Ausschluss, kollektive Schuldenregelung, Flüchtling, obdachlos
