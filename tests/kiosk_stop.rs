//! The kiosk process stopped from outside.
//! - SIGTERM (a supervisor stopping it): the event loop ends between two events, the worker
//!   stops, the queue's WAL is checkpointed, exit 0.
//! - SIGKILL at random moments while visitors confirm reports, 200 times: every receipt that was
//!   shown is in the queue, no row is half-written, and nothing reaches the central service twice.
//!
//! Each kiosk runs in a child process: this test binary itself, re-run with `--ignored --exact`
//! on one of the `child_…` functions below (they are not tests of their own).

mod common;
mod sync_support;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use slint::ComponentHandle;

use cc_kiosk::i18n::Translations;
use common::{Driver, Harness, config_for};

const CONFIG_ENV: &str = "CC_KIOSK_TEST_CONFIG";
const DATA_ENV: &str = "CC_KIOSK_TEST_DATA";

/// Runs `child` (a `child_…` function of this binary) in a new process.
fn spawn_child(child: &str, env: (&str, &Path)) -> Child {
    spawn_child_with(child, &[(env.0, env.1.as_os_str())])
}

/// Runs `child` with these environment variables.
fn spawn_child_with(child: &str, envs: &[(&str, &std::ffi::OsStr)]) -> Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", child, "--ignored", "--nocapture", "--test-threads=1"])
        .envs(envs.iter().copied())
        // Everything the kiosk's own crates log, to look for personal data in it.
        .env("RUST_LOG", "info,cc_kiosk=trace,cc_store=trace,cc_core=trace")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the child kiosk")
}

/// The child's stdout lines, as they come.
fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Waits for a line holding `prefix` (libtest may print `test child_… ... ` before it on the
/// same line); returns the line from `prefix` on.
fn wait_line(lines: &mpsc::Receiver<String>, prefix: &str) -> String {
    try_wait_line(lines, prefix).unwrap_or_else(|e| panic!("no line {prefix:?} from the child: {e}"))
}

fn try_wait_line(lines: &mpsc::Receiver<String>, prefix: &str) -> Result<String, mpsc::RecvTimeoutError> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(prefix) => return Ok(line[line.find(prefix).unwrap_or(0)..].to_string()),
            Ok(_) => {}
            Err(e) => return Err(e),
        }
    }
}

/// What a child that ended wrote on stderr (to show why it failed).
fn stderr_of(child: &mut Child) -> String {
    let _ = child.kill();
    let _ = child.wait();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    stderr
}

/// The reference of a `shown REF` line.
fn shown_reference(line: &str) -> Option<String> {
    line.find("shown ").map(|i| line[i + 6..].trim().to_string())
}

fn headless_real_time() {
    use i_slint_backend_testing::{TestingBackend, TestingBackendOptions};
    let backend = TestingBackend::new(TestingBackendOptions {
        mock_time: false,
        threading: true,
        renderer_name: Some("software".into()),
    });
    slint::platform::set_platform(Box::new(backend)).expect("platform");
}

#[test]
#[ignore = "the kiosk process of sigterm_stops_the_kiosk_cleanly"]
fn child_kiosk_until_stopped() {
    let config = std::env::var_os(CONFIG_ENV).expect("run by sigterm_stops_the_kiosk_cleanly");
    let _ = env_logger::Builder::from_env(env_logger::Env::default()).try_init();
    headless_real_time();
    let config = cc_kiosk::config::Config::load(Path::new(&config)).expect("config");
    let tr = Translations::load().expect("translations");
    cc_kiosk::app::run(config, false, |kiosk| {
        // The testing backend's window is 800×600 until told otherwise (a real one takes the
        // window's preferred 1920×1080): below the kiosk's minimum size, the calendar is out of view.
        kiosk.window.window().set_size(slint::PhysicalSize::new(1920, 1080));
        let mut driver = Driver { window: &kiosk.window, tr: &tr, lang: String::new() };
        let reference = driver.report("fr-BE", "Stop Test SA");
        println!("ready {reference}");
        std::io::stdout().flush().expect("flush");
    })
    .expect("the kiosk runs and stops");
}

