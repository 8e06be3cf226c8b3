//! `cc-kiosk outbox …` and `sync --once` against what a person may hand them: FIFOs, link loops,
//! sub-folders, a byte order mark, a 20 MB envelope, a damaged queue, a data folder that cannot
//! be made, a missing token; and the exit codes the README promises.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cc_core::report::{Identity, ReportDraft, build_report_envelope};

fn write_config(dir: &Path, data_dir: &str) -> PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[kiosk]\nid = \"T-01\"\nshort_code = \"NG3\"\ndata_dir = \"{data_dir}\"\n\
             [central]\nbase_url = \"http://127.0.0.1:9/\"\ntoken_file = \"token\"\nallow_insecure_http = true\n\
             connect_timeout_secs = 1\n"
        ),
    )
    .unwrap();
    path
}

fn kiosk(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cc-kiosk"))
        .arg("--config")
        .arg(config)
        .args(args)
        .env("RUST_LOG", "off")
        .output()
        .expect("run cc-kiosk")
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn envelope_json(i: usize) -> (uuid::Uuid, Vec<u8>) {
    let draft = ReportDraft {
        theme: "fraud".into(),
        company_name: format!("Company {i}"),
        facts_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
        channel: "phone".into(),
        description: format!("Called {i} times."),
        identity: Identity::Anonymous,
        consent_share: true,
        ..Default::default()
    };
    let env =
        build_report_envelope(&draft, "T-01", "NG3", "fr-BE", None, chrono::Utc::now(), &mut rand::rng()).unwrap();
    (env.id, serde_json::to_vec(&env).unwrap())
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[cfg(unix)]
#[test]
fn import_names_every_entry_it_does_not_import_and_never_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "data");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("sub-folder")).unwrap();
    let (good, bytes) = envelope_json(1);
    std::fs::write(inbox.join("1-good.json"), &bytes).unwrap();
    // A byte order mark, as some editors write: accepted.
    let (bom_id, bytes) = envelope_json(2);
    std::fs::write(inbox.join("2-bom.json"), [b"\xef\xbb\xbf".as_slice(), &bytes].concat()).unwrap();
    mkfifo(&inbox.join("3-fifo.json"));
    std::os::unix::fs::symlink(inbox.join("4-loop-b.json"), inbox.join("4-loop-a.json")).unwrap();
    std::os::unix::fs::symlink(inbox.join("4-loop-a.json"), inbox.join("4-loop-b.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", inbox.join("5-zero.json")).unwrap();
    // 20 MB of an envelope padded with spaces.
    let (_, mut bytes) = envelope_json(6);
    bytes.extend(std::iter::repeat_n(b' ', 20 * 1024 * 1024));
    std::fs::write(inbox.join("6-huge.json"), &bytes).unwrap();
    std::fs::write(inbox.join("7-array.json"), "[1, 2]").unwrap();

    let out = kiosk(&config, &["outbox", "import", inbox.to_str().unwrap()]);
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("imported 2, already queued 0, refused 6, skipped 1"), "{stdout}{stderr}");
    for (name, reason) in [
        ("3-fifo.json", "not a regular file (a FIFO)"),
        ("4-loop-a.json", "a loop of symbolic links"),
        ("4-loop-b.json", "a loop of symbolic links"),
        ("5-zero.json", "not a regular file (a device)"),
        ("6-huge.json", "too large: 20"),
        ("7-array.json", "The document is not a JSON object."),
    ] {
        let line = stderr.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name} not named: {stderr}"));
        assert!(line.starts_with("refused ") && line.contains(reason), "{line}");
        assert!(!line.contains(": :"), "{line}");
    }
    assert!(
        stderr.lines().any(|l| l.starts_with("skipped ") && l.contains("sub-folder") && l.contains("a folder")),
        "{stderr}"
    );

    let store = cc_store::Store::open(&dir.path().join("data/outbox.sqlite3")).unwrap();
    assert!(store.get(good).unwrap().is_some());
    let bom = store.queued_bodies().unwrap().into_iter().find(|(id, _)| *id == bom_id).expect("the BOM one");
    assert!(bom.1.starts_with(b"{"), "queued without its byte order mark");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_as_config_or_token_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("kiosk.toml");
    mkfifo(&fifo);
    let out = kiosk(&fifo, &["outbox", "status"]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("kiosk.toml: cannot read: not a regular file (a FIFO)"), "{stderr}");

    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "data");
    mkfifo(&dir.path().join("token"));
    let out = kiosk(&config, &["outbox", "status"]);
    let (stdout, _) = text(&out);
    assert!(stdout.contains("token unusable: [central] token_file"), "{stdout}");
    assert!(stdout.contains("not a regular file (a FIFO)"), "{stdout}");
    let out = kiosk(&config, &["sync", "--once"]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not a regular file (a FIFO)"), "{stderr}");
}

