//! One clock for the whole kiosk: dates and times as they are in Brussels (`Europe/Brussels`,
//! from the IANA time zone database compiled in by `chrono-tz`), whatever zone the machine is
//! set to. The calendar's "today", the check that the facts are not in the future, the content's
//! dates, and the times shown to staff and printed on a receipt all come from here.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Brussels;
use chrono_tz::Tz;

/// The instant `now` on Brussels' clocks.
pub fn brussels(now: DateTime<Utc>) -> DateTime<Tz> {
    now.with_timezone(&Brussels)
}

/// The date in Brussels at the instant `now` (at the far ends of chrono's range, where the
/// local time does not exist, the UTC date).
pub fn brussels_today(now: DateTime<Utc>) -> NaiveDate {
    use chrono::{Offset, TimeZone};
    let utc = now.naive_utc();
    let offset = Brussels.offset_from_utc_datetime(&utc).fix();
    utc.checked_add_offset(offset).unwrap_or(utc).date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn brussels_dates_across_midnight_and_the_clock_changes() {
        let at = |y, mo, d, h, mi| Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().expect("time");
        for (utc, expected) in [
            (at(2026, 11, 26, 22, 59), date(2026, 11, 26)), // 23:59 CET
            (at(2026, 11, 26, 23, 0), date(2026, 11, 27)),  // 00:00 CET
            (at(2026, 7, 1, 21, 59), date(2026, 7, 1)),     // 23:59 CEST
            (at(2026, 7, 1, 22, 0), date(2026, 7, 2)),      // 00:00 CEST
            // Summer time 2026: from 29 March 01:00 UTC to 25 October 01:00 UTC.
            (at(2026, 3, 28, 22, 30), date(2026, 3, 28)), // still winter: 23:30
            (at(2026, 3, 29, 22, 30), date(2026, 3, 30)), // summer: 00:30
            (at(2026, 10, 24, 22, 30), date(2026, 10, 25)), // summer: 00:30
            (at(2026, 10, 25, 22, 30), date(2026, 10, 25)), // winter again: 23:30
            (at(2026, 12, 31, 23, 0), date(2027, 1, 1)),
            (at(2026, 1, 1, 0, 0), date(2026, 1, 1)),
        ] {
            assert_eq!(brussels_today(utc), expected, "{utc}");
        }
        // The hour, for the times shown: 14:05 UTC is 15:05 in winter, 16:05 in summer.
        assert_eq!(brussels(at(2026, 1, 15, 14, 5)).format("%H:%M").to_string(), "15:05");
        assert_eq!(brussels(at(2026, 6, 15, 14, 5)).format("%H:%M").to_string(), "16:05");
        // No panic at the far ends of chrono's range.
        let _ = brussels_today(DateTime::<Utc>::MAX_UTC);
        let _ = brussels_today(DateTime::<Utc>::MIN_UTC);
    }
}
