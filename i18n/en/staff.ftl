# Staff mode (English): the log-in, the staff menu, the assisted session, the dashboard, the
# out-of-service screen. Staff only, except the banner of an assisted session and the
# out-of-service screen, which visitors see.

## Log-in
staff-login-title = Staff log-in
staff-login-hint = Type your staff id, then your PIN on the keypad.
staff-id = Staff id
staff-pin = PIN
staff-pin-digits = { $value } digits typed
staff-pin-clear = Clear
staff-pin-delete = Delete last digit
staff-login-submit = Log in
staff-login-cancel = Cancel
staff-login-failed = The staff id or the PIN is wrong.
staff-login-locked = Too many wrong attempts. Staff log-in is locked until { $value }.
staff-login-off = Staff mode is not set up on this terminal.

## Staff menu
staff-menu-title = Staff menu
staff-menu-who = Logged in as { $value }
staff-assist = Help a visitor
staff-assist-text = The visitor's screens, with a banner showing that you assist. Their submissions record your staff id.
staff-dashboard = Terminal status
staff-dashboard-text = Sending, the queue, problems, and the terminal's settings.
staff-logout = Log out

## Assisted session (visitors see the banner, in their language)
assist-banner = Assisted by staff member { $value }
assist-end = End the assistance

## Dashboard (no personal data)
staff-dash-title = Terminal status
staff-dash-link = Central service
staff-dash-state = Connection
staff-dash-online = Reachable
staff-dash-offline = Not reachable
staff-dash-last-sync = Last successful exchange
staff-dash-never = never
staff-dash-credentials = Credentials
staff-dash-credentials-ok = Accepted
staff-dash-credentials-refused = Refused by the central service (401/403): sending is stopped
staff-dash-token-missing = Token file missing or unreadable: sending is paused
staff-dash-queue = Queue
staff-dash-pending = Waiting to be sent
staff-dash-sent = Sent
staff-dash-rejected = Refused by the central service
staff-dash-oldest = Oldest waiting for
staff-dash-none = none
staff-age = { $h } h { $m } min
staff-dash-rejected-list = Refused submissions
staff-dash-rejected-none = No refused submission.
staff-dash-terminal = This terminal
staff-dash-kiosk-id = Terminal id
staff-dash-version = Version
staff-dash-content = Content version
staff-dash-uptime = Running for
staff-dash-audit = Staff activity
staff-sync-now = Sync now
staff-resume = Re-read the token and resume
staff-folder = Folder (a USB stick is usually under /media)
staff-export = Export the queue to this folder
staff-import = Import the files of this folder
staff-out-of-service = Put out of service
staff-back-in-service = Put back in service
staff-done-sync = Sync asked: the queue is being sent.
staff-done-export = { $value } submissions exported.
staff-done-import-details = { $imported } imported, { $already } already in the queue, { $refused } refused, { $skipped } skipped.
staff-done-out = The terminal is out of service: visitors see the out-of-order screen.
staff-done-back = The terminal is back in service.
staff-failed = It did not work: { $value }

## The audit's actions
audit-login-ok = Logged in
audit-login-failed = Wrong id or PIN
audit-locked = Log-in locked
audit-logout = Logged out
audit-idle-logout = Logged out (no touch)
audit-assist-start = Assisted session started
audit-assist-end = Assisted session ended
audit-sync-now = Sync now
audit-resume = Token re-read
audit-export = Queue exported
audit-import = Folder imported
audit-out-of-service = Put out of service
audit-back-in-service = Put back in service

## Out of service (visitors; each language shows its own line)
out-of-order-title = Out of order
out-of-order-text = This terminal is out of order. Please ask at the reception desk.

## The kinds of submission (the list of refused ones)
staff-kind-report = Report
staff-kind-question = Question
staff-kind-mediation = Mediation request