#[test]
fn sigterm_stops_the_kiosk_cleanly() {
    let server = sync_support::server(reference_central::Faults::default());
    let kiosk = sync_support::Kiosk::new(&server.base_url(), Some(sync_support::TOKEN));
    let mut child = spawn_child("child_kiosk_until_stopped", (CONFIG_ENV, &kiosk.config_path));
    let lines = lines_of(&mut child);
    let reference = match try_wait_line(&lines, "ready ") {
        Ok(line) => line.trim_start_matches("ready ").to_string(),
        Err(e) => panic!("no line \"ready \" from the child ({e}); its stderr:\n{}", stderr_of(&mut child)),
    };
    sync_support::eventually(Duration::from_secs(30), "the report at the central service", || {
        server.submission_count().unwrap_or(0) == 1
    });

    // SAFETY: kill(2) on our own child's pid.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the kiosk did not stop after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr).expect("stderr");
    assert!(status.success(), "exit {status:?}\n{stderr}");
    for line in ["signal 15 received: stopping", "sync: worker stopped", "the kiosk stopped cleanly"] {
        assert!(stderr.contains(line), "{line:?} not in the log:\n{stderr}");
    }
    assert!(!stderr.contains(&reference), "no receipt reference in the log");
    // No personal data in the log of a whole visit (the company and the facts typed).
    for canary in ["Stop Test SA", "Paid, never delivered."] {
        assert!(!stderr.contains(canary), "{canary:?} in the log:\n{stderr}");
    }
    // The WAL was checkpointed into the database: nothing is left in it.
    let wal = kiosk.config.data_dir.join("outbox.sqlite3-wal");
    assert!(std::fs::metadata(&wal).map_or(true, |m| m.len() == 0), "WAL left: {wal:?}");
    let store = kiosk.store();
    assert!(store.quick_check().is_ok());
    assert!(store.find_by_reference(&reference).expect("find").is_some());
    server.shutdown_blocking();
}

#[test]
#[ignore = "the kiosk process of sigkill_during_confirm_loses_and_doubles_nothing"]
fn child_confirm_loop() {
    let data = std::env::var_os(DATA_ENV).expect("run by sigkill_during_confirm_loses_and_doubles_nothing");
    cc_kiosk::ui::init_headless().expect("headless");
    let h = Harness::with_config(config_for(Path::new(&data)), tempfile::tempdir().expect("tempdir"));
    // As the kiosk does at its start: rows left half-done by the last kill are found here.
    h.kiosk.open_store_checked().expect("open the queue");
    println!("ready");
    std::io::stdout().flush().expect("flush");
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let mut driver = Driver { window: &h.kiosk.window, tr: &h.tr, lang: String::new() };
        driver.fill_report(["fr-BE", "nl-BE", "de-BE", "en"][i % 4], &format!("Company {i}"));
        writeln!(out, "confirming").expect("write");
        out.flush().expect("flush");
        let reference = driver.confirm();
        // The receipt is on screen: the visitor may write the reference down from now on.
        writeln!(out, "shown {reference}").expect("write");
        out.flush().expect("flush");
        driver.leave();
    }
}

