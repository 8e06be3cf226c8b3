# Textes du thème Assurances (français de Belgique) : titres des sujets et pages d'information.

topic-insurance-contracts = Contrats d'assurance
topic-insurance-claims = Sinistres et indemnisation

page-insurance-end-contract-title = Résilier un contrat d'assurance
page-insurance-end-contract-rule = La plupart des assurances non-vie, comme l'assurance auto ou incendie, durent 1 an et se renouvellent automatiquement. Vous pouvez y mettre fin à la date d'échéance annuelle, avec un préavis d'au moins 2 mois. Après la première année, vous pouvez aussi résilier un tel contrat à tout moment, avec un préavis de 2 mois. Envoyez votre résiliation par écrit et gardez une preuve. L'assurance vie suit d'autres règles : consultez votre contrat.
page-insurance-end-contract-now =
    1. Trouvez la date d'échéance annuelle dans votre police ou sur votre dernier avis d'échéance.
    2. Envoyez votre résiliation par écrit, par exemple par lettre recommandée, et gardez la preuve d'envoi.
    3. L'assurance auto est obligatoire : veillez à ce que la nouvelle assurance commence quand l'ancienne se termine.
    4. Un désaccord avec l'assureur ? Plaignez-vous d'abord à votre courtier ou à l'assureur, puis à l'Ombudsman des Assurances.
page-insurance-end-contract-words = annuler, préavis, échéance, reconduction, assurance auto, assurance incendie, prime, police, changer d'assureur, lettre recommandée

page-insurance-new-contract-title = Souscrire une nouvelle assurance
page-insurance-new-contract-rule = Avant de signer, comparez plusieurs offres, et pas seulement le prix : regardez ce qui est couvert, ce qui est exclu et la franchise, c'est-à-dire la part du dommage que vous payez vous-même. Répondez correctement aux questions de l'assureur : une information fausse ou incomplète peut poser problème en cas de sinistre. Pour certains contrats, vous pouvez encore renoncer peu après la signature. Les courtiers et agents d'assurances doivent être inscrits auprès de la FSMA.
page-insurance-new-contract-now =
    1. Demandez les conditions générales et particulières par écrit. Lisez les exclusions et la franchise.
    2. Vérifiez que vous n'êtes pas assuré deux fois pour le même risque, par exemple via un autre contrat.
    3. Vérifiez sur le site de la FSMA que le courtier ou l'agent est bien inscrit.
    4. Gardez une copie de tout ce que vous signez et des réponses que vous avez données.
page-insurance-new-contract-words = police, offre, devis, prime, couverture, exclusions, franchise, courtier, agent, comparer, renoncer

page-insurance-claim-dispute-title = Votre assureur refuse de payer ou paie trop peu
page-insurance-claim-dispute-rule = Si votre assureur refuse un sinistre ou propose trop peu, demandez-lui d'expliquer sa décision par écrit et d'indiquer la clause de votre police sur laquelle il se base. Plaignez-vous d'abord à votre courtier ou agent, puis au service des plaintes de l'assureur. Sans solution, l'Ombudsman des Assurances peut examiner gratuitement votre dossier et rendre un avis. Il ne traite pas les accidents du travail ni les affaires déjà devant un tribunal.
page-insurance-claim-dispute-now =
    1. Rassemblez votre police, la déclaration de sinistre, les photos, factures, devis et tous les courriers avec l'assureur.
    2. Demandez par écrit pourquoi le sinistre est refusé ou réduit, et quelle clause de la police s'applique.
    3. Plaignez-vous par écrit à votre courtier ou agent, puis au service des plaintes de l'assureur.
    4. Pas de solution ? Envoyez votre plainte à l'Ombudsman des Assurances via son formulaire en ligne, par lettre ou par e-mail.
page-insurance-claim-dispute-words = sinistre, indemnisation, indemnité, rejet, dommage, expert, franchise, courtier, plainte, ombudsman, accident
