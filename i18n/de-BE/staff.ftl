# Personalmodus (Deutsch, Belgien): die Anmeldung, das Personalmenü, die unterstützte Sitzung, der
# Terminalstatus, der Bildschirm „Außer Betrieb“. Nur für das Personal, außer dem Banner einer
# unterstützten Sitzung und dem Bildschirm „Außer Betrieb“, die Besucher sehen.

## Log-in
staff-login-title = Anmeldung Personal
staff-login-hint = Geben Sie Ihre Personal-ID ein, dann Ihre PIN auf dem Tastenfeld.
staff-id = Personal-ID
staff-pin = PIN
staff-pin-digits = Eingegebene Ziffern: { $value }
staff-pin-clear = Alles löschen
staff-pin-delete = Letzte Ziffer löschen
staff-login-submit = Anmelden
staff-login-cancel = Abbrechen
staff-login-failed = Die Personal-ID oder die PIN ist falsch.
staff-login-locked = Zu viele Fehlversuche. Die Anmeldung für das Personal ist bis { $value } gesperrt.
staff-login-off = Der Personalmodus ist auf diesem Terminal nicht eingerichtet.

## Staff menu
staff-menu-title = Personalmenü
staff-menu-who = Angemeldet als { $value }
staff-assist = Einem Besucher helfen
staff-assist-text = Die Bildschirme des Besuchers, mit einem Banner, das Ihre Hilfe anzeigt. Ihre Personal-ID wird mit den Akten gespeichert.
staff-dashboard = Terminalstatus
staff-dashboard-text = Versand, Warteschlange, Probleme und Einstellungen des Terminals.
staff-logout = Abmelden

## Assisted session (visitors see the banner, in their language)
assist-banner = Mit Hilfe von Personalmitglied { $value }
assist-end = Hilfe beenden

## Dashboard (no personal data)
staff-dash-title = Terminalstatus
staff-dash-link = Zentraler Dienst
staff-dash-state = Verbindung
staff-dash-online = Erreichbar
staff-dash-offline = Nicht erreichbar
staff-dash-last-sync = Letzter erfolgreicher Austausch
staff-dash-never = nie
staff-dash-credentials = Zugangsdaten
staff-dash-credentials-ok = Akzeptiert
staff-dash-credentials-refused = Vom zentralen Dienst abgelehnt (401/403): Versand gestoppt
staff-dash-token-missing = Token-Datei fehlt oder ist unlesbar: Versand pausiert
staff-dash-queue = Warteschlange
staff-dash-pending = Wartet auf Versand
staff-dash-sent = Gesendet
staff-dash-rejected = Vom zentralen Dienst abgelehnt
staff-dash-oldest = Längste Wartezeit
staff-dash-none = keine
staff-age = { $h } h { $m } min
staff-dash-rejected-list = Abgelehnte Akten
staff-dash-rejected-none = Keine abgelehnten Akten.
staff-dash-terminal = Dieses Terminal
staff-dash-kiosk-id = Terminal-ID
staff-dash-version = Version
staff-dash-content = Inhaltsversion
staff-dash-uptime = Läuft seit
staff-dash-audit = Personalaktivität
staff-sync-now = Jetzt synchronisieren
staff-resume = Token neu lesen und fortsetzen
staff-folder = Ordner (ein USB-Stick liegt meist unter /media)
staff-export = Warteschlange in diesen Ordner exportieren
staff-import = Dateien aus diesem Ordner importieren
staff-out-of-service = Außer Betrieb nehmen
staff-back-in-service = Wieder in Betrieb nehmen
staff-done-sync = Synchronisierung angefordert: Die Warteschlange wird gesendet.
staff-done-export = Exportierte Akten: { $value }.
staff-done-import-details = Importiert: { $imported }, schon in der Warteschlange: { $already }, abgelehnt: { $refused }, übersprungen: { $skipped }.
staff-done-out = Das Terminal ist außer Betrieb: Besucher sehen den Bildschirm „Außer Betrieb“.
staff-done-back = Das Terminal ist wieder in Betrieb.
staff-failed = Fehlgeschlagen: { $value }

## The audit's actions
audit-login-ok = Angemeldet
audit-login-failed = Falsche Nummer oder PIN
audit-locked = Anmeldung gesperrt
audit-logout = Abgemeldet
audit-idle-logout = Abgemeldet (Inaktivität)
audit-assist-start = Unterstützte Sitzung begonnen
audit-assist-end = Unterstützte Sitzung beendet
audit-sync-now = Synchronisierung angefordert
audit-resume = Token neu gelesen
audit-export = Warteschlange exportiert
audit-import = Ordner importiert
audit-out-of-service = Außer Betrieb genommen
audit-back-in-service = Wieder in Betrieb genommen

## Out of service (visitors; each language shows its own line)
out-of-order-title = Außer Betrieb
out-of-order-text = Dieses Terminal ist außer Betrieb. Bitte fragen Sie am Empfang.

## The kinds of submission (the list of refused ones)
staff-kind-report = Meldung
staff-kind-question = Frage
staff-kind-mediation = Schlichtungsantrag
