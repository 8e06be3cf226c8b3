# Thema "energy" (Belgisch Nederlands): titels van de onderwerpen en teksten van de pagina's over elektriciteit en gas.

topic-energy-contracts = Uw contract voor elektriciteit of gas
topic-energy-bills = Facturen, meter en aansluiting

page-energy-end-contract-title = Uw energiecontract opzeggen of veranderen
page-energy-end-contract-rule = Als particulier kunt u uw contract voor elektriciteit of gas op elk moment opzeggen, met een opzegtermijn van een maand. De leverancier mag u geen verbrekingsvergoeding aanrekenen, ook niet bij een contract van bepaalde duur. Stapt u over naar een andere leverancier, dan regelt de nieuwe leverancier meestal de opzegging van het oude contract.
page-energy-end-contract-now =
    1. Vergelijk de aanbiedingen met de vergelijkingstool van de energieregulator van uw gewest (contacten op deze pagina).
    2. Teken bij de nieuwe leverancier: die regelt de overstap meestal voor u.
    3. Verhuist u? Breng uw leverancier schriftelijk op de hoogte en geef de meterstanden van de dag van de verhuizing.
    4. Toch een vergoeding aangerekend? Klaag bij de leverancier, daarna bij de Ombudsdienst voor Energie.
page-energy-end-contract-words = stopzetten, overstappen, leverancier wisselen, opzegtermijn, verbrekingsvergoeding, boete, elektriciteit, gas, goedkoper, prijzen vergelijken, verhuizen

page-energy-sales-practices-title = Energieverkopers aan de deur of aan de telefoon
page-energy-sales-practices-rule = Een energieverkoper moet u duidelijke en correcte informatie geven over prijzen en voorwaarden, en mag u niet onder druk zetten. Tekende u thuis, telefonisch of online, dan hebt u meestal 14 dagen om van gedachten te veranderen. U kunt een energiecontract hoe dan ook op elk moment opzeggen, met een maand opzeg en zonder kosten. De FOD Economie controleert de verkooppraktijken.
page-energy-sales-practices-now =
    1. Geef uw EAN-code of een factuur alleen aan een verkoper bij wie u echt wilt tekenen: daarmee wordt uw contract overgezet.
    2. Van gedachten veranderd? Laat de leverancier binnen 14 dagen schriftelijk weten dat u het contract herroept, en bewaar een bewijs.
    3. Meld een misleidende of opdringerige verkoper aan de Economische Inspectie.
    4. Geschil met de leverancier? Klaag eerst schriftelijk bij hem, daarna bij de Ombudsdienst voor Energie.
page-energy-sales-practices-words = colportage, huis-aan-huis, vertegenwoordiger, telemarketing, EAN, overstappen, herroeping, druk, elektriciteit, gas, handtekening

page-energy-bill-dispute-title = Een probleem met uw factuur voor elektriciteit of gas
page-energy-bill-dispute-rule = Klaag eerst schriftelijk bij uw leverancier: zonder die stap kan de Ombudsdienst voor Energie uw dossier niet behandelen. Bent u niet tevreden met het antwoord, dan helpt de ombudsdienst u gratis, in het Nederlands, Frans of Duits. Zodra de ombudsdienst uw klacht aanvaardt, mag de leverancier het betwiste bedrag niet meer opeisen en geen aanmaningskosten aanrekenen tot de procedure afgelopen is.
page-energy-bill-dispute-now =
    1. Controleer de factuur: meterstanden, periode, adres, EAN-code en de prijs uit uw contract.
    2. Schrijf naar de leverancier wat er niet klopt en wat u vraagt. Bewaar een kopie. Betaal het deel dat u niet betwist.
    3. Geen antwoord of geen oplossing? Stap met uw brief en de factuur naar de Ombudsdienst voor Energie.
page-energy-bill-dispute-words = jaarafrekening, afrekening, voorschot, te hoog, geschatte meterstand, aanmaningskosten, terugbetaling, klacht, ombudsman, leverancier

page-energy-meter-connection-title = Meter, aansluiting of budgetmeter
page-energy-meter-connection-rule = Meters, de aansluiting op het net en budgetmeters worden beheerd door uw distributienetbeheerder; zijn naam staat op uw factuur. Klaag eerst schriftelijk bij hem of bij uw leverancier. Geen oplossing? In Brussel kunt u terecht bij Brugel, in Wallonië bij de CWaPE. In Vlaanderen verwijst de VREG deze geschillen door naar de federale Ombudsdienst voor Energie.
page-energy-meter-connection-now =
    1. Noteer uw EAN-code en meternummer (op uw factuur). Neem een foto van de meter en de meterstand.
    2. Schrijf naar uw netbeheerder (of uw leverancier) en leg het probleem uit. Bewaar een kopie.
    3. Geen oplossing? Brussel: Brugel. Wallonië: de CWaPE. Vlaanderen: vraag bemiddeling aan (Ombudsdienst voor Energie).
page-energy-meter-connection-words = EAN, meterstand, digitale meter, slimme meter, netbeheerder, Fluvius, Sibelga, ORES, afsluiting, verhuizen, voorafbetaling
