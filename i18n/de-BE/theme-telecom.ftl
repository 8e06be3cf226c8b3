# Texte des Themas Telekommunikation (Deutsch, Belgien): Titel der Unterthemen und Informationsseiten.

topic-telecom-contracts = Ihr Vertrag für Telefon und Internet
topic-telecom-bills = Rechnungen für Telefon und Internet

page-telecom-end-contract-title = Ihren Telefon- oder Internetvertrag kündigen
page-telecom-end-contract-rule = Nach den ersten 6 Monaten können Sie Ihren Vertrag jederzeit kündigen, ohne Kündigungsgebühr. Kündigen Sie in den ersten 6 Monaten, zahlen Sie nur das Abonnement bis zum Ende des 6. Monats. Haben Sie mit dem Vertrag ein Handy oder ein anderes Gerät zu einem reduzierten Preis erhalten, müssen Sie eventuell noch dessen Restwert zahlen. Dieser Restwert sinkt jeden Monat.
page-telecom-end-contract-now =
    1. Suchen Sie das Anfangsdatum Ihres Vertrags (im Vertrag oder auf einer Rechnung).
    2. Kündigen Sie schriftlich bei Ihrem Anbieter und bewahren Sie eine Kopie auf. Fragen Sie Ihren neuen Anbieter, ob er das übernimmt.
    3. Prüfen Sie Ihre letzte Rechnung. Gebühren, die Sie nicht schulden? Widersprechen Sie schriftlich beim Anbieter.
    4. Keine Lösung? Wenden Sie sich an den Ombudsdienst für Telekommunikation.
page-telecom-end-contract-words = beenden, Abo, Abonnement, Handy, Fernsehen, Kündigungsfrist, Kündigungsgebühr, Anbieterwechsel, Gerät, Mobilfunk

page-telecom-price-change-title = Ihr Anbieter erhöht die Preise
page-telecom-price-change-rule = Ein Anbieter muss eine Änderung seiner Preise oder Bedingungen mindestens 1 Monat vorher ankündigen. Erhöht er die Preise, können Sie den Vertrag innerhalb von 3 Monaten nach der Mitteilung kostenlos kündigen, auch einen befristeten (nicht bei einer im Vertrag vorgesehenen Indexierung). Auf jeden Fall gilt: Läuft Ihr Vertrag länger als 6 Monate, können Sie ihn jederzeit ohne Kündigungsgebühr beenden.
page-telecom-price-change-now =
    1. Lesen Sie die Mitteilung Ihres Anbieters: Was ändert sich, um wie viel und ab wann?
    2. Vergleichen Sie andere Angebote. Nach 6 Monaten Vertragslaufzeit können Sie ohne Kündigungsgebühr wechseln.
    3. Unsicher, ob die Änderung erlaubt ist? Fragen Sie das Contact Center des FÖD Wirtschaft.
    4. Nicht einverstanden? Beschweren Sie sich schriftlich beim Anbieter, dann beim Ombudsdienst für Telekommunikation.
page-telecom-price-change-words = Preiserhöhung, teurer, Tarif, Indexierung, Abonnement, neue Bedingungen, Vertragsänderung, Handy, Internet, Aufschlag

page-telecom-bill-dispute-title = Sie bestreiten Ihre Telefon- oder Internetrechnung
page-telecom-bill-dispute-rule = Halten Sie eine Rechnung für falsch, beschweren Sie sich zuerst bei Ihrem Anbieter, am besten schriftlich. Hilft das nicht, wenden Sie sich an den Ombudsdienst für Telekommunikation. Er nimmt nur schriftliche Beschwerden an, und Sie müssen zeigen, dass Sie sich zuerst an den Anbieter gewandt haben. Warten Sie nicht zu lange: Er kann ablehnen, wenn Ihre Beschwerde beim Anbieter über 1 Jahr zurückliegt. Nimmt er Ihre Beschwerde an, darf der Anbieter den strittigen Betrag bis zu 4 Monate lang nicht von Ihnen verlangen.
page-telecom-bill-dispute-now =
    1. Schreiben Sie Ihrem Anbieter: welche Rechnung, welchen Betrag Sie bestreiten und warum. Bewahren Sie Ihr Schreiben und die Antwort auf.
    2. Zahlen Sie den Teil der Rechnung, den Sie nicht bestreiten.
    3. Keine Antwort oder keine Lösung? Schreiben Sie an den Ombudsdienst für Telekommunikation und fügen Sie Ihre Briefe und Rechnungen bei.
page-telecom-bill-dispute-words = falsche Rechnung, zu hoch, Betrag, Fehler, Beschwerde, Handy, Ombudsdienst, Erstattung, Mahnung, zu viel bezahlt

page-premium-sms-title = Kostenpflichtige SMS und Dienste auf Ihrer Handyrechnung
page-premium-sms-rule = Manche SMS, Telefonnummern und Apps werden über Ihre Handyrechnung abgerechnet, manchmal als Abo, das jede Woche oder jeden Monat Geld kostet. Solche Kosten entstehen oft nach einem Klick auf eine Werbung, ein Spiel oder ein Gewinnspiel. Ein Unternehmen darf Ihnen keinen Dienst berechnen, den Sie nicht bestellt haben. Sie können diese Kosten stoppen lassen und Beträge anfechten, denen Sie nicht zugestimmt haben.
page-premium-sms-now =
    1. Sehen Sie sich die Details Ihrer Rechnung an: welche Nummer oder welcher Dienst, seit wann und wie viel.
    2. Fragen Sie Ihren Anbieter, wie Sie das Abo beenden, und bitten Sie ihn, kostenpflichtige Dienste auf Ihrer Leitung zu sperren.
    3. Fechten Sie die Kosten schriftlich beim Anbieter an. Keine Lösung? Wenden Sie sich an den Ombudsdienst für Telekommunikation.
    4. Sie haben den Dienst nie bestellt? Melden Sie die Praktik.
page-premium-sms-words = Premium-SMS, Mehrwertnummer, 0900, Abofalle, unbekannte Kosten, mobiles Bezahlen, sperren, Spiel, Gewinnspiel, Klingelton
