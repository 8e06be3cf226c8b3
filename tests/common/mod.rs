//! A harness for UI tests: a kiosk on the headless testing backend with a fresh queue, and
//! taps and typing through accessible roles and labels, as a person (or a screen reader) would.
#![allow(dead_code)]

use std::path::Path;
use std::rc::Rc;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
use slint::ComponentHandle;

use cc_kiosk::config::Config;
use cc_kiosk::content::{Content, Source};
use cc_kiosk::i18n::Translations;
use cc_kiosk::ui::{Form, Kiosk};

pub mod x11;

pub struct Harness {
    pub kiosk: Kiosk,
    pub tr: Rc<Translations>,
    pub dir: tempfile::TempDir,
    pub lang: String,
}

pub fn config_for(data_dir: &Path) -> Config {
    config_with_central(data_dir, "http://127.0.0.1:9/")
}

/// A test config whose central service is `base_url` (plain http allowed); the token file is
/// `<data_dir>/token`.
pub fn config_with_central(data_dir: &Path, base_url: &str) -> Config {
    let text = format!(
        r#"
[kiosk]
id = "TEST-01"
short_code = "TST"
data_dir = "{}"
[central]
base_url = "{base_url}"
token_file = "token"
allow_insecure_http = true
[session]
idle_timeout_secs = 90
warning_secs = 30
"#,
        data_dir.display()
    );
    Config::parse(&text, &data_dir.join("kiosk.toml")).expect("test config")
}

/// A test config with staff mode on: accounts in `<data_dir>/staff-accounts`, 5 attempts, a
/// 5-minute lock, a 5-minute staff idle time-out, 300 s for an assisted visitor.
pub fn config_with_staff(data_dir: &Path, base_url: &str) -> Config {
    let mut config = config_with_central(data_dir, base_url);
    config.staff = Some(cc_kiosk::config::Staff {
        accounts_file: data_dir.join("staff-accounts"),
        lock: cc_core::staff::LockPolicy::default(),
        idle_timeout: std::time::Duration::from_secs(300),
        assisted_idle_timeout: std::time::Duration::from_secs(300),
    });
    config
}

impl Harness {
    /// A kiosk on this test thread's own headless backend.
    pub fn new() -> Harness {
        cc_kiosk::ui::init_headless().expect("headless");
        let dir = tempfile::tempdir().expect("tempdir");
        Harness::with_config(config_for(&dir.path().join("data")), dir)
    }

    pub fn with_config(config: Config, dir: tempfile::TempDir) -> Harness {
        let tr = Rc::new(Translations::load().expect("translations"));
        Harness::build(config, dir, tr, Content::shipped().expect("content"))
    }

    /// A kiosk on its own content and translations (a test content folder).
    pub fn with_source(source: &Source) -> Harness {
        cc_kiosk::ui::init_headless().expect("headless");
        let dir = tempfile::tempdir().expect("tempdir");
        let tr = Rc::new(source.translations().expect("translations"));
        let content = Content::load(source).unwrap_or_else(|p| panic!("content:\n{}", p.join("\n")));
        Harness::build(config_for(&dir.path().join("data")), dir, tr, content)
    }

    fn build(config: Config, dir: tempfile::TempDir, tr: Rc<Translations>, content: Content) -> Harness {
        let kiosk = Kiosk::new(config, tr.clone(), content).expect("kiosk");
        kiosk.window.window().set_size(slint::PhysicalSize::new(1920, 1080));
        kiosk.window.show().expect("show");
        Harness { kiosk, tr, dir, lang: String::new() }
    }

    /// The envelopes in the kiosk's queue, oldest first.
    pub fn queued(&self) -> Vec<serde_json::Value> {
        let store = cc_store::Store::open(&self.dir.path().join("data/outbox.sqlite3")).expect("store");
        let bodies = store.queued_bodies().expect("bodies");
        bodies.into_iter().map(|(_, b)| serde_json::from_slice(&b).expect("json")).collect()
    }

    /// The accessible description of a text field (where its error is said).
    pub fn problem_of(&self, label_key: &str) -> String {
        self.field(label_key).accessible_description().unwrap_or_default().to_string()
    }

