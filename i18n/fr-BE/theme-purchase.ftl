# Thème « purchase » (français de Belgique) : titres des sujets et textes de ses pages (règle, que faire maintenant, mots de recherche).

topic-purchase-before = Avant l'achat
topic-purchase-after = Après l'achat

page-price-display-title = Prix : ce que le vendeur doit afficher
page-price-display-rule = Le vendeur doit indiquer ses prix clairement et par écrit, en euros. Le prix affiché est le prix total : TVA et tous les frais obligatoires compris. Aucun coût obligatoire ne peut être ajouté par la suite. Pour un achat en ligne, vous devez voir les frais de livraison avant de passer commande.
page-price-display-now =
    1. Prenez en photo l'étiquette de prix, le rayon ou la page internet.
    2. Gardez votre ticket de caisse ou votre confirmation de commande et comparez avec le prix affiché.
    3. Demandez au vendeur d'expliquer la différence. Si vous n'êtes pas d'accord, demandez une médiation.
    4. Signalez un prix absent ou trompeur à l'Inspection économique.
page-price-display-words = étiquette, TVA, frais cachés, supplément, caisse, trop cher, différence de prix, frais de livraison, affichage

page-payment-means-title = Payer en liquide ou par carte
page-payment-means-rule = Quand vous achetez sur place, dans un magasin ou sur un marché, le vendeur doit accepter l'argent liquide. Exceptions : un refus temporaire pour raison de sécurité, clairement annoncé, un billet beaucoup trop gros pour le montant, et les limites légales pour les gros paiements en liquide. Le vendeur doit aussi proposer au moins un moyen de paiement électronique, comme la carte de banque ou une application de paiement, sans aucun supplément.
page-payment-means-now =
    1. On refuse votre argent liquide ou votre carte ? Demandez pourquoi et notez la date, le lieu et la réponse.
    2. Prenez en photo l'affiche éventuelle sur les paiements et gardez votre ticket de caisse.
    3. Signalez le refus ou le supplément à l'Inspection économique.
page-payment-means-words = cash, espèces, billets, pièces, carte de banque, Bancontact, application de paiement, refus, supplément, frais de carte, sans contact

page-labels-language-title = Étiquettes et modes d'emploi dans votre langue
page-labels-language-rule = Les étiquettes, les modes d'emploi et les documents de garantie doivent être rédigés dans une langue que le consommateur moyen comprend, en tenant compte de la région linguistique où le produit est vendu. En pratique, cela veut généralement dire : le néerlandais en Flandre, le français en Wallonie, le français et le néerlandais à Bruxelles.
page-labels-language-now =
    1. Vérifiez l'emballage, les papiers dans la boîte et le site internet du vendeur.
    2. Demandez au vendeur le mode d'emploi dans votre langue. Gardez votre ticket de caisse.
    3. Prenez en photo l'étiquette ou le mode d'emploi et signalez-le à l'Inspection économique.
page-labels-language-words = notice, manuel, guide d'utilisation, emballage, traduction, néerlandais, français, allemand, langue étrangère, bon de garantie

page-withdrawal-title = Vous changez d'avis : 14 jours pour renoncer
page-withdrawal-rule = Vous avez acheté en ligne, par téléphone, par courrier ou à votre porte ? Dans la plupart des cas, vous pouvez annuler dans les 14 jours, sans donner de raison ; certains achats sont exclus. Pour un bien, les 14 jours commencent le lendemain de sa réception ; pour un service, le lendemain de la conclusion du contrat. Si le vendeur ne vous a pas informé de ce droit, le délai est prolongé de 12 mois. Ce droit n'existe pas pour un achat en magasin ou dans une foire, et il n'est pas garanti avec un vendeur établi hors de l'UE.
page-withdrawal-now =
    1. Dans les 14 jours, dites par écrit au vendeur que vous renoncez : e-mail, formulaire du site ou formulaire type. Gardez une preuve.
    2. Renvoyez le bien dans les 14 jours qui suivent. Le retour est en général à vos frais. Gardez la preuve d'envoi.
    3. Le vendeur doit vous rembourser dans les 14 jours, frais de livraison standard compris.
    4. Pas de remboursement ? Demandez une médiation ou signalez le vendeur.
page-withdrawal-words = rétractation, annuler, renvoyer, remboursement, délai de réflexion, retour, boutique en ligne, achat en ligne, regret, argent

