# Teksten van het thema Financiële diensten (Belgisch Nederlands): titels van de onderwerpen en informatiepagina's.

topic-finance-credit = Kredieten en schulden
topic-finance-bank = Uw bank

page-consumer-credit-title = Geld lenen: lening en consumentenkrediet
page-consumer-credit-rule = Een consumentenkrediet (persoonlijke lening, autolening, kredietkaart, debetstand op uw rekening) kost geld. Vergelijk het totale bedrag dat u zult terugbetalen, niet alleen de maandelijkse aflossing. Behalve banken moeten kredietgevers een vergunning van de FSMA hebben, en kredietbemiddelaars moeten bij de FSMA ingeschreven zijn. In principe kunt u het krediet binnen 14 dagen na de ondertekening herroepen: uw contract vermeldt hoe. Bij een probleem dient u eerst klacht in bij de kredietgever, daarna bij Ombudsfin.
page-consumer-credit-now =
    1. Vraag vóór u tekent de totale kostprijs en de maandelijkse aflossing schriftelijk, en vergelijk meerdere aanbiedingen.
    2. Controleer op de website van de FSMA of de bemiddelaar ingeschreven is en of de kredietgever, als het geen bank is, een vergunning heeft.
    3. Een probleem met uw krediet? Schrijf naar de klachtendienst van de kredietgever en bewaar een kopie.
    4. Geen oplossing? Wend u tot Ombudsfin. Dat is gratis.
page-consumer-credit-words = ontlenen, kredietkaart, debetstand, autolening, persoonlijke lening, interest, maandelijkse aflossing, kredietgever, terugbetalen, herroeping, afbetaling

page-debt-collection-title = Een incassobureau vraagt u te betalen
page-debt-collection-rule = Een onderneming, een incassobureau, een advocaat of een gerechtsdeurwaarder kan u vragen een schuld te betalen. Ze moeten correct handelen: geen bedreigingen, geen misleidende brieven, geen druk. Boek XIX van het Wetboek van economisch recht beschermt u: de eerste herinnering is gratis; daarna moet de onderneming minstens 14 dagen wachten voor ze kosten aanrekent; schadevergoedingen en kosten zijn wettelijk begrensd (bedragen: pagina 'Een onderneming rekent u aanmaningskosten aan'). Controleer voor u betaalt of de schuld van u is en of het bedrag klopt. U mag een bewijs van de schuld vragen.
page-debt-collection-now =
    1. Lees de brief: wie is de oorspronkelijke schuldeiser, waarvoor is de schuld en welk deel zijn kosten of interesten?
    2. Betwist u de schuld of de kosten? Zeg dat schriftelijk, met uw redenen, en bewaar een kopie.
    3. Kunt u niet alles ineens betalen? Stel schriftelijk een afbetalingsplan voor. Uw OCMW kan u helpen.
    4. Bedreigingen of oneerlijke druk? Meld de praktijk.
page-debt-collection-words = inning, deurwaarder, advocaat, herinnering, aanmaningskosten, ingebrekestelling, onbetaalde factuur, kosten, interesten, afbetalingsplan, bedreiging, schuld

page-bank-complaint-title = Een probleem met uw bank
page-bank-complaint-rule = Bij een probleem met een bank, een betaling, een krediet of een belegging stuurt u eerst een schriftelijke klacht naar de klachtendienst van de instelling. Geen antwoord of geen oplossing? Dan kunt u terecht bij Ombudsfin, de Ombudsman in financiële geschillen. Dat is gratis. Ombudsfin geeft een advies, maar de bank is niet verplicht het te volgen. Wacht niet te lang: Ombudsfin kan weigeren als u meer dan 1 jaar geleden klacht indiende bij de instelling.
page-bank-complaint-now =
    1. Schrijf naar de klachtendienst van uw bank: wat er gebeurde, de data, de bedragen en wat u vraagt. Bewaar een kopie.
    2. Bewaar alle documenten: rekeninguittreksels, contract, brieven en e-mails.
    3. Geen oplossing? Stuur uw klacht naar Ombudsfin per brief, per e-mail of via het onlineformulier.
page-bank-complaint-words = klacht, rekening, bankkosten, overschrijving, belegging, sparen, ombudsman, geschil, bankkaart, kantoor

page-unauthorised-payment-title = Een betaling die u niet zelf hebt gedaan
page-unauthorised-payment-rule =
    Deze pagina gaat alleen over betalingen die u niet zelf hebt gedaan: kaart verloren of gestolen, codes gestolen, een afschrijving die u niet kent. De regels (boek VII van het Wetboek van economisch recht):
    • Verwittig uw bank onverwijld.
    • De bank moet u meteen terugbetalen, uiterlijk aan het einde van de volgende werkdag.
    • Vóór u de bank verwittigde, draagt u hoogstens 50 EUR, behalve bij fraude of grove nalatigheid van uw kant; dat moet de bank bewijzen.
    Hebt u zelf geld overgeschreven naar een oplichter? Dan gelden deze regels niet: zie de pagina 'U werd misleid en schreef zelf geld over'.
