//! `cc-kiosk outbox status | export DIR | import PATH | salvage PATH DIR`.
//!
//! Export writes one JSON file per queued envelope, exactly the body of `POST /v1/submissions`;
//! import queues such files (from another kiosk, another version), checked as the central
//! service would, skipping envelopes already queued; salvage reads what a damaged queue still
//! holds. Nothing here prints personal data. The files written hold personal data: folders are
//! created `0700` and files `0600`.

use std::fmt;
use std::path::{Path, PathBuf};

use cc_core::envelope::MAX_BODY_BYTES;
use cc_store::{Enqueued, State, Store};

use crate::config::Config;

/// What `outbox status` prints, and whether the queue is sound.
pub struct Status {
    pub text: String,
    /// `PRAGMA quick_check` found nothing wrong.
    pub sound: bool,
}

/// `outbox status`: counts by state, one per line; whether the token file can be used; whether
/// the queue file is sound (a damaged one may still count its rows while its bodies cannot be
/// read: it says so, and how to salvage them).
pub fn status(store: &Store, config: &Config) -> Status {
    let mut out = String::new();
    match store.counts() {
        Ok(c) => {
            out.push_str(&format!(
                "pending {}\nsending {}\nsent {}\nrejected {}\n",
                c.pending, c.sending, c.sent, c.rejected
            ));
            if let Some(t) = c.oldest_pending_at {
                out.push_str(&format!("oldest pending {t}\n"));
            }
        }
        Err(e) => out.push_str(&format!("counts unavailable: {e}\n")),
    }
    match crate::sync::check_token(config) {
        Ok(()) => out.push_str("token ok\n"),
        Err(e) => out.push_str(&format!("token unusable: {e}\n")),
    }
    let sound = match store.quick_check() {
        Ok(()) => {
            out.push_str("queue file sound\n");
            true
        }
        Err(problem) => {
            out.push_str(&format!(
                "queue file DAMAGED: {problem}\n  stop the kiosk (it moves a damaged queue aside at its start), then run \
                 `cc-kiosk outbox salvage {} DIR` and `cc-kiosk outbox import DIR`\n",
                store.path().display()
            ));
            false
        }
    };
    Status { text: out, sound }
}

/// Creates `dir` (and its parents) with mode `0700`; an existing folder is left as it is.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes `bytes` to a new or truncated file with mode `0600`.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// `outbox export DIR`: returns how many files were written.
pub fn export(store: &Store, dir: &Path) -> Result<usize, String> {
    create_private_dir(dir).map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let bodies = store.queued_bodies().map_err(|e| format!("{e}; if the queue is damaged, see `outbox status`"))?;
    for (id, body) in &bodies {
        let path = dir.join(format!("{id}.json"));
        write_private(&path, body).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(bodies.len())
}

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    pub already_queued: usize,
    /// (file, reason) of every refused file: a `.json` that is not an envelope that can be
    /// queued (unreadable, not a regular file, too large, invalid, a conflict).
    pub refused: Vec<(PathBuf, String)>,
    /// (entry, reason) of every other entry of a folder that was not imported (a sub-folder, a
    /// file that is not `.json`).
    pub skipped: Vec<(PathBuf, String)>,
}

/// `outbox import PATH`: a file, or every `*.json` of a folder (sorted by name; every other entry
/// is named in [`ImportReport::skipped`]).
pub fn import(store: &mut Store, path: &Path) -> Result<ImportReport, String> {
    let mut report = ImportReport::default();
    let files = if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: cannot read the folder: {e}", path.display()))?
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        let mut files = Vec::new();
        for entry in entries {
            if entry.extension().is_some_and(|x| x == "json") {
                files.push(entry);
                continue;
            }
            let what = match std::fs::symlink_metadata(&entry) {
                Ok(m) if m.is_dir() => "a folder: not imported (import it on its own)".to_string(),
                Ok(m) => match crate::files::kind_of(m.file_type()) {
                    Some(kind) => format!("{kind}, not a .json file"),
                    None => "not a .json file".to_string(),
                },
                Err(e) => format!("cannot be read: {e}"),
            };
            report.skipped.push((entry, what));
        }
        files
    } else {
        vec![path.to_path_buf()]
    };
    for file in files {
        match import_one(store, &file) {
            Ok(Enqueued::Queued) => report.imported += 1,
            Ok(Enqueued::AlreadyQueued | Enqueued::AlreadySent) => report.already_queued += 1,
            Err(reason) => report.refused.push((file, reason)),
        }
    }
    Ok(report)
}

