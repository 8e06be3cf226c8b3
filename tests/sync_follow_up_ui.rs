//! "Follow up my file" against a real (reference) central service, through the real sync
//! worker: a known file and its status changes, an unknown reference, a wrong code, the server
//! down — each on its localized screen.

mod common;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::Harness;
use slint::ComponentHandle;

use cc_core::report::{Identity, ReportDraft, build_report_envelope};
use cc_kiosk::sync::SyncEvent;
use reference_central::{FileStatus, Options};

fn draft() -> ReportDraft {
    ReportDraft {
        theme: "telecom".into(),
        company_name: "TelCo".into(),
        facts_date: chrono::NaiveDate::from_ymd_opt(2026, 9, 14),
        channel: "phone".into(),
        description: "Contract changed without notice.".into(),
        identity: Identity::Anonymous,
        consent_share: true,
        ..Default::default()
    }
}

fn result(h: &Harness) -> String {
    common::follow_up_result(h)
}

fn ask(h: &Harness, rx: &mpsc::Receiver<SyncEvent>, reference: &str, code: &str) {
    common::follow_up(h, rx, reference, code)
}

fn pump(h: &Harness, rx: &mpsc::Receiver<SyncEvent>, done: impl Fn(&Harness) -> bool) {
    common::pump(h, rx, done)
}

#[test]
fn follow_up_answers_from_the_central_service() {
    let server = reference_central::start_blocking(Options::new(vec!["test-token".into()])).expect("server");
    cc_kiosk::ui::init_headless().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("token"), "test-token\n").unwrap();
    let config = common::config_with_central(&data, &server.base_url());
    let mut h = Harness::with_config(config.clone(), dir);

    // An earlier visitor's report, sent by the worker.
    let env =
        build_report_envelope(&draft(), "TEST-01", "TST", "de-BE", None, chrono::Utc::now(), &mut rand::rng()).unwrap();
    cc_store::Store::open(&config.database_path()).unwrap().enqueue(&env).unwrap();
    let (tx, rx) = mpsc::channel();
    let worker = cc_kiosk::sync::start(&config, move |ev| {
        let _ = tx.send(ev);
    })
    .expect("worker");
    h.kiosk.set_worker(Box::new(worker.clone()));
    worker.wake();
    let deadline = Instant::now() + Duration::from_secs(15);
    while server.submission_count().unwrap() < 1 {
        assert!(Instant::now() < deadline, "not sent in time");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (reference, code) = (env.receipt.reference.clone(), env.receipt.tracking_code.clone());
    // Wait until the outbox knows it was sent (the local answer would say "waiting").
    pump(&h, &rx, |_| {
        let store = cc_store::Store::open(&config.database_path()).unwrap();
        store.counts().unwrap().sent == 1
    });

    h.choose_language("de-BE");
    h.tap_key("home-follow-up");

    // A known file: received, then forwarded.
    ask(&h, &rx, &reference, &code);
    assert_eq!(result(&h), "found");
    assert!(h.shows("follow-up-status-received"), "{:?}", h.all_texts());
    assert!(server.set_status(&reference, FileStatus::Forwarded).unwrap());
    ask(&h, &rx, &reference, &code);
    assert!(h.shows("follow-up-status-forwarded"));
    assert!(h.shows("follow-up-status-forwarded-text"));

    // An unknown (well-formed) reference: the server's 404.
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(99);
    let unknown = cc_core::reference::generate_reference("TST", &mut rng);
    ask(&h, &rx, &unknown, "123456");
    assert!(h.shows("follow-up-not-found"));

    // A wrong code for a known file: the same answer.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    ask(&h, &rx, &reference, wrong);
    assert!(h.shows("follow-up-not-found"));

    // The server down: a clear "try later / use the QR code at home".
    server.shutdown_blocking();
    ask(&h, &rx, &reference, &code);
    assert!(h.shows("follow-up-offline"), "{:?}", h.all_texts());
    assert!(h.shows("follow-up-offline-text"));

    // The link's state followed the worker's (for the staff dashboard); it is staff
    // information, not on the visitor's start screen.
    h.leave();
    pump(&h, &rx, |h| !h.kiosk.window.global::<cc_kiosk::ui::Connection>().get_online());
    h.lang.clear();
    assert!(!h.all_texts().iter().any(|t| t.contains(&h.tr.get("status-offline", "fr-BE"))));
    worker.shutdown();
}
