# Bemiddelingsdiensten (Belgisch Nederlands): naam, bevoegdheid, voorwaarden, wat u klaarlegt, kostprijs.

service-cms-name = Consumentenombudsdienst
service-cms-scope = Elk geschil met een onderneming die in België gevestigd is, als geen sectorale dienst bevoegd is; de dienst bezorgt uw dossier ook aan de juiste dienst.
service-cms-conditions =
    1. U hebt eerst geprobeerd het probleem met de onderneming op te lossen, en u kunt dat aantonen.
    2. Uw klacht bij de onderneming is minder dan 1 jaar oud.
    3. U geeft uw naam en contactgegevens: anonieme aanvragen worden geweigerd.
    4. De zaak ligt niet bij een rechtbank of bij een andere ombudsdienst.
service-cms-prepare =
    1. Uw naam, geboortedatum, adres, telefoonnummer en e-mailadres.
    2. De juiste naam en het adres van de onderneming.
    3. Kasticket, contract, facturen, bestelbon of leveringsbon.
    4. Uw brieven of e-mails aan de onderneming en haar antwoorden.
    5. De oplossing die u wenst.
service-cms-cost = Gratis.

service-ombudsfin-name = Ombudsfin – Ombudsman in financiële geschillen
service-ombudsfin-scope = Geschillen met een bank, kredietgever of andere financiële instelling: rekeningen, betalingen, kredieten en beleggingen.
service-ombudsfin-conditions =
    1. Dien eerst een schriftelijke klacht in bij de klachtendienst van de bank of kredietgever.
    2. Uw aanvraag kan geweigerd worden als die klacht meer dan 1 jaar oud is.
    3. De instelling moet aangesloten zijn bij Ombudsfin (leden van Febelfin, de federatie van de financiële sector, zijn dat).
service-ombudsfin-prepare =
    1. Uw klacht aan de klachtendienst van de instelling en haar antwoord.
    2. Het contract, de rekeninguittreksels of de kredietdocumenten.
    3. De data, bedragen en rekening- of contractnummers in kwestie.
    4. Uw naam, adres en contactgegevens.
service-ombudsfin-cost = Gratis. De ombudsman geeft een advies; de bank moet het niet volgen.

service-ombudsman-insurance-name = Ombudsman van de Verzekeringen
service-ombudsman-insurance-scope = Geschillen met een verzekeraar of een verzekeringstussenpersoon over een verzekeringscontract naar Belgisch recht.
service-ombudsman-insurance-conditions =
    1. Het beste eerst: klaag bij uw makelaar of agent, daarna bij de klachtendienst van de verzekeraar.
    2. Niet voor arbeidsongevallen, en niet voor een zaak die al bij een rechtbank ligt.
    3. Uw klacht gebeurt schriftelijk: onlineformulier, brief of e-mail.
service-ombudsman-insurance-prepare =
    1. Uw polisnummer en het verzekeringscontract.
    2. Het schadedossiernummer, als er een is.
    3. Uw brieven of e-mails aan de verzekeraar en zijn antwoorden.
    4. Wat u vraagt.
service-ombudsman-insurance-cost = Gratis. De ombudsman geeft een gemotiveerd advies; de verzekeraar moet het niet volgen.

service-energy-mediation-name = Ombudsdienst voor Energie
service-energy-mediation-scope = Geschillen met een leverancier of netbeheerder van elektriciteit of gas, bijvoorbeeld over facturen of contracten.
service-energy-mediation-conditions =
    1. U hebt eerst geklaagd bij uw leverancier of netbeheerder.
    2. In Brussel en Wallonië kunnen problemen met aansluiting, meter en budgetmeter ook naar Brugel of CWaPE.
    3. Zodra uw klacht aanvaard is, wordt het betwiste bedrag niet ingevorderd tot het einde van de procedure.
    4. U mag schrijven in het Nederlands, Frans of Duits.
service-energy-mediation-prepare =
    1. Uw klantnummer en de EAN-code van uw meter (op uw factuur).
    2. De betwiste facturen en uw contract.
    3. Uw klacht aan de leverancier of netbeheerder en het antwoord.
    4. Uw naam, adres en contactgegevens.
service-energy-mediation-cost = Gratis.

