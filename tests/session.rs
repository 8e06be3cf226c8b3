//! The kiosk session as a terminal boots it, headless: the shipped unit's command line
//! (`kiosk-config/cc-kiosk.service`: cage, the Wayland kiosk compositor, running `cc-kiosk`)
//! with cage drawing into an Xvfb screen (its X11 back-end) instead of a monitor, real pointer
//! and key events from xdotool, and the screen read from Xvfb's frame buffer file.
//!
//! - The first frame is the start screen, equal to the kiosk's own headless render of it.
//! - A tap on "Deutsch" opens the German home; then Alt+F4, Ctrl+Q/W, Alt+Tab, F11, Super+D,
//!   Ctrl+Alt+arrows, Ctrl+Alt+Delete, Alt+F2, Ctrl+Alt+F2, a right click and a 5-second press
//!   leave it there: cage has no key bindings and the kiosk ignores them.
//! - SIGTERM (systemd's stop) ends the kiosk cleanly, and cage with it.
//!
//! Skipped, with the reason printed, where cage, Xvfb or xdotool are missing (CI installs them).
//! cage refuses to run as root: as root the session runs as `nobody`, like the unit's own user.

mod common;

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::x11::{HEIGHT, Picture, WIDTH, Xvfb, on_path, start_and_home, wait_for};

const NOBODY: u32 = 65534;

/// The shipped unit's ExecStart and Environment, for this machine's paths.
fn unit_command(cage: &Path, exe: &Path, config: &Path) -> (Vec<String>, Vec<(String, String)>) {
    let unit = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk-config/cc-kiosk.service"))
        .expect("kiosk-config/cc-kiosk.service");
    let exec = unit.lines().find_map(|l| l.strip_prefix("ExecStart=")).expect("the unit has an ExecStart");
    let args = exec
        .split_whitespace()
        .map(|a| match a {
            "/usr/bin/cage" => cage.display().to_string(),
            "/usr/local/bin/cc-kiosk" => exe.display().to_string(),
            "/etc/cc-kiosk/kiosk.toml" => config.display().to_string(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>();
    assert!(args[0].ends_with("cage"), "the unit starts the kiosk under cage: {exec}");
    let env = unit
        .lines()
        .filter_map(|l| l.strip_prefix("Environment="))
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    (args, env)
}

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| s.rsplit_once(')').is_some_and(|(_, r)| !r.trim_start().starts_with('Z')))
}

/// The kiosk: cage's child process.
fn child_of(pid: u32) -> Option<u32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).ok()?.split_whitespace().next()?.parse().ok()
}

/// The shipped session, running: cage with the kiosk, on its own Xvfb screen.
struct Session {
    xvfb: Xvfb,
    cage: Child,
    dir: tempfile::TempDir,
    started: Instant,
    /// systemd's notification socket as the unit's processes see it (`NOTIFY_SOCKET`).
    notify: std::os::unix::net::UnixDatagram,
}

