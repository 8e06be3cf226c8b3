//! The on-screen keyboard: its layouts as pure data, and the small state machine behind them.
//!
//! The UI draws [`KeyboardState::rows`] and, when a key is tapped, calls
//! [`KeyboardState::press_at`] with the row and column it drew (or [`KeyboardState::press`] with
//! the key's action); the returned [`Edit`] says what to do to the field's text.
//!
//! ```text
//! pub enum Layout  { Text, Email, Numeric }        // chosen by the field being edited
//! pub enum Letters { Azerty, Qwerty }              // Letters::for_locale, switchable by a key
//! pub enum Page    { Letters, Symbols, Accents }
//! pub struct KeyboardState { pub layout, pub letters, pub page, pub shift, pub caps }
//! pub enum KeyAction { Insert(String), Backspace, Shift, Space, Enter, Page(Page), ToggleLetters, Hide }
//! pub struct Key { pub label: String, pub label_key: Option<&'static str>,
//!                  pub action: KeyAction, pub width: u8, pub active: bool }
//! pub enum Edit { Insert(String), Backspace, Done, Hide }
//!
//! KeyboardState::new(layout: Layout, locale: &str) -> KeyboardState
//! KeyboardState::set_layout(&mut self, layout: Layout)        // focus moved to another field
//! KeyboardState::rows(&self) -> Vec<Vec<Key>>                  // what to draw now
//! KeyboardState::press(&mut self, action: &KeyAction) -> Option<Edit>
//! KeyboardState::press_at(&mut self, row: usize, col: usize) -> Option<Edit>
//! KeyboardState::uppercase(&self) -> bool
//! ```
//!
//! # Keys
//! - `label` is the text to draw, already in the right case. When `label_key` is `Some`, the
//!   key is a function key whose caption is the Fluent message of that id (one of
//!   [`LABEL_KEYS`], in `i18n/<locale>/keyboard.ftl`); `label` is then a language-neutral
//!   fallback (`⇧`, `⌫`, `123?` …).
//! - `width` is in units, 1 = a letter key; no row is wider than [`MAX_ROW_UNITS`], so the UI can
//!   make one unit `available width / MAX_ROW_UNITS`.
//! - `active` marks a key that is "on" (Shift or Caps Lock).
//!
//! # Layouts
//! - **Text**, letters page (4 rows): Belgian AZERTY or QWERTY letters with `, . ' -`;
//!   Backspace at the end of row 1, Done (= [`KeyAction::Enter`]) at the end of row 2, Shift at
//!   the start of row 3, then `123?` (symbols page), `é à ç` (accents page), the AZERTY/QWERTY
//!   switch (its caption names the layout it switches *to*), a wide Space and Hide.
//! - **Symbols** page: digits 1–0 and `- / : ; ( ) € & @ " . , ? ! ' + = % # * _ °`.
//! - **Accents** page: every accented or special letter of French, Dutch and German, lowercase
//!   and uppercase at once (lowercase row above its uppercase row, same columns), so each is two
//!   taps from the letters page. Inserting one returns to the letters page.
//! - **Email** (5 rows, always lowercase, no Shift and no accents): a digit row, the letters,
//!   and a row `123? @ . - _ .be .com`.
//! - **Numeric** (phone, amount, postal code): a 4-column pad `1 2 3 ⌫ / 4 5 6 Done /
//!   7 8 9 Hide / + 0 , .` with keys three units wide. It has no pages.
//!
//! # State machine ([`KeyboardState::press`])
//! - `Insert(text)` → [`Edit::Insert`]; a one-shot Shift turns off (Caps Lock stays); on the
//!   accents page the keyboard goes back to the letters page.
//! - `Space` → `Edit::Insert(" ")`; `Backspace` → [`Edit::Backspace`]; neither changes Shift.
//! - `Shift` (Text layout only) cycles off → one-shot Shift → Caps Lock (a second tap) → off.
//! - `Page(p)` shows page `p` (not in the Numeric layout); `ToggleLetters` switches
//!   AZERTY ⇄ QWERTY and shows the letters page.
//! - `Enter` → [`Edit::Done`] (close or go to the next field), `Hide` → [`Edit::Hide`]; both put
//!   the keyboard back on its letters page with Shift and Caps Lock off.