service-telecom-mediation-name = Ombudsdienst voor Telecommunicatie
service-telecom-mediation-scope = Geschillen met een telecomoperator: gsm, internet, tv en vaste lijn.
service-telecom-mediation-conditions =
    1. U hebt eerst geklaagd bij uw operator, en u kunt dat bewijzen.
    2. Wacht niet te lang: de dienst kan weigeren als uw klacht bij de operator meer dan 1 jaar oud is.
    3. Uw aanvraag gebeurt schriftelijk; de telefoon is alleen voor informatie.
    4. Zodra uw klacht aanvaard is, wordt het betwiste bedrag maximaal 4 maanden niet ingevorderd.
service-telecom-mediation-prepare =
    1. Uw klantnummer en het telefoon- of lijnnummer in kwestie.
    2. De betwiste facturen en uw contract.
    3. Uw klacht aan de operator en zijn antwoord.
    4. Uw naam, adres en contactgegevens.
service-telecom-mediation-cost = Gratis.

service-postal-mediation-name = Ombudsdienst voor de Postsector
service-postal-mediation-scope = Geschillen met bpost of een ander post- of pakjesbedrijf, als afzender of als bestemmeling.
service-postal-mediation-conditions =
    1. Klaag eerst bij het postbedrijf; voor een bestelde zending eerst bij de verkoper of webshop.
    2. Wacht niet te lang: de dienst kan weigeren als uw klacht bij het bedrijf meer dan 1 jaar oud is.
    3. Uw aanvraag gebeurt schriftelijk, met uw naam en postadres: alleen een e-mailadres volstaat niet.
service-postal-mediation-prepare =
    1. Het trackingnummer of de referentie van de zending.
    2. Het bewijs van verzending of de bestelbevestiging.
    3. Uw klacht aan het bedrijf of de verkoper en het antwoord.
    4. Foto's, als de zending beschadigd is.
service-postal-mediation-cost = Gratis.

service-rail-mediation-name = Ombudsdienst voor treinreizigers
service-rail-mediation-scope = Geschillen met een spoorwegmaatschappij in België (NMBS en andere), met Infrabel of over een stationsparking.
service-rail-mediation-conditions =
    1. Klaag eerst bij de spoorwegmaatschappij; die heeft 1 maand om te antwoorden.
    2. Schrijf daarna naar de ombudsdienst: brief, e-mail, onlineformulier of aan het loket.
service-rail-mediation-prepare =
    1. Uw ticket of abonnement.
    2. De datum, het uur en de trein in kwestie.
    3. Uw klacht aan de spoorwegmaatschappij en haar antwoord.
    4. Uw naam, adres en contactgegevens.
service-rail-mediation-cost = Gratis.

service-ombudsman-trade-name = Ombudsman voor de Handel
service-ombudsman-trade-scope = Geschillen met winkels en webshops die geregistreerd zijn bij de Ombudsman voor de Handel.
service-ombudsman-trade-conditions =
    1. De handelaar moet geregistreerd zijn bij deze ombudsman; is dat niet zo, wend u dan tot de Consumentenombudsdienst.
    2. U hebt de handelaar eerst over het probleem gecontacteerd.
    3. Niet voor een bedrag onder 25 euro, en niet als u de handelaar meer dan 1 jaar geleden contacteerde.
    4. De aanvraag gebeurt online, via zijn website.
service-ombudsman-trade-prepare =
    1. Het kasticket, de factuur of de bestelbevestiging.
    2. Uw berichten aan de handelaar en zijn antwoorden.
    3. Foto's van het product, als dat nuttig is.
    4. De oplossing die u wenst.
service-ombudsman-trade-cost = Gratis voor u: de geregistreerde handelaars betalen de dienst.

service-travel-disputes-name = Geschillencommissie Reizen
service-travel-disputes-scope = Geschillen met een reisorganisator of reisbureau over een pakketreis.
service-travel-disputes-conditions =
    1. Alleen als de voorwaarden van de organisator of het reisbureau naar de Commissie verwijzen, of als beide partijen ermee akkoord gaan.
    2. U hebt eerst schriftelijk geklaagd bij de organisator of het reisbureau.
    3. Verzoening vraagt het akkoord van de andere partij; bij arbitrage is de beslissing bindend.
