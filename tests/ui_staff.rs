//! Staff mode driven as staff would: the way in (a long press on the name, Ctrl+Alt+S), the
//! PIN pad, five wrong attempts and the lock (kept across a restart), the idle log-out, the
//! dashboard and its actions, out of service, and no visitor's data on any staff screen.

mod common;

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use common::Harness;
use i_slint_backend_testing::mock_elapsed_time;
use slint::ComponentHandle;
use slint::platform::{Key, PointerEventButton, WindowEvent};

use cc_core::staff::AuditAction;
use cc_kiosk::content::Content;
use cc_kiosk::i18n::Translations;
use cc_kiosk::ui::{Kiosk, Nav, Page, Staff};

const ID: &str = "jdupont";
const PIN: &str = "246810";
const CANARY: &str = "Canary-5e1dQ";

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

/// A kiosk with staff mode on and one account; its clock is `clock` (for the lock).
fn staff_harness(clock: &Rc<Cell<DateTime<Utc>>>) -> Harness {
    cc_kiosk::ui::init_headless().expect("headless");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let config = common::config_with_staff(&data, "http://127.0.0.1:9/");
    cc_kiosk::staff::add(&data.join("staff-accounts"), ID, PIN, cc_kiosk::staff::test_params()).unwrap();
    let h = Harness::with_config(config, dir);
    let c = clock.clone();
    h.kiosk.set_clock(move || c.get());
    h.kiosk.open_store().unwrap();
    h
}

fn clock() -> Rc<Cell<DateTime<Utc>>> {
    Rc::new(Cell::new(DateTime::parse_from_rfc3339("2026-11-29T09:00:00Z").unwrap().with_timezone(&Utc)))
}

/// Presses and holds the element labelled `label` for `secs` seconds (mock time).
fn long_press(h: &Harness, label: &str, secs: u64) {
    let e = h.find(label).into_iter().next().unwrap_or_else(|| panic!("{label:?} on screen"));
    let (pos, size) = (e.absolute_position(), e.size());
    let at = slint::LogicalPosition::new(pos.x + size.width / 2.0, pos.y + size.height / 2.0);
    let w = h.kiosk.window.window();
    w.dispatch_event(WindowEvent::PointerMoved { position: at });
    w.dispatch_event(WindowEvent::PointerPressed { position: at, button: PointerEventButton::Left });
    mock_elapsed_time(Duration::from_secs(secs));
    w.dispatch_event(WindowEvent::PointerReleased { position: at, button: PointerEventButton::Left });
    h.settle();
}

/// Types a PIN on the keypad, as staff do.
fn type_pin(h: &Harness, pin: &str) {
    for d in pin.chars() {
        h.tap(&d.to_string());
    }
}

fn log_in(h: &Harness, id: &str, pin: &str) {
    h.type_into("staff-id", id);
    h.tap_key("staff-pin-clear");
    type_pin(h, pin);
    h.tap_key("staff-login-submit");
}

fn audit(h: &Harness) -> Vec<(String, AuditAction)> {
    let store = cc_store::Store::open(&h.dir.path().join("data/outbox.sqlite3")).unwrap();
    let mut out: Vec<_> = store.audit_latest(100).unwrap().into_iter().map(|a| (a.staff_id, a.action)).collect();
    out.reverse();
    out
}

