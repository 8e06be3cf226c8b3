# Services de médiation (français de Belgique) : nom, domaine, conditions, documents à préparer, coût.

service-cms-name = Service de Médiation pour le Consommateur
service-cms-scope = Tout litige avec une entreprise établie en Belgique lorsqu'aucun service sectoriel n'est compétent ; il transmet aussi votre dossier au bon service.
service-cms-conditions =
    1. Vous avez d'abord essayé de régler le problème avec l'entreprise, et vous pouvez le prouver.
    2. Votre plainte auprès de l'entreprise date de moins d'1 an.
    3. Vous donnez votre nom et vos coordonnées : les demandes anonymes sont refusées.
    4. L'affaire n'est pas devant un tribunal ni chez un autre service de médiation.
service-cms-prepare =
    1. Vos nom, date de naissance, adresse, numéro de téléphone et adresse e-mail.
    2. Le nom exact et l'adresse de l'entreprise.
    3. Ticket de caisse, contrat, factures, bon de commande ou bon de livraison.
    4. Vos lettres ou e-mails à l'entreprise et ses réponses.
    5. La solution que vous souhaitez.
service-cms-cost = Gratuit.

service-ombudsfin-name = Ombudsfin – Ombudsman en conflits financiers
service-ombudsfin-scope = Litiges avec une banque, un prêteur ou un autre établissement financier : comptes, paiements, crédits et placements.
service-ombudsfin-conditions =
    1. Adressez d'abord une plainte écrite au service des plaintes de la banque ou du prêteur.
    2. Votre demande peut être refusée si cette plainte date de plus d'1 an.
    3. L'établissement doit être affilié à Ombudsfin (c'est le cas des membres de Febelfin, la fédération du secteur financier).
service-ombudsfin-prepare =
    1. Votre plainte au service des plaintes de l'établissement et sa réponse.
    2. Le contrat, les extraits de compte ou les documents de crédit.
    3. Les dates, montants et numéros de compte ou de contrat concernés.
    4. Vos nom, adresse et coordonnées.
service-ombudsfin-cost = Gratuit. L'ombudsman rend un avis ; la banque n'est pas obligée de le suivre.

service-ombudsman-insurance-name = Ombudsman des Assurances
service-ombudsman-insurance-scope = Litiges avec un assureur ou un intermédiaire d'assurances au sujet d'un contrat d'assurance de droit belge.
service-ombudsman-insurance-conditions =
    1. Le mieux : adressez-vous d'abord à votre courtier ou agent, puis au service des plaintes de l'assureur.
    2. Pas pour les accidents du travail, ni pour une affaire déjà devant un tribunal.
    3. Votre plainte se fait par écrit : formulaire en ligne, lettre ou e-mail.
service-ombudsman-insurance-prepare =
    1. Votre numéro de police et le contrat d'assurance.
    2. Le numéro du sinistre, s'il y en a un.
    3. Vos lettres ou e-mails à l'assureur et ses réponses.
    4. Ce que vous demandez.
service-ombudsman-insurance-cost = Gratuit. L'ombudsman rend un avis motivé ; l'assureur n'est pas obligé de le suivre.

service-energy-mediation-name = Service de Médiation de l'Énergie
service-energy-mediation-scope = Litiges avec un fournisseur ou un gestionnaire de réseau d'électricité ou de gaz, par exemple sur les factures ou les contrats.
service-energy-mediation-conditions =
    1. Vous avez d'abord introduit une plainte auprès de votre fournisseur ou de votre gestionnaire de réseau.
    2. À Bruxelles et en Wallonie, les problèmes de raccordement, de compteur et de compteur à budget peuvent aussi aller à Brugel ou à la CWaPE.
    3. Une fois votre plainte acceptée, le montant contesté n'est pas réclamé jusqu'à la fin de la procédure.
    4. Vous pouvez écrire en français, en néerlandais ou en allemand.
service-energy-mediation-prepare =
    1. Votre numéro de client et le code EAN de votre compteur (sur votre facture).
    2. Les factures contestées et votre contrat.
    3. Votre plainte au fournisseur ou au gestionnaire de réseau et sa réponse.
    4. Vos nom, adresse et coordonnées.
service-energy-mediation-cost = Gratuit.

