# Textes du thème Télécoms (français de Belgique) : titres des sujets et pages d'information.

topic-telecom-contracts = Votre contrat de téléphone et d'internet
topic-telecom-bills = Factures de téléphone et d'internet

page-telecom-end-contract-title = Résilier votre contrat de téléphone ou d'internet
page-telecom-end-contract-rule = Après les 6 premiers mois de votre contrat, vous pouvez le résilier à tout moment, sans frais de résiliation. Si vous résiliez pendant les 6 premiers mois, vous payez seulement l'abonnement jusqu'à la fin du 6e mois. Si vous avez reçu un GSM ou un autre appareil à prix réduit avec le contrat, vous devrez peut-être encore payer sa valeur restante. Cette valeur diminue chaque mois.
page-telecom-end-contract-now =
    1. Retrouvez la date de début de votre contrat (dans le contrat ou sur une facture).
    2. Résiliez par écrit auprès de votre opérateur et gardez une copie. Demandez à votre nouvel opérateur s'il peut s'en charger.
    3. Vérifiez votre dernière facture. Des frais que vous ne devez pas ? Contestez-les par écrit auprès de l'opérateur.
    4. Pas de solution ? Adressez-vous au Service de médiation pour les télécommunications.
page-telecom-end-contract-words = annuler, arrêter l'abonnement, GSM, télévision, préavis, frais de résiliation, changer d'opérateur, quitter, téléphone à prix réduit, mobile

page-telecom-price-change-title = Votre opérateur augmente ses prix
page-telecom-price-change-rule = Un opérateur doit vous annoncer un changement de ses prix ou conditions au moins 1 mois à l'avance. S'il augmente ses prix, vous pouvez résilier sans frais dans les 3 mois après en avoir été informé, même un contrat à durée déterminée (pas pour une indexation prévue au contrat). Dans tous les cas, si votre contrat a plus de 6 mois, vous pouvez le résilier à tout moment sans frais de résiliation.
page-telecom-price-change-now =
    1. Lisez le message de votre opérateur : ce qui change, de combien et à partir de quelle date.
    2. Comparez les autres offres. Après 6 mois de contrat, vous pouvez changer d'opérateur sans frais de résiliation.
    3. Vous doutez que ce changement soit permis ? Posez la question au Contact Center du SPF Économie.
    4. Vous n'êtes pas d'accord ? Plaignez-vous par écrit à l'opérateur, puis au Service de médiation pour les télécommunications.
page-telecom-price-change-words = augmentation, plus cher, tarif, indexation, abonnement, nouvelles conditions, modification du contrat, GSM, internet, hausse

page-telecom-bill-dispute-title = Vous contestez votre facture de téléphone ou d'internet
page-telecom-bill-dispute-rule = Si vous pensez qu'une facture est erronée, plaignez-vous d'abord auprès de votre opérateur, de préférence par écrit. Sans solution, adressez-vous au Service de médiation pour les télécommunications. Il accepte uniquement les plaintes écrites et vous devez prouver que vous avez d'abord contacté l'opérateur. Ne tardez pas : il peut refuser si votre plainte à l'opérateur date de plus d'un an. Une fois votre plainte acceptée, l'opérateur ne peut pas vous réclamer le montant contesté pendant 4 mois maximum.
page-telecom-bill-dispute-now =
    1. Écrivez à votre opérateur : quelle facture, quel montant vous contestez et pourquoi. Gardez une copie de votre lettre et de la réponse.
    2. Payez la partie de la facture que vous ne contestez pas.
    3. Pas de réponse ou pas de solution ? Écrivez au Service de médiation pour les télécommunications et joignez vos lettres et factures.
page-telecom-bill-dispute-words = facture erronée, trop cher, montant, erreur, plainte, GSM, médiateur, ombudsman, remboursement, rappel

page-premium-sms-title = SMS et services payants sur votre facture de téléphone
page-premium-sms-rule = Certains SMS, numéros de téléphone et applications sont payants et leur prix est ajouté à votre facture de téléphone, parfois sous forme d'abonnement qui coûte chaque semaine ou chaque mois. Ces frais commencent souvent après un clic sur une publicité, un jeu ou un concours. Une entreprise ne peut pas vous faire payer un service que vous n'avez pas commandé. Vous pouvez faire arrêter ces frais et contester ceux que vous n'avez pas acceptés.
page-premium-sms-now =
    1. Regardez le détail de votre facture : quel numéro ou service, depuis quand et pour quel montant.
    2. Demandez à votre opérateur comment arrêter l'abonnement, et demandez-lui de bloquer les services payants sur votre ligne.
    3. Contestez ces frais par écrit auprès de l'opérateur. Pas de solution ? Contactez le Service de médiation pour les télécommunications.
    4. Vous n'avez jamais commandé ce service ? Signalez la pratique.
page-premium-sms-words = SMS premium, numéro surtaxé, 0900, abonnement caché, frais inconnus, paiement mobile, bloquer, jeu, concours, sonnerie
