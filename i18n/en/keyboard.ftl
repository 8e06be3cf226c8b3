# The keys of the on-screen keyboard (crates/core/src/keyboard.rs, LABEL_KEYS). Short words: they
# must fit on a key (10 characters at most).

kbd-space = space
kbd-done = Done
kbd-hide = Hide
kbd-shift = Shift
kbd-caps = Caps Lock
kbd-backspace = Delete
kbd-symbols = 123?
kbd-letters = abc
kbd-accents = é ü ñ
kbd-azerty = Belgian keys
kbd-qwerty = English keys
