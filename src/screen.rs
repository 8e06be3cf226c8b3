//! Keeping the kiosk on the screen under an X11 window manager (a terminal set up with a
//! desktop rather than the shipped cage session): when another window, or none ("show
//! desktop", another workspace), is the active one, the kiosk asks the window manager to
//! activate it again, the way a pager or taskbar does.
//!
//! Through its own small X connection (x11rb, pure Rust, already under winit): winit's window
//! cannot tell it lost the screen (a "show desktop" leaves it believing it has the focus), and
//! its own activation request counts as the application's, which window managers may turn into
//! a mere "demands attention" for a window on another workspace.

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{Atom, AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, Window};
use x11rb::rust_connection::RustConnection;

/// A connection to the kiosk's X display, and the atoms it uses.
pub struct X11Keeper {
    conn: RustConnection,
    /// Asked for the screen at the last check, and not given it yet.
    asking: std::cell::Cell<bool>,
    root: Window,
    active_window: Atom,
    current_desktop: Atom,
    wm_desktop: Atom,
}

/// What [`X11Keeper::check`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// The kiosk is the active window (or no window manager says which is: nothing to do).
    OnScreen,
    /// Another window, or none, has become active: activation was asked for.
    Reclaimed,
    /// Still not active, asked again (a window manager that is slow or refuses).
    StillAsking,
    /// Active again after being asked for.
    Regained,
}

impl X11Keeper {
    /// Connects to `$DISPLAY`. None where there is no X display.
    pub fn connect() -> Option<X11Keeper> {
        let (conn, screen) = x11rb::connect(None).ok()?;
        let root = conn.setup().roots.get(screen)?.root;
        let atom = |name: &[u8]| -> Option<Atom> { Some(conn.intern_atom(false, name).ok()?.reply().ok()?.atom) };
        let (active_window, current_desktop, wm_desktop) =
            (atom(b"_NET_ACTIVE_WINDOW")?, atom(b"_NET_CURRENT_DESKTOP")?, atom(b"_NET_WM_DESKTOP")?);
        Some(X11Keeper { conn, asking: false.into(), root, active_window, current_desktop, wm_desktop })
    }

    /// A 32-bit property of `window`; None where it is not set.
    fn property(&self, window: Window, property: Atom, type_: AtomEnum) -> Option<u32> {
        let reply = self.conn.get_property(false, window, property, type_, 0, 1).ok()?.reply().ok()?;
        if reply.type_ == u32::from(AtomEnum::NONE) {
            return None;
        }
        reply.value32()?.next()
    }

    /// Sends a pager's request about `window` to the window manager.
    fn ask(&self, window: Window, message: Atom, data: [u32; 5]) {
        let event = ClientMessageEvent::new(32, window, message, data);
        let mask = EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY;
        let _ = self.conn.send_event(false, self.root, mask, event);
        let _ = self.conn.flush();
    }

    /// Asks for `window` to be activated if another window (or none) is active: first its
    /// workspace shown (window managers do not switch workspaces for an activation), then the
    /// activation itself.
    pub fn check(&self, window: Window) -> Seen {
        // No window manager (no _NET_ACTIVE_WINDOW on the root): nobody can hide the kiosk.
        let Some(active) = self.property(self.root, self.active_window, AtomEnum::WINDOW) else {
            self.asking.set(false);
            return Seen::OnScreen;
        };
        if active == window {
            return if self.asking.replace(false) { Seen::Regained } else { Seen::OnScreen };
        }
        let ours = self.property(window, self.wm_desktop, AtomEnum::CARDINAL);
        let shown = self.property(self.root, self.current_desktop, AtomEnum::CARDINAL);
        if let (Some(ours), Some(shown)) = (ours, shown)
            && ours != shown
            && ours != u32::MAX
        {
            self.ask(self.root, self.current_desktop, [ours, 0, 0, 0, 0]);
        }
        // Source indication 2: a pager's request, which window managers honour at once
        // (de-iconify, end "show desktop", raise, focus).
        self.ask(window, self.active_window, [2, 0, 0, 0, 0]);
        if self.asking.replace(true) { Seen::StillAsking } else { Seen::Reclaimed }
    }
}
