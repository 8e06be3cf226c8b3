//! Reading what a damaged queue still holds (`cc-kiosk outbox salvage`).
//!
//! A database that fails `PRAGMA quick_check` may still give most of its rows. The salvage works
//! on a copy (the damaged file is never written), in two ways, and keeps every envelope found by
//! either:
//! 1. row by row, by `rowid` (a damaged page loses its own rows, not the others);
//! 2. a scan of the raw bytes of the file and its WAL for envelope bodies (compact JSON objects
//!    that begin `{"id":"`), which finds bodies of rows the table can no longer reach.
//!
//! Only bodies that pass the contract's envelope check are kept, once per id. Rows that were
//! sent have no body any more: nothing of theirs is returned, even if an old copy of the body
//! is found in the raw bytes.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use uuid::Uuid;

use crate::{State, StoreError};

/// The most rowids tried one by one (a damaged `max(rowid)` must not make the loop endless).
const MAX_ROWIDS: i64 = 5_000_000;

/// One envelope found in a damaged queue.
#[derive(Clone, PartialEq, Eq)]
pub struct Salvaged {
    /// The envelope id.
    pub id: Uuid,
    /// Its state, when its row could be read (`None`: found by the raw scan only).
    pub state: Option<State>,
    /// The exact body, as it would be sent.
    pub body: Vec<u8>,
}

impl std::fmt::Debug for Salvaged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Salvaged").field("id", &self.id).field("state", &self.state).finish_non_exhaustive()
    }
}

/// What [`salvage`] found.
#[derive(Debug, Default)]
pub struct SalvageReport {
    /// Every envelope still readable with its body, oldest rowid first, then those of the scan.
    pub envelopes: Vec<Salvaged>,
    /// Rows whose reading failed (their body may still have been found by the scan).
    pub rows_unreadable: u64,
    /// Envelopes found only by the raw scan.
    pub from_scan: usize,
    /// The table could not be read at all (only the raw scan worked).
    pub table_unreadable: bool,
}

/// Reads every envelope still readable in the (damaged) queue at `path` and its `-wal`.
///
/// # Errors
/// [`StoreError::File`] when the file cannot be read or the copy cannot be written.
pub fn salvage(path: &Path) -> Result<SalvageReport, StoreError> {
    let original = std::fs::read(path).map_err(|e| StoreError::file(path, "read", e))?;
    let wal_path = side(path, "-wal");
    let wal = std::fs::read(&wal_path).unwrap_or_default();

    // Work on a copy next to the original (same private folder): opening a database may replay
    // its WAL into it, and the damaged file must stay as it was.
    let copy = side(path, &format!(".salvage-{}", Uuid::now_v7()));
    let copy_wal = side(&copy, "-wal");
    let result = (|| {
        write_private(&copy, &original).map_err(|e| StoreError::file(&copy, "write the salvage copy", e))?;
        if !wal.is_empty() {
            write_private(&copy_wal, &wal).map_err(|e| StoreError::file(&copy_wal, "write the salvage copy", e))?;
        }
        Ok::<_, StoreError>(read_rows(&copy))
    })();
    for p in [copy.clone(), copy_wal, side(&copy, "-shm"), side(&copy, "-journal")] {
        let _ = std::fs::remove_file(p);
    }
    let rows = result?;

    let mut report = SalvageReport {
        rows_unreadable: rows.unreadable,
        table_unreadable: rows.table_unreadable,
        ..SalvageReport::default()
    };
    let mut seen: HashSet<Uuid> = rows.sent.clone();
    for found in rows.found {
        if seen.insert(found.id) {
            report.envelopes.push(found);
        }
    }
    // The WAL first: it holds the newer pages.
    for bytes in [&wal, &original] {
        for (id, body) in scan(bytes) {
            if seen.insert(id) {
                report.from_scan += 1;
                report.envelopes.push(Salvaged { id, state: None, body });
            }
        }
    }
    Ok(report)
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

#[derive(Default)]
struct Rows {
    found: Vec<Salvaged>,
    sent: HashSet<Uuid>,
    unreadable: u64,
    table_unreadable: bool,
}

/// Row by row, by rowid. Never fails: what cannot be read is counted.
fn read_rows(copy: &Path) -> Rows {
    let mut rows = Rows::default();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(conn) = Connection::open_with_flags(copy, flags) else {
        rows.table_unreadable = true;
        return rows;
    };
    let max: Option<i64> = match conn.query_row("SELECT max(rowid) FROM outbox", [], |r| r.get(0)) {
        Ok(max) => max,
        Err(_) => {
            rows.table_unreadable = true;
            return rows;
        }
    };
    let Some(max) = max else { return rows };
    let Ok(mut stmt) = conn.prepare("SELECT id, state, body FROM outbox WHERE rowid = ?1") else {
        rows.table_unreadable = true;
        return rows;
    };
    for rowid in 1..=max.min(MAX_ROWIDS) {
        let row = stmt
            .query_row([rowid], |r| {
                let id: String = r.get(0)?;
                let state: Option<State> = r.get(1).ok();
                let body = crate::read_body(r, 2)?;
                Ok((id, state, body))
            })
            .optional();
        match row {
            Ok(None) => {}
            Ok(Some((id, state, body))) => match (Uuid::parse_str(&id), body) {
                (Ok(id), Some(body)) if cc_core::validate::validate_envelope(&body).is_ok() => {
                    rows.found.push(Salvaged { id, state, body });
                }
                (Ok(id), None) => {
                    rows.sent.insert(id);
                }
                _ => rows.unreadable += 1,
            },
            Err(_) => rows.unreadable += 1,
        }
    }
    rows
}

/// Every envelope body in raw bytes: a JSON object that begins `{"id":"`, parses, and passes the
/// contract's check, with its id; once per id (the first found).
fn scan(bytes: &[u8]) -> Vec<(Uuid, Vec<u8>)> {
    const START: &[u8] = b"{\"id\":\"";
    let mut found: Vec<(Uuid, Vec<u8>)> = Vec::new();
    let mut ids: HashMap<Uuid, ()> = HashMap::new();
    let mut at = 0;
    while let Some(offset) = find(&bytes[at..], START) {
        let start = at + offset;
        at = start + 1;
        let mut stream = serde_json::Deserializer::from_slice(&bytes[start..]).into_iter::<serde_json::Value>();
        if !matches!(stream.next(), Some(Ok(_))) {
            continue;
        }
        let end = start + stream.byte_offset();
        let body = &bytes[start..end];
        if let Ok(env) = cc_core::validate::validate_envelope(body)
            && ids.insert(env.id, ()).is_none()
        {
            found.push((env.id, body.to_vec()));
            at = end;
        }
    }
    found
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
