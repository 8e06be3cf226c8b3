//! Unattended: the window is fullscreen, refuses to close, and takes the screen back if
//! something hides it.

use slint::ComponentHandle;

use super::Kiosk;

/// How often the locked-down kiosk checks that it still has the screen.
pub const KEEP_ON_SCREEN_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

impl Kiosk {
    /// Unattended: fullscreen, a close request (Alt+F4, the window manager's close) keeps the
    /// window shown, and the screen is taken back at once when the window exists (no first
    /// frame in a corner of a bare X screen), then every [`KEEP_ON_SCREEN_EVERY`].
    pub fn lock_down(&self) {
        let window = self.window.window();
        window.set_fullscreen(true);
        window.on_close_requested(|| slint::CloseRequestResponse::KeepWindowShown);
        let x11 = std::rc::Rc::new(
            if std::env::var_os("DISPLAY").is_some() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
                crate::screen::X11Keeper::connect()
            } else {
                None
            },
        );
        let weak = self.window.as_weak();
        let x11_first = x11.clone();
        let first = slint::spawn_local(async move {
            use slint::winit_030::WinitWindowAccessor;
            let Some(window) = weak.upgrade() else { return };
            if window.window().winit_window().await.is_ok() {
                keep_on_screen(window.window(), &x11_first);
            }
        });
        if let Err(e) = first {
            log::warn!("cannot watch the window's creation: {e}");
        }
        let weak = self.window.as_weak();
        self.state.borrow().screen_keeper.start(slint::TimerMode::Repeated, KEEP_ON_SCREEN_EVERY, move || {
            if let Some(window) = weak.upgrade() {
                keep_on_screen(window.window(), &x11);
            }
        });
    }
}

/// Takes the screen back: a window that left fullscreen is made fullscreen again; on an X
/// server without a window manager (where nobody applies "fullscreen") the window covers its
/// monitor itself; under an X11 window manager, when another window or none is active (a
/// minimised kiosk, "show desktop", another workspace), the kiosk asks to be activated again
/// ([`crate::screen`]). In the shipped session (cage) nothing can hide the kiosk; this covers
/// a terminal set up otherwise. Windows not backed by winit (the headless tests) are left alone.
fn keep_on_screen(window: &slint::Window, x11: &Option<crate::screen::X11Keeper>) {
    use slint::winit_030::winit::raw_window_handle::{HasWindowHandle, RawWindowHandle};
    use slint::winit_030::{WinitWindowAccessor, winit};
    window.with_winit_window(|w: &winit::window::Window| {
        if w.fullscreen().is_none() {
            log::warn!("the kiosk window left fullscreen: taking the screen again");
            w.set_fullscreen(Some(winit::window::Fullscreen::Borderless(None)));
        }
        let x11_window = match w.window_handle().map(|h| h.as_raw()) {
            Ok(RawWindowHandle::Xlib(h)) => u32::try_from(h.window).ok(),
            Ok(RawWindowHandle::Xcb(h)) => Some(h.window.get()),
            _ => None,
        };
        let Some(id) = x11_window else { return };
        // Said once per loss and once when back (not every second while a window manager
        // takes its time).
        match x11.as_ref().map(|keeper| keeper.check(id)) {
            Some(crate::screen::Seen::Reclaimed) => {
                log::warn!("another window (or none) had the screen: the kiosk asked for it back")
            }
            Some(crate::screen::Seen::Regained) => log::info!("the kiosk has the screen again"),
            _ => {}
        }
        if let Some(monitor) = w.current_monitor() {
            let (size, position) = (monitor.size(), monitor.position());
            if w.inner_size() != size || w.outer_position().ok() != Some(position) {
                w.set_outer_position(position);
                let _ = w.request_inner_size(size);
            }
        }
    });
}
