//! The Slint adapters: the only place that touches Slint-generated types.
//!
//! [`Kiosk`] builds the window, wires every global's callbacks to the domain core and the
//! store, and owns the visitor's session (inactivity timers, wipe).

pub mod bridge;
mod explore;
mod followup;
mod form;
mod qr;
pub mod screens;

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use cc_core::keyboard::{KeyboardState, Layout};
use cc_store::{MovedAside, Store, StoreError};

use crate::config::Config;
use crate::content::Content;
use crate::i18n::Translations;

slint::include_modules!();

pub use explore::{MediationCase, QuizKind, SEARCH_RESULTS, search_index};
pub use followup::Answer;

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
}

/// How often the kiosk checks that its queue can be written (a real write) while it runs.
pub const STORAGE_CHECK: std::time::Duration = std::time::Duration::from_secs(30);

/// The heartbeat alert raised while the queue cannot be written.
pub const ALERT_QUEUE_UNWRITABLE: &str = "queue_unwritable";

/// Everything the adapters need besides the window.
struct State {
    config: Config,
    content: Rc<Content>,
    store: Option<Store>,
    keyboard: Option<KeyboardState>,
    /// The month shown by the date picker (year, month).
    cursor: (i32, u32),
    /// The open form and its draft (part of the visitor's session).
    form: Option<form::FormSession>,
    /// The lists of the form step on screen.
    step_models: form::StepModels,
    /// The last form sent in this session (kind, draft): what a mediation request reuses.
    last_sent: Option<(String, cc_core::form::Draft)>,
    /// The staff member assisting the visitor (sent as `assisted_by`), if any.
    assisted_by: Option<String>,
    idle: slint::Timer,
    /// Ticks the seconds shown by the warning.
    countdown: slint::Timer,
    /// Wipes the session when the warning runs out (independent of the display ticks).
    expire: slint::Timer,
    /// Overrides today's date (screenshots and tests of fixed dates); None = the local date.
    today: Option<NaiveDate>,
    worker: Option<Box<dyn Worker>>,
    /// The queue could not be written at the last check: the forms are closed.
    forms_closed: bool,
    /// Checks the queue every [`STORAGE_CHECK`] (see [`Kiosk::watch_storage`]).
    storage_check: slint::Timer,
    /// The id of the latest follow-up question (older answers are ignored).
    follow_up_request: u64,
    translations: Rc<Translations>,
    /// Built at the first search (no personal data: kept across sessions).
    search: Option<Rc<cc_core::search::Index>>,
    explore: explore::Explore,
}

