//! The worker against the contract: 401/403 stops everything until "sync now"; 422 and 409 are
//! kept for staff while the others go; the payload is purged from every byte of the database;
//! follow-up look-ups; heartbeats; the network coming back.

mod sync_support;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use cc_kiosk::sync::{self, FollowUpResult, SyncEvent, Tuning};
use cc_store::State;
use reference_central::{Faults, FileStatus, Options};
use serde_json::json;
use sync_support::{Kiosk, closed_port_url, enqueue_one, events, eventually, fast_tuning, file_contains, server};

const WAIT: Duration = Duration::from_secs(15);

#[test]
fn credentials_refused_stops_every_request_until_sync_now() {
    let server = server(Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), Some("a-revoked-token"));
    let envelopes = kiosk.enqueue(3, None);
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");

    let status = events.wait_status(WAIT, "with credentials refused", |s| s.credentials_refused);
    assert_eq!(status.pending, 3);
    assert_eq!(server.counters().unauthorized, 1);

    // Wakes, polls (100 ms), heartbeats (200 ms), offline probes and a look-up: no request at all.
    for _ in 0..5 {
        handle.wake();
        std::thread::sleep(Duration::from_millis(120));
    }
    handle.follow_up(7, envelopes[0].receipt.reference.clone(), envelopes[0].receipt.tracking_code.clone());
    let answer = events.wait_for(WAIT, "answering follow-up 7", |e| matches!(e, SyncEvent::FollowUp { .. }));
    assert_eq!(answer, SyncEvent::FollowUp { request_id: 7, result: FollowUpResult::CredentialsRefused });
    assert_eq!(server.counters().unauthorized, 1, "a request reached the server after the 401");
    assert!(server.heartbeats().expect("heartbeats").is_empty());
    // The rows wait, untouched: a refusal is not a failed attempt.
    let store = kiosk.store();
    for env in &envelopes {
        let row = store.get(env.id).expect("get").expect("row");
        assert_eq!((row.state, row.attempts), (State::Pending, 0));
    }

    // "Sync now" with the token still wrong: exactly one more try, then stopped again.
    handle.sync_now();
    eventually(WAIT, "a second 401", || server.counters().unauthorized == 2);
    std::thread::sleep(Duration::from_millis(400));
    assert_eq!(server.counters().unauthorized, 2);

    // Staff fixes the token file, then "sync now": everything goes.
    kiosk.set_token(sync_support::TOKEN);
    handle.sync_now();
    let status = events.wait_status(WAIT, "with the queue sent", |s| s.pending == 0 && !s.credentials_refused);
    assert!(status.online);
    assert_eq!(server.submission_count().expect("count"), 3);
    assert_eq!(server.counters().unauthorized, 2);
    handle.shutdown();
    server.shutdown_blocking();
}

