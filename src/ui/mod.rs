//! The Slint adapters: the only place that touches Slint-generated types.
//!
//! [`Kiosk`] builds the window and wires every global's callbacks to the domain core and the
//! store. The visitor's session is one Rust value ([`session::Visit`]) that the globals show;
//! each feature has its module: the forms (`form`), information, search, questionnaire and
//! routing (`explore`), follow-up (`followup`), the on-screen keyboard (`keyboard`), the date
//! picker (`dates`), the session's timers and wipe (`session`), the queue's health (`storage`).

mod access;
pub mod bridge;
mod dates;
mod explore;
mod followup;
mod form;
mod keyboard;
mod lockdown;
mod qr;
pub mod screens;
mod session;
mod staff;
mod storage;

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use cc_store::Store;

use crate::config::Config;
use crate::content::Content;
use crate::i18n::Translations;

slint::include_modules!();

pub use access::{JACK_POLL, SPEECH_POLL, spell};
pub use explore::{MediationCase, QuizKind, SEARCH_RESULTS, search_index};
pub use followup::Answer;
pub use staff::LinkInfo;

/// What the UI asks of the background sync worker (implemented by `crate::sync::SyncHandle`;
/// a trait so that the adapters do not depend on the network layer).
pub trait Worker {
    /// A submission was just queued: send it now if possible.
    fn wake(&self);
    /// Ask the central service for the status of a file; the answer comes back through
    /// [`Kiosk::follow_up_answered`] with the same `request_id`.
    fn follow_up(&self, request_id: u64, reference: String, code: String);
    /// A problem of the terminal that staff must see in the heartbeat (`code` has no personal
    /// data, e.g. `queue_unwritable`), raised (`on`) or cleared.
    fn alert(&self, _code: &'static str, _on: bool) {}
    /// Staff "Sync now" / "re-read the token and resume".
    fn sync_now(&self) {}
    /// A staff member logged in (`true`) or out (the heartbeat's mode).
    fn set_staff_mode(&self, _on: bool) {}
}

/// How often the kiosk checks that its queue can be written (a real write) while it runs.
pub const STORAGE_CHECK: std::time::Duration = std::time::Duration::from_secs(30);

/// The heartbeat alert raised while the queue cannot be written.
pub const ALERT_QUEUE_UNWRITABLE: &str = "queue_unwritable";

/// Storage checks in a row that find the queue unwritable before the kiosk puts itself out of
/// order (10 × [`STORAGE_CHECK`] = 5 minutes): a short hiccup only closes the forms.
pub const STORAGE_FAULT_CHECKS: u32 = 10;

/// Why the kiosk put itself out of order (it shows "out of order, please ask at the desk" to the
/// next visitor; a visitor in the middle of a visit finishes it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The queue stayed unwritable for [`STORAGE_FAULT_CHECKS`] checks in a row; it clears
    /// itself when the storage heals.
    StorageDown,
    /// The kiosk restarted too often in a short time (`crate::starts`); a staff member puts it
    /// back in service.
    CrashLoop,
}

/// Everything the adapters need besides the window.
struct State {
    config: Config,
    content: Rc<Content>,
    store: Option<Store>,
    /// The visitor's session: replaced by an empty one at the wipe.
    visit: session::Visit,
    /// The month shown by the date picker (year, month).
    cursor: (i32, u32),
    /// The lists of the form step on screen.
    step_models: form::StepModels,
    /// The staff member assisting the visitor (sent as `assisted_by`), if any.
    assisted_by: Option<String>,
    idle: slint::Timer,
    /// Ticks the seconds shown by the warning.
    countdown: slint::Timer,
    /// Wipes the session when the warning runs out (independent of the display ticks).
    expire: slint::Timer,
    /// Overrides today's date (screenshots and tests of fixed dates); None = the date in
    /// Brussels by the kiosk's clock.
    today: Option<NaiveDate>,
    worker: Option<Box<dyn Worker>>,
    /// Checks the queue every [`STORAGE_CHECK`] (see [`Kiosk::watch_storage`]).
    storage_check: slint::Timer,
    /// The id of the latest follow-up question (older answers are ignored).
    follow_up_request: u64,
    translations: Rc<Translations>,
    /// Built at the first search (no personal data: kept across sessions).
    search: Option<Rc<cc_core::search::Index>>,
    /// Staff mode (not part of a visit).
    staff: staff::StaffState,
    /// Ends a staff session left without a touch.
    staff_idle: slint::Timer,
    /// The time as staff mode reads it (the lock, the audit); tests fix it.
    clock: Rc<dyn Fn() -> chrono::DateTime<chrono::Utc>>,
    /// When this kiosk started (the dashboard's uptime).
    started: chrono::DateTime<chrono::Utc>,
    /// Where speech goes (None: nowhere).
    speaker: Option<Box<dyn crate::speech::Speaker>>,
    /// Looks at the screen for speech while it is on.
    speech_poll: slint::Timer,
    /// What speech last saw on screen.
    heard: access::Heard,
    /// The receipt printer, if the terminal has one.
    printer: Option<crate::printer::Printer>,
    /// What speech says of the control with the keyboard focus (tests read it).
    focused: String,
    /// Why the kiosk put itself out of order, if it did.
    fault: Option<Fault>,
    /// Storage checks in a row that could not write the queue: while there is one,
    /// the forms are closed.
    unwritable_checks: u32,
    /// The headphone jack, if the kiosk senses one, and what it said last.
    jack: Option<Box<dyn crate::jack::Jack>>,
    jack_plugged: Option<bool>,
    jack_poll: slint::Timer,
    /// Takes the screen back while the kiosk is locked down ([`Kiosk::lock_down`]).
    screen_keeper: slint::Timer,
}

