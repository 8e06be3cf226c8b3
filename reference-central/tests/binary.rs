//! The `reference-central` binary: the listening line, the tokens file, `set-status`.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use reference_central::{FileStatus, Options, start};

const BIN: &str = env!("CARGO_BIN_EXE_reference-central");

/// Kills the child when dropped, so that a failing test leaves no server behind.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn write_tokens(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("tokens");
    std::fs::write(&path, format!("# kiosk tokens\n\n{TOKEN}\n# revoked-token\n")).expect("write tokens");
    path
}

/// The first line the child prints, waiting at most 60 s.
fn first_line(child: &mut Child) -> String {
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line).map(|_| line);
        let _ = tx.send(read);
    });
    rx.recv_timeout(Duration::from_secs(60)).expect("a line within 60 s").expect("read stdout")
}

#[tokio::test]
async fn the_binary_prints_where_it_listens_and_serves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tokens = write_tokens(dir.path());
    let db = dir.path().join("central.sqlite3");
    let child = Command::new(BIN)
        .args(["--listen", "127.0.0.1:0", "--quiet", "--tokens"])
        .arg(&tokens)
        .arg("--db")
        .arg(&db)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut running = Running(child);
    let line = first_line(&mut running.0);
    let line = line.trim_end_matches('\n');
    let url = line.strip_prefix("listening on http://127.0.0.1:").map(|port| (port, line));
    let Some((port, line)) = url else { panic!("unexpected first line {line:?}") };
    let port: u16 = port.parse().unwrap_or_else(|_| panic!("no port in {line:?}"));
    assert_ne!(port, 0);

    let base = format!("http://127.0.0.1:{port}");
    let response = heartbeat(&client(), &base, TOKEN, &heartbeat_body()).send().await.expect("answer");
    assert_eq!(response.status(), 204);
    let response = heartbeat(&client(), &base, "revoked-token", &heartbeat_body()).send().await.expect("answer");
    assert_eq!(response.status(), 401, "a commented-out token is not a token");
    drop(running);
    assert!(db.exists(), "the database file is made");
}

#[test]
fn the_binary_refuses_bad_arguments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tokens = write_tokens(dir.path());
    let empty = dir.path().join("empty");
    std::fs::write(&empty, "# nothing\n\n").expect("write");
    let db = dir.path().join("central.sqlite3");
    let runs: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["--listen".into(), "127.0.0.1:0".into()],
        vec!["--tokens".into(), tokens.clone().into(), "--fail-rate".into(), "1.5".into()],
        vec!["--tokens".into(), tokens.clone().into(), "--drop-rate".into(), "x".into()],
        vec!["--tokens".into(), empty.into(), "--listen".into(), "127.0.0.1:0".into()],
        vec!["--tokens".into(), dir.path().join("missing").into(), "--listen".into(), "127.0.0.1:0".into()],
    ];
    for args in runs {
        let output = Command::new(BIN).args(&args).arg("--db").arg(&db).stdin(Stdio::null()).output().expect("run");
        assert!(!output.status.success(), "{args:?} accepted");
        assert!(output.stdout.is_empty(), "{args:?} printed a listening line");
    }
}

#[tokio::test]
async fn set_status_subcommand_changes_a_stored_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("central.sqlite3");
    let mut options = Options::new(vec![TOKEN.to_string()]);
    options.db = Some(db.clone());
    let server = start(options).await.expect("start");
    let envelope = report_envelope();
    let (code, body) = post(&server, &envelope).await;
    assert_eq!(code, 201);
    let central = parse(&body)["reference"].as_str().expect("reference").to_string();

    let run = |args: &[&str]| {
        Command::new(BIN).arg("set-status").arg("--db").arg(&db).args(args).stdin(Stdio::null()).output().expect("run")
    };
    assert!(run(&[&central, "forwarded"]).status.success());
    let received = server.received(id_of(&envelope)).expect("query").expect("stored");
    assert_eq!(received.status, FileStatus::Forwarded);
    let kiosk_reference = envelope["receipt"]["reference"].as_str().expect("reference");
    assert!(run(&[kiosk_reference, "in_progress"]).status.success());
    let received = server.received(id_of(&envelope)).expect("query").expect("stored");
    assert_eq!(received.status, FileStatus::InProgress);

    assert!(!run(&["CC-2026-9999999", "closed"]).status.success(), "unknown reference");
    assert!(!run(&[&central, "done"]).status.success(), "unknown status");
    server.shutdown().await;
}
