//! Shared helpers of the sync tests (`tests/sync_*.rs`): a kiosk directory with its config and
//! token file, report envelopes, a reference central service on loopback, and the worker's
//! events.
#![allow(dead_code)]

pub mod fake;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cc_core::envelope::Envelope;
use cc_core::report::{Identity, ReportDraft, build_report_envelope};
use cc_kiosk::config::Config;
use cc_kiosk::sync::{SyncEvent, SyncStatus, Tuning};
use cc_store::{Store, StoreError};
use reference_central::{Faults, Options, RunningServer};

pub const TOKEN: &str = "kiosk-token-for-tests";
pub const KIOSK_ID: &str = "TEST-SYNC-01";
pub const SHORT_CODE: &str = "TST";

/// A kiosk's folder: `kiosk.toml`, `token`, `data/outbox.sqlite3`.
pub struct Kiosk {
    pub dir: tempfile::TempDir,
    pub config_path: PathBuf,
    pub config: Config,
}

impl Kiosk {
    /// A kiosk pointed at `base_url` (`http://…`), with `token` in its token file (none: no file).
    pub fn new(base_url: &str, token: Option<&str>) -> Kiosk {
        let dir = tempfile::tempdir().expect("tempdir");
        let config_path = dir.path().join("kiosk.toml");
        std::fs::write(
            &config_path,
            format!(
                "[kiosk]\nid = \"{KIOSK_ID}\"\nshort_code = \"{SHORT_CODE}\"\ndata_dir = \"data\"\n\
                 [central]\nbase_url = \"{base_url}/\"\ntoken_file = \"token\"\nallow_insecure_http = true\n\
                 connect_timeout_secs = 2\nrequest_timeout_secs = 5\nheartbeat_secs = 300\n"
            ),
        )
        .expect("write config");
        if let Some(token) = token {
            std::fs::write(dir.path().join("token"), format!("{token}\n")).expect("write token");
        }
        let config = Config::load(&config_path).expect("config");
        Kiosk { dir, config_path, config }
    }

    pub fn token_path(&self) -> PathBuf {
        self.dir.path().join("token")
    }

    pub fn set_token(&self, token: &str) {
        std::fs::write(self.token_path(), token).expect("write token");
    }

    pub fn store(&self) -> Store {
        Store::open(&self.config.database_path()).expect("open outbox")
    }

    /// Queues `n` new report envelopes; `canary` (if any) goes into the description and the name.
    pub fn enqueue(&self, n: usize, canary: Option<&str>) -> Vec<Envelope> {
        let mut store = self.store();
        (0..n).map(|i| enqueue_one(&mut store, i, canary, |_| {})).collect()
    }
}

/// A complete report draft, named every other time.
pub fn draft(i: usize, canary: Option<&str>) -> ReportDraft {
    let mark = canary.unwrap_or("");
    ReportDraft {
        theme: "online_purchase".into(),
        company_name: format!("Company {i} {mark}"),
        facts_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1 + (i % 28) as u32),
        channel: "website".into(),
        description: format!("Paid for order {i} and never received it. {mark} Émoji 🙂, \"quotes\"."),
        identity: if i.is_multiple_of(2) { Identity::Named } else { Identity::Anonymous },
        name: format!("Jan Janssens {mark}"),
        email: "jan.janssens@example.be".into(),
        consent_share: true,
        ..Default::default()
    }
}

/// Builds an envelope from [`draft`], lets `edit` change it, and queues it (drawing a new receipt
/// reference in the rare case of a clash).
pub fn enqueue_one(store: &mut Store, i: usize, canary: Option<&str>, edit: impl Fn(&mut Envelope)) -> Envelope {
    let mut rng = rand::rng();
    for _ in 0..10 {
        let mut env =
            build_report_envelope(&draft(i, canary), KIOSK_ID, SHORT_CODE, "fr-BE", None, chrono::Utc::now(), &mut rng)
                .expect("complete draft");
        edit(&mut env);
        match store.enqueue(&env) {
            Ok(_) => return env,
            Err(StoreError::ReferenceTaken { .. }) => continue,
            Err(e) => panic!("enqueue: {e}"),
        }
    }
    panic!("ten reference clashes in a row");
}

/// A reference central service on loopback, on its own runtime.
pub fn server(faults: Faults) -> RunningServer {
    let mut options = Options::new(vec![TOKEN.to_string()]);
    options.faults = faults;
    reference_central::start_blocking(options).expect("reference central")
}

/// A loopback address where nothing listens (bound, then released).
pub fn closed_port_url() -> (String, std::net::SocketAddr) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    (format!("http://{addr}"), addr)
}

/// Short timings, so that tests see back-offs, pauses, polls and heartbeats within seconds.
pub fn fast_tuning() -> Tuning {
    Tuning {
        backoff_base: Duration::from_millis(10),
        backoff_cap: Duration::from_millis(200),
        min_pause: Duration::from_millis(5),
        poll_interval: Duration::from_millis(100),
        offline_probe: Duration::from_millis(100),
        heartbeat: Some(Duration::from_millis(200)),
    }
}

/// The worker's events, received on the test's thread.
pub struct Events {
    rx: mpsc::Receiver<SyncEvent>,
    pub seen: Vec<SyncEvent>,
}

/// An event callback and the receiving end.
pub fn events() -> (impl Fn(SyncEvent) + Send + 'static, Events) {
    let (tx, rx) = mpsc::channel();
    let sink = move |event: SyncEvent| {
        let _ = tx.send(event);
    };
    (sink, Events { rx, seen: Vec::new() })
}

impl Events {
    /// Waits (at most `timeout`) for an event that `want` accepts, and returns it.
    pub fn wait_for(&mut self, timeout: Duration, what: &str, want: impl Fn(&SyncEvent) -> bool) -> SyncEvent {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(event) => {
                    self.seen.push(event.clone());
                    if want(&event) {
                        return event;
                    }
                }
                Err(_) => panic!("no event {what} within {timeout:?}; last status: {:?}", self.last_status()),
            }
        }
    }

    /// Waits for a status that `want` accepts.
    pub fn wait_status(&mut self, timeout: Duration, what: &str, want: impl Fn(&SyncStatus) -> bool) -> SyncStatus {
        match self.wait_for(timeout, what, |e| matches!(e, SyncEvent::Status(s) if want(s))) {
            SyncEvent::Status(s) => s,
            SyncEvent::FollowUp { .. } => unreachable!("filtered above"),
        }
    }

    /// Takes every event already sent, without waiting.
    pub fn drain(&mut self) {
        while let Ok(event) = self.rx.try_recv() {
            self.seen.push(event);
        }
    }

    pub fn last_status(&self) -> Option<&SyncStatus> {
        self.seen.iter().rev().find_map(|e| match e {
            SyncEvent::Status(s) => Some(s),
            SyncEvent::FollowUp { .. } => None,
        })
    }
}

/// Polls `check` every 10 ms until it is true, for at most `timeout`.
pub fn eventually(timeout: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !check() {
        assert!(Instant::now() < deadline, "not within {timeout:?}: {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Whether `needle` occurs anywhere in the file (a missing file holds nothing).
pub fn file_contains(path: &Path, needle: &[u8]) -> bool {
    match std::fs::read(path) {
        Ok(bytes) => bytes.windows(needle.len()).any(|w| w == needle),
        Err(_) => false,
    }
}
