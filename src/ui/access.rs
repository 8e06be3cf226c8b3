//! Accessibility choices of a visit (speech, text size, contrast) and what the kiosk says.
//!
//! What is said is read from the window's accessibility tree — the same accessible labels and
//! Fluent messages as the screen, not a second script: on arrival the screen's texts in order
//! (the title first); afterwards only what appeared (a step's errors, an answer) and the state of
//! a choice that changed; an overlay (the inactivity warning, the leave confirmation, the display
//! settings) is read alone. The receipt's reference is spelled character by character and the
//! tracking code digit by digit. A timer looks at the screen four times a second while speech
//! is on; nothing runs while it is off.

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
use slint::ComponentHandle;

use crate::speech::Utterance;

use super::{Access, Form, Kiosk, Nav, Page, ReceiptInfo, Session, Theme, Tr};

/// How often speech looks for a change of screen.
pub const SPEECH_POLL: std::time::Duration = std::time::Duration::from_millis(250);

/// How often the headphone jack is looked at (one ioctl).
pub const JACK_POLL: std::time::Duration = std::time::Duration::from_millis(500);

/// The visitor's choices; part of the visit, so the next visitor starts with the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct AccessChoice {
    pub audio: bool,
    /// 100, 125 or 150 (per cent).
    pub text_size: i32,
    pub high_contrast: bool,
}

impl Default for AccessChoice {
    fn default() -> Self {
        AccessChoice { audio: false, text_size: 100, high_contrast: false }
    }
}

/// What was on screen when speech last looked.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Heard {
    overlay: Option<&'static str>,
    lang: String,
    page: String,
    texts: Vec<String>,
    /// (label, state) of every checkable control.
    states: Vec<(String, bool)>,
}

impl Kiosk {
    pub(super) fn wire_access(&self) {
        let a = self.window.global::<Access>();
        let k = self.weak();
        a.on_toggle_audio(move || {
            k.with(|k| {
                let on = !k.state.borrow().visit.access.audio;
                k.set_audio(on);
            })
        });
        let k = self.weak();
        a.on_set_text_size(move |size| {
            k.with(|k| {
                k.state.borrow_mut().visit.access.text_size = match size {
                    125 | 150 => size,
                    _ => 100,
                };
                k.show_access();
            })
        });
        let k = self.weak();
        a.on_set_high_contrast(move |on| {
            k.with(|k| {
                k.state.borrow_mut().visit.access.high_contrast = on;
                k.show_access();
            })
        });
        let k = self.weak();
        a.on_focused(move |what| {
            k.with(|k| {
                k.state.borrow_mut().focused = what.to_string();
                if k.state.borrow().visit.access.audio {
                    let lang = speech_lang(&k.window.global::<Tr>().get_lang());
                    if let Some(s) = k.state.borrow().speaker.as_ref() {
                        s.say(vec![Utterance::new(&lang, what.to_string())]);
                    }
                }
            })
        });
        // The keypad's arrows: Tab or Shift+Tab, sent once the key that asked is handled.
        let k = self.weak();
        a.on_move_focus(move |forward| {
            let k = k.clone();
            slint::Timer::single_shot(std::time::Duration::ZERO, move || {
                k.with(|k| {
                    let key: slint::SharedString =
                        if forward { slint::platform::Key::Tab.into() } else { slint::platform::Key::Backtab.into() };
                    let w = k.window.window();
                    w.dispatch_event(slint::platform::WindowEvent::KeyPressed { text: key.clone() });
                    w.dispatch_event(slint::platform::WindowEvent::KeyReleased { text: key });
                })
            });
        });
        let k = self.weak();
        a.on_repeat(move || k.with(|k| k.speak_screen(true)));
        let k = self.weak();
        a.on_stop(move || {
            k.with(|k| {
                if let Some(s) = k.state.borrow().speaker.as_ref() {
                    s.stop();
                }
            })
        });
    }

    /// Turns speech on (saying the screen from its start) or off (silencing it at once).
    fn set_audio(&self, on: bool) {
        self.state.borrow_mut().visit.access.audio = on;
        self.show_access();
        if on {
            self.speak_screen(true);
        } else if let Some(s) = self.state.borrow().speaker.as_ref() {
            s.stop();
        }
    }

