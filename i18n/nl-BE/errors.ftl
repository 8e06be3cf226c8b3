# Foutmeldingen bij formuliervelden, getoond onder het veld. Ids: cc_core::FieldError::key().
# Alleen err-too-long heeft een variabele: $max, het maximale aantal tekens.

err-required = Vul dit veld in.
err-choice-required = Kies een van de mogelijkheden.
err-date-required = Kies een datum.
err-date-future = Deze datum ligt in de toekomst: kies vandaag of een vroegere dag.
err-too-long = Deze tekst is te lang: maximaal { $max } tekens.
err-enterprise-format = Een ondernemingsnummer heeft 10 cijfers en begint met 0 of 1, bijvoorbeeld 0123.456.749.
err-enterprise-checksum = Dit ondernemingsnummer bestaat niet: controleer de cijfers.
err-email = Dit e-mailadres is niet volledig: controleer het, bijvoorbeeld naam@voorbeeld.be.
err-phone = Dit telefoonnummer is niet geldig: controleer het, bijvoorbeeld 0470 12 34 56.
err-postal-code = Een Belgische postcode heeft 4 cijfers, bijvoorbeeld 1000.
err-amount = Vul een bedrag in euro in, bijvoorbeeld 49,99.
err-amount-negative = Het bedrag kan niet negatief zijn.
err-amount-decimals = Gebruik maximaal 2 cijfers voor de centen, bijvoorbeeld 49,99.
err-amount-too-large = Dit bedrag is te hoog: controleer het.
err-website = Dit websiteadres is niet geldig: controleer het, bijvoorbeeld www.voorbeeld.be.
err-description-required = Beschrijf in uw eigen woorden wat er gebeurd is.
err-identity-choice = Kies: anoniem melden of met uw naam.
err-consent-share = Om uw melding te versturen, moet u ermee akkoord gaan dat ze aan de Economische Inspectie wordt bezorgd.
err-contact-needs-channel = Om gecontacteerd te worden, geeft u een e-mailadres of een telefoonnummer op.
err-consent-required = Vink dit vakje aan om het formulier te versturen.
err-postal-address = Geef een volledig postadres: straat en nummer, postcode en gemeente (en het land voor een adres in het buitenland).
err-contact-one-of = Geef minstens één manier om u te bereiken: een e-mailadres, een telefoonnummer of een postadres.
