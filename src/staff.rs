//! The staff accounts file: read, written (atomically, mode 0600), and PINs hashed and checked
//! with Argon2id (PHC strings). No PIN is ever logged, shown or kept beyond the check.

use std::path::Path;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use cc_core::staff::{AccountLine, check_id, check_pin, parse_accounts, write_accounts};

/// The largest accounts file read.
const MAX_ACCOUNTS_BYTES: u64 = 256 * 1024;

/// Argon2id cost of a new hash: OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
pub fn default_params() -> Params {
    Params::DEFAULT
}

/// A low cost for tests only (hashes made with it are as valid, just cheaper to check).
pub fn test_params() -> Params {
    Params::new(1024, 1, 1, None).unwrap_or(Params::DEFAULT)
}

/// Hashes a PIN into a PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), with a random salt.
pub fn hash_pin(pin: &str, params: Params) -> Result<String, String> {
    check_pin(pin)?;
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    argon2.hash_password(pin.as_bytes()).map(|h| h.to_string()).map_err(|e| format!("cannot hash the PIN: {e}"))
}

/// Whether `pin` is the PIN of account `id`. An unknown id costs as much as a wrong PIN (a hash is
/// checked all the same), so that the time of the answer does not tell which was wrong.
pub fn verify(accounts: &[AccountLine], id: &str, pin: &str) -> bool {
    let account = accounts.iter().find(|a| a.id == id);
    let hash = account.map(|a| a.hash.as_str()).unwrap_or(DUMMY_HASH);
    let ok = PasswordHash::new(hash)
        .map(|parsed| Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok())
        .unwrap_or(false);
    ok && account.is_some()
}

/// A hash of no one's PIN, checked for an unknown id (the default cost, like real accounts).
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$bm8tb25lLWF0LWFsbA$Qb9m3bVn4f3rKQ8h8Uq3b2mJ0r8q0xv2Yq4m8rj1vXk";

/// Reads the accounts file. A missing file is no accounts (staff cannot log in yet); a file that
/// cannot be read, or has a bad line, is an error naming the file and the line.
pub fn load(path: &Path) -> Result<Vec<AccountLine>, String> {
    let bytes = match crate::files::read_regular(path, MAX_ACCOUNTS_BYTES) {
        Ok(b) => b,
        Err(crate::files::ReadError::Missing) => return Ok(vec![]),
        Err(e) => return Err(format!("{}: cannot read: {e}", path.display())),
    };
    let text = String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text", path.display()))?;
    parse_accounts(&text).map_err(|problems| {
        problems
            .iter()
            .map(|p| format!("{}: line {}: {}", path.display(), p.line, p.problem))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Writes the accounts file: a new file next to it (mode 0600), synced, then renamed over it.
pub fn save(path: &Path, accounts: &[AccountLine]) -> Result<(), String> {
    crate::files::write_atomically(path, write_accounts(accounts).as_bytes())
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// Adds an account (or replaces its PIN).
pub fn add(path: &Path, id: &str, pin: &str, params: Params) -> Result<bool, String> {
    check_id(id).map_err(|e| format!("{id:?}: {e}"))?;
    let mut accounts = load(path)?;
    let hash = hash_pin(pin, params)?;
    let replaced = match accounts.iter_mut().find(|a| a.id == id) {
        Some(a) => {
            a.hash = hash;
            true
        }
        None => {
            accounts.push(AccountLine { id: id.to_string(), hash });
            false
        }
    };
    save(path, &accounts)?;
    Ok(replaced)
}

/// Removes an account; false when there was none with that id.
pub fn remove(path: &Path, id: &str) -> Result<bool, String> {
    let mut accounts = load(path)?;
    let before = accounts.len();
    accounts.retain(|a| a.id != id);
    if accounts.len() == before {
        return Ok(false);
    }
    save(path, &accounts)?;
    Ok(true)
}

/// Reads a PIN from the terminal without echo (from standard input as it is when it is not a
/// terminal, for scripts).
pub fn read_pin(prompt: &str) -> Result<String, String> {
    use std::io::{BufRead, Write};
    let stdin = std::io::stdin();
    // SAFETY: isatty on our own standard input.
    let tty = unsafe { libc::isatty(libc::STDIN_FILENO) } == 1;
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    let mut saved: Option<libc::termios> = None;
    if tty {
        // SAFETY: tcgetattr/tcsetattr on standard input with a termios we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0 {
                saved = Some(t);
                t.c_lflag &= !libc::ECHO;
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
            }
        }
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if let Some(t) = saved {
        // SAFETY: restores the terminal as it was.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
        }
        eprintln!();
    }
    read.map_err(|e| format!("cannot read the PIN: {e}"))?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_are_added_checked_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("staff");
        assert_eq!(load(&path).unwrap(), vec![], "no file: no accounts");
        assert!(!add(&path, "jdupont", "246810", test_params()).unwrap());
        assert!(!add(&path, "apeeters", "905317", test_params()).unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("246810") && !text.contains("905317"), "no PIN in the file");
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let accounts = load(&path).unwrap();
        assert!(verify(&accounts, "jdupont", "246810"));
        assert!(!verify(&accounts, "jdupont", "905317"));
        assert!(!verify(&accounts, "nobody", "246810"));
        // A new PIN replaces the old one.
        assert!(add(&path, "jdupont", "864202", test_params()).unwrap());
        let accounts = load(&path).unwrap();
        assert!(verify(&accounts, "jdupont", "864202") && !verify(&accounts, "jdupont", "246810"));
        assert!(remove(&path, "jdupont").unwrap());
        assert!(!remove(&path, "jdupont").unwrap());
        assert_eq!(load(&path).unwrap().len(), 1);
        // Weak PINs and bad ids are refused before anything is written.
        assert!(add(&path, "x", "123456", test_params()).is_err());
        assert!(add(&path, "bad id", "246810", test_params()).is_err());
        std::fs::write(&path, "jdupont:plain-pin\n").unwrap();
        let e = load(&path).unwrap_err();
        assert!(e.contains("line 1") && e.contains(&path.display().to_string()), "{e}");
    }

    #[test]
    fn the_dummy_hash_parses_so_an_unknown_id_costs_a_check() {
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
    }
}