/// One file: read (a regular file of at most the contract's size, plus a byte order mark),
/// checked as the central service would, queued byte for byte.
fn import_one(store: &mut Store, file: &Path) -> Result<Enqueued, String> {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    let limit = (MAX_BODY_BYTES + BOM.len()) as u64;
    let bytes = crate::files::read_regular(file, limit).map_err(|e| match e {
        crate::files::ReadError::TooLarge { size, .. } => too_large(size as usize),
        e => e.to_string(),
    })?;
    // A byte order mark (some editors write one) is not part of the envelope.
    let bytes = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    if bytes.len() > MAX_BODY_BYTES {
        return Err(too_large(bytes.len()));
    }
    let env = cc_core::validate::validate_envelope(bytes)
        .map_err(|p| if p.field.is_empty() { p.reason.clone() } else { format!("{}: {}", p.field, p.reason) })?;
    store.import(&env, bytes).map_err(|e| e.to_string())
}

fn too_large(size: usize) -> String {
    format!("too large: {size} bytes, over the {MAX_BODY_BYTES} bytes the central service accepts")
}

/// What `outbox salvage` wrote.
#[derive(Debug, Default)]
pub struct SalvageSummary {
    pub dir: PathBuf,
    /// Files written for import (pending, sending, or state unknown).
    pub to_send: usize,
    /// Files written into `rejected/` (refused for good by the central service before).
    pub rejected: usize,
    /// Found only by scanning the raw file.
    pub from_scan: usize,
    /// Rows that could not be read.
    pub rows_unreadable: u64,
    pub table_unreadable: bool,
}

impl fmt::Display for SalvageSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "salvaged {} envelope(s) to send into {}", self.to_send, self.dir.display())?;
        if self.rejected > 0 {
            write!(f, ", {} refused before into {}", self.rejected, self.dir.join("rejected").display())?;
        }
        write!(f, "; {} found by scanning the raw file", self.from_scan)?;
        if self.table_unreadable {
            write!(f, "; the table itself could not be read")?;
        } else {
            write!(f, "; {} row(s) could not be read", self.rows_unreadable)?;
        }
        write!(f, "\nnext: cc-kiosk outbox import {}", self.dir.display())
    }
}

/// `outbox salvage PATH DIR`: every envelope still readable in the damaged queue file `PATH` (and
/// its `-wal`), one file per envelope in `DIR` (refused ones in `DIR/rejected`). `PATH` is not
/// changed.
pub fn salvage(path: &Path, dir: &Path) -> Result<SalvageSummary, String> {
    let report = cc_store::salvage(path).map_err(|e| format!("{}: {e}", path.display()))?;
    create_private_dir(dir).map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let mut summary = SalvageSummary {
        dir: dir.to_path_buf(),
        from_scan: report.from_scan,
        rows_unreadable: report.rows_unreadable,
        table_unreadable: report.table_unreadable,
        ..SalvageSummary::default()
    };
    for found in &report.envelopes {
        let target = if found.state == Some(State::Rejected) {
            let rejected = dir.join("rejected");
            create_private_dir(&rejected)
                .map_err(|e| format!("{}: cannot create the folder: {e}", rejected.display()))?;
            summary.rejected += 1;
            rejected
        } else {
            summary.to_send += 1;
            dir.to_path_buf()
        };
        let file = target.join(format!("{}.json", found.id));
        write_private(&file, &found.body).map_err(|e| format!("{}: cannot write: {e}", file.display()))?;
    }
    Ok(summary)
}
