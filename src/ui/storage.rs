//! The queue's health as the visitor meets it: opened on first use, checked by a real write
//! every [`STORAGE_CHECK`]; while it cannot be written the forms are closed with a plain notice.

use slint::ComponentHandle;

use cc_store::{MovedAside, Store, StoreError};

use super::{ALERT_QUEUE_UNWRITABLE, Fault, Kiosk, STORAGE_CHECK, STORAGE_FAULT_CHECKS, Session};

impl Kiosk {
    /// Opens the queue now (the kiosk does so at start-up to fail early in the log).
    pub fn open_store(&self) -> Result<(), StoreError> {
        let mut st = self.state.borrow_mut();
        if st.store.is_none() {
            st.store = Some(Store::open(&st.config.database_path())?);
        }
        drop(st);
        self.load_terminal_state();
        Ok(())
    }

    /// Opens the queue at start-up: a damaged database is moved aside (never deleted) and a new
    /// one created ([`Store::open_checked`]); returns what was moved aside.
    pub fn open_store_checked(&self) -> Result<Option<MovedAside>, StoreError> {
        let mut st = self.state.borrow_mut();
        let opened = Store::open_checked(&st.config.database_path())?;
        st.store = Some(opened.store);
        drop(st);
        self.load_terminal_state();
        Ok(opened.moved_aside)
    }

    /// At the stop: checkpoints the queue's WAL into the database and closes it.
    pub fn close_store(&self) -> Result<(), StoreError> {
        let store = self.state.borrow_mut().store.take();
        self.state.borrow().storage_check.stop();
        match store {
            Some(store) => store.checkpoint(),
            None => Ok(()),
        }
    }

    /// Checks now, then every [`STORAGE_CHECK`], that the queue can be written (a real write):
    /// while it cannot, the forms are closed with a plain notice (information, search and the
    /// questionnaire stay open); they reopen by themselves when the storage heals.
    pub fn watch_storage(&self) {
        self.check_storage();
        let k = self.weak();
        self.state.borrow().storage_check.start(slint::TimerMode::Repeated, STORAGE_CHECK, move || {
            k.with(|k| k.check_storage());
        });
    }

    /// Whether the forms are open (the queue could be written at the last check).
    pub fn forms_open(&self) -> bool {
        !self.state.borrow().forms_closed()
    }

    /// One storage check: open the queue if it is not, write one row of `health`.
    pub(super) fn check_storage(&self) {
        let result = {
            let mut st = self.state.borrow_mut();
            let opened = match st.store.take() {
                Some(store) => Ok(store),
                None => Store::open(&st.config.database_path()),
            };
            match opened {
                Ok(mut store) => {
                    let probe = store.probe_write(chrono::Utc::now());
                    // A broken connection may hold on to a dead file: open again next time.
                    if probe.is_ok() {
                        st.store = Some(store);
                    }
                    probe
                }
                Err(e) => Err(e),
            }
        };
        self.storage_checked(result.err());
    }

    /// Records the result of a storage check: `problem` closes the forms.
    fn storage_checked(&self, problem: Option<StoreError>) {
        let closed = problem.is_some();
        let (was_closed, checks) = {
            let mut st = self.state.borrow_mut();
            let was_closed = st.forms_closed();
            st.unwritable_checks = if closed { st.unwritable_checks.saturating_add(1) } else { 0 };
            (was_closed, st.unwritable_checks)
        };
        // Unwritable for long: out of order by itself; healed: back by itself.
        if checks >= STORAGE_FAULT_CHECKS && self.fault().is_none() {
            self.set_fault(Some(Fault::StorageDown));
        } else if !closed && self.fault() == Some(Fault::StorageDown) {
            self.set_fault(None);
        }
        if closed != was_closed {
            match &problem {
                // No personal data: the store's errors name the file and the reason only.
                Some(e) => log::error!("the queue cannot be written: the forms are closed ({e})"),
                None => log::info!("the queue can be written again: the forms are open"),
            }
            if let Some(w) = self.state.borrow().worker.as_ref() {
                w.alert(ALERT_QUEUE_UNWRITABLE, closed);
            }
        }
        let session = self.window.global::<Session>();
        session.set_forms_closed(closed);
        if !closed {
            session.set_forms_notice(false);
        }
    }
}