#[test]
fn sigkill_during_confirm_loses_and_doubles_nothing() {
    const ROUNDS: usize = 200;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let db = data.join("outbox.sqlite3");
    let mut rng = rand::rngs::StdRng::seed_from_u64(20_261_129);

    // How long one visitor's report takes in the child (from its first receipts).
    let mut child = spawn_child("child_confirm_loop", (DATA_ENV, &data));
    let lines = lines_of(&mut child);
    wait_line(&lines, "ready");
    wait_line(&lines, "shown ");
    let started = Instant::now();
    for _ in 0..5 {
        wait_line(&lines, "shown ");
    }
    let per_report = started.elapsed() / 5;
    let _ = child.kill();
    let _ = child.wait();
    eprintln!("one report takes {per_report:?} in the child");

    let mut shown: Vec<String> =
        lines.try_iter().filter_map(|l| l.strip_prefix("shown ").map(str::to_string)).collect();
    let mut killed_in_confirm = 0;
    for _ in 0..ROUNDS {
        let mut child = spawn_child("child_confirm_loop", (DATA_ENV, &data));
        let lines = lines_of(&mut child);
        wait_line(&lines, "ready");
        // Anywhere in the first three reports: mostly inside one.
        let delay = per_report.mul_f64(rng.random_range(0.0..3.0));
        std::thread::sleep(delay);
        // `Child::kill` is SIGKILL.
        let _ = child.kill();
        let _ = child.wait();
        let all: Vec<String> = lines.iter().collect();
        if all.last().is_some_and(|l| l.ends_with("confirming")) {
            // Killed between the tap on Confirm and the receipt on screen.
            killed_in_confirm += 1;
        }
        let round: Vec<String> = all.iter().filter_map(|l| shown_reference(l)).collect();
        // Every receipt shown so far is in the queue, whole.
        let store = cc_store::Store::open(&db).expect("open");
        assert!(store.quick_check().is_ok(), "the queue is sound after a SIGKILL");
        for reference in &round {
            let row = store.find_by_reference(reference).expect("find");
            assert!(row.is_some(), "receipt {reference} was shown but is not in the queue");
        }
        shown.extend(round);
    }
    eprintln!("{killed_in_confirm} of {ROUNDS} kills landed between Confirm and the receipt");
    assert!(killed_in_confirm > 0, "no kill landed inside Confirm: the test proves nothing");

    let store = cc_store::Store::open(&db).expect("open");
    let bodies = store.queued_bodies().expect("bodies");
    let mut references = HashSet::new();
    for (id, body) in &bodies {
        let env = cc_core::validate::validate_envelope(body).expect("every queued body is a whole envelope");
        assert_eq!(env.id, *id);
        let row = store.get(*id).expect("get").expect("row");
        assert_eq!(row.receipt_reference, env.receipt.reference, "row and body agree");
        assert!(references.insert(env.receipt.reference.clone()));
    }
    for reference in &shown {
        assert!(references.contains(reference), "{reference} shown but not queued");
    }
    eprintln!("{} receipts shown, {} queued, over {ROUNDS} kills", shown.len(), bodies.len());
    drop(store);

    // Everything reaches the central service once.
    let server = sync_support::server(reference_central::Faults::default());
    let config = common::config_with_central(&data, &server.base_url());
    std::fs::write(data.join("token"), sync_support::TOKEN).expect("token");
    let summary = cc_kiosk::sync::sync_once(&config).expect("sync");
    assert_eq!((summary.sent as usize, summary.pending), (bodies.len(), 0), "{summary}");
    let ids = server.submission_ids().expect("ids");
    assert_eq!(ids.len(), bodies.len());
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "no file received twice");
    let again = cc_kiosk::sync::sync_once(&config).expect("sync");
    assert_eq!(again.sent, 0);
    assert_eq!(server.submission_count().expect("count") as usize, bodies.len());
    server.shutdown_blocking();
}

/// Runs `child` with systemd's notification socket and a 200 ms watchdog (a ping every 100 ms).
fn spawn_child_under_watchdog(child: &str, config: &Path, socket: &Path) -> Child {
    spawn_child_with(
        child,
        &[
            (CONFIG_ENV, config.as_os_str()),
            ("NOTIFY_SOCKET", socket.as_os_str()),
            ("WATCHDOG_USEC", std::ffi::OsStr::new("200000")),
        ],
    )
}

/// The next notification, or None if none comes within `wait`.
fn next_notification(socket: &std::os::unix::net::UnixDatagram, wait: Duration) -> Option<String> {
    socket.set_read_timeout(Some(wait)).expect("timeout");
    let mut buf = [0u8; 256];
    socket.recv(&mut buf).ok().map(|n| String::from_utf8_lossy(&buf[..n]).to_string())
}

#[test]
#[ignore = "the kiosk process of the_watchdog_is_fed_from_the_ui_loop_and_stops_when_it_freezes"]
fn child_kiosk_that_freezes() {
    run_child_kiosk(|_| {
        // Half a second of normal life, then the UI thread hangs (a deadlock, an endless loop).
        slint::Timer::single_shot(Duration::from_millis(500), || {
            println!("freezing");
            std::io::stdout().flush().expect("flush");
            loop {
                std::thread::sleep(Duration::from_secs(3600));
            }
        });
    });
}

