//! Reading the files a person hands the kiosk (its config, the token file, envelopes to import)
//! without trusting them: only regular files are read, never a FIFO, a socket or a device (which
//! could block forever or never end), and never more than a stated size.

use std::fmt;
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// No such file (or a broken link).
    Missing,
    /// The operating system denied access.
    PermissionDenied,
    /// Symbolic links that point at each other.
    LinkLoop,
    /// Not a regular file: `what` is "a folder", "a FIFO", "a device"…
    NotRegular { what: &'static str },
    /// Larger than the limit.
    TooLarge { size: u64, limit: u64 },
    /// Any other I/O error.
    Io(std::io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Missing => f.write_str("no such file"),
            ReadError::PermissionDenied => f.write_str("permission denied"),
            ReadError::LinkLoop => f.write_str("a loop of symbolic links"),
            ReadError::NotRegular { what } => write!(f, "not a regular file ({what})"),
            ReadError::TooLarge { size, limit } => {
                write!(f, "too large: {size} bytes, over the {limit} bytes allowed")
            }
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
        }
    }
}

impl std::error::Error for ReadError {}

impl ReadError {
    fn of(e: std::io::Error) -> ReadError {
        use std::io::ErrorKind as K;
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return ReadError::LinkLoop;
        }
        match e.kind() {
            K::NotFound => ReadError::Missing,
            K::PermissionDenied => ReadError::PermissionDenied,
            K::IsADirectory => ReadError::NotRegular { what: "a folder" },
            _ => ReadError::Io(e),
        }
    }
}

/// What a file type is, in words, when it is not a regular file.
pub fn kind_of(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some("a folder");
    }
    if file_type.is_symlink() {
        return Some("a symbolic link");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("a FIFO");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a file")
}

/// Reads a regular file (following symbolic links) of at most `limit` bytes.
///
/// The type and size are checked before the file is opened, and again on the opened file (it
/// is opened non-blocking, so that a file swapped for a FIFO meanwhile cannot hang the kiosk);
/// at most `limit + 1` bytes are ever read.
///
/// # Errors
/// [`ReadError`]: missing, not a regular file, too large, or the I/O error.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::of)?;
    if let Some(what) = kind_of(meta.file_type()) {
        return Err(ReadError::NotRegular { what });
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { size: meta.len(), limit });
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(ReadError::of)?;
    let meta = file.metadata().map_err(ReadError::of)?;
    if let Some(what) = kind_of(meta.file_type()) {
        return Err(ReadError::NotRegular { what });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(limit)).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(ReadError::of)?;
    let size = bytes.len() as u64;
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` whole or not at all: a new file next to it (mode 0600), synced,
/// then renamed over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("new");
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_only_and_never_more_than_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.json");
        std::fs::write(&file, b"0123456789").expect("write");
        assert_eq!(read_regular(&file, 10).expect("read"), b"0123456789");
        assert!(matches!(read_regular(&file, 9), Err(ReadError::TooLarge { size: 10, limit: 9 })));
        assert!(matches!(read_regular(dir.path(), 10), Err(ReadError::NotRegular { what: "a folder" })));
        assert!(matches!(read_regular(&dir.path().join("none"), 10), Err(ReadError::Missing)));
        // An endless device is refused before anything is read.
        let e = read_regular(Path::new("/dev/zero"), 1 << 20).expect_err("/dev/zero");
        assert_eq!(e.to_string(), "not a regular file (a device)");
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_link_loops_are_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("fifo.json");
        let c = std::ffi::CString::new(fifo.to_str().expect("utf-8")).expect("c string");
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(read_regular(&fifo, 100).expect_err("fifo").to_string(), "not a regular file (a FIFO)");
        let a = dir.path().join("a.json");
        let b = dir.path().join("b.json");
        std::os::unix::fs::symlink(&b, &a).expect("symlink");
        std::os::unix::fs::symlink(&a, &b).expect("symlink");
        assert_eq!(read_regular(&a, 100).expect_err("loop").to_string(), "a loop of symbolic links");
    }
}
