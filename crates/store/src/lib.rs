//! The kiosk's durable outbox: every confirmed submission is written here (SQLite, WAL,
//! `synchronous = FULL`) before the visitor sees the receipt, then sent to the central service
//! (`shared/central-api.md`) by the sync worker, and its personal payload purged once the
//! service has acknowledged it.
//!
//! This crate is the only place with SQL. Each row is keyed by the envelope's id and holds the
//! exact bytes of the `POST /v1/submissions` body, so that retries, exports and imports always
//! send the same bytes.
//!
//! States: `pending` → `sending` → `sent` (body purged) or `rejected` (body kept for staff);
//! a transient failure puts a row back to `pending` with a later `next_attempt_at`.

mod error;
mod files;
mod salvage;
mod schema;
mod staff;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use cc_core::envelope::Envelope;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior, params};
use uuid::Uuid;

use error::sql_err;
pub use error::{StoreError, UnavailableReason};
pub use files::{MovedAside, restrict_permissions};
pub use salvage::{SalvageReport, Salvaged, salvage};
pub use staff::AuditEntry;

/// How long a statement waits for a lock held by another connection before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The state of a submission in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Waiting to be sent (possibly not before `next_attempt_at`).
    Pending,
    /// Handed to the sync worker; a crash leaves it here until [`Store::reset_sending_to_pending`].
    Sending,
    /// Acknowledged by the central service; the body has been purged.
    Sent,
    /// Permanently refused by the central service; kept (with its body) for staff.
    Rejected,
}

impl State {
    /// The spelling stored in the database: `pending`, `sending`, `sent`, `rejected`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Rejected => "rejected",
        }
    }

    fn parse(s: &[u8]) -> Option<Self> {
        Some(match s {
            b"pending" => Self::Pending,
            b"sending" => Self::Sending,
            b"sent" => Self::Sent,
            b"rejected" => Self::Rejected,
            _ => return None,
        })
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromSql for State {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        match value {
            ValueRef::Text(s) => Self::parse(s).ok_or(FromSqlError::InvalidType),
            _ => Err(FromSqlError::InvalidType),
        }
    }
}

/// The outcome of a successful [`Store::enqueue`] or [`Store::import`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Enqueued {
    /// The submission was written durably; it is `pending`.
    Queued,
    /// The same id with byte-identical content was already in the outbox (pending, sending or
    /// rejected): nothing was changed.
    AlreadyQueued,
    /// The same id was already sent (its body is purged, so the bytes cannot be compared; its
    /// kind, receipt, locale and creation time match): nothing was changed.
    AlreadySent,
}

/// Number of submissions per state, for staff mode and the heartbeat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Rows in state `pending`.
    pub pending: u64,
    /// Rows in state `sending`.
    pub sending: u64,
    /// Rows in state `sent`.
    pub sent: u64,
    /// Rows in state `rejected`.
    pub rejected: u64,
    /// The envelope `created_at` of the oldest row still to be sent (`pending` or `sending`),
    /// RFC 3339; `None` when there is none.
    pub oldest_pending_at: Option<String>,
}

/// One outbox row without its body (for the follow-up screen and staff mode).
///
/// Its [`fmt::Debug`] output redacts the tracking code, a secret the visitor needs to follow
/// the file up.
#[derive(Clone, PartialEq, Eq)]
pub struct OutboxRow {
    /// The envelope id.
    pub id: Uuid,
    /// `report`, `question` or `mediation`.
    pub kind: String,
    /// The reference made on the kiosk (on the visitor's receipt).
    pub receipt_reference: String,
    /// The tracking code on the visitor's receipt (a secret).
    pub tracking_code: String,
    /// The reference given by the central service, once sent.
    pub central_reference: Option<String>,
    /// The visitor's locale.
    pub locale: String,
    /// Current state.
    pub state: State,
    /// Failed sending attempts so far.
    pub attempts: u32,
    /// The last error reported by the sync worker (no personal data).
    pub last_error: Option<String>,
    /// The envelope's `created_at` (RFC 3339).
    pub created_at: String,
    /// When the row was written (RFC 3339).
    pub queued_at: String,
    /// When the row last changed (RFC 3339).
    pub updated_at: String,
    /// Not before this time (RFC 3339 with milliseconds, see [`format_time_ms`]); `None` means as
    /// soon as possible.
    pub next_attempt_at: Option<String>,
    /// When the central service acknowledged it (RFC 3339).
    pub sent_at: Option<String>,
}

