//! The project's reference central service: the server side of `shared/central-api.md`
//! (version 1), for development, demos and the kiosk's sync tests.
//!
//! It follows the contract to the letter, because kiosks will later be pointed at the real one.
//! Submissions are stored in SQLite ([`store::Store`]); envelopes are checked by
//! [`contract::check_submission`], the service's own reading of the contract: it shares no code
//! with the kiosk, so that the kiosk's sync tests catch a misreading on either side.
//!
//! # Endpoints
//!
//! Every request needs `Authorization: Bearer <token>` with a known token (else `401`) and a
//! non-blank `X-Kiosk-Id` (else `400 {"error":"missing_kiosk_id","field":"X-Kiosk-Id"}`).
//!
//! - `POST /v1/submissions`: `201` for a new id, `200` with the first `201`'s body for a replay
//!   with the same content (parsed JSON values are compared), `409 {"error":"id_conflict"}` for
//!   the same id with other content, `400 {"error":"idempotency_key_mismatch","field":"Idempotency-Key"}`,
//!   `400 {"error":"invalid_json"}`, `413 {"error":"too_large"}` (over [`MAX_BODY`]),
//!   `422 {"error":"invalid","field":"payload.company.name"}`.
//! - `GET /v1/status?reference=…&code=…`: `200 {"reference","status","updated_at"}` by the kiosk-made
//!   or the central reference; the same `404 {"error":"not_found"}` for an unknown reference, a
//!   wrong code or a missing parameter.
//! - `POST /v1/kiosks/{kiosk_id}/heartbeat`: `204`; `422 {"error":"invalid","field":…}` for a body
//!   that does not have the contract's shape.
//!
//! # Fault injection
//!
//! For tests of the kiosk's sync worker, [`Faults`] applies to `POST /v1/submissions` only, each
//! fault drawn independently for every request, in this order: a stall (hold the request for
//! [`Faults::stall`], then answer `503`; nothing stored), a delay (wait [`Faults::delay`], then go
//! on), then, once the request is authenticated, a failure (`503` with `Retry-After: 1`; nothing
//! stored), and last, for a request that was accepted (`201` or `200`), a drop (the submission is
//! committed, then the connection is closed without any answer). Faults can be changed while the
//! server runs ([`RunningServer::set_faults`]).
//!
//! # In-process use
//!
//! ```no_run
//! # async fn demo() -> Result<(), reference_central::Error> {
//! use reference_central::{Options, start};
//! let server = start(Options::new(vec!["secret-token".into()])).await?;
//! let url = server.base_url(); // "http://127.0.0.1:<port>"
//! // … point a kiosk at `url` with the token "secret-token" …
//! assert_eq!(server.submission_count()?, 0);
//! server.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! Without a tokio runtime (plain `#[test]`), use [`start_blocking`]: the server then runs on
//! its own runtime in a background thread, and [`RunningServer::shutdown_blocking`] stops it.
//!
//! The API:
//! - [`Options`] (`Options::new(tokens)`: loopback port 0, in-memory database, no faults, no log),
//!   [`Faults`], [`load_tokens`];
//! - [`start`] / [`start_blocking`] → [`RunningServer`]: [`addr`](RunningServer::addr),
//!   [`base_url`](RunningServer::base_url), [`submission_count`](RunningServer::submission_count),
//!   [`submission_ids`](RunningServer::submission_ids), [`received`](RunningServer::received),
//!   [`heartbeats`](RunningServer::heartbeats), [`set_status`](RunningServer::set_status),
//!   [`faults`](RunningServer::faults), [`set_faults`](RunningServer::set_faults),
//!   [`counters`](RunningServer::counters), [`shutdown`](RunningServer::shutdown),
//!   [`shutdown_blocking`](RunningServer::shutdown_blocking),
//!   [`store`](RunningServer::store);
//! - [`store::Store`] for direct access to a database file (the CLI's `set-status` uses it);
//! - [`contract::check_submission`], the check of a submission body;
//! - [`heartbeat::validate_heartbeat`], the check of a heartbeat body.
//!
//! Logs (stderr, only when [`Options::log`] is set) name the method, path, answer and submission
//! id: never a payload, a name, an e-mail, a receipt reference or a tracking code.