/// Fluent id of the Space bar caption.
pub const KBD_SPACE: &str = "kbd-space";
/// Fluent id of the Done key ([`KeyAction::Enter`]).
pub const KBD_DONE: &str = "kbd-done";
/// Fluent id of the Hide key.
pub const KBD_HIDE: &str = "kbd-hide";
/// Fluent id of the Shift key (off or one-shot).
pub const KBD_SHIFT: &str = "kbd-shift";
/// Fluent id of the Shift key while Caps Lock is on.
pub const KBD_CAPS: &str = "kbd-caps";
/// Fluent id of the Backspace key.
pub const KBD_BACKSPACE: &str = "kbd-backspace";
/// Fluent id of the key to the symbols page (`123?`).
pub const KBD_SYMBOLS: &str = "kbd-symbols";
/// Fluent id of the key back to the letters page (`abc`).
pub const KBD_LETTERS: &str = "kbd-letters";
/// Fluent id of the key to the accents page (`é à ç`).
pub const KBD_ACCENTS: &str = "kbd-accents";
/// Fluent id of the switch to AZERTY (shown while QWERTY is on).
pub const KBD_AZERTY: &str = "kbd-azerty";
/// Fluent id of the switch to QWERTY (shown while AZERTY is on).
pub const KBD_QWERTY: &str = "kbd-qwerty";

/// Every Fluent id a [`Key::label_key`] can hold; each has a message in every
/// `i18n/<locale>/keyboard.ftl`.
pub const LABEL_KEYS: &[&str] = &[
    KBD_SPACE,
    KBD_DONE,
    KBD_HIDE,
    KBD_SHIFT,
    KBD_CAPS,
    KBD_BACKSPACE,
    KBD_SYMBOLS,
    KBD_LETTERS,
    KBD_ACCENTS,
    KBD_AZERTY,
    KBD_QWERTY,
];

/// The widest row, in units (12 keys of 1 unit fit a 1280 px screen with keys over 56 px).
pub const MAX_ROW_UNITS: u8 = 12;

/// Which keyboard the field being edited wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Names, addresses, descriptions.
    Text,
    /// An e-mail address: lowercase, with `@ . - _ .be .com` and a digit row.
    Email,
    /// Phone numbers, amounts, postal codes.
    Numeric,
}

/// The arrangement of the letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Letters {
    /// Belgian AZERTY.
    Azerty,
    /// QWERTY.
    Qwerty,
}

impl Letters {
    /// QWERTY for English (`en`, `en-…`), Belgian AZERTY for every other locale.
    pub fn for_locale(locale: &str) -> Letters {
        if locale == "en" || locale.starts_with("en-") { Letters::Qwerty } else { Letters::Azerty }
    }

    /// The other arrangement.
    pub fn toggled(self) -> Letters {
        match self {
            Letters::Azerty => Letters::Qwerty,
            Letters::Qwerty => Letters::Azerty,
        }
    }

    /// The three rows of letter-area keys (letters and `, . ' -`), lowercase.
    fn rows(self) -> [&'static [&'static str]; 3] {
        match self {
            Letters::Azerty => AZERTY,
            Letters::Qwerty => QWERTY,
        }
    }
}

/// Which set of keys the Text or Email layout shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// AZERTY or QWERTY letters.
    Letters,
    /// Digits and symbols.
    Symbols,
    /// Accented and special letters, both cases.
    Accents,
}

/// What a key does when tapped.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KeyAction {
    /// Types this text (one letter, a symbol, or `.be`/`.com`), exactly as given.
    Insert(String),
    Backspace,
    Shift,
    Space,
    /// Done: close the keyboard or go to the next field.
    Enter,
    /// Shows another page.
    Page(Page),
    /// Switches AZERTY ⇄ QWERTY.
    ToggleLetters,
    /// Hides the keyboard.
    Hide,
}

/// One key to draw.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    /// The text shown, already in the right case; the fallback when `label_key` is `Some`.
    pub label: String,
    /// A Fluent id (one of [`LABEL_KEYS`]) when the caption is a word to translate.
    pub label_key: Option<&'static str>,
    pub action: KeyAction,
    /// Relative width in units; 1 = a letter key.
    pub width: u8,
    /// The key is "on" (Shift or Caps Lock).
    pub active: bool,
}

impl Key {
    /// A key that types `text` and shows it.
    fn text(text: &str) -> Key {
        Key {
            label: text.to_owned(),
            label_key: None,
            action: KeyAction::Insert(text.to_owned()),
            width: 1,
            active: false,
        }
    }

    /// A function key with a translatable caption.
    fn function(label: &str, label_key: &'static str, action: KeyAction, width: u8) -> Key {
        Key { label: label.to_owned(), label_key: Some(label_key), action, width, active: false }
    }

    fn wide(mut self, width: u8) -> Key {
        self.width = width;
        self
    }

    fn backspace(width: u8) -> Key {
        Key::function("⌫", KBD_BACKSPACE, KeyAction::Backspace, width)
    }

