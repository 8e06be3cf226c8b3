# Doorverwijzing naar bemiddeling (Belgisch Nederlands): vragen, antwoorden en advies als nog geen dienst kan helpen.

route-location = Waar is de onderneming gevestigd waarmee u een probleem hebt?
route-location--be = In België
route-location--eu = Ander EU-land, IJsland, Noorwegen of het VK
route-location--outside = Elders (bv. Verenigde Staten, China)

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
route-sector-more--cars = De aankoop van een auto of motor
route-sector-more--construction = Bouw- of renovatiewerken
route-sector-more--more = Iets anders

route-sector-rest = Wat past het best?
route-sector-rest--rail = Een treinreis
route-sector-rest--notary = Een notaris
route-sector-rest--other = Iets anders

advice-outside-eu-title = Onderneming buiten de EU: beperkte mogelijkheden
advice-outside-eu-text = De Belgische ombudsdiensten en het Europees Centrum voor de Consument behandelen in principe alleen ondernemingen in België, de EU, IJsland, Noorwegen of het Verenigd Koninkrijk. Tegen een onderneming elders kunnen ze niet optreden. Misschien kunt u uw geld nog terugkrijgen via de manier waarop u betaald hebt.
advice-outside-eu-next =
    1. Schrijf de onderneming aan en bewaar van alles een kopie.
    2. Met een kaart betaald? Vraag snel aan uw bank of kaartuitgever of de betaling betwist kan worden.
    3. Meld de onderneming op econsumer.gov, een website van consumentenautoriteiten uit veel landen.
    4. Gaat het om oplichting? Meld het aan de politie.

advice-in-court-title = Al bij een rechtbank of in bemiddeling
advice-in-court-text = Een ombudsdienst neemt geen zaak aan die al bij een rechtbank ligt of door een andere bemiddelings- of arbitrage-instantie behandeld wordt. Eenzelfde geschil kan niet twee keer tegelijk behandeld worden.
advice-in-court-next =
    1. Bij een rechtbank: vraag uw advocaat of de griffie wat de volgende stappen zijn.
    2. Bij een andere ombudsdienst: wacht op zijn antwoord, of vraag hoe ver uw dossier staat.
    3. Vragen over uw rechten als consument: bel het Contact Center van de FOD Economie.

advice-complain-first-title = Klaag eerst schriftelijk bij de onderneming
advice-complain-first-text = Ombudsdiensten vragen bijna altijd dat u eerst zelf probeert het probleem met de onderneming op te lossen. Een schriftelijke klacht geeft u ook het bewijs dat ze zullen vragen. Uitzondering: met een klacht over een notaris kunt u meteen naar de Ombudsdienst voor het notariaat.
advice-complain-first-next =
    1. Schrijf de onderneming een brief of e-mail: beschrijf het probleem en zeg wat u vraagt.
    2. Bewaar een kopie en een bewijs van verzending; een aangetekende brief is het veiligst.
    3. Geef de onderneming een redelijke termijn om te antwoorden, bijvoorbeeld enkele weken.
    4. Geen antwoord of geen oplossing? Kom terug: deze terminal toont u dan de juiste ombudsdienst.

advice-too-late-title = Uw klacht is meer dan 1 jaar oud
advice-too-late-text = Veel ombudsdiensten, zoals de Consumentenombudsdienst, kunnen een zaak weigeren als de klacht bij de onderneming meer dan 1 jaar oud is. Er blijven andere mogelijkheden.
advice-too-late-next =
    1. Loopt het probleem nog, bijvoorbeeld een nieuwe foute factuur? Stuur de onderneming daarover een nieuwe schriftelijke klacht.
    2. Bel het Contact Center van de FOD Economie: daar hoort u wat nog mogelijk is.
    3. Naar de rechter stappen kan misschien nog: vraag een advocaat of u nog binnen de termijnen bent.
