# Trouver de l'information, recherche par mot-clé, trouver une solution et orientation vers la médiation (français).

home-solve = Trouver une solution
home-solve-text = Répondez à quelques questions simples : nous vous montrons vos droits et ce que vous pouvez faire.
home-info = Trouver de l'information
home-info-text = Vos droits de consommateur, thème par thème.
home-mediation = Demander une médiation
home-mediation-text = Trouvez le service qui peut vous aider à régler un litige avec une entreprise.

search-open = Rechercher par mot-clé
search-title = Recherche
search-label = Tapez un ou plusieurs mots, par exemple : garantie, phishing, facture d'énergie
search-none = Aucun résultat pour ces mots
search-none-text = Essayez un autre mot, ou moins de mots. Vous pouvez aussi répondre à quelques questions ou parcourir les thèmes.

info-title = Trouver de l'information
info-question = Sur quoi porte votre question ?
info-now = Ce que vous pouvez faire maintenant
info-actions = Agir
info-report = Signaler cette pratique
info-mediate = Trouver le bon service de médiation
info-numbers = Numéros utiles

solve-title = Trouver une solution
solve-outcome-intro = Voici ce qui s'applique à votre situation
solve-again = Répondre à nouveau aux questions

quiz-progress = Question { $value }
quiz-restart = Recommencer

mediate-title = Demander une médiation
mediate-service-intro = Le service qui peut vous aider
mediate-conditions = Conditions
mediate-prepare = À préparer
mediate-cost = Coût
mediate-first = Ce qu'il faut faire d'abord
mediate-your-answers = Vos réponses
mediate-contact = Coordonnées
mediate-qr = Scannez pour ouvrir le site sur votre téléphone
scroll-more = Suite plus bas
