# Informatie zoeken, zoeken op trefwoord, een oplossing vinden en doorverwijzing naar bemiddeling (Nederlands).

home-solve = Een oplossing vinden
home-solve-text = Beantwoord enkele eenvoudige vragen: wij tonen u uw rechten en wat u kunt doen.
home-info = Informatie zoeken
home-info-text = Uw rechten als consument, thema per thema.
home-mediation = Bemiddeling aanvragen
home-mediation-text = Vind de dienst die u kan helpen een geschil met een onderneming op te lossen.

search-open = Zoeken op trefwoord
search-title = Zoeken
search-label = Typ een of meer woorden, bijvoorbeeld: garantie, phishing, energiefactuur
search-none = Niets gevonden voor deze woorden
search-none-text = Probeer een ander woord, of minder woorden. U kunt ook enkele vragen beantwoorden of de thema's doorbladeren.

info-title = Informatie zoeken
info-question = Waarover gaat uw vraag?
info-now = Wat u nu kunt doen
info-actions = In actie komen
info-report = Deze praktijk melden
info-mediate = De juiste bemiddelingsdienst vinden
info-numbers = Nuttige nummers

solve-title = Een oplossing vinden
solve-outcome-intro = Dit geldt voor uw situatie
solve-again = De vragen opnieuw beantwoorden

quiz-progress = Vraag { $value }
quiz-restart = Opnieuw beginnen

mediate-title = Bemiddeling aanvragen
mediate-service-intro = De dienst die u kan helpen
mediate-conditions = Voorwaarden
mediate-prepare = Voor te bereiden
mediate-cost = Kosten
mediate-first = Wat u eerst moet doen
mediate-your-answers = Uw antwoorden
mediate-contact = Contactgegevens
mediate-qr = Scan om de website op uw telefoon te openen
scroll-more = Meer hieronder
