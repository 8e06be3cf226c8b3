# Informationen finden, Stichwortsuche, eine Lösung finden und Weg zur Schlichtung (Deutsch).

home-solve = Eine Lösung finden
home-solve-text = Beantworten Sie einige einfache Fragen: Wir zeigen Ihnen Ihre Rechte und was Sie tun können.
home-info = Informationen finden
home-info-text = Ihre Rechte als Verbraucher, Thema für Thema.
home-mediation = Schlichtung beantragen
home-mediation-text = Finden Sie die Stelle, die Ihnen hilft, einen Streit mit einem Unternehmen beizulegen.

search-open = Nach Stichwort suchen
search-title = Suche
search-label = Geben Sie ein oder mehrere Wörter ein, zum Beispiel: Garantie, Phishing, Energierechnung
search-none = Nichts gefunden für diese Wörter
search-none-text = Versuchen Sie ein anderes Wort oder weniger Wörter. Sie können auch einige Fragen beantworten oder die Themen durchsehen.

info-title = Informationen finden
info-question = Worum geht es bei Ihrer Frage?
info-now = Was Sie jetzt tun können
info-actions = Handeln
info-report = Diese Praktik melden
info-mediate = Die richtige Schlichtungsstelle finden
info-numbers = Nützliche Nummern

solve-title = Eine Lösung finden
solve-outcome-intro = Das gilt für Ihre Situation
solve-again = Die Fragen erneut beantworten

quiz-progress = Frage { $value }
quiz-restart = Neu beginnen

mediate-title = Schlichtung beantragen
mediate-service-intro = Die Stelle, die Ihnen helfen kann
mediate-conditions = Bedingungen
mediate-prepare = Was Sie vorbereiten sollten
mediate-cost = Kosten
mediate-first = Was Sie zuerst tun sollten
mediate-your-answers = Ihre Antworten
mediate-contact = Kontaktdaten
mediate-qr = Scannen Sie, um die Website auf Ihrem Telefon zu öffnen
scroll-more = Weiter unten mehr
