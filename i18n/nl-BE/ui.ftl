# De eigen teksten van de kiosk (Belgisch Nederlands). De sleutels zijn gemeenschappelijk voor de vier talen; tests
# controleren dat elke taal precies dezelfde sleutels heeft.

app-name = ConsumerConnect
lang-short = NL
lang-name = Nederlands

start-welcome = Welkom
start-touch = Kies uw taal om te beginnen. Uw vragen en meldingen over consumentenrechten, op één plek.

nav-back = Terug

home-title = ConsumerConnect
home-question = Wat kunnen we voor u doen?
home-report = Een praktijk melden
home-report-text = Meld een oneerlijke of bedrieglijke praktijk van een onderneming aan de Economische Inspectie. U kunt anoniem blijven.

step-of = Stap { $value }
step-theme = Onderwerp
step-company = Onderneming
step-facts = De feiten
step-about = Over u
step-review = Overzicht

report-theme-title = Waarover gaat het?
report-theme-hint = Kies het onderwerp dat het best bij uw probleem past.
report-company-title = Om welke onderneming gaat het?
report-company-hint = Vul in wat u weet. Alleen de naam is verplicht.
report-about-title = Over u
report-about-hint = U kiest zelf: anoniem melden, of uw naam geven zodat de Inspectie u kan contacteren als dat nodig is.
report-review-title = Kijk uw melding na
report-review-hint = Tik op "Wijzigen" om een antwoord aan te passen. Er wordt niets verzonden voordat u bevestigt.
report-next = Volgende
report-back-to-review = Terug naar het overzicht
report-confirm = Verzenden

field-company-name = Naam van de onderneming
field-website = Website
field-enterprise-number = Ondernemingsnummer
field-enterprise-number-hint = Niet verplicht. 10 cijfers, bijvoorbeeld 0123.456.749
field-address = Adres van de onderneming
field-facts-date = Wanneer is het gebeurd?
field-facts-date-none = Tik op een dag in de kalender.
field-channel = Hoe had u contact met de onderneming?
field-amount = Bedrag in kwestie (euro)
field-amount-hint = Niet verplicht. Bijvoorbeeld 49,99
field-description = Wat is er gebeurd?
field-description-hint = Beschrijf de feiten in uw eigen woorden.
field-counter = { $value } / { $max } tekens
# The day of a date written out (German: "2. November 2026").
date-day = { $value }
field-name = Voornaam en naam
field-email = E-mail
field-phone = Telefoon of gsm
field-postal-code = Postcode

date-prev-year = Vorig jaar
date-prev-month = Vorige maand
date-next-month = Volgende maand
date-next-year = Volgend jaar

identity-anonymous = Anoniem melden
identity-named = Mijn naam geven
identity-anonymous-note = Uw melding wordt zonder uw naam verzonden. Het enige verschil: de Inspectie kan u niet contacteren als ze meer informatie nodig heeft. Anoniem of niet, ze laat niemand weten wat ze met een melding gedaan heeft.
consent-share = Ik ga ermee akkoord dat mijn melding aan de Economische Inspectie wordt doorgegeven.
consent-contact = De Inspectie mag mij over deze melding contacteren.

review-edit = Wijzigen
review-empty = (niet ingevuld)
review-theme = Onderwerp
review-company-name = Onderneming
review-website = Website
review-enterprise-number = Ondernemingsnummer
review-address = Adres
review-facts-date = Datum van de feiten
review-channel = Contact
review-amount = Bedrag
review-description = Wat er gebeurd is
review-identity = Identiteit
review-name = Naam
review-email = E-mail
review-phone = Telefoon
review-postal-code = Postcode
review-consent-contact = Contact toegestaan
review-yes = Ja
review-no = Nee

save-failed = Uw melding kon niet op deze terminal worden opgeslagen. Er is niets verloren: uw antwoorden staan er nog. Probeer het opnieuw, of vraag een medewerker om hulp.
save-failed-close = Terug naar mijn melding

forms-closed-title = Deze terminal kan op dit moment geen formulieren versturen
forms-closed-text = Deze terminal kan op dit moment geen formulieren opslaan. U kunt wel de informatie lezen, zoeken en „Een oplossing vinden” gebruiken. Wilt u een praktijk melden, kom dan later terug of vraag het aan een medewerker.
forms-closed-ok = Ik begrijp het
forms-closed-tile = Op dit moment niet beschikbaar

receipt-title = Uw melding is geregistreerd
receipt-thanks = Dank u. Uw melding is geregistreerd.
receipt-reference = Referentie
receipt-code = Opvolgingscode
receipt-keep = Schrijf beide codes op of scan de QR-code: u hebt ze allebei nodig om uw dossier op te volgen.
receipt-next-title = Wat gebeurt er nu?
receipt-next-text = Uw melding gaat naar de Economische Inspectie van de FOD Economie. Die gebruikt de meldingen om te beslissen welke ondernemingen ze controleert. Ze lost geen individuele geschillen op en laat u niet weten wat haar onderzoeken opleveren.
receipt-qr = Scan om uw dossier thuis op te volgen
receipt-home = Terug naar het menu

timeout-title = Bent u er nog?
timeout-countdown = Om uw privacy te beschermen, worden uw antwoorden over { $value } { $value ->
        [one] seconde
       *[other] seconden
    } gewist.
timeout-more-time = Doorgaan
timeout-touch = Raak ‘{ timeout-more-time }’ aan om uw antwoorden te bewaren.

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = ma
weekday-2 = di
weekday-3 = wo
weekday-4 = do
weekday-5 = vr
weekday-6 = za
weekday-7 = zo
