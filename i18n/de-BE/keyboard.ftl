# Die Tasten der Bildschirmtastatur (crates/core/src/keyboard.rs, LABEL_KEYS). Kurze Wörter: sie
# müssen auf eine Taste passen (höchstens 10 Zeichen).

kbd-space = Leertaste
kbd-done = OK
kbd-hide = Ausblenden
kbd-shift = Umschalt
kbd-caps = Feststell
kbd-backspace = Löschen
kbd-symbols = 123?
kbd-letters = abc
kbd-accents = ä ö ü ß
kbd-azerty = Belgische Tastatur
kbd-qwerty = Englische Tastatur