impl Session {
    /// Starts the unit's command line with a kiosk config ending in `ui` (a `[ui]` section or
    /// nothing). None (and the reason printed) where the tools are missing.
    fn start(ui: &str) -> Option<Session> {
        let (Some(cage), Some(_), Some(_)) = (on_path("cage"), on_path("Xvfb"), on_path("xdotool")) else {
            println!(
                "skipped: the session test needs cage, Xvfb and xdotool (Debian: apt install cage xwayland xvfb xdotool)"
            );
            return None;
        };
        // SAFETY: getuid(2) has no preconditions.
        let root = unsafe { libc::getuid() } == 0;
        // The terminal's files: a config and data dir the session's user owns.
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("run");
        std::fs::create_dir(&runtime).unwrap();
        let exe = dir.path().join("cc-kiosk");
        std::fs::copy(env!("CARGO_BIN_EXE_cc-kiosk"), &exe).expect("copy the kiosk");
        let config = dir.path().join("kiosk.toml");
        std::fs::write(
            &config,
            format!(
                "[kiosk]\nid = \"SESSION-01\"\nshort_code = \"SES\"\ndata_dir = \"data\"\n[central]\nbase_url = \
                 \"http://127.0.0.1:9/\"\ntoken_file = \"token\"\nallow_insecure_http = true\n{ui}"
            ),
        )
        .unwrap();
        if root {
            for p in [dir.path(), &runtime, &exe, &config] {
                std::os::unix::fs::chown(p, Some(NOBODY), Some(NOBODY)).expect("chown");
            }
        }
        std::fs::set_permissions(&runtime, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();

        // systemd's side of Type=notify and WatchdogSec: a socket the session's user may write to.
        let notify_path = dir.path().join("notify");
        let notify = std::os::unix::net::UnixDatagram::bind(&notify_path).expect("notify socket");
        std::fs::set_permissions(&notify_path, std::os::unix::fs::PermissionsExt::from_mode(0o666)).unwrap();
        notify.set_read_timeout(Some(Duration::from_millis(200))).unwrap();

        let xvfb = Xvfb::start();
        let (args, unit_env) = unit_command(&cage, &exe, &config);
        // As systemd starts the unit's main process: WATCHDOG_PID is its own pid (cage's: the
        // shell execs setpriv, which execs cage).
        let mut command = Command::new("sh");
        command.args(["-c", "WATCHDOG_PID=$$ exec \"$@\"", "sh"]);
        if root {
            command.args([
                "setpriv".into(),
                format!("--reuid={NOBODY}"),
                format!("--regid={NOBODY}"),
                "--clear-groups".into(),
                "--".into(),
            ]);
        }
        command.args(&args);
        command
            .env_clear()
            .envs(unit_env)
            .env("NOTIFY_SOCKET", &notify_path)
            .env("WATCHDOG_USEC", "2000000")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("DISPLAY", &xvfb.display)
            // cage's X11 back-end (a window on Xvfb instead of a monitor), drawn on the CPU.
            .env("WLR_BACKENDS", "x11")
            .env("WLR_RENDERER", "pixman")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            .env("RUST_LOG", "info")
            .current_dir(dir.path())
            .stdout(std::fs::File::create(dir.path().join("session.out")).unwrap())
            .stderr(std::fs::File::create(dir.path().join("session.err")).unwrap());
        let started = Instant::now();
        let cage = command.spawn().expect("start the session");
        let session = Session { xvfb, cage, dir, started, notify };

        // cage's output is a window on Xvfb (the only one besides the root, which has the
        // screen's size); the monitor it stands for is 1920×1080.
        let mut output = None;
        wait_for("cage's output window", Duration::from_secs(30), || {
            session.assert_alive();
            let windows =
                session.xvfb.xdotool(&["search", "--maxdepth", "1", "--onlyvisible", "--name", ""]).unwrap_or_default();
            output = windows.split_whitespace().map(str::to_string).find(|id| {
                session
                    .xvfb
                    .xdotool(&["getwindowgeometry", id])
                    .is_ok_and(|g| g.contains("Geometry:") && !g.contains(&format!("Geometry: {WIDTH}x{HEIGHT}")))
            });
            output.is_some()
        });
        let output = output.unwrap();
        session
            .xvfb
            .xdotool(&["windowsize", &output, &WIDTH.to_string(), &HEIGHT.to_string()])
            .expect("size the output");
        Some(session)
    }

    /// Waits for the notification `what` (`READY=1`, `WATCHDOG=1`) on systemd's socket.
    fn wait_for_notification(&self, what: &str) {
        let mut buf = [0u8; 256];
        wait_for(&format!("{what} from the session"), Duration::from_secs(30), || {
            self.assert_alive();
            matches!(self.notify.recv(&mut buf), Ok(n) if &buf[..n] == what.as_bytes())
        });
    }

    /// What cage and the kiosk wrote (the journal, under systemd).
    fn log(&self) -> String {
        let mut s = std::fs::read_to_string(self.dir.path().join("session.out")).unwrap_or_default();
        s.push_str(&std::fs::read_to_string(self.dir.path().join("session.err")).unwrap_or_default());
        s
    }

    fn assert_alive(&self) {
        assert!(alive(self.cage.id()), "the session ended:\n{}", self.log());
    }

    /// Waits until the screen shows `reference` (under 1 % of its pixels differ); the share.
    fn wait_for_screen(&self, what: &str, reference: &Picture) -> f64 {
        let mut last = 1.0;
        wait_for(what, Duration::from_secs(90), || {
            self.assert_alive();
            last = self.xvfb.picture().map(|p| p.difference(reference)).unwrap_or(1.0);
            last < 0.01
        });
        last
    }

    /// systemd's stop: SIGTERM to the unit's processes (here the kiosk, cage's child); the kiosk
    /// stops cleanly and cage ends with it.
    fn stop(mut self) -> String {
        let kiosk = child_of(self.cage.id()).expect("the kiosk runs under cage");
        // SAFETY: kill(2) of the kiosk, a process of this test's session.
        unsafe { libc::kill(kiosk as i32, libc::SIGTERM) };
        wait_for("cage ending with the kiosk", Duration::from_secs(30), || {
            self.cage.try_wait().ok().flatten().is_some()
        });
        self.log()
    }
}

fn references() -> (Picture, Picture, (f32, f32)) {
    let (start, home, deutsch) = start_and_home("de-BE");
    // The oracle tells the two screens apart.
    assert!(start.difference(&home) > 0.05, "the start and home references must differ");
    (start, home, deutsch)
}

#[test]
fn the_shipped_session_boots_into_the_start_screen_and_keeps_the_visitor_in() {
    let Some(session) = Session::start("") else { return };
    let (start_ref, home_ref, deutsch) = references();

    // The first frame: the start screen, as the kiosk draws it headless.
    let differ = session.wait_for_screen("the start screen on the session's screen", &start_ref);
    println!(
        "session: the start screen after {:.2} s (debug build; {:.3} % of pixels differ from the headless render)",
        session.started.elapsed().as_secs_f64(),
        differ * 100.0
    );
    let kiosk = child_of(session.cage.id()).expect("the kiosk runs under cage");
    // Type=notify and the watchdog reach systemd from the kiosk, cage's child: ready, then a
    // ping (every second for WatchdogSec=2 s), though WATCHDOG_PID names cage.
    session.wait_for_notification("READY=1");
    session.wait_for_notification("WATCHDOG=1");
    assert!(session.log().contains("cc_kiosk"), "the kiosk logs to cage's output (the journal):\n{}", session.log());

    // A visitor taps "Deutsch".
    session.xvfb.tap(deutsch);
    session.wait_for_screen("the German home after the tap", &home_ref);

    // What would take a visitor out of a desktop's application does nothing here.
    for chord in [
        "alt+F4",
        "ctrl+q",
        "ctrl+w",
        "alt+Tab",
        "F11",
        "super+d",
        "ctrl+alt+Right",
        "ctrl+alt+Left",
        "ctrl+alt+Up",
        "ctrl+alt+Down",
        "ctrl+alt+Delete",
        "alt+F2",
        "ctrl+alt+F2",
        "ctrl+alt+BackSpace",
        "super",
    ] {
        session.xvfb.xdotool(&["key", chord]).expect("key");
    }
    session.xvfb.xdotool(&["mousemove", "960", "40", "click", "3"]).expect("right click");
    session.xvfb.xdotool(&["mousedown", "1"]).expect("press");
    std::thread::sleep(Duration::from_secs(5));
    session.xvfb.xdotool(&["mouseup", "1"]).expect("release");
    // Let anything those caused reach the screen: the kiosk would have changed it by then.
    std::thread::sleep(Duration::from_secs(2));
    session.assert_alive();
    assert!(alive(kiosk), "the kiosk survived the keys:\n{}", session.log());
    let now = session.xvfb.picture().expect("screen");
    assert!(
        now.difference(&home_ref) < 0.01,
        "still the German home ({:.2} % differ)",
        now.difference(&home_ref) * 100.0
    );

    let log = session.stop();
    assert!(log.contains("the kiosk stopped cleanly"), "{log}");
}

/// `renderer = "gl"` on a terminal without wayland-egl (a package left out): the kiosk says so
/// in the log and draws with the software renderer, instead of crashing in a loop.
#[test]
fn gl_without_its_libraries_draws_in_software_and_says_so() {
    if cc_kiosk::app::missing_gl_library(true).is_none() {
        println!(
            "skipped: this machine has the OpenGL libraries of the gl renderer (nothing is missing to fall back from)"
        );
        return;
    }
    let Some(session) = Session::start("[ui]\nrenderer = \"gl\"\n") else { return };
    let (start_ref, _, _) = references();
    session.wait_for_screen("the start screen drawn in software", &start_ref);
    let log = session.stop();
    assert!(log.contains("renderer = \"gl\"") && log.contains("drawing with the software renderer instead"), "{log}");
    assert!(log.contains("the kiosk stopped cleanly"), "{log}");
}
