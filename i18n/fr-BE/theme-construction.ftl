# Thème « construction » (français de Belgique) : titres des sujets et pages sur les travaux, les devis, les acomptes et la rénovation vendue à domicile.

topic-construction-works = Travaux et entrepreneurs
topic-construction-renovation = Rénovation vendue à domicile

page-construction-defects-title = Malfaçons ou défauts après des travaux
page-construction-defects-rule = L'entrepreneur doit réaliser les travaux convenus, et les réaliser correctement. Si vous constatez des défauts (fissures, infiltrations, travaux inachevés), signalez-les-lui rapidement par écrit et fixez un délai raisonnable pour les réparer. Pour un litige technique avec un entrepreneur ou un architecte, la Commission de Conciliation Construction peut vous aider, mais seulement si vous êtes d'accord tous les deux. Cette procédure est payante.
page-construction-defects-now =
    1. Photographiez chaque défaut (photos datées). Gardez le devis, le contrat et les factures.
    2. Envoyez à l'entrepreneur une lettre recommandée qui énumère les défauts et fixe un délai pour les réparer.
    3. Pas de solution ? Proposez-lui une conciliation : la Commission n'intervient que si vous êtes d'accord tous les deux.
page-construction-defects-words = fissure, infiltration, humidité, entrepreneur, architecte, chantier, inachevé, toiture, carrelage, réparation, mal fait

page-construction-quote-deposit-title = Devis et acompte avant les travaux
page-construction-quote-deposit-rule = Avant le début des travaux, demandez un devis écrit : ce qui sera fait, les matériaux, le prix total TVA comprise et le délai. Une fois que vous l'avez signé, il vous engage, vous et l'entrepreneur. Si un acompte est demandé, fixez son montant par écrit, payez par virement et gardez la preuve. Méfiez-vous d'un entrepreneur qui réclame une grosse somme en liquide avant de commencer.
page-construction-quote-deposit-now =
    1. Demandez un devis écrit à plusieurs entrepreneurs et comparez-les avant de signer.
    2. Payez un acompte uniquement par virement, après avoir signé un devis ou un contrat qui en indique le montant.
    3. Travaux pas commencés à la date prévue ? Envoyez une lettre recommandée qui fixe un dernier délai.
    4. L'entrepreneur a disparu avec votre acompte ? Portez plainte auprès de votre police locale et signalez-le à l'Inspection économique.
page-construction-quote-deposit-words = estimation, prix, avance, paiement anticipé, entrepreneur, chantier, travaux pas commencés, liquide, cash, TVA, signature

page-renovation-door-to-door-title = Rénovation vendue à domicile : 14 jours pour renoncer
page-renovation-door-to-door-rule = Vous avez signé chez vous un contrat de travaux (toiture, isolation, châssis, chauffage…) sans vous rendre dans les locaux de l'entreprise ? Vous avez alors en principe 14 jours pour vous rétracter, sans devoir donner de raison. Travaux avec fourniture de biens (châssis, panneaux solaires, pompe à chaleur, chaudière) : les 14 jours commencent le lendemain de la livraison des biens. Travaux sans biens : le lendemain de la signature. Si le vendeur ne vous a pas informé de ce droit, le délai est prolongé de 12 mois. Cela ne vaut pas pour un contrat signé en magasin ou dans une foire.
page-renovation-door-to-door-now =
    1. Vous voulez renoncer ? Envoyez votre rétractation dans les 14 jours, par lettre recommandée ou par e-mail, et gardez-en une copie.
    2. Utilisez le formulaire de rétractation du contrat s'il y en a un. Une lettre claire suffit aussi.
    3. Mis sous pression, trompé ou pas informé des 14 jours ? Signalez la pratique à l'Inspection économique.
page-renovation-door-to-door-words = porte-à-porte, démarcheur, vendeur, rétractation, annuler, toiture, isolation, panneaux solaires, fenêtres, châssis, pompe à chaleur, chaudière, pression, signé chez moi
