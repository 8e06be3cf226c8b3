//! X11 helpers for the tests that run the real window: an Xvfb screen read from its frame buffer
//! file, xdotool input, and pictures compared with the kiosk's headless render.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use slint::ComponentHandle;

use super::Harness;

pub const WIDTH: u32 = 1920;
pub const HEIGHT: u32 = 1080;

pub fn on_path(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join(tool)).find(|p| p.is_file()))
}

/// An RGB picture.
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
}

impl Picture {
    /// The top-left WIDTH×HEIGHT of an XWD file (what Xvfb keeps in `-fbdir`), 24/32 bits.
    pub fn from_xwd(data: &[u8]) -> Option<Picture> {
        let field =
            |i: usize| -> Option<u32> { Some(u32::from_be_bytes(data.get(i * 4..i * 4 + 4)?.try_into().ok()?)) };
        let (header, width, height) = (field(0)? as usize, field(4)?, field(5)?);
        let (lsb_first, bpp, line, ncolors) = (field(7)? == 0, field(11)?, field(12)? as usize, field(19)? as usize);
        if bpp != 32 || width < WIDTH || height < HEIGHT {
            return None;
        }
        let pixels = data.get(header + ncolors * 12..)?;
        let mut rgb = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
        for y in 0..HEIGHT as usize {
            for x in 0..WIDTH as usize {
                let p = pixels.get(y * line + x * 4..y * line + x * 4 + 4)?;
                if lsb_first {
                    rgb.extend_from_slice(&[p[2], p[1], p[0]])
                } else {
                    rgb.extend_from_slice(&[p[1], p[2], p[3]])
                }
            }
        }
        Some(Picture { width: WIDTH, height: HEIGHT, rgb })
    }

    pub fn from_snapshot(h: &Harness) -> Picture {
        let shot = h.kiosk.window.window().take_snapshot().expect("snapshot");
        let rgb = shot.as_bytes().chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
        Picture { width: shot.width(), height: shot.height(), rgb }
    }

    /// The share of pixels that differ by more than 24 in a channel.
    pub fn difference(&self, other: &Picture) -> f64 {
        assert_eq!((self.width, self.height), (other.width, other.height));
        let differ = self
            .rgb
            .chunks(3)
            .zip(other.rgb.chunks(3))
            .filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 24))
            .count();
        differ as f64 / (self.width * self.height) as f64
    }
}

pub struct Xvfb {
    child: Child,
    pub display: String,
    screen: PathBuf,
    _dir: tempfile::TempDir,
}

impl Xvfb {
    pub fn start() -> Xvfb {
        let dir = tempfile::tempdir().expect("tempdir");
        // A display number of this process's own (tests run in parallel; so may other runs).
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let display = format!(":{}", 300 + (std::process::id() % 300) * 8 + n % 8);
        // -noreset: Xvfb otherwise resets itself when its last client leaves (our xdotool
        // calls), refusing connections meanwhile: cage's own connection failed that way.
        let child = Command::new("Xvfb")
            .args([&display, "-screen", "0", &format!("{WIDTH}x{HEIGHT}x24"), "-nolisten", "tcp", "-noreset", "-fbdir"])
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb");
        let x = Xvfb { child, display, screen: dir.path().join("Xvfb_screen0"), _dir: dir };
        wait_for("Xvfb's screen", Duration::from_secs(20), || {
            x.screen.exists() && x.xdotool(&["getmouselocation"]).is_ok()
        });
        x
    }

    pub fn xdotool(&self, args: &[&str]) -> Result<String, String> {
        let out =
            Command::new("xdotool").args(args).env("DISPLAY", &self.display).output().map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// The screen's bytes as Xvfb keeps them (an XWD file).
    pub fn frame(&self) -> Vec<u8> {
        std::fs::read(&self.screen).unwrap_or_default()
    }

    pub fn picture(&self) -> Option<Picture> {
        Picture::from_xwd(&self.frame())
    }

    pub fn tap(&self, (x, y): (f32, f32)) {
        let (x, y) = ((x.round() as i32).to_string(), (y.round() as i32).to_string());
        self.xdotool(&["mousemove", &x, &y, "click", "1"]).expect("tap");
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SAFETY: kill(2) of our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

/// Polls `done` every 50 ms; fails the test (naming `what`) when `limit` passes first. The limit
/// only stops a test that would hang; nothing is decided by how long it took.
pub fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "{what}: not within {} s", limit.as_secs());
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The centre of the first element labelled `label` on screen.
pub fn centre_of(h: &Harness, label: &str) -> (f32, f32) {
    let found = h.find(label);
    let e = found.first().unwrap_or_else(|| panic!("{label:?} is not on screen"));
    let (p, s) = (e.absolute_position(), e.size());
    (p.x + s.width / 2.0, p.y + s.height / 2.0)
}

/// From the kiosk's headless UI at 1920×1080: the start screen, the home in `lang`, and where
/// that language's button is on the start screen.
pub fn start_and_home(lang: &str) -> (Picture, Picture, (f32, f32)) {
    let mut h = Harness::new();
    let start = Picture::from_snapshot(&h);
    let button = centre_of(&h, &h.tr.get("lang-name", lang));
    h.choose_language(lang);
    (start, Picture::from_snapshot(&h), button)
}
