//! The sync worker: sends the outbox (`cc-store`) to the central service
//! (`shared/central-api.md`), sends heartbeats, and answers follow-up look-ups.
//!
//! [`start`] runs the worker on ONE std thread with a current-thread tokio runtime. It owns its
//! own [`Store`] connection (WAL lets the UI's connection write meanwhile) and talks to the UI
//! only through [`SyncEvent`]s and a [`SyncHandle`]. [`sync_once`] is one blocking pass for
//! `cc-kiosk sync --once`.
//!
//! # Sending
//! At start, rows left `sending` by a crash go back to `pending` (the next POST is a replay of the
//! same id, answered idempotently). Then due rows go oldest first (a snapshot of the queue checked
//! row by row, see `worker::Worker::drain` for why not `Store::next_due`): `mark_sending` before
//! the request, the stored bytes as the body, then per the contract:
//! - `201`/`200`: `mark_sent` with the central reference (the payload is purged);
//! - `400`/`409`/`413`/`422`: `mark_rejected` with `"<status> <error>/<field>"`, then the others;
//! - `201`/`200` whose body is not the contract's JSON with a non-empty `reference` (a proxy's or
//!   a captive portal's page, an empty or a cut answer) acknowledges nothing: transient, below;
//! - `401`/`403`: the row goes back to `pending` untouched (not counted as a failed attempt), and
//!   the worker sends nothing more at all (no submission, heartbeat or look-up) until
//!   [`SyncHandle::sync_now`] (which also re-reads the token file) or a restart;
//! - a token file that is missing, unreadable or empty: nothing is sent either; the worker reads
//!   the file again at every poll and resumes by itself when it can be used;
//! - an envelope over the contract's 256 KiB is never sent: `rejected` at once, kept for staff;
//! - `429`/`503` (at least `Retry-After`), other `5xx`, any other unexpected status, timeouts,
//!   resets, DNS and TLS errors: `mark_retry` with exponential back-off and full jitter
//!   ([`Tuning::backoff_base`] doubled per failed attempt, capped at [`Tuning::backoff_cap`], no
//!   retry limit; `Retry-After` is a floor of the row's back-off, capped at one hour; kept to the
//!   millisecond). A row that backs off does not hold the others back: the pass goes on with the
//!   next row, and ends only when the service cannot be reached, answers `429`/`503`, or three
//!   rows in a row failed; then the loop pauses (full jitter over the consecutive failures, at
//!   least [`Tuning::min_pause`]) so that a service that is down is not hammered.
//! - Any other `2xx` is not expected and is retried like a `5xx`; redirects are not followed.
//!
//! # When the worker looks at the queue
//! - right after [`SyncHandle::wake`] (a visitor's submit) and [`SyncHandle::sync_now`];
//! - every [`Tuning::poll_interval`] (30 s), and when the earliest back-off it set expires;
//! - when the network comes back: the first answer of the service (to a heartbeat, a submission
//!   or a look-up) after an exchange that got no answer at all (no connection, DNS, TLS, timeout,
//!   reset), and its first answer after the start, count as the network coming back and start at
//!   once a pass that ignores the back-off timers (at most one such pass per poll interval; it
//!   stops at the first transient failure). A service that answers "later" (`503`…) keeps its
//!   `Retry-After`. While offline, the heartbeat itself is the cheap probe, sent every
//!   [`Tuning::offline_probe`] (60 s) instead of every `heartbeat_secs`.
//!
//! A [`SyncHandle::wake`] during the pause after a failure does not end the pause (the probe
//! does, when the service answers again).
//!
//! # Status
//! A [`SyncStatus`] is sent whenever one of its fields changes (after each row the sender settles,
//! on every change of the link, after a wake). `online` means: the last exchange with the
//! central service got a usable answer (not a transient failure). `last_sync_at` is the last
//! time the service acknowledged a submission or a heartbeat (kept in memory; `None` after a
//! restart until then). `pending` counts `pending` and `sending` rows.
//!
//! # Heartbeat
//! The contract's fields, plus `alerts`: the codes of the terminal's problems raised with
//! [`SyncHandle::alert`] (sorted; absent when there is none), e.g. `queue_unwritable`.
//!
//! # Privacy
//! Logs and events carry ids, kinds, status codes, counts and error classes only: never a body,
//! a name, an e-mail, a receipt reference, a tracking code or the token.

mod backoff;
mod http;
mod once;
mod settle;
mod worker;

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use cc_store::{Store, StoreError};
use tokio::sync::mpsc;

use crate::config::Config;

pub use once::sync_once;

/// What the worker tells the UI. Sent from the worker's thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncEvent {
    /// The state of the queue and of the link, sent whenever it changes.
    Status(SyncStatus),
    /// The answer to [`SyncHandle::follow_up`].
    FollowUp { request_id: u64, result: FollowUpResult },
}

