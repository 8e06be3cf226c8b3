//! The errors of the outbox store.
//!
//! No message here ever contains a payload, a name, an e-mail address, a receipt reference or a
//! tracking code: only the database path, submission ids (random UUIDs) and plain English reasons.
//! Sources are kept only when their own text cannot carry personal data either (SQLite and I/O
//! errors), never for JSON parse errors (serde's messages quote the offending value).

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::State;

/// Why the database cannot be used right now: the disk, the file or the system is in trouble,
/// not the submission. The UI turns this into a localized "the kiosk cannot save right now"
/// message; [`fmt::Display`] gives a plain English reason for logs and staff tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnavailableReason {
    /// The disk (or the file system quota) is full.
    DiskFull,
    /// The database, its directory or the file system is read-only.
    ReadOnly,
    /// The operating system reported an input/output error.
    Io,
    /// The database file cannot be opened (missing, not a regular file, directory unusable…).
    CannotOpen,
    /// The operating system denied access.
    PermissionDenied,
    /// Another process kept the database locked longer than the busy timeout.
    Busy,
    /// The file is damaged or is not an SQLite database.
    Corrupt,
    /// The system ran out of memory.
    OutOfMemory,
}

impl UnavailableReason {
    /// The plain English reason, e.g. `"the disk is full"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::DiskFull => "the disk is full",
            Self::ReadOnly => "the database is read-only",
            Self::Io => "a disk input/output error occurred",
            Self::CannotOpen => "the database file cannot be opened",
            Self::PermissionDenied => "access to the database was denied",
            Self::Busy => "the database is locked by another process",
            Self::Corrupt => "the database file is damaged or is not a database",
            Self::OutOfMemory => "the system ran out of memory",
        }
    }

    /// Classifies an SQLite error; `None` when it is not an availability problem.
    #[must_use]
    pub fn from_sqlite(err: &rusqlite::Error) -> Option<Self> {
        use rusqlite::ErrorCode as C;
        Some(match err.sqlite_error_code()? {
            C::DiskFull => Self::DiskFull,
            C::ReadOnly => Self::ReadOnly,
            C::SystemIoFailure | C::NoLargeFileSupport | C::FileLockingProtocolFailed => Self::Io,
            C::CannotOpen => Self::CannotOpen,
            C::PermissionDenied | C::AuthorizationForStatementDenied => Self::PermissionDenied,
            C::DatabaseBusy | C::DatabaseLocked => Self::Busy,
            C::DatabaseCorrupt | C::NotADatabase => Self::Corrupt,
            C::OutOfMemory => Self::OutOfMemory,
            _ => return None,
        })
    }

    /// Classifies an I/O error (e.g. while creating the database directory).
    #[must_use]
    pub fn from_io(err: &io::Error) -> Self {
        use io::ErrorKind as K;
        match err.kind() {
            K::StorageFull | K::QuotaExceeded => Self::DiskFull,
            K::ReadOnlyFilesystem => Self::ReadOnly,
            K::PermissionDenied => Self::PermissionDenied,
            K::OutOfMemory => Self::OutOfMemory,
            K::NotADirectory | K::AlreadyExists | K::NotFound | K::IsADirectory => Self::CannotOpen,
            _ => Self::Io,
        }
    }
}

