//! Staff mode against a real (reference) central service through the real sync worker: assisted
//! submissions carry `assisted_by`, the heartbeat says `staff` while staff are logged in, the
//! dashboard's figures are the queue's, "Sync now" sends, and a refused token is replaced in its
//! file and "resume" sends.

mod common;

use std::sync::mpsc;

use common::{Harness, pump};
use slint::ComponentHandle;

use cc_kiosk::content::Content;
use cc_kiosk::sync::SyncEvent;
use cc_kiosk::ui::{DashRow, Nav, Page, ReceiptInfo, Staff};
use reference_central::Options;

const ID: &str = "apeeters";
const PIN: &str = "905317";

struct Setup {
    h: Harness,
    rx: mpsc::Receiver<SyncEvent>,
    worker: cc_kiosk::sync::SyncHandle,
    config: cc_kiosk::config::Config,
}

fn setup(base_url: &str, token: &str) -> Setup {
    setup_with(base_url, token, cc_kiosk::sync::Tuning::default())
}

fn setup_with(base_url: &str, token: &str, tuning: cc_kiosk::sync::Tuning) -> Setup {
    cc_kiosk::ui::init_headless().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("token"), format!("{token}\n")).unwrap();
    cc_kiosk::staff::add(&data.join("staff-accounts"), ID, PIN, cc_kiosk::staff::test_params()).unwrap();
    let config = common::config_with_staff(&data, base_url);
    let h = Harness::with_config(config.clone(), dir);
    h.kiosk.open_store().unwrap();
    let (tx, rx) = mpsc::channel();
    let worker = cc_kiosk::sync::start_with(&config, tuning, move |ev| {
        let _ = tx.send(ev);
    })
    .expect("worker");
    h.kiosk.set_worker(Box::new(worker.clone()));
    Setup { h, rx, worker, config }
}

fn log_in(h: &mut Harness) {
    h.kiosk.window.global::<Staff>().invoke_enter();
    h.settle();
    h.lang = "fr-BE".into();
    h.type_into("staff-id", ID);
    for d in PIN.chars() {
        h.tap(&d.to_string());
    }
    h.tap_key("staff-login-submit");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::StaffMenu, "{:?}", h.all_texts());
}

fn rows(list: slint::ModelRc<DashRow>) -> Vec<(String, String)> {
    use slint::Model;
    list.iter().map(|r| (r.label.to_string(), r.value.to_string())).collect()
}

fn value(list: slint::ModelRc<DashRow>, label: &str) -> String {
    rows(list).into_iter().find(|(l, _)| l == label).map(|(_, v)| v).unwrap_or_else(|| panic!("no {label}"))
}

#[test]
fn assisted_submissions_carry_the_staff_id_and_the_heartbeat_says_staff() {
    let server = reference_central::start_blocking(Options::new(vec!["test-token".into()])).expect("server");
    let Setup { mut h, rx, worker, config } = setup(&server.base_url(), "test-token");
    log_in(&mut h);
    pump(&h, &rx, |_| server.heartbeats().unwrap().first().is_some_and(|hb| hb.latest["mode"] == "staff"));

    // An assisted session: the banner on the visitor's screens, in the visitor's language.
    h.tap_key("staff-assist");
    let content = Content::shipped().unwrap();
    for (kind, lang) in [("report", "nl-BE"), ("question", "de-BE"), ("mediation", "en")] {
        h.lang.clear();
        h.choose_language(lang);
        assert!(h.visible(&h.t1("assist-banner", ID)), "{:?}", h.all_texts());
        h.open_form(kind);
        h.fill_every_field(&content, "Assisted");
        h.tap_key(&content.form(kind).unwrap().confirm);
        assert!(!h.kiosk.window.global::<ReceiptInfo>().get_reference().is_empty());
        // "Finish" ends this visitor's part; the assisted session goes on for the next one.
        h.leave();
        assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::Start);
        assert!(h.kiosk.window.global::<Staff>().get_assisting());
    }
    h.lang = "fr-BE".into();
    h.tap_key("assist-end");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::StaffMenu);

    let store = cc_store::Store::open(&config.database_path()).unwrap();
    pump(&h, &rx, |_| store.counts().unwrap().sent == 3);
    let ids = server.submission_ids().unwrap();
    assert_eq!(ids.len(), 3);
    for id in ids {
        let r = server.received(id).unwrap().unwrap();
        assert_eq!(r.envelope["assisted_by"], ID, "{}", r.kind);
    }

    // Log out: the heartbeat says unattended again, and counts the staff's actions.
    h.tap_key("staff-logout");
    pump(&h, &rx, |_| server.heartbeats().unwrap().first().is_some_and(|hb| hb.latest["mode"] == "unattended"));
    let hb = server.heartbeats().unwrap().remove(0).latest;
    assert_eq!(hb["staff_audit_24h"]["login-ok"], 1, "{hb}");
    assert_eq!(hb["staff_audit_24h"]["assist-start"], 1, "{hb}");
    assert!(!hb.to_string().contains(ID), "no staff id in the heartbeat: {hb}");
    worker.shutdown();
    server.shutdown_blocking();
}