    /// The step of the open form on screen (the number of steps: the review).
    pub fn step(&self) -> i32 {
        self.kiosk.window.global::<Form>().get_step()
    }

    /// From the home menu, opens form `kind` the way a visitor does (the mediation request
    /// through the routing: in Belgium, no court case, a complaint less than a year ago, telecom).
    pub fn open_form(&self, kind: &str) {
        match kind {
            "report" => self.tap_key("home-report"),
            "question" => self.tap_key("home-ask"),
            _ => {
                self.tap_key("home-mediation");
                for a in ["be", "no", "yes-less-than-year", "telecom"] {
                    let q = self.kiosk.window.global::<cc_kiosk::ui::Quiz>().get_question().to_string();
                    self.tap_key(&format!("{q}--{a}"));
                }
                self.tap_key("mediate-file");
            }
        }
        assert_eq!(self.kiosk.window.global::<cc_kiosk::ui::Nav>().get_page(), cc_kiosk::ui::Page::Form);
    }

    /// Fills every field the open form asks, step by step, as a visitor would (each choice's
    /// last option, a consent ticked, day 1 of this month, and for typed fields a valid value
    /// made from `canary`: `<canary> <field>`, `<canary>@example.be`, …), until its review.
    /// Returns the values typed.
    pub fn fill_every_field(&self, content: &Content, canary: &str) -> Vec<String> {
        self.fill(content, canary, false)
    }

    /// As [`Harness::fill_every_field`], but each typed field is first touched, one after the
    /// other with the on-screen keyboard open, and a key of the physical keyboard typed: each
    /// touch must move the keyboard and the typing to that field at once.
    pub fn fill_every_field_touching(&self, content: &Content, canary: &str) -> Vec<String> {
        self.fill(content, canary, true)
    }

    fn fill(&self, content: &Content, canary: &str, touch: bool) -> Vec<String> {
        use cc_core::form::FieldType as T;
        use chrono::Datelike;
        let id = self.kiosk.window.global::<Form>().get_id().to_string();
        let form = content.form(&id).expect("the open form is in the content");
        let lower = canary.to_lowercase();
        let mut typed = vec![];
        let steps = form.spec.steps.len() as i32;
        while self.step() < steps {
            let step = &form.spec.steps[self.step() as usize];
            // Choices first: they decide which other fields are asked.
            for f in step.fields.iter().filter_map(|f| form.spec.field(f)) {
                let view = form.view(&f.id).expect("view");
                if f.ty == T::Choice && form.spec.is_shown(&f.id, &self.kiosk.form_draft().unwrap_or_default()) {
                    let last = f.options.last().expect("options");
                    self.tap_key(&format!("{}-{last}", view.options_label));
                }
            }
            for f in step.fields.iter().filter_map(|f| form.spec.field(f)) {
                let draft = self.kiosk.form_draft().unwrap_or_default();
                if !form.spec.is_shown(&f.id, &draft) {
                    continue;
                }
                let label = form.view(&f.id).expect("view").label.clone();
                let value = match f.ty {
                    T::Text | T::LongText => format!("{canary} {}", f.id),
                    T::PostalAddress => format!("{canary} {}\n1000 Bruxelles", f.id),
                    T::Email => format!("{lower}.{}@example.be", f.id),
                    T::Website => format!("https://{lower}.example.be/{}", f.id),
                    T::Phone => "0470 73 19 58".into(),
                    T::PostalCode => "7319".into(),
                    T::EnterpriseNumber => "0203.201.340".into(),
                    T::Amount => "7319.58".into(),
                    T::Date => {
                        let today = cc_core::clock::brussels_today(chrono::Utc::now());
                        self.tap(&format!("1 {} {}", self.t(&format!("month-{}", today.month())), today.year()));
                        continue;
                    }
                    T::Consent => {
                        let required = form.spec.is_required(f, &draft);
                        self.tap(&if required { format!("{} *", self.t(&label)) } else { self.t(&label) });
                        continue;
                    }
                    T::Choice | T::Hidden => continue,
                };
                if touch {
                    self.touch_field(&label);
                    let kbd = self.kiosk.window.global::<cc_kiosk::ui::Kbd>();
                    assert!(kbd.get_shown(), "{}: the keyboard is open", f.id);
                    assert_eq!(kbd.get_field(), f.id.as_str(), "one touch moves the keyboard to {}", f.id);
                    // Next stays in sight above the keyboard, and so does the field touched.
                    let next = self.next_button().expect("Next is on screen with the keyboard open");
                    let next_bottom = next.absolute_position().y + next.size().height;
                    assert!(
                        next_bottom <= self.keyboard_top(),
                        "{}: Next ends at {next_bottom}, the keyboard starts at {}",
                        f.id,
                        self.keyboard_top()
                    );
                    let field = self.field(&label);
                    let field_bottom = field.absolute_position().y + field.size().height;
                    assert!(
                        field_bottom <= next.absolute_position().y,
                        "{}: the field touched ends at {field_bottom}, under the footer",
                        f.id
                    );
                    let before = self.value_of(&label);
                    let window = self.kiosk.window.window();
                    window.dispatch_event(slint::platform::WindowEvent::KeyPressed { text: "7".into() });
                    window.dispatch_event(slint::platform::WindowEvent::KeyReleased { text: "7".into() });
                    self.settle();
                    assert_eq!(
                        self.value_of(&label),
                        format!("{before}7"),
                        "the physical keyboard types into {}",
                        f.id
                    );
                }
                self.type_into(&label, &value);
                typed.push(value);
            }
            let before = self.step();
            self.tap_key("report-next");
            assert!(self.step() > before, "step {before} of {id} refused: {:?}", self.all_texts());
        }
        typed
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.get(key, &self.lang)
    }