service-telecom-mediation-name = Service de médiation pour les télécommunications
service-telecom-mediation-scope = Litiges avec un opérateur télécom : GSM, internet, télévision et téléphone fixe.
service-telecom-mediation-conditions =
    1. Vous avez d'abord introduit une plainte auprès de votre opérateur, et vous pouvez le prouver.
    2. Ne tardez pas : il peut refuser si votre plainte auprès de l'opérateur date de plus d'1 an.
    3. Votre demande se fait par écrit ; le téléphone sert seulement pour des informations.
    4. Une fois votre plainte acceptée, le montant contesté n'est pas réclamé pendant 4 mois maximum.
service-telecom-mediation-prepare =
    1. Votre numéro de client et le numéro de téléphone ou de ligne concerné.
    2. Les factures contestées et votre contrat.
    3. Votre plainte à l'opérateur et sa réponse.
    4. Vos nom, adresse et coordonnées.
service-telecom-mediation-cost = Gratuit.

service-postal-mediation-name = Service de médiation pour le secteur postal
service-postal-mediation-scope = Litiges avec bpost ou une autre entreprise postale ou de colis, que vous soyez l'expéditeur ou le destinataire.
service-postal-mediation-conditions =
    1. Plaignez-vous d'abord auprès de l'entreprise postale ; pour un colis commandé, d'abord auprès du vendeur ou de la boutique en ligne.
    2. Ne tardez pas : il peut refuser si votre plainte auprès de l'entreprise date de plus d'1 an.
    3. Votre demande se fait par écrit, avec votre nom et votre adresse postale : une adresse e-mail seule ne suffit pas.
service-postal-mediation-prepare =
    1. Le numéro de suivi ou la référence de l'envoi.
    2. La preuve d'envoi ou la confirmation de commande.
    3. Votre plainte à l'entreprise ou au vendeur et sa réponse.
    4. Des photos, si l'envoi est endommagé.
service-postal-mediation-cost = Gratuit.

service-rail-mediation-name = Service de médiation pour les voyageurs ferroviaires
service-rail-mediation-scope = Litiges avec une compagnie ferroviaire en Belgique (SNCB et autres), avec Infrabel ou au sujet d'un parking de gare.
service-rail-mediation-conditions =
    1. Plaignez-vous d'abord auprès de la compagnie ferroviaire ; elle a 1 mois pour répondre.
    2. Écrivez ensuite au service de médiation : lettre, e-mail, formulaire en ligne ou à son guichet.
service-rail-mediation-prepare =
    1. Votre billet ou votre abonnement.
    2. La date, l'heure et le train concernés.
    3. Votre plainte à la compagnie ferroviaire et sa réponse.
    4. Vos nom, adresse et coordonnées.
service-rail-mediation-cost = Gratuit.

service-ombudsman-trade-name = Ombudsman du Commerce
service-ombudsman-trade-scope = Litiges avec des magasins et des boutiques en ligne enregistrés auprès de l'Ombudsman du Commerce.
service-ombudsman-trade-conditions =
    1. Le commerçant doit être enregistré auprès de cet ombudsman ; sinon, adressez-vous au Service de Médiation pour le Consommateur.
    2. Vous avez d'abord contacté le commerçant au sujet du problème.
    3. Pas pour un montant de moins de 25 EUR, ni si vous avez contacté le commerçant il y a plus d'1 an.
    4. La demande se fait en ligne, sur son site internet.
service-ombudsman-trade-prepare =
    1. Le ticket de caisse, la facture ou la confirmation de commande.
    2. Vos messages au commerçant et ses réponses.
    3. Des photos du produit, si c'est utile.
    4. La solution que vous souhaitez.
service-ombudsman-trade-cost = Gratuit pour vous : ce sont les commerçants enregistrés qui financent le service.

service-travel-disputes-name = Commission Litiges Voyages
service-travel-disputes-scope = Litiges avec un organisateur de voyages ou une agence de voyages au sujet d'un voyage à forfait.
service-travel-disputes-conditions =
    1. Seulement si les conditions de l'organisateur ou de l'agence renvoient à la Commission, ou si les deux parties l'acceptent.
    2. Vous avez d'abord introduit une plainte écrite auprès de l'organisateur ou de l'agence.
    3. La conciliation demande l'accord de l'autre partie ; en arbitrage, la décision est contraignante.
