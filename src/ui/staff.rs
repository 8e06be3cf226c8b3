//! Staff mode: the way in (a long press on the name, Ctrl+Alt+S), the log-in with its lock,
//! the staff menu, the assisted session, the terminal's dashboard and its actions, the audit.
//!
//! Nothing of a visitor is ever on a staff screen: entering staff mode ends the visit, the
//! dashboard shows counts, references, kinds, times and the service's error texts only, and the
//! audit records staff ids and actions. The PIN is held only while it is typed.

use std::path::PathBuf;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use cc_core::staff::{AuditAction, LockState, PIN_MAX};
use cc_store::Store;

use super::{AuditRow, DashRow, Fault, Kiosk, Nav, Page, RejectedRow, Staff};
use crate::i18n::Translations;

/// The link to the central service as the worker last reported it (no personal data).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkInfo {
    pub online: bool,
    /// RFC 3339.
    pub last_sync_at: Option<String>,
    pub credentials_refused: bool,
    pub token_missing: bool,
}

/// Staff mode's state (not the visitor's: the wipe of a visit does not touch it).
#[derive(Default)]
pub(super) struct StaffState {
    /// The log-in as typed; the PIN is forgotten at every attempt and every way out.
    login_id: String,
    pin: String,
    /// The staff member logged in.
    pub id: Option<String>,
    /// An assisted session is on.
    pub assisting: bool,
    pub out_of_service: bool,
    /// The export/import folder typed on the dashboard.
    folder: String,
    pub link: LinkInfo,
}

/// How many refused submissions and audit lines the dashboard lists.
const DASH_REJECTED: usize = 20;
const DASH_AUDIT: usize = 15;

/// The staff screens `cc-kiosk screenshot` knows.
pub(super) const SCREENS: &[&str] =
    &["staff-login", "staff-login-locked", "staff-menu", "staff-dashboard", "assisted", "out-of-service"];

/// Whether a page is one of staff mode's.
pub(super) fn is_staff_page(page: Page) -> bool {
    matches!(page, Page::StaffLogin | Page::StaffMenu | Page::StaffDashboard)
}

impl Kiosk {
    pub(super) fn wire_staff(&self) {
        let s = self.window.global::<Staff>();
        let k = self.weak();
        s.on_enter(move || k.with(|k| k.staff_enter()));
        let k = self.weak();
        s.on_set_login_id(move |v| {
            k.with(|k| {
                k.state.borrow_mut().staff.login_id = v.to_string();
                k.show_login();
            })
        });
        let k = self.weak();
        s.on_pin_key(move |key| k.with(|k| k.pin_key(&key)));
        let k = self.weak();
        s.on_submit(move || k.with(|k| k.staff_submit()));
        let k = self.weak();
        s.on_cancel(move || k.with(|k| k.staff_cancel()));
        let k = self.weak();
        s.on_start_assist(move || k.with(|k| k.start_assist()));
        let k = self.weak();
        s.on_end_assist(move || k.with(|k| k.end_assist()));
        let k = self.weak();
        s.on_open_dashboard(move || {
            k.with(|k| {
                k.window.global::<Staff>().set_result(SharedString::new());
                k.refresh_dashboard();
                k.go_staff(Page::StaffDashboard);
            })
        });
        let k = self.weak();
        s.on_logout(move || k.with(|k| k.staff_logout(AuditAction::Logout)));
        let k = self.weak();
        s.on_sync_now(move || k.with(|k| k.staff_sync_now()));
        let k = self.weak();
        s.on_set_folder(move |v| {
            k.with(|k| {
                k.state.borrow_mut().staff.folder = v.to_string();
                k.window.global::<Staff>().set_folder(v);
            })
        });
        let k = self.weak();
        s.on_export(move || k.with(|k| k.staff_export()));
        let k = self.weak();
        s.on_import(move || k.with(|k| k.staff_import()));
        let k = self.weak();
        s.on_toggle_service(move || k.with(|k| k.staff_toggle_service()));
    }

    /// The staff screens' typed fields (the on-screen keyboard reads and edits them here).
    pub(super) fn staff_field(&self, id: &str) -> Option<String> {
        let st = self.state.borrow();
        match id {
            "staff-id" => Some(st.staff.login_id.clone()),
            "staff-folder" => Some(st.staff.folder.clone()),
            _ => None,
        }
    }

