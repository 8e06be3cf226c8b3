//! The schema, as an append-only list of migrations.
//!
//! Never edit a migration that has shipped: append a new `M::up(...)` to the list instead.
//! `rusqlite_migration` records the applied count in `PRAGMA user_version`.

use rusqlite_migration::{M, Migrations};

/// Version 1: the outbox.
const V1_OUTBOX: &str = "
CREATE TABLE outbox (
    id                TEXT PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL,
    receipt_reference TEXT NOT NULL UNIQUE,
    tracking_code     TEXT NOT NULL,
    locale            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    body              TEXT,
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'sending', 'sent', 'rejected')),
    attempts          INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at   TEXT,
    last_error        TEXT,
    central_reference TEXT,
    queued_at         TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    sent_at           TEXT,
    CHECK (body IS NOT NULL OR state = 'sent')
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, created_at);
CREATE INDEX outbox_central_reference ON outbox (central_reference);
";

/// Version 2: the sync worker walks pending rows in `created_at` order; with only
/// `(state, next_attempt_at, created_at)` SQLite sorted every pending row for each pick.
const V2_PENDING_ORDER: &str = "
CREATE INDEX outbox_pending_order ON outbox (state, created_at);
";

/// Version 3:
/// - `body_sha256`: the SHA-256 of the body (hex), kept after the purge, so that an import of an
///   id already sent with OTHER content is a conflict rather than "already sent" (a hash of a
///   whole envelope with its random id cannot be turned back into its content);
/// - `next_attempt_at` keeps milliseconds (`2026-11-26T10:15:30.500Z`): a back-off under a second
///   no longer rounds to zero. Stored whole-second times are rewritten in the new form so that
///   every value compares as text with every other;
/// - `health`: one row rewritten by the kiosk's periodic storage probe (a real write).
const V3_HASH_MILLIS_HEALTH: &str = "
ALTER TABLE outbox ADD COLUMN body_sha256 TEXT;
UPDATE outbox SET next_attempt_at = substr(next_attempt_at, 1, 19) || '.000Z'
 WHERE next_attempt_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z';
CREATE TABLE health (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT NOT NULL
);
";

/// Version 4, staff mode:
/// - `audit`: staff log-ins, assisted sessions and dashboard actions (staff id, action, time, a
///   detail without personal data), kept 90 days;
/// - `staff_lock`: the staff log-in's wrong attempts and lock (a restart does not clear it);
/// - `kiosk_state`: settings the terminal keeps across restarts (`out_of_service`).
const V4_STAFF: &str = "
CREATE TABLE audit (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit (at);
CREATE TABLE staff_lock (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL CHECK (failures >= 0),
    locked_until TEXT
);
CREATE TABLE kiosk_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
";

/// All migrations, oldest first. Append only.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1_OUTBOX), M::up(V2_PENDING_ORDER), M::up(V3_HASH_MILLIS_HEALTH), M::up(V4_STAFF)])
}

/// The schema version after all migrations (the number of migrations).
pub(crate) const LATEST_VERSION: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().expect("migrations validate");
    }

    #[test]
    fn latest_version_matches_the_list() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("in-memory db");
        migrations().to_latest(&mut conn).expect("migrate");
        let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("user_version");
        assert_eq!(v, LATEST_VERSION as i64);
    }
}
