# Thema "bouw" (Belgisch Nederlands): titels van de onderwerpen en pagina's over bouwwerken, offertes, voorschotten en renovatie verkocht aan de deur.

topic-construction-works = Bouwwerken en aannemers
topic-construction-renovation = Renovatie verkocht aan de deur

page-construction-defects-title = Gebreken of slecht werk na bouwwerken
page-construction-defects-rule = Een aannemer moet de afgesproken werken uitvoeren, en dat vakkundig. Ziet u gebreken (barsten, lekken, onafgewerkt werk), meld ze dan snel schriftelijk aan de aannemer en geef een redelijke termijn om ze te herstellen. Bij een technisch geschil met een aannemer of een architect kan de Verzoeningscommissie Bouw helpen, maar alleen als u er allebei mee akkoord gaat. Die procedure is niet gratis.
page-construction-defects-now =
    1. Neem gedateerde foto's van elk gebrek. Bewaar de offerte, het contract en de facturen.
    2. Stuur de aannemer een aangetekende brief met de lijst van gebreken en een termijn om ze te herstellen.
    3. Geen oplossing? Stel de aannemer verzoening voor: de commissie treedt alleen op als u allebei akkoord gaat.
page-construction-defects-words = barst, lek, vocht, aannemer, architect, prutswerk, onafgewerkt, werf, dak, tegels, herstelling

page-construction-quote-deposit-title = Offerte en voorschot vóór de werken
page-construction-quote-deposit-rule = Vraag vóór de start van de werken een schriftelijke offerte: wat er gedaan wordt, de materialen, de totale prijs inclusief btw en de termijn. Zodra u ze ondertekent, zijn u en de aannemer eraan gebonden. Vraagt de aannemer een voorschot, leg het bedrag dan schriftelijk vast, betaal via overschrijving en bewaar het bewijs. Wees voorzichtig met een aannemer die vooraf een groot bedrag in contanten wil.
page-construction-quote-deposit-now =
    1. Vraag een schriftelijke offerte aan meerdere aannemers en vergelijk ze voor u tekent.
    2. Betaal een voorschot alleen via overschrijving, nadat u een offerte of contract met het bedrag hebt ondertekend.
    3. Werken niet gestart op de afgesproken datum? Stuur een aangetekende brief met een laatste termijn.
    4. Aannemer verdwenen met uw voorschot? Dien klacht in bij uw lokale politie en meld het aan de Economische Inspectie.
page-construction-quote-deposit-words = prijsofferte, bestek, prijs, aanbetaling, aannemer, werf, werken niet begonnen, cash, contant, btw, handtekening

page-renovation-door-to-door-title = Renovatie verkocht aan de deur: 14 dagen bedenktijd
page-renovation-door-to-door-rule = Hebt u thuis een contract voor werken (dak, isolatie, ramen, verwarming …) getekend, zonder naar de vestiging van het bedrijf te gaan? Dan hebt u in principe 14 dagen om af te zien van het contract, zonder een reden te geven. Werken waarbij goederen geleverd worden (ramen, zonnepanelen, warmtepomp, verwarmingsketel): de 14 dagen beginnen de dag na de levering van de goederen. Werken zonder goederen: de dag na de ondertekening. Heeft de verkoper u niet over dat recht ingelicht, dan wordt de termijn met 12 maanden verlengd. Dit geldt niet voor een contract getekend in een winkel of op een beurs.
page-renovation-door-to-door-now =
    1. Wilt u afzien van het contract? Stuur uw herroeping binnen 14 dagen per aangetekende brief of e-mail, en bewaar een kopie.
    2. Gebruik het herroepingsformulier van het contract als er een is. Een duidelijke brief volstaat ook.
    3. Onder druk gezet, misleid of niet ingelicht over de 14 dagen? Meld de praktijk aan de Economische Inspectie.
page-renovation-door-to-door-words = deurverkoop, colporteur, huis-aan-huis, herroeping, annuleren, opzeggen, dak, isolatie, zonnepanelen, ramen, warmtepomp, verwarmingsketel, druk, thuis getekend