pub mod contract;
pub mod heartbeat;
mod http;
mod serve;
pub mod store;

use std::collections::HashSet;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use tokio::sync::watch;

pub use store::{FileStatus, Heartbeat, Received, Store};

/// The largest request body accepted: the contract's 256 KiB ("A body is at most 256 KiB; the
/// service answers `413` to a larger one"); larger ones get `413`.
pub const MAX_BODY: usize = 256 * 1024;

/// The address the binary listens on by default.
pub const DEFAULT_LISTEN: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 8780);

/// Everything that can go wrong when starting or querying the service.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot listen on {addr}: {source}")]
    Listen { addr: SocketAddr, source: std::io::Error },
    #[error("cannot start the server: {0}")]
    Runtime(String),
    #[error("{0}")]
    Invalid(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}

/// Fault injection for `POST /v1/submissions` (see the crate documentation). Rates are
/// probabilities from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Faults {
    /// Answer `503` with `Retry-After: 1`, storing nothing.
    pub fail_rate: f64,
    /// Store the submission, then close the connection without answering.
    pub drop_rate: f64,
    /// Wait this long before handling each submission.
    pub delay: Duration,
    /// Hold the request for [`Faults::stall`] before doing anything, then answer `503`.
    pub stall_rate: f64,
    /// How long a stalled request is held.
    pub stall: Duration,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            fail_rate: 0.0,
            drop_rate: 0.0,
            delay: Duration::ZERO,
            stall_rate: 0.0,
            stall: Duration::from_secs(60),
        }
    }
}

impl Faults {
    /// Checks that every rate is a number from 0 to 1.
    pub fn check(&self) -> Result<(), Error> {
        for (name, rate) in
            [("fail rate", self.fail_rate), ("drop rate", self.drop_rate), ("stall rate", self.stall_rate)]
        {
            if !(0.0..=1.0).contains(&rate) {
                return Err(Error::Invalid(format!("the {name} must be from 0 to 1, not {rate}")));
            }
        }
        Ok(())
    }
}

/// How to run the service.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to listen; port 0 picks a free port (see [`RunningServer::addr`]).
    pub listen: SocketAddr,
    /// The SQLite file (WAL mode), or `None` for a database in memory, gone at shutdown.
    pub db: Option<PathBuf>,
    /// The bearer tokens accepted.
    pub tokens: Vec<String>,
    pub faults: Faults,
    /// Write one line per request to stderr (no personal data).
    pub log: bool,
}

impl Options {
    /// Options for tests: `127.0.0.1:0`, a database in memory, no faults, no log.
    pub fn new(tokens: Vec<String>) -> Options {
        Options {
            listen: SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
            db: None,
            tokens,
            faults: Faults::default(),
            log: false,
        }
    }
}

/// Reads a tokens file: one token per line; blank lines and lines starting with `#` are
/// ignored, surrounding white space is trimmed. A file without any token is an error.
pub fn load_tokens(path: &Path) -> Result<Vec<String>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let tokens = parse_tokens(&text);
    if tokens.is_empty() {
        return Err(Error::Invalid(format!("{}: no token in the file", path.display())));
    }
    Ok(tokens)
}

fn parse_tokens(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

/// How many `POST /v1/submissions` requests ended each way since the server started (kept in
/// memory only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    /// `201`.
    pub created: u64,
    /// `200` replays.
    pub replayed: u64,
    /// `409`.
    pub conflicts: u64,
    /// `400`, `413`, `422`.
    pub rejected: u64,
    /// `401`.
    pub unauthorized: u64,
    /// `503` by `fail_rate`.
    pub failed: u64,
    /// Accepted, then the connection closed without an answer (also counted in `created` or
    /// `replayed`).
    pub dropped: u64,
    /// Held by `stall_rate`.
    pub stalled: u64,
}

