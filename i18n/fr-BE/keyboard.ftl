# Les touches du clavier à l'écran (crates/core/src/keyboard.rs, LABEL_KEYS). Des mots courts : ils
# doivent tenir sur une touche (10 caractères au plus).

kbd-space = espace
kbd-done = OK
kbd-hide = Masquer
kbd-shift = Maj
kbd-caps = Verr. Maj
kbd-backspace = Effacer
kbd-symbols = 123?
kbd-letters = abc
kbd-accents = é à ç
kbd-azerty = Clavier belge
kbd-qwerty = Clavier anglais