/// The queue and the link to the central service (no personal data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncStatus {
    /// The last exchange with the central service got a usable answer.
    pub online: bool,
    /// Submissions still to be sent (`pending` and `sending`).
    pub pending: u64,
    /// Submissions refused for good by the service, kept for staff.
    pub rejected: u64,
    /// The service answered `401`/`403`: nothing is sent until [`SyncHandle::sync_now`].
    pub credentials_refused: bool,
    /// The token file is missing, unreadable or empty: nothing is sent; the worker looks at the
    /// file again at every poll (and at [`SyncHandle::sync_now`]) and resumes by itself.
    pub token_missing: bool,
    /// When the service last acknowledged a submission or a heartbeat (RFC 3339, UTC).
    pub last_sync_at: Option<String>,
}

/// The answer of `GET /v1/status` for a follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpResult {
    /// `status` is `received`, `in_progress`, `forwarded` or `closed` (passed on as the service
    /// spells it); `updated_at` is RFC 3339.
    Found { status: String, updated_at: String },
    /// Unknown reference or wrong code (the service does not say which).
    NotFound,
    /// The service cannot be asked now (network error, timeout, `5xx`, unreadable answer).
    Offline,
    /// The service refused the kiosk's credentials.
    CredentialsRefused,
}

/// What one [`sync_once`] pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncSummary {
    /// Acknowledged by the service in this pass.
    pub sent: u64,
    /// Refused for good in this pass.
    pub rejected: u64,
    /// Still to be sent after the pass (the whole queue, not only this pass).
    pub pending: u64,
}

impl fmt::Display for SyncSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sent {}, rejected {}, still pending {}", self.sent, self.rejected, self.pending)
    }
}

/// Why the worker cannot start, or why a [`sync_once`] pass stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The `[central]` settings cannot be used (e.g. an `http://` URL without `allow_insecure_http`).
    #[error("{file}: [central] {message}")]
    Config { file: PathBuf, message: String },
    /// The token file is missing, unreadable, empty or not a valid header value.
    #[error("[central] token_file {}: {reason}", path.display())]
    Token { path: PathBuf, reason: String },
    /// The extra CA file is missing or holds no PEM certificate.
    #[error("[central] extra_ca_file {}: {reason}", path.display())]
    Certificate { path: PathBuf, reason: String },
    /// The HTTP client cannot be built (e.g. no usable root certificate).
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
    /// The outbox cannot be opened or written.
    #[error("outbox: {0}")]
    Store(#[from] StoreError),
    /// The worker's thread or runtime cannot be started.
    #[error("cannot start the sync worker: {0}")]
    Runtime(String),
    /// The service answered `401`/`403` ([`sync_once`] only; the worker reports it in its status).
    #[error("the central service refused the kiosk's credentials (HTTP {status}); check [central] token_file")]
    CredentialsRefused { status: u16 },
}

impl SyncError {
    /// The exit status of `cc-kiosk sync --once` for this error: 74 (`EX_IOERR`) when the queue
    /// cannot be read or written (disk full, read-only, damaged), 1 for a configuration or
    /// credentials problem.
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            SyncError::Store(_) => 74,
            _ => 1,
        }
    }
}

/// Whether the token file can be used now (`cc-kiosk outbox status` says so).
///
/// # Errors
/// [`SyncError::Token`] with the reason (missing, unreadable, empty, not a regular file…).
pub fn check_token(config: &Config) -> Result<(), SyncError> {
    match http::Central::new(config)?.token_error() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Timings of the worker. [`Tuning::default`] is what the kiosk uses; tests shorten them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tuning {
    /// First back-off step, doubled per failed attempt of a row (full jitter). Default 1 s.
    pub backoff_base: Duration,
    /// The longest back-off of a row and the longest pause of the loop. Default 300 s.
    pub backoff_cap: Duration,
    /// The shortest pause of the loop after a transient failure. Default 500 ms.
    pub min_pause: Duration,
    /// The loop looks for due rows at least this often. Default 30 s.
    pub poll_interval: Duration,
    /// While offline, a heartbeat probes the service this often (when shorter than the
    /// configured heartbeat interval). Default 60 s.
    pub offline_probe: Duration,
    /// Overrides `[central] heartbeat_secs` when set (tests).
    pub heartbeat: Option<Duration>,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            backoff_base: Duration::from_secs(1),
            backoff_cap: Duration::from_secs(300),
            min_pause: Duration::from_millis(500),
            poll_interval: Duration::from_secs(30),
            offline_probe: Duration::from_secs(60),
            heartbeat: None,
        }
    }
}

/// A request to the worker.
pub(crate) enum Command {
    Wake,
    SyncNow,
    FollowUp {
        request_id: u64,
        reference: String,
        code: String,
    },
    Alert {
        code: &'static str,
        on: bool,
    },
    /// A staff member logged in (true) or out.
    StaffMode(bool),
    Shutdown,
}

