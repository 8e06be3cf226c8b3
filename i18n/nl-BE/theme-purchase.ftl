# Thema "purchase" (Belgisch Nederlands): titels van de onderwerpen en teksten van de pagina's (regel, wat nu doen, zoekwoorden).

topic-purchase-before = Vóór de aankoop
topic-purchase-after = Na de aankoop

page-price-display-title = Prijzen: wat de verkoper moet tonen
page-price-display-rule = Een verkoper moet zijn prijzen duidelijk en schriftelijk vermelden, in euro. De getoonde prijs is de totaalprijs: btw en alle verplichte kosten inbegrepen. Achteraf mogen er geen verplichte kosten bijkomen. Koopt u online, dan moet u de leveringskosten zien voordat u bestelt.
page-price-display-now =
    1. Neem een foto van het prijskaartje, het rek of de webpagina.
    2. Bewaar uw kasticket of bestelbevestiging en vergelijk met de getoonde prijs.
    3. Vraag de verkoper om het verschil uit te leggen. Bent u het niet eens, vraag dan bemiddeling.
    4. Meld een ontbrekende of misleidende prijs aan de Economische Inspectie.
page-price-display-words = prijskaartje, etiket, btw, verborgen kosten, toeslag, kassa, te duur, prijsverschil, verzendkosten, leveringskosten

page-payment-means-title = Betalen met cash of met de kaart
page-payment-means-rule = Koopt u ter plaatse, in een winkel of op een markt, dan moet de verkoper cash aanvaarden. Uitzonderingen: een tijdelijke weigering om veiligheidsredenen die duidelijk is aangekondigd, een biljet dat veel te groot is voor het bedrag, en de wettelijke grenzen voor grote contante betalingen. De verkoper moet ook minstens één elektronisch betaalmiddel aanbieden, zoals een bankkaart of een betaalapp, zonder enige toeslag.
page-payment-means-now =
    1. Weigert men uw cash of uw kaart? Vraag waarom en noteer de datum, de plaats en het antwoord.
    2. Neem een foto van een eventueel bord over betalen en bewaar uw kasticket.
    3. Meld de weigering of de toeslag aan de Economische Inspectie.
page-payment-means-words = contant geld, biljetten, muntstukken, bankkaart, Bancontact, betaalapp, geweigerd, toeslag, kaartkosten, contactloos

page-labels-language-title = Etiketten en handleidingen in uw taal
page-labels-language-rule = Etiketten, gebruiksaanwijzingen en garantiebewijzen moeten opgesteld zijn in een taal die de gemiddelde consument begrijpt, rekening houdend met het taalgebied waar het product verkocht wordt. In de praktijk betekent dat meestal: Nederlands in Vlaanderen, Frans in Wallonië, Frans en Nederlands in Brussel.
page-labels-language-now =
    1. Kijk op de verpakking, in de papieren in de doos en op de website van de verkoper.
    2. Vraag de verkoper om de handleiding in uw taal. Bewaar uw kasticket.
    3. Neem foto's van het etiket of de handleiding en meld het aan de Economische Inspectie.
page-labels-language-words = gebruiksaanwijzing, bijsluiter, verpakking, vertaling, Nederlands, Frans, Duits, vreemde taal, garantiebewijs, instructies

page-withdrawal-title = Spijt van uw aankoop: 14 dagen bedenktijd
page-withdrawal-rule = Online, telefonisch, per post of aan uw deur gekocht? Dan kunt u in de meeste gevallen binnen 14 dagen annuleren, zonder een reden te geven; sommige aankopen zijn uitgesloten. Voor goederen lopen de 14 dagen vanaf de dag nadat u ze ontvangen hebt; voor diensten vanaf de dag nadat het contract gesloten is. Heeft de verkoper u niet over dit recht ingelicht, dan wordt de termijn met 12 maanden verlengd. Dit recht bestaat niet voor aankopen in een winkel of op een beurs, en bij een verkoper buiten de EU is het niet gegarandeerd.
page-withdrawal-now =
    1. Laat de verkoper binnen 14 dagen schriftelijk weten dat u herroept: e-mail, webshopformulier of modelformulier. Bewaar een bewijs.
    2. Stuur de goederen binnen 14 dagen daarna terug. Meestal betaalt u zelf de verzendkosten. Bewaar het verzendbewijs.
    3. De verkoper moet u binnen 14 dagen terugbetalen, de standaard leveringskosten inbegrepen.
    4. Geen terugbetaling? Vraag bemiddeling of meld de verkoper.
page-withdrawal-words = herroeping, herroepingsrecht, herroepen, annuleren, terugsturen, terugbetaling, retour, webshop, online kopen, geld terug, afzien

page-withdrawal-exceptions-title = Wanneer u niet kunt herroepen
page-withdrawal-exceptions-rule = In een winkel of op een beurs geeft de wet u geen recht om u te bedenken: de verkoper neemt iets alleen terug als hij dat wil of beloofd heeft. Ook online of aan uw deur kunt u sommige aankopen niet annuleren, bijvoorbeeld: goederen op maat of gepersonaliseerd, producten die snel bederven, hygiëneproducten waarvan u de verzegeling verbrak, diensten op een vaste datum (concertticket, hotelnacht, autohuur), een dringende herstelling die u thuis vroeg, en een dienst die op uw vraag al binnen de 14 dagen volledig geleverd is.
page-withdrawal-exceptions-now =
    1. Kijk in de bestelbevestiging en de voorwaarden: de verkoper moet u vóór de aankoop zeggen dat u niet kunt herroepen.
    2. Twijfelt u? Vraag de verkoper schriftelijk welke uitzondering voor uw aankoop geldt.
    3. Vindt u dat de uitzondering niet geldt? Vraag bemiddeling of bel het Contact Center.