page-withdrawal-exceptions-title = Quand vous ne pouvez pas renoncer
page-withdrawal-exceptions-rule = En magasin ou dans une foire, la loi ne prévoit pas de droit de changer d'avis : le vendeur reprend un article seulement s'il le veut ou l'a promis. Même en ligne ou à votre porte, certains achats ne peuvent pas être annulés, par exemple : un bien fait sur mesure ou personnalisé, des aliments qui se gâtent vite, un produit d'hygiène descellé, un service à date fixe (concert, nuit d'hôtel, location de voiture), une réparation urgente demandée chez vous, un service entièrement fourni à votre demande pendant les 14 jours.
page-withdrawal-exceptions-now =
    1. Vérifiez la confirmation de commande et les conditions : le vendeur doit vous dire avant l'achat si vous ne pouvez pas renoncer.
    2. Vous avez un doute ? Demandez au vendeur, par écrit, quelle exception s'applique à votre achat.
    3. L'exception ne vous semble pas valable ? Demandez une médiation ou appelez le Contact Center.
page-withdrawal-exceptions-words = pas de retour, ni repris ni échangé, sur mesure, personnalisé, billets, hygiène, alimentation, scellé, exception, retour refusé

page-legal-guarantee-title = Produit défectueux : garantie légale de 2 ans
page-legal-guarantee-rule = Un bien acheté auprès d'une entreprise doit fonctionner comme promis. Si un défaut apparaît dans les 2 ans après la livraison, vous pouvez demander une réparation ou un remplacement gratuit, même pour un achat en ligne. C'est au vendeur, et non à vous, de prouver que le défaut n'existait pas à la livraison. Pour un bien d'occasion, ce délai peut être ramené à 1 an si c'est clairement convenu. Prévenez le vendeur dans les 2 mois après avoir découvert le défaut.
page-legal-guarantee-now =
    1. Prévenez le vendeur par écrit dans les 2 mois après avoir remarqué le défaut. Gardez une copie.
    2. Demandez une réparation ou un remplacement gratuit. Montrez votre ticket de caisse, votre facture ou votre extrait de compte.
    3. Impossible, refusé ou trop long ? Demandez une réduction du prix ou, si le défaut n'est pas mineur, le remboursement.
    4. Si le vendeur refuse toujours, demandez une médiation.
page-legal-guarantee-words = SAV, cassé, en panne, défaut, ne fonctionne pas, réparation, remplacement, ticket de caisse, service après-vente, remboursement

page-delivery-problems-title = Livraison en retard, perdue ou abîmée
page-delivery-problems-rule = Le vendeur est responsable de votre commande jusqu'à ce que vous, ou la personne que vous avez choisie, la receviez. Si le colis est perdu ou abîmé en route, c'est le problème du vendeur, pas le vôtre. Sans date convenue, le vendeur doit livrer dans les 30 jours. En cas de retard, vous pouvez lui donner un délai supplémentaire raisonnable ; si rien n'arrive à temps, vous pouvez annuler et être remboursé.
page-delivery-problems-now =
    1. Contactez le vendeur, pas le livreur : votre contrat est conclu avec le vendeur. Donnez votre numéro de commande.
    2. Colis abîmé ? Prenez des photos avant et après l'ouverture.
    3. Retard ? Fixez par écrit une nouvelle date de livraison. Si rien n'arrive à cette date, annulez par écrit et demandez le remboursement.
    4. Pas de réponse ou pas de remboursement ? Demandez une médiation ou signalez le vendeur.
page-delivery-problems-words = colis, paquet, pas livré, jamais reçu, disparu, cassé, livreur, suivi, boutique en ligne, commande, remboursement, délai

page-unsolicited-goods-title = Des produits que vous n'avez jamais commandés
page-unsolicited-goods-rule = Si une entreprise vous envoie quelque chose que vous n'avez pas commandé, vous ne devez ni le payer ni le renvoyer. Ne pas réagir ne veut pas dire que vous acceptez l'achat. Envoyer des produits puis en réclamer le paiement est une pratique commerciale interdite.
page-unsolicited-goods-now =
    1. Ne payez pas, même si vous recevez une facture ou un rappel.
    2. Gardez le colis, les lettres et l'enveloppe, ou prenez-les en photo.
    3. Les rappels continuent ? Répondez une fois par écrit que vous n'avez rien commandé, et gardez une copie.
    4. Signalez l'entreprise à l'Inspection économique.
page-unsolicited-goods-words = pas commandé, envoi non sollicité, colis, paquet, facture, rappel, demande de paiement, renvoyer, cadeau

page-eu-trader-title = Problème avec un vendeur ailleurs en Europe
page-eu-trader-rule = Vous avez acheté auprès d'une entreprise d'un autre pays de l'UE, d'Islande, de Norvège ou du Royaume-Uni, et vous ne trouvez pas de solution avec elle ? Le Centre Européen des Consommateurs Belgique vous aide gratuitement si vous habitez en Belgique et avez acheté pour un usage privé. Il contacte le vendeur dans son pays. Il ne peut rien contre les escrocs : dans ce cas, signalez la fraude et allez à la police.
page-eu-trader-now =
    1. Écrivez d'abord au vendeur : expliquez le problème et ce que vous demandez. Gardez une copie.
    2. Rassemblez vos documents : commande ou facture, preuve de paiement et tous les messages, dans l'ordre des dates.
    3. Envoyez votre plainte au Centre Européen des Consommateurs (contact sur cette page). Vous recevez un numéro de référence.
page-eu-trader-words = étranger, boutique en ligne étrangère, transfrontalier, CEC, ECC, UE, France, Pays-Bas, Allemagne, autre pays, international