    /// Sets a staff field; false when `id` is not one.
    pub(super) fn set_staff_field(&self, id: &str, value: &str) -> bool {
        let s = self.window.global::<Staff>();
        match id {
            "staff-id" => s.invoke_set_login_id(value.into()),
            "staff-folder" => s.invoke_set_folder(value.into()),
            _ => return false,
        }
        true
    }

    /// Puts the kiosk in the state of a staff screen with sample values (screenshots); false
    /// when `screen` is not one.
    pub(super) fn prepare_staff_screen(&self, screen: &str, lang: &str) -> bool {
        if !SCREENS.contains(&screen) {
            return false;
        }
        let s = self.window.global::<Staff>();
        let log_in = || {
            self.state.borrow_mut().staff.id = Some("jdupont".into());
            s.set_id("jdupont".into());
        };
        match screen {
            "staff-login" | "staff-login-locked" => {
                self.staff_enter();
                {
                    let mut st = self.state.borrow_mut();
                    st.staff.login_id = "jdupont".into();
                    st.staff.pin = "2468".into();
                }
                self.show_login();
                if screen == "staff-login-locked" {
                    s.set_login_error("staff-login-locked".into());
                    s.set_locked_until("10:05".into());
                }
            }
            "staff-menu" => {
                log_in();
                self.go_staff(Page::StaffMenu);
            }
            "staff-dashboard" => {
                log_in();
                self.state.borrow_mut().staff.link = LinkInfo {
                    online: true,
                    last_sync_at: Some("2026-11-26T10:14:02Z".into()),
                    credentials_refused: false,
                    token_missing: false,
                };
                self.state.borrow_mut().staff.folder = "/media/usb0/cc-kiosk-export".into();
                s.set_folder("/media/usb0/cc-kiosk-export".into());
                s.set_result("staff-done-sync".into());
                self.refresh_dashboard();
                self.go_staff(Page::StaffDashboard);
            }
            "assisted" => {
                log_in();
                self.state.borrow_mut().staff.assisting = true;
                s.set_assisting(true);
                self.window.global::<Nav>().set_page(Page::Start);
            }
            _ => {
                self.state.borrow_mut().staff.out_of_service = true;
                s.set_out_of_service(true);
                self.window.global::<Nav>().set_page(Page::OutOfService);
            }
        }
        if screen != "out-of-service" {
            self.window.global::<Nav>().invoke_choose_language(lang.into());
        }
        true
    }

    /// Back from the dashboard: the staff menu.
    pub(super) fn staff_menu(&self) {
        self.go_staff(Page::StaffMenu);
    }

    /// Fixes the kiosk's clock (the calendar's "today" in Brussels, the envelopes' time and the
    /// facts' latest date, staff mode's lock and audit): for tests.
    pub fn set_clock(&self, clock: impl Fn() -> DateTime<Utc> + 'static) {
        let mut st = self.state.borrow_mut();
        st.clock = Rc::new(clock);
        let today = st.today();
        st.cursor = (chrono::Datelike::year(&today), chrono::Datelike::month(&today));
        drop(st);
        self.refresh_dates();
    }

    pub(super) fn now(&self) -> DateTime<Utc> {
        let clock = self.state.borrow().clock.clone();
        clock()
    }

    /// The staff member logged in, if any.
    pub fn staff_id(&self) -> Option<String> {
        self.state.borrow().staff.id.clone()
    }

    /// The worker's latest report on the link (for the dashboard).
    pub fn link_changed(&self, link: LinkInfo) {
        self.state.borrow_mut().staff.link = link;
        if self.window.global::<Nav>().get_page() == Page::StaffDashboard {
            self.refresh_dashboard();
        }
    }

    /// Shows a staff page and restarts the staff session's idle timer.
    fn go_staff(&self, page: Page) {
        self.hide_keyboard();
        self.window.global::<Nav>().set_page(page);
        self.restart_idle();
    }

