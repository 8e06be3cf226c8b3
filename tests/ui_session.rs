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
    h.tap_key("nav-back");
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
    h.leave();
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Start);
    assert!(!h.all_texts().iter().any(|t| t.contains(CANARY)));
    assert_eq!(h.kiosk.form_draft(), None);
}

/// Every trace of a canary the wipe must remove: on screen (labels, values, descriptions), in
/// the globals that show the visit, and in the Rust session.
fn assert_no_trace(h: &Harness, needles: &[String]) {
    use cc_kiosk::ui::{FollowUp, Form, Info, Kbd, ReceiptInfo};
    let texts = h.all_texts();
    let dump = h.kiosk.session_dump();
    for n in needles {
        assert!(!texts.iter().any(|t| t.contains(n.as_str())), "{n:?} left on screen");
        assert!(!dump.contains(n.as_str()), "{n:?} left in the session: {dump}");
    }
    assert_eq!(h.kiosk.form_draft(), None);
    let form = h.kiosk.window.global::<Form>();
    for list in [form.get_top(), form.get_left(), form.get_right(), form.get_bottom()] {
        assert_eq!(slint::Model::row_count(&list), 0, "no field left on the form's screen");
    }
    assert_eq!(slint::Model::row_count(&form.get_review_left()), 0);
    assert_eq!(slint::Model::row_count(&form.get_review_right()), 0);
    let f = h.kiosk.window.global::<FollowUp>();
    assert_eq!((f.get_reference().as_str(), f.get_code().as_str(), f.get_result().as_str()), ("", "", ""));
    assert_eq!(h.kiosk.window.global::<Info>().get_query(), "");
    assert_eq!(slint::Model::row_count(&h.kiosk.window.global::<Info>().get_results()), 0);
    let kbd = h.kiosk.window.global::<Kbd>();
    assert!(!kbd.get_shown() && kbd.get_preview().is_empty());
    let r = h.kiosk.window.global::<ReceiptInfo>();
    assert!(r.get_reference().is_empty() && r.get_tracking_code().is_empty() && r.get_follow_up_url().is_empty());
}

/// Lets the visitor walk away: the warning, then the wipe.
fn walk_away(h: &Harness) {
    mock_elapsed_time(Duration::from_secs(91));
    assert!(warning(h));
    mock_elapsed_time(Duration::from_secs(30));
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Start);
}

#[test]
fn canaries_in_every_field_of_the_three_forms_leave_no_trace() {
    let content = cc_kiosk::content::Content::shipped().expect("content");
    let mut h = Harness::new();
    for (form, lang) in [("report", "de-BE"), ("question", "fr-BE"), ("mediation", "nl-BE")] {
        h.lang.clear();
        h.choose_language(lang);
        h.open_form(form);
        let mut typed = h.fill_every_field(&content, CANARY);
        if form == "question" {
            // The ways to be answered not chosen are asked too, then left: all are in the draft.
            h.tap(&format!("{}: {}", h.t("review-edit"), h.t("review-reply-by")));
            for (way, label, value) in [
                ("reply-by-email", "field-email", format!("{}@example.be", CANARY.to_lowercase())),
                ("reply-by-phone", "field-phone", "0470 73 19 58".to_string()),
            ] {
                h.tap_key(way);
                h.type_into(label, &value);
                typed.push(value);
            }
            h.tap_key("report-back-to-review");
        }
        assert!(typed.len() >= 5, "{form}: {typed:?}");
        // On the review, every answer is on screen and in the session.
        let texts = h.all_texts();
        let on_review = typed.iter().filter(|t| t.contains(CANARY) && texts.iter().any(|x| x.contains(t.as_str())));
        assert!(on_review.count() >= 2, "{form}: the answers on the review");
        assert!(h.kiosk.session_dump().contains(CANARY));
        walk_away(&h);
        let mut needles: Vec<String> = typed.clone();
        needles.extend([CANARY.to_string(), CANARY.to_lowercase(), "470731958".into(), "7319".into()]);
        assert_no_trace(&h, &needles);
    }

    // The follow-up and the search are part of the visit too (the keyboard open on the search).
    h.lang.clear();
    h.choose_language("en");
    h.tap_key("home-follow-up");
    h.type_into("receipt-reference", CANARY);
    h.type_into("receipt-code", "731958");
    h.tap_key("follow-up-check");
    assert!(h.shows("err-reference"));
    h.tap_key("nav-back");
    h.tap_key("home-info");
    h.tap_key("search-open");
    h.touch_field("search-label");
    h.type_into("search-label", &format!("{CANARY} garantie"));
    assert!(h.kiosk.window.global::<cc_kiosk::ui::Kbd>().get_preview().contains(CANARY));
    assert!(h.kiosk.session_dump().contains("731958"));
    walk_away(&h);
    assert_no_trace(&h, &[CANARY.to_string(), "731958".to_string()]);
}