    pub fn t1(&self, key: &str, value: &str) -> String {
        self.tr.get_with(key, &self.lang, value)
    }

    /// Lets bindings, change handlers and conditional elements settle.
    pub fn settle(&self) {
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(20));
    }

    /// Elements with this accessible label (any role).
    pub fn find(&self, label: &str) -> Vec<ElementHandle> {
        self.settle();
        ElementHandle::find_by_accessible_label(&self.kiosk.window, label).collect()
    }

    pub fn visible(&self, label: &str) -> bool {
        !self.find(label).is_empty()
    }

    /// Scrolls down with the "more below" buttons, as a person would, until `label` is in view
    /// (or nothing more is below). Whether it is in view.
    pub fn scroll_until(&self, label: &str) -> bool {
        let more = self.t("scroll-more");
        if self.find(label).is_empty()
            && let Some(footer) = self.form_footer_top()
        {
            // A form step scrolled down (to a field above the keyboard): a swipe down on it
            // first, back to its top.
            self.kiosk.window.window().dispatch_event(slint::platform::WindowEvent::PointerScrolled {
                position: slint::LogicalPosition::new(60.0, footer - 100.0),
                delta_x: 0.0,
                delta_y: 5000.0,
            });
            self.settle();
        }
        for _ in 0..8 {
            if !self.find(label).is_empty() {
                return true;
            }
            let buttons = self.find(&more);
            if buttons.is_empty() {
                return false;
            }
            for b in buttons {
                b.invoke_accessible_default_action();
            }
            self.settle();
        }
        !self.find(label).is_empty()
    }

    fn find_role(&self, label: &str, roles: &[AccessibleRole]) -> ElementHandle {
        self.scroll_until(label);
        let found: Vec<_> =
            self.find(label).into_iter().filter(|e| e.accessible_role().is_some_and(|r| roles.contains(&r))).collect();
        match found.len() {
            1 => found.into_iter().next().unwrap(),
            0 => panic!("no {roles:?} labelled {label:?} on screen"),
            n => panic!("{n} {roles:?} labelled {label:?} on screen"),
        }
    }

    /// Taps the button (or choice, checkbox, day) labelled `label`.
    pub fn tap(&self, label: &str) {
        let e = self.find_role(label, &[AccessibleRole::Button, AccessibleRole::RadioButton, AccessibleRole::Checkbox]);
        e.invoke_accessible_default_action();
        self.settle();
    }

    /// Taps the i18n key's text.
    pub fn tap_key(&self, key: &str) {
        self.tap(&self.t(key));
    }

    /// "Erase and leave", then "Yes" in its confirmation.
    pub fn leave(&self) {
        self.tap_key("nav-leave");
        self.tap_key("leave-confirm");
    }

    /// The text field labelled by the i18n key `label_key`.
    pub fn field(&self, label_key: &str) -> ElementHandle {
        self.find_role(&self.t(label_key), &[AccessibleRole::TextInput])
    }

    /// Types into a field as a physical keyboard would (replaces its text).
    pub fn type_into(&self, label_key: &str, text: &str) {
        self.field(label_key).set_accessible_value(text);
        self.settle();
    }

    pub fn value_of(&self, label_key: &str) -> String {
        self.field(label_key).accessible_value().unwrap_or_default().to_string()
    }

    /// Touches a field: it gets the focus and the on-screen keyboard opens. A field hidden under
    /// the open keyboard is first scrolled into view with a swipe (a wheel event) on the page,
    /// as a person would.
    pub fn touch_field(&self, label_key: &str) {
        let field = self.field(label_key);
        let kbd = self.kiosk.window.global::<cc_kiosk::ui::Kbd>();
        if kbd.get_shown() {
            // What is in sight: above the form's footer (above the keyboard) or the keyboard,
            // and above the "more below" button at the bottom of a list that scrolls.
            let more = self.find(&self.t("scroll-more")).into_iter().map(|e| e.absolute_position().y);
            let visible_bottom = more.fold(self.form_footer_top().unwrap_or_else(|| self.keyboard_top()), f32::min);
            let bottom = field.absolute_position().y + field.size().height;
            if bottom + 8.0 > visible_bottom {
                // A swipe up on the step, where it is in sight (the field itself may be hidden).
                let at = slint::LogicalPosition::new(field.absolute_position().x + 20.0, visible_bottom - 40.0);
                let delta_y = -(bottom + 16.0 - visible_bottom);
                self.kiosk.window.window().dispatch_event(slint::platform::WindowEvent::PointerScrolled {
                    position: at,
                    delta_x: 0.0,
                    delta_y,
                });
                self.settle();
            }
        }
        let field = self.field(label_key);
        field.mock_single_click(slint::platform::PointerEventButton::Left);
        self.settle();
    }

    /// The top of the on-screen keyboard (the window's height when it is closed).
    pub fn keyboard_top(&self) -> f32 {
        let kbd = self.kiosk.window.global::<cc_kiosk::ui::Kbd>();
        let height = self.kiosk.window.window().size().height as f32;
        if kbd.get_shown() { height - kbd.get_panel_height() } else { height }
    }

    /// The form's Next (or "Back to the overview") button, if on screen.
    pub fn next_button(&self) -> Option<ElementHandle> {
        ["report-next", "report-back-to-review"]
            .iter()
            .flat_map(|k| self.find(&self.t(k)))
            .find(|e| e.accessible_role() == Some(AccessibleRole::Button))
    }

    /// The top of the form's footer (the bar of Next), if a form step is on screen.
    pub fn form_footer_top(&self) -> Option<f32> {
        self.next_button().map(|b| b.absolute_position().y - 14.0)
    }

    /// Whether the text of `key` (in the current language) is on screen.
    pub fn shows(&self, key: &str) -> bool {
        self.visible(&self.t(key))
    }

    pub fn choose_language(&mut self, lang: &str) {
        let name = self.tr.get("lang-name", lang);
        self.lang = lang.to_string();
        self.tap(&name);
    }

    /// Every accessible label and value on screen (to look for traces of personal data).
    pub fn all_texts(&self) -> Vec<String> {
        self.settle();
        texts_of(&self.kiosk)
    }
}

