# Orientation vers la médiation (français de Belgique) : questions, réponses et conseils quand aucun service ne peut encore aider.

route-location = Où est établie l'entreprise avec laquelle vous avez un problème ?
route-location--be = En Belgique
route-location--eu = Autre pays de l'UE, Islande, Norvège ou Royaume-Uni
route-location--outside = Ailleurs (p. ex. États-Unis, Chine)

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
route-sector-more--cars = L'achat d'une voiture ou d'une moto
route-sector-more--construction = Des travaux de construction ou de rénovation
route-sector-more--more = Autre chose

route-sector-rest = Qu'est-ce qui correspond le mieux ?
route-sector-rest--rail = Un voyage en train
route-sector-rest--notary = Un notaire
route-sector-rest--other = Autre chose

advice-outside-eu-title = Entreprise hors de l'UE : possibilités limitées
advice-outside-eu-text = En principe, les services de médiation belges et le Centre Européen des Consommateurs traitent uniquement les entreprises établies en Belgique, dans l'UE, en Islande, en Norvège ou au Royaume-Uni. Ils ne peuvent pas intervenir contre une entreprise établie ailleurs. Vous pouvez peut-être encore récupérer votre argent par le moyen de paiement utilisé.
advice-outside-eu-next =
    1. Écrivez à l'entreprise et gardez une copie de tout.
    2. Payé par carte ? Demandez rapidement à votre banque ou à l'émetteur de la carte si le paiement peut être contesté.
    3. Signalez l'entreprise sur econsumer.gov, un site des autorités de protection des consommateurs de nombreux pays.
    4. C'est une arnaque ? Signalez-la à la police.

advice-in-court-title = Déjà devant un tribunal ou en médiation
advice-in-court-text = Un service de médiation ne prend pas une affaire qui est déjà devant un tribunal ou traitée par un autre organe de médiation ou d'arbitrage. Un même litige ne peut pas être traité deux fois en même temps.
advice-in-court-next =
    1. Devant un tribunal : demandez à votre avocat ou au greffe quelles sont les prochaines étapes.
    2. Chez un autre service de médiation : attendez sa réponse, ou demandez-lui où en est votre dossier.
    3. Des questions sur vos droits de consommateur : appelez le Contact Center du SPF Économie.

advice-complain-first-title = Plaignez-vous d'abord par écrit auprès de l'entreprise
advice-complain-first-text = Les services de médiation vous demandent presque toujours d'essayer d'abord de régler le problème vous-même avec l'entreprise. Une plainte écrite vous donne aussi la preuve qu'ils vous demanderont. Exception : pour une plainte contre un notaire, vous pouvez vous adresser directement à l'Ombudsman pour le notariat.
advice-complain-first-next =
    1. Écrivez à l'entreprise par lettre ou par e-mail : décrivez le problème et dites ce que vous demandez.
    2. Gardez une copie et une preuve d'envoi ; une lettre recommandée est le plus sûr.
    3. Laissez à l'entreprise un délai raisonnable pour répondre, par exemple quelques semaines.
    4. Pas de réponse ou pas de solution ? Revenez : la borne vous indiquera alors le bon service de médiation.

advice-too-late-title = Votre plainte date de plus d'1 an
advice-too-late-text = De nombreux services de médiation, comme le Service de Médiation pour le Consommateur, peuvent refuser une affaire lorsque la plainte auprès de l'entreprise date de plus d'1 an. D'autres pistes restent possibles.
advice-too-late-next =
    1. Le problème continue, par exemple une nouvelle facture erronée ? Envoyez à l'entreprise une nouvelle plainte écrite à ce sujet.
    2. Appelez le Contact Center du SPF Économie : il peut vous dire ce qui est encore possible.
    3. Aller en justice reste peut-être possible : demandez à un avocat si vous êtes encore dans les délais.
