//! The real kiosk window under Xvfb, for each renderer of `[ui] renderer`: time to the first
//! settled frame, memory (PSS), CPU while idle and while typing on the on-screen keyboard, and
//! the time a page change and a key's echo take to reach the screen.
//!
//! `cargo bench --bench window` starts its own Xvfb (1920×1080, 24 bits, no window manager), then
//! the release `cc-kiosk` binary in it, and watches the screen through Xvfb's frame buffer file
//! (`-fbdir`, read every 4 ms): a frame is *settled* when it has not changed for 0.25 s, and the
//! time reported is the moment the settled picture first appeared. Taps are real pointer clicks
//! (xdotool) at the places the headless UI (`tests/common`) says each control is drawn. Without
//! Xvfb or xdotool it says so and measures nothing; under `cargo test` it does not run (it needs
//! a release build and a minute per renderer).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Harness;
use common::x11::{HEIGHT, WIDTH, Xvfb, centre_of, on_path};

/// A frame unchanged for this long is settled (less than half the text cursor's blink period,
/// 1 s: a blinking cursor must not keep the screen from settling).
const QUIET: Duration = Duration::from_millis(250);
const POLL: Duration = Duration::from_millis(4);

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("window: measured by `cargo bench --bench window` (a release build and Xvfb); not under cargo test");
        return;
    }
    for tool in ["Xvfb", "xdotool"] {
        if on_path(tool).is_none() {
            println!("window: skipped: {tool} not found (Debian: apt install xvfb xdotool); nothing measured");
            return;
        }
    }
    let places = Places::find();
    let runs = std::env::var("CC_WINDOW_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(3usize);
    println!(
        "window: the release kiosk in Xvfb {WIDTH}x{HEIGHT}x24 (no window manager, Mesa llvmpipe for OpenGL), \
         {} cores, {runs} starts per renderer, alternated",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
    );
    let renderers = ["software", "gl"];
    let mut results: Vec<Vec<Run>> = vec![vec![]; renderers.len()];
    for i in 0..runs {
        for (r, renderer) in renderers.iter().enumerate() {
            // The typing and page changes once per renderer (in the first start): they take long.
            let full = i == 0;
            // A new X server for each start: the screen starts black, whatever the last one left.
            let xvfb = Xvfb::start();
            let run = measure(&xvfb, &places, renderer, full);
            match run {
                Ok(run) => results[r].push(run),
                Err(e) => println!("window: {renderer}: {e}"),
            }
        }
    }
    println!(
        "{:<9} {:>14} {:>9} {:>9} {:>11} {:>12} {:>9}",
        "renderer", "first frame", "PSS", "CPU idle", "CPU typing", "page change", "key echo"
    );
    for (r, renderer) in renderers.iter().enumerate() {
        let runs = &results[r];
        if runs.is_empty() {
            println!("{renderer:<9} (no run succeeded)");
            continue;
        }
        let first = median(runs.iter().map(|r| r.first_frame.as_secs_f64()).collect());
        let pss = median(runs.iter().map(|r| r.pss_mib).collect());
        let idle = median(runs.iter().map(|r| r.cpu_idle).collect());
        let full = runs.iter().find(|r| r.cpu_typing.is_some());
        let typing = full.and_then(|r| r.cpu_typing).unwrap_or(f64::NAN);
        let page = full.map(|r| median(r.page_changes.clone())).unwrap_or(f64::NAN);
        let key = full.map(|r| median(r.key_echoes.clone())).unwrap_or(f64::NAN);
        let rate = full.map(|r| r.keys_per_second).unwrap_or(f64::NAN);
        println!(
            "{renderer:<9} {:>12.3} s {:>5.1} MiB {:>7.1} % {:>9.1} % {:>9.0} ms {:>6.0} ms  ({rate:.1} keys/s)",
            first,
            pss,
            idle,
            typing,
            page * 1000.0,
            key * 1000.0
        );
    }
    println!(
        "window: first frame = start of the process to the settled start screen (median of the starts); PSS after \
         it; CPU in % of one core, idle over 10 s on the home screen and while typing 20 letters on the on-screen \
         keyboard (a 0.1 s press every ~0.45 s); page change = a release of a tap on a home tile or Back to the settled next screen, and key echo = \
         the release of a key to the first picture with its letter (medians of 6 and 20; the screen is read every 4 ms)"
    );
}

