//! The kiosk does not take a visitor's form when it cannot save it: with a queue that cannot be
//! written, the forms are closed with a plain notice (information, search and the questionnaire
//! stay open) and reopen by themselves when the storage heals; a damaged queue found at the
//! start is moved aside and the kiosk goes on with a new one.

mod common;

use common::{Harness, config_for};
use i_slint_backend_testing::{AccessibleRole, ElementHandle, mock_elapsed_time};
use slint::ComponentHandle;

use cc_kiosk::ui::{Nav, Page, STORAGE_CHECK, Session};

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

/// The home tile (a button) labelled by `key`.
fn tile(h: &Harness, key: &str) -> ElementHandle {
    h.find(&h.t(key))
        .into_iter()
        .find(|e| e.accessible_role() == Some(AccessibleRole::Button))
        .unwrap_or_else(|| panic!("no tile {key}"))
}

/// A kiosk whose queue cannot be written (its data folder's parent is a regular file), watching
/// its storage; the blocking file (remove it to heal).
fn unwritable_kiosk() -> (Harness, std::path::PathBuf) {
    cc_kiosk::ui::init_headless().expect("headless");
    let dir = tempfile::tempdir().expect("tempdir");
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, "not a folder").expect("write");
    let h = Harness::with_config(config_for(&blocker.join("data")), dir);
    h.kiosk.watch_storage();
    (h, blocker)
}

#[test]
fn forms_close_while_the_queue_cannot_be_written_and_reopen_when_it_heals() {
    let (mut h, blocker) = unwritable_kiosk();
    assert!(!h.kiosk.forms_open());

    h.choose_language("nl-BE");
    assert_eq!(tile(&h, "home-report").accessible_description().unwrap_or_default(), h.t("forms-closed-tile"));
    h.tap_key("home-report");
    assert_eq!(page(&h), Page::Home, "the form does not open");
    assert!(h.shows("forms-closed-title"));
    assert!(h.shows("forms-closed-text"));
    h.tap_key("forms-closed-ok");
    assert!(!h.shows("forms-closed-title"));

    // Information and "report this practice" from a page: the page stays, the notice says why.
    h.tap_key("home-info");
    h.tap_key("theme-energy");
    h.tap_key("page-energy-sales-practices-title");
    h.tap_key("info-report");
    assert_eq!(page(&h), Page::Page);
    assert!(h.kiosk.window.global::<Session>().get_forms_notice());
    h.tap_key("forms-closed-ok");
    h.tap_key("nav-back");
    h.tap_key("nav-back");
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Home);

    // The storage heals (staff freed the disk): within one check the forms reopen by themselves.
    std::fs::remove_file(&blocker).expect("remove");
    mock_elapsed_time(STORAGE_CHECK);
    assert!(h.kiosk.forms_open());
    assert_eq!(tile(&h, "home-report").accessible_description().unwrap_or_default(), h.t("home-report-text"));
    h.tap_key("home-report");
    assert_eq!(page(&h), Page::Form);
}

#[test]
fn a_damaged_queue_at_the_start_is_moved_aside_and_the_forms_stay_open() {
    cc_kiosk::ui::init_headless().expect("headless");
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::write(data.join("outbox.sqlite3"), vec![0x5A; 8192]).expect("garbage");
    let mut h = Harness::with_config(config_for(&data), dir);
    let moved = h.kiosk.open_store_checked().expect("open").expect("moved aside");
    assert!(moved.path.exists());
    h.kiosk.watch_storage();
    assert!(h.kiosk.forms_open());
    h.choose_language("fr-BE");
    h.tap_key("home-report");
    assert_eq!(page(&h), Page::Form);
}

#[test]
fn storage_that_stays_unwritable_puts_the_kiosk_out_of_order_until_it_heals() {
    let (mut h, blocker) = unwritable_kiosk();
    // A visitor in the middle of a visit is not sent away: the forms are closed, the rest works.
    h.choose_language("de-BE");
    h.tap_key("home-info");
    for _ in 0..cc_kiosk::ui::STORAGE_FAULT_CHECKS {
        mock_elapsed_time(STORAGE_CHECK);
        h.tap_key("theme-energy"); // the visitor keeps reading (no time-out)
        h.tap_key("nav-back");
    }
    assert_eq!(h.kiosk.fault(), Some(cc_kiosk::ui::Fault::StorageDown));
    assert_eq!(page(&h), Page::Info, "the visit goes on");
    // When it ends, the next visitor meets the out-of-order screen.
    h.leave();
    assert_eq!(page(&h), Page::OutOfService);
    h.lang.clear();
    assert!(h.visible(&h.tr.get("out-of-order-title", "fr-BE")));
    // The storage heals: back by itself at the next check.
    std::fs::remove_file(&blocker).expect("remove");
    mock_elapsed_time(STORAGE_CHECK);
    assert_eq!(h.kiosk.fault(), None);
    assert_eq!(page(&h), Page::Start);
    assert!(h.kiosk.forms_open());
}
