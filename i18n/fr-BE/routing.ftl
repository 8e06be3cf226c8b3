# Orientation vers la médiation (français de Belgique) : questions, réponses et conseils quand aucun service ne peut (encore) aider.

route-location = Où est établie l'entreprise avec laquelle vous avez un problème ?
route-location--be = En Belgique
route-location--eu = Autre pays de l'UE, Islande, Norvège ou Royaume-Uni
route-location--outside = Ailleurs (p. ex. États-Unis, Chine)
route-location--unknown = Je ne sais pas / le site semble faux

route-court = Votre affaire est-elle déjà devant un tribunal ou chez un autre service de médiation ?
route-court--yes = Oui
route-court--no = Non

route-complained = Avez-vous déjà introduit une plainte écrite auprès de l'entreprise ? Quand ?
route-complained--yes-less-than-year = Oui, il y a moins d'1 an
route-complained--yes-more-than-year = Oui, il y a plus d'1 an
route-complained--no = Non, pas encore

route-sector = De quoi s'agit-il ?
route-sector--trade = Un achat en magasin ou en ligne
route-sector--energy = Électricité ou gaz
route-sector--telecom = GSM, internet ou télévision
route-sector--finance = Une banque, un crédit ou des placements
route-sector--insurance = Une assurance
route-sector--more = Autre chose

route-sector-more = Est-ce l'un de ces domaines ?
route-sector-more--postal = Courrier ou colis
route-sector-more--travel = Un voyage à forfait ou une agence de voyages
route-sector-more--flight = Un vol (retard, annulation, surréservation)
route-sector-more--cars = L'achat d'une voiture ou d'une moto
route-sector-more--construction = Des travaux de construction ou de rénovation
route-sector-more--more = Autre chose

route-sector-rest = Qu'est-ce qui correspond le mieux ?
route-sector-rest--rail = Un voyage en train
route-sector-rest--notary = Un notaire
route-sector-rest--other = Autre chose

route-trade-member = Le magasin indique-t-il être inscrit auprès de l'Ombudsman du commerce (site, ticket, vitrine) ?
route-trade-member--yes = Oui
route-trade-member--no = Non
route-trade-member--unknown = Je ne sais pas

route-car-seller = Qui vous a vendu le véhicule ?
route-car-seller--professional = Un garage ou un concessionnaire en Belgique
route-car-seller--private = Un particulier

mediate-note-late = Vous vous êtes plaint à l'entreprise il y a plus d'un an. Ce service peut refuser votre demande pour cette raison : contactez-le avant de préparer votre dossier.
mediate-note-complaint-advised = Vous ne vous êtes pas encore plaint par écrit à l'entreprise. Ce service vous conseille de le faire d'abord, mais il peut quand même traiter votre demande.
mediate-after = Ensuite, si l'entreprise ne répond pas ou refuse, ce service peut vous aider :

advice-outside-europe-title = Entreprise hors d'Europe : possibilités limitées
advice-outside-europe-text = Les services de médiation belges aident quand l'entreprise est établie en Belgique ou y a une succursale. Le Centre Européen des Consommateurs aide pour les entreprises d'un autre pays de l'UE, d'Islande, de Norvège ou du Royaume-Uni. Contre une entreprise établie ailleurs, ils ne peuvent rien, mais vous pouvez peut-être récupérer votre argent par le moyen de paiement utilisé.
advice-outside-europe-next =
    1. Écrivez à l'entreprise et gardez une copie de tout.
    2. Payé par carte ? Demandez vite à votre banque ou à l'émetteur de la carte si le paiement peut être contesté.
    3. Signalez l'entreprise sur econsumer.gov, un site des autorités de protection des consommateurs de nombreux pays.
    4. C'est une arnaque ? Portez plainte auprès de votre police locale.

