# Thema "auto's" (Belgisch Nederlands): titels van de onderwerpen en pagina's over een auto kopen (wettelijke garantie, kilometerstand) en herstellingen in de garage.

topic-cars-buying = Een auto kopen
topic-cars-repair = Herstellingen en garages

page-car-purchase-guarantee-title = Wettelijke garantie op een auto van een professionele verkoper
page-car-purchase-guarantee-rule = Koopt u een nieuwe of tweedehandse auto bij een professionele verkoper, dan hebt u 2 jaar wettelijke garantie vanaf de levering. Voor een tweedehandse auto mag de verkoper die beperken tot 1 jaar, maar alleen als dat duidelijk in het contract is afgesproken. Duikt er een gebrek op, verwittig de verkoper dan binnen 2 maanden nadat u het ontdekt hebt. Hij moet het probleem dan gratis oplossen. Een verkoop tussen particulieren valt hier niet onder.
page-car-purchase-guarantee-now =
    1. Schrijf de verkoper: beschrijf het gebrek en de datum waarop u het ontdekte. Bewaar een kopie.
    2. Bewaar de bestelbon, de facturen en de verslagen van de garage over het gebrek.
    3. Weigert de verkoper? Vraag verzoening aan bij de Verzoeningscommissie Automoto, of meld de weigering aan de Economische Inspectie.
page-car-purchase-guarantee-words = waarborg, tweedehands, occasie, garage, dealer, gebrek, panne, motor, versnellingsbak, verborgen gebrek

page-car-mileage-title = Kilometerstand die vals lijkt (geknoeide teller)
page-car-mileage-rule = De kilometerstand bepaalt voor een groot deel de waarde van een auto. De teller terugdraaien of aanpassen om een auto te verkopen is fraude. In België moet de verkoper van een tweedehandse auto u een Car-Pass geven, met de kilometerstanden die door de jaren heen geregistreerd zijn. Vergelijk die met de teller, het onderhoudsboekje, de facturen en vroegere keuringsverslagen. Een sterk versleten auto met weinig kilometers moet u voorzichtig maken.
page-car-mileage-now =
    1. Verzamel uw bewijzen: de advertentie, de bestelbon, de Car-Pass, de facturen en foto's van de teller.
    2. Schrijf de verkoper en vraag een oplossing, bijvoorbeeld dat de verkoop ongedaan wordt gemaakt.
    3. Meld de vermoedelijke tellerfraude aan de Economische Inspectie en dien klacht in bij de politie.
page-car-mileage-words = Car-Pass, kilometerteller, km, teruggedraaid, tellerfraude, fraude, tweedehandse auto, occasie, dashboard, onderhoudsboekje

page-car-repair-title = Probleem met een herstelling in de garage of de factuur
page-car-repair-rule = Vraag vóór een herstelling een schriftelijk bestek aan de garage en spreek af dat extra werk eerst uw akkoord nodig heeft. Vergelijk de factuur met het bestek: kijk na of de onderdelen en de werkuren erop staan. Is de herstelling slecht uitgevoerd of is de factuur veel hoger dan afgesproken, klaag dan schriftelijk bij de garage.
page-car-repair-now =
    1. Bewaar het bestek, de factuur, foto's, en de oude onderdelen als u die gevraagd hebt.
    2. Stuur de garage een aangetekende brief waarin u het probleem uitlegt en zegt wat u vraagt.
    3. Geen oplossing? Wend u tot de Consumentenombudsdienst: die helpt u of stuurt uw klacht door.
page-car-repair-words = garagist, mecanicien, offerte, te duur, slechte herstelling, onderhoud, panne, werkuren, onderdelen, betwisting