#[test]
fn the_way_in_five_wrong_attempts_the_lock_across_a_restart_and_the_idle_log_out() {
    let now = clock();
    let mut h = staff_harness(&now);
    let name = h.tr.get("app-name", "fr-BE");

    // A tap, or a press of two seconds, on the name does nothing: visitors do not stumble in.
    long_press(&h, &name, 2);
    assert_eq!(page(&h), Page::Start);
    // Three seconds: the log-in.
    long_press(&h, &name, 3);
    assert_eq!(page(&h), Page::StaffLogin);
    h.lang = "fr-BE".into();

    // The PIN never shows: only how many digits were typed.
    h.type_into("staff-id", ID);
    type_pin(&h, "2468");
    assert!(h.visible(&h.t1("staff-pin-digits", "4")));
    assert!(!h.all_texts().iter().any(|t| t.contains("2468")), "the PIN is not on screen");
    h.tap_key("staff-pin-delete");
    assert!(h.visible(&h.t1("staff-pin-digits", "3")));

    // Four wrong attempts (a wrong PIN, an unknown id): the same message, never which was wrong.
    for (id, pin) in [(ID, "135790"), ("nobody", PIN), (ID, "975310"), (ID, "000001")] {
        log_in(&h, id, pin);
        assert_eq!(page(&h), Page::StaffLogin);
        assert!(h.shows("staff-login-failed"), "{:?}", h.all_texts());
        assert!(h.visible(&h.t1("staff-pin-digits", "0")), "the PIN is forgotten at every attempt");
    }
    // The fifth locks for five minutes; then even the right PIN is refused.
    log_in(&h, ID, "864200");
    let until = h.kiosk.window.global::<Staff>().get_locked_until().to_string();
    assert!(h.visible(&h.t1("staff-login-locked", &until)), "{:?}", h.all_texts());
    now.set(now.get() + chrono::Duration::minutes(2));
    log_in(&h, ID, PIN);
    assert_eq!(page(&h), Page::StaffLogin);
    assert!(h.visible(&h.t1("staff-login-locked", &until)));

    // A restart does not lift the lock: a new kiosk on the same queue.
    let restarted = Kiosk::new(
        common::config_with_staff(&h.dir.path().join("data"), "http://127.0.0.1:9/"),
        Rc::new(Translations::load().unwrap()),
        Content::shipped().unwrap(),
    )
    .unwrap();
    let c = now.clone();
    restarted.set_clock(move || c.get());
    restarted.open_store().unwrap();
    drop(restarted);
    log_in(&h, ID, PIN);
    assert!(h.visible(&h.t1("staff-login-locked", &until)), "still locked");

    // Five minutes after the lock: the right PIN opens the staff menu.
    now.set(now.get() + chrono::Duration::minutes(3));
    log_in(&h, ID, PIN);
    assert_eq!(page(&h), Page::StaffMenu, "{:?}", h.all_texts());
    assert!(h.visible(&h.t1("staff-menu-who", ID)));

    // Left alone for the staff idle time: logged out, back to the start screen.
    mock_elapsed_time(Duration::from_secs(299));
    assert_eq!(page(&h), Page::StaffMenu);
    mock_elapsed_time(Duration::from_secs(2));
    assert_eq!(page(&h), Page::Start);
    assert_eq!(h.kiosk.staff_id(), None);

    // The audit: the failures (an unknown id recorded as "?"), the lock, the log-in, the idle
    // log-out; never a PIN.
    use AuditAction::*;
    assert_eq!(
        audit(&h),
        [
            (ID.to_string(), LoginFailed),
            ("?".to_string(), LoginFailed),
            (ID.to_string(), LoginFailed),
            (ID.to_string(), LoginFailed),
            (ID.to_string(), LoginFailed),
            (ID.to_string(), Locked),
            (ID.to_string(), LoginOk),
            (ID.to_string(), IdleLogout),
        ]
    );
    h.lang.clear();
}

#[test]
fn ctrl_alt_s_ends_the_visit_and_opens_the_log_in_without_a_trace_of_the_visitor() {
    let now = clock();
    let mut h = staff_harness(&now);
    h.choose_language("en");
    h.tap_key("home-ask");
    h.tap_key("theme-energy");
    h.tap_key("report-next");
    h.type_into("field-question", CANARY);
    let w = h.kiosk.window.window();
    for key in [Key::Control, Key::Alt] {
        w.dispatch_event(WindowEvent::KeyPressed { text: key.into() });
    }
    w.dispatch_event(WindowEvent::KeyPressed { text: "s".into() });
    w.dispatch_event(WindowEvent::KeyReleased { text: "s".into() });
    for key in [Key::Alt, Key::Control] {
        w.dispatch_event(WindowEvent::KeyReleased { text: key.into() });
    }
    h.settle();
    assert_eq!(page(&h), Page::StaffLogin);
    assert!(!h.all_texts().iter().any(|t| t.contains(CANARY)), "the visit was wiped");
    assert!(!h.kiosk.session_dump().contains(CANARY));
    // Cancel: back to the start screen.
    h.lang = "fr-BE".into();
    h.tap_key("staff-login-cancel");
    assert_eq!(page(&h), Page::Start);
}