impl fmt::Debug for OutboxRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutboxRow")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("receipt_reference", &self.receipt_reference)
            .field("tracking_code", &"<redacted>")
            .field("central_reference", &self.central_reference)
            .field("locale", &self.locale)
            .field("state", &self.state)
            .field("attempts", &self.attempts)
            .field("last_error", &self.last_error)
            .field("created_at", &self.created_at)
            .field("queued_at", &self.queued_at)
            .field("updated_at", &self.updated_at)
            .field("next_attempt_at", &self.next_attempt_at)
            .field("sent_at", &self.sent_at)
            .finish()
    }
}

/// The durable outbox, one SQLite connection.
///
/// Every write is a single transaction committed with `synchronous = FULL` in WAL mode: when a
/// method returns `Ok`, its effect survives a crash or a power cut.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Formats a time the way the store writes every time it makes itself: RFC 3339, UTC, whole
/// seconds, `Z` (e.g. `2026-11-26T10:15:30Z`), so that stored times compare as text.
#[must_use]
pub fn format_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Formats a time with milliseconds (`2026-11-26T10:15:30.500Z`): the form of every
/// `next_attempt_at`, so that back-offs under a second are kept and the values compare as text.
#[must_use]
pub fn format_time_ms(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Reads a time the store wrote (RFC 3339); None for anything else.
pub(crate) fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// The SHA-256 of a body, in lower-case hex.
fn body_hash(body: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(body);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What [`Store::open_checked`] found.
#[derive(Debug)]
pub struct Opened {
    /// The store, ready to use.
    pub store: Store,
    /// The damaged database that was moved aside (a new, empty one was created), if any.
    pub moved_aside: Option<MovedAside>,
}

const ROW_COLUMNS: &str = "id, kind, receipt_reference, tracking_code, central_reference, locale, \
     state, attempts, last_error, created_at, queued_at, updated_at, next_attempt_at, sent_at";

impl Store {
    /// Opens (or creates) the outbox database at `path`, creating its parent directory if
    /// missing, and migrates it to the current schema.
    ///
    /// Settings: `journal_mode = WAL`, `synchronous = FULL`, `foreign_keys = ON`,
    /// `secure_delete = ON` (purged payloads are overwritten with zeros) and a busy timeout of
    /// [`BUSY_TIMEOUT`].
    ///
    /// # Errors
    /// [`StoreError::CreateDir`] when the directory cannot be made, [`StoreError::Unavailable`]
    /// when the file cannot be opened or written (read-only, disk full, damaged, locked…),
    /// [`StoreError::SchemaVersion`] when a newer program version wrote the file,
    /// [`StoreError::Setting`] when WAL mode is refused.
    ///
    /// The queue holds names, e-mail addresses and phone numbers until they are sent: the
    /// directory is created `0700` and the database `0600` (SQLite gives its `-wal` and `-shm`
    /// files the database's mode), and the modes of an existing queue are narrowed to those at
    /// every open ([`restrict_permissions`]), whatever the process's umask.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        files::prepare(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| StoreError::sqlite(path, e))?;
        let store = Self::set_up(conn, path.to_path_buf(), true)?;
        // The -wal and -shm files exist now (WAL mode): narrow them too.
        files::restrict_permissions(path).map_err(|e| StoreError::file(path, "narrow the permissions of", e))?;
        Ok(store)
    }

    /// [`Store::open`] for the kiosk's start: a database that SQLite calls damaged, or that fails
    /// `PRAGMA quick_check`, is moved aside (renamed with its `-wal` and `-shm`, never deleted;
    /// `cc-kiosk outbox salvage` reads what it still holds) and a new, empty one is created, so
    /// that the kiosk can take submissions again.
    ///
    /// # Errors
    /// As [`Store::open`] (for the new database, or when the damaged one cannot be renamed).
    pub fn open_checked(path: &Path) -> Result<Opened, StoreError> {
        let damage = match Store::open(path) {
            Ok(store) => match store.quick_check() {
                Ok(()) => return Ok(Opened { store, moved_aside: None }),
                Err(problem) => problem,
            },
            Err(e) if e.unavailable_reason() == Some(UnavailableReason::Corrupt) => e.to_string(),
            Err(e) => return Err(e),
        };
        let moved =
            files::move_aside(path, &damage, Utc::now()).map_err(|e| StoreError::file(path, "move aside", e))?;
        let store = Store::open(path)?;
        Ok(Opened { store, moved_aside: Some(moved) })
    }

    /// `PRAGMA quick_check`: `Ok` when SQLite finds the database sound, else its first findings
    /// (page numbers and structure only, no content).
    ///
    /// # Errors
    /// The findings, or the error that stopped the check, as text.
    pub fn quick_check(&self) -> Result<(), String> {
        let mut stmt = self.conn.prepare("PRAGMA quick_check(5)").map_err(|e| e.to_string())?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(|e| e.to_string())?;
        let findings = rows.collect::<Result<Vec<_>, _>>().map_err(|e| e.to_string())?;
        if findings.len() == 1 && findings[0] == "ok" { Ok(()) } else { Err(findings.join("; ")) }
    }

    /// A real write (one row of the `health` table, committed with `synchronous = FULL`): the
    /// kiosk's periodic check that its queue can still take a submission.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] (disk full, read-only…) or [`StoreError::Database`].
    pub fn probe_write(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.conn
            .execute("INSERT OR REPLACE INTO health (id, checked_at) VALUES (1, ?1)", [format_time(now)])
            .map_err(sql_err(&self.path))?;
        Ok(())
    }

    /// Copies the WAL into the database file and empties it (`wal_checkpoint(TRUNCATE)`), for a
    /// clean stop.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).map_err(sql_err(&self.path))
    }

    /// Opens an existing outbox database read-only (for staff tools that must not change it).
    /// Nothing is created or migrated; every write method then fails with
    /// [`StoreError::Unavailable`] ([`UnavailableReason::ReadOnly`]).
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] when the file is missing or unreadable,
    /// [`StoreError::SchemaVersion`] when its schema is not the current one.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| StoreError::sqlite(path, e))?;
        Self::set_up(conn, path.to_path_buf(), false)
    }

    /// An empty outbox in memory (tests, demos). Same schema and settings, except that the
    /// journal is in memory.
    ///
    /// # Errors
    /// Only if SQLite itself fails (out of memory).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| StoreError::sqlite(&path, e))?;
        Self::set_up(conn, path, true)
    }

    fn set_up(mut conn: Connection, path: PathBuf, writable: bool) -> Result<Store, StoreError> {
        let e = |err: rusqlite::Error| StoreError::sqlite(&path, err);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(&e)?;
        conn.pragma_update(None, "foreign_keys", true).map_err(&e)?;
        conn.pragma_update(None, "secure_delete", true).map_err(&e)?;
        if writable {
            let in_memory = path.as_os_str() == ":memory:";
            let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0)).map_err(&e)?;
            if !in_memory && !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Setting { path, setting: "journal_mode = WAL" });
            }
            // FULL must be set after the journal mode: it syncs the WAL on every commit.
            conn.pragma_update(None, "synchronous", "FULL").map_err(&e)?;
            Self::migrate(&mut conn, &path)?;
        } else {
            let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(&e)?;
            if usize::try_from(found).ok() != Some(schema::LATEST_VERSION) {
                return Err(StoreError::SchemaVersion { path, found, expected: schema::LATEST_VERSION });
            }
        }
        Ok(Store { conn, path })
    }

    fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
        use rusqlite_migration::{Error as MErr, MigrationDefinitionError};
        match schema::migrations().to_latest(conn) {
            Ok(()) => Ok(()),
            Err(MErr::MigrationDefinition(MigrationDefinitionError::DatabaseTooFarAhead)) => {
                let found = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap_or(-1);
                Err(StoreError::SchemaVersion { path: path.to_path_buf(), found, expected: schema::LATEST_VERSION })
            }
            Err(MErr::RusqliteError { err, .. }) if UnavailableReason::from_sqlite(&err).is_some() => {
                Err(StoreError::sqlite(path, err))
            }
            Err(source) => Err(StoreError::Migration { path: path.to_path_buf(), source }),
        }
    }

    /// The database file this store uses (`:memory:` for an in-memory store).
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Queues an envelope: serialises it with `serde_json` (compact) and inserts it in one
    /// `BEGIN IMMEDIATE` transaction. When this returns `Ok`, the submission is on disk.
    ///
    /// Idempotent: the same id with the same bytes gives [`Enqueued::AlreadyQueued`] (or
    /// [`Enqueued::AlreadySent`]) and changes nothing.
    ///
    /// # Errors
    /// [`StoreError::IdConflict`] when the id is queued (or was sent) with other bytes,
    /// [`StoreError::ReferenceTaken`] when another id holds the receipt reference (draw a new
    /// one and retry), [`StoreError::TooLarge`] over the contract's 256 KiB,
    /// [`StoreError::Unavailable`] when the disk is in trouble.
    pub fn enqueue(&mut self, env: &Envelope) -> Result<Enqueued, StoreError> {
        let body = serde_json::to_string(env).map_err(|_| StoreError::Serialize { id: env.id })?;
        self.insert(env, &body)
    }

    /// Queues a body exactly as given (e.g. from `outbox import`), byte for byte, so that an
    /// export followed by an import round-trips exactly. `env` is `raw` already parsed and
    /// validated by the caller (`cc_core::validate::validate_envelope`); the store checks that
    /// `raw` is UTF-8 and parses to that same envelope.
    ///
    /// Same idempotency rules as [`Store::enqueue`].
    ///
    /// # Errors
    /// [`StoreError::RawMismatch`] when `raw` does not parse to `env`; otherwise as
    /// [`Store::enqueue`].
    pub fn import(&mut self, env: &Envelope, raw: &[u8]) -> Result<Enqueued, StoreError> {
        let mismatch = || StoreError::RawMismatch { id: env.id };
        let body = std::str::from_utf8(raw).map_err(|_| mismatch())?;
        let parsed: Envelope = serde_json::from_str(body).map_err(|_| mismatch())?;
        if &parsed != env {
            return Err(mismatch());
        }
        self.insert(env, body)
    }

    fn insert(&mut self, env: &Envelope, body: &str) -> Result<Enqueued, StoreError> {
        let limit = cc_core::envelope::MAX_BODY_BYTES;
        if body.len() > limit {
            return Err(StoreError::TooLarge { id: env.id, size: body.len(), limit });
        }
        let e = sql_err(&self.path);
        let id = env.id.to_string();
        let hash = body_hash(body.as_bytes());
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&e)?;

        let existing = tx
            .query_row(
                "SELECT body, body_sha256, kind, receipt_reference, tracking_code, locale, created_at
                 FROM outbox WHERE id = ?1",
                [&id],
                |r| {
                    Ok((
                        read_body(r, 0)?,
                        r.get::<_, Option<String>>(1)?,
                        [r.get::<_, String>(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?],
                    ))
                },
            )
            .optional()
            .map_err(&e)?;
        if let Some((stored, stored_hash, meta)) = existing {
            return match (stored, stored_hash) {
                (Some(stored), _) if stored == body.as_bytes() => Ok(Enqueued::AlreadyQueued),
                (Some(_), _) => Err(StoreError::IdConflict { id: env.id }),
                // Sent and purged: the hash kept at the purge tells whether it is the same content.
                (None, Some(stored_hash)) if stored_hash == hash => Ok(Enqueued::AlreadySent),
                (None, Some(_)) => Err(StoreError::IdConflict { id: env.id }),
                // Sent before the hash was kept (schema version 2): the receipt must match.
                (None, None) => {
                    let same = meta
                        == [
                            env.kind.as_str(),
                            &env.receipt.reference,
                            &env.receipt.tracking_code,
                            &env.locale,
                            &env.created_at,
                        ];
                    if same { Ok(Enqueued::AlreadySent) } else { Err(StoreError::IdConflict { id: env.id }) }
                }
            };
        }

        let taken = tx
            .query_row("SELECT 1 FROM outbox WHERE receipt_reference = ?1", [&env.receipt.reference], |_| Ok(()))
            .optional()
            .map_err(&e)?;
        if taken.is_some() {
            return Err(StoreError::ReferenceTaken { id: env.id });
        }

        let now = format_time(Utc::now());
        tx.execute(
            "INSERT INTO outbox (id, kind, receipt_reference, tracking_code, locale, created_at,
                                 body, body_sha256, state, attempts, queued_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending', 0, ?9, ?9)",
            params![
                id,
                env.kind,
                env.receipt.reference,
                env.receipt.tracking_code,
                env.locale,
                env.created_at,
                body,
                hash,
                now,
            ],
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(Enqueued::Queued)
    }

    /// Number of rows per state, and the creation time of the oldest row still to be sent.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let e = sql_err(&self.path);
        let mut counts = Counts::default();
        let mut stmt = self.conn.prepare("SELECT state, COUNT(*) FROM outbox GROUP BY state").map_err(&e)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, State>(0)?, r.get::<_, i64>(1)?))).map_err(&e)?;
        for row in rows {
            let (state, n) = row.map_err(&e)?;
            let n = u64::try_from(n).unwrap_or(0);
            match state {
                State::Pending => counts.pending = n,
                State::Sending => counts.sending = n,
                State::Sent => counts.sent = n,
                State::Rejected => counts.rejected = n,
            }
        }
        counts.oldest_pending_at = self
            .conn
            .query_row("SELECT MIN(created_at) FROM outbox WHERE state IN ('pending', 'sending')", [], |r| r.get(0))
            .map_err(&e)?;
        Ok(counts)
    }

    /// Every row whose body is still present (pending, sending, rejected), oldest first, with
    /// the exact bytes of its POST body (for `outbox export`).
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn queued_bodies(&self) -> Result<Vec<(Uuid, Vec<u8>)>, StoreError> {
        let e = sql_err(&self.path);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, body FROM outbox WHERE body IS NOT NULL
                 ORDER BY created_at, rowid",
            )
            .map_err(&e)?;
        let rows = stmt.query_map([], |r| Ok((read_id(r, 0)?, read_body(r, 1)?.unwrap_or_default()))).map_err(&e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(&e)
    }

    /// The row whose receipt reference or central reference is exactly `reference`, without its
    /// body. The caller normalises what the visitor typed, and checks the tracking code.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn find_by_reference(&self, reference: &str) -> Result<Option<OutboxRow>, StoreError> {
        let sql = format!(
            "SELECT {ROW_COLUMNS} FROM outbox
             WHERE receipt_reference = ?1 OR central_reference = ?1
             ORDER BY created_at, rowid LIMIT 1"
        );
        self.conn.query_row(&sql, [reference], read_row).optional().map_err(sql_err(&self.path))
    }

    /// The row with this id, without its body.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn get(&self, id: Uuid) -> Result<Option<OutboxRow>, StoreError> {
        let sql = format!("SELECT {ROW_COLUMNS} FROM outbox WHERE id = ?1");
        self.conn.query_row(&sql, [id.to_string()], read_row).optional().map_err(sql_err(&self.path))
    }

    /// At start-up: rows left `sending` by a crash go back to `pending` (the next POST is a
    /// replay of the same id, which the central service answers idempotently). Returns how many.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn reset_sending_to_pending(&mut self) -> Result<u64, StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET state = 'pending', updated_at = ?1 WHERE state = 'sending'",
                [format_time(Utc::now())],
            )
            .map_err(sql_err(&self.path))?;
        Ok(n as u64)
    }

    /// The oldest `pending` row that is due (`next_attempt_at` is NULL or not after `now`), with
    /// its body.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn next_due(&self, now: DateTime<Utc>) -> Result<Option<(Uuid, Vec<u8>)>, StoreError> {
        self.conn
            .query_row(
                "SELECT id, body FROM outbox INDEXED BY outbox_pending_order
                 WHERE state = 'pending'
                   AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)
                 ORDER BY created_at LIMIT 1",
                [format_time_ms(now)],
                |r| Ok((read_id(r, 0)?, read_body(r, 1)?.unwrap_or_default())),
            )
            .optional()
            .map_err(sql_err(&self.path))
    }

    /// `pending` → `sending`, just before the POST.
    ///
    /// # Errors
    /// [`StoreError::NotFound`], [`StoreError::InvalidState`] (not pending), or a database error.
    pub fn mark_sending(&mut self, id: Uuid) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET state = 'sending', updated_at = ?2
                 WHERE id = ?1 AND state = 'pending'",
                params![id.to_string(), format_time(Utc::now())],
            )
            .map_err(sql_err(&self.path))?;
        self.check_changed(n, id, "marked sending")
    }

    /// `pending`/`sending` → `sent` (after a `201` or `200`): stores the central reference and
    /// purges the personal payload (`body = NULL`, overwritten on disk thanks to
    /// `secure_delete`, then a best-effort WAL checkpoint so no old copy stays in the WAL).
    ///
    /// # Errors
    /// [`StoreError::NotFound`], [`StoreError::InvalidState`] (already sent or rejected), or a
    /// database error.
    pub fn mark_sent(&mut self, id: Uuid, central_reference: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        // A row queued before the hash was kept (schema version 2) gets it now, before the purge.
        let unhashed: Option<Option<Vec<u8>>> = self
            .conn
            .query_row("SELECT body FROM outbox WHERE id = ?1 AND body_sha256 IS NULL", [id.to_string()], |r| {
                read_body(r, 0)
            })
            .optional()
            .map_err(sql_err(&self.path))?;
        let hash = unhashed.flatten().map(|body| body_hash(&body));
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET state = 'sent', body = NULL, central_reference = ?2,
                        sent_at = ?3, updated_at = ?3, next_attempt_at = NULL, last_error = NULL,
                        body_sha256 = COALESCE(body_sha256, ?4)
                 WHERE id = ?1 AND state IN ('pending', 'sending')",
                params![id.to_string(), central_reference, format_time(now), hash],
            )
            .map_err(sql_err(&self.path))?;
        self.check_changed(n, id, "marked sent")?;
        // Best effort: the purge is committed; the checkpoint only shortens the time an old
        // copy of the page lives in the WAL file. Its failure must not undo the success.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }

    /// `pending`/`sending` → `rejected` (a permanent failure: `400`, `409`, `413`, `422`). The
    /// body is kept for staff. `error` must not contain personal data.
    ///
    /// # Errors
    /// [`StoreError::NotFound`], [`StoreError::InvalidState`], or a database error.
    pub fn mark_rejected(&mut self, id: Uuid, error: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET state = 'rejected', last_error = ?2, updated_at = ?3,
                        next_attempt_at = NULL
                 WHERE id = ?1 AND state IN ('pending', 'sending')",
                params![id.to_string(), error, format_time(now)],
            )
            .map_err(sql_err(&self.path))?;
        self.check_changed(n, id, "marked rejected")
    }

    /// `pending`/`sending` → `pending` after a transient failure: `attempts + 1`, not before
    /// `next_attempt_at` (kept to the millisecond). `error` must not contain personal data.
    ///
    /// # Errors
    /// [`StoreError::NotFound`], [`StoreError::InvalidState`], or a database error.
    pub fn mark_retry(&mut self, id: Uuid, error: &str, next_attempt_at: DateTime<Utc>) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = ?2,
                        next_attempt_at = ?3, updated_at = ?4
                 WHERE id = ?1 AND state IN ('pending', 'sending')",
                params![id.to_string(), error, format_time_ms(next_attempt_at), format_time(Utc::now())],
            )
            .map_err(sql_err(&self.path))?;
        self.check_changed(n, id, "scheduled for retry")
    }

    /// Turns "no row updated" into [`StoreError::NotFound`] or [`StoreError::InvalidState`].
    fn check_changed(&self, changed: usize, id: Uuid, action: &'static str) -> Result<(), StoreError> {
        if changed > 0 {
            return Ok(());
        }
        let state: Option<State> = self
            .conn
            .query_row("SELECT state FROM outbox WHERE id = ?1", [id.to_string()], |r| r.get(0))
            .optional()
            .map_err(sql_err(&self.path))?;
        Err(match state {
            Some(state) => StoreError::InvalidState { id, state, action },
            None => StoreError::NotFound { id },
        })
    }

    #[cfg(test)]
    fn pragma_i64(&self, name: &str) -> i64 {
        self.conn.pragma_query_value(None, name, |r| r.get(0)).expect("pragma")
    }
}

