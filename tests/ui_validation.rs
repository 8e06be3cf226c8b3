//! Bad input shows the localized error next to the field and blocks Next; nothing typed is lost
//! by an error, a Back or a language switch; a failing disk keeps the answers on screen.

mod common;

use chrono::Datelike;
use common::Harness;
use slint::ComponentHandle;

use cc_kiosk::ui::{Form, Nav, Page};

fn step(h: &Harness) -> i32 {
    h.kiosk.window.global::<Form>().get_step()
}

fn open_company_step(lang: &str) -> Harness {
    let mut h = Harness::new();
    h.choose_language(lang);
    h.tap_key("home-report");
    h.tap_key("theme-fraud");
    h.tap_key("report-next");
    assert_eq!(step(&h), 1);
    h
}

#[test]
fn bad_enterprise_number_blocks_next_and_language_switch_keeps_values() {
    let mut h = open_company_step("nl-BE");
    h.type_into("field-company-name", "Bedrijf BV");
    h.type_into("field-enterprise-number", "0123.456.748");
    h.tap_key("report-next");
    assert_eq!(step(&h), 1, "Next is blocked");
    assert!(h.shows("err-enterprise-checksum"), "Dutch error next to the field");

    // Switch to German mid-form: every value stays, the error is now in German.
    h.choose_language("de-BE");
    assert_eq!(page(&h), Page::Form);
    assert_eq!(step(&h), 1);
    assert_eq!(h.value_of("field-company-name"), "Bedrijf BV");
    assert_eq!(h.value_of("field-enterprise-number"), "0123.456.748");
    assert!(h.shows("err-enterprise-checksum"));

    // Back keeps everything too.
    h.tap_key("nav-back");
    assert_eq!(step(&h), 0);
    h.tap_key("report-next");
    assert_eq!(h.value_of("field-company-name"), "Bedrijf BV");

    h.type_into("field-enterprise-number", "0123 456 749");
    h.tap_key("report-next");
    assert_eq!(step(&h), 2);
}

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

#[test]
fn missing_company_name_and_bad_website() {
    let h = open_company_step("fr-BE");
    h.type_into("field-website", "www exemple");
    h.tap_key("report-next");
    assert_eq!(step(&h), 1);
    assert!(h.shows("err-required"));
    assert!(h.shows("err-website"));
}

#[test]
fn facts_need_a_past_date_and_a_description() {
    let h = open_company_step("en");
    h.type_into("field-company-name", "Acme");
    h.tap_key("report-next");
    assert_eq!(step(&h), 2);
    h.tap_key("channel-phone");
    h.type_into("field-description", "   ");
    h.tap_key("report-next");
    assert_eq!(step(&h), 2, "blocked");
    assert!(h.shows("err-date-required") || h.shows("err-required"));
    assert!(h.shows("err-description-required"));

    // A future day cannot be picked: tomorrow (or next month) is disabled.
    let today = cc_core::clock::brussels_today(chrono::Utc::now());
    let tomorrow = today.succ_opt().unwrap();
    if tomorrow.month() == today.month() {
        let label = format!("{} {} {}", tomorrow.day(), h.t(&format!("month-{}", today.month())), today.year());
        let cells = h.find(&label);
        assert_eq!(cells.len(), 1);
        assert_eq!(cells[0].accessible_enabled(), Some(false));
        cells[0].invoke_accessible_default_action();
        h.tap_key("report-next");
        assert_eq!(step(&h), 2, "a future day is not a date of facts");
    }
    h.tap_key("date-next-month"); // disabled: nothing beyond this month
    let label = format!("{} {} {}", today.day(), h.t(&format!("month-{}", today.month())), today.year());
    h.tap(&label);
    h.type_into("field-description", "They called me ten times a day.");
    h.type_into("field-amount", "12,50 euro et quelques");
    h.tap_key("report-next");
    assert!(h.scroll_until(&h.t("err-amount")));
    h.type_into("field-amount", "");
    h.tap_key("report-next");
    assert_eq!(step(&h), 3);
}

