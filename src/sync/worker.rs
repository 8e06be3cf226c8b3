//! The worker's tasks on its current-thread runtime: the command loop, the sender (the outbox,
//! oldest first) and the heartbeat; a task per follow-up look-up.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use cc_store::{Counts, OutboxRow, State, Store, StoreError, format_time};
use chrono::Utc;
use serde_json::{Value, json};
use tokio::sync::{Notify, mpsc, watch};
use tokio::time::Instant;
use uuid::Uuid;

use super::backoff::full_jitter;
use super::http::{Central, Contact, failure_was_answered};
use super::settle::{Settled, refuse_oversize, settle};
use super::{Command, FollowUpResult, SyncEvent, SyncStatus, Tuning};

/// After an outbox error, the sender waits this long (at most a poll interval) before trying again.
const STORE_PAUSE: Duration = Duration::from_secs(5);

/// A pass goes on past an envelope that failed (each envelope has its own back-off, so one that
/// always fails cannot hold the others back), but stops after this many failures in a row: then
/// the service itself is in trouble, and the loop pauses.
const PASS_FAILURE_STOP: u32 = 3;

/// The link to the central service, as the tasks share it.
#[derive(Debug, Default)]
struct Link {
    /// The last exchange got a usable answer.
    online: bool,
    /// `401`/`403`: nothing is sent until "sync now".
    refused: bool,
    /// The token file is missing, unreadable or empty: nothing is sent; the sender looks at the
    /// file again at every poll.
    token_missing: bool,
    /// When the service last acknowledged a submission or a heartbeat.
    last_sync_at: Option<String>,
    /// Transient failures of submissions since the last success.
    consecutive_failures: u32,
    /// The last failure got no answer at all (no connection, timeout, reset): the network or
    /// the service is gone, as opposed to a service that answers "later" (`503`…).
    unanswered: bool,
    /// The network came back: a pass ignoring back-off timers is wanted.
    recover: bool,
    /// Staff asked for a sync: a pass ignoring back-off timers and pauses is wanted.
    sync_now: bool,
}

/// How a sender pass ended.
enum DrainEnd {
    /// Nothing (more) due.
    Idle,
    /// A transient failure: pause the loop this long.
    Transient { pause: Duration },
    /// `401`/`403`, or no token: stop.
    Refused,
    /// The outbox failed.
    StoreTrouble,
}

type EventSink = Box<dyn Fn(SyncEvent) + Send>;

/// The counts of the status: rows still to send (`pending` + `sending`) and rejected rows.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    pending: u64,
    rejected: u64,
}

