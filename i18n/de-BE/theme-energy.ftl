# Thema „energy“ (Deutsch, Belgien): Titel der Unterthemen und Texte der Seiten zu Strom und Gas.

topic-energy-contracts = Ihr Strom- oder Gasvertrag
topic-energy-bills = Rechnungen, Zähler und Anschluss

page-energy-end-contract-title = Energievertrag kündigen oder wechseln
page-energy-end-contract-rule = Als Privatkunde können Sie Ihren Strom- oder Gasvertrag jederzeit mit einer Frist von einem Monat kündigen. Der Lieferant darf Ihnen keine Kündigungsentschädigung berechnen, auch nicht bei einem befristeten Vertrag. Wechseln Sie zu einem anderen Lieferanten, kümmert sich meist der neue Lieferant um die Kündigung des alten Vertrags.
page-energy-end-contract-now =
    1. Vergleichen Sie Angebote mit dem Vergleichsrechner der Energie-Regulierungsbehörde Ihrer Region (Kontakte auf dieser Seite).
    2. Unterschreiben Sie beim neuen Lieferanten: Er kümmert sich meist für Sie um den Wechsel.
    3. Sie ziehen um? Informieren Sie Ihren Lieferanten schriftlich und geben Sie die Zählerstände vom Umzugstag an.
    4. Trotzdem eine Entschädigung verlangt? Beschweren Sie sich beim Lieferanten, dann beim Ombudsdienst für Energie.
page-energy-end-contract-words = Kündigung, Anbieterwechsel, Kündigungsfrist, Gebühr, Strafe, Strom, Gas, günstiger, Preisvergleich, Umzug

page-energy-sales-practices-title = Energieverkäufer an der Haustür oder am Telefon
page-energy-sales-practices-rule = Ein Energieverkäufer muss Ihnen klare und korrekte Informationen über Preise und Bedingungen geben und darf Sie nicht unter Druck setzen. Haben Sie zu Hause, am Telefon oder online unterschrieben, haben Sie meist 14 Tage Zeit, es sich anders zu überlegen. Einen Energievertrag können Sie ohnehin jederzeit mit einem Monat Frist und ohne Kosten kündigen. Der FÖD Wirtschaft kontrolliert die Verkaufspraktiken.
page-energy-sales-practices-now =
    1. Geben Sie EAN-Code oder Rechnung nur einem Verkäufer, bei dem Sie wirklich unterschreiben wollen: Damit wird Ihr Vertrag gewechselt.
    2. Anders überlegt? Schreiben Sie dem Lieferanten innerhalb von 14 Tagen, dass Sie widerrufen, und behalten Sie einen Nachweis.
    3. Melden Sie einen irreführenden oder aufdringlichen Verkäufer der Wirtschaftsinspektion.
    4. Streit mit dem Lieferanten? Beschweren Sie sich erst schriftlich bei ihm, dann beim Ombudsdienst für Energie.
page-energy-sales-practices-words = Vertreter, Hausbesuch, Telefonverkauf, Telemarketing, EAN, Anbieterwechsel, Widerruf, Druck, Strom, Gas, Unterschrift

page-energy-bill-dispute-title = Ein Problem mit Ihrer Strom- oder Gasrechnung
page-energy-bill-dispute-rule = Beschweren Sie sich zuerst schriftlich bei Ihrem Lieferanten: Ohne diesen Schritt kann der Ombudsdienst für Energie Ihre Akte nicht bearbeiten. Sind Sie mit der Antwort nicht zufrieden, hilft Ihnen der Ombudsdienst kostenlos, auf Deutsch, Französisch oder Niederländisch. Sobald Ihre Beschwerde angenommen ist, darf der Lieferant den strittigen Betrag nicht mehr von Ihnen verlangen und keine Mahngebühren berechnen, bis das Verfahren abgeschlossen ist.
page-energy-bill-dispute-now =
    1. Prüfen Sie die Rechnung: Zählerstände, Zeitraum, Adresse, EAN-Code und Preis laut Ihrem Vertrag.
    2. Schreiben Sie dem Lieferanten, was nicht stimmt und was Sie verlangen. Behalten Sie eine Kopie. Zahlen Sie den unstrittigen Teil.
    3. Keine Antwort oder keine Lösung? Wenden Sie sich mit Ihrem Brief und der Rechnung an den Ombudsdienst für Energie.
page-energy-bill-dispute-words = Jahresabrechnung, Abrechnung, Vorschuss, Abschlag, zu hoch, geschätzter Zählerstand, Mahngebühren, Rückerstattung, Beschwerde, Schlichtung

page-energy-meter-connection-title = Zähler, Anschluss oder Budgetzähler
page-energy-meter-connection-rule = Zähler, der Anschluss an das Netz und Budgetzähler werden von Ihrem Verteilernetzbetreiber verwaltet; sein Name steht auf Ihrer Rechnung. Beschweren Sie sich zuerst schriftlich bei ihm oder bei Ihrem Lieferanten. Ohne Lösung: In Brüssel hilft Brugel, in der Wallonie die CWaPE. In Flandern verweist die VREG diese Streitfälle an den föderalen Ombudsdienst für Energie.
page-energy-meter-connection-now =
    1. Notieren Sie EAN-Code und Zählernummer (auf Ihrer Rechnung). Fotografieren Sie den Zähler und den Zählerstand.
    2. Schreiben Sie Ihrem Netzbetreiber (oder Ihrem Lieferanten) und erklären Sie das Problem. Behalten Sie eine Kopie.
    3. Keine Lösung? Brüssel: Brugel. Wallonie: die CWaPE. Flandern: Schlichtung beantragen (Ombudsdienst für Energie).
page-energy-meter-connection-words = EAN, Zählerstand, digitaler Zähler, intelligenter Zähler, Netzbetreiber, ORES, Sperrung, Umzug, Vorauszahlung, Stromzähler
