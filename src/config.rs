//! `kiosk.toml`: parsing, defaults and validation with errors that name the file, the key and
//! the problem. A bad file stops the program with one such message; it never panics.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// The languages the kiosk can speak, in the order of the start screen.
pub const ALL_LOCALES: [&str; 4] = cc_core::envelope::LOCALES;

/// What went wrong with a configuration file: always names the file.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct ConfigError {
    pub file: PathBuf,
    pub message: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    kiosk: RawKiosk,
    central: RawCentral,
    #[serde(default)]
    session: RawSession,
    #[serde(default)]
    ui: RawUi,
    #[serde(default)]
    staff: Option<RawStaff>,
    #[serde(default)]
    speech: RawSpeech,
    #[serde(default)]
    printer: Option<RawPrinter>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrinter {
    #[serde(default)]
    device: Option<PathBuf>,
    #[serde(default)]
    cups_queue: Option<String>,
    #[serde(default = "default_printer_columns")]
    columns: usize,
}

fn default_printer_columns() -> usize {
    48
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpeech {
    #[serde(default = "default_speech_program")]
    program: String,
    #[serde(default = "default_speech_rate")]
    rate: u32,
    #[serde(default = "default_headphone_jack")]
    headphone_jack: String,
}

impl Default for RawSpeech {
    fn default() -> Self {
        RawSpeech {
            program: default_speech_program(),
            rate: default_speech_rate(),
            headphone_jack: default_headphone_jack(),
        }
    }
}

fn default_headphone_jack() -> String {
    "auto".into()
}

fn default_speech_program() -> String {
    "espeak-ng".into()
}
fn default_speech_rate() -> u32 {
    150
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStaff {
    accounts_file: PathBuf,
    #[serde(default = "default_max_attempts")]
    max_attempts: u32,
    #[serde(default = "default_lock_minutes")]
    lock_minutes: u64,
    #[serde(default = "default_staff_idle")]
    idle_minutes: u64,
    #[serde(default = "default_assisted_idle")]
    assisted_idle_secs: u64,
}

fn default_max_attempts() -> u32 {
    5
}
fn default_lock_minutes() -> u64 {
    5
}
fn default_staff_idle() -> u64 {
    5
}
fn default_assisted_idle() -> u64 {
    300
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    id: String,
    short_code: String,
    data_dir: PathBuf,
    #[serde(default)]
    content_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentral {
    base_url: String,
    token_file: PathBuf,
    #[serde(default)]
    allow_insecure_http: bool,
    #[serde(default)]
    extra_ca_file: Option<PathBuf>,
    #[serde(default = "default_connect_timeout")]
    connect_timeout_secs: u64,
    #[serde(default = "default_request_timeout")]
    request_timeout_secs: u64,
    #[serde(default = "default_heartbeat")]
    heartbeat_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    #[serde(default = "default_idle")]
    idle_timeout_secs: u64,
    #[serde(default = "default_warning")]
    warning_secs: u64,
}

impl Default for RawSession {
    fn default() -> Self {
        RawSession { idle_timeout_secs: default_idle(), warning_secs: default_warning() }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUi {
    #[serde(default = "default_languages")]
    languages: Vec<String>,
    #[serde(default = "default_follow_up")]
    follow_up_url: String,
    #[serde(default = "default_renderer")]
    renderer: String,
}

impl Default for RawUi {
    fn default() -> Self {
        RawUi { languages: default_languages(), follow_up_url: default_follow_up(), renderer: default_renderer() }
    }
}

fn default_renderer() -> String {
    "software".into()
}

fn default_connect_timeout() -> u64 {
    5
}
fn default_request_timeout() -> u64 {
    30
}
fn default_heartbeat() -> u64 {
    300
}
fn default_idle() -> u64 {
    90
}
fn default_warning() -> u64 {
    30
}
fn default_languages() -> Vec<String> {
    ALL_LOCALES.iter().map(|s| s.to_string()).collect()
}
fn default_follow_up() -> String {
    "https://consumerconnect.be/follow-up?reference={reference}".into()
}

/// How the kiosk's window is drawn (`[ui] renderer`). The default, `software`, was chosen by
/// `benches/window.rs` (README, "The renderer"): on the CPU, without OpenGL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renderer {
    /// Slint's software renderer on the CPU: no OpenGL, no EGL, no GPU driver needed.
    Software,
    /// Slint's FemtoVG renderer on OpenGL (ES) through EGL/GLX: the GPU, or Mesa on the CPU.
    Gl,
    /// Whatever Slint chooses (its default, FemtoVG), or `SLINT_BACKEND` in the environment.
    Auto,
}

/// The validated configuration of one kiosk.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from (for messages).
    pub path: PathBuf,
    pub kiosk_id: String,
    pub short_code: String,
    /// Where the SQLite queue lives; relative paths are taken from the config file's folder.
    pub data_dir: PathBuf,
    /// A folder laid out like the project (`kiosk-config/content/`, `i18n/`,
    /// `assets/icons/themes/`) whose content replaces the one built in; None = built in.
    pub content_dir: Option<PathBuf>,
    pub central: Central,
    pub idle_timeout: Duration,
    pub warning: Duration,
    /// Enabled languages, in start-screen order (a subset of [`ALL_LOCALES`]).
    pub languages: Vec<String>,
    /// Follow-up URL template with `{reference}`.
    pub follow_up_url: String,
    /// `[ui] renderer`: how the window is drawn.
    pub renderer: Renderer,
    /// Staff mode; None when the config has no `[staff]` (the way in then does nothing).
    pub staff: Option<Staff>,
    /// `[speech]`: the engine of audio mode.
    pub speech: Speech,
    /// `[printer]`: the receipt printer, if the terminal has one.
    pub printer: Option<crate::printer::PrinterConfig>,
}

/// `[speech]`: the speech engine's command (`espeak-ng`, "" for none), its rate in words per
/// minute (80 to 450), and where the headphone jack is sensed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speech {
    pub program: String,
    pub rate: u32,
    pub headphone_jack: HeadphoneJack,
}

/// `[speech] headphone_jack`: `"auto"` (search `/dev/input` for a headphone switch), `"off"`,
/// or the path of one input device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadphoneJack {
    Auto,
    Off,
    Device(PathBuf),
}

/// `[staff]`: who may log in, and how long things last.
#[derive(Debug, Clone)]
pub struct Staff {
    /// One account per line, `id:Argon2id hash` (`cc-kiosk staff add|remove|list`).
    pub accounts_file: PathBuf,
    /// Wrong attempts that lock the log-in, and for how long.
    pub lock: cc_core::staff::LockPolicy,
    /// A staff session ends after this long without a touch.
    pub idle_timeout: Duration,
    /// The inactivity timeout of an assisted visitor's session (instead of `idle_timeout`).
    pub assisted_idle_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct Central {
    pub base_url: String,
    pub token_file: PathBuf,
    pub allow_insecure_http: bool,
    pub extra_ca_file: Option<PathBuf>,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    pub heartbeat: Duration,
}

/// The largest config file read.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The warning before a session wipe never lasts less than this (WCAG 2.2.1: 20 s to react).
pub const MIN_WARNING_SECS: u64 = 20;

impl Config {
    /// Reads and validates a config file. Only a regular file of at most 1 MiB is read (a FIFO
    /// or a device is refused, not opened); a UTF-8 byte order mark is allowed.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let err = |message: String| ConfigError { file: path.to_path_buf(), message };
        let bytes = crate::files::read_regular(path, MAX_CONFIG_BYTES).map_err(|e| err(format!("cannot read: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|_| err("cannot read: the file is not UTF-8 text".into()))?;
        Config::parse(text.strip_prefix('\u{feff}').unwrap_or(&text), path)
    }

    /// Parses config text; `path` names the file in messages and anchors relative paths.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let err = |message: String| ConfigError { file: path.to_path_buf(), message };
        let raw: RawConfig = toml::from_str(text).map_err(|e| err(describe_toml_error(&e, text)))?;
        let base = path.parent().unwrap_or(Path::new("."));
        let anchor = |p: &Path| if p.is_absolute() { p.to_path_buf() } else { base.join(p) };

        let kiosk_id = raw.kiosk.id.trim().to_string();
        if kiosk_id.is_empty() || !kiosk_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(err(
                "[kiosk] id: must be non-empty letters, digits, '-' or '_' (it is sent as X-Kiosk-Id)".into()
            ));
        }
        cc_core::reference::validate_short_code(&raw.kiosk.short_code)
            .map_err(|m| err(format!("[kiosk] short_code: {m}")))?;
        if raw.kiosk.data_dir.as_os_str().to_string_lossy().trim().is_empty() {
            return Err(err("[kiosk] data_dir: must name the folder of the queue (it is empty)".into()));
        }

        let url = raw.central.base_url.trim();
        let scheme_ok = url.starts_with("https://") || (raw.central.allow_insecure_http && url.starts_with("http://"));
        if !scheme_ok {
            let why = if url.starts_with("http://") {
                "http:// is refused unless [central] allow_insecure_http = true (demo and tests only)"
            } else {
                "must start with https://"
            };
            return Err(err(format!("[central] base_url: {why}")));
        }
        let host = url.split("://").nth(1).unwrap_or("").split('/').next().unwrap_or("");
        if host.is_empty() || host.contains(' ') {
            return Err(err("[central] base_url: has no host name".into()));
        }
        let mut base_url = url.to_string();
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        for (key, v) in [
            ("connect_timeout_secs", raw.central.connect_timeout_secs),
            ("request_timeout_secs", raw.central.request_timeout_secs),
            ("heartbeat_secs", raw.central.heartbeat_secs),
        ] {
            if v == 0 {
                return Err(err(format!("[central] {key}: must be at least 1")));
            }
        }
        if raw.session.idle_timeout_secs < 10 {
            return Err(err("[session] idle_timeout_secs: must be at least 10".into()));
        }
        if raw.session.warning_secs < MIN_WARNING_SECS {
            return Err(err(format!(
                "[session] warning_secs: must be at least {MIN_WARNING_SECS} (visitors need time to react)"
            )));
        }
        if raw.ui.languages.is_empty() {
            return Err(err("[ui] languages: needs at least one of fr-BE, nl-BE, de-BE, en".into()));
        }
        for l in &raw.ui.languages {
            if !ALL_LOCALES.contains(&l.as_str()) {
                return Err(err(format!("[ui] languages: unknown language {l:?} (known: fr-BE, nl-BE, de-BE, en)")));
            }
        }
        let languages: Vec<String> =
            ALL_LOCALES.iter().filter(|l| raw.ui.languages.iter().any(|x| x == *l)).map(|s| s.to_string()).collect();
        if !raw.ui.follow_up_url.contains("{reference}") {
            return Err(err("[ui] follow_up_url: must contain {reference}".into()));
        }
        let renderer = match raw.ui.renderer.as_str() {
            "software" => Renderer::Software,
            "gl" => Renderer::Gl,
            "auto" => Renderer::Auto,
            other => {
                return Err(err(format!("[ui] renderer: unknown renderer {other:?} (known: software, gl, auto)")));
            }
        };
        let staff = match raw.staff {
            None => None,
            Some(st) => {
                if st.accounts_file.as_os_str().to_string_lossy().trim().is_empty() {
                    return Err(err("[staff] accounts_file: must name the staff accounts file".into()));
                }
                if !(1..=20).contains(&st.max_attempts) {
                    return Err(err("[staff] max_attempts: must be 1 to 20".into()));
                }
                if !(1..=24 * 60).contains(&st.lock_minutes) {
                    return Err(err("[staff] lock_minutes: must be 1 to 1440".into()));
                }
                if !(1..=120).contains(&st.idle_minutes) {
                    return Err(err("[staff] idle_minutes: must be 1 to 120".into()));
                }
                if st.assisted_idle_secs < raw.session.idle_timeout_secs || st.assisted_idle_secs > 3600 {
                    return Err(err(format!(
                        "[staff] assisted_idle_secs: must be from [session] idle_timeout_secs ({}) to 3600",
                        raw.session.idle_timeout_secs
                    )));
                }
                Some(Staff {
                    accounts_file: anchor(&st.accounts_file),
                    lock: cc_core::staff::LockPolicy {
                        max_attempts: st.max_attempts,
                        lock_for: chrono::Duration::minutes(st.lock_minutes as i64),
                    },
                    idle_timeout: Duration::from_secs(st.idle_minutes * 60),
                    assisted_idle_timeout: Duration::from_secs(st.assisted_idle_secs),
                })
            }
        };
        let printer = match raw.printer {
            None => None,
            Some(p) => {
                if !(24..=64).contains(&p.columns) {
                    return Err(err(format!("[printer] columns = {}: expected 24 to 64", p.columns)));
                }
                let target = match (p.device, p.cups_queue) {
                    (Some(d), None) if !d.as_os_str().is_empty() => crate::printer::Target::Device(anchor(&d)),
                    (None, Some(q)) if !q.trim().is_empty() => crate::printer::Target::Cups(q),
                    (Some(_), Some(_)) => {
                        return Err(err("[printer]: give either device or cups_queue, not both".into()));
                    }
                    _ => return Err(err("[printer]: give device (e.g. /dev/usb/lp0) or cups_queue".into())),
                };
                Some(crate::printer::PrinterConfig { target, columns: p.columns })
            }
        };
        if !(80..=450).contains(&raw.speech.rate) {
            return Err(err(format!("[speech] rate = {}: expected 80 to 450 (words per minute)", raw.speech.rate)));
        }
        Ok(Config {
            path: path.to_path_buf(),
            kiosk_id,
            short_code: raw.kiosk.short_code,
            data_dir: anchor(&raw.kiosk.data_dir),
            content_dir: raw.kiosk.content_dir.as_deref().map(anchor),
            central: Central {
                base_url,
                token_file: anchor(&raw.central.token_file),
                allow_insecure_http: raw.central.allow_insecure_http,
                extra_ca_file: raw.central.extra_ca_file.as_deref().map(anchor),
                connect_timeout: Duration::from_secs(raw.central.connect_timeout_secs),
                request_timeout: Duration::from_secs(raw.central.request_timeout_secs),
                heartbeat: Duration::from_secs(raw.central.heartbeat_secs),
            },
            idle_timeout: Duration::from_secs(raw.session.idle_timeout_secs),
            warning: Duration::from_secs(raw.session.warning_secs),
            languages,
            follow_up_url: raw.ui.follow_up_url,
            renderer,
            staff,
            speech: Speech {
                program: raw.speech.program,
                rate: raw.speech.rate,
                headphone_jack: match raw.speech.headphone_jack.as_str() {
                    "auto" => HeadphoneJack::Auto,
                    "off" => HeadphoneJack::Off,
                    p if p.starts_with('/') => HeadphoneJack::Device(PathBuf::from(p)),
                    other => {
                        return Err(err(format!(
                            "[speech] headphone_jack = {other:?}: expected \"auto\", \"off\" or the absolute path of an input device (/dev/input/eventN)"
                        )));
                    }
                },
            },
            printer,
        })
    }

    /// The SQLite queue file.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("outbox.sqlite3")
    }

    /// How messages about the queue begin: the config file, the key, the folder
    /// (`/etc/cc-kiosk/kiosk.toml: [kiosk] data_dir /var/lib/cc-kiosk`).
    pub fn data_dir_message(&self) -> String {
        format!("{}: [kiosk] data_dir {}", self.path.display(), self.data_dir.display())
    }

    /// The follow-up URL for a receipt reference.
    pub fn follow_up_url_for(&self, reference: &str) -> String {
        self.follow_up_url.replace("{reference}", reference)
    }
}

/// One line: where (line and column) and what, without the multi-line caret drawing of toml.
fn describe_toml_error(e: &toml::de::Error, text: &str) -> String {
    let what = e.message().trim_end_matches('.').to_string();
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
            format!("line {line}, column {col}: {what}")
        }
        None => what,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[kiosk]
id = "BXL-NG3-01"
short_code = "NG3"
data_dir = "/var/lib/cc-kiosk"

[central]
base_url = "https://central.example.be/"
token_file = "/etc/cc-kiosk/token"
allow_insecure_http = false
"#;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("/etc/cc-kiosk/kiosk.toml"))
    }

    #[test]
    fn minimal_file_gets_defaults() {
        let c = parse(GOOD).unwrap();
        assert_eq!(c.kiosk_id, "BXL-NG3-01");
        assert_eq!(c.idle_timeout, Duration::from_secs(90));
        assert_eq!(c.warning, Duration::from_secs(30));
        assert_eq!(c.languages, ALL_LOCALES);
        assert_eq!(c.database_path(), Path::new("/var/lib/cc-kiosk/outbox.sqlite3"));
        assert_eq!(c.central.connect_timeout, Duration::from_secs(5));
        assert_eq!(c.renderer, Renderer::Software);
        for (name, renderer) in [("gl", Renderer::Gl), ("auto", Renderer::Auto), ("software", Renderer::Software)] {
            let c = parse(&format!("{GOOD}\n[ui]\nrenderer = \"{name}\"\n")).unwrap();
            assert_eq!(c.renderer, renderer);
        }
    }

    #[test]
    fn shipped_examples_are_valid() {
        for f in ["kiosk-config/kiosk.toml", "kiosk-config/demo.toml"] {
            let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(f);
            if let Err(e) = Config::load(&p) {
                panic!("{e}");
            }
        }
    }

    #[test]
    fn relative_paths_are_taken_from_the_file() {
        let c = parse(&GOOD.replace("/var/lib/cc-kiosk", "data")).unwrap();
        assert_eq!(c.data_dir, Path::new("/etc/cc-kiosk/data"));
    }

    fn error_of(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn errors_name_file_key_and_problem() {
        let e = error_of(&GOOD.replace("\"https://central.example.be/\"", "\"http://central.example.be/\""));
        assert!(e.starts_with("/etc/cc-kiosk/kiosk.toml: [central] base_url: http://"), "{e}");

        let e = error_of(&format!("{GOOD}\n[session]\nwarning_secs = 5\n"));
        assert!(e.contains("[session] warning_secs: must be at least 20"), "{e}");

        let e = error_of(&GOOD.replace("short_code = \"NG3\"", "short_code = \"BXL\""));
        assert!(e.contains("[kiosk] short_code:"), "{e}");

        let e = error_of(&format!("{GOOD}\n[ui]\nlanguages = [\"fr-BE\", \"es\"]\n"));
        assert!(e.contains("unknown language \"es\""), "{e}");

        let e = error_of(&format!("{GOOD}\n[ui]\nfollow_up_url = \"https://x.be/\"\n"));
        assert!(e.contains("[ui] follow_up_url: must contain {reference}"), "{e}");

        let e = error_of(&format!("{GOOD}\n[ui]\nrenderer = \"skia\"\n"));
        assert!(e.contains("[ui] renderer: unknown renderer \"skia\" (known: software, gl, auto)"), "{e}");

        let e = error_of(&GOOD.replace("data_dir = \"/var/lib/cc-kiosk\"", "data_dir = \"\""));
        assert!(e.starts_with("/etc/cc-kiosk/kiosk.toml: [kiosk] data_dir: must name the folder"), "{e}");
        let e = error_of(&GOOD.replace("data_dir = \"/var/lib/cc-kiosk\"", "data_dir = \"  \""));
        assert!(e.contains("[kiosk] data_dir:"), "{e}");

        let e = error_of(&format!("{GOOD}\n[speech]\nheadphone_jack = \"event3\"\n"));
        assert!(e.contains("[speech] headphone_jack = \"event3\": expected \"auto\", \"off\""), "{e}");
    }

    #[test]
    fn the_headphone_jack_is_searched_unless_told() {
        use super::HeadphoneJack;
        assert_eq!(parse(GOOD).unwrap().speech.headphone_jack, HeadphoneJack::Auto);
        let c = parse(&format!("{GOOD}\n[speech]\nheadphone_jack = \"off\"\n")).unwrap();
        assert_eq!(c.speech.headphone_jack, HeadphoneJack::Off);
        let c = parse(&format!("{GOOD}\n[speech]\nheadphone_jack = \"/dev/input/event5\"\n")).unwrap();
        assert_eq!(c.speech.headphone_jack, HeadphoneJack::Device("/dev/input/event5".into()));
    }

    #[test]
    fn only_a_regular_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let e = Config::load(dir.path()).unwrap_err().to_string();
        assert!(e.ends_with(": cannot read: not a regular file (a folder)"), "{e}");
        let e = Config::load(Path::new("/dev/zero")).unwrap_err().to_string();
        assert_eq!(e, "/dev/zero: cannot read: not a regular file (a device)");
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, format!("\u{feff}{GOOD}")).unwrap();
        assert_eq!(Config::load(&path).unwrap().kiosk_id, "BXL-NG3-01", "a byte order mark is fine");
    }

    #[test]
    fn syntax_and_unknown_keys_give_the_line() {
        let e = error_of(&GOOD.replace("allow_insecure_http = false", "allow_insecure_http = nope"));
        assert!(e.contains("line 10"), "{e}");
        let e = error_of(&GOOD.replace("allow_insecure_http", "allow_insecure"));
        assert!(e.contains("line 10") && e.contains("allow_insecure"), "{e}");
        let e = error_of("[kiosk]\nid = \"X\"\n");
        assert!(e.contains("missing field"), "{e}");
    }

    #[test]
    fn http_allowed_only_when_asked() {
        let text = GOOD
            .replace("\"https://central.example.be/\"", "\"http://127.0.0.1:8080\"")
            .replace("allow_insecure_http = false", "allow_insecure_http = true");
        let c = parse(&text).unwrap();
        assert_eq!(c.central.base_url, "http://127.0.0.1:8080/");
    }
}