/// Applies the sync worker's events to the kiosk until `done` holds (at most 15 s: a worker that
/// does not answer fails the test rather than hanging it).
pub fn pump(h: &Harness, rx: &std::sync::mpsc::Receiver<cc_kiosk::sync::SyncEvent>, done: impl Fn(&Harness) -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !done(h) {
        assert!(std::time::Instant::now() < deadline, "no answer from the worker in time");
        if let Ok(ev) = rx.recv_timeout(std::time::Duration::from_millis(50)) {
            cc_kiosk::ui::bridge::apply(&h.kiosk, ev);
        }
        h.settle();
    }
}

/// The follow-up's answer on screen (`found`, `not-found`, …).
pub fn follow_up_result(h: &Harness) -> String {
    h.kiosk.window.global::<cc_kiosk::ui::FollowUp>().get_result().to_string()
}

/// On the follow-up screen: types the reference and code, asks, waits for the answer.
pub fn follow_up(h: &Harness, rx: &std::sync::mpsc::Receiver<cc_kiosk::sync::SyncEvent>, reference: &str, code: &str) {
    h.type_into("receipt-reference", reference);
    h.type_into("receipt-code", code);
    h.tap_key("follow-up-check");
    pump(h, rx, |h| follow_up_result(h) != "checking");
}