advice-scam-title = Cela ressemble à une arnaque : agissez maintenant
advice-scam-text = Une entreprise introuvable ou un site qui semble faux, c'est le plus souvent une arnaque. Aucun service de médiation et aucun centre des consommateurs ne peut agir contre des escrocs. L'important maintenant : protéger votre argent et prévenir les autorités.
advice-scam-next =
    1. Ne payez plus rien et ne répondez plus aux escrocs.
    2. Vous avez donné vos données de carte ou vos codes bancaires ? Appelez tout de suite Card Stop (078 170 170) et votre banque.
    3. Vous avez perdu de l'argent ? Portez plainte auprès de votre police locale et gardez la référence.
    4. Signalez la pratique à cette borne (« Signaler une pratique ») et transférez les messages suspects à Safeonweb.

advice-in-court-title = Déjà devant un tribunal ou en médiation
advice-in-court-text = Un service de médiation ne prend pas une affaire qui est déjà devant un tribunal ou traitée par un autre organe de médiation ou d'arbitrage. Un même litige ne peut pas être traité deux fois en même temps.
advice-in-court-next =
    1. Devant un tribunal : demandez à votre avocat ou au greffe quelles sont les prochaines étapes.
    2. Chez un autre service de médiation : attendez sa réponse, ou demandez-lui où en est votre dossier.
    3. Des questions sur vos droits de consommateur : appelez le Contact Center du SPF Économie.

advice-complain-first-title = D'abord une plainte écrite à l'entreprise
advice-complain-first-text = Le service qui peut vous aider ne prend une affaire qu'après que vous avez essayé de la régler vous-même avec l'entreprise. Une plainte écrite vous donne aussi la preuve qu'il vous demandera.
advice-complain-first-next =
    1. Écrivez à l'entreprise par lettre ou par e-mail : décrivez le problème et dites ce que vous demandez.
    2. Gardez une copie et une preuve d'envoi ; un recommandé est le plus sûr.
    3. Laissez à l'entreprise un délai raisonnable pour répondre, par exemple quelques semaines.
    4. Pas de réponse ou pas de solution ? Adressez-vous alors au service ci-dessous.

advice-flight-title = Un vol : d'abord la compagnie, puis le SPF Mobilité
advice-flight-text = Pour un vol retardé ou annulé, ou un refus d'embarquement, des règles européennes vous donnent des droits. La compagnie aérienne doit d'abord traiter votre demande. Ensuite, le SPF Mobilité et Transports traite les plaintes pour les vols au départ de la Belgique, et pour les vols vers la Belgique depuis un pays hors UE avec une compagnie européenne. Pas le Service de Médiation pour le Consommateur.
advice-flight-next =
    1. Envoyez votre demande à la compagnie avec son formulaire, et gardez votre carte d'embarquement et une copie.
    2. Pas de réponse, ou pas de réponse satisfaisante, après 6 semaines ? Utilisez le formulaire de plainte en ligne du SPF Mobilité et Transports.
    3. Cela s'est passé dans un aéroport d'un autre pays de l'UE ? L'organisme de ce pays est compétent.
    4. Une compagnie établie dans un autre pays de l'UE : le Centre Européen des Consommateurs peut aussi aider.

advice-private-sale-title = Acheté à un particulier : pas de service de médiation
advice-private-sale-text = Aucun service de médiation ne traite une vente entre deux particuliers : ni la commission Automoto, ni le Service de Médiation pour le Consommateur, ni le Centre Européen des Consommateurs. Les règles de protection du consommateur (droit de rétractation, garantie légale) ne s'appliquent pas non plus.
advice-private-sale-next =
    1. Écrivez au vendeur : décrivez le problème et ce que vous demandez. Gardez une copie.
    2. Gardez l'annonce, vos messages, le contrat et la preuve de paiement.
    3. Une fraude (kilométrage trafiqué, fausse annonce, payé sans rien recevoir) ? Portez plainte auprès de votre police locale.
    4. Pas d'accord ? Vous pouvez porter l'affaire devant le juge de paix.
