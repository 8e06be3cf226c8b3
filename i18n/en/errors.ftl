# Form field errors, shown under the field. Ids are cc_core::FieldError::key().
# Only err-too-long has a variable: $max, the largest number of characters allowed.

err-required = Please fill in this field.
err-choice-required = Please choose one of the options.
err-date-required = Please choose a date.
err-date-future = This date is in the future: please choose today or an earlier day.
err-too-long = This text is too long: { $max } characters at most.
err-enterprise-format = An enterprise number has 10 digits and starts with 0 or 1, for example 0123.456.749.
err-enterprise-checksum = This enterprise number does not exist: please check the digits.
err-email = This e-mail address is not complete: please check it, for example name@example.be.
err-phone = This phone number is not valid: please check it, for example 0470 12 34 56.
err-postal-code = A Belgian postal code has 4 digits, for example 1000.
err-amount = Please enter an amount in euros, for example 49,99.
err-amount-negative = The amount cannot be negative.
err-amount-decimals = Please use at most 2 digits for the cents, for example 49,99.
err-amount-too-large = This amount is too large: please check it.
err-website = This website address is not valid: please check it, for example www.example.be.
err-description-required = Please describe what happened, in your own words.
err-identity-choice = Please choose: report anonymously or with your name.
err-consent-share = To send your report, please agree that it is shared with the Economic Inspection.
err-contact-needs-channel = To be contacted, please give an e-mail address or a phone number.
err-consent-required = Please tick this box to send the form.
err-postal-address = Please give a full postal address: street and number, postal code and town (and the country for an address abroad).
err-contact-one-of = Please give at least one way to reach you: an e-mail address, a phone number or a postal address.