service-travel-disputes-prepare =
    1. Votre bon de commande, votre contrat et les conditions de l'organisateur.
    2. La preuve de paiement.
    3. Votre plainte écrite et la réponse.
    4. Des photos ou d'autres preuves du problème.
service-travel-disputes-cost = Payant : des frais sont demandés ; les montants actuels figurent sur son site internet.

service-notary-ombudsman-name = Ombudsman pour le notariat
service-notary-ombudsman-scope = Plaintes de tout client au sujet d'un notaire en Belgique.
service-notary-ombudsman-conditions =
    1. En parler d'abord avec le notaire est conseillé, mais pas obligatoire.
    2. Votre demande se fait par écrit et mentionne votre nom : les demandes anonymes sont refusées.
    3. Pas si l'affaire est devant un tribunal ou dans une autre procédure.
    4. Vous pouvez écrire en français, en néerlandais, en allemand ou en anglais ; le dossier est traité en français ou en néerlandais.
service-notary-ombudsman-prepare =
    1. Le nom et l'étude du notaire.
    2. L'acte ou le dossier concerné, et sa date.
    3. Vos lettres ou e-mails au notaire.
    4. Le formulaire en ligne accepte 3 pièces jointes : choisissez les documents essentiels.
service-notary-ombudsman-cost = Gratuit. L'ombudsman rend un avis ; le notaire n'est pas obligé de le suivre.

service-construction-conciliation-name = Commission de Conciliation Construction
service-construction-conciliation-scope = Litiges techniques entre un particulier et un entrepreneur ou un architecte au sujet de travaux de construction ou de rénovation.
service-construction-conciliation-conditions =
    1. Les deux parties doivent être d'accord : une clause dans le contrat, ou un accord signé après le litige.
    2. Seulement pour des problèmes techniques, par exemple de l'humidité, des fissures ou une toiture qui fuit.
service-construction-conciliation-prepare =
    1. Le contrat et la clause ou l'accord de conciliation.
    2. Les devis, factures et plans.
    3. Des photos des défauts.
    4. Vos lettres ou e-mails à l'entrepreneur ou à l'architecte.
service-construction-conciliation-cost = Payant : chaque partie paie des frais ; le montant actuel figure sur son site internet.

service-automoto-conciliation-name = Commission de Conciliation Automoto
service-automoto-conciliation-scope = Litiges avec un vendeur professionnel établi en Belgique au sujet de l'achat d'une voiture ou d'une moto, neuve ou d'occasion.
service-automoto-conciliation-conditions =
    1. Vous avez d'abord essayé de régler le problème avec le vendeur, sans succès.
    2. Vous avez acheté le véhicule comme particulier, à un vendeur professionnel en Belgique.
    3. Votre bon de commande doit mentionner la Commission de conciliation Automoto ; sinon, adressez-vous au Service de Médiation pour le Consommateur.
service-automoto-conciliation-prepare =
    1. Le bon de commande et la facture.
    2. La preuve que vous avez tenté de régler le litige avec le vendeur.
    3. Le Car-Pass, pour un véhicule d'occasion.
    4. Des photos ou des rapports sur le problème, si vous en avez.
service-automoto-conciliation-cost = Chaque partie paie une fois 80 EUR (TVA comprise), non remboursables. Un expert coûte en plus, seulement si vous êtes d'accord.

service-ecc-belgium-name = Centre Européen des Consommateurs Belgique
service-ecc-belgium-scope = Litiges avec un commerçant établi dans un autre pays de l'UE, en Islande, en Norvège ou au Royaume-Uni.
service-ecc-belgium-conditions =
    1. Vous habitez en Belgique et vous avez acheté comme consommateur à une entreprise, pas à un particulier.
    2. Le commerçant est établi dans un autre pays de l'UE, en Islande, en Norvège ou au Royaume-Uni.
    3. Si possible, vous avez déjà signalé le problème au commerçant.
    4. Le Centre ne peut rien contre les fraudeurs : signalez-les à la police et à l'Inspection économique.
service-ecc-belgium-prepare =
    1. La preuve d'achat et la preuve de paiement.
    2. Vos messages au commerçant et ses réponses, dans l'ordre des dates.
    3. Le nom, l'adresse et le site internet du commerçant.
    4. Votre IBAN et votre BIC, pour un remboursement.
    5. Vous pouvez envoyer 8 documents au maximum.
service-ecc-belgium-cost = Gratuit.
