//! Operation with keys only (issue 11; EN 301 549 5.1.6, WCAG 2.1.1): Tab / Shift+Tab or a
//! keypad's arrows to move, Enter or Space to act, Escape to go back or close, F1 for speech. Each
//! flow is driven without a single touch, and what speech says of each focused control is
//! checked against the control.

mod common;

use common::Harness;
use slint::ComponentHandle;
use slint::platform::{Key, WindowEvent};

use cc_core::form::FieldType as T;
use cc_kiosk::content::Content;
use cc_kiosk::ui::{Form, Nav, Page, Quiz, ReceiptInfo};

fn press(h: &Harness, key: impl Into<slint::SharedString>) {
    let key = key.into();
    let w = h.kiosk.window.window();
    w.dispatch_event(WindowEvent::KeyPressed { text: key.clone() });
    w.dispatch_event(WindowEvent::KeyReleased { text: key });
    h.settle();
}

fn type_text(h: &Harness, text: &str) {
    for c in text.chars() {
        press(h, c.to_string());
    }
}

/// Moves the focus with Tab until speech would say `what` of the focused control.
fn tab_to(h: &Harness, what: &str) {
    let mut seen = vec![];
    for _ in 0..160 {
        let f = h.kiosk.focused();
        seen.push(f.clone());
        if f.contains(&format!(", {what}")) {
            return;
        }
        press(h, Key::Tab);
    }
    seen.dedup();
    panic!("Tab never reached {what:?} (last: {:?}); went through {seen:?}", h.kiosk.focused());
}

/// Tab to a control, then Enter.
fn activate(h: &Harness, what: &str) {
    tab_to(h, what);
    press(h, Key::Return);
}

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

/// Fills the open form with keys only, step by step, and sends it.
fn fill_form_with_keys(h: &Harness, content: &Content) {
    let id = h.kiosk.window.global::<Form>().get_id().to_string();
    let form = content.form(&id).expect("form");
    let today = cc_core::clock::brussels_today(chrono::Utc::now());
    use chrono::Datelike;
    let steps = form.spec.steps.len() as i32;
    while h.step() < steps {
        let step = &form.spec.steps[h.step() as usize];
        for f in step.fields.iter().filter_map(|f| form.spec.field(f)) {
            let view = form.view(&f.id).expect("view");
            if f.ty == T::Choice && form.spec.is_shown(&f.id, &h.kiosk.form_draft().unwrap_or_default()) {
                let last = f.options.last().expect("options");
                tab_to(h, &h.t(&format!("{}-{last}", view.options_label)));
                press(h, " ");
            }
        }
        for f in step.fields.iter().filter_map(|f| form.spec.field(f)) {
            let draft = h.kiosk.form_draft().unwrap_or_default();
            if !form.spec.is_shown(&f.id, &draft) {
                continue;
            }
            let label = h.t(&form.view(&f.id).expect("view").label);
            let value = match f.ty {
                T::Text | T::LongText => format!("Canari {}", f.id),
                T::PostalAddress => "Rue Canari 1\n1000 Bruxelles".to_string(),
                T::Email => "canari@example.be".to_string(),
                T::Website => "https://canari.example.be".to_string(),
                T::Phone => "0470731958".into(),
                T::PostalCode => "7319".into(),
                T::EnterpriseNumber => "0203201340".into(),
                T::Amount => "12.50".into(),
                T::Date => {
                    activate(h, &format!("1 {} {}", h.t(&format!("month-{}", today.month())), today.year()));
                    continue;
                }
                T::Consent => {
                    tab_to(h, &label);
                    press(h, " ");
                    continue;
                }
                T::Choice | T::Hidden => continue,
            };
            tab_to(h, &label);
            // The field reached is in sight, between the top of the step and Next.
            let input = h
                .find(&label)
                .into_iter()
                .find(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::TextInput))
                .unwrap_or_else(|| panic!("{}: the field reached with Tab is out of sight", f.id));
            let bottom = input.absolute_position().y + input.size().height;
            let footer = h.form_footer_top().expect("Next");
            assert!(bottom <= footer, "{}: the field reached with Tab ends at {bottom}, under Next ({footer})", f.id);
            type_text(h, &value);
            // Escape puts the on-screen keyboard away; the typing stays.
            press(h, Key::Escape);
            assert!(h.value_of(&form.view(&f.id).unwrap().label).contains(&value), "{}: {value}", f.id);
        }
        let before = h.step();
        activate(h, &h.t("report-next"));
        assert!(h.step() > before, "step {before} of {id} refused: {:?}", h.all_texts());
    }
    activate(h, &h.t(&h.kiosk.window.global::<Form>().get_confirm_key()));
    assert_eq!(page(h), Page::Receipt, "{id} sent with keys only");
}

