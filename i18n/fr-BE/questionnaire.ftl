# Questionnaire guidé « Trouver une solution » (français de Belgique) : questions et boutons de réponse.

q-problem = Sur quoi porte votre problème ?
q-problem--purchase = Un achat ou une commande
q-problem--contact = Appel, message, lettre, pub ou visite
q-problem--utilities = Énergie, internet ou téléphone
q-problem--money = Banque, crédit, dettes ou assurance
q-problem--trip-car-works = Voyage, événement, voiture ou travaux
q-problem--none = Rien de tout cela

q-purchase = Quel est le problème avec votre achat ?
q-purchase--changed-mind = J'ai changé d'avis
q-purchase--defect = Il est défectueux ou en panne
q-purchase--delivery = Pas livré ou livré en retard
q-purchase--price = Le prix, le paiement ou l'étiquette
q-purchase--unordered = J'ai reçu quelque chose sans le commander
q-purchase--other = Autre chose

q-purchase-other = De quoi s'agit-il ?
q-purchase-other--voucher = Un bon cadeau
q-purchase-other--subscription = Un abonnement prolongé tout seul
q-purchase-other--digital = Une appli, un jeu, du streaming ou un e-book
q-purchase-other--private = Un achat en ligne à un particulier
q-purchase-other--danger = Un produit qui semble dangereux
q-purchase-other--other = Autre chose

q-mind-where = Où l'avez-vous acheté ?
q-mind-where--shop = En magasin, à une foire ou un salon
q-mind-where--online = En ligne : site ou application
q-mind-where--door = À ma porte ou chez moi
q-mind-where--phone = Par téléphone

q-mind-seller = Où la boutique en ligne est-elle établie ?
q-mind-seller--be = En Belgique
q-mind-seller--eu = Dans un autre pays de l'UE
q-mind-seller--outside = En dehors de l'UE
q-mind-seller--unknown = Je ne sais pas

q-mind-what = Qu'avez-vous acheté ?
q-mind-what--ordinary = Un produit ou un service courant
q-mind-what--custom = Un article sur mesure ou personnalisé
q-mind-what--fresh = Aliments, fleurs ou produits périssables
q-mind-what--fixed-date = Un billet ou une réservation à date fixe
q-mind-what--hygiene = Un article d'hygiène scellé que j'ai ouvert

q-defect = Qu'est-ce qui est défectueux ou en panne ?
q-defect--product = Un produit que j'ai acheté
q-defect--car = Une voiture que j'ai achetée
q-defect--works = Des travaux de construction ou de rénovation

q-defect-where = Où l'avez-vous acheté ?
q-defect-where--shop = En magasin
q-defect-where--online = En ligne : site ou application
q-defect-where--door = À ma porte ou chez moi
q-defect-where--phone = Par téléphone

q-defect-seller = Où la boutique en ligne est-elle établie ?
q-defect-seller--be = En Belgique
q-defect-seller--eu = Dans un autre pays de l'UE
q-defect-seller--outside = En dehors de l'UE
q-defect-seller--unknown = Je ne sais pas

q-delivery = Quel est le problème de livraison ?
q-delivery--late = Il est en retard ou n'est jamais arrivé
q-delivery--damaged = Il est arrivé abîmé ou incomplet
q-delivery--carrier = Ma plainte vise le service de livraison
q-delivery--fake = La boutique en ligne semble fausse ou a disparu

q-delivery-seller = Où le vendeur est-il établi ?
q-delivery-seller--be = En Belgique
q-delivery-seller--eu = Dans un autre pays de l'UE
q-delivery-seller--outside = En dehors de l'UE
q-delivery-seller--unknown = Je ne sais pas

q-before-paying = Qu'est-ce qui ne va pas exactement ?
q-before-paying--price-shown = J'ai payé plus que le prix affiché
q-before-paying--hidden-costs = Des frais ont été ajoutés à la fin
q-before-paying--reduction = Une fausse réduction ou de faux soldes
q-before-paying--payment = Espèces refusées, pas de carte, frais de carte
q-before-paying--label = Étiquette ou mode d'emploi pas dans ma langue

q-contact = Comment cela vous est-il parvenu ?
q-contact--phone = Un appel téléphonique
q-contact--message = Un e-mail ou un SMS
q-contact--letter = Une lettre ou une facture par la poste
q-contact--door = Quelqu'un a sonné à ma porte
q-contact--ad = Une pub, un site ou les réseaux sociaux
q-contact--other = Autre chose

q-call = De quoi parlait l'appel ?
q-call--sales = Des appels commerciaux non désirés
q-call--fake-bank = Un faux employé de banque ou un faux policier
q-call--investment = Une offre de placement ou de crypto
q-call--energy = Une offre pour changer de fournisseur d'énergie
q-call--agreed = J'ai dit oui et je le regrette

q-message = Que vous demande le message ?
q-message--click = Cliquer sur un lien ou donner mes codes
q-message--pay = Payer une facture que je ne reconnais pas
q-message--invest = Investir ou gagner vite de l'argent
q-message--ads = Rien, c'est de la pub non désirée