/// Reads a body column: TEXT (normally) or BLOB, byte for byte; NULL once purged.
fn read_body(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Vec<u8>>> {
    match row.get_ref(idx)? {
        ValueRef::Text(b) | ValueRef::Blob(b) => Ok(Some(b.to_vec())),
        ValueRef::Null => Ok(None),
        other => Err(rusqlite::Error::InvalidColumnType(idx, "body".to_owned(), other.data_type())),
    }
}

/// Reads an id column (hyphenated UUID text).
fn read_id(row: &Row<'_>, idx: usize) -> rusqlite::Result<Uuid> {
    let s: String = row.get(idx)?;
    Uuid::parse_str(&s)
        .map_err(|err| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(err)))
}

fn read_row(r: &Row<'_>) -> rusqlite::Result<OutboxRow> {
    let attempts: i64 = r.get(7)?;
    Ok(OutboxRow {
        id: read_id(r, 0)?,
        kind: r.get(1)?,
        receipt_reference: r.get(2)?,
        tracking_code: r.get(3)?,
        central_reference: r.get(4)?,
        locale: r.get(5)?,
        state: r.get(6)?,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        last_error: r.get(8)?,
        created_at: r.get(9)?,
        queued_at: r.get(10)?,
        updated_at: r.get(11)?,
        next_attempt_at: r.get(12)?,
        sent_at: r.get(13)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pragmas_are_in_force() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("outbox.sqlite")).expect("open");
        let mode: String = store.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).expect("journal_mode");
        assert_eq!(mode, "wal");
        assert_eq!(store.pragma_i64("synchronous"), 2, "FULL");
        assert_eq!(store.pragma_i64("foreign_keys"), 1);
        assert_eq!(store.pragma_i64("secure_delete"), 1);
        assert_eq!(store.pragma_i64("busy_timeout"), 5000);
        assert_eq!(store.pragma_i64("user_version"), schema::LATEST_VERSION as i64);
    }

    #[test]
    fn in_memory_store_has_the_schema() {
        let store = Store::open_in_memory().expect("open");
        assert_eq!(store.counts().expect("counts"), Counts::default());
        assert_eq!(store.pragma_i64("synchronous"), 2);
    }

    #[test]
    fn state_round_trips() {
        for s in [State::Pending, State::Sending, State::Sent, State::Rejected] {
            assert_eq!(State::parse(s.as_str().as_bytes()), Some(s));
        }
        assert_eq!(State::parse(b"lost"), None);
    }

    #[test]
    fn store_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<Store>();
        assert_send::<StoreError>();
    }
}