    /// Connects the headphone jack: from now on, headphones plugged in turn speech on and
    /// unplugged turn it off (a visitor's private speech never goes to a loudspeaker), and a
    /// new visit starts with speech on while headphones stay plugged in. Polled every
    /// [`JACK_POLL`]; a jack that cannot tell changes nothing.
    pub fn set_jack(&self, jack: Box<dyn crate::jack::Jack>) {
        self.state.borrow_mut().jack = Some(jack);
        self.poll_jack();
        let k = self.weak();
        self.state.borrow().jack_poll.start(slint::TimerMode::Repeated, JACK_POLL, move || k.with(|k| k.poll_jack()));
    }

    fn poll_jack(&self) {
        let now = match self.state.borrow_mut().jack.as_mut() {
            Some(jack) => jack.plugged(),
            None => return,
        };
        let before = std::mem::replace(&mut self.state.borrow_mut().jack_plugged, now);
        if now == before {
            return;
        }
        match now {
            Some(true) => {
                log::info!("headphones plugged in: speech on");
                // Plugging in is a visitor's action: the visit goes on.
                self.restart_idle();
                if !self.state.borrow().visit.access.audio {
                    self.set_audio(true);
                }
            }
            Some(false) if before == Some(true) => {
                log::info!("headphones unplugged: speech off");
                if self.state.borrow().visit.access.audio {
                    self.set_audio(false);
                }
            }
            _ => {}
        }
    }

    /// What speech says of the control that has the keyboard focus ("" before any).
    pub fn focused(&self) -> String {
        self.state.borrow().focused.clone()
    }

    /// Connects the speech engine (none: speech can be turned on, and nothing is heard).
    pub fn set_speaker(&self, speaker: Box<dyn crate::speech::Speaker>) {
        self.state.borrow_mut().speaker = Some(speaker);
    }

    /// Shows the visit's choices: the theme, the text size, the audio control; starts or stops
    /// looking at the screen for speech.
    pub(super) fn show_access(&self) {
        let choice = self.state.borrow().visit.access;
        let a = self.window.global::<Access>();
        a.set_audio(choice.audio);
        a.set_text_size(choice.text_size);
        a.set_high_contrast(choice.high_contrast);
        let t = self.window.global::<Theme>();
        t.set_high_contrast(choice.high_contrast);
        t.set_text_scale(choice.text_size as f32 / 100.0);
        let st = self.state.borrow();
        if choice.audio {
            if !st.speech_poll.running() {
                let k = self.weak();
                st.speech_poll
                    .start(slint::TimerMode::Repeated, SPEECH_POLL, move || k.with(|k| k.speak_screen(false)));
            }
        } else {
            st.speech_poll.stop();
        }
    }

    /// The wipe: speech stops, the choices go back to the defaults.
    pub(super) fn reset_access(&self) {
        if let Some(s) = self.state.borrow().speaker.as_ref() {
            s.stop();
        }
        let plugged = self.state.borrow().jack_plugged == Some(true);
        self.state.borrow_mut().visit.access.audio = plugged;
        self.state.borrow_mut().heard = Heard::default();
        self.window.global::<Access>().set_display_panel(false);
        self.window.global::<Nav>().set_leave_asked(false);
        self.show_access();
    }

    /// Says the screen (`all`: from the start, as "repeat" asks), or what changed on it since
    /// speech last looked.
    pub(super) fn speak_screen(&self, all: bool) {
        if !self.state.borrow().visit.access.audio {
            return;
        }
        let now = self.hear();
        let before = std::mem::replace(&mut self.state.borrow_mut().heard, now.clone());
        let lang = speech_lang(&now.lang);
        let new_screen = all
            || before.overlay != now.overlay
            || before.lang != now.lang
            || before.page != now.page
            || before.texts.first() != now.texts.first();
        let mut said: Vec<Utterance> = vec![];
        if new_screen {
            // The start and out-of-order screens speak the four languages, each in its voice.
            if now.overlay.is_none() && now.lang.is_empty() {
                said = self.multilingual_screen();
            } else {
                said = now.texts.iter().map(|t| Utterance::new(&lang, t.clone())).collect();
            }
        } else if now.overlay != Some("timeout") {
            said.extend(
                now.texts.iter().filter(|t| !before.texts.contains(t)).map(|t| Utterance::new(&lang, t.clone())),
            );
            let tr = self.state.borrow().translations.clone();
            for (label, on) in &now.states {
                if !before.states.contains(&(label.clone(), *on)) && before.states.iter().any(|(l, _)| l == label) {
                    let state = tr.get(if *on { "speech-selected" } else { "speech-not-selected" }, &lang);
                    said.push(Utterance::new(&lang, format!("{label}, {state}")));
                }
            }
        }
        if said.is_empty() {
            return;
        }
        if let Some(s) = self.state.borrow().speaker.as_ref() {
            s.say(said);
        }
    }

