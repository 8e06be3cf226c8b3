# Find information, keyword search, find a solution and mediation routing (English).

home-solve = Find a solution
home-solve-text = Answer a few simple questions: we show you your rights and what you can do.
home-info = Find information
home-info-text = Your rights as a consumer, theme by theme.
home-mediation = Request mediation
home-mediation-text = Find the service that can help you settle a dispute with a company.

search-open = Search by keyword
search-title = Search
search-label = Type one or more words, for example: guarantee, phishing, energy bill
search-none = Nothing found for these words
search-none-text = Try another word, or fewer words. You can also answer a few questions or browse the themes.

info-title = Find information
info-question = What is your question about?
info-now = What you can do now
info-actions = Take action
info-report = Report this practice
info-mediate = Find the right mediation service
info-numbers = Useful numbers

solve-title = Find a solution
solve-outcome-intro = This is what applies to your situation
solve-again = Answer the questions again

quiz-progress = Question { $value }
quiz-restart = Start over

mediate-title = Request mediation
mediate-service-intro = The service that can help you
mediate-conditions = Conditions
mediate-prepare = What to prepare
mediate-cost = Cost
mediate-first = What to do first
mediate-your-answers = Your answers
mediate-contact = Contact details
mediate-qr = Scan to open the website on your phone
scroll-more = More below