#[test]
fn status_says_whether_the_token_can_be_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "data");
    let (stdout, _) = text(&kiosk(&config, &["outbox", "status"]));
    assert!(stdout.contains("token unusable: [central] token_file") && stdout.contains("no such file"), "{stdout}");
    assert!(stdout.contains("queue file sound"), "{stdout}");
    std::fs::write(dir.path().join("token"), "t0ken\n").unwrap();
    let (stdout, _) = text(&kiosk(&config, &["outbox", "status"]));
    assert!(stdout.contains("token ok"), "{stdout}");
    assert!(!stdout.contains("t0ken"), "the token itself is never printed");
}

#[test]
fn a_data_folder_that_cannot_be_made_is_named_with_the_config_key_and_the_os_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("afile"), "x").unwrap();
    let config = write_config(dir.path(), "afile/data");
    std::fs::write(dir.path().join("token"), "t0ken\n").unwrap();
    for args in [&["outbox", "status"][..], &["sync", "--once"][..]] {
        let out = kiosk(&config, args);
        let (_, stderr) = text(&out);
        // 74 = EX_IOERR: the queue cannot be used (not a configuration error of the file's syntax).
        assert_eq!(out.status.code(), Some(74), "{args:?}: {stderr}");
        assert!(stderr.contains("kiosk.toml: [kiosk] data_dir"), "{args:?}: {stderr}");
        assert!(stderr.contains("Not a directory") || stderr.contains("File exists"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_damaged_queue_is_reported_and_salvaged_into_files_that_import() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "data");
    let db = dir.path().join("data/outbox.sqlite3");
    let mut ids = Vec::new();
    {
        let mut store = cc_store::Store::open(&db).unwrap();
        for i in 0..40 {
            let (id, bytes) = envelope_json(i);
            let env = cc_core::validate::validate_envelope(&bytes).unwrap();
            store.import(&env, &bytes).unwrap();
            ids.push(id);
        }
        store.checkpoint().unwrap();
    }
    // Damage the page that holds the 20th envelope's body (a leaf of the table: its description
    // is in no index).
    let mut bytes = std::fs::read(&db).unwrap();
    let needle = b"Called 20 times.";
    let at = bytes.windows(needle.len()).position(|w| w == needle).unwrap();
    let page = at / 4096 * 4096;
    bytes[page..page + 12].fill(0xEE);
    std::fs::write(&db, bytes).unwrap();

    let out = kiosk(&config, &["outbox", "status"]);
    let (stdout, _) = text(&out);
    assert_eq!(out.status.code(), Some(74), "{stdout}");
    assert!(stdout.contains("queue file DAMAGED") && stdout.contains("outbox salvage"), "{stdout}");

    let rescued = dir.path().join("rescued");
    let out = Command::new(env!("CARGO_BIN_EXE_cc-kiosk"))
        .args(["outbox", "salvage", db.to_str().unwrap(), rescued.to_str().unwrap()])
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.starts_with("salvaged 40 envelope(s) to send"), "{stdout}");

    let other = tempfile::tempdir().unwrap();
    let other_config = write_config(other.path(), "data");
    let out = kiosk(&other_config, &["outbox", "import", rescued.to_str().unwrap()]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("imported 40, already queued 0, refused 0"), "{stdout}");
}

#[cfg(unix)]
#[test]
fn exported_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), "data");
    {
        let mut store = cc_store::Store::open(&dir.path().join("data/outbox.sqlite3")).unwrap();
        let (_, bytes) = envelope_json(1);
        let env = cc_core::validate::validate_envelope(&bytes).unwrap();
        store.import(&env, &bytes).unwrap();
    }
    let export = dir.path().join("export");
    assert!(kiosk(&config, &["outbox", "export", export.to_str().unwrap()]).status.success());
    assert_eq!(std::fs::metadata(&export).unwrap().permissions().mode() & 0o777, 0o700);
    for f in std::fs::read_dir(&export).unwrap().flatten() {
        assert_eq!(f.metadata().unwrap().permissions().mode() & 0o777, 0o600);
    }
}
