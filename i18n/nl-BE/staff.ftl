# Personeelsmodus (Belgisch Nederlands): de aanmelding, het personeelsmenu, de begeleide sessie, het
# statusscherm, het scherm 'buiten gebruik'. Alleen voor het personeel, behalve de balk van een begeleide
# sessie en het scherm 'buiten gebruik', die bezoekers zien.

## Log-in
staff-login-title = Aanmelding personeel
staff-login-hint = Typ uw personeels-id en daarna uw pincode op het toetsenbord.
staff-id = Personeels-id
staff-pin = Pincode
staff-pin-digits = Getypte cijfers: { $value }
staff-pin-clear = Alles wissen
staff-pin-delete = Laatste cijfer wissen
staff-login-submit = Aanmelden
staff-login-cancel = Annuleren
staff-login-failed = Het personeels-id of de pincode is onjuist.
staff-login-locked = Te veel foute pogingen. De aanmelding voor personeel is geblokkeerd tot { $value }.
staff-login-off = De personeelsmodus is niet ingesteld op deze terminal.

## Staff menu
staff-menu-title = Personeelsmenu
staff-menu-who = Aangemeld als { $value }
staff-assist = Een bezoeker helpen
staff-assist-text = De schermen van de bezoeker, met een balk die toont dat u helpt. Uw personeels-id wordt bij de dossiers geregistreerd.
staff-dashboard = Status van de terminal
staff-dashboard-text = Verzending, wachtrij, problemen en instellingen van de terminal.
staff-logout = Afmelden

## Assisted session (visitors see the banner, in their language)
assist-banner = Geholpen door medewerker { $value }
assist-end = Hulp beëindigen

## Dashboard (no personal data)
staff-dash-title = Status van de terminal
staff-dash-link = Centrale dienst
staff-dash-state = Verbinding
staff-dash-online = Bereikbaar
staff-dash-offline = Niet bereikbaar
staff-dash-last-sync = Laatste geslaagde uitwisseling
staff-dash-never = nooit
staff-dash-credentials = Toegangsgegevens
staff-dash-credentials-ok = Aanvaard
staff-dash-credentials-refused = Geweigerd door de centrale dienst (401/403): verzending gestopt
staff-dash-token-missing = Tokenbestand ontbreekt of is onleesbaar: verzending gepauzeerd
staff-dash-queue = Wachtrij
staff-dash-pending = Wacht op verzending
staff-dash-sent = Verzonden
staff-dash-rejected = Geweigerd door de centrale dienst
staff-dash-oldest = Langste wachttijd
staff-dash-none = geen
staff-age = { $h } h { $m } min
staff-dash-rejected-list = Geweigerde dossiers
staff-dash-rejected-none = Geen geweigerde dossiers.
staff-dash-terminal = Deze terminal
staff-dash-kiosk-id = Terminal-id
staff-dash-version = Versie
staff-dash-content = Inhoudsversie
staff-dash-uptime = Draait al
staff-dash-audit = Activiteit personeel
staff-sync-now = Nu synchroniseren
staff-resume = Token opnieuw lezen en hervatten
staff-folder = Map (een usb-stick staat meestal onder /media)
staff-export = Wachtrij naar deze map exporteren
staff-import = Bestanden uit deze map importeren
staff-out-of-service = Buiten gebruik stellen
staff-back-in-service = Weer in gebruik nemen
staff-done-sync = Synchronisatie gevraagd: de wachtrij wordt verzonden.
staff-done-export = Geëxporteerde dossiers: { $value }.
staff-done-import-details = Geïmporteerd: { $imported }, al in de wachtrij: { $already }, geweigerd: { $refused }, overgeslagen: { $skipped }.
staff-done-out = De terminal is buiten gebruik: bezoekers zien het scherm „Buiten gebruik”.
staff-done-back = De terminal is weer in gebruik.
staff-failed = Het is niet gelukt: { $value }

## The audit's actions
audit-login-ok = Aangemeld
audit-login-failed = Onjuist nummer of onjuiste pincode
audit-locked = Aanmelding geblokkeerd
audit-logout = Afgemeld
audit-idle-logout = Afgemeld (inactief)
audit-assist-start = Begeleide sessie gestart
audit-assist-end = Begeleide sessie beëindigd
audit-sync-now = Synchronisatie gevraagd
audit-resume = Token opnieuw gelezen
audit-export = Wachtrij geëxporteerd
audit-import = Map geïmporteerd
audit-out-of-service = Buiten gebruik gesteld
audit-back-in-service = Weer in gebruik genomen

## Out of service (visitors; each language shows its own line)
out-of-order-title = Buiten gebruik
out-of-order-text = Deze terminal is buiten gebruik. Vraag het aan het onthaal.

## The kinds of submission (the list of refused ones)
staff-kind-report = Melding
staff-kind-question = Vraag
staff-kind-mediation = Aanvraag tot bemiddeling
