//! The kiosk takes the screen back under a stock X11 window manager (openbox, whose defaults
//! bind Super+D to "show desktop" and Ctrl+Alt+arrows to other workspaces): hidden by each of
//! those, and minimised, the fullscreen kiosk comes back by itself with the visitor's screen.
//! (The shipped session, cage, has none of these: tests/session.rs.)
//!
//! Skipped, with the reason printed, where Xvfb, openbox or xdotool are missing.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::x11::{Xvfb, on_path, start_and_home, wait_for};

#[test]
fn hidden_by_the_window_manager_the_kiosk_takes_the_screen_back() {
    if [on_path("Xvfb"), on_path("openbox"), on_path("xdotool")].iter().any(Option::is_none) {
        println!("skipped: needs Xvfb, openbox and xdotool (Debian: apt install xvfb openbox xdotool)");
        return;
    }
    let (start_ref, home_ref, french) = start_and_home("fr-BE");
    let xvfb = Xvfb::start();
    let mut wm = Command::new("openbox")
        .env("DISPLAY", &xvfb.display)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("openbox");
    wait_for("openbox", Duration::from_secs(20), || {
        xvfb.xdotool(&["get_num_desktops"]).is_ok_and(|n| n.trim().parse::<u32>().is_ok_and(|n| n > 1))
    });

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        "[kiosk]\nid = \"RAISE-01\"\nshort_code = \"RSE\"\ndata_dir = \"data\"\n[central]\nbase_url = \
         \"http://127.0.0.1:9/\"\ntoken_file = \"token\"\nallow_insecure_http = true\n",
    )
    .unwrap();
    let log = dir.path().join("kiosk.log");
    let mut kiosk = Command::new(env!("CARGO_BIN_EXE_cc-kiosk"))
        .arg("--config")
        .arg(&config)
        .env("DISPLAY", &xvfb.display)
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("kiosk");
    let said = |what: &str| std::fs::read_to_string(&log).unwrap_or_default().matches(what).count();
    let reclaims = || said("the kiosk asked for it back");
    let regained = || said("the kiosk has the screen again");

    // A visitor on the French home.
    let mut window = String::new();
    wait_for("the kiosk's window", Duration::from_secs(60), || {
        window = xvfb.xdotool(&["search", "--class", "cc-kiosk"]).unwrap_or_default().trim().to_string();
        !window.is_empty()
    });
    let window = window.lines().last().unwrap().to_string();
    wait_for("the start screen", Duration::from_secs(60), || {
        xvfb.picture().is_some_and(|p| p.difference(&start_ref) < 0.01)
    });
    xvfb.tap(french);
    wait_for("the French home", Duration::from_secs(30), || {
        xvfb.picture().is_some_and(|p| p.difference(&home_ref) < 0.01)
    });

    let hide: [(&str, &[&str]); 3] = [
        ("Super+D (show desktop)", &["key", "super+d"]),
        ("Ctrl+Alt+Right (next workspace)", &["key", "ctrl+alt+Right"]),
        ("minimised", &["windowminimize", &window]),
    ];
    for (what, action) in hide {
        let (asked, back) = (reclaims(), regained());
        xvfb.xdotool(action).expect("xdotool");
        wait_for(&format!("{what}: the kiosk asking for the screen back"), Duration::from_secs(20), || {
            reclaims() > asked
        });
        // The kiosk saw itself back (so that the next loss is a new one).
        wait_for(&format!("{what}: the kiosk seeing it has the screen"), Duration::from_secs(20), || regained() > back);
        wait_for(&format!("{what}: the French home on screen again"), Duration::from_secs(20), || {
            xvfb.picture().is_some_and(|p| p.difference(&home_ref) < 0.01)
        });
        assert_eq!(xvfb.xdotool(&["get_desktop"]).unwrap().trim(), "0", "{what}: back on the kiosk's workspace");
        println!("raise: {what}: back");
    }
    assert!(kiosk.try_wait().unwrap().is_none(), "the kiosk still runs");
    // SAFETY: kill(2) of our own children.
    unsafe {
        libc::kill(kiosk.id() as i32, libc::SIGTERM);
        libc::kill(wm.id() as i32, libc::SIGTERM);
    }
    let _ = kiosk.wait();
    let _ = wm.wait();
}