    fn done(width: u8) -> Key {
        Key::function("OK", KBD_DONE, KeyAction::Enter, width)
    }

    fn hide(width: u8) -> Key {
        Key::function("▼", KBD_HIDE, KeyAction::Hide, width)
    }

    fn space(width: u8) -> Key {
        Key::function("␣", KBD_SPACE, KeyAction::Space, width)
    }

    fn to_page(page: Page, width: u8) -> Key {
        let (label, label_key) = match page {
            Page::Letters => ("abc", KBD_LETTERS),
            Page::Symbols => ("123?", KBD_SYMBOLS),
            Page::Accents => ("é à ç", KBD_ACCENTS),
        };
        Key::function(label, label_key, KeyAction::Page(page), width)
    }

    /// The AZERTY/QWERTY switch while `current` is on: it names the arrangement it switches to.
    fn toggle(current: Letters, width: u8) -> Key {
        let (label, label_key) = match current.toggled() {
            Letters::Azerty => ("AZERTY", KBD_AZERTY),
            Letters::Qwerty => ("QWERTY", KBD_QWERTY),
        };
        Key::function(label, label_key, KeyAction::ToggleLetters, width)
    }
}

/// What the UI must do to the field's text after a tap.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Edit {
    /// Insert this text at the cursor.
    Insert(String),
    /// Delete the character before the cursor.
    Backspace,
    /// The visitor is done with the field (close the keyboard or go to the next field).
    Done,
    /// Hide the keyboard.
    Hide,
}

const AZERTY: [&[&str]; 3] = [
    &["a", "z", "e", "r", "t", "y", "u", "i", "o", "p"],
    &["q", "s", "d", "f", "g", "h", "j", "k", "l", "m"],
    &["w", "x", "c", "v", "b", "n", ",", ".", "'", "-"],
];

const QWERTY: [&[&str]; 3] = [
    &["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
    &["a", "s", "d", "f", "g", "h", "j", "k", "l", "'"],
    &["z", "x", "c", "v", "b", "n", "m", ",", ".", "-"],
];

const DIGITS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

/// Symbols page, rows 2 and 3 (row 1 is the digits).
const SYMBOLS: [&[&str]; 2] = [
    &["-", "/", ":", ";", "(", ")", "€", "&", "@", "\""],
    &[".", ",", "?", "!", "'", "+", "=", "%", "#", "*", "_", "°"],
];

/// Accents page: each lowercase row is followed by its uppercase row, column for column
/// (`ß` has no uppercase in common use).
const ACCENTS: [&[&str]; 4] = [
    &["à", "â", "ä", "æ", "ç", "é", "è", "ê", "ë", "î"],
    &["À", "Â", "Ä", "Æ", "Ç", "É", "È", "Ê", "Ë", "Î"],
    &["ï", "ô", "ö", "œ", "ù", "û", "ü", "ÿ", "ñ", "ß"],
    &["Ï", "Ô", "Ö", "Œ", "Ù", "Û", "Ü", "Ÿ", "Ñ"],
];

/// The e-mail row after the letters (besides `123?` and the `.` key, which is wider).
const EMAIL_ENDINGS: [&str; 2] = [".be", ".com"];

/// The numeric pad's rows of characters; each row gets one function key at its end but the last.
const NUMERIC: [[&str; 3]; 3] = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]];
const NUMERIC_LAST: [&str; 4] = ["+", "0", ",", "."];
/// Width of a numeric key: four columns fill the 12 units.
const NUMERIC_WIDTH: u8 = 3;

/// The keyboard's state: which layout, page and letters are shown, and Shift/Caps Lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyboardState {
    pub layout: Layout,
    pub letters: Letters,
    pub page: Page,
    /// One-shot Shift: the next character is uppercase, then it turns off.
    pub shift: bool,
    /// Caps Lock (Shift tapped twice): uppercase until Shift is tapped again.
    pub caps: bool,
}

impl KeyboardState {
    /// A keyboard on its letters page, Shift off; AZERTY unless `locale` is English.
    pub fn new(layout: Layout, locale: &str) -> KeyboardState {
        KeyboardState { layout, letters: Letters::for_locale(locale), page: Page::Letters, shift: false, caps: false }
    }

    /// Another field got the focus: its layout, back on the letters page with Shift and Caps
    /// Lock off; the visitor's AZERTY/QWERTY choice stays.
    pub fn set_layout(&mut self, layout: Layout) {
        self.layout = layout;
        self.reset();
    }

    /// Whether the letters are shown (and typed) in uppercase now.
    pub fn uppercase(&self) -> bool {
        self.layout == Layout::Text && (self.shift || self.caps)
    }