page-unauthorised-payment-now =
    1. Bel Card Stop op 078 170 170 om uw kaart te blokkeren, en bel meteen uw bank.
    2. Vraag uw bank schriftelijk om de betalingen terug te storten die u niet zelf hebt gedaan. Bewaar een kopie.
    3. Dien klacht in bij uw lokale politie en bewaar de referentie van uw klacht (het pv-nummer).
    4. Weigert de bank? Dien klacht in bij haar klachtendienst en daarna bij Ombudsfin.
page-unauthorised-payment-words = fraude, phishing, gestolen kaart, verloren kaart, kaart blokkeren, oplichting, terugbetaling, onbekende afschrijving, bankkaart, Card Stop

page-reminder-fees-title = Een onderneming rekent u aanmaningskosten aan
page-reminder-fees-rule = De eerste herinnering voor een onbetaalde factuur moet gratis zijn. De onderneming mag alleen kosten, een schadevergoeding of interesten vragen als uw contract dat voorziet, en ten vroegste 14 dagen na die herinnering. De forfaitaire schadevergoeding is wettelijk begrensd:
    • schuld tot 150 euro: maximaal 20 euro
    • tot 500 euro: 30 euro + 10% van het deel boven 150 euro
    • boven 500 euro: 65 euro + 5% van het deel boven 500 euro, maximaal 2.000 euro
page-reminder-fees-now =
    1. Lees de brief: is het de eerste herinnering? Vraagt men al kosten? Bewaar de brief, de envelop of de e-mail.
    2. Twijfelt u aan de schuld? Vraag de onderneming schriftelijk om een bewijs van de schuld. Bewaar een kopie.
    3. Kosten te hoog of te vroeg gevraagd? Betwist ze schriftelijk en betaal het deel dat u niet betwist.
    4. Weigert de onderneming? Vraag bemiddeling en meld de praktijk aan de Economische Inspectie.
page-reminder-fees-words = herinnering, aanmaning, aanmaningskosten, herinneringskosten, betalingsachterstand, onbetaalde factuur, schadebeding, nalatigheidsinterest, verwijlinterest, boete, ingebrekestelling, invorderingskosten, te laat betaald

page-tricked-transfer-title = U werd misleid en schreef zelf geld over
page-tricked-transfer-rule = Heeft een valse bankbediende, een valse factuur of een valse verkoper u zelf geld laten overschrijven? Dan gelden de regels die u beschermen tegen niet-toegestane betalingen niet. In principe hoeft uw bank een betaling die u zelf deed niet terug te betalen. Handel heel snel: soms kan een overschrijving nog worden tegengehouden. Heeft iemand anders uw kaart of uw codes gebruikt? Zie dan de pagina 'Een betaling die u niet zelf hebt gedaan'.
page-tricked-transfer-now =
    1. Bel meteen uw bank: vraag haar te proberen de overschrijving tegen te houden of terug te halen.
    2. Kaartgegevens of codes gegeven? Bel Card Stop op 078 170 170 om de kaart te blokkeren.
    3. Dien klacht in bij uw lokale politie. Bewaar de referentie (het pv-nummer) en bezorg ze aan uw bank.
    4. Een bericht van de oplichter gekregen? Stuur het door naar Safeonweb (adres op deze pagina). Meld de oplichting aan de Economische Inspectie.
    5. Maakte uw bank volgens u een fout? Dien klacht in bij haar klachtendienst en daarna bij Ombudsfin.
page-tricked-transfer-words = oplichting, fraude, overschrijving, valse bankbediende, valse factuur, valse verkoper, veilige rekening, overschrijving terughalen, geld kwijt, verkeerde rekening, spoofing, bankfraude

page-basic-bank-account-title = De basisbankdienst: recht op een rekening
page-basic-bank-account-rule = Elke consument die wettelijk in de EU verblijft, heeft recht op de basisbankdienst: een zichtrekening met een debetkaart om geld te storten en af te halen, overschrijvingen, doorlopende opdrachten en domiciliëringen te doen en met de kaart te betalen, zonder debetstand. Elke bank in België die zichtrekeningen aan consumenten aanbiedt, moet die dienst aanbieden. Ze mag alleen weigeren als:
    • u die dienst of een andere zichtrekening in België al hebt
    • u minstens 6.000 euro op rekeningen hebt, of kredieten van minstens 6.000 euro
    • u de antiwitwaswet hebt overtreden
page-basic-bank-account-now =
    1. Vraag de bank om de basisbankdienst, met haar aanvraagformulier. Bewaar een kopie.
    2. Geweigerd? Vraag de reden schriftelijk.
    3. Dien klacht in bij de klachtendienst van de bank. Geen oplossing? Wend u tot Ombudsfin. Dat is gratis.
page-basic-bank-account-words = bankrekening, zichtrekening, rekening geweigerd, geen rekening, debetkaart, bankkaart, rekening opgezegd, financiële uitsluiting, collectieve schuldenregeling, vluchteling, dakloos
