# Thème « advertising » (français de Belgique) : titres des sujets et textes des pages.

topic-advertising-misleading = Offres trompeuses et pressions
topic-advertising-unwanted = Appels, publicités et visites non désirés

page-misleading-reductions-title = Soldes et promotions : la réduction est-elle réelle ?
page-misleading-reductions-rule = Quand un magasin ou un site annonce une réduction de prix, l'ancien prix de comparaison doit être le prix le plus bas qu'il a demandé pour ce produit au cours des 30 jours précédents. Le vendeur ne peut donc pas augmenter son prix juste avant pour gonfler la remise. Les prix doivent toujours être affichés en euros, TVA et frais obligatoires compris.
page-misleading-reductions-now =
    1. Photographiez l'étiquette ou faites une capture d'écran de l'annonce, avec la date.
    2. Vous avez vu ce produit moins cher avant ? Gardez-en aussi la preuve (photo, ancien dépliant, ticket de caisse).
    3. Signalez la pratique à l'Inspection économique. Elle contrôle les vendeurs, mais ne vous rembourse pas.
page-misleading-reductions-words = rabais, remise, ancien prix, prix barré, prix de référence, pourcentage, Black Friday, liquidation, fausse réduction, offre spéciale

page-misleading-advertising-title = Une publicité qui vous trompe
page-misleading-advertising-rule = Une publicité ne peut pas vous induire en erreur, ni par de fausses affirmations, ni en cachant une information importante, par exemple sur le prix, la qualité, les caractéristiques du produit ou les conditions. Un produit ne peut pas être présenté comme « gratuit » si vous devez payer plus que les frais inévitables, ni une offre comme valable « aujourd'hui seulement » si c'est faux.
page-misleading-advertising-now =
    1. Gardez la publicité : photo, capture d'écran, lien ou dépliant, avec la date.
    2. Vous avez acheté à cause d'elle ? Écrivez à l'entreprise : ce qui était promis et ce que vous demandez.
    3. Signalez la publicité à l'Inspection économique.
    4. L'entreprise refuse ? Un service de médiation peut vous aider.
page-misleading-advertising-words = publicité mensongère, fausse promesse, gratuit, annonce, dépliant, réseaux sociaux, influenceur, petits caractères, conditions cachées, tromperie

page-aggressive-practices-title = Pression, menaces ou harcèlement pour vous faire acheter
page-aggressive-practices-rule = Un vendeur ne peut pas vous forcer la main : pas de harcèlement, de menaces, d'insultes ni de pression qui vous empêche de décider librement. Par exemple : refuser de vous laisser partir avant que vous signiez, revenir chez vous alors que vous lui avez demandé de partir, ou vous appeler sans arrêt. Si vous avez signé chez vous, par téléphone ou en ligne, vous avez en général 14 jours pour changer d'avis.
page-aggressive-practices-now =
    1. Ne signez rien et ne payez rien sous la pression. Dites clairement que cela ne vous intéresse pas.
    2. Notez ce qui s'est passé : date, lieu, nom du vendeur et de l'entreprise.
    3. Déjà signé ? Renoncez par écrit s'il est encore temps (en général 14 jours pour un contrat signé chez vous, par téléphone ou en ligne).
    4. Signalez la pratique à l'Inspection économique.
page-aggressive-practices-words = vendeur insistant, intimidation, vente forcée, forcer à signer, agressif, chantage, pratique déloyale, insistance, contrainte

page-telemarketing-title = Stop aux appels commerciaux : la liste « Ne m'appelez plus »
page-telemarketing-rule = Vous pouvez inscrire votre numéro sur la liste belge « Ne m'appelez plus ». Les entreprises ne peuvent alors en principe plus vous appeler pour vous vendre quelque chose. L'inscription est active dans les 5 jours ouvrables et n'a pas de date de fin. La liste n'arrête pas les appels venant de l'étranger.
page-telemarketing-now =
    1. Appelez le 02 882 19 75 depuis le numéro à protéger et suivez les instructions.
    2. Vous êtes client de l'entreprise qui vous appelle ? Dites-lui que vous ne voulez plus de ses appels commerciaux.
    3. Encore des appels après 5 jours ouvrables ? Notez la date, l'heure, le numéro et l'entreprise.
    4. Signalez ces appels à l'Inspection économique.
page-telemarketing-words = démarchage téléphonique, télémarketing, prospection, appel non désiré, centre d'appels, DNCM, GSM, ligne fixe, téléphone

page-unwanted-mail-title = Publicité non désirée par courrier, e-mail ou SMS
page-unwanted-mail-rule = En principe, une entreprise ne peut vous envoyer de la publicité par e-mail ou par SMS que si vous l'avez accepté au préalable, et chaque message doit permettre de se désinscrire facilement. Vous pouvez toujours demander à une entreprise de ne plus utiliser vos données pour sa publicité. Contre les dépliants dans votre boîte aux lettres, un autocollant « Stop pub » aide.
page-unwanted-mail-now =
    1. Utilisez le lien de désinscription, mais seulement dans les messages d'une entreprise que vous connaissez.
    2. Écrivez à l'entreprise pour lui demander de ne plus vous envoyer de publicité.
    3. Elle continue, ou vous n'aviez jamais accepté ? Signalez-le à l'Inspection économique.
    4. Cela ressemble à une arnaque ? Ne cliquez pas : transférez le message à Safeonweb.
page-unwanted-mail-words = spam, pourriel, newsletter, dépliants, toutes-boîtes, désinscription, boîte aux lettres, autocollant, Stop pub, consentement

page-door-to-door-title = Un vendeur sonne à votre porte
page-door-to-door-rule = Vous n'êtes jamais obligé de laisser entrer un vendeur, et il doit partir si vous le lui demandez. Si vous signez un contrat chez vous, vous avez en général 14 jours pour changer d'avis, sans donner de raison. Pour un bien, le délai commence le lendemain de la livraison ; pour un service, le lendemain de la signature. Le vendeur doit vous informer de ce droit ; sinon, le délai est prolongé de 12 mois.
page-door-to-door-now =
    1. Ne signez pas tout de suite. Demandez l'offre sur papier et prenez le temps de réfléchir.
    2. Vous changez d'avis ? Prévenez l'entreprise par écrit dans les 14 jours (recommandé ou e-mail) et gardez une preuve.
    3. Vendeur trop insistant ou aucune information sur vos droits ? Signalez-le à l'Inspection économique.
page-door-to-door-words = démarchage, vente à domicile, représentant, porte-à-porte, rétractation, renoncer, annuler, visite, 14 jours, contrat
