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
page-debt-collection-rule = Een onderneming, een incassobureau, een advocaat of een gerechtsdeurwaarder kan u vragen een schuld te betalen. Ze moeten correct handelen: geen bedreigingen, geen misleidende brieven, geen druk en geen onterechte kosten. Controleer voor u betaalt of de schuld echt van u is, of het bedrag klopt en of u ze niet al betaald hebt. U mag een bewijs van de schuld vragen.
page-debt-collection-now =
    1. Lees de brief: wie is de oorspronkelijke schuldeiser, waarvoor is de schuld en welk deel zijn kosten of interesten?
    2. Betwist u de schuld of de kosten? Zeg dat schriftelijk, met uw redenen, en bewaar een kopie.
    3. Kunt u niet alles ineens betalen? Stel schriftelijk een afbetalingsplan voor. Uw OCMW kan u helpen.
    4. Bedreigingen of oneerlijke druk? Meld de praktijk.
page-debt-collection-words = inning, deurwaarder, advocaat, herinnering, ingebrekestelling, onbetaalde factuur, kosten, interesten, afbetalingsplan, bedreiging, schuld

page-bank-complaint-title = Een probleem met uw bank
page-bank-complaint-rule = Bij een probleem met een bank, een betaling, een krediet of een belegging stuurt u eerst een schriftelijke klacht naar de klachtendienst van de instelling. Geen antwoord of geen oplossing? Dan kunt u terecht bij Ombudsfin, de Ombudsman in financiële geschillen. Dat is gratis en het advies is niet bindend. Wacht niet te lang: Ombudsfin kan weigeren als u meer dan 1 jaar geleden klacht indiende bij de instelling.
page-bank-complaint-now =
    1. Schrijf naar de klachtendienst van uw bank: wat er gebeurde, de data, de bedragen en wat u vraagt. Bewaar een kopie.
    2. Bewaar alle documenten: rekeninguittreksels, contract, brieven en e-mails.
    3. Geen oplossing? Stuur uw klacht naar Ombudsfin per brief, per e-mail of via het onlineformulier.
page-bank-complaint-words = klacht, rekening, bankkosten, overschrijving, belegging, sparen, ombudsman, geschil, bankkaart, kantoor

page-unauthorised-payment-title = Een betaling die u niet hebt toegestaan
page-unauthorised-payment-rule = Is er zonder uw toestemming geld van uw rekening of kaart verdwenen, bijvoorbeeld na een phishingbericht of na verlies of diefstal van uw kaart? Reageer dan meteen: laat uw kaart blokkeren via Card Stop en verwittig onmiddellijk uw bank. Hoe sneller u reageert, hoe beter. Uw bank vraagt nooit uw codes via e-mail, sms of telefoon. Werd er geld gestolen, dien dan ook klacht in bij de politie.
page-unauthorised-payment-now =
    1. Bel Card Stop op 078 170 170 om uw kaart te blokkeren, en bel meteen uw bank.
    2. Werd er geld gestolen? Dien klacht in bij de politie en bewaar de referentie van uw klacht (het pv-nummer).
    3. Vraag uw bank schriftelijk om de betalingen terug te storten die u niet hebt toegestaan. Voeg een kopie van het pv toe.
    4. Weigert de bank? Dien klacht in bij haar klachtendienst en daarna bij Ombudsfin.
page-unauthorised-payment-words = fraude, phishing, gestolen kaart, verloren kaart, kaart blokkeren, oplichting, terugbetaling, onbekende afschrijving, bankkaart, Card Stop