#[derive(Debug, Default)]
pub(crate) struct AtomicCounters {
    pub created: AtomicU64,
    pub replayed: AtomicU64,
    pub conflicts: AtomicU64,
    pub rejected: AtomicU64,
    pub unauthorized: AtomicU64,
    pub failed: AtomicU64,
    pub dropped: AtomicU64,
    pub stalled: AtomicU64,
}

pub(crate) fn bump(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

impl AtomicCounters {
    fn snapshot(&self) -> Counters {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        Counters {
            created: get(&self.created),
            replayed: get(&self.replayed),
            conflicts: get(&self.conflicts),
            rejected: get(&self.rejected),
            unauthorized: get(&self.unauthorized),
            failed: get(&self.failed),
            dropped: get(&self.dropped),
            stalled: get(&self.stalled),
        }
    }
}

/// What the request handlers share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub store: Arc<Store>,
    pub tokens: HashSet<String>,
    pub faults: RwLock<Faults>,
    pub counters: AtomicCounters,
    pub log: bool,
}

impl Shared {
    pub fn faults(&self) -> Faults {
        *self.faults.read().unwrap_or_else(PoisonError::into_inner)
    }
}

enum Runner {
    /// Spawned on the caller's runtime.
    Task(tokio::task::JoinHandle<()>),
    /// On its own runtime in this thread.
    Thread(std::thread::JoinHandle<()>),
}

/// A running service. Dropping it stops the service too (without waiting).
pub struct RunningServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    runner: Option<Runner>,
}

impl std::fmt::Debug for RunningServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningServer").field("addr", &self.addr).finish_non_exhaustive()
    }
}

/// Everything [`start`] prepares before serving: the bound listener and the shared state.
async fn prepare(options: Options) -> Result<(tokio::net::TcpListener, Arc<Shared>), Error> {
    options.faults.check()?;
    if options.tokens.iter().any(|t| t.trim().is_empty() || t.trim() != t) {
        return Err(Error::Invalid("a token is blank or has surrounding white space".into()));
    }
    let store = match &options.db {
        Some(path) => Store::open(path)?,
        None => Store::open_in_memory()?,
    };
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|source| Error::Listen { addr: options.listen, source })?;
    let shared = Arc::new(Shared {
        store: Arc::new(store),
        tokens: options.tokens.into_iter().collect(),
        faults: RwLock::new(options.faults),
        counters: AtomicCounters::default(),
        log: options.log,
    });
    Ok((listener, shared))
}

fn local_addr(listener: &tokio::net::TcpListener, wanted: SocketAddr) -> Result<SocketAddr, Error> {
    listener.local_addr().map_err(|source| Error::Listen { addr: wanted, source })
}

/// Starts the service on the current tokio runtime and returns once it listens.
pub async fn start(options: Options) -> Result<RunningServer, Error> {
    let wanted = options.listen;
    let (listener, shared) = prepare(options).await?;
    let addr = local_addr(&listener, wanted)?;
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(serve::serve(listener, http::router(shared.clone()), stopped));
    Ok(RunningServer { addr, shared, stop, runner: Some(Runner::Task(task)) })
}

/// Starts the service on its own tokio runtime (2 worker threads) in a background thread, for
/// callers without a runtime, and returns once it listens.
pub fn start_blocking(options: Options) -> Result<RunningServer, Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("reference-central")
        .enable_all()
        .build()
        .map_err(|e| Error::Runtime(e.to_string()))?;
    let wanted = options.listen;
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let (stop, stopped) = watch::channel(false);
    let thread = std::thread::Builder::new()
        .name("reference-central".into())
        .spawn(move || {
            runtime.block_on(async move {
                let prepared = prepare(options).await.and_then(|(listener, shared)| {
                    let addr = local_addr(&listener, wanted)?;
                    Ok((listener, shared, addr))
                });
                match prepared {
                    Ok((listener, shared, addr)) => {
                        let router = http::router(shared.clone());
                        if ready_tx.send(Ok((addr, shared))).is_ok() {
                            serve::serve(listener, router, stopped).await;
                        }
                    }
                    Err(e) => {
                        // The receiver waits for exactly this message.
                        let _ = ready_tx.send(Err(e));
                    }
                }
            });
        })
        .map_err(|e| Error::Runtime(e.to_string()))?;
    match ready_rx.recv() {
        Ok(Ok((addr, shared))) => Ok(RunningServer { addr, shared, stop, runner: Some(Runner::Thread(thread)) }),
        Ok(Err(e)) => {
            let _ = thread.join();
            Err(e)
        }
        Err(_) => {
            let _ = thread.join();
            Err(Error::Runtime("the server thread ended before listening".into()))
        }
    }
}

