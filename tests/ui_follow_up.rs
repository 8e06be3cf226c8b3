//! "Follow up my file", tapped through the UI: a typo caught before any request, a file still
//! in this kiosk's queue, a wrong code — each on its localized screen. (The answers that come
//! from the central service are in tests/sync_follow_up_ui.rs.)

mod common;

use common::Harness;
use slint::ComponentHandle;

use cc_core::report::{Identity, ReportDraft, build_report_envelope};
use cc_kiosk::ui::{FollowUp, Nav, Page};

/// Queues one report in the harness's outbox, as an earlier visitor's submit did.
fn queue_one(h: &Harness) -> (String, String) {
    let draft = ReportDraft {
        theme: "fraud".into(),
        company_name: "Acme".into(),
        facts_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
        channel: "phone".into(),
        description: "Calls every day.".into(),
        identity: Identity::Anonymous,
        consent_share: true,
        ..Default::default()
    };
    let env =
        build_report_envelope(&draft, "TEST-01", "TST", "fr-BE", None, chrono::Utc::now(), &mut rand::rng()).unwrap();
    let mut store = cc_store::Store::open(&h.dir.path().join("data/outbox.sqlite3")).unwrap();
    store.enqueue(&env).unwrap();
    (env.receipt.reference, env.receipt.tracking_code)
}

fn result(h: &Harness) -> String {
    h.kiosk.window.global::<FollowUp>().get_result().to_string()
}

#[test]
fn typo_queued_file_and_wrong_code() {
    let mut h = Harness::new();
    let (reference, code) = queue_one(&h);
    h.choose_language("nl-BE");
    h.tap_key("home-follow-up");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::FollowUp);

    // One wrong symbol: caught by the check symbol, before any request.
    let mut typo: Vec<char> = reference.chars().collect();
    let i = typo.len() - 3;
    typo[i] = if typo[i] == 'K' { 'M' } else { 'K' };
    h.type_into("receipt-reference", &typo.iter().collect::<String>());
    h.type_into("receipt-code", &code);
    h.tap_key("follow-up-check");
    assert!(h.shows("err-reference"), "Dutch error next to the reference");
    assert_eq!(result(&h), "");

    // Typed in lower case with spaces, the right reference is found in the local queue.
    h.type_into("receipt-reference", &reference.to_lowercase().replace('-', " "));
    h.tap_key("follow-up-check");
    assert!(!h.shows("err-reference"));
    assert!(h.shows("follow-up-waiting"), "still on this terminal");
    assert!(h.shows("follow-up-waiting-text"));
    assert_eq!(h.value_of("receipt-reference"), reference, "shown in canonical form");

    // A wrong code gives the same answer as an unknown file.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    h.type_into("receipt-code", wrong);
    h.tap_key("follow-up-check");
    assert!(h.shows("follow-up-not-found"));

    // A code of the wrong length is a field error.
    h.type_into("receipt-code", "12345");
    h.tap_key("follow-up-check");
    assert!(h.shows("err-tracking-code"));

    // Finish wipes what was typed.
    h.leave();
    assert!(!h.all_texts().iter().any(|t| t.contains(&reference)));
    assert_eq!(h.kiosk.window.global::<FollowUp>().get_reference(), "");
}

#[test]
fn the_reference_can_be_typed_on_the_screen_keyboard() {
    let mut h = Harness::new();
    let (reference, code) = queue_one(&h);
    h.choose_language("en");
    h.tap_key("home-follow-up");
    h.touch_field("receipt-reference");
    for ch in reference.chars() {
        match ch {
            '-' => h.tap("-"),
            c if c.is_ascii_digit() => {
                h.tap_key("kbd-symbols");
                h.tap(&c.to_string());
                h.tap_key("kbd-letters");
            }
            c => h.tap(&c.to_ascii_lowercase().to_string()),
        }
    }
    h.tap_key("kbd-done");
    h.touch_field("receipt-code");
    for c in code.chars() {
        h.tap(&c.to_string());
    }
    h.tap_key("kbd-done");
    h.tap_key("follow-up-check");
    assert!(h.shows("follow-up-waiting"), "{:?}", h.all_texts());
}