impl State {
    /// The queue could not be written at the last check: the forms are closed.
    fn forms_closed(&self) -> bool {
        self.unwritable_checks > 0
    }

    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| cc_core::clock::brussels_today((self.clock)()))
    }
}

/// The kiosk application: the window and its session.
pub struct Kiosk {
    pub window: AppWindow,
    state: Rc<RefCell<State>>,
}

impl Kiosk {
    /// Builds the UI. The queue is opened on first use (a failing disk must not stop the
    /// visitor from reading; the failure is shown when they confirm).
    pub fn new(
        config: Config,
        translations: Rc<Translations>,
        content: Content,
    ) -> Result<Kiosk, slint::PlatformError> {
        let window = AppWindow::new()?;
        let printer = config.printer.clone().map(|config| crate::printer::Printer { config });
        let today = cc_core::clock::brussels_today(chrono::Utc::now());
        let state = Rc::new(RefCell::new(State {
            config,
            content: Rc::new(content),
            store: None,
            visit: session::Visit::default(),
            cursor: (today.year(), today.month()),
            step_models: form::StepModels::default(),
            assisted_by: None,
            idle: slint::Timer::default(),
            countdown: slint::Timer::default(),
            expire: slint::Timer::default(),
            today: None,
            worker: None,
            storage_check: slint::Timer::default(),
            follow_up_request: 0,
            translations: translations.clone(),
            search: None,
            staff: staff::StaffState::default(),
            staff_idle: slint::Timer::default(),
            clock: Rc::new(chrono::Utc::now),
            started: chrono::Utc::now(),
            speaker: None,
            speech_poll: slint::Timer::default(),
            heard: access::Heard::default(),
            printer,
            focused: String::new(),
            fault: None,
            unwritable_checks: 0,
            jack: None,
            jack_plugged: None,
            jack_poll: slint::Timer::default(),
            screen_keeper: slint::Timer::default(),
        }));
        let kiosk = Kiosk { window, state };
        kiosk.wire_translations(translations);
        kiosk.wire_navigation();
        kiosk.wire_form();
        kiosk.wire_keyboard();
        kiosk.wire_dates();
        kiosk.wire_session();
        kiosk.wire_follow_up();
        kiosk.wire_explore();
        kiosk.wire_staff();
        kiosk.wire_access();
        kiosk.wipe();
        Ok(kiosk)
    }

    /// Fixes "today" (for screenshots and tests that need a stable calendar).
    pub fn set_today(&self, today: NaiveDate) {
        let mut st = self.state.borrow_mut();
        st.today = Some(today);
        st.cursor = (today.year(), today.month());
        drop(st);
        self.refresh_dates();
    }

    /// Shows the window and runs the event loop until the window closes. Fullscreen, the window
    /// refuses close requests: unattended, the kiosk cannot be closed from the screen or the
    /// keyboard.
    pub fn run(&self, fullscreen: bool) -> Result<(), slint::PlatformError> {
        if fullscreen {
            self.lock_down();
        }
        self.window.run()
    }

