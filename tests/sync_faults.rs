//! 1,000 submissions through a central service that fails, drops answers and stalls: every one
//! arrives exactly once, and the outbox knows it.

mod sync_support;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use cc_kiosk::sync::{self, SyncEvent, Tuning};
use reference_central::Faults;
use sync_support::{Kiosk, events, fast_tuning, server};

const N: usize = 1000;

#[test]
fn thousand_submissions_through_faults_arrive_once_each() {
    let server = server(Faults {
        fail_rate: 0.3,
        drop_rate: 0.2,
        stall_rate: 0.01,
        stall: Duration::from_millis(1000),
        ..Faults::default()
    });
    let mut kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    kiosk.config.central.request_timeout = Duration::from_millis(300);
    let envelopes = kiosk.enqueue(N, None);

    let started = Instant::now();
    let (sink, mut events) = events();
    // Short back-offs and pauses (the 503s still hold their rows back for Retry-After: 1 s).
    let tuning = Tuning {
        backoff_base: Duration::from_millis(5),
        backoff_cap: Duration::from_millis(50),
        min_pause: Duration::from_millis(1),
        ..fast_tuning()
    };
    let handle = sync::start_with(&kiosk.config, tuning, sink).expect("start");
    handle.wake();
    events.wait_status(Duration::from_secs(50), "with the whole queue sent", |s| s.pending == 0);
    let took = started.elapsed();
    handle.shutdown();
    eprintln!(
        "synced {N} envelopes through faults in {:.1} s; server counters {:?}",
        took.as_secs_f64(),
        server.counters()
    );

    // The server: exactly N files, one per id.
    assert_eq!(server.submission_count().expect("count"), N as u64);
    let ids = server.submission_ids().expect("ids");
    assert_eq!(ids.len(), N);
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), N, "an id was received twice as two files");
    let sent: HashSet<_> = envelopes.iter().map(|e| e.id).collect();
    assert_eq!(unique, sent.iter().collect::<HashSet<_>>());

    // The faults did happen, and were recovered from.
    let c = server.counters();
    assert!(c.failed > 0 && c.dropped > 0 && c.replayed > 0, "{c:?}");
    assert_eq!(c.created, N as u64);

    // The outbox: all sent, each with the central reference of its file.
    let store = kiosk.store();
    let counts = store.counts().expect("counts");
    assert_eq!((counts.sent, counts.pending, counts.sending, counts.rejected), (N as u64, 0, 0, 0));
    for env in &envelopes {
        let received = server.received(env.id).expect("received").expect("on the server");
        assert_eq!(received.receipt_reference, env.receipt.reference);
        let row = store.get(env.id).expect("get").expect("row");
        assert_eq!(row.central_reference.as_deref(), Some(received.central_reference.as_str()));
    }
    assert_eq!(store.queued_bodies().expect("bodies").len(), 0, "every payload is purged");

    // Every status event is free of personal data by construction; check the counts went down.
    let pendings: Vec<u64> = events
        .seen
        .iter()
        .filter_map(|e| match e {
            SyncEvent::Status(s) => Some(s.pending),
            SyncEvent::FollowUp { .. } => None,
        })
        .collect();
    assert!(pendings.windows(2).all(|w| w[1] <= w[0]), "pending never grows while nothing is queued");
    server.shutdown_blocking();
}
