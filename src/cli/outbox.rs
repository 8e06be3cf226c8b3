//! `cc-kiosk outbox status | export DIR | import PATH`.
//!
//! Export writes one JSON file per queued envelope, exactly the body of `POST /v1/submissions`;
//! import queues such files (from another kiosk, another version), checked as the central
//! service would, skipping envelopes already queued. Nothing here prints personal data.

use std::path::{Path, PathBuf};

use cc_store::{Enqueued, Store};

/// `outbox status`: counts by state, one per line.
pub fn status(store: &Store) -> Result<String, String> {
    let c = store.counts().map_err(|e| e.to_string())?;
    let mut out = format!("pending {}\nsending {}\nsent {}\nrejected {}\n", c.pending, c.sending, c.sent, c.rejected);
    if let Some(t) = c.oldest_pending_at {
        out.push_str(&format!("oldest pending {t}\n"));
    }
    Ok(out)
}

/// `outbox export DIR`: returns how many files were written.
pub fn export(store: &Store, dir: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let bodies = store.queued_bodies().map_err(|e| e.to_string())?;
    for (id, body) in &bodies {
        let path = dir.join(format!("{id}.json"));
        std::fs::write(&path, body).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(bodies.len())
}

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    pub already_queued: usize,
    /// (file, reason) of every refused file.
    pub refused: Vec<(PathBuf, String)>,
}

/// `outbox import PATH`: a file, or every `*.json` of a folder (sorted by name).
pub fn import(store: &mut Store, path: &Path) -> Result<ImportReport, String> {
    let files = if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: cannot read the folder: {e}", path.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_path_buf()]
    };
    let mut report = ImportReport::default();
    for file in files {
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                report.refused.push((file, format!("cannot read: {e}")));
                continue;
            }
        };
        let env = match cc_core::validate::validate_envelope(&bytes) {
            Ok(env) => env,
            Err(p) => {
                report.refused.push((file, format!("{}: {}", p.field, p.reason)));
                continue;
            }
        };
        match store.import(&env, &bytes) {
            Ok(Enqueued::Queued) => report.imported += 1,
            Ok(Enqueued::AlreadyQueued | Enqueued::AlreadySent) => report.already_queued += 1,
            Err(e) => report.refused.push((file, e.to_string())),
        }
    }
    Ok(report)
}
