# Teksten van het thema Telecom (Belgisch Nederlands): titels van de onderwerpen en informatiepagina's.

topic-telecom-contracts = Uw contract voor telefoon en internet
topic-telecom-bills = Facturen voor telefoon en internet

page-telecom-end-contract-title = Uw telefoon- of internetcontract opzeggen
page-telecom-end-contract-rule = Na de eerste 6 maanden van uw contract kunt u het op elk moment opzeggen, zonder verbrekingsvergoeding. Zegt u op tijdens de eerste 6 maanden, dan betaalt u enkel het abonnement tot het einde van de 6de maand. Kreeg u bij het contract een gsm of een ander toestel aan een verlaagde prijs? Dan moet u misschien nog de restwaarde ervan betalen. Die restwaarde daalt elke maand.
page-telecom-end-contract-now =
    1. Zoek de begindatum van uw contract op (in het contract of op een factuur).
    2. Zeg het contract schriftelijk op bij uw operator en bewaar een kopie. Vraag uw nieuwe operator of hij dat voor u kan doen.
    3. Controleer uw laatste factuur. Kosten die u niet verschuldigd bent? Betwist ze schriftelijk bij de operator.
    4. Geen oplossing? Neem contact op met de Ombudsdienst voor Telecommunicatie.
page-telecom-end-contract-words = annuleren, stopzetten, abonnement, gsm, tv, opzegtermijn, verbrekingsvergoeding, van operator veranderen, overstappen, toestel, mobiel

page-telecom-price-change-title = Uw operator verhoogt zijn prijzen
page-telecom-price-change-rule = Een operator moet een wijziging van zijn prijzen of voorwaarden minstens 1 maand vooraf aankondigen. Verhoogt hij zijn prijzen, dan mag u het contract binnen 3 maanden nadat u het hoorde kosteloos opzeggen, ook een contract van bepaalde duur (niet bij een indexering die in het contract staat). Hoe dan ook: loopt uw contract langer dan 6 maanden, dan kunt u het op elk moment zonder verbrekingsvergoeding beëindigen.
page-telecom-price-change-now =
    1. Lees het bericht van uw operator: wat verandert er, met hoeveel en vanaf wanneer?
    2. Vergelijk andere aanbiedingen. Na 6 maanden contract kunt u zonder verbrekingsvergoeding overstappen.
    3. Twijfelt u of de wijziging mag? Vraag het aan het Contact Center van de FOD Economie.
    4. Niet akkoord? Dien schriftelijk klacht in bij de operator en daarna bij de Ombudsdienst voor Telecommunicatie.
page-telecom-price-change-words = prijsstijging, duurder, tarief, indexering, abonnement, nieuwe voorwaarden, contractwijziging, gsm, internet, opslag

page-telecom-bill-dispute-title = U betwist uw telefoon- of internetfactuur
page-telecom-bill-dispute-rule = Denkt u dat een factuur niet klopt? Dien dan eerst klacht in bij uw operator, liefst schriftelijk. Levert dat niets op, dan kunt u naar de Ombudsdienst voor Telecommunicatie stappen. Die aanvaardt alleen schriftelijke klachten en u moet aantonen dat u eerst de operator hebt gecontacteerd. Wacht niet te lang: de dienst kan weigeren als uw klacht bij de operator meer dan 1 jaar oud is. Aanvaardt de ombudsdienst uw klacht, dan mag de operator het betwiste bedrag tot 4 maanden lang niet van u eisen.
page-telecom-bill-dispute-now =
    1. Schrijf naar uw operator: welke factuur, welk bedrag u betwist en waarom. Bewaar een kopie van uw brief en van het antwoord.
    2. Betaal het deel van de factuur dat u niet betwist.
    3. Geen antwoord of geen oplossing? Schrijf naar de Ombudsdienst voor Telecommunicatie en voeg uw brieven en facturen toe.
page-telecom-bill-dispute-words = foute factuur, te hoog, bedrag, fout, klacht, gsm, ombudsman, terugbetaling, herinnering, te veel betaald

page-premium-sms-title = Betalende sms'en en diensten op uw telefoonfactuur
page-premium-sms-rule = Sommige sms'en, telefoonnummers en apps worden via uw telefoonfactuur aangerekend, soms als abonnement dat elke week of elke maand geld kost. Zulke kosten beginnen vaak na een klik op een advertentie, een spelletje of een wedstrijd. Een onderneming mag u niets aanrekenen voor een dienst die u niet hebt besteld. U kunt die kosten laten stoppen en betwisten wat u niet hebt aanvaard.
page-premium-sms-now =
    1. Bekijk de details van uw factuur: welk nummer of welke dienst, sinds wanneer en voor welk bedrag.
    2. Vraag uw operator hoe u het abonnement stopzet, en vraag hem betalende diensten op uw lijn te blokkeren.
    3. Betwist de kosten schriftelijk bij uw operator. Geen oplossing? Neem contact op met de Ombudsdienst voor Telecommunicatie.
    4. Hebt u de dienst nooit besteld? Meld dan de praktijk.
page-premium-sms-words = premium sms, betaalnummer, 0900, verborgen abonnement, onbekende kosten, mobiel betalen, blokkeren, spelletje, wedstrijd, beltoon
