//! `cc-kiosk sync --once`: one blocking pass over the whole queue.

use cc_store::{State, Store, StoreError};

use super::http::{Central, Submit};
use super::settle::{Settled, refuse_oversize, settle};
use super::{SyncError, SyncSummary, Tuning};
use crate::config::Config;

/// A pass stops early after this many submissions in a row found the service unreachable (no
/// connection, DNS, TLS or timeout): the others would only wait for the same timeouts.
const UNREACHABLE_STOP: u32 = 3;

/// One blocking pass: rows left `sending` by a stop go back to `pending`, then every pending
/// envelope is tried once, oldest first, IGNORING back-off timers (a transient failure still
/// sets the row's back-off for the worker). The pass stops early when the service cannot be
/// reached three times in a row.
///
/// Must not be called from inside a tokio runtime (it runs its own).
///
/// # Errors
/// A configuration problem (as [`super::start`]), [`SyncError::CredentialsRefused`] on
/// `401`/`403` (the row stays pending, nothing more is sent), or [`SyncError::Store`].
pub fn sync_once(config: &Config) -> Result<SyncSummary, SyncError> {
    let central = Central::new(config)?;
    if let Some(e) = central.token_error() {
        return Err(e);
    }
    let mut store = Store::open(&config.database_path())?;
    store.reset_sending_to_pending()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SyncError::Runtime(e.to_string()))?;
    let summary = runtime.block_on(pass(&central, &mut store, &Tuning::default()))?;
    log::info!("sync: {summary}");
    Ok(summary)
}

async fn pass(central: &Central, store: &mut Store, tuning: &Tuning) -> Result<SyncSummary, SyncError> {
    let mut summary = SyncSummary::default();
    let mut unreachable_in_a_row = 0;
    for (id, body) in store.queued_bodies()? {
        // `queued_bodies` also lists rejected rows, and another process may have sent some.
        if store.get(id)?.is_none_or(|row| row.state != State::Pending) {
            continue;
        }
        if let Some(settled) = refuse_oversize(store, id, body.len()) {
            if settled? == Settled::Rejected {
                summary.rejected += 1;
            }
            continue;
        }
        match store.mark_sending(id) {
            Ok(()) => {}
            Err(StoreError::InvalidState { .. } | StoreError::NotFound { .. }) => continue,
            Err(e) => return Err(e.into()),
        }
        let outcome: Submit = central.submit(id, body).await;
        match settle(store, id, outcome, tuning)? {
            Settled::Sent => {
                summary.sent += 1;
                unreachable_in_a_row = 0;
            }
            Settled::Rejected => {
                summary.rejected += 1;
                unreachable_in_a_row = 0;
            }
            Settled::Skipped => {}
            Settled::Refused { status } => return Err(SyncError::CredentialsRefused { status }),
            Settled::NoToken => {
                return Err(central.token_error().unwrap_or(SyncError::CredentialsRefused { status: 401 }));
            }
            Settled::Transient { unreachable, .. } => {
                if unreachable {
                    unreachable_in_a_row += 1;
                    if unreachable_in_a_row >= UNREACHABLE_STOP {
                        log::warn!("sync: the central service cannot be reached; the pass stops early");
                        break;
                    }
                } else {
                    unreachable_in_a_row = 0;
                }
            }
        }
    }
    let counts = store.counts()?;
    summary.pending = counts.pending + counts.sending;
    Ok(summary)
}