impl fmt::Display for UnavailableReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything that can go wrong in the outbox store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The directory that should hold the database could not be created.
    #[error("cannot create the directory {} for the outbox database: {source}", .dir.display())]
    CreateDir {
        /// The directory that could not be created.
        dir: PathBuf,
        /// Plain English classification of the I/O error.
        reason: UnavailableReason,
        /// The I/O error.
        #[source]
        source: io::Error,
    },

    /// A file of the queue could not be read, renamed or have its permissions narrowed.
    #[error("cannot {action} {}: {source}", .path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What was being done, e.g. `"move aside"`.
        action: &'static str,
        /// Plain English classification of the I/O error.
        reason: UnavailableReason,
        /// The I/O error.
        #[source]
        source: io::Error,
    },

    /// The database cannot be used right now (disk full, read-only, I/O error, locked, damaged…).
    #[error("the outbox database {} is unavailable: {reason} ({source})", .path.display())]
    Unavailable {
        /// The database file.
        path: PathBuf,
        /// Plain English reason, for the UI to localize.
        reason: UnavailableReason,
        /// The SQLite error.
        #[source]
        source: rusqlite::Error,
    },

    /// The schema version of the database is not the one this program knows (a newer kiosk
    /// version wrote it, or a read-only open found a database that was never migrated).
    #[error(
        "the outbox database {} has schema version {found}, this program expects {expected}",
        .path.display()
    )]
    SchemaVersion {
        /// The database file.
        path: PathBuf,
        /// The version found in the file (`PRAGMA user_version`).
        found: i64,
        /// The version this program migrates to.
        expected: usize,
    },

    /// A schema migration failed for another reason than an availability problem.
    #[error("cannot migrate the outbox database {} to the current schema", .path.display())]
    Migration {
        /// The database file.
        path: PathBuf,
        /// The migration error.
        #[source]
        source: rusqlite_migration::Error,
    },

    /// A setting that the store relies on for durability was refused by SQLite.
    #[error("the outbox database {} refused the setting {setting}", .path.display())]
    Setting {
        /// The database file.
        path: PathBuf,
        /// The refused setting, e.g. `journal_mode = WAL`.
        setting: &'static str,
    },

    /// Any other SQLite error (a bug or an unexpected database content).
    #[error("unexpected error from the outbox database {}", .path.display())]
    Database {
        /// The database file.
        path: PathBuf,
        /// The SQLite error.
        #[source]
        source: rusqlite::Error,
    },

    /// The id is already in the outbox with other content (the bytes differ). Permanent: the same
    /// id must never carry two different bodies.
    #[error("submission {id} is already in the outbox with different content")]
    IdConflict {
        /// The submission id.
        id: uuid::Uuid,
    },

    /// Another submission already holds this receipt reference: draw a new reference and retry.
    #[error("the receipt reference of submission {id} is already used by another submission")]
    ReferenceTaken {
        /// The id of the submission that could not be queued.
        id: uuid::Uuid,
    },

    /// The raw bytes given to [`crate::Store::import`] are not UTF-8 JSON that parses to the given
    /// envelope.
    #[error("the raw body of submission {id} does not match its parsed envelope")]
    RawMismatch {
        /// The id of the parsed envelope.
        id: uuid::Uuid,
    },

    /// The envelope's body is larger than the contract allows
    /// ([`cc_core::envelope::MAX_BODY_BYTES`]): the central service would refuse it for good.
    #[error("submission {id} is {size} bytes, over the {limit} bytes the central service accepts")]
    TooLarge {
        /// The submission id.
        id: uuid::Uuid,
        /// Its size in bytes.
        size: usize,
        /// The contract's limit.
        limit: usize,
    },

    /// The envelope could not be serialised to JSON.
    #[error("cannot serialise submission {id} to JSON")]
    Serialize {
        /// The submission id.
        id: uuid::Uuid,
    },

    /// No submission with this id is in the outbox.
    #[error("submission {id} is not in the outbox")]
    NotFound {
        /// The submission id.
        id: uuid::Uuid,
    },

    /// The submission is not in a state that allows this transition.
    #[error("submission {id} is {state}, it cannot be {action}")]
    InvalidState {
        /// The submission id.
        id: uuid::Uuid,
        /// Its current state.
        state: State,
        /// The refused transition, e.g. `"marked sent"`.
        action: &'static str,
    },
}

impl StoreError {
    /// Maps an SQLite error: availability problems become [`StoreError::Unavailable`], anything
    /// else [`StoreError::Database`].
    pub(crate) fn sqlite(path: &Path, source: rusqlite::Error) -> Self {
        match UnavailableReason::from_sqlite(&source) {
            Some(reason) => Self::Unavailable { path: path.to_path_buf(), reason, source },
            None => Self::Database { path: path.to_path_buf(), source },
        }
    }

    /// When the error means "the storage cannot be used right now" (as opposed to a problem with
    /// one submission or a bug), the reason; the UI shows a localized message for it.
    #[must_use]
    pub fn unavailable_reason(&self) -> Option<UnavailableReason> {
        match self {
            Self::CreateDir { reason, .. } | Self::File { reason, .. } | Self::Unavailable { reason, .. } => {
                Some(*reason)
            }
            Self::Migration { source: rusqlite_migration::Error::RusqliteError { err, .. }, .. } => {
                UnavailableReason::from_sqlite(err)
            }
            _ => None,
        }
    }
}

impl StoreError {
    /// An I/O error on a file of the queue.
    pub(crate) fn file(path: &Path, action: &'static str, source: io::Error) -> Self {
        Self::File { path: path.to_path_buf(), action, reason: UnavailableReason::from_io(&source), source }
    }
}

/// A closure mapping SQLite errors for the database at `path`.
pub(crate) fn sql_err(path: &Path) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
    move |e| StoreError::sqlite(path, e)
}
