//! A harness for UI tests: a kiosk on the headless testing backend with a fresh queue, and
//! taps and typing through accessible roles and labels, as a person (or a screen reader) would.
#![allow(dead_code)]

use std::path::Path;
use std::rc::Rc;

use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementRoot};
use slint::ComponentHandle;

use cc_kiosk::config::Config;
use cc_kiosk::content::Content;
use cc_kiosk::i18n::Translations;
use cc_kiosk::ui::Kiosk;

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

impl Harness {
    /// A kiosk on this test thread's own headless backend.
    pub fn new() -> Harness {
        cc_kiosk::ui::init_headless().expect("headless");
        let dir = tempfile::tempdir().expect("tempdir");
        Harness::with_config(config_for(&dir.path().join("data")), dir)
    }

    pub fn with_config(config: Config, dir: tempfile::TempDir) -> Harness {
        let tr = Rc::new(Translations::load().expect("translations"));
        let kiosk = Kiosk::new(config, tr.clone(), Content::shipped().expect("content")).expect("kiosk");
        kiosk.window.window().set_size(slint::PhysicalSize::new(1920, 1080));
        kiosk.window.show().expect("show");
        Harness { kiosk, tr, dir, lang: String::new() }
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

    fn find_role(&self, label: &str, roles: &[AccessibleRole]) -> ElementHandle {
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

    /// Touches a field: it gets the focus and the on-screen keyboard opens.
    pub fn touch_field(&self, label_key: &str) {
        self.field(label_key).mock_single_click(slint::platform::PointerEventButton::Left);
        self.settle();
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
        let today = chrono::Local::now().date_naive();
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