/// Logs in from the start screen with the long press.
fn enter_and_log_in(h: &mut Harness) {
    h.lang.clear();
    let name = h.tr.get("app-name", "fr-BE");
    long_press(h, &name, 3);
    h.lang = "fr-BE".into();
    log_in(h, ID, PIN);
    assert_eq!(page(h), Page::StaffMenu, "{:?}", h.all_texts());
}

#[test]
fn export_then_import_into_an_empty_kiosk_round_trips_byte_for_byte() {
    let now = clock();
    let mut h = staff_harness(&now);
    // Two visitors' reports, with a canary: they wait in the queue (the central is unreachable).
    let mut visitor = common::Driver { window: &h.kiosk.window, tr: &h.tr, lang: String::new() };
    visitor.report("fr-BE", &format!("{CANARY} SA"));
    visitor.leave();
    let mut visitor = common::Driver { window: &h.kiosk.window, tr: &h.tr, lang: String::new() };
    visitor.report("nl-BE", &format!("{CANARY} NV"));
    visitor.leave();

    enter_and_log_in(&mut h);
    h.tap_key("staff-dashboard");
    let usb = h.dir.path().join("usb-stick/cc-kiosk-export");
    h.type_into("staff-folder", &usb.display().to_string());
    h.tap_key("staff-export");
    assert!(h.visible(&h.tr.get("staff-done-export?value=2", "fr-BE")), "{:?}", h.all_texts());
    // Nothing of the visitors on the dashboard: counts, references, the folder.
    assert!(!h.all_texts().iter().any(|t| t.contains(CANARY)));

    // A second, empty terminal imports the folder from its own dashboard.
    let store_a = cc_store::Store::open(&h.dir.path().join("data/outbox.sqlite3")).unwrap();
    let bodies_a = store_a.queued_bodies().unwrap();
    assert_eq!(bodies_a.len(), 2);
    let dir_b = tempfile::tempdir().unwrap();
    let data_b = dir_b.path().join("data");
    std::fs::create_dir_all(&data_b).unwrap();
    cc_kiosk::staff::add(&data_b.join("staff-accounts"), ID, PIN, cc_kiosk::staff::test_params()).unwrap();
    let b = Kiosk::new(
        common::config_with_staff(&data_b, "http://127.0.0.1:9/"),
        Rc::new(Translations::load().unwrap()),
        Content::shipped().unwrap(),
    )
    .unwrap();
    b.open_store().unwrap();
    b.window.window().set_size(slint::PhysicalSize::new(1920, 1080));
    b.window.show().unwrap();
    let driver = common::Driver { window: &b.window, tr: &h.tr, lang: "fr-BE".into() };
    b.window.global::<Staff>().invoke_enter();
    driver.type_into("staff-id", ID);
    for d in PIN.chars() {
        driver.tap(&d.to_string());
    }
    driver.tap_key("staff-login-submit");
    driver.tap_key("staff-dashboard");
    driver.type_into("staff-folder", &usb.display().to_string());
    driver.tap_key("staff-import");
    let store_b = cc_store::Store::open(&data_b.join("outbox.sqlite3")).unwrap();
    let mut bodies_b = store_b.queued_bodies().unwrap();
    let mut bodies_a = bodies_a;
    bodies_a.sort();
    bodies_b.sort();
    assert_eq!(bodies_a, bodies_b, "the same envelopes, byte for byte");
    // The audit of each terminal: the export, the import with its counts; no visitor's data.
    let audit_b = store_b.audit_latest(5).unwrap();
    assert_eq!(audit_b[0].action, AuditAction::Import);
    assert_eq!(audit_b[0].detail, "2/0/0/0");
    let audit_a = store_a.audit_latest(5).unwrap();
    assert_eq!((audit_a[0].action, audit_a[0].detail.as_str()), (AuditAction::Export, "2"));
    for a in audit_a.iter().chain(&audit_b) {
        assert!(!a.detail.contains(CANARY) && !a.staff_id.contains(CANARY));
    }
    b.window.hide().unwrap();
}

