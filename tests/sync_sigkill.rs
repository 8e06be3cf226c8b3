//! `cc-kiosk sync --once` killed with SIGKILL at random moments, 50 times, then one pass that
//! finishes: nothing lost, nothing received twice as two files.

mod sync_support;

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::Rng;
use reference_central::Faults;
use sync_support::{Kiosk, server};

const ROUNDS: usize = 50;
const PER_ROUND: usize = 2;

fn sync_once(kiosk: &Kiosk) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cc-kiosk"));
    command
        .arg("--config")
        .arg(&kiosk.config_path)
        .args(["sync", "--once"])
        .env("RUST_LOG", "off")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

#[test]
fn sigkill_at_random_moments_loses_and_doubles_nothing() {
    // Each submission takes 15 ms on the server, and a fifth of the answers are dropped after the
    // commit: kills land before, during and after requests and outbox writes.
    let server = server(Faults { delay: Duration::from_millis(15), drop_rate: 0.2, ..Faults::default() });
    let kiosk = Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let mut ids = HashSet::new();
    let mut rng = rand::rng();
    let mut killed = 0;
    let started = Instant::now();
    for _ in 0..ROUNDS {
        ids.extend(kiosk.enqueue(PER_ROUND, None).iter().map(|e| e.id));
        let mut child = sync_once(&kiosk).spawn().expect("run cc-kiosk sync --once");
        std::thread::sleep(Duration::from_millis(rng.random_range(0..120)));
        if child.try_wait().expect("try_wait").is_none() {
            killed += 1;
        }
        // `Child::kill` is SIGKILL on Unix.
        let _ = child.kill();
        let _ = child.wait().expect("wait");
        assert!(started.elapsed() < Duration::from_secs(40), "the rounds take too long");
    }

    // The last pass runs to its end against a service without faults.
    server.set_faults(Faults::default()).expect("faults");
    let out = sync_once(&kiosk).output().expect("final pass");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.trim_end().ends_with("still pending 0"), "{stdout}");
    eprintln!("{killed} of {ROUNDS} runs killed mid-way; server counters {:?}", server.counters());
    assert!(killed > 0, "no run was killed mid-way: the test proves nothing");

    let received = server.submission_ids().expect("ids");
    let unique: HashSet<_> = received.iter().copied().collect();
    assert_eq!(unique.len(), received.len(), "an id was received twice as two files");
    assert_eq!(unique, ids, "the server's ids are the outbox's ids");
    assert_eq!(server.submission_count().expect("count"), (ROUNDS * PER_ROUND) as u64);

    let store = kiosk.store();
    let counts = store.counts().expect("counts");
    assert_eq!((counts.sent, counts.pending, counts.sending, counts.rejected), ((ROUNDS * PER_ROUND) as u64, 0, 0, 0));
    for id in &ids {
        let row = store.get(*id).expect("get").expect("row");
        let on_server = server.received(*id).expect("received").expect("on the server");
        assert_eq!(row.central_reference.as_deref(), Some(on_server.central_reference.as_str()));
    }
    server.shutdown_blocking();
}