/// Every accessible label, value and description of a kiosk's window.
pub fn texts_of(kiosk: &Kiosk) -> Vec<String> {
    let mut out = vec![];
    for e in kiosk.window.root_element().query_descendants().find_all() {
        out.extend(e.accessible_label().map(|s| s.to_string()));
        out.extend(e.accessible_value().map(|s| s.to_string()));
        out.extend(e.accessible_description().map(|s| s.to_string()));
    }
    out
}

/// Taps through a kiosk's window that a test does not own as a [`Harness`] (e.g. the one
/// `cc_kiosk::app::run` makes), with the same accessible roles and labels.
pub struct Driver<'a> {
    pub window: &'a cc_kiosk::ui::AppWindow,
    pub tr: &'a Translations,
    pub lang: String,
}

impl Driver<'_> {
    fn find_role(&self, label: &str, roles: &[AccessibleRole]) -> ElementHandle {
        let found: Vec<_> = ElementHandle::find_by_accessible_label(self.window, label)
            .filter(|e| e.accessible_role().is_some_and(|r| roles.contains(&r)))
            .collect();
        assert_eq!(found.len(), 1, "{} {roles:?} labelled {label:?}", found.len());
        found.into_iter().next().unwrap()
    }

    pub fn tap(&self, label: &str) {
        self.find_role(label, &[AccessibleRole::Button, AccessibleRole::RadioButton, AccessibleRole::Checkbox])
            .invoke_accessible_default_action();
    }

    pub fn tap_key(&self, key: &str) {
        self.tap(&self.tr.get(key, &self.lang));
    }

    /// "Erase and leave", then "Yes" in its confirmation.
    pub fn leave(&self) {
        self.tap_key("nav-leave");
        self.tap_key("leave-confirm");
    }

    pub fn type_into(&self, label_key: &str, text: &str) {
        self.find_role(&self.tr.get(label_key, &self.lang), &[AccessibleRole::TextInput]).set_accessible_value(text);
    }

    /// From the start screen to a confirmed anonymous report about `company`; returns the
    /// reference shown on the receipt.
    pub fn report(&mut self, lang: &str, company: &str) -> String {
        self.fill_report(lang, company);
        self.confirm()
    }

    /// Taps "Confirm" on the review step; returns the reference shown on the receipt.
    pub fn confirm(&self) -> String {
        use cc_kiosk::ui::{Nav, Page, ReceiptInfo};
        self.tap_key("report-confirm");
        assert_eq!(self.window.global::<Nav>().get_page(), Page::Receipt, "the receipt is shown");
        self.window.global::<ReceiptInfo>().get_reference().to_string()
    }

    /// From the start screen to the review step of an anonymous report about `company`.
    pub fn fill_report(&mut self, lang: &str, company: &str) {
        let today = cc_core::clock::brussels_today(chrono::Utc::now());
        self.lang = lang.to_string();
        self.tap(&self.tr.get("lang-name", lang));
        self.tap_key("home-report");
        self.tap_key("theme-purchase");
        self.tap_key("report-next");
        self.type_into("field-company-name", company);
        self.tap_key("report-next");
        use chrono::Datelike;
        self.tap(&format!("1 {} {}", self.tr.get(&format!("month-{}", today.month()), lang), today.year()));
        self.tap_key("channel-website");
        self.type_into("field-description", "Paid, never delivered.");
        self.tap_key("report-next");
        self.tap_key("identity-anonymous");
        self.tap(&format!("{} *", self.tr.get("consent-share", lang)));
        self.tap_key("report-next");
    }
}
