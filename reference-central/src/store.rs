//! The service's SQLite database: received submissions, their status, and kiosk heartbeats.
//!
//! One connection behind a mutex; every write is one transaction (`BEGIN IMMEDIATE`, so that two
//! processes sharing a file cannot hand out the same central reference). The file is in WAL mode
//! with `synchronous = FULL`: an answered `201` is on disk.

use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Datelike, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde::Serialize;
use serde_json::Value;

use crate::Error;

/// The status of a file at the central service (`GET /v1/status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    /// Every new file starts here.
    Received,
    InProgress,
    Forwarded,
    Closed,
}

impl FileStatus {
    pub const ALL: [FileStatus; 4] =
        [FileStatus::Received, FileStatus::InProgress, FileStatus::Forwarded, FileStatus::Closed];

    /// The contract's spelling: `received`, `in_progress`, `forwarded`, `closed`.
    pub fn as_str(self) -> &'static str {
        match self {
            FileStatus::Received => "received",
            FileStatus::InProgress => "in_progress",
            FileStatus::Forwarded => "forwarded",
            FileStatus::Closed => "closed",
        }
    }
}

impl fmt::Display for FileStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FileStatus {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FileStatus::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| Error::Invalid(format!("unknown status {s:?} (received, in_progress, forwarded, closed)")))
    }
}

/// A submission as the service stored it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Received {
    pub id: uuid::Uuid,
    /// `CC-<year>-<7 digits>`.
    pub central_reference: String,
    /// The kiosk-made receipt reference.
    pub receipt_reference: String,
    pub kind: String,
    /// The envelope's `kiosk_id`.
    pub kiosk_id: String,
    /// The `X-Kiosk-Id` header of the request that created it.
    pub sent_by: String,
    pub received_at: String,
    pub status: FileStatus,
    pub updated_at: String,
    /// How many `POST /v1/submissions` with this id were accepted (the first `201` plus every
    /// `200` replay, including those whose answer was dropped by fault injection).
    pub times_accepted: u64,
    /// The envelope exactly as first received.
    pub envelope: Value,
}

/// The latest heartbeat of one kiosk.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heartbeat {
    /// The `{kiosk_id}` of the URL.
    pub kiosk_id: String,
    /// The body of the latest heartbeat, as sent.
    pub latest: Value,
    pub received_at: String,
    /// How many heartbeats this kiosk sent.
    pub count: u64,
}

/// What `POST /v1/submissions` did with a valid envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// New id: stored. The body of the `201` answer.
    Created(String),
    /// Same id and same content as before: the body of the first `201`, to answer `200`.
    Replayed(String),
    /// Same id with other content.
    Conflict,
}

/// The answer of a status look-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusAnswer {
    pub central_reference: String,
    pub status: FileStatus,
    pub updated_at: String,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS submissions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    central_reference TEXT NOT NULL UNIQUE,
    receipt_reference TEXT NOT NULL,
    tracking_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    envelope TEXT NOT NULL,
    response TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'forwarded', 'closed')),
    updated_at TEXT NOT NULL,
    times_accepted INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_receipt_reference ON submissions (receipt_reference);
