//! The report flow, tapped through the UI on the headless testing backend, in each language.

mod common;

use chrono::Datelike;
use common::Harness;
use serde_json::Value;
use slint::ComponentHandle;

use cc_kiosk::ui::{Form, Nav, Page};

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

fn step(h: &Harness) -> i32 {
    h.kiosk.window.global::<Form>().get_step()
}

/// The label of a day of the current month in the date picker.
fn day_label(h: &Harness, day: u32) -> String {
    let today = cc_core::clock::brussels_today(chrono::Utc::now());
    format!("{day} {} {}", h.t(&format!("month-{}", today.month())), today.year())
}

/// Types `text` with the on-screen keyboard into the field labelled by `label_key`.
fn type_on_screen(h: &Harness, label_key: &str, text: &str) {
    h.touch_field(label_key);
    for ch in text.chars() {
        if ch == ' ' {
            h.tap_key("kbd-space");
        } else if ch.is_uppercase() {
            h.tap_key("kbd-shift");
            h.tap(&ch.to_string());
        } else {
            h.tap(&ch.to_string());
        }
    }
    h.tap_key("kbd-done");
}

/// Walks the whole report flow; `named` gives contact data, else anonymous.
fn report_flow(lang: &str, named: bool) {
    let mut h = Harness::new();
    assert_eq!(page(&h), Page::Start);
    h.choose_language(lang);
    assert_eq!(page(&h), Page::Home);
    h.tap_key("home-report");
    assert_eq!(page(&h), Page::Form);

    // 1. theme
    h.tap_key("theme-purchase");
    h.tap_key("report-next");
    assert_eq!(step(&h), 1);

    // 2. the company, its name typed on the on-screen keyboard
    type_on_screen(&h, "field-company-name", "Meubles Dupont");
    assert_eq!(h.value_of("field-company-name"), "Meubles Dupont");
    h.type_into("field-website", "www.meubles-dupont.be");
    h.type_into("field-enterprise-number", "BE0123456749");
    h.type_into("field-address", "Rue de la Loi 16, 1000 Bruxelles");
    h.tap_key("report-next");
    assert_eq!(step(&h), 2);

    // 3. what happened
    h.tap(&day_label(&h, 1));
    h.tap_key("channel-website");
    h.type_into("field-amount", "49,99");
    let description = format!("Commande payée, jamais livrée — {lang}. Ünïcödé ß œ");
    h.type_into("field-description", &description);
    h.tap_key("report-next");
    assert_eq!(step(&h), 3);

    // 4. about you
    if named {
        h.tap_key("identity-named");
        h.type_into("field-name", "Marie Peeters");
        h.type_into("field-email", "marie.peeters@example.be");
        h.type_into("field-phone", "0470 12 34 56");
        h.type_into("field-postal-code", "1030");
        h.tap(&h.t("consent-contact"));
    } else {
        h.tap_key("identity-anonymous");
    }
    h.tap(&format!("{} *", h.t("consent-share")));
    h.tap_key("report-next");
    assert_eq!(step(&h), 4, "review");

    // 5. review: every answer shown; Edit jumps to its step and comes back
    assert!(h.visible("Meubles Dupont"));
    assert!(h.visible(&description), "{:?}", h.all_texts());
    assert!(h.shows("theme-purchase"), "{:?}", h.all_texts());
    h.tap(&format!("{}: {}", h.t("review-edit"), h.t("review-website")));
    assert_eq!(step(&h), 1);
    h.type_into("field-website", "https://www.dupont.be");
    h.tap_key("report-back-to-review");
    assert_eq!(step(&h), 4);
    assert!(h.visible("https://www.dupont.be"));

    // 6. confirm: queued before the receipt shows
    h.tap_key("report-confirm");
    assert_eq!(page(&h), Page::Receipt);
    let envelopes = h.queued();
    assert_eq!(envelopes.len(), 1);
    let env = &envelopes[0];
    assert_eq!(env["kind"], "report");
    assert_eq!(env["schema_version"], 1);
    assert_eq!(env["kiosk_id"], "TEST-01");
    assert_eq!(env["locale"], lang);
    assert_eq!(env["assisted_by"], Value::Null);
    let p = &env["payload"];
    assert_eq!(p["theme"], "purchase");
    assert_eq!(p["company"]["name"], "Meubles Dupont");
    assert_eq!(p["company"]["website"], "https://www.dupont.be");
    assert_eq!(p["company"]["enterprise_number"], "0123.456.749");
    assert_eq!(p["company"]["address"], "Rue de la Loi 16, 1000 Bruxelles");
    let today = cc_core::clock::brussels_today(chrono::Utc::now());
    assert_eq!(p["facts_date"], format!("{:04}-{:02}-01", today.year(), today.month()));
    assert_eq!(p["contact_channel"], "website");
    assert_eq!(p["amount_eur"], "49.99");
    assert_eq!(p["description"], description.as_str());
    assert_eq!(p["consent"]["share_with_inspection"], true);
    if named {
        assert_eq!(p["reporter"]["name"], "Marie Peeters");
        assert_eq!(p["reporter"]["email"], "marie.peeters@example.be");
        assert_eq!(p["reporter"]["phone"], "+32470123456");
        assert_eq!(p["reporter"]["postal_code"], "1030");
        assert_eq!(p["consent"]["may_contact_me"], true);
    } else {
        assert_eq!(p["reporter"], Value::Null);
        assert_eq!(p["consent"]["may_contact_me"], false);
    }

    // 7. the receipt shows what was queued
    let reference = env["receipt"]["reference"].as_str().unwrap().to_string();
    let code = env["receipt"]["tracking_code"].as_str().unwrap().to_string();
    assert!(reference.starts_with("TST-"), "{reference}");
    assert!(cc_core::reference::is_valid_reference(&reference));
    assert_eq!(code.len(), 6);
    assert!(h.visible(&format!("{}: {reference}", h.t("receipt-reference"))));
    assert!(h.visible(&format!("{}: {code}", h.t("receipt-code"))));

    // Finish: back to the start screen, no language, nothing left of the visitor
    h.leave();
    assert_eq!(page(&h), Page::Start);
    let texts = h.all_texts().join("\n");
    assert!(!texts.contains("Dupont") && !texts.contains(&reference), "trace left on screen");
}

#[test]
fn report_anonymous_fr() {
    report_flow("fr-BE", false);
}
#[test]
fn report_named_fr() {
    report_flow("fr-BE", true);
}
#[test]
fn report_anonymous_nl() {
    report_flow("nl-BE", false);
}
#[test]
fn report_named_nl() {
    report_flow("nl-BE", true);
}
#[test]
fn report_anonymous_de() {
    report_flow("de-BE", false);
}
#[test]
fn report_named_de() {
    report_flow("de-BE", true);
}
#[test]
fn report_anonymous_en() {
    report_flow("en", false);
}
#[test]
fn report_named_en() {
    report_flow("en", true);
}
