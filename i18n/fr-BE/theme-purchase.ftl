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
page-labels-language-rule = Les étiquettes, les modes d'emploi et les documents de garantie doivent être rédigés dans une langue que le consommateur moyen comprend, en tenant compte de la région linguistique où le produit est vendu. À titre indicatif : le néerlandais en région de langue néerlandaise, le français en région de langue française, l'allemand en région de langue allemande, le français et le néerlandais à Bruxelles.
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
page-withdrawal-exceptions-rule =
    En magasin ou dans une foire, la loi ne prévoit pas de droit de changer d'avis : le vendeur reprend un article seulement s'il le veut ou l'a promis. Même en ligne ou à votre porte, vous ne pouvez pas annuler, par exemple :
    • un bien fait sur mesure ou personnalisé
    • des aliments ou d'autres biens qui se gâtent vite
    • un produit d'hygiène que vous avez descellé
    • un service à date fixe (concert, nuit d'hôtel, location de voiture)
    • une réparation urgente demandée chez vous
    • un service entièrement fourni dans les 14 jours, à votre demande
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
page-eu-trader-rule = Vous avez acheté auprès d'une entreprise d'un autre pays de l'UE, d'Islande, de Norvège ou du Royaume-Uni, et vous ne trouvez pas de solution avec elle ? Le Centre Européen des Consommateurs Belgique vous aide gratuitement si vous habitez en Belgique et avez acheté pour un usage privé. Il contacte le vendeur dans son pays. Il ne peut rien contre les escrocs : dans ce cas, signalez la fraude et portez plainte auprès de votre police locale.
page-eu-trader-now =
    1. Écrivez d'abord au vendeur : expliquez le problème et ce que vous demandez. Gardez une copie.
    2. Rassemblez vos documents : commande ou facture, preuve de paiement et tous les messages, dans l'ordre des dates.
    3. Envoyez votre plainte au Centre Européen des Consommateurs (contact sur cette page). Vous recevez un numéro de référence.
page-eu-trader-words = étranger, boutique en ligne étrangère, transfrontalier, CEC, ECC, UE, France, Pays-Bas, Allemagne, autre pays, international

topic-purchase-more = Abonnements, bons cadeaux, applis, seconde main, sécurité
topic-purchase-delivery = Livraison et poste

page-subscription-renewal-title = Arrêter un abonnement qui s'est prolongé tout seul
page-subscription-renewal-rule = Salle de sport, internet, télévision : un contrat de services à durée déterminée peut se prolonger automatiquement. Les conditions doivent dire ce que ce renouvellement implique, jusqu'à quelle date vous pouvez vous y opposer et comment. Après le premier renouvellement automatique, vous pouvez arrêter le contrat à tout moment, sans indemnité, avec un préavis de 2 mois au maximum. Cette règle ne vaut pas pour les contrats de livraison de biens, comme un abonnement à un magazine : lisez-en les conditions.
page-subscription-renewal-now =
    1. Retrouvez votre contrat et vérifiez s'il s'est déjà prolongé une fois.
    2. Résiliez par écrit, par exemple avec la lettre type du SPF Économie. Gardez une copie et une preuve d'envoi.
    3. On vous impose plus de 2 mois de préavis ou une indemnité ? Contestez par écrit.
    4. Pas de solution ? Demandez une médiation et signalez la pratique à l'Inspection économique.
page-subscription-renewal-words = abonnement, résilier, résiliation, reconduction tacite, renouvellement automatique, fitness, salle de sport, club de sport, préavis, indemnité de rupture, contrat d'entretien, prolongé, affiliation

page-gift-vouchers-title = Bons cadeaux : combien de temps sont-ils valables ?
page-gift-vouchers-rule = En Belgique, il n'existe pas de loi spécifique sur les bons cadeaux : les conditions du vendeur s'appliquent, si elles sont claires. La validité doit être bien visible : une date de fin, ou une durée avec la date d'émission. Si aucune date n'est indiquée, ou si elle n'est pas claire, le bon est présumé valable sans limite. Avant d'en acheter un, vérifiez s'il peut être échangé contre de l'argent, utilisé pendant les soldes, prolongé ou donné à quelqu'un d'autre.
page-gift-vouchers-now =
    1. Lisez le bon et ses conditions : date de fin, date d'émission, où l'utiliser.
    2. Gardez le bon et le ticket de caisse de son achat.
    3. Le magasin refuse un bon encore valable ? Demandez-lui pourquoi, par écrit. Pas de solution ? Demandez une médiation.
page-gift-vouchers-words = bon d'achat, chèque-cadeau, carte cadeau, bon cadeau, périmé, expiré, validité, date d'expiration, coffret cadeau, cadeau, bon refusé

page-digital-content-title = Applis, jeux, e-books ou streaming qui ne fonctionnent pas
page-digital-content-rule = Depuis le 1er juin 2022, la garantie légale couvre aussi les contenus et services numériques : applications, jeux, livres électroniques, musique, films, streaming, stockage dans le cloud et réseaux sociaux. Elle s'applique quand vous payez un prix, mais aussi quand vous « payez » avec vos données personnelles. Pour un achat unique, comme un téléchargement, la garantie dure 2 ans. Rien reçu ? Demandez au professionnel de vous le fournir ; s'il ne le fait toujours pas, vous pouvez demander à être remboursé.
page-digital-content-now =
    1. Faites des captures d'écran du problème. Gardez la confirmation de commande et la preuve de paiement.
    2. Écrivez au professionnel : décrivez le problème et demandez qu'il le corrige gratuitement. Gardez une copie.
    3. Rien reçu ? Demandez par écrit qu'il vous le fournisse sans tarder. Toujours rien ? Demandez le remboursement.
    4. Pas de solution ? Demandez une médiation.
page-digital-content-words = application, appli, jeu vidéo, jeu en ligne, livre numérique, e-book, streaming, téléchargement, logiciel, cloud, bug, ne fonctionne pas, abonnement, contenu numérique

page-private-seller-title = Acheter à un particulier sur un site de seconde main
page-private-seller-rule = Entre particuliers, le droit de la consommation ne s'applique pas : pas de droit de rétractation de 14 jours et pas de garantie légale. Aucun service de médiation ne traite les litiges entre particuliers. Une plateforme de vente en ligne doit indiquer si le vendeur est un professionnel ou un particulier, et vous avertir quand le droit de la consommation ne s'applique pas. Des escrocs utilisent aussi ces sites, par exemple avec un faux lien de paiement.
page-private-seller-now =
    1. Vérifiez sur l'annonce si le vendeur est un professionnel ou un particulier.
    2. Le site propose son propre paiement avec une protection de l'acheteur ? Utilisez-le. Gardez l'annonce, les messages et la preuve de paiement.
    3. Un problème avec l'article ? Écrivez au vendeur et utilisez la procédure de litige du site, s'il en a une.
    4. Vous avez cliqué sur un faux lien de paiement ou donné vos données de carte ? Appelez tout de suite Card Stop et votre banque, et portez plainte auprès de votre police locale.
    5. Transférez le message suspect à Safeonweb (adresse sur cette page).
page-private-seller-words = seconde main, occasion, petites annonces, Marketplace, Vinted, 2ememain, particulier, vendeur privé, protection de l'acheteur, faux lien de paiement, arnaque, pas de garantie

page-dangerous-products-title = Un produit semble dangereux ou est rappelé
page-dangerous-products-rule = Seuls des produits sûrs peuvent être vendus. Le Guichet central pour les produits du SPF Économie reçoit les plaintes sur les produits et services qui semblent dangereux, sauf l'alimentation. C'est le point de contact belge de Safety Gate, le système européen d'alerte sur les produits dangereux, et il informe sur les risques des produits et les mesures prises. Si un produit est dangereux, le SPF Économie peut en arrêter la vente ou demander son rappel.
page-dangerous-products-now =
    1. N'utilisez plus le produit. Rangez-le hors de portée, avec son emballage et votre ticket de caisse.
    2. Le produit est rappelé ? Suivez les instructions du vendeur ou du fabricant.
    3. Signalez le produit au Guichet central pour les produits : 02 277 53 36 ou belspoc@economie.fgov.be. Joignez des photos.
    4. Vous voulez un remboursement ou un échange ? Contactez le vendeur. Pas de solution ? Demandez une médiation.
page-dangerous-products-words = dangereux, danger, rappel de produit, produit rappelé, incendie, explosion, batterie, jouet, sécurité des enfants, choc électrique, blessure, brûlure, Safety Gate, RAPEX

page-postal-complaint-title = Un colis ou une lettre perdus, abîmés ou en retard
page-postal-complaint-rule = Vous avez acheté en ligne ? Votre contrat est conclu avec la boutique en ligne : contactez-la d'abord (voyez la page « Livraison en retard, perdue ou abîmée »). Pour un problème avec la société postale elle-même, plaignez-vous d'abord à son service clientèle. Pas de solution ? Le Service de médiation pour le secteur postal peut vous aider. Il traite bpost et toutes les autres sociétés postales et de colis sur le marché belge, pour l'expéditeur comme pour le destinataire. S'il accepte votre plainte, la société doit lui répondre dans les 10 jours ouvrables.
page-postal-complaint-now =
    1. Achat en ligne ? Contactez d'abord la boutique en ligne et donnez votre numéro de commande.
    2. Sinon, plaignez-vous par écrit au service clientèle de la société postale. Gardez une copie.
    3. Pas de solution ? Écrivez au Service de médiation pour le secteur postal, avec votre nom et votre adresse postale.
    4. Joignez le numéro de suivi, une description du contenu, une preuve de sa valeur et des photos s'il est abîmé.
page-postal-complaint-words = colis, paquet, lettre, recommandé, bpost, poste, facteur, livreur, numéro de suivi, perdu, abîmé, en retard, pas livré, envoi