    /// The way in: the log-in (the visit, if one is open, ends first: nothing of a visitor
    /// stays behind a staff screen). Already logged in: the staff menu.
    fn staff_enter(&self) {
        if is_staff_page(self.window.global::<Nav>().get_page()) {
            return;
        }
        let logged_in = self.state.borrow().staff.id.is_some();
        if logged_in {
            self.end_assist();
            return;
        }
        self.wipe();
        {
            let mut st = self.state.borrow_mut();
            st.staff.login_id.clear();
            st.staff.pin.clear();
        }
        let off = self.state.borrow().config.staff.is_none();
        let s = self.window.global::<Staff>();
        s.set_login_error(if off { "staff-login-off" } else { "" }.into());
        s.set_locked_until(SharedString::new());
        self.show_login();
        self.go_staff(Page::StaffLogin);
    }

    fn show_login(&self) {
        let st = self.state.borrow();
        let s = self.window.global::<Staff>();
        s.set_login_id(st.staff.login_id.as_str().into());
        s.set_pin_length(st.staff.pin.chars().count() as i32);
    }

    fn pin_key(&self, key: &str) {
        {
            let mut st = self.state.borrow_mut();
            let pin = &mut st.staff.pin;
            match key {
                "delete" => {
                    pin.pop();
                }
                "clear" => pin.clear(),
                d if d.len() == 1 && d.chars().all(|c| c.is_ascii_digit()) && pin.len() < PIN_MAX => pin.push_str(d),
                _ => {}
            }
        }
        self.show_login();
    }

    /// "Log in": refused while locked; a wrong id or PIN counts towards the lock and never
    /// says which was wrong.
    fn staff_submit(&self) {
        let Some(staff) = self.state.borrow().config.staff.clone() else { return };
        let (id, pin) = {
            let mut st = self.state.borrow_mut();
            (st.staff.login_id.trim().to_string(), std::mem::take(&mut st.staff.pin))
        };
        self.show_login();
        let now = self.now();
        let s = self.window.global::<Staff>();
        let lock = self.with_store(|store| store.lock_state()).unwrap_or_default();
        if let Some(until) = lock.locked(now) {
            s.set_login_error("staff-login-locked".into());
            s.set_locked_until(local_time(until).into());
            return;
        }
        let accounts = match crate::staff::load(&staff.accounts_file) {
            Ok(a) => a,
            Err(e) => {
                log::error!("staff: {e}");
                vec![]
            }
        };
        if crate::staff::verify(&accounts, &id, &pin) {
            self.with_store(|store| {
                store.set_lock_state(LockState::default())?;
                store.audit(now, &id, AuditAction::LoginOk, "")
            });
            log::info!("staff: a staff member logged in (the audit names them)");
            {
                let mut st = self.state.borrow_mut();
                st.staff.id = Some(id.clone());
                st.staff.login_id.clear();
            }
            s.set_id(id.into());
            s.set_login_error(SharedString::new());
            if let Some(w) = self.state.borrow().worker.as_ref() {
                w.set_staff_mode(true);
            }
            self.go_staff(Page::StaffMenu);
            return;
        }
        // The audit names a known account only: an unknown id may be anything a person typed.
        let known = accounts.iter().any(|a| a.id == id);
        let who = if known { id.as_str() } else { "?" };
        let after = lock.after_failure(staff.lock, now);
        self.with_store(|store| {
            store.set_lock_state(after)?;
            store.audit(now, who, AuditAction::LoginFailed, "")?;
            if after.locked(now).is_some() { store.audit(now, who, AuditAction::Locked, "") } else { Ok(()) }
        });
        log::warn!("staff: a wrong staff id or PIN ({} in a row)", after.failures);
        match after.locked(now) {
            Some(until) => {
                s.set_login_error("staff-login-locked".into());
                s.set_locked_until(local_time(until).into());
            }
            None => s.set_login_error("staff-login-failed".into()),
        }
    }

    fn staff_cancel(&self) {
        {
            let mut st = self.state.borrow_mut();
            st.staff.login_id.clear();
            st.staff.pin.clear();
        }
        self.show_login();
        self.wipe();
    }

    /// Ends the staff session ("Log out", or the staff idle timer): back to the start screen.
    pub(super) fn staff_logout(&self, why: AuditAction) {
        let Some(id) = self.state.borrow().staff.id.clone() else { return };
        if self.state.borrow().staff.assisting {
            self.end_assist();
        }
        let now = self.now();
        self.with_store(|store| store.audit(now, &id, why, ""));
        log::info!("staff: the staff member logged out");
        {
            let mut st = self.state.borrow_mut();
            st.staff.id = None;
            st.staff.folder.clear();
        }
        let s = self.window.global::<Staff>();
        s.set_id(SharedString::new());
        s.set_folder(SharedString::new());
        s.set_result(SharedString::new());
        for list in [Staff::set_link, Staff::set_queue, Staff::set_terminal] {
            list(&s, ModelRc::default());
        }
        s.set_rejected(ModelRc::default());
        s.set_audit(ModelRc::default());
        if let Some(w) = self.state.borrow().worker.as_ref() {
            w.set_staff_mode(false);
        }
        self.state.borrow().staff_idle.stop();
        self.wipe();
    }