#[test]
fn about_you_requires_a_choice_consent_and_valid_contact() {
    let h = open_company_step("fr-BE");
    h.type_into("field-company-name", "Acme");
    h.tap_key("report-next");
    let today = cc_core::clock::brussels_today(chrono::Utc::now());
    h.tap(&format!("1 {} {}", h.t(&format!("month-{}", today.month())), today.year()));
    h.tap_key("channel-shop");
    h.type_into("field-description", "Prix barré trompeur.");
    h.tap_key("report-next");
    assert_eq!(step(&h), 3);

    h.tap_key("report-next");
    assert!(h.shows("err-identity-choice"));
    assert!(h.shows("err-consent-share"));

    h.tap_key("identity-named");
    h.type_into("field-name", "Jean Dupont");
    h.type_into("field-email", "jean@exemple");
    h.type_into("field-phone", "12");
    h.type_into("field-postal-code", "99");
    h.tap(&format!("{} *", h.t("consent-share")));
    h.tap_key("report-next");
    assert_eq!(step(&h), 3);
    assert!(h.shows("err-email"));
    assert!(h.shows("err-phone"));
    assert!(h.shows("err-postal-code"));
    assert_eq!(h.value_of("field-email"), "jean@exemple", "nothing typed is lost by an error");
}

#[test]
fn a_failing_disk_is_said_plainly_and_keeps_the_answers() {
    cc_kiosk::ui::init_headless().expect("headless");
    let dir = tempfile::tempdir().unwrap();
    // The data folder's parent is a regular file: the queue cannot be created.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let mut h = Harness::with_config(common::config_for(&blocker.join("data")), dir);
    h.choose_language("en");
    h.tap_key("home-report");
    h.tap_key("theme-energy");
    h.tap_key("report-next");
    h.type_into("field-company-name", "PowerCo");
    h.tap_key("report-next");
    let today = cc_core::clock::brussels_today(chrono::Utc::now());
    h.tap(&format!("1 {} {}", h.t(&format!("month-{}", today.month())), today.year()));
    h.tap_key("channel-mail");
    h.type_into("field-description", "Bill doubled without notice.");
    h.tap_key("report-next");
    h.tap_key("identity-anonymous");
    h.tap(&format!("{} *", h.t("consent-share")));
    h.tap_key("report-next");
    assert_eq!(step(&h), 4);
    h.tap_key("report-confirm");
    assert_eq!(page(&h), Page::Form, "no receipt without a committed write");
    assert!(h.shows("save-failed"));
    assert!(h.visible("PowerCo") && h.visible("Bill doubled without notice."), "answers stay for a retry");
    h.tap_key("save-failed-close");
    assert!(!h.shows("save-failed"));
    assert!(h.visible("PowerCo"));
    h.tap_key("report-confirm");
    assert!(h.shows("save-failed"), "a retry that fails again says so again");
}

/// One clock (issue 12): the calendar's "today" is the date in Brussels by the kiosk's clock,
/// whatever the machine's zone: at 22:30 UTC on 29 March 2026 it is already 00:30 on the 30th
/// in Brussels (summer time began that night), and the 30th can be picked, the 31st not.
#[test]
fn the_calendar_and_the_facts_date_follow_brussels() {
    let mut h = Harness::new();
    let at = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 3, 29, 22, 30, 0).single().unwrap();
    h.kiosk.set_clock(move || at);
    h.choose_language("en");
    h.tap_key("home-report");
    h.tap_key("theme-fraud");
    h.tap_key("report-next");
    h.type_into("field-company-name", "Acme");
    h.tap_key("report-next");
    let month = h.t("month-3");
    let day = |d: u32| {
        let cells = h.find(&format!("{d} {month} 2026"));
        assert_eq!(cells.len(), 1, "{d} {month}");
        cells.into_iter().next().unwrap()
    };
    assert_eq!(day(30).accessible_enabled(), Some(true), "the 30th is today in Brussels");
    assert_eq!(day(31).accessible_enabled(), Some(false), "the 31st is tomorrow");
    h.tap(&format!("30 {month} 2026"));
    h.tap_key("channel-shop");
    h.type_into("field-description", "Clock test.");
    h.tap_key("report-next");
    assert_eq!(step(&h), 3, "the 30th is accepted as the date of the facts");
}