pub(crate) struct Worker {
    store: Mutex<Store>,
    central: Central,
    tuning: Tuning,
    heartbeat_every: Duration,
    link: Mutex<Link>,
    sender_kick: Notify,
    heartbeat_kick: Notify,
    first_pass: watch::Sender<bool>,
    on_event: Mutex<EventSink>,
    last_status: Mutex<Option<SyncStatus>>,
    tally: Mutex<Option<Tally>>,
    started_at: String,
    /// The terminal's problems for the heartbeat (codes).
    alerts: Mutex<BTreeSet<&'static str>>,
    /// A staff member is logged in (the heartbeat's `mode`).
    staff_mode: std::sync::atomic::AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Worker {
    pub(crate) fn new(
        store: Store,
        central: Central,
        tuning: Tuning,
        heartbeat_every: Duration,
        on_event: EventSink,
    ) -> Worker {
        let token_missing = match central.token_error() {
            Some(e) => {
                log::error!("sync: {e}; submissions stay queued until the token file can be read");
                true
            }
            None => false,
        };
        Worker {
            store: Mutex::new(store),
            central,
            tuning,
            heartbeat_every,
            // Not heard from the service yet: its first answer starts a pass over every row.
            link: Mutex::new(Link { unanswered: true, token_missing, ..Link::default() }),
            sender_kick: Notify::new(),
            heartbeat_kick: Notify::new(),
            first_pass: watch::Sender::new(false),
            on_event: Mutex::new(on_event),
            last_status: Mutex::new(None),
            tally: Mutex::new(None),
            started_at: format_time(Utc::now()),
            alerts: Mutex::new(BTreeSet::new()),
            staff_mode: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    fn link(&self) -> MutexGuard<'_, Link> {
        lock(&self.link)
    }

    fn emit(&self, event: SyncEvent) {
        let sink = lock(&self.on_event);
        if catch_unwind(AssertUnwindSafe(|| sink(event))).is_err() {
            log::error!("sync: the event callback panicked");
        }
    }

    /// Counts the outbox again (a full index scan: not once per row of a long pass).
    fn recount(&self) -> Option<Counts> {
        let counts = self.store().counts();
        match counts {
            Ok(counts) => {
                *lock(&self.tally) =
                    Some(Tally { pending: counts.pending + counts.sending, rejected: counts.rejected });
                Some(counts)
            }
            Err(e) => {
                log::warn!("sync: cannot count the outbox: {e}");
                None
            }
        }
    }

    /// Counts the outbox again, then sends the status if it changed.
    fn emit_fresh_status(&self) {
        self.recount();
        self.emit_status();
    }

    /// Sends the status if it changed since the last one sent. The counts are those of the
    /// last [`Worker::recount`], kept up to date by the sender for the rows it settles.
    fn emit_status(&self) {
        let counted = lock(&self.tally).is_some();
        if !counted && self.recount().is_none() {
            return;
        }
        let Some(tally) = *lock(&self.tally) else {
            return;
        };
        let status = {
            let link = self.link();
            SyncStatus {
                online: link.online,
                pending: tally.pending,
                rejected: tally.rejected,
                credentials_refused: link.refused,
                token_missing: link.token_missing,
                last_sync_at: link.last_sync_at.clone(),
            }
        };
        {
            let mut last = lock(&self.last_status);
            if last.as_ref() == Some(&status) {
                return;
            }
            *last = Some(status.clone());
        }
        self.emit(SyncEvent::Status(status));
    }

    /// The service answered: it is reachable. After a failure without any answer, this is "the
    /// network came back": rows held back by that failure can go at once.
    fn reachable(&self, acknowledged: bool) {
        let back = {
            let mut link = self.link();
            let back = std::mem::replace(&mut link.unanswered, false);
            link.online = true;
            if back {
                link.recover = true;
            }
            if acknowledged {
                link.last_sync_at = Some(format_time(Utc::now()));
            }
            back
        };
        if back {
            log::info!("sync: the central service is reachable");
            self.sender_kick.notify_one();
        }
        self.emit_status();
    }

    /// An exchange failed for a transient reason.
    fn unreachable(&self, why: &str, answered: bool) {
        let was_online = {
            let mut link = self.link();
            link.unanswered |= !answered;
            std::mem::replace(&mut link.online, false)
        };
        if was_online {
            log::info!("sync: the central service cannot be reached now ({why})");
        }
        self.emit_status();
    }

    /// `401`/`403`: stop everything until "sync now".
    fn refuse(&self, status: u16) {
        let first = {
            let mut link = self.link();
            link.online = true;
            !std::mem::replace(&mut link.refused, true)
        };
        if first {
            log::error!(
                "sync: the central service refused the kiosk's credentials (HTTP {status}); nothing is sent until \
                 staff asks for a sync"
            );
        }
        self.emit_status();
    }

    fn contact(&self, contact: Contact) {
        match contact {
            Contact::Acknowledged => self.reachable(true),
            Contact::Answered => self.reachable(false),
            Contact::Refused { status } => self.refuse(status),
            Contact::NoToken => self.token_lost(),
            Contact::Failed { why, answered } => self.unreachable(&why, answered),
        }
    }

    /// The token file cannot be used: nothing is sent until it can.
    fn token_lost(&self) {
        let first = !std::mem::replace(&mut self.link().token_missing, true);
        if first && let Some(e) = self.central.token_error() {
            log::error!("sync: {e}; submissions stay queued until the token file can be read");
        }
        self.emit_status();
    }

    /// While the token is missing: looks at the token file again. Returns whether it is usable.
    fn token_usable(&self) -> bool {
        if !self.link().token_missing {
            return true;
        }
        if self.central.reload_token().is_err() {
            return false;
        }
        log::info!("sync: the token file can be read again; sending resumes");
        {
            let mut link = self.link();
            link.token_missing = false;
            link.consecutive_failures = 0;
        }
        self.emit_status();
        self.heartbeat_kick.notify_one();
        true
    }

    /// Staff "sync now" or a config reload.
    fn sync_now(&self) {
        match self.central.reload_token() {
            Ok(()) => {
                let mut link = self.link();
                link.refused = false;
                link.token_missing = false;
                link.sync_now = true;
                link.consecutive_failures = 0;
            }
            Err(e) => {
                log::error!("sync: {e}");
                self.link().token_missing = true;
            }
        }
        // The sender sends its pass first, then asks for a heartbeat (see `sender`).
        self.sender_kick.notify_one();
        self.emit_fresh_status();
    }

    async fn follow_up(&self, request_id: u64, reference: String, code: String) {
        let refused = {
            let link = self.link();
            link.refused || link.token_missing
        };
        let result = if refused {
            FollowUpResult::CredentialsRefused
        } else {
            let (result, contact) = self.central.follow_up(&reference, &code).await;
            self.contact(contact);
            result
        };
        let label = match &result {
            FollowUpResult::Found { status, .. } => status.as_str(),
            FollowUpResult::NotFound => "not found",
            FollowUpResult::Offline => "offline",
            FollowUpResult::CredentialsRefused => "credentials refused",
        };
        log::info!("sync: follow-up {request_id}: {label}");
        self.emit(SyncEvent::FollowUp { request_id, result });
    }

    fn heartbeat_body(&self) -> Option<Value> {
        let counts = self.recount()?;
        let last_sync_at = self.link().last_sync_at.clone();
        let alerts: Vec<&str> = lock(&self.alerts).iter().copied().collect();
        let staff = self.staff_mode.load(std::sync::atomic::Ordering::Relaxed);
        // The staff audit of the last 24 hours, as counts per action (no ids, no personal data).
        let since = chrono::Utc::now() - chrono::Duration::hours(24);
        let audit: serde_json::Map<String, Value> = self
            .store()
            .audit_counts(since)
            .unwrap_or_default()
            .into_iter()
            .map(|(action, n)| (action.id().to_string(), json!(n)))
            .collect();
        let mut body = json!({
            "version": env!("CARGO_PKG_VERSION"),
            "mode": if staff { "staff" } else { "unattended" },
            "queue": {
                "pending": counts.pending + counts.sending,
                "failed": counts.rejected,
                "oldest_pending_at": counts.oldest_pending_at,
            },
            "last_sync_at": last_sync_at,
            "started_at": self.started_at,
        });
        if !alerts.is_empty() {
            body["alerts"] = json!(alerts);
        }
        if !audit.is_empty() {
            body["staff_audit_24h"] = Value::Object(audit);
        }
        Some(body)
    }

    /// One row left the queue (sent, or rejected when `rejected`).
    fn settled_one(&self, rejected: bool) {
        if let Some(tally) = lock(&self.tally).as_mut() {
            tally.pending = tally.pending.saturating_sub(1);
            tally.rejected += u64::from(rejected);
        }
    }

    /// Sends due rows oldest first (which rows are due: see [`Timers`]) until none is due or
    /// a failure stops the pass. No row is tried twice in one pass.
    ///
    /// The rows come from a snapshot of the queue (`queued_bodies`, oldest first, one read of
    /// the table), checked one by one with `get` just before sending, and the snapshot is taken
    /// again until it holds nothing more to send (rows queued meanwhile). `Store::next_due`
    /// would read every pending row for each row sent (its `body IS NOT NULL` is not in the
    /// index, and every `mark_sent` checkpoint empties SQLite's page cache): 70 s instead of a
    /// few for a backlog of 10,000.
    async fn drain(&self, timers: Timers, retries: &mut BinaryHeap<Reverse<Instant>>) -> DrainEnd {
        let mut tried = HashSet::new();
        let mut failed_in_a_row = 0;
        loop {
            let snapshot = self.store().queued_bodies();
            let snapshot = match snapshot {
                Ok(rows) => rows,
                Err(e) => {
                    log::error!("sync: outbox: {e}");
                    return DrainEnd::StoreTrouble;
                }
            };
            let mut attempted = false;
            for (id, body) in snapshot {
                {
                    let link = self.link();
                    if link.refused || link.token_missing {
                        return DrainEnd::Refused;
                    }
                }
                if tried.contains(&id) {
                    continue;
                }
                let row = self.store().get(id);
                match row {
                    Ok(Some(row)) if is_due(&row, timers, Utc::now()) => {}
                    Ok(_) => continue,
                    Err(e) => {
                        log::error!("sync: outbox: {e}");
                        return DrainEnd::StoreTrouble;
                    }
                }
                tried.insert(id);
                attempted = true;
                match self.send_one(id, body, retries).await {
                    Step::Done => failed_in_a_row = 0,
                    Step::Failed { pause, stop } => {
                        failed_in_a_row += 1;
                        if stop || failed_in_a_row >= PASS_FAILURE_STOP {
                            return DrainEnd::Transient { pause };
                        }
                    }
                    Step::End(end) => return end,
                }
            }
            if !attempted {
                return DrainEnd::Idle;
            }
        }
    }

    /// Sends one due row.
    async fn send_one(&self, id: Uuid, body: Vec<u8>, retries: &mut BinaryHeap<Reverse<Instant>>) -> Step {
        let oversize = refuse_oversize(&mut self.store(), id, body.len());
        if let Some(settled) = oversize {
            return match settled {
                Ok(Settled::Rejected) => {
                    self.settled_one(true);
                    Step::Done
                }
                Ok(_) => Step::Done,
                Err(e) => {
                    log::error!("sync: outbox: {e}");
                    Step::End(DrainEnd::StoreTrouble)
                }
            };
        }
        let marked = self.store().mark_sending(id);
        match marked {
            Ok(()) => {}
            Err(StoreError::InvalidState { .. } | StoreError::NotFound { .. }) => return Step::Done,
            Err(e) => {
                log::error!("sync: outbox: {e}");
                return Step::End(DrainEnd::StoreTrouble);
            }
        }
        let outcome = self.central.submit(id, body).await;
        let settled = settle(&mut self.store(), id, outcome, &self.tuning);
        match settled {
            Ok(Settled::Sent) => {
                self.settled_one(false);
                self.link().consecutive_failures = 0;
                self.reachable(true);
                Step::Done
            }
            Ok(Settled::Rejected) => {
                self.settled_one(true);
                self.link().consecutive_failures = 0;
                self.reachable(false);
                Step::Done
            }
            Ok(Settled::Skipped) => {
                self.recount();
                self.link().consecutive_failures = 0;
                self.reachable(false);
                Step::Done
            }
            Ok(Settled::Refused { status }) => {
                self.refuse(status);
                Step::End(DrainEnd::Refused)
            }
            Ok(Settled::NoToken) => {
                self.token_lost();
                Step::End(DrainEnd::Refused)
            }
            Ok(Settled::Transient { delay, unreachable, answered, busy }) => {
                retries.push(Reverse(Instant::now() + delay));
                let failures = {
                    let mut link = self.link();
                    link.consecutive_failures = link.consecutive_failures.saturating_add(1);
                    link.consecutive_failures
                };
                let t = &self.tuning;
                let pause = full_jitter(t.backoff_base, t.backoff_cap, failures - 1).max(t.min_pause);
                let why = match (unreachable, answered) {
                    (true, _) => "no connection",
                    (false, true) => "the service answers later",
                    (false, false) => "no answer",
                };
                self.unreachable(why, answered);
                // The service cannot be reached, or asks every client to wait: the others would
                // only fail the same way. Any other failure may be this envelope's own.
                Step::Failed { pause, stop: unreachable || busy }
            }
            Err(e) => {
                log::error!("sync: outbox: {e}");
                Step::End(DrainEnd::StoreTrouble)
            }
        }
    }
}

/// What became of one row in a pass.
enum Step {
    /// Settled (sent, rejected, or already settled by someone else).
    Done,
    /// A transient failure: the row has its back-off. `stop`: the pass must end now (else it
    /// goes on with the next row, unless too many failed in a row); `pause`: the loop's pause if
    /// it ends.
    Failed { pause: Duration, stop: bool },
    /// The pass ends.
    End(DrainEnd),
}

/// Which back-off timers a pass obeys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timers {
    /// Every one (the normal pass).
    Obey,
    /// Not those set after a failure without any answer (the network came back); those set
    /// after an answer (`503` with `Retry-After`…) still hold.
    IgnoreNetwork,
    /// None ("sync now").
    Ignore,
}

/// A `pending` row whose back-off is over at `now`, as `timers` say. A `next_attempt_at` that
/// cannot be read counts as over (the row is sent rather than forgotten).
fn is_due(row: &OutboxRow, timers: Timers, now: chrono::DateTime<Utc>) -> bool {
    let expired = || {
        row.next_attempt_at
            .as_deref()
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
            .is_none_or(|at| at <= now)
    };
    let network_failure = || row.last_error.as_deref().is_none_or(|e| !failure_was_answered(e));
    row.state == State::Pending
        && match timers {
            Timers::Obey => expired(),
            Timers::IgnoreNetwork => network_failure() || expired(),
            Timers::Ignore => true,
        }
}

/// The worker until [`Command::Shutdown`] or until every handle is dropped.
pub(crate) async fn run(worker: Worker, mut commands: mpsc::UnboundedReceiver<Command>) {
    let worker = Arc::new(worker);
    worker.emit_fresh_status();
    let sender = tokio::spawn(sender(worker.clone()));
    let heartbeat = tokio::spawn(heartbeats(worker.clone()));
    while let Some(command) = commands.recv().await {
        match command {
            Command::Wake => {
                worker.sender_kick.notify_one();
                // The UI's new row counts even while the sender pauses or is stopped.
                worker.emit_fresh_status();
            }
            Command::SyncNow => worker.sync_now(),
            Command::FollowUp { request_id, reference, code } => {
                let worker = worker.clone();
                tokio::spawn(async move { worker.follow_up(request_id, reference, code).await });
            }
            Command::Alert { code, on } => {
                let changed = {
                    let mut alerts = lock(&worker.alerts);
                    if on { alerts.insert(code) } else { alerts.remove(code) }
                };
                if changed {
                    // Tell the service at once.
                    worker.heartbeat_kick.notify_one();
                }
            }
            Command::StaffMode(on) => {
                let was = worker.staff_mode.swap(on, std::sync::atomic::Ordering::Relaxed);
                if was != on {
                    // The service learns the mode at once.
                    worker.heartbeat_kick.notify_one();
                }
            }
            Command::Shutdown => break,
        }
    }
    sender.abort();
    heartbeat.abort();
    log::info!("sync: worker stopped");
}

/// The sender: drains the outbox, then waits for a wake, a back-off expiry or the poll interval.
async fn sender(worker: Arc<Worker>) {
    let tuning = worker.tuning.clone();
    // When the back-offs set in this run expire (rows from earlier runs are found by polling).
    let mut retries: BinaryHeap<Reverse<Instant>> = BinaryHeap::new();
    let mut paused_until: Option<Instant> = None;
    let mut last_recovery: Option<Instant> = None;
    let mut needs_reset = false;
    loop {
        let now = Instant::now();
        let (refused, sync_now, recover) = {
            let mut link = worker.link();
            (link.refused, std::mem::take(&mut link.sync_now), link.recover)
        };
        let recovery = recover && last_recovery.is_none_or(|t| now.duration_since(t) >= tuning.poll_interval);
        if recovery {
            worker.link().recover = false;
            last_recovery = Some(now);
        }
        if sync_now || recovery {
            paused_until = None;
        }
        let token = worker.token_usable();
        if !refused && token && paused_until.is_none_or(|until| until <= now) {
            paused_until = None;
            if needs_reset {
                needs_reset = false;
                let reset = worker.store().reset_sending_to_pending();
                if let Err(e) = reset {
                    log::error!("sync: outbox: {e}");
                }
            }
            let looked = Instant::now();
            worker.recount();
            let timers = match (sync_now, recovery) {
                (true, _) => Timers::Ignore,
                (false, true) => Timers::IgnoreNetwork,
                (false, false) => Timers::Obey,
            };
            let end = worker.drain(timers, &mut retries).await;
            // Rows queued or changed by others meanwhile.
            worker.emit_fresh_status();
            while retries.peek().is_some_and(|Reverse(at)| *at <= looked) {
                retries.pop();
            }
            if sync_now {
                // Tell the service the new state of the queue after a manual sync.
                worker.heartbeat_kick.notify_one();
            }
            match end {
                DrainEnd::Idle | DrainEnd::Refused => {}
                DrainEnd::Transient { pause } => paused_until = Some(Instant::now() + pause),
                DrainEnd::StoreTrouble => {
                    needs_reset = true;
                    paused_until = Some(Instant::now() + STORE_PAUSE.min(tuning.poll_interval));
                }
            }
        }
        worker.first_pass.send_replace(true);
        if worker.link().refused {
            // "Sync now" starts with a pass that ignores every back-off.
            retries.clear();
        }

        let now = Instant::now();
        let mut wake_at = now + tuning.poll_interval;
        match paused_until {
            Some(until) => wake_at = wake_at.min(until),
            None => {
                if let Some(Reverse(at)) = retries.peek() {
                    wake_at = wake_at.min(*at);
                }
            }
        }
        if let (true, Some(at)) = (worker.link().recover, last_recovery) {
            wake_at = wake_at.min(at + tuning.poll_interval);
        }
        tokio::select! {
            () = worker.sender_kick.notified() => {}
            () = tokio::time::sleep_until(wake_at) => {}
        }
    }
}

/// The heartbeat: after the sender's first pass, then every heartbeat interval (every offline
/// probe interval while offline), and right after the pass of a "sync now". Nothing while
/// refused.
async fn heartbeats(worker: Arc<Worker>) {
    let mut first_pass = worker.first_pass.subscribe();
    if first_pass.wait_for(|done| *done).await.is_err() {
        return;
    }
    loop {
        let stopped = {
            let link = worker.link();
            link.refused || link.token_missing
        };
        if !stopped && let Some(body) = worker.heartbeat_body() {
            let contact = worker.central.heartbeat(&body).await;
            worker.contact(contact);
        }
        let online = worker.link().online;
        let wait =
            if online { worker.heartbeat_every } else { worker.heartbeat_every.min(worker.tuning.offline_probe) };
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = worker.heartbeat_kick.notified() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(state: State, next_attempt_at: Option<&str>, last_error: Option<&str>) -> OutboxRow {
        OutboxRow {
            id: Uuid::nil(),
            kind: "report".into(),
            receipt_reference: "TST-2222-3333".into(),
            tracking_code: "123456".into(),
            central_reference: None,
            locale: "fr-BE".into(),
            state,
            attempts: 1,
            last_error: last_error.map(str::to_string),
            created_at: "2026-11-26T10:00:00Z".into(),
            queued_at: "2026-11-26T10:00:00Z".into(),
            updated_at: "2026-11-26T10:00:00Z".into(),
            next_attempt_at: next_attempt_at.map(str::to_string),
            sent_at: None,
        }
    }

    #[test]
    fn which_rows_are_due() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-26T10:00:00.400Z").expect("time").to_utc();
        let later = Some("2999-01-01T00:00:00.000Z");
        let past = Some("2000-01-01T00:00:00Z");
        let dropped = Some("connection failed: connection closed before message completed");
        let busy = Some("HTTP 503");
        assert!(is_due(&row(State::Pending, None, None), Timers::Obey, now));
        assert!(is_due(&row(State::Pending, past, busy), Timers::Obey, now));
        assert!(!is_due(&row(State::Pending, later, dropped), Timers::Obey, now));
        // Milliseconds count: a back-off of half a second is not over after 0.4 s.
        assert!(!is_due(&row(State::Pending, Some("2026-11-26T10:00:00.500Z"), busy), Timers::Obey, now));
        assert!(is_due(&row(State::Pending, Some("2026-11-26T10:00:00.400Z"), busy), Timers::Obey, now));
        // The network came back: network back-offs end, Retry-After still holds.
        assert!(is_due(&row(State::Pending, later, dropped), Timers::IgnoreNetwork, now));
        assert!(!is_due(&row(State::Pending, later, busy), Timers::IgnoreNetwork, now));
        // Sync now: every pending row.
        assert!(is_due(&row(State::Pending, later, busy), Timers::Ignore, now));
        for state in [State::Sending, State::Sent, State::Rejected] {
            assert!(!is_due(&row(state, None, None), Timers::Ignore, now));
        }
    }
}