#[test]
fn permanent_refusals_are_kept_for_staff_and_the_others_go_on() {
    let server = server(Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let mut store = kiosk.store();
    let first = enqueue_one(&mut store, 0, None, |_| {});
    let invalid = enqueue_one(&mut store, 1, None, |e| e.payload["company"]["name"] = json!(""));
    let second = enqueue_one(&mut store, 2, None, |_| {});
    let conflicting = enqueue_one(&mut store, 3, None, |_| {});
    let third = enqueue_one(&mut store, 4, None, |_| {});

    // Another outbox already sent the same id with other content.
    let other = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let mut other_store = other.store();
    let mut changed = conflicting.clone();
    changed.payload["description"] = json!("Other content under the same id.");
    changed.receipt.reference =
        format!("{}X", &conflicting.receipt.reference[..conflicting.receipt.reference.len() - 1]);
    other_store.enqueue(&changed).expect("enqueue the other version");
    let summary = sync::sync_once(&other.config).expect("sync the other outbox");
    assert_eq!((summary.sent, summary.pending), (1, 0));

    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    let status = events.wait_status(WAIT, "with 2 rejected and none pending", |s| s.pending == 0 && s.rejected == 2);
    assert!(!status.credentials_refused);
    handle.shutdown();

    for env in [&first, &second, &third] {
        assert_eq!(store.get(env.id).expect("get").expect("row").state, State::Sent);
    }
    let row = store.get(invalid.id).expect("get").expect("row");
    assert_eq!(row.state, State::Rejected);
    assert_eq!(row.last_error.as_deref(), Some("422 invalid/payload.company.name"));
    let row = store.get(conflicting.id).expect("get").expect("row");
    assert_eq!(row.state, State::Rejected);
    assert_eq!(row.last_error.as_deref(), Some("409 id_conflict"));
    // Rejected bodies stay for staff; sent ones are purged.
    let kept: HashSet<_> = store.queued_bodies().expect("bodies").into_iter().map(|(id, _)| id).collect();
    assert_eq!(kept, HashSet::from([invalid.id, conflicting.id]));
    let c = server.counters();
    assert_eq!((c.created, c.conflicts, c.rejected), (4, 1, 1));
    server.shutdown_blocking();
}

#[test]
fn sent_payloads_leave_no_byte_in_the_database_or_its_wal() {
    let server = server(Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    // The UI's own connection stays open, as on the kiosk, so the WAL file is not removed at close.
    let mut ui_store = kiosk.store();
    let canaries: Vec<String> = (0..3).map(|i| format!("CANARY{i}-{}", uuid::Uuid::now_v7().simple())).collect();
    for (i, canary) in canaries.iter().enumerate() {
        enqueue_one(&mut ui_store, i, Some(canary), |_| {});
    }
    // A control: a refused envelope keeps its body, so its canary must be found.
    let kept_canary = format!("KEPT-{}", uuid::Uuid::now_v7().simple());
    enqueue_one(&mut ui_store, 9, Some(&kept_canary), |e| e.payload["company"]["name"] = json!(""));

    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    events.wait_status(WAIT, "with 3 sent and 1 rejected", |s| s.pending == 0 && s.rejected == 1);
    handle.shutdown();

    let db = kiosk.config.database_path();
    let wal = db.with_file_name("outbox.sqlite3-wal");
    assert_eq!(ui_store.counts().expect("counts").sent, 3);
    for canary in &canaries {
        assert!(!file_contains(&db, canary.as_bytes()), "{canary} is still in the database file");
        assert!(!file_contains(&wal, canary.as_bytes()), "{canary} is still in the WAL file");
    }
    assert!(
        file_contains(&db, kept_canary.as_bytes()) || file_contains(&wal, kept_canary.as_bytes()),
        "the control canary is nowhere: the search proves nothing"
    );
    drop(ui_store);
    server.shutdown_blocking();
}

#[test]
fn follow_up_answers_found_not_found_and_offline() {
    let server = server(Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let env = kiosk.enqueue(1, None).remove(0);
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    events.wait_status(WAIT, "with the envelope sent", |s| s.pending == 0);
    let central = kiosk.store().get(env.id).expect("get").expect("row").central_reference.expect("central reference");

    let mut ask = |id: u64, reference: &str, code: &str| -> FollowUpResult {
        handle.follow_up(id, reference.to_string(), code.to_string());
        match events.wait_for(
            WAIT,
            "a follow-up answer",
            |e| matches!(e, SyncEvent::FollowUp { request_id, .. } if *request_id == id),
        ) {
            SyncEvent::FollowUp { result, .. } => result,
            SyncEvent::Status(_) => unreachable!("filtered above"),
        }
    };
    let reference = env.receipt.reference.as_str();
    let code = env.receipt.tracking_code.as_str();
    match ask(1, reference, code) {
        FollowUpResult::Found { status, updated_at } => {
            assert_eq!(status, "received");
            assert!(chrono::DateTime::parse_from_rfc3339(&updated_at).is_ok(), "{updated_at}");
        }
        other => panic!("{other:?}"),
    }
    assert!(server.set_status(reference, FileStatus::InProgress).expect("set status"));
    assert!(matches!(ask(2, reference, code), FollowUpResult::Found { status, .. } if status == "in_progress"));
    assert!(matches!(ask(3, &central, code), FollowUpResult::Found { status, .. } if status == "in_progress"));
    assert!(server.set_status(&central, FileStatus::Closed).expect("set status"));
    assert!(matches!(ask(4, reference, code), FollowUpResult::Found { status, .. } if status == "closed"));

    assert_eq!(ask(5, "TST-2222-3333", code), FollowUpResult::NotFound);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(ask(6, reference, wrong), FollowUpResult::NotFound);
    // What the visitor types is sent URL-encoded, never as part of the URL's syntax.
    assert_eq!(ask(7, &format!("{reference}&code={code}"), "x#y z?"), FollowUpResult::NotFound);

    server.shutdown_blocking();
    assert_eq!(ask(8, reference, code), FollowUpResult::Offline);
    // The failed look-up also tells the UI that the service cannot be reached.
    events.drain();
    assert!(!events.last_status().expect("a status").online);
    handle.shutdown();
}

#[test]
fn heartbeats_tell_the_queue_without_personal_data() {
    // Every submission fails (503), so the queue stays and the heartbeat reports it.
    let server = server(Faults { fail_rate: 1.0, ..Faults::default() });
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let envelopes = kiosk.enqueue(2, Some("CANARY-heartbeat"));
    let mut store = kiosk.store();
    enqueue_one(&mut store, 5, None, |e| e.payload["company"]["name"] = json!(""));
    let (sink, _events) = events();
    let handle = sync::start_with(&kiosk.config, fast_tuning(), sink).expect("start");
    eventually(WAIT, "two heartbeats", || {
        server.heartbeats().expect("heartbeats").first().is_some_and(|h| h.count >= 2)
    });
    handle.shutdown();

    let beats = server.heartbeats().expect("heartbeats");
    assert_eq!(beats.len(), 1);
    assert_eq!(beats[0].kiosk_id, sync_support::KIOSK_ID);
    let body = &beats[0].latest;
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["mode"], "unattended");
    // The 422 envelope got 503 too (the failure is drawn first): three are pending.
    assert_eq!(body["queue"]["pending"], 3);
    assert_eq!(body["queue"]["failed"], 0);
    assert_eq!(body["queue"]["oldest_pending_at"], envelopes[0].created_at.as_str());
    assert!(body["started_at"].as_str().is_some_and(|t| chrono::DateTime::parse_from_rfc3339(t).is_ok()));
    let keys: HashSet<&str> = body.as_object().expect("object").keys().map(String::as_str).collect();
    assert_eq!(keys, HashSet::from(["version", "mode", "queue", "last_sync_at", "started_at"]));
    let text = body.to_string();
    for env in &envelopes {
        assert!(!text.contains(&env.receipt.reference) && !text.contains(&env.receipt.tracking_code));
    }
    assert!(!text.contains("CANARY") && !text.contains("Janssens"));
    server.shutdown_blocking();
}

#[test]
fn the_network_coming_back_drains_at_once_despite_long_back_offs() {
    let (url, addr) = closed_port_url();
    let kiosk = Kiosk::new(&url, Some(sync_support::TOKEN));
    kiosk.enqueue(3, None);
    // Long back-offs and polls: only the probe (every 100 ms while offline) can notice the return.
    let tuning = Tuning {
        backoff_base: Duration::from_secs(120),
        backoff_cap: Duration::from_secs(300),
        min_pause: Duration::from_secs(60),
        poll_interval: Duration::from_secs(60),
        offline_probe: Duration::from_millis(100),
        heartbeat: Some(Duration::from_secs(60)),
    };
    let (sink, mut events) = events();
    let handle = sync::start_with(&kiosk.config, tuning, sink).expect("start");
    eventually(WAIT, "a failed attempt", || {
        kiosk
            .store()
            .queued_bodies()
            .expect("bodies")
            .iter()
            .any(|(id, _)| kiosk.store().get(*id).expect("get").is_some_and(|row| row.attempts > 0))
    });
    events.drain();
    assert!(!events.last_status().expect("a status").online);

    let mut options = Options::new(vec![sync_support::TOKEN.to_string()]);
    options.listen = addr;
    let server = reference_central::start_blocking(options).expect("the service comes back on the same port");
    let back = Instant::now();
    events.wait_status(WAIT, "with the queue sent", |s| s.online && s.pending == 0);
    assert!(back.elapsed() < Duration::from_secs(5), "took {:?}", back.elapsed());
    assert_eq!(server.submission_count().expect("count"), 3);
    handle.shutdown();
    server.shutdown_blocking();
}
