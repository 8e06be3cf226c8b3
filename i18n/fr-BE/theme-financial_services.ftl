# Textes du thème Services financiers (français de Belgique) : titres des sujets et pages d'information.

topic-finance-credit = Crédits et dettes
topic-finance-bank = Votre banque

page-consumer-credit-title = Emprunter de l'argent : prêt et crédit à la consommation
page-consumer-credit-rule = Un crédit à la consommation (prêt personnel, prêt auto, carte de crédit, découvert) coûte de l'argent. Comparez le montant total que vous allez rembourser, pas seulement la mensualité. Hormis les banques, les prêteurs doivent être agréés par la FSMA, et les intermédiaires de crédit doivent y être inscrits. En principe, vous pouvez renoncer au crédit dans les 14 jours après la signature : votre contrat indique comment. En cas de problème, plaignez-vous d'abord auprès du prêteur, puis auprès d'Ombudsfin.
page-consumer-credit-now =
    1. Avant de signer, demandez par écrit le coût total et la mensualité, et comparez plusieurs offres.
    2. Vérifiez sur le site de la FSMA que l'intermédiaire est inscrit et que le prêteur, si ce n'est pas une banque, est agréé.
    3. Un problème avec votre crédit ? Écrivez au service des plaintes du prêteur et gardez une copie.
    4. Pas de solution ? Adressez-vous à Ombudsfin. C'est gratuit.
page-consumer-credit-words = financement, carte de crédit, découvert, prêt auto, prêt personnel, intérêts, mensualité, prêteur, rembourser, rétractation, vente à tempérament

page-debt-collection-title = Une société de recouvrement vous réclame de l'argent
page-debt-collection-rule = Une entreprise, une société de recouvrement, un avocat ou un huissier de justice peut vous demander de payer une dette. Ils doivent agir correctement : pas de menaces, pas de lettres trompeuses, pas de pressions et pas de frais injustifiés. Avant de payer, vérifiez que la dette est bien la vôtre, que le montant est correct et que vous ne l'avez pas déjà payée. Vous pouvez demander une preuve de la dette.
page-debt-collection-now =
    1. Lisez la lettre : qui est le créancier d'origine, à quoi correspond la dette, quelle part sont des frais ou des intérêts.
    2. Vous contestez la dette ou les frais ? Dites-le par écrit, avec vos raisons, et gardez une copie.
    3. Impossible de tout payer d'un coup ? Proposez par écrit un plan de paiement. Votre CPAS peut vous aider.
    4. Menaces ou pressions abusives ? Signalez la pratique.
page-debt-collection-words = huissier, avocat, rappel, mise en demeure, facture impayée, frais, intérêts, plan de paiement, menace, dette, créancier

page-bank-complaint-title = Un problème avec votre banque
page-bank-complaint-rule = Pour un problème avec une banque, un paiement, un crédit ou un placement, envoyez d'abord une plainte écrite au service des plaintes de l'établissement. Sans réponse ou sans solution, vous pouvez vous adresser à Ombudsfin, l'Ombudsman en conflits financiers. C'est gratuit et son avis n'est pas contraignant. Ne tardez pas : il peut refuser si votre plainte à l'établissement date de plus d'un an.
page-bank-complaint-now =
    1. Écrivez au service des plaintes de votre banque : ce qui s'est passé, les dates, les montants et ce que vous demandez.
    2. Gardez une copie de tout : extraits de compte, contrat, lettres et e-mails.
    3. Pas de solution ? Envoyez votre plainte à Ombudsfin par lettre, par e-mail ou via son formulaire en ligne.
page-bank-complaint-words = plainte, compte, frais bancaires, virement, placement, épargne, ombudsman, litige, carte bancaire, agence

page-unauthorised-payment-title = Un paiement que vous n'avez pas autorisé
page-unauthorised-payment-rule = Si de l'argent a quitté votre compte ou votre carte sans votre accord, par exemple après un message de phishing ou la perte ou le vol de votre carte, réagissez tout de suite : faites bloquer votre carte via Card Stop et prévenez immédiatement votre banque. Plus vous agissez vite, mieux c'est. Votre banque ne vous demandera jamais vos codes par e-mail, SMS ou téléphone. Si de l'argent a été volé, portez aussi plainte à la police.
page-unauthorised-payment-now =
    1. Appelez Card Stop au 078 170 170 pour bloquer votre carte, puis appelez tout de suite votre banque.
    2. Si de l'argent a été volé, portez plainte à la police et gardez la référence de votre plainte (numéro de PV).
    3. Demandez par écrit à votre banque de rembourser les paiements que vous n'avez pas autorisés. Joignez une copie du PV.
    4. La banque refuse ? Plaignez-vous à son service des plaintes, puis à Ombudsfin.
page-unauthorised-payment-words = fraude, phishing, hameçonnage, carte volée, carte perdue, bloquer la carte, arnaque, remboursement, débit inconnu, Card Stop
