//! The kiosk's run: the window, the queue, the sync worker, and a clean stop.
//!
//! Started by `cc-kiosk` (and by the tests of a stop, on the headless backend). It stops when the
//! window closes (windowed) or when the process receives SIGTERM, SIGINT or SIGHUP (a supervisor
//! stopping it): the event loop ends between two events, so that a visitor's Confirm in progress
//! finishes and its receipt is committed, then the worker stops, the queue's WAL is checkpointed
//! into the database, and the program exits 0.

use std::rc::Rc;

use crate::config::Config;
use crate::ui::{Kiosk, bridge};

/// The heartbeat alert raised when the queue was found damaged at start and moved aside.
pub const ALERT_QUEUE_DAMAGED: &str = "queue_damaged_moved_aside";

/// The heartbeat alert of a kiosk that put itself out of order after a crash loop.
pub const ALERT_CRASH_LOOP: &str = "crash_loop_out_of_order";

/// Runs the kiosk until the window closes or a stop signal arrives. `ready` is called once the
/// kiosk is set up, just before the event loop starts.
///
/// # Errors
/// A message naming the file and the problem when the content or the UI cannot be set up, or
/// the event loop fails.
pub fn run(config: Config, fullscreen: bool, ready: impl FnOnce(&Kiosk)) -> Result<(), String> {
    let (tr, content) = crate::content::for_config(&config)?;
    run_loaded(config, fullscreen, tr, content, ready)
}

/// The kiosk on the terminal's screen: [`run`] with the renderer of `[ui] renderer`, chosen once
/// the content is known to be sound (a bad content folder is reported as such, display or not).
///
/// # Errors
/// As [`run`], and when the renderer cannot start.
pub fn run_on_screen(config: Config, fullscreen: bool) -> Result<(), String> {
    let (tr, content) = crate::content::for_config(&config)?;
    select_renderer(config.renderer)?;
    run_loaded(config, fullscreen, tr, content, |_| {})
}

fn run_loaded(
    config: Config,
    fullscreen: bool,
    tr: crate::i18n::Translations,
    content: crate::content::Content,
    ready: impl FnOnce(&Kiosk),
) -> Result<(), String> {
    let queue = config.data_dir_message();
    let data_dir = config.data_dir.clone();
    let speech = config.speech.clone();
    let kiosk = Kiosk::new(config, Rc::new(tr), content).map_err(|e| e.to_string())?;
    // Audio mode speaks through eSpeak NG; without a program configured it stays silent.
    if !speech.program.is_empty() {
        kiosk.set_speaker(Box::new(crate::speech::Espeak::new(speech.program, speech.rate)));
    }
    match speech.headphone_jack {
        crate::config::HeadphoneJack::Off => {}
        crate::config::HeadphoneJack::Auto => kiosk.set_jack(Box::new(crate::jack::Evdev::search("/dev/input"))),
        crate::config::HeadphoneJack::Device(path) => kiosk.set_jack(Box::new(crate::jack::Evdev::device(path))),
    }
    let moved = match kiosk.open_store_checked() {
        Ok(Some(moved)) => {
            log::error!(
                "the queue was damaged ({}); it was moved aside to {} and a new one was created: run `cc-kiosk \
                 outbox salvage` on it, then `outbox import`",
                moved.problem,
                moved.path.display()
            );
            true
        }
        Ok(None) => false,
        // The kiosk still informs visitors; the forms stay closed until the queue can be written.
        Err(e) => {
            log::error!("{queue}: {e}");
            false
        }
    };
    // The sync worker runs on its own thread (tokio); its events come back on the event loop.
    let sync = match bridge::start_sync(&kiosk) {
        Ok(handle) => Some(handle),
        Err(e) => {
            log::error!("the sync worker cannot start, submissions stay queued: {e}");
            None
        }
    };
    if moved && let Some(sync) = &sync {
        sync.alert(ALERT_QUEUE_DAMAGED, true);
    }
    // Restarted too often without a clean stop: the out-of-order screen, not a flickering loop.
    if crate::starts::record_start(&data_dir, chrono::Utc::now()) {
        log::error!(
            "{} starts within {} minutes without a clean stop: out of order until a staff member puts the \
             terminal back in service, or a clean restart",
            crate::starts::LOOP_STARTS,
            crate::starts::LOOP_WINDOW.num_minutes()
        );
        kiosk.set_fault(Some(crate::ui::Fault::CrashLoop));
        if let Some(sync) = &sync {
            sync.alert(ALERT_CRASH_LOOP, true);
        }
    }
    kiosk.watch_storage();
    let signals = stop_on_signals();
    // Under systemd: ready, and the watchdog fed from the UI event loop (a frozen UI is
    // restarted, not left on screen).
    let notifier = crate::watchdog::Notifier::from_env().map(std::rc::Rc::new);
    let watchdog = slint::Timer::default();
    if let Some(n) = &notifier {
        n.notify("READY=1");
        if let Some(every) = crate::watchdog::ping_interval_from_env() {
            log::info!("systemd watchdog: a ping every {} ms from the UI event loop", every.as_millis());
            let n = n.clone();
            watchdog.start(slint::TimerMode::Repeated, every, move || n.notify("WATCHDOG=1"));
        }
    }
    ready(&kiosk);
    let result = kiosk.run(fullscreen).map_err(|e| e.to_string());
    log::info!("the kiosk is stopping");
    watchdog.stop();
    if let Some(n) = &notifier {
        n.notify("STOPPING=1");
    }
    if let Some(sync) = sync {
        sync.shutdown();
    }
    match kiosk.close_store() {
        Ok(()) => {
            crate::starts::record_clean_stop(&data_dir);
            log::info!("the kiosk stopped cleanly")
        }
        Err(e) => log::error!("the queue could not be checkpointed at the stop: {e}"),
    }
    if let Some(signals) = signals {
        signals.close();
    }
    result
}