    /// The start screen and the out-of-order screen: each language in its own voice.
    fn multilingual_screen(&self) -> Vec<Utterance> {
        let tr = self.state.borrow().translations.clone();
        let page = self.window.global::<Nav>().get_page();
        let langs = self.state.borrow().config.languages.clone();
        let keys: &[&str] = if page == Page::OutOfService {
            &["out-of-order-title", "out-of-order-text"]
        } else {
            &["start-welcome", "start-touch"]
        };
        langs
            .iter()
            .flat_map(|l| keys.iter().map(move |k| (l, k)))
            .map(|(l, k)| Utterance::new(l, tr.get(k, l)))
            .collect()
    }

    /// What is on screen now, as speech reads it.
    fn hear(&self) -> Heard {
        let lang = self.window.global::<Tr>().get_lang().to_string();
        let overlay = if self.window.global::<Session>().get_warning() {
            Some("timeout")
        } else if self.window.global::<Nav>().get_leave_asked() {
            Some("leave")
        } else if self.window.global::<Access>().get_display_panel() {
            Some("display")
        } else if self.window.global::<Session>().get_forms_notice() {
            Some("forms-closed")
        } else if self.window.global::<Form>().get_save_error() != "" {
            Some("save-error")
        } else {
            None
        };
        // An overlay is the last group of the window; the screen is everything before the
        // bottom bar.
        let scope: Vec<ElementHandle> = if overlay.is_some() {
            let groups: Vec<ElementHandle> = self
                .window
                .root_element()
                .query_descendants()
                .match_accessible_role(AccessibleRole::Groupbox)
                .find_all();
            groups.last().map(|g| g.query_descendants().find_all()).unwrap_or_default()
        } else {
            self.window.root_element().query_descendants().find_all()
        };
        let reference = self.window.global::<ReceiptInfo>().get_reference().to_string();
        let code = self.window.global::<ReceiptInfo>().get_tracking_code().to_string();
        let tr = self.state.borrow().translations.clone();
        let speech_lang = speech_lang(&lang);
        let mut texts = vec![];
        let mut states = vec![];
        for e in scope {
            let Some(role) = e.accessible_role() else { continue };
            let label = e.accessible_label().unwrap_or_default().to_string();
            if label.trim().is_empty() {
                continue;
            }
            match role {
                AccessibleRole::Text => {
                    let mut text = label;
                    if !reference.is_empty() && text.contains(&reference) {
                        text = text.replace(&reference, &spell(&reference, &tr.get("speech-dash", &speech_lang)));
                    }
                    if !code.is_empty() && text.contains(&code) {
                        text = text.replace(&code, &spell(&code, &tr.get("speech-dash", &speech_lang)));
                    }
                    if !texts.contains(&text) {
                        texts.push(text);
                    }
                }
                AccessibleRole::RadioButton | AccessibleRole::Checkbox => {
                    states.push((label, e.accessible_checked().unwrap_or(false)));
                }
                _ => {}
            }
        }
        Heard { overlay, lang, page: format!("{:?}", self.window.global::<Nav>().get_page()), texts, states }
    }
}

/// The language speech uses: the visitor's, or before one is chosen English, the language the
/// bottom bar's labels fall back to (ui/chrome.slint); the start screen speaks all four.
fn speech_lang(lang: &str) -> String {
    if lang.is_empty() { "en".to_string() } else { lang.to_string() }
}

/// Spells a reference or a code: each character apart, a dash said as a word.
pub fn spell(value: &str, dash: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '-' { dash.to_string() } else { c.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn spells_each_character() {
        assert_eq!(super::spell("CC-7K2", "dash"), "C C dash 7 K 2");
        assert_eq!(super::spell("4821 0937", "-"), "4 8 2 1 0 9 3 7");
    }
}
