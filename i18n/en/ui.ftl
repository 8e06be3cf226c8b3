# The kiosk's own words (English). Keys are shared by the four locales; tests check that every
# locale has exactly the same keys.

app-name = ConsumerConnect
lang-short = EN
lang-name = English

start-welcome = Welcome
start-touch = Choose your language to begin. Your questions and reports about consumer rights, in one place.

nav-back = Back

home-title = ConsumerConnect
home-question = What can we do for you?
home-report = Report a practice
home-report-text = Tell the Economic Inspection about a dishonest or unfair practice by a company. You may stay anonymous.

step-of = Step { $value }
step-theme = Subject
step-company = Company
step-facts = What happened
step-about = About you
step-review = Check and send

report-theme-title = What is it about?
report-theme-hint = Choose the subject closest to your problem.
report-company-title = Which company is it?
report-company-hint = Give what you know. Only the name is required.
report-about-title = About you
report-about-hint = You choose: report anonymously, or give your name so that the Inspection can contact you if needed.
report-review-title = Check your report
report-review-hint = Touch "Change" to correct an answer. Nothing is sent before you confirm.
report-next = Next
report-back-to-review = Back to the summary
report-confirm = Send my report

field-company-name = Name of the company
field-website = Website
field-enterprise-number = Enterprise number
field-enterprise-number-hint = Optional. 10 digits, for example 0123.456.749
field-address = Address of the company
field-facts-date = When did it happen?
field-facts-date-none = Touch a day in the calendar.
field-channel = How were you in contact?
field-amount = Amount involved (euro)
field-amount-hint = Optional. For example 49,99
field-description = What happened?
field-description-hint = Describe the facts in your own words.
field-counter = { $value } / { $max } characters
# The day of a date written out (German: "2. November 2026").
date-day = { $value }
field-name = First name and last name
field-email = E-mail
field-phone = Phone
field-postal-code = Postal code

date-prev-year = Previous year
date-prev-month = Previous month
date-next-month = Next month
date-next-year = Next year

identity-anonymous = Report anonymously
identity-named = Give my name
identity-anonymous-note = Your report is sent without your name. The only difference: the Inspection cannot contact you if it needs more information. With or without your name, it does not report back on the outcome.
consent-share = I agree that my report is passed on to the Economic Inspection.
consent-contact = The Inspection may contact me about this report.

review-edit = Change
review-empty = (not given)
review-theme = Subject
review-company-name = Company
review-website = Website
review-enterprise-number = Enterprise number
review-address = Address
review-facts-date = Date of the facts
review-channel = Contact
review-amount = Amount
review-description = What happened
review-identity = Identity
review-name = Name
review-email = E-mail
review-phone = Phone
review-postal-code = Postal code
review-consent-contact = May be contacted
review-yes = Yes
review-no = No

save-failed = Your report could not be saved on this terminal. Nothing is lost: your answers are still here. Please try again, or ask a staff member for help.
save-failed-close = Back to my report

forms-closed-title = Forms cannot be sent from this terminal right now
forms-closed-text = This terminal cannot save forms at the moment. You can still read the information, search, and use “Find a solution”. To report a practice, please come back later or ask a staff member.
forms-closed-ok = I understand
forms-closed-tile = Not available at the moment

receipt-title = Your report has been recorded
receipt-thanks = Thank you. Your report has been recorded.
receipt-reference = Reference
receipt-code = Tracking code
receipt-keep = Write these down or scan the QR code: you need both to follow up your file.
receipt-next-title = What happens next?
receipt-next-text = Your report is sent to the Economic Inspection of the FPS Economy. It uses reports to decide which companies to check. It does not settle individual disputes and does not report back on its investigations.
receipt-qr = Scan to follow up your file at home
receipt-home = Back to the menu

timeout-title = Are you still there?
timeout-countdown = For your privacy, your answers will be erased in { $value } seconds.
timeout-more-time = Continue
timeout-touch = Touch “{ timeout-more-time }” to keep your answers.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
