# Doorverwijzing naar bemiddeling (Belgisch Nederlands): vragen, antwoorden en advies als (nog) geen dienst kan helpen.

route-location = Waar is de onderneming gevestigd waarmee u een probleem hebt?
route-location--be = In België
route-location--eu = Ander EU-land, IJsland, Noorwegen of het VK
route-location--outside = Elders (bv. Verenigde Staten, China)
route-location--unknown = Ik weet het niet / de website lijkt vals

route-court = Ligt uw zaak al bij een rechtbank of bij een andere ombudsdienst?
route-court--yes = Ja
route-court--no = Nee

route-complained = Hebt u al schriftelijk geklaagd bij de onderneming? Wanneer?
route-complained--yes-less-than-year = Ja, minder dan 1 jaar geleden
route-complained--yes-more-than-year = Ja, meer dan 1 jaar geleden
route-complained--no = Nee, nog niet

route-sector = Waarover gaat uw probleem?
route-sector--trade = Een aankoop in een winkel of webshop
route-sector--energy = Elektriciteit of gas
route-sector--telecom = Gsm, internet of tv
route-sector--finance = Een bank, een lening of beleggingen
route-sector--insurance = Een verzekering
route-sector--more = Iets anders

route-sector-more = Gaat het om een van deze?
route-sector-more--postal = Post of een pakje
route-sector-more--travel = Een pakketreis of een reisbureau
route-sector-more--flight = Een vlucht (vertraging, annulering, overboeking)
route-sector-more--cars = De aankoop van een auto of motor
route-sector-more--construction = Bouw- of renovatiewerken
route-sector-more--more = Iets anders

route-sector-rest = Wat past het best?
route-sector-rest--rail = Een treinreis
route-sector-rest--notary = Een notaris
route-sector-rest--other = Iets anders

route-trade-member = Vermeldt de winkel dat hij aangesloten is bij de Ombudsman van de Handel (website, kasticket, etalage)?
route-trade-member--yes = Ja
route-trade-member--no = Nee
route-trade-member--unknown = Ik weet het niet

route-car-seller = Van wie kocht u het voertuig?
route-car-seller--professional = Van een garage of dealer in België
route-car-seller--private = Van een particulier

mediate-note-late = U hebt meer dan een jaar geleden bij de onderneming geklaagd. Deze dienst kan uw aanvraag om die reden weigeren: neem contact op voor u uw dossier voorbereidt.
mediate-note-complaint-advised = U hebt nog niet schriftelijk geklaagd bij de onderneming. Deze dienst raadt aan dat eerst te doen, maar kan uw aanvraag toch behandelen.
mediate-after = Daarna, als de onderneming niet antwoordt of weigert, kan deze dienst u helpen:

advice-outside-europe-title = Onderneming buiten Europa: beperkte mogelijkheden
advice-outside-europe-text = Belgische ombudsdiensten helpen als de onderneming in België gevestigd is of hier een filiaal heeft. Het Europees Centrum voor de Consument helpt bij ondernemingen in een ander EU-land, IJsland, Noorwegen of het Verenigd Koninkrijk. Tegen een onderneming elders kunnen zij niets doen, maar misschien krijgt u uw geld terug via de manier waarop u betaalde.
advice-outside-europe-next =
    1. Schrijf de onderneming aan en bewaar van alles een kopie.
    2. Met een kaart betaald? Vraag snel aan uw bank of kaartuitgever of de betaling betwist kan worden.
    3. Meld de onderneming op econsumer.gov, een website van consumentenautoriteiten uit veel landen.
    4. Gaat het om oplichting? Dien klacht in bij uw lokale politie.

advice-scam-title = Dit lijkt op oplichting: handel nu
advice-scam-text = Een onderneming die u niet kunt vinden of een website die vals lijkt, is meestal oplichting. Geen enkele ombudsdienst en geen consumentencentrum kan iets doen tegen oplichters. Wat nu telt: uw geld beschermen en de overheid waarschuwen.
advice-scam-next =
    1. Betaal niets meer en antwoord de oplichters niet meer.
    2. Kaartgegevens of bankcodes gegeven? Bel meteen Card Stop (078 170 170) en uw bank.
    3. Geld verloren? Dien klacht in bij uw lokale politie en bewaar de referentie.
    4. Meld de praktijk aan deze terminal („Een praktijk melden”) en stuur verdachte berichten door naar Safeonweb.

advice-in-court-title = Al bij een rechtbank of in bemiddeling
advice-in-court-text = Een ombudsdienst neemt geen zaak aan die al bij een rechtbank ligt of door een andere bemiddelings- of arbitrage-instantie behandeld wordt. Eenzelfde geschil kan niet twee keer tegelijk behandeld worden.
advice-in-court-next =
    1. Bij een rechtbank: vraag uw advocaat of de griffie wat de volgende stappen zijn.
    2. Bij een andere ombudsdienst: wacht op zijn antwoord, of vraag hoe ver uw dossier staat.
    3. Vragen over uw rechten als consument: bel het Contact Center van de FOD Economie.

advice-complain-first-title = Eerst schriftelijk klagen bij de onderneming
advice-complain-first-text = De dienst die u kan helpen, neemt een zaak pas aan nadat u zelf geprobeerd hebt ze met de onderneming op te lossen. Een schriftelijke klacht geeft u ook het bewijs dat hij zal vragen.
advice-complain-first-next =
    1. Schrijf de onderneming per brief of e-mail: beschrijf het probleem en zeg wat u vraagt.
    2. Bewaar een kopie en een verzendbewijs; een aangetekende brief is het veiligst.
    3. Geef de onderneming redelijk de tijd om te antwoorden, bijvoorbeeld enkele weken.
    4. Geen antwoord of geen oplossing? Wend u dan tot de dienst hieronder.

advice-flight-title = Een vlucht: eerst de luchtvaartmaatschappij, dan de FOD Mobiliteit
advice-flight-text = Bij een vertraagde of geannuleerde vlucht, of als u niet mag instappen, geven Europese regels u rechten. De luchtvaartmaatschappij moet uw vraag eerst behandelen. Daarna behandelt de FOD Mobiliteit en Vervoer klachten over vluchten vanuit België, en over vluchten naar België van buiten de EU met een Europese maatschappij. Niet de Consumentenombudsdienst.
advice-flight-next =
    1. Stuur uw vraag naar de maatschappij met haar formulier, en bewaar uw instapkaart en een kopie.
    2. Geen antwoord, of geen goed antwoord, na 6 weken? Gebruik het online klachtenformulier van de FOD Mobiliteit en Vervoer.
    3. Gebeurde het op een luchthaven in een ander EU-land? Dan is de dienst van dat land bevoegd.
    4. Een maatschappij uit een ander EU-land: het Europees Centrum voor de Consument kan ook helpen.

advice-private-sale-title = Gekocht van een particulier: geen ombudsdienst
advice-private-sale-text = Geen enkele ombudsdienst behandelt een verkoop tussen twee particulieren: niet de Verzoeningscommissie Automoto, niet de Consumentenombudsdienst, niet het Europees Centrum voor de Consument. Ook de consumentenregels (herroepingsrecht, wettelijke garantie) gelden niet.
advice-private-sale-next =
    1. Schrijf de verkoper: beschrijf het probleem en wat u vraagt. Bewaar een kopie.
    2. Bewaar de advertentie, uw berichten, het contract en het betaalbewijs.
    3. Fraude (vervalste kilometerstand, valse advertentie, betaald en niets gekregen)? Dien klacht in bij uw lokale politie.
    4. Geen akkoord? U kunt de zaak voor de vrederechter brengen.
