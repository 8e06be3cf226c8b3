//! Crash loops: the kiosk keeps the times it started since its last clean stop, in
//! `<data_dir>/starts`. When it has started [`LOOP_STARTS`] times within [`LOOP_WINDOW`] without a
//! clean stop (a crash, a kill, a watchdog restart, a power cut in between each), it comes up on
//! the out-of-order screen instead of flickering through crashes in front of visitors; a staff
//! member puts it back in service, or a clean restart (`systemctl restart`) clears the count.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};

/// Starts within [`LOOP_WINDOW`] that make a crash loop.
pub const LOOP_STARTS: usize = 5;
/// The window of a crash loop.
pub const LOOP_WINDOW: TimeDelta = TimeDelta::minutes(5);

/// Whether `starts` (this one included) make a crash loop at `now`.
pub fn is_crash_loop(starts: &[DateTime<Utc>], now: DateTime<Utc>) -> bool {
    starts.iter().filter(|t| **t <= now && now - **t < LOOP_WINDOW).count() >= LOOP_STARTS
}

/// The file of start times.
pub fn file(data_dir: &Path) -> PathBuf {
    data_dir.join("starts")
}

/// Records a start at `now`; returns whether the kiosk is in a crash loop. A file that cannot be
/// read or written counts as no loop (the kiosk must start; the log says why).
pub fn record_start(data_dir: &Path, now: DateTime<Utc>) -> bool {
    let path = file(data_dir);
    let mut starts: Vec<DateTime<Utc>> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| DateTime::parse_from_rfc3339(l.trim()).ok())
        .map(|t| t.with_timezone(&Utc))
        .filter(|t| now - *t < LOOP_WINDOW)
        .collect();
    starts.push(now);
    let text: String = starts.iter().map(|t| format!("{}\n", t.to_rfc3339())).collect();
    if let Err(e) = crate::files::write_atomically(&path, text.as_bytes()) {
        log::warn!("{}: cannot record this start: {e}", path.display());
    }
    is_crash_loop(&starts, now)
}

/// A clean stop: the count starts again.
pub fn record_clean_stop(data_dir: &Path) {
    let path = file(data_dir);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => log::warn!("{}: cannot clear the starts: {e}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(minute: i64, second: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + TimeDelta::days(20_000) + TimeDelta::minutes(minute) + TimeDelta::seconds(second)
    }

    #[test]
    fn five_starts_in_five_minutes_are_a_loop() {
        let four: Vec<_> = (0..4).map(|i| t(i, 0)).collect();
        assert!(!is_crash_loop(&four, t(4, 0)));
        let mut five = four.clone();
        five.push(t(4, 0));
        assert!(is_crash_loop(&five, t(4, 0)));
        // Spread over more than five minutes: no loop.
        let slow: Vec<_> = (0..5).map(|i| t(i * 2, 0)).collect();
        assert!(!is_crash_loop(&slow, t(8, 0)));
    }

    #[test]
    fn starts_are_kept_until_a_clean_stop() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..4 {
            assert!(!record_start(dir.path(), t(i, 0)), "start {i}");
        }
        assert!(record_start(dir.path(), t(4, 0)), "the fifth start in five minutes");
        assert!(record_start(dir.path(), t(4, 30)), "still looping");
        record_clean_stop(dir.path());
        assert!(!record_start(dir.path(), t(5, 0)), "a clean stop clears the count");
        // A damaged file counts as no start.
        std::fs::write(file(dir.path()), "garbage\n\u{0}\n").unwrap();
        assert!(!record_start(dir.path(), t(6, 0)));
        // A data folder that cannot be written: no loop, and no panic.
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, "x").unwrap();
        assert!(!record_start(&blocker.join("data"), t(7, 0)));
    }
}
