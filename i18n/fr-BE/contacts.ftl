# Numéros utiles (français de Belgique) : nom et quand l'utiliser.

contact-contact-center-name = Contact Center du SPF Économie
contact-contact-center-when = Questions sur vos droits de consommateur. Gratuit, du lundi au vendredi, de 9 h à 17 h

contact-card-stop-name = Card Stop
contact-card-stop-when = Carte perdue ou volée, ou données de carte communiquées à un escroc : faites-la bloquer

contact-police-name = Police
contact-police-when = Argent perdu dans une arnaque : portez plainte auprès de votre police locale. Urgence : 101 (ou 112)

contact-safeonweb-name = Safeonweb – cybersécurité
contact-safeonweb-when = Transférez les e-mails et SMS suspects à l'adresse indiquée ici

contact-ecc-belgium-name = Centre Européen des Consommateurs Belgique
contact-ecc-belgium-when = Problème avec un vendeur d'un autre pays de l'UE, d'Islande, de Norvège ou du Royaume-Uni

contact-do-not-call-name = Ne m'appelez plus
contact-do-not-call-when = Plus d'appels commerciaux : appelez ce numéro depuis le numéro à protéger

contact-fsma-name = FSMA – marchés financiers
contact-fsma-when = Offre de placement : vérifiez si la société est autorisée et lisez les mises en garde

contact-brugel-name = Brugel – énergie à Bruxelles
contact-brugel-when = Électricité et gaz à Bruxelles : raccordement, compteur, gestionnaire de réseau

contact-cwape-name = CWaPE – énergie en Wallonie
contact-cwape-when = Électricité et gaz en Wallonie : raccordement, compteur, gestionnaire de réseau

contact-vreg-name = VREG – énergie en Flandre
contact-vreg-when = Électricité et gaz en Flandre : compteurs, gestionnaire de réseau ; litiges : Médiateur de l'Énergie

contact-air-passengers-name = SPF Mobilité – droits des passagers
contact-air-passengers-when = Vol retardé, annulé ou surréservé, sans réponse satisfaisante de la compagnie en 6 semaines

contact-product-contact-point-name = SPF Économie – produits dangereux
contact-product-contact-point-when = Un produit qui semble dangereux, ou un rappel : signalez-le (pas pour l'alimentation)
