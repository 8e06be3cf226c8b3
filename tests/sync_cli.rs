//! `cc-kiosk sync --once`, run as staff would run it: its summary line and its exit status.

mod sync_support;

use std::process::{Command, Output};

use reference_central::Faults;
use sync_support::{Kiosk, closed_port_url, server};

fn sync_once(kiosk: &Kiosk, log: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cc-kiosk"))
        .arg("--config")
        .arg(&kiosk.config_path)
        .args(["sync", "--once"])
        .env("RUST_LOG", log)
        .output()
        .expect("run cc-kiosk")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn exit_0_when_everything_is_sent_and_the_log_holds_no_personal_data() {
    let server = server(Faults { drop_rate: 0.0, ..Faults::default() });
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let envelopes = kiosk.enqueue(3, Some("CANARY-cli"));
    let out = sync_once(&kiosk, "debug");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "sent 3, rejected 0, still pending 0\n");
    let log = text(&out.stderr);
    assert!(log.contains("plain http://"), "the insecure URL is warned about: {log}");
    assert!(log.contains(&envelopes[0].id.to_string()), "ids may be logged: {log}");
    for env in &envelopes {
        assert!(!log.contains(&env.receipt.reference), "a receipt reference is in the log: {log}");
        assert!(!log.contains(&env.receipt.tracking_code), "a tracking code is in the log: {log}");
    }
    for secret in ["CANARY", "Janssens", "jan.janssens@example.be", sync_support::TOKEN] {
        assert!(!log.contains(secret), "{secret} is in the log: {log}");
    }
    assert_eq!(server.submission_count().expect("count"), 3);

    // Nothing left: a second pass sends nothing and still exits 0.
    let out = sync_once(&kiosk, "off");
    assert_eq!((out.status.code(), text(&out.stdout)), (Some(0), "sent 0, rejected 0, still pending 0\n".into()));
    server.shutdown_blocking();
}

#[test]
fn exit_75_when_the_service_is_down() {
    let (url, _) = closed_port_url();
    let kiosk = Kiosk::new(&url, Some(sync_support::TOKEN));
    kiosk.enqueue(5, None);
    let out = sync_once(&kiosk, "off");
    assert_eq!(out.status.code(), Some(75), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "sent 0, rejected 0, still pending 5\n");
    // The pass stopped after three unreachable tries, each now backed off for the worker.
    let store = kiosk.store();
    let tried = store
        .queued_bodies()
        .expect("bodies")
        .iter()
        .filter(|(id, _)| store.get(*id).expect("get").is_some_and(|row| row.attempts == 1))
        .count();
    assert_eq!(tried, 3);
}

#[test]
fn exit_1_on_a_missing_token_file_or_refused_credentials() {
    let server = server(Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), None);
    kiosk.enqueue(2, None);
    let out = sync_once(&kiosk, "off");
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("token_file") && stderr.contains("no such file"), "{stderr}");
    assert!(out.stdout.is_empty());

    kiosk.set_token("not-a-known-token");
    let out = sync_once(&kiosk, "off");
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("refused the kiosk's credentials (HTTP 401)"), "{stderr}");
    assert!(!stderr.contains("not-a-known-token"), "{stderr}");
    assert_eq!(server.counters().unauthorized, 1, "the pass stops at the first 401");
    assert_eq!(kiosk.store().counts().expect("counts").pending, 2);
    server.shutdown_blocking();
}