service-travel-disputes-prepare =
    1. Uw bestelbon, uw contract en de voorwaarden van de organisator.
    2. Het betalingsbewijs.
    3. Uw schriftelijke klacht en het antwoord.
    4. Foto's of ander bewijs van het probleem.
service-travel-disputes-cost = Niet gratis: er worden kosten aangerekend; de huidige bedragen staan op de website.

service-notary-ombudsman-name = Ombudsdienst voor het notariaat
service-notary-ombudsman-scope = Klachten van elke cliënt over een notaris in België.
service-notary-ombudsman-conditions =
    1. Eerst met de notaris praten is aangeraden, maar niet verplicht.
    2. Uw aanvraag gebeurt schriftelijk en vermeldt uw naam: anonieme aanvragen worden geweigerd.
    3. Niet als de zaak bij een rechtbank of in een andere procedure ligt.
    4. U mag schrijven in het Nederlands, Frans, Duits of Engels; het dossier wordt behandeld in het Nederlands of Frans.
service-notary-ombudsman-prepare =
    1. De naam en het kantoor van de notaris.
    2. De akte of het dossier in kwestie, en de datum.
    3. Uw brieven of e-mails aan de notaris.
    4. Het onlineformulier aanvaardt 3 bijlagen: kies de belangrijkste documenten.
service-notary-ombudsman-cost = Gratis. De ombudsman geeft een advies; de notaris moet het niet volgen.

service-construction-conciliation-name = Verzoeningscommissie Bouw
service-construction-conciliation-scope = Technische geschillen tussen een particulier en een aannemer of architect over bouw- of renovatiewerken.
service-construction-conciliation-conditions =
    1. Beide partijen moeten akkoord gaan: een clausule in het contract, of een akkoord dat na het geschil ondertekend is.
    2. Alleen voor technische problemen, bijvoorbeeld vocht, barsten of een lekkend dak.
service-construction-conciliation-prepare =
    1. Het contract en de clausule of het akkoord over verzoening.
    2. Offertes, facturen en plannen.
    3. Foto's van de gebreken.
    4. Uw brieven of e-mails aan de aannemer of architect.
service-construction-conciliation-cost = Niet gratis: elke partij betaalt kosten; het huidige bedrag staat op de website.

service-automoto-conciliation-name = Verzoeningscommissie Automoto
service-automoto-conciliation-scope = Geschillen met een professionele verkoper in België over de aankoop van een nieuwe of tweedehandse auto of motor.
service-automoto-conciliation-conditions =
    1. U hebt eerst geprobeerd het probleem met de verkoper op te lossen, zonder resultaat.
    2. U kocht het voertuig als particulier, van een professionele verkoper in België.
    3. Uw bestelbon moet de Verzoeningscommissie Automoto vermelden; anders kunt u terecht bij de Consumentenombudsdienst.
service-automoto-conciliation-prepare =
    1. De bestelbon en de factuur.
    2. Het bewijs dat u het geschil met de verkoper probeerde op te lossen.
    3. De Car-Pass, voor een tweedehands voertuig.
    4. Foto's of verslagen over het probleem, als u die hebt.
service-automoto-conciliation-cost = Elke partij betaalt eenmalig 80 euro (btw inbegrepen), niet terugbetaald. Een expert kost extra, alleen als u akkoord gaat.

service-ecc-belgium-name = Europees Centrum voor de Consument België
service-ecc-belgium-scope = Geschillen met een handelaar die gevestigd is in een ander EU-land, IJsland, Noorwegen of het Verenigd Koninkrijk.
service-ecc-belgium-conditions =
    1. U woont in België en u kocht als consument bij een onderneming, niet bij een particulier.
    2. De handelaar is gevestigd in een ander EU-land, IJsland, Noorwegen of het Verenigd Koninkrijk.
    3. Indien mogelijk hebt u het probleem al aan de handelaar gemeld.
    4. Het Centrum kan niets doen tegen oplichters: meld die aan de politie en de Economische Inspectie.
service-ecc-belgium-prepare =
    1. Het aankoopbewijs en het betalingsbewijs.
    2. Uw berichten aan de handelaar en zijn antwoorden, in volgorde van datum.
    3. De naam, het adres en de website van de handelaar.
    4. Uw IBAN en BIC, voor een terugbetaling.
    5. U kunt maximaal 8 documenten sturen.
service-ecc-belgium-cost = Gratis.
