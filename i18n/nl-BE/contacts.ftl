# Nuttige nummers (Belgisch Nederlands): naam en wanneer u ze gebruikt.

contact-contact-center-name = Contact Center van de FOD Economie
contact-contact-center-when = Vragen over uw rechten als consument. Gratis, van maandag tot vrijdag, van 9 tot 17 uur

contact-card-stop-name = Card Stop
contact-card-stop-when = Kaart verloren of gestolen, of kaartgegevens aan een oplichter gegeven: laat ze blokkeren

contact-police-name = Politie
contact-police-when = Geld verloren door oplichting: dien klacht in bij uw lokale politie. Alleen bij nood: 101 (of 112)

contact-safeonweb-name = Safeonweb – cyberveiligheid
contact-safeonweb-when = Stuur verdachte e-mails en sms-berichten door naar het adres hier

contact-ecc-belgium-name = Europees Centrum voor de Consument België
contact-ecc-belgium-when = Verkoper in een ander EU-land, IJsland, Noorwegen of het Verenigd Koninkrijk

contact-do-not-call-name = Bel-me-niet-meer
contact-do-not-call-when = Geen commerciële oproepen meer: bel dit nummer vanaf het nummer dat u wilt beschermen

contact-fsma-name = FSMA – financiële markten
contact-fsma-when = Beleggingsaanbod: kijk of een firma een vergunning heeft en lees de waarschuwingen

contact-brugel-name = Brugel – energie in Brussel
contact-brugel-when = Elektriciteit en gas in Brussel: aansluiting, meter, netbeheerder

contact-cwape-name = CWaPE – energie in Wallonië
contact-cwape-when = Elektriciteit en gas in Wallonië: aansluiting, meter, netbeheerder

contact-vreg-name = VREG – energie in Vlaanderen
contact-vreg-when = Elektriciteit en gas in Vlaanderen: meters en netbeheerder; geschillen: Ombudsdienst voor Energie

contact-air-passengers-name = FOD Mobiliteit – passagiersrechten
contact-air-passengers-when = Vlucht vertraagd, geannuleerd of overboekt, en na 6 weken geen goed antwoord van de maatschappij

contact-product-contact-point-name = FOD Economie – gevaarlijke producten
contact-product-contact-point-when = Een product dat gevaarlijk lijkt, of een terugroeping: meld het (niet voor voeding)
