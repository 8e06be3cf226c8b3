# Begeleide vragenlijst "Een oplossing vinden" (Belgisch Nederlands): vragen en antwoordknoppen.

q-problem = Waarover gaat uw probleem?
q-problem--purchase = Iets wat ik kocht of bestelde
q-problem--contact = Telefoon, bericht, brief, reclame of bezoek
q-problem--utilities = Energie, internet of telefoon
q-problem--money = Bank, lening, schulden of verzekering
q-problem--trip-car-works = Reis, evenement, auto of verbouwing
q-problem--none = Geen van deze

q-purchase = Wat is het probleem met uw aankoop?
q-purchase--changed-mind = Ik heb me bedacht
q-purchase--defect = Het is defect of kapot
q-purchase--delivery = Niet of te laat geleverd
q-purchase--price = De prijs, de betaling of het etiket
q-purchase--unordered = Ik kreeg iets wat ik nooit bestelde
q-purchase--other = Iets anders

q-purchase-other = Waarover gaat het?
q-purchase-other--voucher = Een cadeaubon
q-purchase-other--subscription = Een abonnement dat vanzelf verlengd werd
q-purchase-other--digital = Een app, een game, streaming of een e-book
q-purchase-other--private = Iets online gekocht van een particulier
q-purchase-other--danger = Een product dat gevaarlijk lijkt
q-purchase-other--other = Iets anders

q-mind-where = Waar hebt u het gekocht?
q-mind-where--shop = In een winkel of op een beurs
q-mind-where--online = Online: website of app
q-mind-where--door = Aan mijn deur of bij mij thuis
q-mind-where--phone = Telefonisch

q-mind-seller = Waar is de webshop gevestigd?
q-mind-seller--be = In België
q-mind-seller--eu = In een ander EU-land
q-mind-seller--outside = Buiten de EU
q-mind-seller--unknown = Ik weet het niet

q-mind-what = Wat hebt u gekocht?
q-mind-what--ordinary = Een gewoon product of een dienst
q-mind-what--custom = Iets op maat of gepersonaliseerd
q-mind-what--fresh = Voeding, bloemen of bederfbare waren
q-mind-what--fixed-date = Een ticket of boeking voor een vaste datum
q-mind-what--hygiene = Een verzegeld hygiëneartikel dat ik opende

q-defect = Wat is er defect of kapot?
q-defect--product = Een product dat ik kocht
q-defect--car = Een auto die ik kocht
q-defect--works = Bouw- of renovatiewerken

q-defect-where = Waar hebt u het gekocht?
q-defect-where--shop = In een winkel
q-defect-where--online = Online: website of app
q-defect-where--door = Aan mijn deur of bij mij thuis
q-defect-where--phone = Telefonisch

q-defect-seller = Waar is de webshop gevestigd?
q-defect-seller--be = In België
q-defect-seller--eu = In een ander EU-land
q-defect-seller--outside = Buiten de EU
q-defect-seller--unknown = Ik weet het niet

q-delivery = Wat liep er mis met de levering?
q-delivery--late = Het is te laat of nooit aangekomen
q-delivery--damaged = Het kwam beschadigd of onvolledig aan
q-delivery--carrier = Mijn klacht gaat over de bezorgdienst
q-delivery--fake = De webshop lijkt vals of is verdwenen

q-delivery-seller = Waar is de verkoper gevestigd?
q-delivery-seller--be = In België
q-delivery-seller--eu = In een ander EU-land
q-delivery-seller--outside = Buiten de EU
q-delivery-seller--unknown = Ik weet het niet

q-before-paying = Wat is er precies mis?
q-before-paying--price-shown = Ik betaalde meer dan de aangegeven prijs
q-before-paying--hidden-costs = Op het einde kwamen er extra kosten bij
q-before-paying--reduction = Een valse korting of valse solden
q-before-paying--payment = Cash geweigerd, geen kaart of kaartkosten
q-before-paying--label = Etiket of handleiding niet in mijn taal

q-contact = Hoe kwam het bij u terecht?
q-contact--phone = Een telefoontje
q-contact--message = Een e-mail of sms
q-contact--letter = Een brief of factuur met de post
q-contact--door = Iemand kwam aan mijn deur
q-contact--ad = Reclame, een website of sociale media
q-contact--other = Iets anders

q-call = Waarover ging het telefoontje?
q-call--sales = Ongewenste telefonische verkoop
q-call--fake-bank = Iemand deed zich voor als bank of politie
q-call--investment = Een aanbod om te beleggen, bv. in crypto
q-call--energy = Een aanbod om van energieleverancier te veranderen
q-call--agreed = Ik zei ja en heb er nu spijt van

q-message = Wat vraagt het bericht u?
q-message--click = Op een link klikken of mijn codes geven
q-message--pay = Een factuur betalen die ik niet ken
q-message--invest = Beleggen of snel geld verdienen
q-message--ads = Niets, het is ongewenste reclame

