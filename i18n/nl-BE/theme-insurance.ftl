# Teksten van het thema Verzekeringen (Belgisch Nederlands): titels van de onderwerpen en informatiepagina's.

topic-insurance-contracts = Verzekeringscontracten
topic-insurance-claims = Schadegevallen en vergoeding

page-insurance-end-contract-title = Een verzekering opzeggen
page-insurance-end-contract-rule = De meeste niet-levensverzekeringen, zoals een auto- of brandverzekering, lopen 1 jaar en worden automatisch verlengd. U kunt ze opzeggen tegen de jaarlijkse vervaldag, met een opzegtermijn van minstens 2 maanden. Na het eerste jaar kunt u zo'n contract ook op elk moment opzeggen, met een opzegtermijn van 2 maanden. Zeg schriftelijk op en bewaar een bewijs. Voor levensverzekeringen gelden andere regels: kijk in uw contract.
page-insurance-end-contract-now =
    1. Zoek de jaarlijkse vervaldag in uw polis of op uw laatste vervaldagbericht.
    2. Zeg schriftelijk op, bijvoorbeeld met een aangetekende brief, en bewaar het bewijs van verzending.
    3. Een autoverzekering is verplicht: zorg dat de nieuwe verzekering begint wanneer de oude stopt.
    4. Niet akkoord met de verzekeraar? Dien eerst klacht in bij uw makelaar of verzekeraar, dan bij de Ombudsman van de Verzekeringen.
page-insurance-end-contract-words = annuleren, stopzetten, opzegtermijn, vervaldag, verlenging, autoverzekering, brandverzekering, premie, polis, van verzekeraar veranderen, aangetekende brief

page-insurance-new-contract-title = Een nieuwe verzekering afsluiten
page-insurance-new-contract-rule = Vergelijk vóór u tekent meerdere aanbiedingen, en niet alleen de prijs: wat is gedekt, wat is uitgesloten en hoe hoog is de vrijstelling, het deel van de schade dat u zelf betaalt? Beantwoord de vragen van de verzekeraar correct: foute of onvolledige informatie kan problemen geven bij een schadegeval. Bij sommige verzekeringen kunt u kort na de ondertekening nog afzien van het contract. Verzekeringsmakelaars en -agenten moeten bij de FSMA ingeschreven zijn.
page-insurance-new-contract-now =
    1. Vraag de algemene en bijzondere voorwaarden schriftelijk. Lees de uitsluitingen en de vrijstelling.
    2. Controleer of u niet twee keer verzekerd bent voor hetzelfde risico, bijvoorbeeld via een ander contract.
    3. Controleer op de website van de FSMA of de makelaar of agent ingeschreven is.
    4. Bewaar een kopie van alles wat u ondertekent en van de antwoorden die u gaf.
page-insurance-new-contract-words = polis, offerte, premie, dekking, uitsluitingen, vrijstelling, makelaar, agent, vergelijken, ondertekenen, afzien

page-insurance-claim-dispute-title = Uw verzekeraar weigert te betalen of betaalt te weinig
page-insurance-claim-dispute-rule = Weigert uw verzekeraar een schadegeval of biedt hij te weinig? Vraag hem dan zijn beslissing schriftelijk uit te leggen en de clausule van uw polis te noemen waarop hij zich baseert. Dien eerst klacht in bij uw makelaar of agent, daarna bij de klachtendienst van de verzekeraar. Helpt dat niet, dan kan de Ombudsman van de Verzekeringen uw dossier gratis onderzoeken en een advies geven. Arbeidsongevallen en zaken die al voor de rechter liggen, behandelt hij niet.
page-insurance-claim-dispute-now =
    1. Verzamel uw polis, de schadeaangifte, foto's, facturen, offertes en alle briefwisseling met de verzekeraar.
    2. Vraag schriftelijk waarom de schade geweigerd of verminderd wordt en welke clausule van de polis geldt.
    3. Dien schriftelijk klacht in bij uw makelaar of agent, daarna bij de klachtendienst van de verzekeraar.
    4. Geen oplossing? Stuur uw klacht naar de Ombudsman van de Verzekeringen via het onlineformulier, per brief of per e-mail.
page-insurance-claim-dispute-words = schade, schadevergoeding, weigering, expert, vrijstelling, makelaar, klacht, ombudsman, uitkering, ongeval, schadegeval
