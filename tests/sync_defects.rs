//! The queue and sync defects of issue 7, each driven against a server that shows it:
//! a `200` that acknowledges nothing, one envelope that always fails in front of the others,
//! sub-second back-offs, envelopes over the contract's size, a missing token file.

mod sync_support;

use std::collections::HashSet;
use std::time::Duration;

use cc_kiosk::sync::{self, SyncError};
use cc_store::State;
use sync_support::fake::{Answer, Fake};
use sync_support::{Kiosk, events, eventually, fast_tuning};

const WAIT: Duration = Duration::from_secs(15);

/// Answers that a proxy, a captive portal or a broken service could give with a `200`/`201`.
fn non_acknowledgements() -> Vec<(&'static str, Answer)> {
    vec![
        ("an HTML page", Answer::new(200, "text/html", "<html><body>Welcome to the guest Wi-Fi</body></html>")),
        ("an empty body", Answer::new(200, "application/json", "")),
        ("a body without reference", Answer::new(201, "application/json", r#"{"status":"received"}"#)),
        ("an empty reference", Answer::new(201, "application/json", r#"{"reference":"","status":"received"}"#)),
        ("a cut-off body", Answer::new(200, "application/json", r#"{"reference":"CC-2026-00"#)),
        ("a 202", Answer::new(202, "application/json", r#"{"reference":"CC-2026-0000001"}"#)),
    ]
}

#[test]
fn a_200_without_the_contracts_acknowledgement_sends_nothing_and_purges_nothing() {
    for (what, answer) in non_acknowledgements() {
        let fake = Fake::start(move |_| answer.clone());
        let kiosk = Kiosk::new(&fake.base_url, Some(sync_support::TOKEN));
        let envelopes = kiosk.enqueue(3, Some("CANARY-ACK"));

        let summary = sync::sync_once(&kiosk.config).expect("pass");
        assert_eq!((summary.sent, summary.pending), (0, 3), "{what}: {summary}");
        assert_eq!(fake.submission_keys().len(), 3, "{what}: each envelope was tried once");
        let store = kiosk.store();
        let bodies = store.queued_bodies().expect("bodies");
        assert_eq!(bodies.len(), 3, "{what}: the personal data is still queued");
        for env in &envelopes {
            let row = store.get(env.id).expect("get").expect("row");
            assert_eq!(row.state, State::Pending, "{what}");
            let error = row.last_error.unwrap_or_default();
            assert!(error.contains("without an acknowledgement") || error.starts_with("HTTP 202"), "{what}: {error}");
            assert!(!error.contains("Wi-Fi") && !error.contains("CANARY"), "{what}: {error}");
        }

        // The worker too: it retries, and purges only once the real answer comes.
        let (sink, mut events) = events();
        let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
        eventually(WAIT, "more tries", || fake.submission_keys().len() >= 6);
        assert_eq!(kiosk.store().queued_bodies().expect("bodies").len(), 3, "{what}: purged by the worker");
        fake.set(|_| Answer::ack("CC-2026-0000042"));
        events.wait_status(WAIT, "with the queue sent", |s| s.pending == 0);
        assert!(kiosk.store().queued_bodies().expect("bodies").is_empty());
        handle.shutdown();
    }
}

#[test]
fn sync_once_from_the_command_line_does_not_count_an_html_page_as_sent() {
    // The issue's repro: a server that answers 200 with <html> to every POST; 3 envelopes.
    let fake = Fake::start(|_| Answer::new(200, "text/html", "<html>maintenance</html>"));
    let kiosk = Kiosk::new(&fake.base_url, Some(sync_support::TOKEN));
    kiosk.enqueue(3, None);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cc-kiosk"))
        .arg("--config")
        .arg(&kiosk.config_path)
        .args(["sync", "--once"])
        .env("RUST_LOG", "off")
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.trim(), "sent 0, rejected 0, still pending 3");
    assert_eq!(out.status.code(), Some(75));
}

#[test]
fn one_envelope_that_always_fails_does_not_hold_back_the_others() {
    // The oldest envelope is poisoned: the service answers 500 to it, every time.
    let poison = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let p = poison.clone();
    let fake = Fake::start(move |r| {
        if r.key.as_deref() == Some(p.lock().unwrap().as_str()) {
            Answer::new(500, "application/json", r#"{"error":"internal"}"#)
        } else if r.path.ends_with("/heartbeat") {
            Answer::new(204, "application/json", "")
        } else {
            Answer::ack("CC-2026-0000001")
        }
    });
    let kiosk = Kiosk::new(&fake.base_url, Some(sync_support::TOKEN));
    let envelopes = kiosk.enqueue(10, None);
    let poisoned = envelopes[0].id.to_string();
    *poison.lock().unwrap() = poisoned.clone();
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    events.wait_status(WAIT, "with only the poisoned one left", |s| s.pending == 1);
    handle.shutdown();

    // The nine others went in the same pass as the poisoned one's first try: all of them before
    // its second try.
    let keys = fake.submission_keys();
    let second_try = keys.iter().enumerate().filter(|(_, k)| **k == poisoned).nth(1).map(|(i, _)| i);
    let good: HashSet<&String> =
        keys.iter().take(second_try.unwrap_or(keys.len())).filter(|k| **k != poisoned).collect();
    assert_eq!(good.len(), 9, "sent before the poisoned one's second try: {keys:?}");
    assert_eq!(keys[0], poisoned, "oldest first");
    let store = kiosk.store();
    let row = store.get(envelopes[0].id).expect("get").expect("row");
    // Still to send (it may have been in flight at the shutdown), with the service's answer.
    assert!(matches!(row.state, State::Pending | State::Sending), "{:?}", row.state);
    assert_eq!(row.last_error.as_deref(), Some("HTTP 500"));
}

#[test]
fn a_service_that_fails_every_envelope_is_not_hammered_in_one_pass() {
    let fake = Fake::start(|r| {
        if r.path.ends_with("/heartbeat") {
            Answer::new(204, "application/json", "")
        } else {
            Answer::new(500, "application/json", r#"{"error":"internal"}"#)
        }
    });
    let kiosk = Kiosk::new(&fake.base_url, Some(sync_support::TOKEN));
    kiosk.enqueue(20, None);
    let tuning =
        sync::Tuning { min_pause: Duration::from_secs(60), backoff_base: Duration::from_secs(60), ..fast_tuning() };
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, tuning, sink).expect("start");
    events.wait_status(WAIT, "offline after the failures", |s| !s.online && s.pending == 20);
    eventually(WAIT, "three tries", || fake.submission_keys().len() >= 3);
    // Time for a pass that would go on (the loop polls every 100 ms here).
    std::thread::sleep(Duration::from_millis(500));
    handle.shutdown();
    // A pass stops after three failures in a row, then the loop pauses (60 s here). The service's
    // first answer (a heartbeat) counts as the network coming back: one more pass, which stops
    // the same way. Never the whole queue.
    let tries = fake.submission_keys().len();
    assert!((3..=6).contains(&tries), "{tries} tries: {:?}", fake.submission_keys());
}

#[test]
fn sub_second_back_offs_are_kept_to_the_millisecond() {
    let fake = Fake::start(|_| Answer::new(503, "application/json", r#"{"error":"unavailable"}"#));
    let kiosk = Kiosk::new(&fake.base_url, Some(sync_support::TOKEN));
    let envelopes = kiosk.enqueue(1, None);
    let before = chrono::Utc::now();
    sync::sync_once(&kiosk.config).expect("pass");
    let row = kiosk.store().get(envelopes[0].id).expect("get").expect("row");
    let at = row.next_attempt_at.expect("a back-off");
    // "2026-11-29T10:15:30.123Z": milliseconds, never rounded down to the second.
    assert_eq!(at.len(), 24, "{at}");
    let at = chrono::DateTime::parse_from_rfc3339(&at).expect("time").to_utc();
    assert!(at >= before, "the back-off ends after the failure: {at} < {before}");
}

#[test]
fn an_envelope_over_the_contracts_size_is_rejected_without_being_sent() {
    let fake = Fake::start(|_| Answer::ack("CC-2026-0000001"));
    let kiosk = Kiosk::new(&fake.base_url, Some(sync_support::TOKEN));
    let envelopes = kiosk.enqueue(2, None);
    // An older queue may hold one (imports were not checked): pad the first one to 20 MB
    // directly in the database, as such an import left it.
    let padded = {
        let mut value: serde_json::Value = serde_json::to_value(&envelopes[0]).expect("json");
        value["padding"] = serde_json::json!(" ".repeat(20 * 1024 * 1024));
        serde_json::to_string(&value).expect("json")
    };
    {
        let conn = rusqlite::Connection::open(kiosk.config.database_path()).expect("sqlite");
        let n = conn
            .execute(
                "UPDATE outbox SET body = ?1 WHERE id = ?2",
                rusqlite::params![padded, envelopes[0].id.to_string()],
            )
            .expect("update");
        assert_eq!(n, 1);
    }
    let summary = sync::sync_once(&kiosk.config).expect("pass");
    assert_eq!((summary.sent, summary.rejected, summary.pending), (1, 1, 0), "{summary}");
    assert_eq!(fake.submission_keys(), vec![envelopes[1].id.to_string()], "the large one never left the kiosk");
    let row = kiosk.store().get(envelopes[0].id).expect("get").expect("row");
    assert_eq!(row.state, State::Rejected);
    assert!(row.last_error.unwrap_or_default().starts_with("413 too_large"));

    // The worker does the same with one more.
    let big = kiosk.enqueue(1, None).remove(0);
    {
        let conn = rusqlite::Connection::open(kiosk.config.database_path()).expect("sqlite");
        conn.execute("UPDATE outbox SET body = ?1 WHERE id = ?2", rusqlite::params![padded, big.id.to_string()])
            .expect("update");
    }
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    events.wait_status(WAIT, "with the large one rejected", |s| s.pending == 0 && s.rejected == 2);
    handle.shutdown();
    assert_eq!(fake.submission_keys().len(), 1, "the large ones never left the kiosk");
    assert_eq!(kiosk.store().get(big.id).expect("get").expect("row").state, State::Rejected);
}

#[test]
fn a_missing_token_file_pauses_sending_until_it_appears() {
    let server = sync_support::server(reference_central::Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), None);
    kiosk.enqueue(2, None);

    // `sync --once` says so and exits 1 (a configuration problem).
    let e = sync::sync_once(&kiosk.config).expect_err("no token");
    assert!(matches!(e, SyncError::Token { .. }), "{e}");
    assert!(e.to_string().contains("no such file"), "{e}");
    assert_eq!(e.exit_code(), 1);

    // The worker starts anyway, says the token is missing, sends nothing…
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("the worker starts without a token");
    let status = events.wait_status(WAIT, "with the token missing", |s| s.token_missing);
    assert_eq!(status.pending, 2);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(server.submission_count().expect("count"), 0);
    assert!(server.heartbeats().expect("heartbeats").is_empty());

    // …and resumes by itself once staff puts the token in place.
    kiosk.set_token(sync_support::TOKEN);
    let status = events.wait_status(WAIT, "with the queue sent", |s| s.pending == 0);
    assert!(!status.token_missing);
    assert_eq!(server.submission_count().expect("count"), 2);
    handle.shutdown();
    server.shutdown_blocking();
}

#[test]
fn alerts_reach_the_heartbeat() {
    let server = sync_support::server(reference_central::Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let (sink, _events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    handle.alert("queue_unwritable", true);
    eventually(WAIT, "a heartbeat with the alert", || {
        server
            .heartbeats()
            .expect("heartbeats")
            .iter()
            .any(|h| h.latest["alerts"] == serde_json::json!(["queue_unwritable"]))
    });
    handle.alert("queue_unwritable", false);
    eventually(WAIT, "a heartbeat without it", || {
        server.heartbeats().expect("heartbeats").last().is_some_and(|h| h.latest.get("alerts").is_none())
    });
    handle.shutdown();
    server.shutdown_blocking();
}