    /// "Help a visitor": the visitor's screens with the banner; what they send carries the
    /// staff id (`assisted_by`).
    fn start_assist(&self) {
        let Some(id) = self.state.borrow().staff.id.clone() else { return };
        let now = self.now();
        self.with_store(|store| store.audit(now, &id, AuditAction::AssistStart, ""));
        {
            let mut st = self.state.borrow_mut();
            st.staff.assisting = true;
            st.assisted_by = Some(id);
        }
        self.state.borrow().staff_idle.stop();
        self.window.global::<Staff>().set_assisting(true);
        self.wipe();
    }

    /// "End" (the banner), or an assisted visit left without a touch: the visit is wiped and
    /// staff are back on their menu.
    pub(super) fn end_assist(&self) {
        let Some(id) = self.state.borrow().staff.id.clone() else { return };
        if std::mem::take(&mut self.state.borrow_mut().staff.assisting) {
            let now = self.now();
            self.with_store(|store| store.audit(now, &id, AuditAction::AssistEnd, ""));
        }
        self.state.borrow_mut().assisted_by = None;
        self.window.global::<Staff>().set_assisting(false);
        self.wipe();
        self.go_staff(Page::StaffMenu);
    }

    /// Where a wiped visit lands: the staff menu in staff mode (not assisting), the start
    /// screen of an assisted session, the out-of-order screen, or the start screen.
    pub(super) fn landing_page(&self) -> Page {
        let st = self.state.borrow();
        match (&st.staff.id, st.staff.assisting, st.staff.out_of_service || st.fault.is_some()) {
            (Some(_), false, _) => Page::StaffMenu,
            (Some(_), true, _) => Page::Start,
            (None, _, true) => Page::OutOfService,
            (None, _, false) => Page::Start,
        }
    }

    /// Reads the terminal's kept settings once the queue is open (out of service survives a
    /// restart).
    pub(super) fn load_terminal_state(&self) {
        let out = self.with_store(|store| store.out_of_service()).unwrap_or(false);
        self.state.borrow_mut().staff.out_of_service = out;
        self.show_service();
    }

    /// Puts the kiosk out of order by itself (`Some`), or lifts that (`None`). The start screen
    /// turns into the out-of-order screen at once; a visitor in the middle of a visit finishes
    /// it first.
    pub fn set_fault(&self, fault: Option<Fault>) {
        let before = std::mem::replace(&mut self.state.borrow_mut().fault, fault);
        if before != fault {
            match fault {
                Some(f) => log::error!("the kiosk is out of order by itself: {f:?}"),
                None => log::info!("the kiosk is back in service by itself ({before:?} is over)"),
            }
        }
        self.show_service();
    }

    /// Why the kiosk put itself out of order, if it did.
    pub fn fault(&self) -> Option<Fault> {
        self.state.borrow().fault
    }

    /// Shows whether the terminal is in service (set by staff, or out of order by itself), and
    /// moves an idle screen to where it now belongs.
    fn show_service(&self) {
        let out = {
            let st = self.state.borrow();
            st.staff.out_of_service || st.fault.is_some()
        };
        self.window.global::<Staff>().set_out_of_service(out);
        let nav = self.window.global::<Nav>();
        if matches!(nav.get_page(), Page::Start | Page::OutOfService) && !self.state.borrow().staff.assisting {
            nav.set_page(self.landing_page());
        }
    }

    fn staff_sync_now(&self) {
        let Some(id) = self.state.borrow().staff.id.clone() else { return };
        let resume = {
            let link = &self.state.borrow().staff.link;
            link.credentials_refused || link.token_missing
        };
        if let Some(w) = self.state.borrow().worker.as_ref() {
            w.sync_now();
        }
        let now = self.now();
        let action = if resume { AuditAction::Resume } else { AuditAction::SyncNow };
        self.with_store(|store| store.audit(now, &id, action, ""));
        self.done("staff-done-sync".into(), false);
    }

