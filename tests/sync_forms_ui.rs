//! The three forms, filled through the UI, reach the reference central service through the
//! real sync worker (each once, each accepted by the service's own reading of the contract),
//! and "Follow up my file" finds each and tells its status in the words of its kind.

mod common;

use std::sync::mpsc;

use common::{Harness, follow_up, follow_up_result, pump};
use slint::ComponentHandle;

use cc_kiosk::content::Content;
use cc_kiosk::ui::{Nav, Page, ReceiptInfo};
use reference_central::{FileStatus, Options};

#[test]
fn the_three_kinds_reach_the_central_service_and_are_followed_up() {
    let server = reference_central::start_blocking(Options::new(vec!["test-token".into()])).expect("server");
    cc_kiosk::ui::init_headless().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("token"), "test-token\n").unwrap();
    let config = common::config_with_central(&data, &server.base_url());
    let mut h = Harness::with_config(config.clone(), dir);
    let (tx, rx) = mpsc::channel();
    let worker = cc_kiosk::sync::start(&config, move |ev| {
        let _ = tx.send(ev);
    })
    .expect("worker");
    h.kiosk.set_worker(Box::new(worker.clone()));

    // Three visitors, three forms, three languages.
    let content = Content::shipped().unwrap();
    let mut receipts = vec![];
    for (kind, lang) in [("report", "fr-BE"), ("question", "nl-BE"), ("mediation", "de-BE")] {
        h.lang.clear();
        h.choose_language(lang);
        h.open_form(kind);
        h.fill_every_field(&content, "SyncTest");
        h.tap_key(&content.form(kind).unwrap().confirm);
        assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Receipt);
        let info = h.kiosk.window.global::<ReceiptInfo>();
        receipts.push((kind, info.get_reference().to_string(), info.get_tracking_code().to_string()));
        h.leave();
    }

    // The worker sends them (woken by each confirmation); the service keeps each once.
    let store = cc_store::Store::open(&config.database_path()).unwrap();
    pump(&h, &rx, |_| store.counts().unwrap().sent == 3);
    let mut kinds = vec![];
    for id in server.submission_ids().unwrap() {
        let r = server.received(id).unwrap().expect("stored");
        assert_eq!(r.times_accepted, 1, "{} received once", r.kind);
        assert!(receipts.iter().any(|(k, reference, _)| *k == r.kind && *reference == r.receipt_reference));
        kinds.push(r.kind);
    }
    kinds.sort();
    assert_eq!(kinds, ["mediation", "question", "report"]);

    // Follow-up finds each, and says its status in the words of its kind.
    h.lang.clear();
    h.choose_language("en");
    h.tap_key("home-follow-up");
    for (kind, reference, code) in &receipts {
        follow_up(&h, &rx, reference, code);
        assert_eq!(follow_up_result(&h), "found", "{kind}");
        let words = match *kind {
            "report" => "follow-up-status-received-text",
            "question" => "follow-up-question-status-received-text",
            _ => "follow-up-mediation-status-received-text",
        };
        assert!(h.shows(words), "{kind}: {:?}", h.all_texts());
    }
    // The mediation request, passed on to the service: asked by its central reference.
    let (_, mediation, code) = &receipts[2];
    assert!(server.set_status(mediation, FileStatus::Forwarded).unwrap());
    let central = store.find_by_reference(mediation).unwrap().unwrap().central_reference.expect("central reference");
    follow_up(&h, &rx, &central, code);
    assert!(h.shows("follow-up-status-forwarded"));
    assert!(h.shows("follow-up-mediation-status-forwarded-text"), "{:?}", h.all_texts());
    worker.shutdown();
    server.shutdown_blocking();
}