#[test]
fn the_three_forms_with_keys_only() {
    let content = Content::shipped().unwrap();
    let mut h = Harness::new();
    // On the smaller terminal, where the steps scroll under the keyboard.
    h.kiosk.window.window().set_size(slint::PhysicalSize::new(1280, 1024));
    // Report: from the start screen, no touch at all.
    h.lang = "fr-BE".into();
    activate(&h, &h.tr.get("lang-name", "fr-BE"));
    assert_eq!(page(&h), Page::Home);
    activate(&h, &h.t("home-report"));
    fill_form_with_keys(&h, &content);
    let info = h.kiosk.window.global::<ReceiptInfo>();
    let (reference, code) = (info.get_reference().to_string(), info.get_tracking_code().to_string());

    // Follow-up of that report, with keys.
    press(&h, Key::Escape); // Back from the receipt: the menu
    assert_eq!(page(&h), Page::Home);
    activate(&h, &h.t("home-follow-up"));
    tab_to(&h, &h.t("receipt-reference"));
    type_text(&h, &reference);
    press(&h, Key::Escape);
    tab_to(&h, &h.t("receipt-code"));
    type_text(&h, &code);
    press(&h, Key::Escape);
    activate(&h, &h.t("follow-up-check"));
    assert!(h.shows("follow-up-waiting"), "{:?}", h.all_texts());

    // A question, in Dutch.
    press(&h, Key::Escape);
    assert_eq!(page(&h), Page::Home);
    activate(&h, &h.t("lang-name"));
    h.lang = "nl-BE".into();
    activate(&h, &h.tr.get("lang-name", "nl-BE"));
    activate(&h, &h.t("home-ask"));
    fill_form_with_keys(&h, &content);

    // A mediation request, in German: the routing's questions, then the form.
    press(&h, Key::Escape);
    h.lang = "de-BE".into();
    activate(&h, &h.tr.get("lang-name", "de-BE"));
    activate(&h, &h.t("home-mediation"));
    for a in ["be", "no", "yes-less-than-year", "telecom"] {
        let q = h.kiosk.window.global::<Quiz>().get_question().to_string();
        activate(&h, &h.t(&format!("{q}--{a}")));
    }
    activate(&h, &h.t("mediate-file"));
    fill_form_with_keys(&h, &content);
    assert_eq!(h.queued().len(), 3);
}

#[test]
fn the_questionnaire_and_search_with_a_keypads_arrows() {
    let mut h = Harness::new();
    h.lang = "en".into();
    // The arrows of a tactile keypad move like Tab; OK is Enter.
    let down = |h: &Harness, what: &str| {
        for _ in 0..160 {
            if h.kiosk.focused().contains(&format!(", {what}")) {
                press(h, Key::Return);
                return;
            }
            press(h, Key::DownArrow);
        }
        let mut seen = vec![];
        for _ in 0..12 {
            press(h, Key::DownArrow);
            seen.push(h.kiosk.focused());
        }
        panic!("the arrows never reached {what:?}: {seen:#?}");
    };
    down(&h, &h.tr.get("lang-name", "en"));
    down(&h, &h.t("home-solve"));
    for a in ["purchase", "changed-mind", "online", "be", "ordinary"] {
        let q = h.kiosk.window.global::<Quiz>().get_question().to_string();
        down(&h, &h.t(&format!("{q}--{a}")));
    }
    assert!(h.shows("page-withdrawal-title"), "{:?}", h.all_texts());
    // Up goes back through the controls too.
    press(&h, Key::DownArrow);
    let first = h.kiosk.focused();
    press(&h, Key::DownArrow);
    assert_ne!(h.kiosk.focused(), first);
    press(&h, Key::UpArrow);
    assert_eq!(h.kiosk.focused(), first);

    // Escape is the keypad's back: to the questionnaire's last question.
    press(&h, Key::Escape);
    assert_eq!(page(&h), Page::Quiz);

    // Search: typed on a keyboard, a result opened with Enter.
    press(&h, Key::Escape);
    while page(&h) != Page::Home {
        press(&h, Key::Escape);
    }
    activate(&h, &h.t("search-open"));
    tab_to(&h, &h.t("search-label"));
    type_text(&h, "warranty");
    press(&h, Key::Escape);
    activate(&h, &h.t("page-legal-guarantee-title"));
    assert_eq!(page(&h), Page::Page);
}

#[test]
fn a_focused_control_says_its_role_label_and_state() {
    let mut h = Harness::new();
    h.choose_language("en");
    h.tap_key("home-report");
    tab_to(&h, &h.t("theme-telecom"));
    assert_eq!(h.kiosk.focused(), format!("choice, {}, not selected", h.t("theme-telecom")));
    press(&h, " ");
    // The state is said again from the control when the focus comes back to it.
    press(&h, Key::Tab);
    press(&h, Key::Backtab);
    assert_eq!(h.kiosk.focused(), format!("choice, {}, selected", h.t("theme-telecom")));
    // F1, the keypad's help key, turns speech on without sight; then each control is said
    // as the focus reaches it, in the visitor's language.
    let rec = cc_kiosk::speech::Recorder::default();
    h.kiosk.set_speaker(Box::new(rec.clone()));
    press(&h, Key::F1);
    assert!(h.kiosk.window.global::<cc_kiosk::ui::Access>().get_audio());
    rec.take();
    press(&h, Key::Tab);
    let said = rec.take_texts();
    assert_eq!(said, vec![cc_kiosk::speech::Utterance::new("en", h.kiosk.focused())]);
    assert!(said[0].text.starts_with("choice, "), "{said:?}");
    // Escape does not leave a form by accident: it steps back, and the draft stays.
    press(&h, Key::Escape);
    assert_eq!(page(&h), Page::Home, "Back from step 1 is the menu");
}