page-withdrawal-exceptions-words = geen retour, niet terugnemen, op maat, gepersonaliseerd, tickets, hygiëne, voeding, verzegeld, uitzondering, retour geweigerd

page-legal-guarantee-title = Defect product: 2 jaar wettelijke garantie
page-legal-guarantee-rule = Een goed dat u bij een onderneming koopt, moet werken zoals beloofd. Duikt er binnen 2 jaar na de levering een gebrek op, dan kunt u een gratis herstelling of vervanging vragen, ook bij een online aankoop. De verkoper moet bewijzen dat het gebrek er bij de levering nog niet was, niet u. Voor tweedehandse goederen mag die termijn tot 1 jaar ingekort worden als dat duidelijk afgesproken is. Verwittig de verkoper binnen 2 maanden nadat u het gebrek ontdekt.
page-legal-guarantee-now =
    1. Verwittig de verkoper schriftelijk binnen 2 maanden nadat u het gebrek opmerkte. Bewaar een kopie.
    2. Vraag een gratis herstelling of vervanging. Toon uw kasticket, factuur of rekeninguittreksel.
    3. Onmogelijk, geweigerd of duurt het te lang? Vraag een prijsvermindering of, als het gebrek niet gering is, uw geld terug.
    4. Weigert de verkoper nog altijd? Vraag dan bemiddeling.
page-legal-guarantee-words = waarborg, kapot, stuk, gebrek, werkt niet, herstelling, vervanging, kasticket, dienst na verkoop, terugbetaling

page-delivery-problems-title = Levering te laat, verloren of beschadigd
page-delivery-problems-rule = De verkoper is verantwoordelijk voor uw bestelling tot u, of iemand die u aangewezen hebt, ze ontvangt. Raakt het pakje onderweg kwijt of beschadigd, dan is dat het probleem van de verkoper, niet het uwe. Zonder afgesproken datum moet de verkoper binnen 30 dagen leveren. Bij vertraging kunt u een redelijke extra termijn geven; komt er dan nog niets, dan kunt u annuleren en uw geld terugkrijgen.
page-delivery-problems-now =
    1. Neem contact op met de verkoper, niet met de koerier: uw contract is met de verkoper. Geef uw bestelnummer.
    2. Pakje beschadigd? Neem foto's vóór en na het openen.
    3. Te laat? Leg schriftelijk een nieuwe leverdatum vast. Komt er dan niets, annuleer schriftelijk en vraag uw geld terug.
    4. Geen antwoord of geen terugbetaling? Vraag bemiddeling of meld de verkoper.
page-delivery-problems-words = pakje, pakket, niet geleverd, nooit aangekomen, kwijt, kapot, koerier, track and trace, webshop, bestelling, terugbetaling, vertraging

page-unsolicited-goods-title = Producten die u nooit besteld hebt
page-unsolicited-goods-rule = Stuurt een onderneming u iets wat u niet besteld hebt, dan hoeft u het niet te betalen en ook niet terug te sturen. Niet reageren betekent niet dat u met de aankoop akkoord gaat. Producten opsturen en daarna betaling eisen is een verboden handelspraktijk.
page-unsolicited-goods-now =
    1. Betaal niet, ook niet als er een factuur of een herinnering komt.
    2. Bewaar het pakje, de brieven en de envelop, of neem er foto's van.
    3. Blijven er herinneringen komen? Antwoord één keer schriftelijk dat u niets besteld hebt, en bewaar een kopie.
    4. Meld de onderneming aan de Economische Inspectie.
page-unsolicited-goods-words = niet besteld, ongevraagd, pakje, pakket, factuur, herinnering, betalingsherinnering, terugsturen, cadeau

page-eu-trader-title = Probleem met een verkoper elders in Europa
page-eu-trader-rule = Kocht u bij een onderneming in een ander EU-land, IJsland, Noorwegen of het Verenigd Koninkrijk, en raakt u er samen niet uit? Het Europees Centrum voor de Consument België helpt u gratis als u in België woont en voor privégebruik gekocht hebt. Het neemt contact op met de verkoper in zijn eigen land. Tegen oplichters kan het niets doen: meld dan de fraude en ga naar de politie.
page-eu-trader-now =
    1. Schrijf eerst de verkoper aan: leg het probleem uit en zeg wat u vraagt. Bewaar een kopie.
    2. Verzamel uw documenten: bestelling of factuur, betalingsbewijs en alle berichten, in volgorde van datum.
    3. Stuur uw klacht naar het Europees Centrum voor de Consument (contact op deze pagina). U krijgt een referentienummer.
page-eu-trader-words = buitenland, buitenlandse webshop, grensoverschrijdend, ECC, Europees Centrum voor de Consument, EU, Frankrijk, Nederland, Duitsland, ander land, internationaal