    fn folder(&self) -> Option<PathBuf> {
        let folder = self.state.borrow().staff.folder.trim().to_string();
        (!folder.is_empty()).then(|| PathBuf::from(folder))
    }

    fn staff_export(&self) {
        let (Some(id), Some(dir)) = (self.state.borrow().staff.id.clone(), self.folder()) else { return };
        let result = self.with_store_result(|store| crate::cli::outbox::export(store, &dir));
        let now = self.now();
        match result {
            Ok(n) => {
                self.with_store(|store| store.audit(now, &id, AuditAction::Export, &n.to_string()));
                self.done(Translations::key_with_args("staff-done-export", &[("value", n)]), false);
            }
            Err(e) => self.failed(&e),
        }
    }

    fn staff_import(&self) {
        let (Some(id), Some(dir)) = (self.state.borrow().staff.id.clone(), self.folder()) else { return };
        let result = self.with_store_result(|store| crate::cli::outbox::import(store, &dir));
        let now = self.now();
        match result {
            Ok(r) => {
                let detail = format!("{}/{}/{}/{}", r.imported, r.already_queued, r.refused.len(), r.skipped.len());
                self.with_store(|store| store.audit(now, &id, AuditAction::Import, &detail));
                for (file, why) in &r.refused {
                    // File names and reasons only (never an envelope's content).
                    log::warn!("staff import: refused {}: {why}", file.display());
                }
                if let Some(w) = self.state.borrow().worker.as_ref() {
                    w.wake();
                }
                let key = Translations::key_with_args(
                    "staff-done-import-details",
                    &[
                        ("imported", r.imported),
                        ("already", r.already_queued),
                        ("refused", r.refused.len()),
                        ("skipped", r.skipped.len()),
                    ],
                );
                self.done(key, !r.refused.is_empty());
            }
            Err(e) => self.failed(&e),
        }
    }

    fn staff_toggle_service(&self) {
        let Some(id) = self.state.borrow().staff.id.clone() else { return };
        // Out of service by staff or by itself: "back in service" lifts both.
        let out = {
            let st = self.state.borrow();
            !(st.staff.out_of_service || st.fault.is_some())
        };
        match self.with_store_result(|store| store.set_out_of_service(out).map_err(|e| e.to_string())) {
            Ok(()) => {
                {
                    let mut st = self.state.borrow_mut();
                    st.staff.out_of_service = out;
                    if !out {
                        st.fault = None;
                    }
                }
                self.show_service();
                let now = self.now();
                let action = if out { AuditAction::OutOfService } else { AuditAction::BackInService };
                self.with_store(|store| store.audit(now, &id, action, ""));
                log::info!("staff: the terminal is {}", if out { "out of service" } else { "back in service" });
                self.done(if out { "staff-done-out" } else { "staff-done-back" }.into(), false);
            }
            Err(e) => self.failed(&e),
        }
    }

    fn done(&self, key: String, failed: bool) {
        let s = self.window.global::<Staff>();
        s.set_result(key.into());
        s.set_result_failed(failed);
        self.refresh_dashboard();
    }

    fn failed(&self, why: &str) {
        // The reason names files and the system's error; the screen shows it as it is.
        let s = self.window.global::<Staff>();
        s.set_result(format!("staff-failed?value={}", why.replace(['&', '='], " ")).into());
        s.set_result_failed(true);
        self.refresh_dashboard();
    }