#[derive(Clone)]
struct Run {
    first_frame: Duration,
    pss_mib: f64,
    cpu_idle: f64,
    cpu_typing: Option<f64>,
    page_changes: Vec<f64>,
    key_echoes: Vec<f64>,
    keys_per_second: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Where the controls the bench taps are drawn, read from the headless UI at the same size.
struct Places {
    french: (f32, f32),
    ask: (f32, f32),
    back: (f32, f32),
    telecom: (f32, f32),
    next: (f32, f32),
    question: (f32, f32),
    keys: Vec<(f32, f32)>,
}

impl Places {
    fn find() -> Places {
        let mut h = Harness::new();
        let centre = centre_of;
        let french = centre(&h, &h.tr.get("lang-name", "fr-BE"));
        h.choose_language("fr-BE");
        let ask = centre(&h, &h.t("home-ask"));
        h.tap_key("home-ask");
        let back = centre(&h, &h.t("nav-back"));
        let telecom = centre(&h, &h.t("theme-telecom"));
        h.tap_key("theme-telecom");
        let next = centre(&h, &h.t("report-next"));
        h.tap_key("report-next");
        let question = {
            let f = h.field("field-question");
            let (p, s) = (f.absolute_position(), f.size());
            (p.x + s.width / 2.0, p.y + s.height / 2.0)
        };
        h.touch_field("field-question");
        let keys = "bonjourmadame".chars().map(|c| centre(&h, &c.to_string())).collect();
        Places { french, ask, back, telecom, next, question, keys }
    }
}

/// The bench's uses of the tests' Xvfb screen.
trait Screen {
    fn press_and_release(&self, at: (f32, f32)) -> (Instant, Vec<u8>);
    fn first_change(&self, from: Instant, before: &[u8]) -> Result<Duration, String>;
    fn settled(&self, from: Instant, before: &[u8]) -> Result<(Duration, Vec<u8>), String>;
}

impl Screen for Xvfb {
    /// A tap: the pointer pressed there, held 0.1 s (the pressed control is drawn), then
    /// released. Returns when the release was sent (a control acts on the release, like a
    /// finger lifted), which is when the clock starts, and the screen just before the release.
    fn press_and_release(&self, (x, y): (f32, f32)) -> (Instant, Vec<u8>) {
        let (x, y) = (format!("{}", x.round() as i32), format!("{}", y.round() as i32));
        self.xdotool(&["mousemove", &x, &y, "mousedown", "1"]).expect("xdotool mousedown");
        std::thread::sleep(Duration::from_millis(100));
        let pressed = self.frame();
        self.xdotool(&["mouseup", "1"]).expect("xdotool mouseup");
        (Instant::now(), pressed)
    }

