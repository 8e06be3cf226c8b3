//! What the outbox does with the answer to one `POST /v1/submissions` (shared by the worker and
//! [`super::sync_once`]).

use std::time::Duration;

use cc_store::{Store, StoreError};
use chrono::{TimeDelta, Utc};
use uuid::Uuid;

use super::Tuning;
use super::backoff::row_delay;
use super::http::Submit;

/// The row's new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Settled {
    /// Acknowledged: marked sent, payload purged.
    Sent,
    /// Refused for good: marked rejected, kept for staff.
    Rejected,
    /// Someone else (another process) already settled the row.
    Skipped,
    /// `401`/`403`: the row is back to `pending`, its attempts unchanged.
    Refused { status: u16 },
    /// Not sent, no token: the row is back to `pending`, its attempts unchanged.
    NoToken,
    /// Back to `pending`, not before `delay` from now (see [`super::http::Transient`]).
    Transient { delay: Duration, unreachable: bool, answered: bool, busy: bool },
}

/// What a row's `last_error` says when the kiosk itself refuses to send an envelope larger than
/// the contract allows (as the service would answer: `413`).
pub(crate) const TOO_LARGE: &str = "413 too_large (over 256 KiB: refused by the kiosk, not sent)";

/// An envelope over the contract's size is never sent (the service would refuse it for good, or
/// cut the connection and make it look transient): it is marked `rejected` at once, kept for
/// staff. `None` when `size` is within the limit.
pub(crate) fn refuse_oversize(store: &mut Store, id: Uuid, size: usize) -> Option<Result<Settled, StoreError>> {
    if size <= cc_core::envelope::MAX_BODY_BYTES {
        return None;
    }
    log::warn!("sync: submission {id} is {size} bytes, over the contract's limit: rejected without sending");
    Some(match store.mark_rejected(id, TOO_LARGE, Utc::now()) {
        Ok(()) => Ok(Settled::Rejected),
        Err(StoreError::InvalidState { .. } | StoreError::NotFound { .. }) => Ok(Settled::Skipped),
        Err(e) => Err(e),
    })
}

/// Records the outcome of sending row `id` (which is `sending`).
pub(crate) fn settle(store: &mut Store, id: Uuid, outcome: Submit, tuning: &Tuning) -> Result<Settled, StoreError> {
    let already = |result: Result<(), StoreError>, done: Settled| match result {
        Ok(()) => Ok(done),
        Err(StoreError::InvalidState { state, .. }) => {
            log::info!("sync: submission {id} was already {state}");
            Ok(Settled::Skipped)
        }
        Err(e) => Err(e),
    };
    match outcome {
        Submit::Accepted { reference } => {
            log::debug!("sync: submission {id} acknowledged");
            already(store.mark_sent(id, &reference, Utc::now()), Settled::Sent)
        }
        Submit::Rejected { error } => {
            log::warn!("sync: submission {id} refused for good by the central service: {error}");
            already(store.mark_rejected(id, &error, Utc::now()), Settled::Rejected)
        }
        Submit::Refused { status } => {
            // Only this worker marks rows `sending`, one at a time: this puts back exactly this
            // row, without counting an attempt or moving its next attempt.
            store.reset_sending_to_pending()?;
            Ok(Settled::Refused { status })
        }
        Submit::NoToken => {
            store.reset_sending_to_pending()?;
            Ok(Settled::NoToken)
        }
        Submit::Transient(t) => {
            let attempts = store.get(id)?.map_or(0, |row| row.attempts);
            let delay = row_delay(tuning.backoff_base, tuning.backoff_cap, attempts, t.retry_after);
            let next =
                TimeDelta::from_std(delay).ok().and_then(|d| Utc::now().checked_add_signed(d)).unwrap_or_else(Utc::now);
            log::debug!("sync: submission {id} not sent ({}); next try in {:.1} s", t.why, delay.as_secs_f64());
            let settled = Settled::Transient { delay, unreachable: t.unreachable, answered: t.answered, busy: t.busy };
            already(store.mark_retry(id, &t.why, next), settled)
        }
    }
}
