# Thème « energy » (français de Belgique) : titres des sujets et textes des pages sur l'électricité et le gaz.

topic-energy-contracts = Votre contrat d'électricité ou de gaz
topic-energy-bills = Factures, compteur et raccordement

page-energy-end-contract-title = Résilier ou changer de contrat d'énergie
page-energy-end-contract-rule = En tant que particulier, vous pouvez mettre fin à votre contrat d'électricité ou de gaz à tout moment, avec un préavis d'un mois. Le fournisseur ne peut pas vous facturer d'indemnité de rupture, même pour un contrat à durée déterminée. Si vous passez chez un autre fournisseur, c'est en général le nouveau qui s'occupe de mettre fin à l'ancien contrat.
page-energy-end-contract-now =
    1. Comparez les offres avec l'outil de comparaison du régulateur de l'énergie de votre région (contacts sur cette page).
    2. Signez chez le nouveau fournisseur : en général, il s'occupe du changement pour vous.
    3. Vous déménagez ? Prévenez votre fournisseur par écrit et donnez les relevés de vos compteurs le jour du déménagement.
    4. On vous réclame quand même une indemnité ? Plaignez-vous au fournisseur, puis au Service de Médiation de l'Énergie.
page-energy-end-contract-words = résiliation, changer de fournisseur, préavis, frais de sortie, amende, électricité, gaz, moins cher, comparer les prix, déménagement

page-energy-sales-practices-title = Vendeurs d'énergie à domicile ou par téléphone
page-energy-sales-practices-rule = Un vendeur d'énergie doit vous donner des informations claires et exactes sur les prix et les conditions, et ne peut pas vous mettre sous pression. Si vous avez signé chez vous, par téléphone ou en ligne, vous avez en général 14 jours pour changer d'avis. De toute façon, vous pouvez résilier un contrat d'énergie à tout moment, avec un mois de préavis et sans frais. Le SPF Économie contrôle les pratiques de vente.
page-energy-sales-practices-now =
    1. Ne donnez votre code EAN ou une facture qu'à un vendeur chez qui vous voulez vraiment signer : ils servent à changer votre contrat.
    2. Vous changez d'avis ? Écrivez au fournisseur dans les 14 jours que vous renoncez au contrat, et gardez une preuve.
    3. Signalez un vendeur trompeur ou insistant à l'Inspection économique.
    4. Litige avec le fournisseur ? Plaignez-vous d'abord à lui par écrit, puis au Service de Médiation de l'Énergie.
page-energy-sales-practices-words = démarchage, porte-à-porte, représentant, télémarketing, EAN, changement de fournisseur, rétractation, pression, électricité, gaz, signature

page-energy-bill-dispute-title = Un problème avec votre facture d'électricité ou de gaz
page-energy-bill-dispute-rule = Plaignez-vous d'abord par écrit auprès de votre fournisseur : sans cette étape, le Service de Médiation de l'Énergie ne peut pas traiter votre dossier. Si la réponse ne vous satisfait pas, ce service vous aide gratuitement, en français, en néerlandais ou en allemand. Une fois votre plainte acceptée, le fournisseur ne peut plus vous réclamer le montant contesté, ni des frais de rappel, jusqu'à la fin de la procédure.
page-energy-bill-dispute-now =
    1. Vérifiez la facture : relevés des compteurs, période, adresse, code EAN et prix prévu par votre contrat.
    2. Écrivez au fournisseur ce qui ne va pas et ce que vous demandez. Gardez une copie. Payez la partie non contestée.
    3. Pas de réponse ou pas de solution ? Adressez-vous au Service de Médiation de l'Énergie avec votre lettre et la facture.
page-energy-bill-dispute-words = décompte annuel, facture de régularisation, acompte, trop cher, index estimé, frais de rappel, remboursement, plainte, médiateur, fournisseur

page-energy-meter-connection-title = Compteur, raccordement ou compteur à budget
page-energy-meter-connection-rule = Les compteurs, le raccordement au réseau et les compteurs à budget sont gérés par votre gestionnaire de réseau de distribution, dont le nom figure sur votre facture. Plaignez-vous d'abord par écrit auprès de lui ou de votre fournisseur. Sans solution : à Bruxelles, adressez-vous à Brugel ; en Wallonie, à la CWaPE. En Flandre, la VREG renvoie ces litiges au Service de Médiation de l'Énergie fédéral.
page-energy-meter-connection-now =
    1. Notez votre code EAN et le numéro du compteur (sur votre facture). Photographiez le compteur et son index.
    2. Écrivez à votre gestionnaire de réseau (ou à votre fournisseur) et expliquez le problème. Gardez une copie.
    3. Pas de solution ? Bruxelles : Brugel. Wallonie : la CWaPE. Flandre : demandez une médiation (Service de Médiation de l'Énergie).
page-energy-meter-connection-words = EAN, index, relevé, compteur intelligent, compteur communicant, gestionnaire de réseau, Sibelga, ORES, RESA, coupure, prépaiement
