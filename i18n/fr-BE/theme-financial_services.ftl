# Textes du thème Services financiers (français de Belgique) : titres des sujets et pages d'information.

topic-finance-credit = Crédits et dettes
topic-finance-bank = Votre banque

page-consumer-credit-title = Emprunter de l'argent : prêt et crédit à la consommation
page-consumer-credit-rule = Un crédit à la consommation (prêt personnel, prêt auto, carte de crédit, découvert) coûte de l'argent. Comparez le montant total que vous allez rembourser, pas seulement la mensualité. Hormis les banques, les prêteurs doivent être agréés par la FSMA, et les intermédiaires de crédit doivent être inscrits auprès d'elle. En principe, vous pouvez renoncer au crédit dans les 14 jours après la signature : votre contrat indique comment. En cas de problème, plaignez-vous d'abord auprès du prêteur, puis auprès d'Ombudsfin.
page-consumer-credit-now =
    1. Avant de signer, demandez par écrit le coût total et la mensualité, et comparez plusieurs offres.
    2. Vérifiez sur le site de la FSMA que l'intermédiaire est inscrit et que le prêteur, si ce n'est pas une banque, est agréé.
    3. Un problème avec votre crédit ? Écrivez au service des plaintes du prêteur et gardez une copie.
    4. Pas de solution ? Adressez-vous à Ombudsfin. C'est gratuit.
page-consumer-credit-words = financement, carte de crédit, découvert, prêt auto, prêt personnel, intérêts, mensualité, prêteur, rembourser, rétractation, vente à tempérament

page-debt-collection-title = Une société de recouvrement vous réclame de l'argent
page-debt-collection-rule = Une entreprise, une société de recouvrement, un avocat ou un huissier peut vous réclamer une dette. Ils doivent agir correctement : pas de menaces, pas de lettres trompeuses, pas de pressions. Le livre XIX du Code de droit économique vous protège : le premier rappel est gratuit ; l'entreprise doit ensuite attendre au moins 14 jours avant d'ajouter des frais ; indemnités et frais sont plafonnés par la loi (montants : page « Une entreprise vous facture des frais de rappel »). Avant de payer, vérifiez que la dette est bien la vôtre et que le montant est correct. Vous pouvez en demander la preuve.
page-debt-collection-now =
    1. Lisez la lettre : qui est le créancier d'origine, à quoi correspond la dette, quelle part sont des frais ou des intérêts.
    2. Vous contestez la dette ou les frais ? Dites-le par écrit, avec vos raisons, et gardez une copie.
    3. Impossible de tout payer d'un coup ? Proposez par écrit un plan de paiement. Votre CPAS peut vous aider.
    4. Menaces ou pressions abusives ? Signalez la pratique.
page-debt-collection-words = huissier, avocat, rappel, frais de rappel, mise en demeure, facture impayée, frais, intérêts, plan de paiement, menace, dette, créancier

page-bank-complaint-title = Un problème avec votre banque
page-bank-complaint-rule = Pour un problème avec une banque, un paiement, un crédit ou un placement, envoyez d'abord une plainte écrite au service des plaintes de l'établissement. Sans réponse ou sans solution, vous pouvez vous adresser à Ombudsfin, l'Ombudsman en conflits financiers. C'est gratuit. Il rend un avis, mais la banque n'est pas obligée de le suivre. Ne tardez pas : il peut refuser si votre plainte à l'établissement date de plus d'un an.
page-bank-complaint-now =
    1. Écrivez au service des plaintes de votre banque : ce qui s'est passé, les dates, les montants et ce que vous demandez.
    2. Gardez une copie de tout : extraits de compte, contrat, lettres et e-mails.
    3. Pas de solution ? Envoyez votre plainte à Ombudsfin par lettre, par e-mail ou via son formulaire en ligne.
page-bank-complaint-words = plainte, compte, frais bancaires, virement, placement, épargne, ombudsman, litige, carte bancaire, agence

page-unauthorised-payment-title = Un paiement que vous n'avez pas fait vous-même
page-unauthorised-payment-rule =
    Cette page concerne seulement les paiements que vous n'avez pas faits vous-même : carte perdue ou volée, codes volés, débit inconnu. Les règles (livre VII du Code de droit économique) :
    • Prévenez votre banque sans tarder.
    • Elle doit vous rembourser immédiatement, au plus tard à la fin du jour ouvrable suivant.
    • Avant de l'avoir prévenue, vous supportez au maximum 50 EUR, sauf fraude ou négligence grave de votre part, que la banque doit prouver.
    Vous avez fait vous-même un virement à un escroc ? Ces règles ne s'appliquent pas : voyez la page « Piégé, vous avez fait un virement à un escroc ».
