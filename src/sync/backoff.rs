//! Exponential back-off with full jitter ("Exponential Backoff And Jitter", AWS architecture
//! blog): the wait is drawn uniformly between zero and `min(cap, base × 2^failures)`.

use std::time::Duration;

/// A wait drawn uniformly in `[0, min(cap, base × 2^failures)]`.
pub(crate) fn full_jitter(base: Duration, cap: Duration, failures: u32) -> Duration {
    ceiling(base, cap, failures).mul_f64(rand::random::<f64>())
}

/// `min(cap, base × 2^failures)`, without overflow.
pub(crate) fn ceiling(base: Duration, cap: Duration, failures: u32) -> Duration {
    let factor = 2u32.checked_pow(failures).unwrap_or(u32::MAX);
    base.saturating_mul(factor).min(cap)
}

/// The back-off of a row after its `attempts`-th failure (0 for the first), never shorter than
/// the service's `Retry-After`.
pub(crate) fn row_delay(base: Duration, cap: Duration, attempts: u32, retry_after: Option<Duration>) -> Duration {
    let drawn = full_jitter(base, cap, attempts);
    match retry_after {
        Some(at_least) => drawn.max(at_least),
        None => drawn,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceiling_doubles_then_caps() {
        let base = Duration::from_secs(1);
        let cap = Duration::from_secs(300);
        assert_eq!(ceiling(base, cap, 0), Duration::from_secs(1));
        assert_eq!(ceiling(base, cap, 3), Duration::from_secs(8));
        assert_eq!(ceiling(base, cap, 9), Duration::from_secs(300));
        assert_eq!(ceiling(base, cap, u32::MAX), Duration::from_secs(300));
    }

    #[test]
    fn jitter_stays_in_range_and_spreads() {
        let base = Duration::from_millis(100);
        let cap = Duration::from_secs(10);
        let draws: Vec<Duration> = (0..200).map(|_| full_jitter(base, cap, 4)).collect();
        assert!(draws.iter().all(|d| *d <= Duration::from_millis(1600)));
        let low = draws.iter().filter(|d| **d < Duration::from_millis(800)).count();
        assert!((40..=160).contains(&low), "{low} of 200 in the lower half");
    }

    #[test]
    fn retry_after_is_a_floor() {
        let d = row_delay(Duration::from_millis(1), Duration::from_millis(2), 0, Some(Duration::from_secs(5)));
        assert_eq!(d, Duration::from_secs(5));
    }
}
