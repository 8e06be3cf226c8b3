# Thème « fraud » (français de Belgique) : titres des sujets et textes des pages.

topic-fraud-messages = Messages, sites et factures suspects
topic-fraud-calls = Appels frauduleux et faux placements

page-phishing-title = Hameçonnage : un faux message demande vos données
page-phishing-rule = Des escrocs envoient des e-mails, des SMS ou des messages WhatsApp qui semblent venir de votre banque, d'un service de livraison ou d'une administration. Ils veulent que vous cliquiez sur un lien, que vous donniez vos données de carte ou vos codes. Votre banque ne vous demande jamais vos codes par e-mail, SMS ou téléphone. Ne cliquez pas sur le lien et ne répondez pas.
page-phishing-now =
    1. Vous avez communiqué vos données de carte ou bancaires ? Appelez tout de suite Card Stop au 078 170 170, puis votre banque.
    2. De l'argent a disparu de votre compte ? Prévenez votre banque et portez plainte auprès de votre police locale.
    3. Transférez le message à suspect@safeonweb.be (pour un SMS, envoyez une capture d'écran), puis supprimez-le.
page-phishing-words = phishing, faux e-mail, SMS, lien suspect, codes bancaires, données de carte, mot de passe, piratage, WhatsApp, arnaque

page-fake-webshop-title = Faux site de vente : vous avez payé, rien n'arrive
page-fake-webshop-rule = Certains sites font seulement semblant de vendre. Signes d'alerte : prix beaucoup trop bas, pas d'adresse ni de numéro d'entreprise, paiement uniquement par virement, textes mal traduits. Après le paiement, vous ne recevez rien, ou une mauvaise copie. La médiation ne peut rien contre un escroc : contactez vite votre banque et portez plainte auprès de votre police locale.
page-fake-webshop-now =
    1. Vous avez encodé vos données de carte sur le site ? Appelez Card Stop au 078 170 170 pour bloquer la carte.
    2. Appelez tout de suite votre banque : demandez si le paiement peut encore être arrêté ou contesté.
    3. Gardez des preuves : adresse du site, captures d'écran, confirmation de commande, e-mails, preuve de paiement.
    4. Portez plainte auprès de votre police locale. Vous pouvez aussi signaler le site à l'Inspection économique.
page-fake-webshop-words = arnaque en ligne, boutique en ligne, webshop, pas livré, colis jamais arrivé, contrefaçon, achat sur internet, paiement d'avance, virement, fraude

page-fake-invoice-title = Fausse facture : vous n'avez rien commandé
page-fake-invoice-rule = Des escrocs envoient des factures, des rappels ou des demandes de paiement pour des choses que vous n'avez jamais commandées : une inscription dans un annuaire, une amende, des frais de colis… Certains copient la facture d'une vraie entreprise, mais changent le numéro de compte. Si vous n'avez rien commandé, vous ne devez rien. Vérifiez avant de payer et n'utilisez jamais les coordonnées d'une facture suspecte.
page-fake-invoice-now =
    1. Comparez avec vos commandes et vos contrats. Un doute ? Appelez l'entreprise à un numéro que vous connaissez, pas à celui de la facture.
    2. Ne payez pas. Déjà payé ? Appelez tout de suite votre banque et demandez si le virement peut être arrêté.
    3. Reçue par e-mail ? Transférez-la à suspect@safeonweb.be. Si vous avez payé, portez plainte auprès de votre police locale.
page-fake-invoice-words = facture suspecte, rappel de paiement, annuaire, amende, frais de colis, numéro de compte, virement, pas commandé, escroquerie, demande de paiement

page-phone-scam-title = Arnaque par téléphone : un faux banquier ou policier vous appelle
page-phone-scam-rule = Quelqu'un vous appelle et se présente comme votre banque, Card Stop, la police ou un service informatique. Il dit que votre compte est en danger et vous demande vos codes, ou vous demande d'installer une application, de mettre votre argent sur un compte « sûr » ou de remettre votre carte. Votre banque ne vous demande jamais vos codes par téléphone. Le numéro affiché peut être faux.
page-phone-scam-now =
    1. Raccrochez. Rappelez vous-même votre banque, au numéro qui figure sur votre carte ou sur son site.
    2. Vous avez donné des codes ou des données de carte, ou remis votre carte ? Appelez tout de suite Card Stop au 078 170 170.
    3. Vous avez perdu de l'argent ? Portez plainte auprès de votre police locale. Notez le numéro qui a appelé, la date et l'heure.
page-phone-scam-words = faux conseiller, employé de banque, Microsoft, compte sûr, codes, lecteur de carte, appel suspect, vishing, coursier, spoofing

page-investment-scam-title = Faux placement : des gains promis qui n'arrivent jamais
page-investment-scam-rule = Des fraudeurs proposent des placements, souvent en cryptomonnaies, avec de gros gains et peu de risques, parfois avec de faux articles sur des personnes connues. Un « conseiller personnel » vous pousse à payer toujours plus. Quand vous voulez récupérer votre argent, il a disparu. Ensuite, d'autres proposent de le récupérer contre paiement : c'est la même arnaque.
page-investment-scam-now =
    1. Ne payez plus rien, même pas des « frais » ou des « taxes » pour débloquer vos gains ou récupérer votre argent.
    2. Vérifiez sur fsma.be si l'entreprise est autorisée ou fait l'objet d'une mise en garde, et signalez-la à la FSMA.
    3. Vous avez déjà payé ? Appelez tout de suite votre banque et portez plainte auprès de votre police locale.
page-investment-scam-words = crypto, bitcoin, plateforme de trading, investissement en ligne, forex, courtier, rendement, conseiller, récupération de fonds, actions, épargne