    /// The time from `from` to the first picture that differs from `before`.
    fn first_change(&self, from: Instant, before: &[u8]) -> Result<Duration, String> {
        let deadline = from + Duration::from_secs(10);
        loop {
            if self.frame() != before {
                return Ok(from.elapsed());
            }
            if Instant::now() > deadline {
                return Err("nothing changed on screen within 10 s".into());
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the screen differs from `before` and then stays unchanged for [`QUIET`];
    /// returns when (after `from`) the settled picture first appeared, and the picture. A
    /// change seen before `from` (a pressed key drawn while the finger is down) is not the
    /// settled picture unless nothing follows it: then the time is 0.
    fn settled(&self, from: Instant, before: &[u8]) -> Result<(Duration, Vec<u8>), String> {
        let deadline = from + Duration::from_secs(30);
        let mut last = self.frame();
        let mut since = Instant::now();
        loop {
            std::thread::sleep(POLL);
            let now = Instant::now();
            let f = self.frame();
            if f != last {
                last = f;
                since = now;
                if let Some(dir) = std::env::var_os("CC_WINDOW_TRACE") {
                    let ms = (now - from).as_secs_f64() * 1000.0;
                    eprintln!("  frame changed at {ms:.0} ms");
                    let _ = std::fs::write(Path::new(&dir).join(format!("{:?}-{ms:04.0}.xwd", from)), &last);
                }
            } else if last != before && now - since >= QUIET {
                return Ok((since.saturating_duration_since(from), last));
            }
            if now > deadline {
                return Err("the screen did not settle within 30 s".into());
            }
        }
    }
}

/// utime + stime of a process (all its threads), in seconds.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0)
        + fields.get(12).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    // SAFETY: sysconf reads a constant.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks / hz
}

fn pss_mib(pid: u32) -> f64 {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kib| kib / 1024.0)
        .unwrap_or(f64::NAN)
}

struct Kiosk {
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        // SAFETY: a plain kill(2) of our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

fn start_kiosk(xvfb: &Xvfb, renderer: &str) -> Result<Kiosk, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        format!(
            "[kiosk]\nid = \"BENCH-01\"\nshort_code = \"BN\"\ndata_dir = \"data\"\n[central]\nbase_url = \
             \"http://127.0.0.1:9/\"\ntoken_file = \"token\"\nallow_insecure_http = true\n[ui]\nrenderer = \
             \"{renderer}\"\n"
        ),
    )
    .map_err(|e| e.to_string())?;
    let child = Command::new(exe())
        .arg("--config")
        .arg(&config)
        .env("DISPLAY", &xvfb.display)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("SLINT_BACKEND")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    Ok(Kiosk { child, _dir: dir })
}

fn exe() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_cc-kiosk"))
}

fn measure(xvfb: &Xvfb, at: &Places, renderer: &str, full: bool) -> Result<Run, String> {
    let blank = xvfb.frame();
    let t0 = Instant::now();
    let kiosk = start_kiosk(xvfb, renderer)?;
    let pid = kiosk.child.id();
    let (first_frame, _) = xvfb.settled(t0, &blank)?;
    let pss = pss_mib(pid);
    // Idle: the home screen, nothing touched, for 10 s.
    let (t, before) = xvfb.press_and_release(at.french);
    xvfb.settled(t, &before)?;
    let c0 = cpu_seconds(pid);
    let w0 = Instant::now();
    std::thread::sleep(Duration::from_secs(10));
    let cpu_idle = (cpu_seconds(pid) - c0) / w0.elapsed().as_secs_f64() * 100.0;
    let mut run = Run {
        first_frame,
        pss_mib: pss,
        cpu_idle,
        cpu_typing: None,
        page_changes: vec![],
        key_echoes: vec![],
        keys_per_second: 0.0,
    };
    if !full {
        return Ok(run);
    }
    // Page changes: a home tile, then Back; three times.
    for _ in 0..3 {
        for target in [at.ask, at.back] {
            let (t, before) = xvfb.press_and_release(target);
            let (took, _) = xvfb.settled(t, &before)?;
            run.page_changes.push(took.as_secs_f64());
        }
    }
    // Typing: the question form's text field, its keyboard, 20 letters.
    for target in [at.ask, at.telecom, at.next, at.question] {
        let (t, before) = xvfb.press_and_release(target);
        xvfb.settled(t, &before)?;
    }
    let c0 = cpu_seconds(pid);
    let w0 = Instant::now();
    for i in 0..20 {
        let (t, before) = xvfb.press_and_release(at.keys[i % at.keys.len()]);
        run.key_echoes.push(xvfb.first_change(t, &before)?.as_secs_f64());
        // The text cursor shows again 0.17 s after a letter (Slint restarts its blink): the
        // next key once that is drawn, as a brisk typist would.
        std::thread::sleep(Duration::from_millis(300));
    }
    let wall = w0.elapsed().as_secs_f64();
    run.cpu_typing = Some((cpu_seconds(pid) - c0) / wall * 100.0);
    run.keys_per_second = 20.0 / wall;
    drop(kiosk);
    Ok(run)
}