/// Chooses how the window is drawn (`[ui] renderer`), before anything opens a window: Slint's
/// winit backend (X11 or Wayland, whichever the session offers) with the software renderer or
/// FemtoVG on OpenGL; `auto` leaves the choice to Slint (and to `SLINT_BACKEND`). `gl` on a
/// terminal without the OpenGL libraries it loads at run time (EGL, and wayland-egl under
/// Wayland) draws with the software renderer instead, and says so in the log: a missing
/// package must not leave the lobby with a crashed kiosk.
///
/// # Errors
/// A message naming the renderer when Slint cannot set it up (e.g. no display).
fn select_renderer(renderer: crate::config::Renderer) -> Result<(), String> {
    use crate::config::Renderer;
    let name = match renderer {
        Renderer::Auto => return Ok(()),
        Renderer::Software => "software",
        Renderer::Gl => match missing_gl_library(std::env::var_os("WAYLAND_DISPLAY").is_some()) {
            None => "femtovg",
            Some(library) => {
                log::error!(
                    "[ui] renderer = \"gl\": {library} cannot be loaded (Debian: libegl1, libwayland-egl1); drawing \
                     with the software renderer instead"
                );
                "software"
            }
        },
    };
    slint::BackendSelector::new()
        .backend_name("winit".into())
        .renderer_name(name.into())
        .select()
        .map_err(|e| format!("[ui] renderer: the {name} renderer cannot start: {e}"))
}

/// The first OpenGL library FemtoVG would load at run time and cannot: `libEGL.so.1`, and under
/// Wayland `libwayland-egl.so.1`.
pub fn missing_gl_library(wayland: bool) -> Option<&'static str> {
    let needed: &[&'static str] = if wayland { &["libEGL.so.1", "libwayland-egl.so.1"] } else { &["libEGL.so.1"] };
    needed.iter().copied().find(|library| {
        let name = std::ffi::CString::new(*library).expect("no NUL in a library name");
        // SAFETY: dlopen with a valid C string; the handle is closed at once. These libraries
        // run no code of consequence when loaded (they are loaded this way by the renderer).
        unsafe {
            let handle = libc::dlopen(name.as_ptr(), libc::RTLD_LAZY | libc::RTLD_LOCAL);
            if handle.is_null() {
                true
            } else {
                libc::dlclose(handle);
                false
            }
        }
    })
}

/// SIGTERM, SIGINT and SIGHUP end the event loop (on its own thread, between two events).
fn stop_on_signals() -> Option<signal_hook::iterator::Handle> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(signals) => signals,
        Err(e) => {
            log::error!("cannot listen for stop signals: {e}");
            return None;
        }
    };
    let handle = signals.handle();
    let spawned = std::thread::Builder::new().name("cc-signals".into()).spawn(move || {
        for signal in signals.forever() {
            log::info!("signal {signal} received: stopping");
            let quit = slint::invoke_from_event_loop(|| {
                let _ = slint::quit_event_loop();
            });
            if quit.is_err() {
                // No event loop (it has ended already): nothing to stop.
                break;
            }
        }
    });
    match spawned {
        Ok(_) => Some(handle),
        Err(e) => {
            log::error!("cannot listen for stop signals: {e}");
            None
        }
    }
}
