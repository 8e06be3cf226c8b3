# Erreurs des champs de formulaire, affichées sous le champ. Ids : cc_core::FieldError::key().
# Seul err-too-long a une variable : $max, le nombre maximal de caractères.

err-required = Veuillez remplir ce champ.
err-choice-required = Veuillez choisir une des options.
err-date-required = Veuillez choisir une date.
err-date-future = Cette date est dans le futur : choisissez aujourd'hui ou un jour précédent.
err-too-long = Ce texte est trop long : { $max } caractères au maximum.
err-enterprise-format = Un numéro d'entreprise a 10 chiffres et commence par 0 ou 1, par exemple 0123.456.749.
err-enterprise-checksum = Ce numéro d'entreprise n'existe pas : veuillez vérifier les chiffres.
err-email = Cette adresse e-mail n'est pas complète : veuillez la vérifier, par exemple nom@exemple.be.
err-phone = Ce numéro de téléphone n'est pas valable : veuillez le vérifier, par exemple 0470 12 34 56.
err-postal-code = Un code postal belge a 4 chiffres, par exemple 1000.
err-amount = Veuillez indiquer un montant en euros, par exemple 49,99.
err-amount-negative = Le montant ne peut pas être négatif.
err-amount-decimals = Indiquez au maximum 2 chiffres pour les cents, par exemple 49,99.
err-amount-too-large = Ce montant est trop élevé : veuillez le vérifier.
err-website = Cette adresse de site web n'est pas valable : veuillez la vérifier, par exemple www.exemple.be.
err-description-required = Veuillez décrire ce qui s'est passé, avec vos propres mots.
err-identity-choice = Veuillez choisir : signaler de manière anonyme ou avec votre nom.
err-consent-share = Pour envoyer votre signalement, veuillez accepter qu'il soit transmis à l'Inspection économique.
err-contact-needs-channel = Pour être contacté, veuillez indiquer une adresse e-mail ou un numéro de téléphone.
err-consent-required = Veuillez cocher cette case pour envoyer le formulaire.
err-postal-address = Veuillez indiquer une adresse postale complète : rue et numéro, code postal et localité (et le pays pour une adresse à l'étranger).
err-contact-one-of = Veuillez indiquer au moins un moyen de vous joindre : une adresse e-mail, un numéro de téléphone ou une adresse postale.