    /// The rows of keys to draw now, top to bottom.
    pub fn rows(&self) -> Vec<Vec<Key>> {
        match (self.layout, self.page) {
            (Layout::Numeric, _) => numeric_rows(),
            (Layout::Text, Page::Letters) => self.text_letter_rows(),
            (Layout::Email, Page::Letters) => self.email_letter_rows(),
            (layout, Page::Symbols) => symbol_rows(layout),
            (_, Page::Accents) => accent_rows(),
        }
    }

    /// Applies a tap on a key with `action`; returns what to do to the text, if anything.
    pub fn press(&mut self, action: &KeyAction) -> Option<Edit> {
        match action {
            KeyAction::Insert(text) => {
                self.shift = false;
                if self.page == Page::Accents {
                    self.page = Page::Letters;
                }
                Some(Edit::Insert(text.clone()))
            }
            KeyAction::Space => Some(Edit::Insert(" ".to_owned())),
            KeyAction::Backspace => Some(Edit::Backspace),
            KeyAction::Shift => {
                if self.layout == Layout::Text {
                    if self.caps {
                        self.caps = false;
                        self.shift = false;
                    } else if self.shift {
                        self.shift = false;
                        self.caps = true;
                    } else {
                        self.shift = true;
                    }
                }
                None
            }
            KeyAction::Page(page) => {
                if self.layout != Layout::Numeric {
                    self.page = *page;
                }
                None
            }
            KeyAction::ToggleLetters => {
                self.letters = self.letters.toggled();
                self.page = Page::Letters;
                None
            }
            KeyAction::Enter => {
                self.reset();
                Some(Edit::Done)
            }
            KeyAction::Hide => {
                self.reset();
                Some(Edit::Hide)
            }
        }
    }

    /// Applies a tap on the key at `row`, `col` of [`KeyboardState::rows`]; `None` as well when
    /// there is no such key (a stale tap).
    pub fn press_at(&mut self, row: usize, col: usize) -> Option<Edit> {
        let action = self.rows().get(row)?.get(col)?.action.clone();
        self.press(&action)
    }

    fn reset(&mut self) {
        self.page = Page::Letters;
        self.shift = false;
        self.caps = false;
    }

    fn letter_key(&self, letter: &str) -> Key {
        if self.uppercase() { Key::text(&letter.to_uppercase()) } else { Key::text(letter) }
    }

    fn text_letter_rows(&self) -> Vec<Vec<Key>> {
        let [top, middle, bottom] = self.letters.rows();
        let letters = |row: &[&str]| -> Vec<Key> { row.iter().map(|l| self.letter_key(l)).collect() };

        let mut row1 = letters(top);
        row1.push(Key::backspace(2));

        let mut row2 = letters(middle);
        row2.push(Key::done(2));

        let shift = if self.caps {
            Key::function("⇪", KBD_CAPS, KeyAction::Shift, 2)
        } else {
            Key::function("⇧", KBD_SHIFT, KeyAction::Shift, 2)
        };
        let mut row3 = vec![Key { active: self.shift || self.caps, ..shift }];
        row3.extend(letters(bottom));

        let row4 = vec![
            Key::to_page(Page::Symbols, 2),
            Key::to_page(Page::Accents, 2),
            Key::toggle(self.letters, 2),
            Key::space(4),
            Key::hide(2),
        ];
        vec![row1, row2, row3, row4]
    }

    fn email_letter_rows(&self) -> Vec<Vec<Key>> {
        let [top, middle, bottom] = self.letters.rows();
        let letters = |row: &[&str]| -> Vec<Key> {
            row.iter().filter(|l| l.chars().all(char::is_alphabetic)).map(|l| Key::text(l)).collect()
        };

        let mut digits: Vec<Key> = DIGITS.iter().map(|d| Key::text(d)).collect();
        digits.push(Key::backspace(2));

        let mut row2 = letters(top);
        row2.push(Key::done(2));

        let row3 = letters(middle);

        let mut row4 = vec![Key::toggle(self.letters, 2)];
        row4.extend(letters(bottom));
        row4.push(Key::hide(2));

        let mut row5 = vec![
            Key::to_page(Page::Symbols, 2),
            Key::text("@").wide(2),
            Key::text(".").wide(2),
            Key::text("-"),
            Key::text("_"),
        ];
        row5.extend(EMAIL_ENDINGS.iter().map(|e| Key::text(e).wide(2)));

        vec![digits, row2, row3, row4, row5]
    }
}

