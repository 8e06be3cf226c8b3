//! The queue's files on disk: their permissions, and moving a damaged database aside.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::{StoreError, UnavailableReason};

/// The files SQLite keeps next to a database in WAL mode (and the rollback journal of a
/// database that was never in WAL mode).
const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// A damaged database that [`crate::Store::open_checked`] renamed, with its side files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedAside {
    /// The new name of the database file (its `-wal` and `-shm`, if any, follow it so that
    /// SQLite still reads them with it).
    pub path: PathBuf,
    /// What was wrong with it (SQLite's findings: pages and structure, no content).
    pub problem: String,
}

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Before SQLite opens `path`: its folder exists (created `0700`), and a new database file is
/// created empty with mode `0600`, so that SQLite's `-wal` and `-shm` get `0600` too.
pub(crate) fn prepare(path: &Path) -> Result<(), StoreError> {
    let create_err = |dir: &Path| {
        let dir = dir.to_path_buf();
        move |source: io::Error| StoreError::CreateDir { dir, reason: UnavailableReason::from_io(&source), source }
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        create_private_dir(dir).map_err(create_err(dir))?;
    }
    if path.as_os_str() != ":memory:" && !path.exists() {
        create_private_file(path).map_err(create_err(path))?;
    }
    Ok(())
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        // Another process made it meanwhile: its mode is narrowed after the open.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn create_private_file(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// Narrows the modes of a queue: its folder to `0700` at most and the database, `-wal`, `-shm`
/// and `-journal` to `0600` at most (group and others lose every right; nothing is widened).
/// Files that do not exist are skipped.
///
/// # Errors
/// The I/O error of a `chmod` that failed (e.g. a file owned by another user).
#[cfg(unix)]
pub fn restrict_permissions(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let narrow = |p: &Path, max: u32| -> io::Result<()> {
        let meta = match std::fs::symlink_metadata(p) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        if meta.file_type().is_symlink() {
            return Ok(());
        }
        let mode = meta.permissions().mode() & 0o7777;
        if mode & !max != 0 {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode & max))?;
        }
        Ok(())
    };
    if path.as_os_str() == ":memory:" {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        narrow(dir, 0o700)?;
    }
    narrow(path, 0o600)?;
    for suffix in SIDE_FILES {
        narrow(&side_file(path, suffix), 0o600)?;
    }
    Ok(())
}

/// Narrows the modes of a queue (nothing to do on this platform).
///
/// # Errors
/// Never.
#[cfg(not(unix))]
pub fn restrict_permissions(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// Renames a damaged database and its side files to `<stem>.damaged-<UTC time>.<ext>` (e.g.
/// `outbox.damaged-20261129T101500Z.sqlite3`, `…sqlite3-wal`) in the same folder. Nothing is
/// deleted. The main file is renamed last: if a rename fails, the database is still where it was.
pub(crate) fn move_aside(path: &Path, problem: &str, now: DateTime<Utc>) -> io::Result<MovedAside> {
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "outbox".into());
    let ext = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut target = dir.join(format!("{stem}.damaged-{stamp}{ext}"));
    let mut n = 1;
    while target.exists() {
        n += 1;
        target = dir.join(format!("{stem}.damaged-{stamp}-{n}{ext}"));
    }
    for suffix in SIDE_FILES {
        let from = side_file(path, suffix);
        if from.exists() {
            std::fs::rename(&from, side_file(&target, suffix))?;
        }
    }
    std::fs::rename(path, &target)?;
    Ok(MovedAside { path: target, problem: problem.to_string() })
}