CREATE TABLE IF NOT EXISTS reference_sequences (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS heartbeats (
    kiosk_id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    received_at TEXT NOT NULL,
    count INTEGER NOT NULL
);
";

const SCHEMA_VERSION: i64 = 1;

/// RFC 3339 in UTC with seconds: `2026-11-26T10:15:30Z`.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The service's database.
pub struct Store {
    conn: Mutex<Connection>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating it if needed) the database file at `path`.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Store::init(conn)
    }

    /// A database that lives in memory only, gone with the store.
    pub fn open_in_memory() -> Result<Store, Error> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, Error> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::Invalid(format!(
                "the database has schema version {version}; this program knows up to {SCHEMA_VERSION}"
            )));
        }
        conn.execute_batch(SCHEMA)?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a transaction open (it rolls back on drop).
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stores a valid envelope (`value` parsed from `raw`, `envelope` its typed form), or tells
    /// that it is a replay or a conflict. `sent_by` is the `X-Kiosk-Id` header.
    pub fn submit(
        &self,
        submission: &crate::contract::Submission,
        value: &Value,
        raw: &str,
        sent_by: &str,
        now: DateTime<Utc>,
    ) -> Result<SubmitOutcome, Error> {
        let id = submission.id.clone();
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<(String, String)> = tx
            .query_row("SELECT envelope, response FROM submissions WHERE id = ?1", params![id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        if let Some((stored, response)) = existing {
            let stored: Value = serde_json::from_str(&stored)
                .map_err(|e| Error::Corrupt(format!("stored envelope of {id} is not JSON: {e}")))?;
            if &stored != value {
                return Ok(SubmitOutcome::Conflict);
            }
            tx.execute("UPDATE submissions SET times_accepted = times_accepted + 1 WHERE id = ?1", params![id])?;
            tx.commit()?;
            return Ok(SubmitOutcome::Replayed(response));
        }

        let year = now.year();
        let seq: i64 = tx.query_row(
            "INSERT INTO reference_sequences (year, last) VALUES (?1, 1)
             ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
            params![year],
            |r| r.get(0),
        )?;
        let central = format!("CC-{year}-{seq:07}");
        let received_at = rfc3339(now);
        let response = serde_json::json!({
            "reference": central,
            "status": FileStatus::Received.as_str(),
            "received_at": received_at,
        })
        .to_string();
        tx.execute(
            "INSERT INTO submissions (id, central_reference, receipt_reference, tracking_code, kind, kiosk_id,
                 sent_by, envelope, response, received_at, status, updated_at, times_accepted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, 1)",
            params![
                id,
                central,
                submission.reference,
                submission.tracking_code,
                submission.kind,
                submission.kiosk_id,
                sent_by,
                raw,
                response,
                received_at,
                FileStatus::Received.as_str(),
            ],
        )?;
        tx.commit()?;
        Ok(SubmitOutcome::Created(response))
    }

    /// The status of the file whose kiosk-made or central reference is `reference` and whose
    /// tracking code is `code`; `None` when there is no such file or the code does not match.
    pub fn lookup_status(&self, reference: &str, code: &str) -> Result<Option<StatusAnswer>, Error> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT central_reference, status, updated_at, tracking_code FROM submissions
             WHERE central_reference = ?1 OR receipt_reference = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![reference], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
        })?;
        for row in rows {
            let (central_reference, status, updated_at, tracking_code) = row?;
            if constant_time_eq(tracking_code.as_bytes(), code.as_bytes()) {
                return Ok(Some(StatusAnswer { central_reference, status: status.parse()?, updated_at }));
            }
        }
        Ok(None)
    }

    /// Sets the status of the file(s) whose kiosk-made or central reference is `reference`.
    /// Returns whether one was found.
    pub fn set_status(&self, reference: &str, status: FileStatus, now: DateTime<Utc>) -> Result<bool, Error> {
        let conn = self.conn();
        let n = conn.execute(
            "UPDATE submissions SET status = ?2, updated_at = ?3
             WHERE central_reference = ?1 OR receipt_reference = ?1",
            params![reference, status.as_str(), rfc3339(now)],
        )?;
        Ok(n > 0)
    }

    /// Keeps `body` as the latest heartbeat of `kiosk_id` and counts it.
    pub fn record_heartbeat(&self, kiosk_id: &str, body: &Value, now: DateTime<Utc>) -> Result<(), Error> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO heartbeats (kiosk_id, body, received_at, count) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT (kiosk_id) DO UPDATE SET body = excluded.body, received_at = excluded.received_at,
                 count = count + 1",
            params![kiosk_id, body.to_string(), rfc3339(now)],
        )?;
        Ok(())
    }

    /// How many distinct submissions are stored.
    pub fn submission_count(&self) -> Result<u64, Error> {
        let n: i64 = self.conn().query_row("SELECT COUNT(*) FROM submissions", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// The ids of the stored submissions, in the order they were first received.
    pub fn submission_ids(&self) -> Result<Vec<uuid::Uuid>, Error> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached("SELECT id FROM submissions ORDER BY seq")?;
        let ids = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for id in ids {
            let id = id?;
            out.push(uuid::Uuid::parse_str(&id).map_err(|e| Error::Corrupt(format!("stored id {id:?}: {e}")))?);
        }
        Ok(out)
    }

    /// The stored submission with this id, if any.
    pub fn received(&self, id: uuid::Uuid) -> Result<Option<Received>, Error> {
        let conn = self.conn();
        let row = conn
            .query_row(
                "SELECT central_reference, receipt_reference, kind, kiosk_id, sent_by, received_at, status,
                     updated_at, times_accepted, envelope
                 FROM submissions WHERE id = ?1",
                params![id.hyphenated().to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, String>(7)?,
                        r.get::<_, i64>(8)?,
                        r.get::<_, String>(9)?,
                    ))
                },
            )
            .optional()?;
        let Some((central, receipt, kind, kiosk_id, sent_by, received_at, status, updated_at, times, envelope)) = row
        else {
            return Ok(None);
        };
        Ok(Some(Received {
            id,
            central_reference: central,
            receipt_reference: receipt,
            kind,
            kiosk_id,
            sent_by,
            received_at,
            status: status.parse()?,
            updated_at,
            times_accepted: u64::try_from(times).unwrap_or(0),
            envelope: serde_json::from_str(&envelope)
                .map_err(|e| Error::Corrupt(format!("stored envelope of {id} is not JSON: {e}")))?,
        }))
    }

    /// The latest heartbeat of every kiosk, by kiosk id.
    pub fn heartbeats(&self) -> Result<Vec<Heartbeat>, Error> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare_cached("SELECT kiosk_id, body, received_at, count FROM heartbeats ORDER BY kiosk_id")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (kiosk_id, body, received_at, count) = row?;
            let latest = serde_json::from_str(&body)
                .map_err(|e| Error::Corrupt(format!("stored heartbeat of {kiosk_id:?} is not JSON: {e}")))?;
            out.push(Heartbeat { kiosk_id, latest, received_at, count: u64::try_from(count).unwrap_or(0) });
        }
        Ok(out)
    }
}

/// Compares two secrets without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_spelling_round_trips() {
        for s in FileStatus::ALL {
            assert_eq!(s.as_str().parse::<FileStatus>().ok(), Some(s));
        }
        assert!("done".parse::<FileStatus>().is_err());
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq(b"482913", b"482913"));
        assert!(!constant_time_eq(b"482913", b"482914"));
        assert!(!constant_time_eq(b"48291", b"482913"));
    }
}