/// Controls a running worker. Cheap to clone; every clone talks to the same worker. The worker
/// stops on [`SyncHandle::shutdown`], or once every handle is dropped.
#[derive(Clone)]
pub struct SyncHandle {
    commands: mpsc::UnboundedSender<Command>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl fmt::Debug for SyncHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyncHandle").field("running", &!self.commands.is_closed()).finish()
    }
}

impl SyncHandle {
    /// A submission was just queued: look at the queue now.
    pub fn wake(&self) {
        self.send(Command::Wake);
    }

    /// Staff "sync now" or a config reload: re-reads the token file, lifts the stop after a
    /// `401`/`403`, ends the pause after failures and tries every pending row now (ignoring
    /// back-off timers), and sends a heartbeat.
    pub fn sync_now(&self) {
        self.send(Command::SyncNow);
    }

    /// Asks the service for the status of a file; the answer comes as [`SyncEvent::FollowUp`]
    /// with the same `request_id`. The caller has already looked in the local outbox.
    pub fn follow_up(&self, request_id: u64, reference: String, code: String) {
        self.send(Command::FollowUp { request_id, reference, code });
    }

    /// Raises (`on`) or clears a problem of the terminal that the heartbeat reports in its
    /// `alerts` list (a code, no personal data: `queue_unwritable`, `queue_damaged_moved_aside`).
    pub fn alert(&self, code: &'static str, on: bool) {
        self.send(Command::Alert { code, on });
    }

    /// Stops the worker and waits for its thread (a request in flight is abandoned: its row stays
    /// `sending` and is replayed at the next start). Calling it again does nothing.
    /// A staff member logged in (`true`) or out: the heartbeat's `mode` follows at once.
    pub fn set_staff_mode(&self, on: bool) {
        self.send(Command::StaffMode(on));
    }

    pub fn shutdown(&self) {
        self.send(Command::Shutdown);
        let thread = self.thread.lock().unwrap_or_else(PoisonError::into_inner).take();
        if let Some(thread) = thread {
            // From the worker's own thread (an event callback), joining would wait for itself.
            if thread.thread().id() != std::thread::current().id() {
                let _ = thread.join();
            }
        }
    }

    fn send(&self, command: Command) {
        // A worker that has stopped cannot be asked anything: nothing to do.
        let _ = self.commands.send(command);
    }
}

/// Starts the sync worker with the kiosk's timings ([`Tuning::default`]).
///
/// `on_event` is called on the worker's thread, for every status change and every follow-up
/// answer; it must return quickly (e.g. post to the UI's event loop).
///
/// # Errors
/// A configuration problem ([`SyncError::Config`], [`SyncError::Token`],
/// [`SyncError::Certificate`], [`SyncError::Client`]), an outbox that cannot be opened
/// ([`SyncError::Store`]), or no thread ([`SyncError::Runtime`]).
pub fn start(config: &Config, on_event: impl Fn(SyncEvent) + Send + 'static) -> Result<SyncHandle, SyncError> {
    start_with(config, Tuning::default(), on_event)
}

/// [`start`] with other timings (tests, benchmarks).
///
/// # Errors
/// As [`start`].
pub fn start_with(
    config: &Config,
    tuning: Tuning,
    on_event: impl Fn(SyncEvent) + Send + 'static,
) -> Result<SyncHandle, SyncError> {
    let central = http::Central::new(config)?;
    let mut store = Store::open(&config.database_path())?;
    let reset = store.reset_sending_to_pending()?;
    if reset > 0 {
        log::info!("sync: {reset} submission(s) left sending by a stop go back to pending");
    }
    let heartbeat = tuning.heartbeat.unwrap_or(config.central.heartbeat);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SyncError::Runtime(e.to_string()))?;
    let (commands, receiver) = mpsc::unbounded_channel();
    let worker = worker::Worker::new(store, central, tuning, heartbeat, Box::new(on_event));
    let thread = std::thread::Builder::new()
        .name("cc-sync".into())
        .spawn(move || runtime.block_on(worker::run(worker, receiver)))
        .map_err(|e| SyncError::Runtime(e.to_string()))?;
    Ok(SyncHandle { commands, thread: Arc::new(Mutex::new(Some(thread))) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handle_is_clone_and_send() {
        fn assert_clone_send<T: Clone + Send + 'static>() {}
        assert_clone_send::<SyncHandle>();
        fn assert_send<T: Send + 'static>() {}
        assert_send::<SyncError>();
        assert_send::<SyncEvent>();
    }

    #[test]
    fn summary_line() {
        let summary = SyncSummary { sent: 3, rejected: 1, pending: 2 };
        assert_eq!(summary.to_string(), "sent 3, rejected 1, still pending 2");
    }
}
