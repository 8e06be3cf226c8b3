//! What staff mode keeps in the kiosk's database: the audit, the log-in lock, and whether the
//! terminal is out of service. No personal data: staff ids, actions, times, counts.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use cc_core::staff::{AUDIT_KEEP_DAYS, AuditAction, LockState};

use crate::error::sql_err;
use crate::{Store, StoreError, format_time, parse_time};

/// One line of the audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub staff_id: String,
    pub action: AuditAction,
    /// A short detail without personal data (a count, a folder's name), or "".
    pub detail: String,
}

const OUT_OF_SERVICE: &str = "out_of_service";

impl Store {
    /// The rows the central service refused for good, newest first (at most `limit`), without
    /// their bodies: what the staff dashboard lists.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn rejected_rows(&self, limit: usize) -> Result<Vec<crate::OutboxRow>, StoreError> {
        let sql = format!(
            "SELECT {} FROM outbox WHERE state = 'rejected' ORDER BY updated_at DESC, rowid DESC LIMIT ?1",
            crate::ROW_COLUMNS
        );
        let mut stmt = self.conn.prepare(&sql).map_err(sql_err(&self.path))?;
        let rows = stmt.query_map([limit as i64], crate::read_row).map_err(sql_err(&self.path))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(sql_err(&self.path))
    }

    /// Records an action of staff, and forgets entries older than 90 days.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn audit(
        &mut self,
        at: DateTime<Utc>,
        staff_id: &str,
        action: AuditAction,
        detail: &str,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(sql_err(&path))?;
        tx.execute(
            "INSERT INTO audit (at, staff_id, action, detail) VALUES (?1, ?2, ?3, ?4)",
            params![format_time(at), staff_id, action.id(), detail],
        )
        .map_err(sql_err(&path))?;
        let oldest = format_time(at - Duration::days(AUDIT_KEEP_DAYS));
        tx.execute("DELETE FROM audit WHERE at < ?1", [oldest]).map_err(sql_err(&path))?;
        tx.commit().map_err(sql_err(&path))
    }

    /// The latest `limit` audit entries, newest first.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn audit_latest(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, staff_id, action, detail FROM audit ORDER BY seq DESC LIMIT ?1")
            .map_err(sql_err(&self.path))?;
        let rows = stmt
            .query_map([limit as i64], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
            })
            .map_err(sql_err(&self.path))?;
        let mut out = Vec::new();
        for row in rows {
            let (at, staff_id, action, detail) = row.map_err(sql_err(&self.path))?;
            // An action of a newer version is skipped, not an error.
            let (Some(at), Some(action)) = (parse_time(&at), AuditAction::from_id(&action)) else { continue };
            out.push(AuditEntry { at, staff_id, action, detail });
        }
        Ok(out)
    }

    /// How many times each action was recorded since `since` (for the heartbeat).
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn audit_counts(&self, since: DateTime<Utc>) -> Result<Vec<(AuditAction, u64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT action, COUNT(*) FROM audit WHERE at >= ?1 GROUP BY action")
            .map_err(sql_err(&self.path))?;
        let rows = stmt
            .query_map([format_time(since)], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .map_err(sql_err(&self.path))?;
        let mut out = Vec::new();
        for row in rows {
            let (action, n) = row.map_err(sql_err(&self.path))?;
            if let Some(a) = AuditAction::from_id(&action) {
                out.push((a, n.max(0) as u64));
            }
        }
        out.sort_by_key(|(a, _)| AuditAction::ALL.iter().position(|x| x == a));
        Ok(out)
    }

    /// The staff log-in's failures and lock.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn lock_state(&self) -> Result<LockState, StoreError> {
        let row: Option<(i64, Option<String>)> = self
            .conn
            .query_row("SELECT failures, locked_until FROM staff_lock WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(sql_err(&self.path))?;
        Ok(match row {
            None => LockState::default(),
            Some((failures, until)) => LockState {
                failures: u32::try_from(failures).unwrap_or(u32::MAX),
                locked_until: until.as_deref().and_then(parse_time),
            },
        })
    }

    /// Keeps the staff log-in's failures and lock.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn set_lock_state(&mut self, state: LockState) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO staff_lock (id, failures, locked_until) VALUES (1, ?1, ?2)",
                params![state.failures, state.locked_until.map(format_time)],
            )
            .map_err(sql_err(&self.path))?;
        Ok(())
    }

    /// Whether staff put the terminal out of service.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn out_of_service(&self) -> Result<bool, StoreError> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM kiosk_state WHERE key = ?1", [OUT_OF_SERVICE], |r| r.get(0))
            .optional()
            .map_err(sql_err(&self.path))?;
        Ok(v.as_deref() == Some("1"))
    }

    /// Puts the terminal out of service (`true`) or back.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] or [`StoreError::Database`].
    pub fn set_out_of_service(&mut self, out: bool) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO kiosk_state (key, value) VALUES (?1, ?2)",
                params![OUT_OF_SERVICE, if out { "1" } else { "0" }],
            )
            .map_err(sql_err(&self.path))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn audit_is_kept_90_days_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("q.sqlite3")).unwrap();
        s.audit(t("2026-08-01T09:00:00Z"), "jdupont", AuditAction::LoginOk, "").unwrap();
        s.audit(t("2026-11-28T09:00:00Z"), "jdupont", AuditAction::LoginOk, "").unwrap();
        s.audit(t("2026-11-29T09:00:00Z"), "?", AuditAction::LoginFailed, "").unwrap();
        s.audit(t("2026-11-29T09:01:00Z"), "apeeters", AuditAction::Export, "12 envelopes").unwrap();
        let latest = s.audit_latest(10).unwrap();
        assert_eq!(latest.len(), 3, "the August entry is gone (more than 90 days)");
        assert_eq!(latest[0].action, AuditAction::Export);
        assert_eq!(latest[0].detail, "12 envelopes");
        assert_eq!(
            s.audit_counts(t("2026-11-29T00:00:00Z")).unwrap(),
            vec![(AuditAction::LoginFailed, 1), (AuditAction::Export, 1)]
        );
    }

    #[test]
    fn lock_and_out_of_service_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.sqlite3");
        {
            let mut s = Store::open(&path).unwrap();
            assert_eq!(s.lock_state().unwrap(), LockState::default());
            assert!(!s.out_of_service().unwrap());
            s.set_lock_state(LockState { failures: 5, locked_until: Some(t("2026-11-29T10:05:00Z")) }).unwrap();
            s.set_out_of_service(true).unwrap();
        }
        let mut s = Store::open(&path).unwrap();
        assert_eq!(s.lock_state().unwrap().locked_until, Some(t("2026-11-29T10:05:00Z")));
        assert!(s.out_of_service().unwrap());
        s.set_out_of_service(false).unwrap();
        assert!(!s.out_of_service().unwrap());
    }
}