page-unauthorised-payment-now =
    1. Appelez Card Stop au 078 170 170 pour bloquer votre carte, puis appelez tout de suite votre banque.
    2. Demandez par écrit à votre banque de rembourser les paiements que vous n'avez pas faits. Gardez une copie.
    3. Portez plainte auprès de votre police locale et gardez la référence de votre plainte (numéro de PV).
    4. La banque refuse ? Plaignez-vous à son service des plaintes, puis à Ombudsfin.
page-unauthorised-payment-words = fraude, phishing, hameçonnage, carte volée, carte perdue, bloquer la carte, arnaque, remboursement, débit inconnu, Card Stop

page-reminder-fees-title = Une entreprise vous facture des frais de rappel
page-reminder-fees-rule = Le premier rappel d'une facture impayée doit être gratuit. L'entreprise ne peut réclamer des frais, une indemnité ou des intérêts que si votre contrat le prévoit, et au plus tôt 14 jours après ce rappel. L'indemnité forfaitaire est plafonnée par la loi :
    • dette jusqu'à 150 EUR : 20 EUR au maximum
    • jusqu'à 500 EUR : 30 EUR + 10 % de la partie au-delà de 150 EUR
    • au-delà de 500 EUR : 65 EUR + 5 % de la partie au-delà de 500 EUR, 2 000 EUR au maximum
page-reminder-fees-now =
    1. Lisez la lettre : est-ce le premier rappel ? Réclame-t-elle déjà des frais ? Gardez la lettre, l'enveloppe ou l'e-mail.
    2. Vous doutez de la dette ? Demandez par écrit à l'entreprise une preuve de la dette. Gardez une copie.
    3. Frais trop élevés ou réclamés trop tôt ? Contestez-les par écrit et payez la partie que vous ne contestez pas.
    4. L'entreprise refuse ? Demandez une médiation et signalez la pratique à l'Inspection économique.
page-reminder-fees-words = rappel, frais de rappel, retard de paiement, facture impayée, indemnité, intérêts de retard, pénalité, mise en demeure, clause pénale, frais de recouvrement, payé en retard

page-tricked-transfer-title = Piégé, vous avez fait un virement à un escroc
page-tricked-transfer-rule = Un faux employé de banque, une fausse facture ou un faux vendeur vous a poussé à faire vous-même un virement ? Les règles qui vous protègent contre les paiements non autorisés ne s'appliquent alors pas. En principe, votre banque n'est pas obligée de rembourser un paiement que vous avez fait vous-même. Agissez très vite : un virement peut parfois encore être arrêté. Quelqu'un d'autre a utilisé votre carte ou vos codes ? Voyez la page « Un paiement que vous n'avez pas fait vous-même ».
page-tricked-transfer-now =
    1. Appelez tout de suite votre banque : demandez-lui d'essayer d'arrêter ou de récupérer le virement.
    2. Vous avez donné vos données de carte ou vos codes ? Appelez Card Stop au 078 170 170 pour bloquer la carte.
    3. Portez plainte auprès de votre police locale. Gardez la référence (numéro de PV) et transmettez-la à votre banque.
    4. Vous avez reçu un message de l'escroc ? Transférez-le à Safeonweb (adresse sur cette page). Signalez l'arnaque à l'Inspection économique.
    5. Votre banque a commis une faute, selon vous ? Plaignez-vous à son service des plaintes, puis à Ombudsfin.
page-tricked-transfer-words = arnaque, escroquerie, fraude, virement, faux employé de banque, fausse facture, faux vendeur, compte sûr, récupérer un virement, argent perdu, mauvais compte, spoofing

page-basic-bank-account-title = Le service bancaire de base : un droit à un compte
page-basic-bank-account-rule = Tout consommateur qui réside légalement dans l'UE a droit au service bancaire de base : un compte à vue avec une carte de débit pour déposer et retirer de l'argent, faire des virements, des ordres permanents, des domiciliations et payer par carte, sans découvert. Toute banque en Belgique qui offre des comptes à vue aux consommateurs doit le proposer. Elle ne peut refuser que si :
    • vous avez déjà ce service ou un autre compte à vue en Belgique
    • vous avez au moins 6 000 EUR sur des comptes, ou des crédits d'au moins 6 000 EUR
    • vous avez enfreint la loi contre le blanchiment d'argent
page-basic-bank-account-now =
    1. Demandez le service bancaire de base à la banque, avec son formulaire de demande. Gardez une copie.
    2. Refus ? Demandez-en le motif par écrit.
    3. Plaignez-vous au service des plaintes de la banque. Pas de solution ? Adressez-vous à Ombudsfin. C'est gratuit.
page-basic-bank-account-words = compte bancaire, compte à vue, compte refusé, pas de compte, carte de débit, carte bancaire, compte clôturé, exclusion bancaire, règlement collectif de dettes, réfugié, sans-abri
