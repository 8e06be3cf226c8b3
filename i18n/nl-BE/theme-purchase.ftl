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
page-labels-language-rule = Etiketten, gebruiksaanwijzingen en garantiebewijzen moeten opgesteld zijn in een taal die de gemiddelde consument begrijpt, rekening houdend met het taalgebied waar het product verkocht wordt. Als richtlijn: Nederlands in het Nederlandse taalgebied, Frans in het Franse taalgebied, Duits in het Duitse taalgebied, Frans en Nederlands in Brussel.
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
page-withdrawal-exceptions-rule =
    In een winkel of op een beurs geeft de wet u geen recht om u te bedenken: de verkoper neemt iets alleen terug als hij dat wil of beloofd heeft. Ook online of aan uw deur kunt u bijvoorbeeld niet annuleren:
    • goederen op maat of gepersonaliseerd
    • voeding en andere producten die snel bederven
    • hygiëneproducten waarvan u de verzegeling verbrak
    • diensten op een vaste datum (concertticket, hotelnacht, autohuur)
    • een dringende herstelling die u thuis vroeg
    • een dienst die op uw vraag al binnen de 14 dagen volledig geleverd is
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
page-eu-trader-rule = Kocht u bij een onderneming in een ander EU-land, IJsland, Noorwegen of het Verenigd Koninkrijk, en raakt u er samen niet uit? Het Europees Centrum voor de Consument België helpt u gratis als u in België woont en voor privégebruik gekocht hebt. Het neemt contact op met de verkoper in zijn eigen land. Tegen oplichters kan het niets doen: meld dan de fraude en dien klacht in bij uw lokale politie.
page-eu-trader-now =
    1. Schrijf eerst de verkoper aan: leg het probleem uit en zeg wat u vraagt. Bewaar een kopie.
    2. Verzamel uw documenten: bestelling of factuur, betalingsbewijs en alle berichten, in volgorde van datum.
    3. Stuur uw klacht naar het Europees Centrum voor de Consument (contact op deze pagina). U krijgt een referentienummer.
page-eu-trader-words = buitenland, buitenlandse webshop, grensoverschrijdend, ECC, Europees Centrum voor de Consument, EU, Frankrijk, Nederland, Duitsland, ander land, internationaal

topic-purchase-more = Abonnementen, cadeaubonnen, apps, tweedehands, veiligheid
topic-purchase-delivery = Levering en post

page-subscription-renewal-title = Een abonnement stopzetten dat vanzelf verlengd werd
page-subscription-renewal-rule = Fitness, internet, tv: een dienstencontract van bepaalde duur kan zich automatisch verlengen. De voorwaarden moeten vermelden wat die verlenging inhoudt, tot wanneer u zich ertegen kunt verzetten en hoe. Na de eerste stilzwijgende verlenging kunt u het contract op elk moment opzeggen, zonder vergoeding, met een opzegtermijn van maximaal 2 maanden. Deze regel geldt niet voor contracten voor de levering van goederen, zoals een abonnement op een tijdschrift: lees daarvan de voorwaarden.
page-subscription-renewal-now =
    1. Zoek uw contract en kijk of het al een keer vanzelf verlengd werd.
    2. Zeg schriftelijk op, bijvoorbeeld met de modelbrief van de FOD Economie. Bewaar een kopie en een verzendbewijs.
    3. Legt men meer dan 2 maanden opzeg of een vergoeding op? Betwist dat schriftelijk.
    4. Geen oplossing? Vraag bemiddeling en meld de praktijk aan de Economische Inspectie.
page-subscription-renewal-words = abonnement, opzeggen, opzeg, stilzwijgende verlenging, automatische verlenging, fitness, sportclub, opzegtermijn, verbrekingsvergoeding, onderhoudscontract, verlengd, stopzetten, lidmaatschap

page-gift-vouchers-title = Cadeaubonnen: hoelang zijn ze geldig?
page-gift-vouchers-rule = In België bestaat er geen specifieke wet over cadeaubonnen: de voorwaarden van de verkoper gelden, als ze duidelijk zijn. De geldigheidsduur moet duidelijk zichtbaar zijn: een einddatum, of een termijn samen met de uitgiftedatum. Staat er geen datum op, of is die niet duidelijk, dan wordt de bon verondersteld onbeperkt geldig te zijn. Kijk voor u een bon koopt of hij kan worden ingeruild voor geld, gebruikt tijdens de solden, verlengd of doorgegeven aan iemand anders.
page-gift-vouchers-now =
    1. Lees de bon en de voorwaarden: einddatum, uitgiftedatum, waar u hem kunt gebruiken.
    2. Bewaar de bon en het kasticket van de aankoop.
    3. Weigert de winkel een geldige bon? Vraag schriftelijk waarom. Geen oplossing? Vraag bemiddeling.
page-gift-vouchers-words = cadeaubon, geschenkbon, cadeaukaart, giftcard, waardebon, vervallen, verlopen, geldigheid, vervaldatum, belevenisbon, cadeau, bon geweigerd