#[test]
fn the_dashboard_shows_the_queue_sync_now_sends_and_a_replaced_token_resumes() {
    let server = reference_central::start_blocking(Options::new(vec!["right-token".into()])).expect("server");
    // The worker looks at the queue by itself only every ten minutes: what is sent in this test
    // is sent because staff asked.
    let tuning = cc_kiosk::sync::Tuning { poll_interval: std::time::Duration::from_secs(600), ..Default::default() };
    let Setup { mut h, rx, worker, config } = setup_with(&server.base_url(), "wrong-token", tuning);
    let enqueue = |n: usize| {
        let mut store = cc_store::Store::open(&config.database_path()).unwrap();
        for i in 0..n {
            let draft = cc_core::report::ReportDraft {
                theme: "telecom".into(),
                company_name: format!("TelCo {i}"),
                facts_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
                channel: "phone".into(),
                description: "Changed without notice.".into(),
                identity: cc_core::report::Identity::Anonymous,
                consent_share: true,
                ..Default::default()
            };
            let env = cc_core::report::build_report_envelope(
                &draft,
                "TEST-01",
                "TST",
                "fr-BE",
                None,
                chrono::Utc::now(),
                &mut rand::rng(),
            )
            .unwrap();
            store.enqueue(&env).unwrap();
        }
    };
    // Three earlier submissions wait in the queue (made by visitors, refused credentials).
    enqueue(3);
    worker.wake();
    log_in(&mut h);
    h.tap_key("staff-dashboard");
    assert_eq!(h.kiosk.window.global::<Nav>().get_page(), Page::StaffDashboard);
    // The worker was refused (401): the dashboard says so and offers to resume.
    let s = h.kiosk.window.global::<Staff>();
    pump(&h, &rx, |h| {
        value(h.kiosk.window.global::<Staff>().get_link(), "staff-dash-credentials") == "staff-dash-credentials-refused"
    });
    assert!(s.get_can_resume());
    assert_eq!(value(s.get_queue(), "staff-dash-pending"), "3");
    assert_eq!(value(s.get_queue(), "staff-dash-sent"), "0");
    assert!(value(s.get_queue(), "staff-dash-oldest").starts_with("staff-age?h=0&m="));
    assert_eq!(value(s.get_terminal(), "staff-dash-kiosk-id"), "TEST-01");

    // The token is replaced in its file; "resume" re-reads it and sends.
    std::fs::write(config.central.token_file.clone(), "right-token\n").unwrap();
    h.tap_key("staff-resume");
    let store = cc_store::Store::open(&config.database_path()).unwrap();
    pump(&h, &rx, |_| store.counts().unwrap().sent == 3);
    pump(&h, &rx, |h| value(h.kiosk.window.global::<Staff>().get_queue(), "staff-dash-sent") == "3");
    let s = h.kiosk.window.global::<Staff>();
    assert_eq!(value(s.get_queue(), "staff-dash-pending"), "0");
    assert_eq!(value(s.get_link(), "staff-dash-credentials"), "staff-dash-credentials-ok");
    assert!(!s.get_can_resume());
    assert_eq!(server.submission_count().unwrap(), 3);

    // Two more wait, unknown to the worker until its next look in ten minutes: "Sync now" sends
    // them at once.
    enqueue(2);
    h.tap_key("staff-sync-now");
    assert!(h.shows("staff-done-sync"));
    pump(&h, &rx, |_| store.counts().unwrap().sent == 5);
    assert_eq!(server.submission_count().unwrap(), 5);
    let actions: Vec<String> = cc_store::Store::open(&config.database_path())
        .unwrap()
        .audit_latest(10)
        .unwrap()
        .into_iter()
        .map(|a| a.action.id().to_string())
        .collect();
    assert_eq!(actions[..3], ["sync-now", "resume", "login-ok"]);
    worker.shutdown();
    server.shutdown_blocking();
}
