//! Staff of the lobby: their ids and PINs as typed, the accounts file's lines, the lock after
//! wrong attempts, and the audit's actions. Pure: hashing and files are the shell's.
//!
//! The accounts file holds one account per line, `<id>:<PHC string>` (an Argon2id hash such as
//! `$argon2id$v=19$m=19456,t=2,p=1$…$…`); blank lines and lines starting with `#` are ignored.

use chrono::{DateTime, Duration, Utc};

/// Longest staff id, in characters.
pub const ID_MAX: usize = 32;
/// A PIN is 6 to 12 digits (typed on the on-screen numeric pad).
pub const PIN_MIN: usize = 6;
pub const PIN_MAX: usize = 12;

/// Checks a staff id: 1 to 32 letters, digits, `.`, `_` or `-`, starting with a letter or digit.
pub fn check_id(id: &str) -> Result<(), &'static str> {
    if id.is_empty() || id.chars().count() > ID_MAX {
        return Err("a staff id has 1 to 32 characters");
    }
    if !id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        return Err("a staff id has only letters, digits, '.', '_' and '-'");
    }
    if !id.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err("a staff id starts with a letter or a digit");
    }
    Ok(())
}

/// Checks a PIN: 6 to 12 digits, not all the same digit nor a run such as `123456`.
pub fn check_pin(pin: &str) -> Result<(), &'static str> {
    let digits: Vec<u32> = pin.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != pin.chars().count() {
        return Err("a PIN has only digits");
    }
    if !(PIN_MIN..=PIN_MAX).contains(&digits.len()) {
        return Err("a PIN has 6 to 12 digits");
    }
    let same = digits.windows(2).all(|w| w[0] == w[1]);
    let up = digits.windows(2).all(|w| w[1] == (w[0] + 1) % 10);
    let down = digits.windows(2).all(|w| w[0] == (w[1] + 1) % 10);
    if same || up || down {
        return Err("a PIN is not one digit repeated nor a run such as 123456");
    }
    Ok(())
}

/// One account line, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountLine {
    pub id: String,
    /// The PHC string of the PIN's hash.
    pub hash: String,
}

/// A line of the accounts file that cannot be used: its number (from 1) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountProblem {
    pub line: usize,
    pub problem: String,
}

/// Reads the accounts file's text. Every problem is listed (a file with one is refused whole:
/// an account half-read is worse than none).
pub fn parse_accounts(text: &str) -> Result<Vec<AccountLine>, Vec<AccountProblem>> {
    let mut accounts: Vec<AccountLine> = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut problem = |p: String| problems.push(AccountProblem { line: i + 1, problem: p });
        let Some((id, hash)) = line.split_once(':') else {
            problem("not `id:hash`".into());
            continue;
        };
        if let Err(e) = check_id(id) {
            problem(format!("{e} ({id:?})"));
            continue;
        }
        if !hash.starts_with("$argon2id$") {
            problem(format!("the hash of {id} is not an Argon2id PHC string ($argon2id$…)"));
            continue;
        }
        if accounts.iter().any(|a| a.id == id) {
            problem(format!("{id} is there twice"));
            continue;
        }
        accounts.push(AccountLine { id: id.to_string(), hash: hash.to_string() });
    }
    if problems.is_empty() { Ok(accounts) } else { Err(problems) }
}

/// The accounts file's text for these accounts (a header, then one line each).
pub fn write_accounts(accounts: &[AccountLine]) -> String {
    let mut out = String::from("# cc-kiosk staff accounts: id:Argon2id hash of the PIN. Edit with `cc-kiosk staff`.\n");
    for a in accounts {
        out.push_str(&format!("{}:{}\n", a.id, a.hash));
    }
    out
}

/// How many wrong attempts lock the staff log-in, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockPolicy {
    pub max_attempts: u32,
    pub lock_for: Duration,
}

impl Default for LockPolicy {
    fn default() -> Self {
        LockPolicy { max_attempts: 5, lock_for: Duration::minutes(5) }
    }
}

/// The log-in's failures so far (kept in the store: a restart does not clear a lock).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LockState {
    /// Wrong attempts since the last success or the end of the last lock.
    pub failures: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl LockState {
    /// Until when log-ins are refused, if they are now.
    pub fn locked(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.locked_until.filter(|until| *until > now)
    }

    /// After a wrong id or PIN: one more failure; the last allowed one locks.
    pub fn after_failure(self, policy: LockPolicy, now: DateTime<Utc>) -> LockState {
        // A lock that ran out starts a new count.
        let failures = if self.locked_until.is_some_and(|u| u <= now) { 1 } else { self.failures + 1 };
        if failures >= policy.max_attempts {
            LockState { failures, locked_until: Some(now + policy.lock_for) }
        } else {
            LockState { failures, locked_until: None }
        }
    }
}

