# Thema "reizen en evenementen" (Belgisch Nederlands): titels van de onderwerpen en pagina's over pakketreizen, vluchten, geannuleerde evenementen en doorverkoop van tickets.

topic-travel = Reizen
topic-events = Concerten, voorstellingen en tickets

page-package-travel-cancelled-title = Uw pakketreis is geannuleerd
page-package-travel-cancelled-rule = Een pakketreis combineert minstens twee diensten voor dezelfde reis, bijvoorbeeld de vlucht en het hotel, voor meer dan 24 uur of met een overnachting. Annuleert de organisator de reis, dan moet hij u alles wat u betaald hebt terugbetalen, binnen 14 dagen. U bent niet verplicht een voucher of een andere reis te aanvaarden. Wijzigt de organisator de reis ingrijpend, dan mag u ook zelf annuleren zonder kosten.
page-package-travel-cancelled-now =
    1. Vraag de organisator schriftelijk om een volledige terugbetaling. Bewaar uw boeking en uw betalingsbewijs.
    2. Na 14 dagen nog geen terugbetaling? Stuur een aangetekende brief met een laatste termijn.
    3. Lees de voorwaarden van de organisator: verwijzen ze naar de Geschillencommissie Reizen, dan kunt u daar terecht.
    4. Organisator gevestigd in een ander EU-land? ECC België kan u gratis helpen.
page-package-travel-cancelled-words = vakantie, reis, touroperator, reisbureau, terugbetaling, voucher, tegoedbon, vlucht en hotel, boeking, annulering

page-flight-delay-cancellation-title = Vlucht vertraagd of geannuleerd
page-flight-delay-cancellation-rule = Europese regels beschermen passagiers op vluchten die vertrekken uit de EU, en op vluchten naar de EU met een Europese maatschappij. Is uw vlucht geannuleerd of sterk vertraagd, dan moet de luchtvaartmaatschappij u bijstaan: maaltijden, een hotel indien nodig, een andere vlucht of een terugbetaling. Afhankelijk van de vertraging en de afstand krijgt u soms ook een vaste compensatie, behalve bij een uitzonderlijke oorzaak, zoals een storm.
page-flight-delay-cancellation-now =
    1. Bewaar uw instapkaart, uw boeking en de kastickets van maaltijden, hotel of vervoer.
    2. Dien eerst een klacht in bij de luchtvaartmaatschappij, schriftelijk of via het formulier op haar website.
    3. Na 6 weken geen bevredigend antwoord? Dien klacht in bij de FOD Mobiliteit en Vervoer (directoraat-generaal Luchtvaart) met zijn onlineformulier. De Consumentenombudsdienst behandelt zulke klachten niet.
    4. Maatschappij gevestigd in een ander EU-land? Ook ECC België kan u helpen.
page-flight-delay-cancellation-words = vliegtuig, luchtvaartmaatschappij, luchthaven, vertraging, annulering, compensatie, schadevergoeding, instappen, gemiste aansluiting, overboeking, passagiersrechten

page-event-cancelled-title = Concert of voorstelling geannuleerd: uw geld terug
page-event-cancelled-rule = Wordt een concert, voorstelling, festival of match geannuleerd, dan hebt u in principe recht op terugbetaling van uw ticket. Wend u tot de organisator of de ticketverkoper bij wie u het kocht. Wordt het evenement alleen verplaatst, vraag hen dan welke mogelijkheden u hebt. Lees hun bericht goed: meestal staat erin hoe en tot wanneer u de terugbetaling kunt vragen. Bewaar uw ticket en uw betalingsbewijs tot u terugbetaald bent.
page-event-cancelled-now =
    1. Volg de terugbetalingsprocedure die de organisator of de ticketverkoper aankondigt.
    2. Na enkele weken nog niets? Vraag de terugbetaling schriftelijk, met uw ticket en uw betalingsbewijs.
    3. Nog altijd niets? Vraag bemiddeling aan, of meld de organisator aan de Economische Inspectie.
page-event-cancelled-words = festival, match, toegangsticket, terugbetaling, organisator, uitgesteld, artiest, annulering, afgelast, geld terugkrijgen

page-ticket-resale-title = Doorverkocht ticket te duur of vals ticket
page-ticket-resale-rule = In België is het verboden een ticket voor een evenement door te verkopen voor meer dan de oorspronkelijke prijs. Valse of gekopieerde tickets worden vaak verkocht via sociale media en doorverkoopsites, en aan de ingang worden ze geweigerd. Koop bij de organisator, zijn officiële verkopers of zijn officiële doorverkoopplatform. Wees voorzichtig als een particulier u vraagt te betalen via overschrijving.
page-ticket-resale-now =
    1. Een vals ticket gekocht? Bewaar de advertentie, de berichten en uw betalingsbewijs.
    2. Neem meteen contact op met uw bank om te proberen de betaling tegen te houden of terug te krijgen.
    3. Dien klacht in bij uw lokale politie.
    4. Meld de verkoper of de website aan de Economische Inspectie.
page-ticket-resale-words = doorverkoop, zwarte markt, namaak, oplichting, Facebook, Marketplace, festival, concert, woekerprijs, toegangsticket, fraude

page-rail-complaint-title = Een probleem met een treinreis
page-rail-complaint-rule = Vertraging, ticket of dienstverlening: dien eerst klacht in bij de spoorwegmaatschappij. Die heeft 1 maand om te antwoorden. Geen antwoord of niet tevreden? De Ombudsdienst voor treinreizigers kan u gratis helpen. Hij behandelt alle spoorwegmaatschappijen die in België actief zijn, als u in België vertrekt, aankomt of overstapt, of als u het ticket kocht bij een Belgische maatschappij. Bij de NMBS geeft een vertraging van een uur of meer recht op de volledige ticketprijs als compensatie.
page-rail-complaint-now =
    1. Bewaar uw ticket of abonnement, en noteer de datum, het uur en de trein.
    2. Vertraging? Vraag compensatie met het formulier van de spoorwegmaatschappij.
    3. Een ander probleem? Dien schriftelijk klacht in bij de maatschappij en bewaar een kopie.
    4. Geen antwoord binnen de maand of niet tevreden? Schrijf naar de Ombudsdienst voor treinreizigers.
page-rail-complaint-words = trein, spoorweg, NMBS, SNCB, vertraging, te laat, afgeschafte trein, ticket, treinabonnement, boete, compensatie, terugbetaling, station, Eurostar, pendelaar, aansluiting
