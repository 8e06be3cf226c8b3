# Thema "fraud" (Belgisch Nederlands): titels van de onderwerpen en teksten van de pagina's.

topic-fraud-messages = Verdachte berichten, webshops en facturen
topic-fraud-calls = Oplichting via de telefoon en beleggingsfraude

page-phishing-title = Phishing: een vals bericht vraagt uw gegevens
page-phishing-rule = Oplichters sturen e-mails, sms'en of WhatsApp-berichten die lijken te komen van uw bank, een pakjesdienst of een overheidsdienst. Ze willen dat u op een link klikt, uw kaartgegevens invult of uw codes geeft. Uw bank vraagt nooit uw codes via e-mail, sms of telefoon. Klik niet op de link en antwoord niet.
page-phishing-now =
    1. Kaart- of bankgegevens gegeven? Bel meteen Card Stop op 078 170 170 en daarna uw bank.
    2. Geld verdwenen van uw rekening? Verwittig uw bank en dien klacht in bij uw lokale politie.
    3. Stuur het bericht door naar verdacht@safeonweb.be (bij een sms: stuur een screenshot) en verwijder het daarna.
page-phishing-words = nepmail, sms, verdachte link, bankcodes, kaartgegevens, wachtwoord, gehackt, WhatsApp, oplichting, smishing

page-fake-webshop-title = Valse webshop: u hebt betaald, maar er komt niets
page-fake-webshop-rule = Sommige websites doen alleen alsof ze iets verkopen. Waarschuwingssignalen: veel te lage prijzen, geen adres of ondernemingsnummer, alleen betalen via overschrijving, slecht vertaalde teksten. Na de betaling krijgt u niets, of een slechte kopie. Bemiddeling helpt niet tegen een oplichter: neem snel contact op met uw bank en dien klacht in bij uw lokale politie.
page-fake-webshop-now =
    1. Uw kaartgegevens op de site ingevuld? Bel Card Stop op 078 170 170 om de kaart te laten blokkeren.
    2. Bel meteen uw bank: vraag of de betaling nog tegengehouden of betwist kan worden.
    3. Bewaar bewijzen: webadres, screenshots, bestelbevestiging, e-mails, betalingsbewijs.
    4. Dien klacht in bij uw lokale politie. U kunt de site ook melden aan de Economische Inspectie.
page-fake-webshop-words = nepwebshop, oplichting, onlinewinkel, niet geleverd, pakje nooit aangekomen, namaak, internetaankoop, vooraf betaald, overschrijving, fraude

page-fake-invoice-title = Valse factuur: u hebt niets besteld
page-fake-invoice-rule = Oplichters sturen facturen, herinneringen of betalingsverzoeken voor dingen die u nooit besteld hebt: een vermelding in een gids, een boete, kosten voor een pakje… Sommigen kopiëren de factuur van een echte firma, maar veranderen het rekeningnummer. Hebt u niets besteld, dan bent u niets verschuldigd. Controleer voor u betaalt en gebruik nooit de contactgegevens op een verdachte factuur.
page-fake-invoice-now =
    1. Vergelijk met uw bestellingen en contracten. Twijfelt u? Bel de firma op een nummer dat u al kent, niet op dat van de factuur.
    2. Betaal niet. Al betaald? Bel meteen uw bank en vraag of de overschrijving tegengehouden kan worden.
    3. Per e-mail ontvangen? Stuur ze door naar verdacht@safeonweb.be. Hebt u betaald, dien dan klacht in bij uw lokale politie.
page-fake-invoice-words = nepfactuur, betalingsherinnering, gids, boete, verzendkosten, rekeningnummer, overschrijving, niet besteld, oplichting, betaalverzoek

page-phone-scam-title = Telefonische oplichting: valse bankbediende of politieagent
page-phone-scam-rule = Iemand belt u en zegt dat hij van uw bank, Card Stop, de politie of een computerhelpdesk is. Hij zegt dat uw rekening in gevaar is en vraagt uw codes, of vraagt u een app te installeren, uw geld naar een 'veilige' rekening over te schrijven of uw kaart af te geven. Uw bank vraagt nooit uw codes via de telefoon. Het nummer op uw scherm kan vals zijn.
page-phone-scam-now =
    1. Leg in. Bel zelf uw bank, op het nummer op uw kaart of op de website van de bank.
    2. Codes of kaartgegevens gegeven, of uw kaart afgegeven? Bel meteen Card Stop op 078 170 170.
    3. Geld verloren? Dien klacht in bij uw lokale politie. Noteer het nummer dat belde, de datum en het uur.
page-phone-scam-words = bankbediende, nepbeller, Microsoft, veilige rekening, codes, kaartlezer, verdachte oproep, vishing, koerier, spoofing

page-investment-scam-title = Beleggingsfraude: beloofde winst die nooit komt
page-investment-scam-rule = Fraudeurs bieden beleggingen aan, vaak in crypto, met hoge winst en weinig risico, soms met valse artikels over bekende mensen. Een 'persoonlijke adviseur' zet u onder druk om altijd meer te betalen. Wilt u uw geld terug, dan is het weg. Daarna bieden anderen aan om het tegen betaling terug te halen: dat is dezelfde oplichting.
page-investment-scam-now =
    1. Betaal niets meer, ook geen 'kosten' of 'belastingen' om uw winst vrij te geven of uw geld terug te krijgen.
    2. Kijk op fsma.be of de firma een vergunning heeft of op een waarschuwingslijst staat, en meld ze aan de FSMA.
    3. Al betaald? Bel meteen uw bank en dien klacht in bij uw lokale politie.
page-investment-scam-words = crypto, bitcoin, tradingplatform, online beleggen, forex, makelaar, rendement, adviseur, geld terughalen, aandelen, sparen