fn symbol_rows(layout: Layout) -> Vec<Vec<Key>> {
    let mut row1: Vec<Key> = DIGITS.iter().map(|d| Key::text(d)).collect();
    row1.push(Key::backspace(2));

    let [second, third] = SYMBOLS;
    let mut row2: Vec<Key> = second.iter().map(|s| Key::text(s)).collect();
    row2.push(Key::done(2));

    let row3: Vec<Key> = third.iter().map(|s| Key::text(s)).collect();

    let row4 = if layout == Layout::Email {
        vec![Key::to_page(Page::Letters, 2), Key::hide(2)]
    } else {
        vec![Key::to_page(Page::Letters, 2), Key::to_page(Page::Accents, 2), Key::space(6), Key::hide(2)]
    };
    vec![row1, row2, row3, row4]
}

fn accent_rows() -> Vec<Vec<Key>> {
    let [lower1, upper1, lower2, upper2] = ACCENTS;
    let keys = |row: &[&str]| -> Vec<Key> { row.iter().map(|l| Key::text(l)).collect() };

    let mut row1 = keys(lower1);
    row1.push(Key::backspace(2));
    let mut row2 = keys(upper1);
    row2.push(Key::done(2));
    let mut row3 = keys(lower2);
    row3.push(Key::to_page(Page::Symbols, 2));
    let mut row4 = keys(upper2);
    row4.push(Key::to_page(Page::Letters, 3));
    vec![row1, row2, row3, row4]
}

