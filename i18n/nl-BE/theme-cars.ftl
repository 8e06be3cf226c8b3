# Thema "auto's" (Belgisch Nederlands): titels van de onderwerpen en pagina's over een auto kopen (wettelijke garantie, kilometerstand) en herstellingen in de garage.

topic-cars-buying = Een auto kopen
topic-cars-repair = Herstellingen en garages

page-car-purchase-guarantee-title = Wettelijke garantie op een auto van een professionele verkoper
page-car-purchase-guarantee-rule = Koopt u een nieuwe of tweedehandse auto bij een professionele verkoper, dan hebt u 2 jaar wettelijke garantie vanaf de levering. Voor een tweedehandse auto mag de verkoper die beperken tot 1 jaar, maar alleen als dat duidelijk in het contract is afgesproken. Duikt er een gebrek op, verwittig de verkoper dan binnen 2 maanden nadat u het ontdekt hebt. Hij moet het probleem dan gratis oplossen. Een verkoop tussen particulieren valt hier niet onder.
page-car-purchase-guarantee-now =
    1. Schrijf naar de verkoper: beschrijf het gebrek en de datum waarop u het ontdekte. Bewaar een kopie.
    2. Bewaar de bestelbon, de facturen en de verslagen van de garage over het gebrek.
    3. Weigert de verkoper? Vraag verzoening aan bij de Verzoeningscommissie Automoto, of meld de weigering aan de Economische Inspectie.
page-car-purchase-guarantee-words = waarborg, tweedehands, occasie, garage, dealer, gebrek, panne, motor, versnellingsbak, verborgen gebrek

page-car-mileage-title = Kilometerstand die vals lijkt (geknoeide teller)
page-car-mileage-rule = De kilometerstand bepaalt voor een groot deel de waarde van een auto. De teller terugdraaien of aanpassen om een auto te verkopen is fraude. In België moet de verkoper van een tweedehandse auto u een Car-Pass geven, met de kilometerstanden die door de jaren heen geregistreerd zijn. Vergelijk die met de teller, het onderhoudsboekje, de facturen en vroegere keuringsverslagen. Een sterk versleten auto met weinig kilometers moet u voorzichtig maken.
page-car-mileage-now =
    1. Verzamel uw bewijzen: de advertentie, de bestelbon, de Car-Pass, de facturen en foto's van de teller.
    2. Schrijf naar de verkoper en vraag een oplossing, bijvoorbeeld dat de verkoop ongedaan wordt gemaakt.
    3. Meld de vermoedelijke tellerfraude aan de Economische Inspectie en dien klacht in bij uw lokale politie.
page-car-mileage-words = Car-Pass, kilometerteller, km, teruggedraaid, tellerfraude, fraude, tweedehandse auto, occasie, dashboard, onderhoudsboekje

page-car-repair-title = Probleem met een herstelling in de garage of de factuur
page-car-repair-rule = Vraag vóór een herstelling een schriftelijk bestek aan de garage en spreek af dat extra werk eerst uw akkoord nodig heeft. Vergelijk de factuur met het bestek: kijk na of de onderdelen en de werkuren erop staan. Is de herstelling slecht uitgevoerd of is de factuur veel hoger dan afgesproken, klaag dan schriftelijk bij de garage.
page-car-repair-now =
    1. Bewaar het bestek, de factuur, foto's, en de oude onderdelen als u die gevraagd hebt.
    2. Stuur de garage een aangetekende brief waarin u het probleem uitlegt en zegt wat u vraagt.
    3. Geen oplossing? Wend u tot de Consumentenombudsdienst: die helpt u of stuurt uw klacht door.
page-car-repair-words = garagist, mecanicien, offerte, te duur, slechte herstelling, onderhoud, panne, werkuren, onderdelen, betwisting

page-car-private-seller-title = U kocht een auto van een particulier
page-car-private-seller-rule = Koopt u een auto van een particulier, dan beschermt het consumentenrecht u niet: er is geen wettelijke garantie. Geen enkele bemiddelingsdienst behandelt verkopen tussen particulieren: niet de Verzoeningscommissie Automoto, niet de Consumentenombudsdienst en niet het Europees Centrum voor de Consument. U moet een oplossing vinden met de verkoper of, als het moet, naar de rechter stappen. Een valse kilometerstand of een valse advertentie is fraude: dien klacht in bij uw lokale politie.
page-car-private-seller-now =
    1. Bewaar alles: de advertentie, de berichten, het contract, het betalingsbewijs en de papieren van de auto.
    2. Schrijf de verkoper aan: beschrijf het probleem en wat u vraagt. Bewaar een kopie.
    3. Valse kilometerstand, valse advertentie of verkoper verdwenen? Dien klacht in bij uw lokale politie.
    4. Geen akkoord? U kunt de vrederechter vragen om een gratis verzoening met de verkoper. Anders kan alleen een rechtbank beslissen.
page-car-private-seller-words = tweedehandsauto, gebruikte wagen, occasie, particulier, verkoop tussen particulieren, Car-Pass, kilometerstand, teller, gebrek, verborgen gebrek, advertentie, 2dehands, verkoper verdwenen