impl RunningServer {
    /// The address it listens on (with the real port when port 0 was asked).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://<ip>:<port>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The database (shared with the running server).
    pub fn store(&self) -> &Store {
        &self.shared.store
    }

    /// How many distinct submissions are stored.
    pub fn submission_count(&self) -> Result<u64, Error> {
        self.shared.store.submission_count()
    }

    /// The ids of the stored submissions, in the order they were first received.
    pub fn submission_ids(&self) -> Result<Vec<uuid::Uuid>, Error> {
        self.shared.store.submission_ids()
    }

    /// The stored submission with this id, with the number of times it was accepted.
    pub fn received(&self, id: uuid::Uuid) -> Result<Option<Received>, Error> {
        self.shared.store.received(id)
    }

    /// The latest heartbeat of every kiosk (with counts), by kiosk id.
    pub fn heartbeats(&self) -> Result<Vec<Heartbeat>, Error> {
        self.shared.store.heartbeats()
    }

    /// Sets the status of the file whose kiosk-made or central reference is `reference`
    /// (`updated_at` becomes now). Returns whether such a file exists.
    pub fn set_status(&self, reference: &str, status: FileStatus) -> Result<bool, Error> {
        self.shared.store.set_status(reference, status, chrono::Utc::now())
    }

    /// The faults now in force.
    pub fn faults(&self) -> Faults {
        self.shared.faults()
    }

    /// Changes the faults for the requests that start from now on.
    pub fn set_faults(&self, faults: Faults) -> Result<(), Error> {
        faults.check()?;
        *self.shared.faults.write().unwrap_or_else(PoisonError::into_inner) = faults;
        Ok(())
    }

    /// How `POST /v1/submissions` requests ended so far.
    pub fn counters(&self) -> Counters {
        self.shared.counters.snapshot()
    }

    /// Stops listening, closes every connection (requests in flight get no answer) and waits
    /// until the server is gone.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        match self.runner.take() {
            Some(Runner::Task(task)) => {
                let _ = task.await;
            }
            Some(Runner::Thread(thread)) => {
                let _ = tokio::task::spawn_blocking(move || thread.join()).await;
            }
            None => {}
        }
    }

    /// Like [`RunningServer::shutdown`], for callers without a runtime. For a server made by
    /// [`start`] it only asks the server to stop (it cannot wait for a task on another runtime).
    pub fn shutdown_blocking(mut self) {
        let _ = self.stop.send(true);
        if let Some(Runner::Thread(thread)) = self.runner.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_file_syntax() {
        let text = "# kiosk tokens\n\n  tok-1  \n#tok-2\ntok-3\n\t\n";
        assert_eq!(parse_tokens(text), vec!["tok-1".to_string(), "tok-3".to_string()]);
    }

    #[test]
    fn rates_are_checked() {
        assert!(Faults::default().check().is_ok());
        assert!(Faults { fail_rate: 1.0, drop_rate: 0.5, stall_rate: 0.0, ..Faults::default() }.check().is_ok());
        assert!(Faults { fail_rate: 1.5, ..Faults::default() }.check().is_err());
        assert!(Faults { drop_rate: -0.1, ..Faults::default() }.check().is_err());
        assert!(Faults { stall_rate: f64::NAN, ..Faults::default() }.check().is_err());
    }
}