page-digital-content-title = Apps, games, e-boeken of streaming die niet werken
page-digital-content-rule = Sinds 1 juni 2022 geldt de wettelijke garantie ook voor digitale inhoud en diensten: apps, games, e-boeken, muziek, films, streaming, cloudopslag en sociale media. Ze geldt als u een prijs betaalt, maar ook als u "betaalt" met uw persoonsgegevens. Voor een eenmalige aankoop, zoals een download, duurt de garantie 2 jaar. Niets geleverd? Vraag de handelaar om te leveren; levert hij nog altijd niet, dan kunt u uw geld terugvragen.
page-digital-content-now =
    1. Neem schermafbeeldingen van het probleem. Bewaar de bestelbevestiging en het betalingsbewijs.
    2. Schrijf de handelaar aan: beschrijf het probleem en vraag om het gratis op te lossen. Bewaar een kopie.
    3. Niets geleverd? Vraag schriftelijk om meteen te leveren. Nog altijd niets? Vraag uw geld terug.
    4. Geen oplossing? Vraag bemiddeling.
page-digital-content-words = app, applicatie, game, videospel, onlinespel, e-boek, e-book, streaming, download, software, cloud, bug, werkt niet, abonnement, digitale inhoud

page-private-seller-title = Kopen bij een particulier op een tweedehandssite
page-private-seller-rule = Tussen particulieren geldt het consumentenrecht niet: geen herroepingsrecht van 14 dagen en geen wettelijke garantie. Geen enkele ombudsdienst behandelt geschillen tussen particulieren. Een onlineverkoopplatform moet tonen of de verkoper een handelaar of een particulier is, en u waarschuwen als het consumentenrecht niet geldt. Ook oplichters gebruiken die sites, bijvoorbeeld met een valse betaallink.
page-private-seller-now =
    1. Kijk in de advertentie of de verkoper een handelaar of een particulier is.
    2. Biedt de site een eigen betaling met kopersbescherming? Gebruik die. Bewaar de advertentie, de berichten en het betalingsbewijs.
    3. Probleem met het artikel? Schrijf de verkoper aan en gebruik de geschillenprocedure van de site, als die er is.
    4. Op een valse betaallink geklikt of kaartgegevens gegeven? Bel meteen Card Stop en uw bank, en dien klacht in bij uw lokale politie.
    5. Stuur het verdachte bericht door naar Safeonweb (adres op deze pagina).
page-private-seller-words = tweedehands, 2dehands, zoekertjes, Marketplace, Vinted, particulier, privéverkoper, kopersbescherming, valse betaallink, oplichting, geen garantie, gebruikt

page-dangerous-products-title = Een product lijkt gevaarlijk of wordt teruggeroepen
page-dangerous-products-rule = Alleen veilige producten mogen verkocht worden. Het Centraal Meldpunt voor Producten van de FOD Economie ontvangt klachten over producten en diensten die onveilig lijken, behalve voeding. Het is het Belgische contactpunt voor Safety Gate, het Europese waarschuwingssysteem voor gevaarlijke producten, en geeft informatie over de risico's van producten en de genomen maatregelen. Is een product gevaarlijk, dan kan de FOD Economie de verkoop stopzetten of vragen om het terug te roepen.
page-dangerous-products-now =
    1. Gebruik het product niet meer. Leg het buiten bereik, met de verpakking en uw kasticket.
    2. Wordt het product teruggeroepen? Volg de instructies van de verkoper of de fabrikant.
    3. Meld het product aan het Centraal Meldpunt voor Producten: 02 277 53 36 of belspoc@economie.fgov.be. Voeg foto's toe.
    4. Wilt u uw geld terug of een ander exemplaar? Neem contact op met de verkoper. Geen oplossing? Vraag bemiddeling.
page-dangerous-products-words = gevaarlijk, onveilig, terugroeping, terugroepactie, brand, ontploffing, batterij, speelgoed, kinderveiligheid, elektrische schok, letsel, brandwonde, Safety Gate, RAPEX

page-postal-complaint-title = Een pakje of brief verloren, beschadigd of te laat
page-postal-complaint-rule = Online gekocht? Dan is uw contract gesloten met de webshop: contacteer die eerst (zie de pagina 'Levering te laat, verloren of beschadigd'). Voor een probleem met het postbedrijf zelf dient u eerst klacht in bij zijn klantendienst. Geen oplossing? De Ombudsdienst voor de Postsector kan u helpen. Hij behandelt bpost en alle andere post- en pakjesbedrijven op de Belgische markt, voor de afzender en voor de bestemmeling. Aanvaardt hij uw klacht, dan moet het bedrijf hem binnen 10 werkdagen antwoorden.
page-postal-complaint-now =
    1. Online gekocht? Contacteer eerst de webshop en geef uw bestelnummer.
    2. Anders: dien schriftelijk klacht in bij de klantendienst van het postbedrijf. Bewaar een kopie.
    3. Geen oplossing? Schrijf naar de Ombudsdienst voor de Postsector, met uw naam en postadres.
    4. Voeg het zendingsnummer toe, een beschrijving van de inhoud, een bewijs van de waarde en foto's als het beschadigd is.
page-postal-complaint-words = pakje, pakket, brief, aangetekende brief, bpost, post, postbode, koerier, zendingsnummer, track and trace, verloren, beschadigd, te laat, niet geleverd