q-money-gone = Is er al geld van uw rekening verdwenen?
q-money-gone--yes = Ja, er is geld weg
q-money-gone--no = Nee
q-money-gone--unknown = Ik weet het niet

q-letter = Wat kreeg u met de post?
q-letter--bill = Een factuur die ik niet ken
q-letter--debt = Een herinnering of een brief over een schuld
q-letter--ads = Ongewenste reclame
q-letter--parcel = Een pakje dat ik niet bestelde

q-door = Wat gebeurde er aan uw deur?
q-door--signed = Ik tekende iets en heb er spijt van
q-door--pressure = Een verkoper drong aan of wilde niet weg
q-door--energy = Een aanbod voor een energiecontract
q-door--works = Een aanbod voor werken aan mijn huis

q-ad = Waarover gaat het?
q-ad--reduction = Een valse korting of valse solden
q-ad--misleading = Reclame die liegt of iets verzwijgt
q-ad--pressure = Ik werd onder druk gezet om te kopen
q-ad--fake-shop = Een webshop die vals lijkt
q-ad--investment = Een aanbod om te beleggen, bv. in crypto
q-ad--social-message = Een verdacht bericht op sociale media

q-utilities = Over welke dienst gaat het?
q-utilities--energy = Elektriciteit of gas
q-utilities--telecom = Internet, gsm of tv

q-energy = Wat is uw probleem met elektriciteit of gas?
q-energy--bill = Mijn factuur klopt niet of is te hoog
q-energy--end = Ik wil mijn contract opzeggen of veranderen
q-energy--sales = Ik kreeg een contract tegen mijn zin
q-energy--meter = Mijn meter of aansluiting
q-energy--other = Iets anders

q-telecom = Wat is uw probleem met internet, gsm of tv?
q-telecom--bill = Mijn factuur klopt niet of is te hoog
q-telecom--paid-sms = Betalende sms'en of diensten op mijn factuur
q-telecom--price = Mijn operator heeft de prijs verhoogd
q-telecom--end = Ik wil mijn contract opzeggen of veranderen
q-telecom--other = Iets anders

q-money = Waarover gaat het?
q-money--bank = Mijn bank, mijn kaart of een betaling
q-money--credit = Een lening of krediet
q-money--debt = Schulden of een incassobureau
q-money--insurance = Een verzekering
q-money--investment = Een belegging die verdacht lijkt
q-money--other = Iets anders

q-debt-what = Wat hebt u ontvangen?
q-debt-what--reminder = Een herinnering met kosten of intresten
q-debt-what--collector = Een brief van een incassobureau, deurwaarder of advocaat

q-bank = Wat is er gebeurd?
q-bank--not-mine = Een betaling die ik niet heb gedaan
q-bank--card-lost = Mijn kaart is verloren of gestolen
q-bank--tricked = Ik werd misleid en deed zelf een overschrijving
q-bank--service = Kosten of slechte service van mijn bank
q-bank--account = Een bank weigert of sluit mijn rekening

q-insurance = Wat is het probleem met uw verzekering?
q-insurance--claim = Ze weigert te betalen of betaalt te weinig
q-insurance--end = Ik wil mijn verzekering opzeggen
q-insurance--new = Ik wil een nieuwe verzekering afsluiten

q-trip-car-works = Over welk van deze onderwerpen gaat het?
q-trip-car-works--travel = Een reis, vakantie of vlucht
q-trip-car-works--event = Een ticket voor een concert of evenement
q-trip-car-works--car = Een auto die ik kocht of liet herstellen
q-trip-car-works--works = Bouw- of renovatiewerken

q-travel = Wat is er met uw reis gebeurd?
q-travel--package = Mijn pakketreis werd geannuleerd of gewijzigd
q-travel--flight = Mijn vlucht had vertraging of werd geschrapt
q-travel--train = Een probleem met een treinreis
q-travel--eu = Het reisbureau zit in een ander EU-land
q-travel--other = Iets anders

q-event = Wat is het probleem met uw ticket?
q-event--cancelled = Het evenement werd geannuleerd of verplaatst
q-event--cant-go = Ik kan niet meer gaan en wil mijn geld terug
q-event--resale = Ik kocht het bij een doorverkoper
q-event--fake = Het ticket is vals of kwam nooit aan

q-car = Wat is het probleem met uw auto?
q-car--defect = De auto die ik kocht heeft een gebrek
q-car--mileage = De kilometerstand lijkt vals
q-car--repair = Een herstelling of onderhoud bij een garage

q-car-seller = Van wie kocht u de auto?
q-car-seller--dealer-be = Een garage of dealer in België
q-car-seller--dealer-eu = Een verkoper in een ander EU-land
q-car-seller--private = Een particulier

q-works = Wat is het probleem met de werken?
q-works--defects = Slecht werk of schade na de werken
q-works--quote = Een offerte, voorschot of onafgewerkt werk
q-works--door = Een vakman kwam ongevraagd aan mijn deur