impl State {
    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| chrono::Local::now().date_naive())
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
        let today = chrono::Local::now().date_naive();
        let state = Rc::new(RefCell::new(State {
            config,
            content: Rc::new(content),
            store: None,
            keyboard: None,
            cursor: (today.year(), today.month()),
            form: None,
            step_models: form::StepModels::default(),
            last_sent: None,
            assisted_by: None,
            idle: slint::Timer::default(),
            countdown: slint::Timer::default(),
            expire: slint::Timer::default(),
            today: None,
            worker: None,
            forms_closed: false,
            storage_check: slint::Timer::default(),
            follow_up_request: 0,
            translations: translations.clone(),
            search: None,
            explore: explore::Explore::default(),
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
        let window = self.window.window();
        if fullscreen {
            window.set_fullscreen(true);
            window.on_close_requested(|| slint::CloseRequestResponse::KeepWindowShown);
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

    /// Opens the queue now (the kiosk does so at start-up to fail early in the log).
    pub fn open_store(&self) -> Result<(), StoreError> {
        let mut st = self.state.borrow_mut();
        if st.store.is_none() {
            st.store = Some(Store::open(&st.config.database_path())?);
        }
        Ok(())
    }

    /// Opens the queue at start-up: a damaged database is moved aside (never deleted) and a new
    /// one created ([`Store::open_checked`]); returns what was moved aside.
    pub fn open_store_checked(&self) -> Result<Option<MovedAside>, StoreError> {
        let mut st = self.state.borrow_mut();
        let opened = Store::open_checked(&st.config.database_path())?;
        st.store = Some(opened.store);
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
        !self.state.borrow().forms_closed
    }

    /// One storage check: open the queue if it is not, write one row of `health`.
    fn check_storage(&self) {
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

    /// Records the result of a storage check or of a save: `problem` closes the forms.
    fn storage_checked(&self, problem: Option<StoreError>) {
        let closed = problem.is_some();
        let was_closed = std::mem::replace(&mut self.state.borrow_mut().forms_closed, closed);
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

    /// Opens a form, or says plainly that the forms are closed.
    fn open_form(&self, open: impl FnOnce(&Kiosk)) {
        if self.state.borrow().forms_closed {
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

    fn wire_keyboard(&self) {
        let kb = self.window.global::<Kbd>();
        let k = self.weak();
        kb.on_open(move |field, label, kind| {
            k.with(|k| {
                let layout = match kind.as_str() {
                    "email" => Layout::Email,
                    "numeric" => Layout::Numeric,
                    _ => Layout::Text,
                };
                let lang = k.window.global::<Tr>().get_lang();
                let kb = k.window.global::<Kbd>();
                let same = kb.get_shown() && kb.get_field() == field;
                if !same {
                    k.state.borrow_mut().keyboard = Some(KeyboardState::new(layout, &lang));
                }
                kb.set_field(field.clone());
                kb.set_field_label(label);
                kb.set_multiline(field == "description");
                kb.set_shown(true);
                k.refresh_keyboard();
            })
        });
        let k = self.weak();
        kb.on_press(move |row, col| k.with(|k| k.press_key(row as usize, col as usize)));
        let k = self.weak();
        kb.on_hide(move || k.with(|k| k.hide_keyboard()));
        let k = self.weak();
        kb.on_field_edited(move |field| {
            k.with(|k| {
                let kb = k.window.global::<Kbd>();
                if field == "search" {
                    k.run_search();
                }
                if kb.get_shown() && kb.get_field() == field {
                    kb.set_preview(k.field_value(&field));
                }
            })
        });
    }

    fn wire_dates(&self) {
        let d = self.window.global::<Dates>();
        let k = self.weak();
        d.on_prev_month(move || k.with(|k| k.move_cursor(-1)));
        let k = self.weak();
        d.on_next_month(move || k.with(|k| k.move_cursor(1)));
        let k = self.weak();
        d.on_prev_year(move || k.with(|k| k.move_cursor(-12)));
        let k = self.weak();
        d.on_next_year(move || k.with(|k| k.move_cursor(12)));
        let k = self.weak();
        d.on_pick(move |day| {
            k.with(|k| {
                let (y, m) = k.state.borrow().cursor;
                let date = NaiveDate::from_ymd_opt(y, m, day as u32);
                if let Some(date) = date.filter(|d| *d <= k.state.borrow().today()) {
                    k.form_pick_date(date);
                }
            })
        });
    }

    fn wire_session(&self) {
        let k = self.weak();
        self.window.global::<Session>().on_more_time(move || {
            k.with(|k| {
                k.window.global::<Session>().set_warning(false);
                k.state.borrow().countdown.stop();
                k.state.borrow().expire.stop();
                k.restart_idle();
            })
        });
    }

    fn weak(&self) -> WeakKiosk {
        WeakKiosk { window: self.window.as_weak(), state: Rc::downgrade(&self.state) }
    }

    // ----- keyboard -----

    fn refresh_keyboard(&self) {
        let kb = self.window.global::<Kbd>();
        let rows = match &self.state.borrow().keyboard {
            Some(state) => state.rows(),
            None => vec![],
        };
        let rows: Vec<KeyRow> = rows
            .into_iter()
            .map(|row| KeyRow {
                keys: ModelRc::new(VecModel::from(
                    row.into_iter()
                        .map(|key| KeyCap {
                            label: key.label.into(),
                            label_key: key.label_key.unwrap_or("").into(),
                            width: key.width as i32,
                            active: key.active,
                        })
                        .collect::<Vec<_>>(),
                )),
            })
            .collect();
        kb.set_rows(ModelRc::new(VecModel::from(rows)));
        let field = kb.get_field();
        kb.set_preview(self.field_value(&field));
        kb.set_error(self.field_error(&field));
    }

    fn press_key(&self, row: usize, col: usize) {
        let edit = {
            let mut st = self.state.borrow_mut();
            let Some(state) = st.keyboard.as_mut() else { return };
            let Some(action) = state.rows().get(row).and_then(|r| r.get(col)).map(|k| k.action.clone()) else { return };
            state.press(&action)
        };
        let field = self.window.global::<Kbd>().get_field().to_string();
        match edit {
            Some(cc_core::keyboard::Edit::Insert(s)) => {
                let mut v = self.field_value(&field).to_string();
                v.push_str(&s);
                self.set_field_value(&field, &v);
            }
            Some(cc_core::keyboard::Edit::Backspace) => {
                let mut v = self.field_value(&field).to_string();
                v.pop();
                self.set_field_value(&field, &v);
            }
            Some(cc_core::keyboard::Edit::Done) | Some(cc_core::keyboard::Edit::Hide) => {
                self.hide_keyboard();
                return;
            }
            None => {}
        }
        self.refresh_keyboard();
    }

    /// The text of any typed field, by id (the open form's, follow-up's, the search's).
    fn field_value(&self, id: &str) -> SharedString {
        if id == "search" {
            return self.window.global::<Info>().get_query();
        }
        match followup::get(&self.window.global::<FollowUp>(), id) {
            Some(v) => v,
            None => self.form_value(id).unwrap_or_default(),
        }
    }

    fn set_field_value(&self, id: &str, value: &str) {
        if id == "search" {
            self.window.global::<Info>().set_query(value.into());
            self.run_search();
            return;
        }
        if !followup::set(&self.window.global::<FollowUp>(), id, value) {
            self.form_set_value(id, value);
        }
    }

    fn field_error(&self, id: &str) -> SharedString {
        match followup::get_error(&self.window.global::<FollowUp>(), id) {
            Some(v) => v,
            None => self.form_error(id).unwrap_or_default(),
        }
    }

    fn hide_keyboard(&self) {
        let kb = self.window.global::<Kbd>();
        kb.set_shown(false);
        kb.set_field(SharedString::new());
        kb.set_preview(SharedString::new());
        kb.set_error(SharedString::new());
        kb.set_rows(ModelRc::default());
        self.state.borrow_mut().keyboard = None;
    }

    // ----- dates -----

    fn move_cursor(&self, months: i32) {
        {
            let mut st = self.state.borrow_mut();
            let today = st.today();
            let (y, m) = st.cursor;
            let index = y * 12 + (m as i32 - 1) + months;
            let max = today.year() * 12 + today.month() as i32 - 1;
            let index = index.min(max).max(1990 * 12);
            st.cursor = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u32);
        }
        self.refresh_dates();
    }

    fn refresh_dates(&self) {
        let chosen = self.form_date();
        let st = self.state.borrow();
        let d = self.window.global::<Dates>();
        let (y, m) = st.cursor;
        let today = st.today();
        let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(today);
        let lead = first.weekday().num_days_from_monday() as usize;
        let days = days_in_month(y, m);
        let mut cells = vec![DayCell { day: 0, enabled: false, selected: false, today: false }; 42];
        for day in 1..=days {
            let date = NaiveDate::from_ymd_opt(y, m, day).unwrap_or(today);
            cells[lead + day as usize - 1] = DayCell {
                day: day as i32,
                enabled: date <= today,
                selected: chosen == Some(date),
                today: date == today,
            };
        }
        d.set_cells(ModelRc::new(VecModel::from(cells)));
        d.set_month(m as i32);
        d.set_year(y);
        d.set_can_next((y, m) < (today.year(), today.month()));
        let (sy, sm, sd) = chosen.map(|x| (x.year(), x.month() as i32, x.day() as i32)).unwrap_or((0, 0, 0));
        d.set_sel_day(sd);
        d.set_sel_month(sm);
        d.set_sel_year(sy);
    }

    // ----- session -----

    /// Restarts the inactivity countdown (any touch). Nothing runs on the start screen.
    fn restart_idle(&self) {
        let st = self.state.borrow();
        if self.window.global::<Session>().get_warning() {
            return;
        }
        if self.window.global::<Nav>().get_page() == Page::Start {
            st.idle.stop();
            return;
        }
        let k = self.weak();
        st.idle.start(slint::TimerMode::SingleShot, st.config.idle_timeout, move || k.with(|k| k.show_warning()));
    }

    fn show_warning(&self) {
        let st = self.state.borrow();
        let s = self.window.global::<Session>();
        s.set_seconds_left(st.config.warning.as_secs() as i32);
        s.set_warning(true);
        let k = self.weak();
        st.countdown.start(slint::TimerMode::Repeated, std::time::Duration::from_secs(1), move || {
            k.with(|k| {
                let s = k.window.global::<Session>();
                s.set_seconds_left((s.get_seconds_left() - 1).max(0));
            })
        });
        let k = self.weak();
        st.expire.start(slint::TimerMode::SingleShot, st.config.warning, move || k.with(|k| k.wipe()));
    }

    /// Ends the visitor's session: every typed value gone from memory and from the UI, the
    /// start screen back with no language selected.
    pub fn wipe(&self) {
        self.hide_keyboard();
        {
            let mut st = self.state.borrow_mut();
            st.form = None;
            st.last_sent = None;
        }
        self.clear_form_screen();
        self.clear_follow_up();
        self.clear_explore();
        let info = self.window.global::<ReceiptInfo>();
        info.set_texts("receipt".into());
        info.set_service(SharedString::new());
        info.set_reference(SharedString::new());
        info.set_tracking_code(SharedString::new());
        info.set_follow_up_url(SharedString::new());
        info.set_qr(slint::Image::default());
        let s = self.window.global::<Session>();
        s.set_warning(false);
        s.set_seconds_left(0);
        {
            let st = self.state.borrow();
            st.idle.stop();
            st.countdown.stop();
            st.expire.stop();
        }
        self.window.global::<Tr>().set_lang(SharedString::new());
        self.window.global::<Nav>().set_page(Page::Start);
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt()).map(|d| d.day()).unwrap_or(28)
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
