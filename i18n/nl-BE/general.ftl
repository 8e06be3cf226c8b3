# Algemene pagina's zonder thema (Belgisch Nederlands).

page-contact-center-title = Staat uw situatie er niet bij? Vraag het aan het Contact Center
page-contact-center-rule = Het Contact Center van de FOD Economie beantwoordt uw vragen over uw rechten als consument. Bel gratis naar 0800 120 33, van maandag tot vrijdag van 9 tot 17 uur, of mail naar info.eco@economie.fgov.be. Leg kort uit wat er gebeurd is, wanneer en met welke onderneming.
page-contact-center-now =
    1. Noteer wat er gebeurd is en wanneer, de naam van de onderneming en wat u al gedaan hebt.
    2. Houd uw documenten bij de hand: factuur, contract, brieven of e-mails.
    3. Bel 0800 120 33 (gratis), van maandag tot vrijdag van 9 tot 17 uur, of mail naar info.eco@economie.fgov.be.
page-contact-center-words = vraag, hulp, informatie, advies, gratis nummer, inlichtingen, ander probleem, FOD Economie, bellen, e-mail
