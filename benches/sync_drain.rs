//! The sync worker draining a backlog into a loopback reference central service (no faults).
//! Aim: a backlog of 10,000 envelopes drained in 30 s or less.
//!
//! `cargo bench --bench sync_drain` drains 10,000; under `cargo test` it drains 200 as a smoke
//! check.

#[path = "../tests/sync_support/mod.rs"]
mod sync_support;

use std::time::{Duration, Instant};

use cc_kiosk::sync::{self, Tuning};
use reference_central::Faults;
use sync_support::{Kiosk, events, server};

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let n = if bench { 10_000 } else { 200 };
    let server = server(Faults::default());
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let queued = Instant::now();
    kiosk.enqueue(n, None);
    let queue_time = queued.elapsed();

    let (sink, mut events) = events();
    let started = Instant::now();
    let handle = sync::start_with(&kiosk.config, Tuning::default(), sink).expect("start the worker");
    handle.wake();
    events.wait_status(Duration::from_secs(600), "with the backlog drained", |s| s.pending == 0);
    let took = started.elapsed().as_secs_f64();
    handle.shutdown();

    assert_eq!(server.submission_count().expect("count"), n as u64);
    assert_eq!(kiosk.store().counts().expect("counts").sent, n as u64);
    server.shutdown_blocking();
    println!(
        "sync: drained {n} envelopes in {took:.2} s ({:.0}/s) (aim: whole backlog <= 30 s); queueing them took {:.2} s",
        n as f64 / took,
        queue_time.as_secs_f64()
    );
}
