//! A real full disk at Confirm (issue 12): the queue lives on a small tmpfs that is then filled
//! to the last byte (ENOSPC, not a simulated error). The visitor's Confirm says plainly, in
//! their language, that the form could not be saved, keeps every answer on screen, and writes
//! nothing half: the queue stays sound with only what was saved before. Storage checks that keep
//! failing put the kiosk out of order; freed space brings it back, and the same answers are
//! then saved once.
//!
//! Mounting a tmpfs needs root (CAP_SYS_ADMIN): elsewhere the test says so and does nothing.

mod common;

use std::path::{Path, PathBuf};

use common::{Driver, Harness, config_for};
use i_slint_backend_testing::mock_elapsed_time;
use slint::ComponentHandle;

use cc_kiosk::ui::{Fault, Nav, Page, STORAGE_CHECK, STORAGE_FAULT_CHECKS};

/// A tmpfs of `size` mounted on a new folder, unmounted when dropped.
struct SmallDisk {
    path: PathBuf,
}

impl SmallDisk {
    fn mount(at: &Path, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(at).ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0700"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| SmallDisk { path: at.to_path_buf() })
    }

    /// Writes a file of zeros until the disk is full (ENOSPC); its path.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.path.join("filler");
        let mut f = std::fs::File::create(&filler).expect("filler");
        let block = vec![0u8; 4096];
        loop {
            match f.write(&block) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => break,
                Err(e) => panic!("filling the disk: {e}"),
            }
        }
        let _ = f.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// The queue as another process sees it: whether it is sound, and the companies of its reports.
fn queue_on_disk(db: &Path) -> (String, Vec<String>) {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity_check");
    let mut stmt = conn.prepare("SELECT body FROM outbox ORDER BY rowid").expect("select");
    let companies = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .expect("rows")
        .map(|b| {
            let body = b.expect("row");
            serde_json::from_str::<serde_json::Value>(&body).expect("every row is whole JSON");
            body
        })
        .collect();
    (check, companies)
}

#[test]
fn a_full_disk_at_confirm_keeps_the_answers_writes_nothing_half_and_heals() {
    cc_kiosk::ui::init_headless().expect("headless");
    let dir = tempfile::tempdir().expect("tempdir");
    let Some(disk) = SmallDisk::mount(&dir.path().join("small"), "4m") else {
        println!("skipped: cannot mount a tmpfs here (needs root); the unwritable-folder tests still run");
        return;
    };
    let data = disk.path.join("data");
    let db = data.join("outbox.sqlite3");
    let mut h = Harness::with_config(config_for(&data), dir);
    h.kiosk.watch_storage();

    // A first visitor's report is saved.
    let tr = h.tr.clone();
    let mut first = Driver { window: &h.kiosk.window, tr: &tr, lang: String::new() };
    first.report("fr-BE", "Premier SA");
    first.leave();
    h.settle();

    // The disk fills up (another program's log, say).
    let filler = disk.fill();

    // A second visitor, in Dutch, confirms: the disk cannot take it.
    let mut second = Driver { window: &h.kiosk.window, tr: &tr, lang: String::new() };
    second.fill_report("nl-BE", "Tweede BV");
    h.lang = "nl-BE".into();
    h.tap_key("report-confirm");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Form, "no receipt without a committed write");
    assert!(h.shows("save-failed"), "said plainly, in Dutch");
    assert!(h.visible("Tweede BV") && h.visible("Paid, never delivered."), "every answer stays on screen");
    let (check, saved) = queue_on_disk(&db);
    assert_eq!(check, "ok", "the queue is sound");
    assert_eq!(saved.len(), 1, "nothing half-written: only the first report");
    assert!(saved[0].contains("Premier SA") && !saved.iter().any(|s| s.contains("Tweede BV")));

    // The storage stays full: after the checks of five minutes the kiosk puts itself out of
    // order, for the next visitor (this one keeps their answers meanwhile).
    for _ in 0..STORAGE_FAULT_CHECKS {
        mock_elapsed_time(STORAGE_CHECK);
        h.tap_key("save-failed-close"); // the visitor is still there (no time-out)
        h.tap_key("report-confirm");
    }
    assert_eq!(h.kiosk.fault(), Some(Fault::StorageDown));
    assert!(h.visible("Tweede BV"));

    // Space is freed: at the next check the kiosk is back, and the same answers are saved once.
    std::fs::remove_file(&filler).expect("free the disk");
    mock_elapsed_time(STORAGE_CHECK);
    assert_eq!(h.kiosk.fault(), None);
    h.tap_key("save-failed-close");
    h.tap_key("report-confirm");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Receipt);
    let (check, saved) = queue_on_disk(&db);
    assert_eq!(check, "ok");
    assert_eq!(saved.len(), 2);
    assert_eq!(saved.iter().filter(|s| s.contains("Tweede BV")).count(), 1, "saved once");
}
