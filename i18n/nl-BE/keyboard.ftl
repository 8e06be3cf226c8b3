# De toetsen van het schermtoetsenbord (crates/core/src/keyboard.rs, LABEL_KEYS). Korte woorden: ze
# moeten op een toets passen (hoogstens 10 tekens).

kbd-space = spatie
kbd-done = OK
kbd-hide = Verbergen
kbd-shift = Shift
kbd-caps = Caps Lock
kbd-backspace = Wissen
kbd-symbols = 123?
kbd-letters = abc
kbd-accents = é ë ï
kbd-azerty = Belgisch klavier
kbd-qwerty = Engels klavier
