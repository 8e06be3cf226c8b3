# Thema „fraud“ (Deutsch, Belgien): Titel der Unterthemen und Texte der Seiten.

topic-fraud-messages = Verdächtige Nachrichten, Onlineshops und Rechnungen
topic-fraud-calls = Betrügerische Anrufe und Anlagebetrug

page-phishing-title = Phishing: Eine gefälschte Nachricht will Ihre Daten
page-phishing-rule = Betrüger schicken E-Mails, SMS oder WhatsApp-Nachrichten, die scheinbar von Ihrer Bank, einem Paketdienst oder einer Behörde kommen. Sie sollen auf einen Link klicken, Ihre Kartendaten eingeben oder Ihre Codes nennen. Ihre Bank fragt Sie nie per E-Mail, SMS oder Telefon nach Ihren Codes. Klicken Sie nicht auf den Link und antworten Sie nicht.
page-phishing-now =
    1. Karten- oder Bankdaten angegeben? Rufen Sie sofort Card Stop unter 078 170 170 an, danach Ihre Bank.
    2. Geld von Ihrem Konto verschwunden? Informieren Sie Ihre Bank und erstatten Sie Anzeige bei Ihrer lokalen Polizei.
    3. Leiten Sie die Nachricht an suspekt@safeonweb.be weiter (bei einer SMS: ein Bildschirmfoto) und löschen Sie sie dann.
page-phishing-words = Fake-Mail, SMS, verdächtiger Link, Bankcodes, Kartendaten, Passwort, gehackt, WhatsApp, Betrug, Smishing

page-fake-webshop-title = Falscher Onlineshop: bezahlt, aber nichts kommt an
page-fake-webshop-rule = Manche Websites tun nur so, als ob sie etwas verkaufen. Warnzeichen: viel zu niedrige Preise, keine Adresse oder Unternehmensnummer, Zahlung nur per Überweisung, schlecht übersetzte Texte. Nach der Zahlung erhalten Sie nichts oder eine billige Kopie. Gegen Betrüger hilft keine Schlichtung: Wenden Sie sich schnell an Ihre Bank und erstatten Sie Anzeige bei Ihrer lokalen Polizei.
page-fake-webshop-now =
    1. Kartendaten auf der Website eingegeben? Rufen Sie Card Stop unter 078 170 170 an, um die Karte sperren zu lassen.
    2. Rufen Sie sofort Ihre Bank an: Fragen Sie, ob die Zahlung noch gestoppt oder angefochten werden kann.
    3. Bewahren Sie Beweise auf: Webadresse, Bildschirmfotos, Bestellbestätigung, E-Mails, Zahlungsbeleg.
    4. Erstatten Sie Anzeige bei Ihrer lokalen Polizei. Sie können die Website auch der Wirtschaftsinspektion melden.
page-fake-webshop-words = Fake-Shop, Betrug, Onlineshop, nicht geliefert, Paket nie angekommen, Fälschung, Internetkauf, Vorkasse, Überweisung, Abzocke

page-fake-invoice-title = Falsche Rechnung: Sie haben nichts bestellt
page-fake-invoice-rule = Betrüger schicken Rechnungen, Mahnungen oder Zahlungsaufforderungen für Dinge, die Sie nie bestellt haben: einen Eintrag in einem Verzeichnis, ein Bußgeld, Gebühren für ein Paket … Manche kopieren die Rechnung einer echten Firma, ändern aber die Kontonummer. Wenn Sie nichts bestellt haben, schulden Sie nichts. Prüfen Sie vor dem Zahlen und nutzen Sie nie die Kontaktdaten auf einer verdächtigen Rechnung.
page-fake-invoice-now =
    1. Vergleichen Sie mit Ihren Bestellungen und Verträgen. Im Zweifel rufen Sie die Firma unter einer Nummer an, die Sie schon kennen, nicht unter der auf der Rechnung.
    2. Zahlen Sie nicht. Schon bezahlt? Rufen Sie sofort Ihre Bank an und fragen Sie, ob die Überweisung gestoppt werden kann.
    3. Per E-Mail erhalten? Leiten Sie sie an suspekt@safeonweb.be weiter. Haben Sie bezahlt, erstatten Sie Anzeige bei Ihrer lokalen Polizei.
page-fake-invoice-words = Fake-Rechnung, Mahnung, Verzeichnis, Bußgeld, Paketgebühr, Kontonummer, Überweisung, nicht bestellt, Betrug, Zahlungsaufforderung

page-phone-scam-title = Telefonbetrug: falsche Bankmitarbeiter oder Polizisten
page-phone-scam-rule = Jemand ruft an und gibt sich als Ihre Bank, Card Stop, die Polizei oder ein Computer-Helpdesk aus. Er sagt, Ihr Konto sei in Gefahr, und verlangt Ihre Codes, oder er will, dass Sie eine App installieren, Ihr Geld auf ein „sicheres“ Konto überweisen oder Ihre Karte übergeben. Ihre Bank fragt Sie nie am Telefon nach Ihren Codes. Die angezeigte Nummer kann gefälscht sein.
page-phone-scam-now =
    1. Legen Sie auf. Rufen Sie Ihre Bank selbst an, unter der Nummer auf Ihrer Karte oder auf der Website der Bank.
    2. Codes oder Kartendaten genannt oder Ihre Karte übergeben? Rufen Sie sofort Card Stop unter 078 170 170 an.
    3. Geld verloren? Erstatten Sie Anzeige bei Ihrer lokalen Polizei. Notieren Sie die Nummer des Anrufers, Datum und Uhrzeit.
page-phone-scam-words = Bankmitarbeiter, Betrugsanruf, Helpdesk, Microsoft, sicheres Konto, Codes, Kartenleser, verdächtiger Anruf, Vishing, Bote, Spoofing

page-investment-scam-title = Anlagebetrug: versprochene Gewinne, die nie kommen
page-investment-scam-rule = Betrüger werben für Geldanlagen, oft in Kryptowährungen, mit hohen Gewinnen und wenig Risiko, manchmal mit falschen Artikeln über Prominente. Ein „persönlicher Berater“ drängt Sie, immer mehr zu zahlen. Wollen Sie Ihr Geld zurück, ist es weg. Danach bieten andere an, es gegen Gebühr zurückzuholen: Das ist derselbe Betrug noch einmal.
page-investment-scam-now =
    1. Zahlen Sie nichts mehr, auch keine „Gebühren“ oder „Steuern“, um Gewinne freizugeben oder Ihr Geld zurückzubekommen.
    2. Prüfen Sie auf fsma.be, ob die Firma zugelassen ist oder vor ihr gewarnt wird, und melden Sie sie der FSMA.
    3. Schon bezahlt? Rufen Sie sofort Ihre Bank an und erstatten Sie Anzeige bei Ihrer lokalen Polizei.
page-investment-scam-words = Krypto, Bitcoin, Trading-Plattform, Online-Anlage, Forex, Broker, Rendite, Berater, Geld zurückholen, Aktien, Sparen