    /// Fills the dashboard from the queue, the worker's last report and the audit.
    pub(super) fn refresh_dashboard(&self) {
        let s = self.window.global::<Staff>();
        let now = self.now();
        let row = |label: &str, value: String, translate: bool, alert: bool| DashRow {
            label: label.into(),
            value: value.into(),
            translate,
            alert,
        };
        let link = self.state.borrow().staff.link.clone();
        let credentials = if link.credentials_refused {
            ("staff-dash-credentials-refused", true)
        } else if link.token_missing {
            ("staff-dash-token-missing", true)
        } else {
            ("staff-dash-credentials-ok", false)
        };
        let link_rows = vec![
            row(
                "staff-dash-state",
                if link.online { "staff-dash-online" } else { "staff-dash-offline" }.into(),
                true,
                !link.online,
            ),
            match link.last_sync_at.as_deref().and_then(parse_time) {
                Some(t) => row("staff-dash-last-sync", local_date_time(t), false, false),
                None => row("staff-dash-last-sync", "staff-dash-never".into(), true, false),
            },
            row("staff-dash-credentials", credentials.0.into(), true, credentials.1),
        ];
        s.set_link(ModelRc::new(VecModel::from(link_rows)));
        s.set_can_resume(link.credentials_refused || link.token_missing);

        let counts = self.with_store(|store| store.counts()).unwrap_or_default();
        let oldest = counts.oldest_pending_at.as_deref().and_then(parse_time).map(|t| {
            let minutes = (now - t).num_minutes().max(0) as usize;
            Translations::key_with_args("staff-age", &[("h", minutes / 60), ("m", minutes % 60)])
        });
        let queue_rows = vec![
            row("staff-dash-pending", (counts.pending + counts.sending).to_string(), false, false),
            row("staff-dash-sent", counts.sent.to_string(), false, false),
            row("staff-dash-rejected", counts.rejected.to_string(), false, counts.rejected > 0),
            match oldest {
                Some(key) => row("staff-dash-oldest", key, true, false),
                None => row("staff-dash-oldest", "staff-dash-none".into(), true, false),
            },
        ];
        s.set_queue(ModelRc::new(VecModel::from(queue_rows)));

        let (kiosk_id, content_version, started) = {
            let st = self.state.borrow();
            (st.config.kiosk_id.clone(), st.content.version.clone(), st.started)
        };
        let up = (now - started).num_minutes().max(0) as usize;
        let terminal_rows = vec![
            row("staff-dash-kiosk-id", kiosk_id, false, false),
            row("staff-dash-version", env!("CARGO_PKG_VERSION").into(), false, false),
            row("staff-dash-content", content_version, false, false),
            row(
                "staff-dash-uptime",
                Translations::key_with_args("staff-age", &[("h", up / 60), ("m", up % 60)]),
                true,
                false,
            ),
        ];
        s.set_terminal(ModelRc::new(VecModel::from(terminal_rows)));

        let rejected: Vec<RejectedRow> = self
            .with_store(|store| store.rejected_rows(DASH_REJECTED))
            .unwrap_or_default()
            .into_iter()
            .map(|r| RejectedRow {
                reference: r.receipt_reference.into(),
                kind: format!("staff-kind-{}", r.kind).into(),
                at: parse_time(&r.updated_at).map(local_date_time).unwrap_or_default().into(),
                error: r.last_error.unwrap_or_default().into(),
            })
            .collect();
        s.set_rejected(ModelRc::new(VecModel::from(rejected)));
        let audit: Vec<AuditRow> = self
            .with_store(|store| store.audit_latest(DASH_AUDIT))
            .unwrap_or_default()
            .into_iter()
            .map(|a| AuditRow {
                at: local_date_time(a.at).into(),
                staff: a.staff_id.into(),
                action: format!("audit-{}", a.action.id()).into(),
                detail: a.detail.into(),
            })
            .collect();
        s.set_audit(ModelRc::new(VecModel::from(audit)));
    }

    /// Runs `f` on the queue (opened on first use); None (logged) when it cannot be used.
    fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, cc_store::StoreError>) -> Option<T> {
        match self.with_store_result(|store| f(store).map_err(|e| e.to_string())) {
            Ok(v) => Some(v),
            Err(e) => {
                log::error!("staff: the queue cannot be used: {e}");
                None
            }
        }
    }

    fn with_store_result<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, String>) -> Result<T, String> {
        let mut st = self.state.borrow_mut();
        if st.store.is_none() {
            st.store = Some(Store::open(&st.config.database_path()).map_err(|e| e.to_string())?);
        }
        match st.store.as_mut() {
            Some(store) => f(store),
            None => Err("the queue is not open".into()),
        }
    }
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// A time of day in Brussels (`10:05`).
fn local_time(t: DateTime<Utc>) -> String {
    cc_core::clock::brussels(t).format("%H:%M").to_string()
}

/// A date and time in Brussels (`29/11/2026 10:05`).
fn local_date_time(t: DateTime<Utc>) -> String {
    cc_core::clock::brussels(t).format("%d/%m/%Y %H:%M").to_string()
}
