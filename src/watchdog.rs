//! systemd's service notifications and watchdog (the `sd_notify` protocol: one datagram to the
//! Unix socket named by `NOTIFY_SOCKET`), without libsystemd.
//!
//! The kiosk says `READY=1` once its window is about to show, `STOPPING=1` when it stops, and
//! `WATCHDOG=1` from a timer of the UI event loop at half the unit's `WatchdogSec`: a UI thread
//! that hangs stops the pings, and systemd kills and restarts the kiosk instead of leaving a
//! frozen screen in the lobby. Outside systemd (no `NOTIFY_SOCKET`) nothing is sent.

use std::os::unix::net::{SocketAddr, UnixDatagram};
use std::time::Duration;

/// Where systemd listens for this service's notifications.
pub struct Notifier {
    socket: UnixDatagram,
    addr: SocketAddr,
    warned: std::cell::Cell<bool>,
}

impl Notifier {
    /// The socket of `NOTIFY_SOCKET` (a path, or `@name` in the abstract namespace); None
    /// outside systemd or when the variable is unusable (said in the log).
    pub fn from_env() -> Option<Notifier> {
        let value = std::env::var_os("NOTIFY_SOCKET")?;
        match Notifier::to(&value.to_string_lossy()) {
            Ok(n) => Some(n),
            Err(e) => {
                log::warn!("NOTIFY_SOCKET is set but unusable: {e}");
                None
            }
        }
    }

    /// A notifier to the socket `name` (a path, or `@name` in the abstract namespace).
    pub fn to(name: &str) -> std::io::Result<Notifier> {
        let addr = if let Some(abstract_name) = name.strip_prefix('@') {
            use std::os::linux::net::SocketAddrExt;
            SocketAddr::from_abstract_name(abstract_name.as_bytes())?
        } else if name.starts_with('/') {
            SocketAddr::from_pathname(name)?
        } else {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("{name:?}: not a socket path")));
        };
        Ok(Notifier { socket: UnixDatagram::unbound()?, addr, warned: std::cell::Cell::new(false) })
    }

    /// Sends `state` (`READY=1`, `WATCHDOG=1`, `STOPPING=1`, `STATUS=…`); a failure is logged
    /// (once), never fatal.
    pub fn notify(&self, state: &str) {
        if let Err(e) = self.socket.send_to_addr(state.as_bytes(), &self.addr)
            && !self.warned.replace(true)
        {
            log::warn!("sd_notify {state}: {e}");
        }
    }
}

/// How often to send `WATCHDOG=1`: half of `WATCHDOG_USEC`, if the watchdog is this process's:
/// `WATCHDOG_PID` unset, equal to `pid`, or equal to `parent` — the unit's main process that
/// started the kiosk (cage, in the shipped session: systemd names cage, whose only job is to run
/// the kiosk, and the kiosk is what must prove its UI alive; `NotifyAccess=all` lets it).
pub fn ping_interval(
    watchdog_usec: Option<&str>,
    watchdog_pid: Option<&str>,
    pid: u32,
    parent: u32,
) -> Option<Duration> {
    let usec: u64 = watchdog_usec?.trim().parse().ok().filter(|u| *u > 0)?;
    if let Some(p) = watchdog_pid
        && !p.trim().parse::<u32>().is_ok_and(|p| p == pid || p == parent)
    {
        return None;
    }
    Some(Duration::from_micros(usec / 2))
}

/// [`ping_interval`] from this process's environment.
pub fn ping_interval_from_env() -> Option<Duration> {
    let usec = std::env::var("WATCHDOG_USEC").ok();
    let pid = std::env::var("WATCHDOG_PID").ok();
    ping_interval(usec.as_deref(), pid.as_deref(), std::process::id(), std::os::unix::process::parent_id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ping_comes_at_half_the_watchdog_time_for_this_process_or_the_one_that_started_it() {
        assert_eq!(ping_interval(Some("30000000"), None, 7, 1), Some(Duration::from_secs(15)));
        assert_eq!(ping_interval(Some("30000000"), Some("7"), 7, 1), Some(Duration::from_secs(15)));
        // Under cage, systemd's main process is cage, the kiosk's parent.
        assert_eq!(ping_interval(Some("30000000"), Some("6"), 7, 6), Some(Duration::from_secs(15)));
        assert_eq!(ping_interval(Some("30000000"), Some("8"), 7, 6), None, "another process's watchdog");
        assert_eq!(ping_interval(None, None, 7, 1), None);
        assert_eq!(ping_interval(Some("0"), None, 7, 1), None);
        assert_eq!(ping_interval(Some("soon"), None, 7, 1), None);
    }

    #[test]
    fn notifications_reach_a_path_socket_and_an_abstract_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let server = UnixDatagram::bind(&path).unwrap();
        Notifier::to(path.to_str().unwrap()).unwrap().notify("READY=1");
        let mut buf = [0u8; 64];
        let n = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"READY=1");

        let name = format!("cc-kiosk-test-{}", std::process::id());
        use std::os::linux::net::SocketAddrExt;
        let server = UnixDatagram::bind_addr(&SocketAddr::from_abstract_name(name.as_bytes()).unwrap()).unwrap();
        Notifier::to(&format!("@{name}")).unwrap().notify("WATCHDOG=1");
        let n = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"WATCHDOG=1");

        assert!(Notifier::to("relative/socket").is_err());
    }
}
