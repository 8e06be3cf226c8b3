//! The bridge between the sync worker (tokio, its own thread) and the UI: the worker's events
//! are carried onto the Slint event loop and applied by the adapters; the UI's requests go to
//! the worker through the [`Worker`] trait.

use std::cell::RefCell;

use crate::sync::{FollowUpResult, SyncError, SyncEvent, SyncHandle};

use super::{Answer, Kiosk, WeakKiosk, Worker};

impl Worker for SyncHandle {
    fn wake(&self) {
        SyncHandle::wake(self);
    }

    fn follow_up(&self, request_id: u64, reference: String, code: String) {
        SyncHandle::follow_up(self, request_id, reference, code);
    }

    fn alert(&self, code: &'static str, on: bool) {
        SyncHandle::alert(self, code, on);
    }

    fn sync_now(&self) {
        SyncHandle::sync_now(self);
    }

    fn set_staff_mode(&self, on: bool) {
        SyncHandle::set_staff_mode(self, on);
    }
}

/// Applies one event of the worker to the kiosk (on the UI thread).
pub fn apply(kiosk: &Kiosk, event: SyncEvent) {
    match event {
        SyncEvent::Status(status) => {
            kiosk.connection_changed(status.online, status.pending, status.credentials_refused || status.token_missing);
            kiosk.link_changed(super::staff::LinkInfo {
                online: status.online,
                last_sync_at: status.last_sync_at,
                credentials_refused: status.credentials_refused,
                token_missing: status.token_missing,
            });
        }
        SyncEvent::FollowUp { request_id, result } => {
            let answer = match result {
                FollowUpResult::Found { status, updated_at } => Answer::Found { status, updated_at },
                FollowUpResult::NotFound => Answer::NotFound,
                // For the visitor, refused credentials are the service being unavailable.
                FollowUpResult::Offline | FollowUpResult::CredentialsRefused => Answer::Offline,
            };
            kiosk.follow_up_answered(request_id, answer);
        }
    }
}

thread_local! {
    /// The kiosk that the worker's events go to (the UI thread's one).
    static TARGET: RefCell<Option<WeakKiosk>> = const { RefCell::new(None) };
}

/// Starts the sync worker for this kiosk: its events reach the kiosk on the Slint event loop
/// (`slint::invoke_from_event_loop`), and the kiosk's submits and follow-up questions reach it.
pub fn start_sync(kiosk: &Kiosk) -> Result<SyncHandle, SyncError> {
    TARGET.with(|t| *t.borrow_mut() = Some(kiosk.weak()));
    let config = kiosk.state.borrow().config.clone();
    let handle = crate::sync::start(&config, |event| {
        // The event loop is gone only when the kiosk is closing: nothing left to show.
        let _ = slint::invoke_from_event_loop(move || {
            TARGET.with(|t| {
                if let Some(k) = t.borrow().as_ref() {
                    k.with(|k| apply(k, event));
                }
            })
        });
    })?;
    kiosk.set_worker(Box::new(handle.clone()));
    Ok(handle)
}
