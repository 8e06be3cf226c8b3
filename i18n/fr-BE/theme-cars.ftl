# Thème « voitures » (français de Belgique) : titres des sujets et pages sur l'achat d'une voiture (garantie légale, kilométrage) et les réparations au garage.

topic-cars-buying = Acheter une voiture
topic-cars-repair = Réparations et garages

page-car-purchase-guarantee-title = Garantie légale d'une voiture achetée à un professionnel
page-car-purchase-guarantee-rule = Quand vous achetez une voiture, neuve ou d'occasion, à un vendeur professionnel, vous avez une garantie légale de 2 ans à partir de la livraison. Pour une voiture d'occasion, le vendeur peut la réduire à 1 an, mais seulement si c'est clairement convenu dans le contrat. Si un défaut apparaît, prévenez le vendeur dans les 2 mois après l'avoir découvert. Il doit alors régler le problème gratuitement. Une vente entre particuliers n'est pas couverte.
page-car-purchase-guarantee-now =
    1. Écrivez au vendeur : décrivez le défaut et la date où vous l'avez découvert. Gardez une copie.
    2. Gardez le bon de commande, les factures et les rapports du garage sur le défaut.
    3. Le vendeur refuse ? Demandez une conciliation à la Commission de Conciliation Automoto, ou signalez son refus à l'Inspection économique.
page-car-purchase-guarantee-words = occasion, seconde main, concessionnaire, garage, défaut, panne, moteur, boîte de vitesses, vice caché

page-car-mileage-title = Kilométrage qui semble faux (compteur trafiqué)
page-car-mileage-rule = Le kilométrage influence fortement la valeur d'une voiture. Reculer ou modifier le compteur pour vendre une voiture, c'est de la fraude. En Belgique, le vendeur d'une voiture d'occasion doit vous remettre un Car-Pass, qui indique les kilométrages enregistrés au fil des années. Comparez-le avec le compteur, le carnet d'entretien, les factures et les anciens rapports du contrôle technique. Une voiture très usée qui affiche peu de kilomètres doit vous rendre prudent.
page-car-mileage-now =
    1. Rassemblez vos preuves : l'annonce, le bon de commande, le Car-Pass, les factures et des photos du compteur.
    2. Écrivez au vendeur et demandez une solution, par exemple l'annulation de la vente.
    3. Signalez la fraude au compteur à l'Inspection économique et portez plainte auprès de votre police locale.
page-car-mileage-words = Car-Pass, kilomètres, km, compteur kilométrique, reculé, fraude, voiture d'occasion, seconde main, tableau de bord, carnet d'entretien

page-car-repair-title = Problème avec une réparation au garage ou sa facture
page-car-repair-rule = Avant une réparation, demandez au garage un devis écrit et convenez que tout travail supplémentaire doit d'abord recevoir votre accord. Comparez la facture avec le devis : vérifiez que les pièces et les heures de travail y figurent. Si la réparation est mal faite ou si la facture dépasse nettement ce qui était convenu, plaignez-vous par écrit auprès du garage.
page-car-repair-now =
    1. Gardez le devis, la facture, des photos, et les anciennes pièces si vous les avez demandées.
    2. Envoyez au garage une lettre recommandée qui explique le problème et ce que vous demandez.
    3. Pas de solution ? Adressez-vous au Service de Médiation pour le Consommateur : il vous aide ou transmet votre plainte.
page-car-repair-words = garagiste, mécanicien, devis, trop cher, mauvaise réparation, entretien, panne, main-d'œuvre, pièces, contestation

page-car-private-seller-title = Vous avez acheté une voiture à un particulier
page-car-private-seller-rule = Quand vous achetez une voiture à un particulier, le droit de la consommation ne vous protège pas : il n'y a pas de garantie légale. Aucun service de médiation ne traite les ventes entre particuliers : ni la Commission de Conciliation Automoto, ni le Service de Médiation pour le Consommateur, ni le Centre Européen des Consommateurs. Il faut trouver une solution avec le vendeur ou, si nécessaire, aller en justice. Un faux kilométrage ou une fausse annonce, c'est de la fraude : portez plainte auprès de votre police locale.
page-car-private-seller-now =
    1. Gardez tout : l'annonce, les messages, le contrat, la preuve de paiement et les papiers de la voiture.
    2. Écrivez au vendeur : décrivez le problème et ce que vous demandez. Gardez une copie.
    3. Faux kilométrage, fausse annonce ou vendeur disparu ? Portez plainte auprès de votre police locale.
    4. Pas d'accord ? Vous pouvez demander au juge de paix une conciliation gratuite avec le vendeur. Sinon, seul un tribunal peut trancher.
page-car-private-seller-words = voiture d'occasion, seconde main, particulier, vente entre particuliers, Car-Pass, kilométrage, compteur, défaut, vice caché, annonce, 2ememain, vendeur disparu, arnaque