/// What the audit records (no personal data: staff ids, actions and counts only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    LoginOk,
    LoginFailed,
    Locked,
    Logout,
    IdleLogout,
    AssistStart,
    AssistEnd,
    SyncNow,
    Resume,
    Export,
    Import,
    OutOfService,
    BackInService,
}

impl AuditAction {
    pub const ALL: [AuditAction; 13] = [
        AuditAction::LoginOk,
        AuditAction::LoginFailed,
        AuditAction::Locked,
        AuditAction::Logout,
        AuditAction::IdleLogout,
        AuditAction::AssistStart,
        AuditAction::AssistEnd,
        AuditAction::SyncNow,
        AuditAction::Resume,
        AuditAction::Export,
        AuditAction::Import,
        AuditAction::OutOfService,
        AuditAction::BackInService,
    ];

    /// Its stable name (stored, counted in the heartbeat; the dashboard shows `audit-<name>`).
    pub fn id(self) -> &'static str {
        match self {
            AuditAction::LoginOk => "login-ok",
            AuditAction::LoginFailed => "login-failed",
            AuditAction::Locked => "locked",
            AuditAction::Logout => "logout",
            AuditAction::IdleLogout => "idle-logout",
            AuditAction::AssistStart => "assist-start",
            AuditAction::AssistEnd => "assist-end",
            AuditAction::SyncNow => "sync-now",
            AuditAction::Resume => "resume",
            AuditAction::Export => "export",
            AuditAction::Import => "import",
            AuditAction::OutOfService => "out-of-service",
            AuditAction::BackInService => "back-in-service",
        }
    }

    pub fn from_id(id: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// How long the audit is kept.
pub const AUDIT_KEEP_DAYS: i64 = 90;

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn ids_and_pins() {
        for ok in ["jdupont", "A.Peeters", "staff-01", "x"] {
            assert_eq!(check_id(ok), Ok(()), "{ok}");
        }
        for bad in ["", "-x", "jean dupont", "élodie", &"a".repeat(33), "a:b"] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
        for ok in ["246810", "905317", "120845987612"] {
            assert_eq!(check_pin(ok), Ok(()), "{ok}");
        }
        for bad in ["12345", "1234567890123", "24681a", "111111", "123456", "890123", "654321", "2468 10"] {
            assert!(check_pin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn accounts_file() {
        let text = "# header\n\njdupont:$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA\n  apeeters:$argon2id$v=19$x  \n";
        let accounts = parse_accounts(text).unwrap();
        assert_eq!(accounts.len(), 2);
        assert_eq!(accounts[1].id, "apeeters");
        assert_eq!(parse_accounts(&write_accounts(&accounts)).unwrap(), accounts);
        let bad = "jdupont:$argon2id$a\nno colon\nbad id:$argon2id$b\nx:$2b$12$bcrypt\njdupont:$argon2id$c\n";
        let problems = parse_accounts(bad).unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3, 4, 5]);
        assert!(problems[3].problem.contains("twice"));
    }

    #[test]
    fn five_failures_lock_for_five_minutes_then_a_new_count() {
        let p = LockPolicy::default();
        let now = t("2026-11-29T10:00:00Z");
        let mut s = LockState::default();
        for i in 1..5 {
            s = s.after_failure(p, now);
            assert_eq!((s.failures, s.locked(now)), (i, None));
        }
        s = s.after_failure(p, now);
        assert_eq!(s.locked(now), Some(t("2026-11-29T10:05:00Z")));
        assert_eq!(s.locked(t("2026-11-29T10:04:59Z")), Some(t("2026-11-29T10:05:00Z")));
        assert_eq!(s.locked(t("2026-11-29T10:05:00Z")), None, "open again at the end");
        let s = s.after_failure(p, t("2026-11-29T10:06:00Z"));
        assert_eq!((s.failures, s.locked_until), (1, None), "a new count after a lock");
    }

    #[test]
    fn audit_actions_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::from_id(a.id()), Some(a));
        }
        assert_eq!(AuditAction::from_id("nope"), None);
    }
}
