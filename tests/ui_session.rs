//! Inactivity with mock time: the warning, "more time", and the wipe that leaves no trace.

mod common;

use std::time::Duration;

use common::Harness;
use i_slint_backend_testing::mock_elapsed_time;
use slint::ComponentHandle;

use cc_kiosk::ui::{Nav, Page, Session, Tr};

const CANARY: &str = "Canary-7f3a9Q";

fn warning(h: &Harness) -> bool {
    h.kiosk.window.global::<Session>().get_warning()
}

#[test]
fn inactivity_warns_extends_and_wipes_without_trace() {
    let mut h = Harness::new();
    h.choose_language("de-BE");
    h.tap_key("home-report");
    h.tap_key("theme-cars");
    h.tap_key("report-next");
    h.type_into("field-company-name", CANARY);
    h.type_into("field-address", &format!("{CANARY} street"));
    h.touch_field("field-website"); // the keyboard is open too
    assert!(h.all_texts().iter().any(|t| t.contains(CANARY)));

    // 89 s without a touch: nothing yet.
    mock_elapsed_time(Duration::from_secs(89));
    assert!(!warning(&h));
    mock_elapsed_time(Duration::from_secs(2));
    assert!(warning(&h), "the warning after 90 s");
    assert!(h.shows("timeout-title"));
    assert!(h.visible(&h.t1("timeout-countdown", "30")));
    for _ in 0..10 {
        mock_elapsed_time(Duration::from_secs(1));
    }
    assert!(h.visible(&h.t1("timeout-countdown", "20")), "it counts down");

    // "I need more time": the warning goes, the values stay.
    h.tap_key("timeout-more-time");
    assert!(!warning(&h));
    assert_eq!(h.value_of("field-company-name"), CANARY);

    // A touch restarts the 90 s.
    mock_elapsed_time(Duration::from_secs(60));
    h.tap_key("report-previous");
    mock_elapsed_time(Duration::from_secs(60));
    assert!(!warning(&h));
    mock_elapsed_time(Duration::from_secs(31));
    assert!(warning(&h));

    // At zero the session is wiped.
    mock_elapsed_time(Duration::from_secs(29));
    assert!(warning(&h), "not before the 30 s");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Form);
    mock_elapsed_time(Duration::from_secs(1));
    assert!(!warning(&h));
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Start);
    assert_eq!(h.kiosk.window.global::<Tr>().get_lang(), "", "no language selected");
    let texts = h.all_texts();
    assert!(!texts.iter().any(|t| t.contains(CANARY)), "no trace on screen");
    assert_eq!(h.kiosk.form_draft(), None, "nothing left in memory");
    let form = h.kiosk.window.global::<cc_kiosk::ui::Form>();
    for list in [form.get_top(), form.get_left(), form.get_right(), form.get_bottom()] {
        assert_eq!(slint::Model::row_count(&list), 0, "no field left on the form's screen");
    }

    // The next visitor starts clean, and the start screen has no timer.
    mock_elapsed_time(Duration::from_secs(600));
    assert!(!warning(&h));
    h.lang.clear();
    h.choose_language("fr-BE");
    h.tap_key("home-report");
    h.tap_key("report-next");
    assert!(h.shows("err-choice-required"), "the theme must be chosen again");
}

#[test]
fn finish_wipes_at_once() {
    let mut h = Harness::new();
    h.choose_language("en");
    h.tap_key("home-report");
    h.tap_key("theme-telecom");
    h.tap_key("report-next");
    h.type_into("field-company-name", CANARY);
    h.tap_key("nav-finish");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Start);
    assert!(!h.all_texts().iter().any(|t| t.contains(CANARY)));
    assert_eq!(h.kiosk.form_draft(), None);
}