#[test]
fn the_watchdog_is_fed_from_the_ui_loop_and_stops_when_it_freezes() {
    let kiosk = sync_support::Kiosk::new("http://127.0.0.1:9/", Some(sync_support::TOKEN));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notify");
    let socket = std::os::unix::net::UnixDatagram::bind(&path).expect("bind");
    let mut child = spawn_child_under_watchdog("child_kiosk_that_freezes", &kiosk.config_path, &path);
    let lines = lines_of(&mut child);
    let first = next_notification(&socket, Duration::from_secs(60));
    assert_eq!(first.as_deref(), Some("READY=1"), "stderr:\n{}", stderr_of(&mut child));
    // Pings while the UI runs.
    for _ in 0..3 {
        assert_eq!(next_notification(&socket, Duration::from_secs(10)).as_deref(), Some("WATCHDOG=1"));
    }
    wait_line(&lines, "freezing");
    // What was sent before the freeze is in the socket already: drained, then silence.
    while next_notification(&socket, Duration::from_millis(1)).is_some() {}
    let after = next_notification(&socket, Duration::from_secs(1));
    assert_eq!(after, None, "no ping from a frozen UI (10 periods waited)");
    let stderr = stderr_of(&mut child);
    assert!(stderr.contains("systemd watchdog: a ping every 100 ms"), "{stderr}");
}

#[test]
#[ignore = "the kiosk process of a_crash_loop_ends_on_the_out_of_order_screen"]
fn child_kiosk_says_its_page() {
    run_child_kiosk(|kiosk| {
        println!("shows-page={:?}", kiosk.window.global::<cc_kiosk::ui::Nav>().get_page());
        std::io::stdout().flush().expect("flush");
    });
}

/// A child kiosk: the config of `CONFIG_ENV`, logs on stderr, a headless window in real time;
/// runs until stopped.
fn run_child_kiosk(ready: impl FnOnce(&cc_kiosk::ui::Kiosk)) {
    let config = std::env::var_os(CONFIG_ENV).expect("run by a test of this file");
    let _ = env_logger::Builder::from_env(env_logger::Env::default()).try_init();
    headless_real_time();
    let config = cc_kiosk::config::Config::load(Path::new(&config)).expect("config");
    cc_kiosk::app::run(config, false, ready).expect("the kiosk runs and stops");
}

/// Starts the child kiosk and returns it with the page it shows (and its stdout, kept open).
fn start_and_see(config: &Path) -> (Child, String, mpsc::Receiver<String>) {
    let mut child = spawn_child("child_kiosk_says_its_page", (CONFIG_ENV, config));
    let lines = lines_of(&mut child);
    match try_wait_line(&lines, "shows-page=") {
        Ok(line) => (child, line.trim_start_matches("shows-page=").trim().to_string(), lines),
        Err(e) => panic!("no page from the child ({e}); its stderr:\n{}", stderr_of(&mut child)),
    }
}

/// SIGTERM, and the exit status.
fn terminate(child: &mut Child) -> std::process::ExitStatus {
    // SAFETY: kill(2) on our own child's pid.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
    child.wait().expect("wait")
}

#[test]
fn a_crash_loop_ends_on_the_out_of_order_screen() {
    let kiosk = sync_support::Kiosk::new("http://127.0.0.1:9/", Some(sync_support::TOKEN));
    // Four crashes in a row (killed at once, as a crash or a watchdog kill would).
    for i in 0..4 {
        let (mut child, page, _out) = start_and_see(&kiosk.config_path);
        assert_eq!(page, "Start", "start {i}");
        child.kill().expect("kill");
        child.wait().expect("wait");
    }
    // The fifth start within five minutes: out of order, and said in the log.
    let (mut child, page, _out) = start_and_see(&kiosk.config_path);
    assert_eq!(page, "OutOfService", "the fifth start in a row shows the out-of-order screen");
    let status = terminate(&mut child);
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr).expect("stderr");
    assert!(status.success(), "{status:?}\n{stderr}");
    assert!(stderr.contains("5 starts within 5 minutes without a clean stop"), "{stderr}");
    // That stop was clean: the next start is a normal one.
    let (mut child, page, _out) = start_and_see(&kiosk.config_path);
    assert_eq!(page, "Start", "a clean stop ends the loop");
    assert!(terminate(&mut child).success());
}
