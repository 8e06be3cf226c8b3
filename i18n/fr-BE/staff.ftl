# Mode personnel (français de Belgique) : la connexion, le menu du personnel, la session assistée, le tableau
# de bord, l'écran hors service. Réservé au personnel, sauf le bandeau d'une session assistée et
# l'écran hors service, que les visiteurs voient.

## Log-in
staff-login-title = Connexion du personnel
staff-login-hint = Tapez votre identifiant, puis votre code PIN sur le clavier.
staff-id = Identifiant
staff-pin = Code PIN
staff-pin-digits = Chiffres tapés : { $value }
staff-pin-clear = Tout effacer
staff-pin-delete = Effacer le dernier chiffre
staff-login-submit = Se connecter
staff-login-cancel = Annuler
staff-login-failed = L'identifiant ou le code PIN est incorrect.
staff-login-locked = Trop de tentatives erronées. La connexion du personnel est bloquée jusqu'à { $value }.
staff-login-off = Le mode personnel n'est pas configuré sur cette borne.

## Staff menu
staff-menu-title = Menu du personnel
staff-menu-who = Connecté : { $value }
staff-assist = Aider un visiteur
staff-assist-text = Les écrans du visiteur, avec un bandeau indiquant que vous l'assistez. Votre identifiant est enregistré avec ses dossiers.
staff-dashboard = État de la borne
staff-dashboard-text = Envoi, file d'attente, problèmes et paramètres de la borne.
staff-logout = Se déconnecter

## Assisted session (visitors see the banner, in their language)
assist-banner = Avec l'aide du membre du personnel { $value }
assist-end = Fin de l'aide

## Dashboard (no personal data)
staff-dash-title = État de la borne
staff-dash-link = Service central
staff-dash-state = Connexion
staff-dash-online = Joignable
staff-dash-offline = Injoignable
staff-dash-last-sync = Dernier échange réussi
staff-dash-never = jamais
staff-dash-credentials = Identifiants de la borne
staff-dash-credentials-ok = Acceptés
staff-dash-credentials-refused = Refusés par le service central (401/403) : l'envoi est arrêté
staff-dash-token-missing = Fichier du jeton absent ou illisible : l'envoi est en pause
staff-dash-queue = File d'attente
staff-dash-pending = En attente d'envoi
staff-dash-sent = Envoyés
staff-dash-rejected = Refusés par le service central
staff-dash-oldest = Attente la plus longue
staff-dash-none = aucun
staff-age = { $h } h { $m } min
staff-dash-rejected-list = Dossiers refusés
staff-dash-rejected-none = Aucun dossier refusé.
staff-dash-terminal = Cette borne
staff-dash-kiosk-id = Identifiant de la borne
staff-dash-version = Version
staff-dash-content = Version du contenu
staff-dash-uptime = Allumée depuis
staff-dash-audit = Activité du personnel
staff-sync-now = Synchroniser maintenant
staff-resume = Relire le jeton et reprendre
staff-folder = Répertoire (une clé USB se trouve en général sous /media)
staff-export = Exporter la file d'attente vers ce répertoire
staff-import = Importer les fichiers de ce répertoire
staff-out-of-service = Mettre hors service
staff-back-in-service = Remettre en service
staff-done-sync = Synchronisation demandée : la file d'attente est en cours d'envoi.
staff-done-export = Dossiers exportés : { $value }.
staff-done-import-details = Importés : { $imported }, déjà dans la file d'attente : { $already }, refusés : { $refused }, ignorés : { $skipped }.
staff-done-out = La borne est hors service : les visiteurs voient l'écran « Hors service ».
staff-done-back = La borne est de nouveau en service.
staff-failed = L'opération a échoué : { $value }

## The audit's actions
audit-login-ok = Connexion
audit-login-failed = Identifiant ou code PIN incorrect
audit-locked = Connexion bloquée
audit-logout = Déconnexion
audit-idle-logout = Déconnexion (inactivité)
audit-assist-start = Début d'une session assistée
audit-assist-end = Fin d'une session assistée
audit-sync-now = Synchronisation demandée
audit-resume = Jeton relu
audit-export = File d'attente exportée
audit-import = Répertoire importé
audit-out-of-service = Mise hors service
audit-back-in-service = Remise en service

## Out of service (visitors; each language shows its own line)
out-of-order-title = Hors service
out-of-order-text = Cette borne est hors service. Adressez-vous à l'accueil.

## The kinds of submission (the list of refused ones)
staff-kind-report = Signalement
staff-kind-question = Question
staff-kind-mediation = Demande de médiation