fn numeric_rows() -> Vec<Vec<Key>> {
    let ends = [Key::backspace(NUMERIC_WIDTH), Key::done(NUMERIC_WIDTH), Key::hide(NUMERIC_WIDTH)];
    let mut rows: Vec<Vec<Key>> = NUMERIC
        .iter()
        .zip(ends)
        .map(|(digits, end)| {
            let mut row: Vec<Key> = digits.iter().map(|d| Key::text(d).wide(NUMERIC_WIDTH)).collect();
            row.push(end);
            row
        })
        .collect();
    rows.push(NUMERIC_LAST.iter().map(|c| Key::text(c).wide(NUMERIC_WIDTH)).collect());
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every accented or special letter the visitor must reach in two taps.
    const REQUIRED_ACCENTS: &[&str] = &[
        "é", "è", "ê", "ë", "à", "â", "ä", "ç", "ù", "û", "ü", "ö", "ô", "î", "ï", "œ", "æ", "ß", "ÿ", "ñ", "É", "È",
        "Ê", "Ë", "À", "Â", "Ä", "Ç", "Ù", "Û", "Ü", "Ö", "Ô", "Î", "Ï", "Œ", "Æ", "Ÿ", "Ñ",
    ];

    const LOCALES: [&str; 4] = ["fr-BE", "nl-BE", "de-BE", "en"];

    fn labels(row: &[Key]) -> Vec<&str> {
        row.iter().map(|k| k.label.as_str()).collect()
    }

    fn units(row: &[Key]) -> u32 {
        row.iter().map(|k| u32::from(k.width)).sum()
    }

    /// What one tap on any key of `state` can type, with the state after each tap.
    fn one_tap(state: &KeyboardState) -> Vec<(Option<Edit>, KeyboardState)> {
        state
            .rows()
            .iter()
            .flatten()
            .map(|key| {
                let mut next = *state;
                let edit = next.press(&key.action);
                (edit, next)
            })
            .collect()
    }

    /// Every text typed by a tap sequence of at most two taps from `start`.
    fn within_two_taps(start: &KeyboardState) -> BTreeSet<String> {
        let mut typed = BTreeSet::new();
        for (edit, after) in one_tap(start) {
            if let Some(Edit::Insert(text)) = edit {
                typed.insert(text);
            }
            for (edit, _) in one_tap(&after) {
                if let Some(Edit::Insert(text)) = edit {
                    typed.insert(text);
                }
            }
        }
        typed
    }

    /// Every state a keyboard can be in.
    fn all_states() -> Vec<KeyboardState> {
        let mut states = Vec::new();
        for layout in [Layout::Text, Layout::Email, Layout::Numeric] {
            for letters in [Letters::Azerty, Letters::Qwerty] {
                for page in [Page::Letters, Page::Symbols, Page::Accents] {
                    for (shift, caps) in [(false, false), (true, false), (false, true)] {
                        states.push(KeyboardState { layout, letters, page, shift, caps });
                    }
                }
            }
        }
        states
    }

    fn inserts(state: &KeyboardState) -> BTreeSet<String> {
        state
            .rows()
            .iter()
            .flatten()
            .filter_map(|k| match &k.action {
                KeyAction::Insert(text) => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    fn has_action(state: &KeyboardState, action: &KeyAction) -> bool {
        state.rows().iter().flatten().any(|k| &k.action == action)
    }

    fn text(letters: Letters) -> KeyboardState {
        KeyboardState { letters, ..KeyboardState::new(Layout::Text, "fr-BE") }
    }

    #[test]
    fn locale_picks_the_letters() {
        assert_eq!(KeyboardState::new(Layout::Text, "fr-BE").letters, Letters::Azerty);
        assert_eq!(KeyboardState::new(Layout::Text, "nl-BE").letters, Letters::Azerty);
        assert_eq!(KeyboardState::new(Layout::Text, "de-BE").letters, Letters::Azerty);
        assert_eq!(KeyboardState::new(Layout::Text, "en").letters, Letters::Qwerty);
        let state = KeyboardState::new(Layout::Email, "en");
        assert_eq!((state.page, state.shift, state.caps), (Page::Letters, false, false));
    }

    #[test]
    fn azerty_first_row() {
        let rows = text(Letters::Azerty).rows();
        assert_eq!(labels(&rows[0])[..10], ["a", "z", "e", "r", "t", "y", "u", "i", "o", "p"]);
        assert_eq!(labels(&rows[1])[..10], ["q", "s", "d", "f", "g", "h", "j", "k", "l", "m"]);
        assert_eq!(labels(&rows[2])[1..7], ["w", "x", "c", "v", "b", "n"]);
    }

    #[test]
    fn qwerty_first_row() {
        let rows = text(Letters::Qwerty).rows();
        assert_eq!(labels(&rows[0])[..10], ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"]);
        assert_eq!(labels(&rows[1])[..9], ["a", "s", "d", "f", "g", "h", "j", "k", "l"]);
        assert_eq!(labels(&rows[2])[1..8], ["z", "x", "c", "v", "b", "n", "m"]);
    }

    #[test]
    fn text_letters_page_has_all_letters_punctuation_and_function_keys() {
        for letters in [Letters::Azerty, Letters::Qwerty] {
            let state = text(letters);
            let typed = inserts(&state);
            for c in ('a'..='z').map(String::from).chain([",", ".", "'", "-"].map(String::from)) {
                assert!(typed.contains(&c), "{letters:?} lacks {c}");
            }
            for action in [
                KeyAction::Shift,
                KeyAction::Backspace,
                KeyAction::Page(Page::Symbols),
                KeyAction::Page(Page::Accents),
                KeyAction::Space,
                KeyAction::ToggleLetters,
                KeyAction::Hide,
                KeyAction::Enter,
            ] {
                assert!(has_action(&state, &action), "{letters:?} lacks {action:?}");
            }
            let space = state.rows().into_iter().flatten().find(|k| k.action == KeyAction::Space);
            assert!(space.is_some_and(|k| k.width >= 4), "the Space bar is wide");
        }
    }

    #[test]
    fn every_accented_letter_within_two_taps() {
        for letters in [Letters::Azerty, Letters::Qwerty] {
            let typed = within_two_taps(&text(letters));
            for letter in REQUIRED_ACCENTS {
                assert!(typed.contains(*letter), "{letter} is not within two taps on {letters:?}");
            }
        }
    }

    #[test]
    fn accents_page_shows_both_cases_and_returns_to_letters() {
        let mut state = text(Letters::Azerty);
        assert_eq!(state.press(&KeyAction::Page(Page::Accents)), None);
        let typed = inserts(&state);
        for letter in REQUIRED_ACCENTS {
            assert!(typed.contains(*letter), "{letter} is not on the accents page");
        }
        assert_eq!(state.rows().len(), 4);
        assert_eq!(state.press(&KeyAction::Insert("É".into())), Some(Edit::Insert("É".into())));
        assert_eq!(state.page, Page::Letters);
        // The way back without typing.
        state.press(&KeyAction::Page(Page::Accents));
        assert!(has_action(&state, &KeyAction::Page(Page::Letters)));
    }

    #[test]
    fn shift_is_one_shot() {
        let mut state = text(Letters::Azerty);
        assert_eq!(state.press(&KeyAction::Shift), None);
        assert!(state.shift && !state.caps);
        let rows = state.rows();
        assert_eq!(labels(&rows[0])[..3], ["A", "Z", "E"]);
        assert!(rows[2][0].active);
        assert_eq!(rows[2][0].label_key, Some(KBD_SHIFT));
        assert_eq!(state.press_at(0, 0), Some(Edit::Insert("A".into())));
        assert!(!state.shift);
        assert_eq!(labels(&state.rows()[0])[..3], ["a", "z", "e"]);
        assert!(!state.rows()[2][0].active);
        assert_eq!(state.press_at(0, 1), Some(Edit::Insert("z".into())));
    }

    #[test]
    fn caps_sticks() {
        let mut state = text(Letters::Qwerty);
        state.press(&KeyAction::Shift);
        state.press(&KeyAction::Shift);
        assert!(state.caps);
        let shift = &state.rows()[2][0];
        assert!(shift.active);
        assert_eq!(shift.label_key, Some(KBD_CAPS));
        assert_eq!(state.press_at(0, 0), Some(Edit::Insert("Q".into())));
        assert_eq!(state.press(&KeyAction::Space), Some(Edit::Insert(" ".into())));
        assert_eq!(state.press_at(0, 1), Some(Edit::Insert("W".into())));
        assert!(state.caps);
        assert_eq!(labels(&state.rows()[0])[..2], ["Q", "W"]);
        state.press(&KeyAction::Shift);
        assert!(!state.caps && !state.shift);
        assert_eq!(state.press_at(0, 0), Some(Edit::Insert("q".into())));
    }

    #[test]
    fn toggle_switches_layouts() {
        let mut state = KeyboardState::new(Layout::Text, "nl-BE");
        let toggle = state.rows().into_iter().flatten().find(|k| k.action == KeyAction::ToggleLetters);
        assert_eq!(toggle.and_then(|k| k.label_key), Some(KBD_QWERTY));
        assert_eq!(state.press(&KeyAction::ToggleLetters), None);
        assert_eq!(state.letters, Letters::Qwerty);
        assert_eq!(labels(&state.rows()[0])[..2], ["q", "w"]);
        let toggle = state.rows().into_iter().flatten().find(|k| k.action == KeyAction::ToggleLetters);
        assert_eq!(toggle.and_then(|k| k.label_key), Some(KBD_AZERTY));
        state.press(&KeyAction::ToggleLetters);
        assert_eq!(state.letters, Letters::Azerty);
        assert_eq!(labels(&state.rows()[0])[..2], ["a", "z"]);

        let mut email = KeyboardState::new(Layout::Email, "fr-BE");
        assert!(has_action(&email, &KeyAction::ToggleLetters));
        email.press(&KeyAction::ToggleLetters);
        assert_eq!(labels(&email.rows()[1])[..2], ["q", "w"]);
    }

    #[test]
    fn email_layout() {
        for locale in LOCALES {
            let mut state = KeyboardState::new(Layout::Email, locale);
            let typed = inserts(&state);
            for s in ["@", ".", "-", "_", ".be", ".com"] {
                assert!(typed.contains(s), "{locale}: e-mail lacks {s}");
            }
            for c in ('a'..='z').chain('0'..='9') {
                assert!(typed.contains(&c.to_string()), "{locale}: e-mail lacks {c}");
            }
            assert!(!has_action(&state, &KeyAction::Shift), "no Shift for e-mail");
            assert!(has_action(&state, &KeyAction::Enter));
            assert!(has_action(&state, &KeyAction::Backspace));
            // Lowercase even if Shift were somehow on, and Shift does nothing.
            state.shift = true;
            assert!(typed == inserts(&state));
            state.shift = false;
            state.press(&KeyAction::Shift);
            assert!(!state.shift && !state.caps);
            assert_eq!(state.press(&KeyAction::Insert(".com".into())), Some(Edit::Insert(".com".into())));
            // The symbols page has a way back.
            state.press(&KeyAction::Page(Page::Symbols));
            assert!(inserts(&state).contains("+"));
            assert!(has_action(&state, &KeyAction::Page(Page::Letters)));
        }
    }

    #[test]
    fn symbols_page() {
        let mut state = text(Letters::Azerty);
        state.press(&KeyAction::Page(Page::Symbols));
        let typed = inserts(&state);
        let required = [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "/", "(", ")", "€", "&", "@", ".", ",", "?", "!",
            "'", "\"", ":", ";", "+", "=", "%", "#", "*", "_",
        ];
        for s in required {
            assert!(typed.contains(s), "symbols page lacks {s}");
        }
        assert_eq!(labels(&state.rows()[0])[..10], DIGITS);
        // Typing a symbol stays on the symbols page; the letters key goes back.
        state.press(&KeyAction::Insert("1".into()));
        assert_eq!(state.page, Page::Symbols);
        state.press(&KeyAction::Page(Page::Letters));
        assert_eq!(state.page, Page::Letters);
    }

    #[test]
    fn numeric_layout() {
        let mut state = KeyboardState::new(Layout::Numeric, "de-BE");
        let rows = state.rows();
        let typed = inserts(&state);
        for s in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "+", ",", "."] {
            assert!(typed.contains(s), "numeric lacks {s}");
        }
        assert!(has_action(&state, &KeyAction::Backspace));
        assert!(has_action(&state, &KeyAction::Enter));
        assert!(rows.iter().all(|row| row.len() <= 4), "big keys, few columns");
        assert!(rows.iter().flatten().all(|k| k.width >= 3));
        assert_eq!(labels(&rows[0])[..3], ["1", "2", "3"]);
        assert_eq!(labels(&rows[3]), ["+", "0", ",", "."]);
        // No pages and no Shift.
        state.press(&KeyAction::Page(Page::Accents));
        state.press(&KeyAction::Shift);
        assert_eq!(state.rows(), rows);
    }

    #[test]
    fn no_row_is_wider_than_twelve_units() {
        for state in all_states() {
            let rows = state.rows();
            assert!(!rows.is_empty() && rows.len() <= 5, "{state:?}: {} rows", rows.len());
            for row in &rows {
                assert!(units(row) <= u32::from(MAX_ROW_UNITS), "{state:?}: {:?}", labels(row));
                for key in row {
                    assert!(key.width >= 1 && !key.label.is_empty(), "{state:?}: {key:?}");
                }
            }
        }
    }

    #[test]
    fn label_keys_are_documented_and_all_used() {
        let mut used = BTreeSet::new();
        for state in all_states() {
            for key in state.rows().iter().flatten() {
                if let Some(id) = key.label_key {
                    assert!(LABEL_KEYS.contains(&id), "{id} is not in LABEL_KEYS");
                    used.insert(id);
                }
            }
        }
        assert_eq!(used, LABEL_KEYS.iter().copied().collect::<BTreeSet<_>>());
        let unique: BTreeSet<_> = LABEL_KEYS.iter().collect();
        assert_eq!(unique.len(), LABEL_KEYS.len());
    }

    #[test]
    fn letter_keys_show_what_they_type() {
        for state in all_states() {
            for key in state.rows().iter().flatten() {
                if let KeyAction::Insert(text) = &key.action {
                    assert_eq!(&key.label, text);
                    assert_eq!(key.label_key, None);
                }
            }
        }
    }

    #[test]
    fn done_and_hide_reset_the_keyboard() {
        let mut state = text(Letters::Qwerty);
        state.press(&KeyAction::Shift);
        state.press(&KeyAction::Shift);
        state.press(&KeyAction::Page(Page::Symbols));
        assert_eq!(state.press(&KeyAction::Enter), Some(Edit::Done));
        assert_eq!(
            (state.page, state.shift, state.caps, state.letters),
            (Page::Letters, false, false, Letters::Qwerty)
        );
        state.press(&KeyAction::Shift);
        state.press(&KeyAction::Page(Page::Accents));
        assert_eq!(state.press(&KeyAction::Hide), Some(Edit::Hide));
        assert_eq!((state.page, state.shift), (Page::Letters, false));

        state.press(&KeyAction::Page(Page::Symbols));
        state.set_layout(Layout::Email);
        assert_eq!((state.layout, state.page, state.letters), (Layout::Email, Page::Letters, Letters::Qwerty));
    }

    #[test]
    fn press_at_follows_the_rows() {
        let mut state = text(Letters::Azerty);
        assert_eq!(state.press_at(0, 10), Some(Edit::Backspace));
        assert_eq!(state.press_at(1, 10), Some(Edit::Done));
        assert_eq!(state.press_at(9, 0), None);
        assert_eq!(state.press_at(0, 99), None);
        assert_eq!(state.press_at(3, 1), None);
        assert_eq!(state.page, Page::Accents);
    }

    /// `id = value` lines of an `.ftl` file (this file only has simple messages).
    fn ftl_messages(text: &str) -> Vec<(String, String)> {
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = "))
            .map(|(id, value)| (id.trim().to_owned(), value.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_label_key_is_translated_short() {
        let i18n = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n");
        for locale in LOCALES {
            let path = i18n.join(locale).join("keyboard.ftl");
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(!text.is_empty(), "{} is missing", path.display());
            let lines = text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
            let messages = ftl_messages(&text);
            assert_eq!(lines.count(), messages.len(), "{locale}: only `id = value` lines");
            let ids: Vec<&str> = messages.iter().map(|(id, _)| id.as_str()).collect();
            let mut expected = LABEL_KEYS.to_vec();
            let mut sorted = ids.clone();
            expected.sort_unstable();
            sorted.sort_unstable();
            assert_eq!(sorted, expected, "{locale}: one message per label key");
            for (id, value) in &messages {
                let len = value.chars().count();
                // A key holds two lines of its word(s).
                assert!((1..=18).contains(&len), "{locale}: {id} = {value:?} is {len} characters");
            }
        }
    }
}