#[test]
fn out_of_service_survives_a_restart_and_tells_visitors_in_four_languages() {
    let now = clock();
    let mut h = staff_harness(&now);
    enter_and_log_in(&mut h);
    h.tap_key("staff-dashboard");
    h.tap_key("staff-out-of-service");
    assert!(h.shows("staff-done-out"));
    h.tap_key("nav-back");
    h.tap_key("staff-logout");
    assert_eq!(page(&h), Page::OutOfService);
    for lang in cc_kiosk::i18n::LOCALES {
        assert!(h.visible(&h.tr.get("out-of-order-title", lang)), "{lang}");
        assert!(h.visible(&h.tr.get("out-of-order-text", lang)), "{lang}");
    }
    // No way for a visitor to start: no language button.
    assert!(!h.visible(&h.tr.get("lang-name", "fr-BE")));

    // A restart (power cut): still out of service.
    let restarted = Kiosk::new(
        common::config_with_staff(&h.dir.path().join("data"), "http://127.0.0.1:9/"),
        Rc::new(Translations::load().unwrap()),
        Content::shipped().unwrap(),
    )
    .unwrap();
    restarted.open_store_checked().unwrap();
    assert_eq!(restarted.window.global::<Nav>().get_page(), Page::OutOfService);
    drop(restarted);

    // Staff put it back (the way in works on the out-of-order screen too).
    enter_and_log_in(&mut h);
    h.tap_key("staff-dashboard");
    h.tap_key("staff-back-in-service");
    h.tap_key("nav-back");
    h.tap_key("staff-logout");
    assert_eq!(page(&h), Page::Start);
    let actions: Vec<AuditAction> = audit(&h).into_iter().map(|(_, a)| a).collect();
    assert!(actions.contains(&AuditAction::OutOfService) && actions.contains(&AuditAction::BackInService));
}

#[test]
fn the_dashboard_lists_refused_submissions_with_the_services_error() {
    let now = clock();
    let mut h = staff_harness(&now);
    let mut visitor = common::Driver { window: &h.kiosk.window, tr: &h.tr, lang: String::new() };
    let reference = visitor.report("de-BE", &format!("{CANARY} GmbH"));
    visitor.leave();
    {
        let mut store = cc_store::Store::open(&h.dir.path().join("data/outbox.sqlite3")).unwrap();
        let row = store.find_by_reference(&reference).unwrap().unwrap();
        store.mark_rejected(row.id, "422 invalid (payload.company.name)", Utc::now()).unwrap();
    }
    enter_and_log_in(&mut h);
    h.tap_key("staff-dashboard");
    let rejected = h.kiosk.window.global::<Staff>().get_rejected();
    assert_eq!(slint::Model::row_count(&rejected), 1);
    let row = slint::Model::row_data(&rejected, 0).unwrap();
    assert_eq!(row.reference, reference);
    assert_eq!(row.kind, "staff-kind-report");
    assert_eq!(row.error, "422 invalid (payload.company.name)");
    assert!(h.scroll_until("422 invalid (payload.company.name)"));
    assert!(!h.all_texts().iter().any(|t| t.contains(CANARY)), "the reference and the error, not the content");
}

/// A kiosk that put itself out of order after a crash loop (issue 12) is put back by staff.
#[test]
fn staff_put_back_a_kiosk_out_of_order_by_itself() {
    let now = clock();
    let mut h = staff_harness(&now);
    h.kiosk.open_store_checked().unwrap();
    h.kiosk.set_fault(Some(cc_kiosk::ui::Fault::CrashLoop));
    assert_eq!(page(&h), Page::OutOfService);
    enter_and_log_in(&mut h);
    h.tap_key("staff-dashboard");
    // The dashboard offers to put it back, not to put it out.
    h.tap_key("staff-back-in-service");
    assert!(h.shows("staff-done-back"));
    assert_eq!(h.kiosk.fault(), None);
    h.tap_key("nav-back");
    h.tap_key("staff-logout");
    assert_eq!(page(&h), Page::Start);
}