q-money-gone = De l'argent a-t-il déjà quitté votre compte ?
q-money-gone--yes = Oui, de l'argent a disparu
q-money-gone--no = Non
q-money-gone--unknown = Je ne sais pas

q-letter = Qu'avez-vous reçu par la poste ?
q-letter--bill = Une facture que je ne reconnais pas
q-letter--debt = Un rappel ou une lettre pour une dette
q-letter--ads = De la publicité non désirée
q-letter--parcel = Un colis que je n'ai pas commandé

q-door = Que s'est-il passé à votre porte ?
q-door--signed = J'ai signé et je le regrette
q-door--pressure = Un vendeur a insisté ou refusait de partir
q-door--energy = Une offre de contrat d'énergie
q-door--works = Une offre de travaux dans ma maison

q-ad = De quoi s'agit-il ?
q-ad--reduction = Une fausse réduction ou de faux soldes
q-ad--misleading = Une pub mensongère ou qui cache des choses
q-ad--pressure = On m'a mis sous pression pour acheter
q-ad--fake-shop = Une boutique en ligne qui semble fausse
q-ad--investment = Une offre de placement ou de crypto
q-ad--social-message = Un message suspect sur les réseaux sociaux

q-utilities = De quel service s'agit-il ?
q-utilities--energy = Électricité ou gaz
q-utilities--telecom = Internet, GSM ou télévision

q-energy = Quel est votre problème d'électricité ou de gaz ?
q-energy--bill = Ma facture est fausse ou trop élevée
q-energy--end = Je veux résilier ou changer de contrat
q-energy--sales = On m'a fait signer contre mon gré
q-energy--meter = Mon compteur ou mon raccordement
q-energy--other = Autre chose

q-telecom = Quel est votre problème d'internet, de GSM ou de télé ?
q-telecom--bill = Ma facture est fausse ou trop élevée
q-telecom--paid-sms = Des SMS ou services payants sur ma facture
q-telecom--price = Mon opérateur a augmenté ses prix
q-telecom--end = Je veux résilier ou changer de contrat
q-telecom--other = Autre chose

q-money = De quoi s'agit-il ?
q-money--bank = Ma banque, ma carte ou un paiement
q-money--credit = Un prêt ou un crédit
q-money--debt = Des dettes ou une société de recouvrement
q-money--insurance = Une assurance
q-money--investment = Un placement qui semble suspect
q-money--other = Autre chose

q-debt-what = Qu'avez-vous reçu ?
q-debt-what--reminder = Un rappel avec des frais ou des intérêts
q-debt-what--collector = Une lettre d'un bureau de recouvrement, huissier ou avocat

q-bank = Que s'est-il passé ?
q-bank--not-mine = Un paiement que je n'ai pas fait
q-bank--card-lost = Ma carte est perdue ou volée
q-bank--tricked = On m'a trompé et j'ai fait moi-même un virement
q-bank--service = Frais ou mauvais service de ma banque
q-bank--account = Une banque refuse ou ferme mon compte

q-insurance = Quel est le problème avec votre assurance ?
q-insurance--claim = Elle refuse de payer ou paie trop peu
q-insurance--end = Je veux résilier mon assurance
q-insurance--new = Je veux souscrire une nouvelle assurance

q-trip-car-works = Lequel de ces sujets vous concerne ?
q-trip-car-works--travel = Un voyage, des vacances ou un vol
q-trip-car-works--event = Un billet de concert, spectacle ou événement
q-trip-car-works--car = Une voiture achetée ou réparée
q-trip-car-works--works = Des travaux de construction ou de rénovation

q-travel = Que s'est-il passé avec votre voyage ?
q-travel--package = Mon voyage à forfait a été annulé ou modifié
q-travel--flight = Mon vol a été retardé ou annulé
q-travel--train = Un problème avec un voyage en train
q-travel--eu = L'agence de voyages est dans un autre pays de l'UE
q-travel--other = Autre chose

q-event = Quel est le problème avec votre billet ?
q-event--cancelled = L'événement est annulé ou reporté
q-event--cant-go = Je ne peux plus y aller et veux être remboursé
q-event--resale = Je l'ai acheté à un revendeur
q-event--fake = Le billet est faux ou n'est jamais arrivé

q-car = Quel est le problème avec votre voiture ?
q-car--defect = La voiture achetée a un défaut
q-car--mileage = Le kilométrage semble faux
q-car--repair = Une réparation ou un entretien au garage

q-car-seller = Qui vous a vendu la voiture ?
q-car-seller--dealer-be = Un garage ou un vendeur en Belgique
q-car-seller--dealer-eu = Un vendeur dans un autre pays de l'UE
q-car-seller--private = Un particulier

q-works = Quel est le problème avec les travaux ?
q-works--defects = Travail mal fait ou dégâts après les travaux
q-works--quote = Un devis, un acompte ou un chantier inachevé
q-works--door = Un artisan est venu chez moi sans être appelé