    /// Connects the background sync worker.
    pub fn set_worker(&self, worker: Box<dyn Worker>) {
        self.state.borrow_mut().worker = Some(worker);
    }

    /// The connection indicator of the start screen; `paused`: nothing can be sent (no token,
    /// or credentials refused).
    pub fn connection_changed(&self, online: bool, pending: u64, paused: bool) {
        let c = self.window.global::<Connection>();
        c.set_online(online);
        c.set_pending(pending.min(i32::MAX as u64) as i32);
        c.set_paused(paused);
    }

    /// Opens a form, or says plainly that the forms are closed.
    fn open_form(&self, open: impl FnOnce(&Kiosk)) {
        if self.state.borrow().forms_closed() {
            self.hide_keyboard();
            self.window.global::<Session>().set_forms_notice(true);
        } else {
            open(self);
        }
    }

    fn wire_translations(&self, tr: Rc<Translations>) {
        let g = self.window.global::<Tr>();
        let t = tr.clone();
        g.on_t(move |key, lang| t.get(&key, &lang).into());
        g.on_t1(move |key, lang, value| tr.get_with(&key, &lang, &value).into());
    }

    fn wire_navigation(&self) {
        let nav = self.window.global::<Nav>();
        let langs: Vec<SharedString> = self.state.borrow().config.languages.iter().map(SharedString::from).collect();
        nav.set_languages(ModelRc::new(VecModel::from(langs)));

        let k = self.weak();
        nav.on_choose_language(move |code| {
            k.with(|k| {
                k.window.global::<Tr>().set_lang(code);
                let nav = k.window.global::<Nav>();
                if nav.get_page() == Page::Start {
                    nav.set_page(Page::Home);
                }
                k.refresh_keyboard();
                k.refresh_localized();
                // The review writes dates the language's way.
                if nav.get_page() == Page::Form {
                    k.show_form_step();
                }
                k.restart_idle();
            })
        });
        let k = self.weak();
        nav.on_back(move || {
            k.with(|k| match k.window.global::<Nav>().get_page() {
                Page::Start => {}
                Page::Home => k.wipe(),
                Page::Form => k.window.global::<Form>().invoke_previous(),
                Page::Receipt => k.window.global::<Nav>().set_page(Page::Home),
                Page::Quiz => k.quiz_back(),
                Page::FollowUp | Page::Info | Page::Theme | Page::Page | Page::Search | Page::RouteResult => {
                    k.go_back()
                }
                Page::StaffLogin => k.window.global::<Staff>().invoke_cancel(),
                Page::StaffDashboard => k.staff_menu(),
                Page::StaffMenu | Page::OutOfService => {}
            })
        });
        let k = self.weak();
        nav.on_finish(move || k.with(|k| k.wipe()));
        let k = self.weak();
        nav.on_open_report(move || k.with(|k| k.open_form(|k| k.open_form_with("report", Default::default()))));
        let k = self.weak();
        nav.on_open_question(move || {
            k.with(|k| {
                let prefill = k.theme_prefill();
                k.open_form(|k| k.open_form_with("question", prefill))
            })
        });
        let k = self.weak();
        nav.on_activity(move || k.with(|k| k.restart_idle()));
    }

    fn weak(&self) -> WeakKiosk {
        WeakKiosk { window: self.window.as_weak(), state: Rc::downgrade(&self.state) }
    }
}

/// A handle for callbacks: does nothing once the kiosk is gone.
#[derive(Clone)]
struct WeakKiosk {
    window: slint::Weak<AppWindow>,
    state: std::rc::Weak<RefCell<State>>,
}

impl WeakKiosk {
    fn with(&self, f: impl FnOnce(&Kiosk)) {
        if let (Some(window), Some(state)) = (self.window.upgrade(), self.state.upgrade()) {
            f(&Kiosk { window, state });
        }
    }
}

/// Sets up Slint on this thread without a display: the testing backend with the software
/// renderer (real fonts and metrics, snapshots) and mock time (timers advance only by
/// `i_slint_backend_testing::mock_elapsed_time`). For screenshots and UI tests.
pub fn init_headless() -> Result<(), String> {
    use i_slint_backend_testing::{TestingBackend, TestingBackendOptions};
    let backend = TestingBackend::new(TestingBackendOptions {
        mock_time: true,
        threading: false,
        renderer_name: Some("software".into()),
    });
    slint::platform::set_platform(Box::new(backend)).map_err(|e| format!("cannot set up headless rendering: {e}"))
}
