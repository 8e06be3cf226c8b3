# Les textes propres à la borne (français de Belgique). Les clés sont communes aux quatre langues ; des tests
# vérifient que chaque langue a exactement les mêmes clés.

app-name = ConsumerConnect
lang-short = FR
lang-name = Français

start-welcome = Bienvenue
start-touch = Choisissez votre langue pour commencer. Vos questions et vos signalements sur les droits des consommateurs, en un seul endroit.

nav-back = Retour

home-title = ConsumerConnect
home-question = Que pouvons-nous faire pour vous ?
home-report = Signaler une pratique
home-report-text = Informez l'Inspection économique d'une pratique malhonnête ou déloyale d'une entreprise. Vous pouvez rester anonyme.

step-of = Étape { $value }
step-theme = Sujet
step-company = Entreprise
step-facts = Les faits
step-about = À propos de vous
step-review = Récapitulatif

report-theme-title = De quoi s'agit-il ?
report-theme-hint = Choisissez le sujet le plus proche de votre problème.
report-company-title = De quelle entreprise s'agit-il ?
report-company-hint = Indiquez ce que vous savez. Seul le nom est obligatoire.
report-about-title = À propos de vous
report-about-hint = C'est vous qui choisissez : signaler de façon anonyme, ou donner votre nom pour que l'Inspection puisse vous contacter si nécessaire.
report-review-title = Vérifiez votre signalement
report-review-hint = Touchez « Modifier » pour corriger une réponse. Rien n'est envoyé avant votre confirmation.
report-next = Suivant
report-back-to-review = Retour au récapitulatif
report-confirm = Envoyer

field-company-name = Nom de l'entreprise
field-website = Site internet
field-enterprise-number = Numéro d'entreprise
field-enterprise-number-hint = Facultatif. 10 chiffres, par exemple 0123.456.749
field-address = Adresse de l'entreprise
field-facts-date = Quand cela s'est-il passé ?
field-facts-date-none = Touchez un jour dans le calendrier.
field-channel = Comment avez-vous été en contact ?
field-amount = Montant concerné (euros)
field-amount-hint = Facultatif. Par exemple 49,99
field-description = Que s'est-il passé ?
field-description-hint = Décrivez les faits avec vos propres mots.
field-counter = { $value } / { $max } caractères
# The day of a date written out (German: "2. November 2026").
date-day = { $value }
field-name = Prénom et nom
field-email = E-mail
field-phone = Téléphone ou GSM
field-postal-code = Code postal

date-prev-year = Année précédente
date-prev-month = Mois précédent
date-next-month = Mois suivant
date-next-year = Année suivante

identity-anonymous = Rester anonyme
identity-named = Donner mon nom
identity-anonymous-note = Votre signalement est envoyé sans votre nom. Seule différence : l'Inspection ne pourra pas vous contacter si elle a besoin de plus d'informations. Anonyme ou non, elle n'informe personne des suites données.
consent-share = J'accepte que mon signalement soit transmis à l'Inspection économique.
consent-contact = L'Inspection peut me contacter au sujet de ce signalement.

review-edit = Modifier
review-empty = (non indiqué)
review-theme = Sujet
review-company-name = Entreprise
review-website = Site internet
review-enterprise-number = Numéro d'entreprise
review-address = Adresse
review-facts-date = Date des faits
review-channel = Contact
review-amount = Montant
review-description = Ce qui s'est passé
review-identity = Identité
review-name = Nom
review-email = E-mail
review-phone = Téléphone
review-postal-code = Code postal
review-consent-contact = Contact autorisé
review-yes = Oui
review-no = Non

save-failed = Votre signalement n'a pas pu être enregistré sur cette borne. Rien n'est perdu : vos réponses sont toujours là. Veuillez réessayer ou demander de l'aide à un membre du personnel.
save-failed-close = Revenir à mon signalement

forms-closed-title = Cette borne ne peut pas envoyer de formulaire pour le moment
forms-closed-text = Cette borne ne peut pas enregistrer de formulaire en ce moment. Vous pouvez toujours lire les informations, faire une recherche et utiliser « Trouver une solution ». Pour signaler une pratique, revenez plus tard ou adressez-vous à un membre du personnel.
forms-closed-ok = J'ai compris
forms-closed-tile = Indisponible pour le moment

receipt-title = Votre signalement est enregistré
receipt-thanks = Merci. Votre signalement a bien été enregistré.
receipt-reference = Référence
receipt-code = Code de suivi
receipt-keep = Notez ces deux codes ou scannez le code QR : vous aurez besoin des deux pour suivre votre dossier.
receipt-next-title = Et maintenant ?
receipt-next-text = Votre signalement est transmis à l'Inspection économique du SPF Économie. Elle s'appuie sur les signalements pour décider quelles entreprises contrôler. Elle ne règle pas les litiges individuels et ne vous informera pas des suites de ses enquêtes.
receipt-qr = Scannez pour suivre votre dossier depuis chez vous
receipt-home = Retour au menu

timeout-title = Êtes-vous toujours là ?
timeout-countdown = Pour protéger votre vie privée, vos réponses seront effacées dans { $value } { $value ->
        [one] seconde
       *[other] secondes
    }.
timeout-more-time = Continuer
timeout-touch = Touchez « { timeout-more-time } » pour garder vos réponses.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mer.
weekday-4 = jeu.
weekday-5 = ven.
weekday-6 = sam.
weekday-7 = dim.
