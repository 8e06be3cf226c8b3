# Thème « voyages et événements » (français de Belgique) : titres des sujets et pages sur les voyages à forfait, les vols, les événements annulés et la revente de billets.

topic-travel = Voyages
topic-events = Concerts, spectacles et billets

page-package-travel-cancelled-title = Votre voyage à forfait est annulé
page-package-travel-cancelled-rule = Un voyage à forfait combine au moins deux services pour un même voyage, par exemple le vol et l'hôtel, pour plus de 24 heures ou avec une nuitée. Si l'organisateur l'annule, il doit vous rembourser tout ce que vous avez payé, dans les 14 jours. Vous n'êtes pas obligé d'accepter un bon à valoir ou un autre voyage. Si l'organisateur modifie fortement le voyage, vous pouvez aussi l'annuler sans frais.
page-package-travel-cancelled-now =
    1. Demandez par écrit à l'organisateur le remboursement complet. Gardez votre réservation et la preuve de paiement.
    2. Pas de remboursement après 14 jours ? Envoyez une lettre recommandée qui fixe un dernier délai.
    3. Lisez les conditions de l'organisateur : si elles renvoient à la Commission Litiges Voyages, vous pouvez vous y adresser.
    4. Organisateur établi dans un autre pays de l'UE ? Le CEC Belgique peut vous aider gratuitement.
page-package-travel-cancelled-words = vacances, séjour, tour-opérateur, agence de voyages, remboursement, bon à valoir, voucher, vol et hôtel, réservation, annulation

page-flight-delay-cancellation-title = Vol retardé ou annulé
page-flight-delay-cancellation-rule = Des règles européennes protègent les passagers des vols au départ de l'UE, et des vols vers l'UE d'une compagnie européenne. Si votre vol est annulé ou fortement retardé, la compagnie doit vous assister : repas, hôtel si nécessaire, autre vol ou remboursement. Selon le retard et la distance, vous pouvez aussi recevoir une indemnité forfaitaire, sauf si la cause est exceptionnelle, comme une tempête.
page-flight-delay-cancellation-now =
    1. Gardez votre carte d'embarquement, votre réservation et les tickets de caisse des repas, de l'hôtel ou du transport.
    2. Réclamez d'abord auprès de la compagnie aérienne, par écrit ou avec le formulaire de son site.
    3. Pas de réponse satisfaisante après 6 semaines ? Portez plainte auprès du SPF Mobilité et Transports (Direction générale Transport aérien) avec son formulaire en ligne. Le Service de Médiation pour le Consommateur ne traite pas ces plaintes.
    4. Compagnie établie dans un autre pays de l'UE ? Le CEC Belgique peut aussi vous aider.
page-flight-delay-cancellation-words = avion, compagnie aérienne, aéroport, retard, indemnisation, compensation, embarquement, correspondance manquée, surréservation, remboursement, droits des passagers

page-event-cancelled-title = Concert ou spectacle annulé : récupérer votre argent
page-event-cancelled-rule = Si un concert, un spectacle, un festival ou un match est annulé, vous avez en principe droit au remboursement de votre billet. Adressez-vous à l'organisateur ou au vendeur de billets chez qui vous l'avez acheté. Si l'événement est seulement reporté, demandez-leur quelles sont vos possibilités. Lisez bien leur message : il explique en général comment demander le remboursement et jusqu'à quand. Gardez votre billet et la preuve de paiement jusqu'au remboursement.
page-event-cancelled-now =
    1. Suivez la procédure de remboursement annoncée par l'organisateur ou le vendeur de billets.
    2. Rien après quelques semaines ? Demandez le remboursement par écrit, avec votre billet et la preuve de paiement.
    3. Toujours rien ? Demandez une médiation, ou signalez l'organisateur à l'Inspection économique.
page-event-cancelled-words = ticket, festival, match, remboursement, organisateur, reporté, artiste, annulation, rembourser, dédommagement

page-ticket-resale-title = Billet revendu trop cher ou faux billet
page-ticket-resale-rule = En Belgique, il est interdit de revendre un billet pour un événement plus cher que son prix d'origine. De faux billets ou des copies sont souvent vendus sur les réseaux sociaux et les sites de revente, et ils sont refusés à l'entrée. Achetez auprès de l'organisateur, de ses vendeurs officiels ou de sa plateforme officielle de revente. Méfiez-vous d'un particulier qui vous demande de payer par virement.
page-ticket-resale-now =
    1. Vous avez acheté un faux billet ? Gardez l'annonce, les messages et la preuve de paiement.
    2. Contactez tout de suite votre banque pour essayer de bloquer le paiement ou de récupérer l'argent.
    3. Portez plainte auprès de votre police locale.
    4. Signalez le vendeur ou le site à l'Inspection économique.
page-ticket-resale-words = ticket, revente, marché noir, contrefaçon, arnaque, Facebook, Marketplace, festival, concert, escroquerie, prix abusif

page-rail-complaint-title = Un problème avec un voyage en train
page-rail-complaint-rule = Retard, billet ou service : plaignez-vous d'abord auprès de la compagnie ferroviaire. Elle a 1 mois pour répondre. Pas de réponse ou pas satisfait ? Le Service de médiation pour les voyageurs ferroviaires peut vous aider gratuitement. Il traite toutes les compagnies actives en Belgique, si votre voyage commence, se termine ou passe par une correspondance en Belgique, ou si vous avez acheté le billet à une compagnie belge. Avec la SNCB, un retard d'une heure ou plus vous donne droit au prix complet du billet en compensation.
page-rail-complaint-now =
    1. Gardez votre billet ou votre abonnement, et notez la date, l'heure et le train.
    2. Retard ? Demandez une compensation avec le formulaire de la compagnie ferroviaire.
    3. Un autre problème ? Plaignez-vous par écrit à la compagnie et gardez une copie.
    4. Pas de réponse dans le mois ou pas satisfait ? Écrivez au Service de médiation pour les voyageurs ferroviaires.
page-rail-complaint-words = train, chemin de fer, SNCB, NMBS, retard, train supprimé, billet, abonnement, amende, compensation, remboursement, gare, Eurostar, navetteur, correspondance
