//! `cc-kiosk outbox status | export | import`, run as a person would run them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cc_core::report::{Identity, ReportDraft, build_report_envelope};

fn write_config(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(format!("{name}.toml"));
    std::fs::write(
        &path,
        format!(
            "[kiosk]\nid = \"{name}\"\nshort_code = \"NG3\"\ndata_dir = \"{name}-data\"\n\
             [central]\nbase_url = \"https://central.example.be/\"\ntoken_file = \"token\"\n"
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn sample_draft(i: usize, named: bool) -> ReportDraft {
    ReportDraft {
        theme: "fraud".into(),
        company_name: format!("Company {i}"),
        facts_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1 + (i % 28) as u32),
        channel: "phone".into(),
        description: format!("Called {i} times; \"quotes\", émoji 🙂 and a\nnew line."),
        identity: if named { Identity::Named } else { Identity::Anonymous },
        name: "Jan Janssens".into(),
        email: "jan@example.be".into(),
        consent_share: true,
        ..Default::default()
    }
}

#[test]
fn export_then_import_round_trips_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_config(dir.path(), "A");
    let b = write_config(dir.path(), "B");

    // Kiosk A queues five reports.
    {
        let mut store = cc_store::Store::open(&dir.path().join("A-data/outbox.sqlite3")).unwrap();
        let mut rng = rand::rng();
        for i in 0..5 {
            let env = build_report_envelope(
                &sample_draft(i, i % 2 == 0),
                "A",
                "NG3",
                "nl-BE",
                None,
                chrono::Utc::now(),
                &mut rng,
            )
            .unwrap();
            store.enqueue(&env).unwrap();
        }
    }
    let status = kiosk(&a, &["outbox", "status"]);
    assert!(status.status.success());
    assert!(stdout(&status).contains("pending 5"), "{}", stdout(&status));

    let export_a = dir.path().join("export-a");
    let out = kiosk(&a, &["outbox", "export", export_a.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut files: Vec<_> = std::fs::read_dir(&export_a).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    assert_eq!(files.len(), 5);

    // Kiosk B (empty queue) imports them; twice is a no-op.
    let out = kiosk(&b, &["outbox", "import", export_a.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("imported 5, already queued 0, refused 0"), "{}", stdout(&out));
    let again = kiosk(&b, &["outbox", "import", export_a.to_str().unwrap()]);
    assert!(stdout(&again).contains("imported 0, already queued 5, refused 0"), "{}", stdout(&again));

    // B's export is byte for byte A's.
    let export_b = dir.path().join("export-b");
    assert!(kiosk(&b, &["outbox", "export", export_b.to_str().unwrap()]).status.success());
    for f in &files {
        let name = f.file_name().unwrap();
        assert_eq!(std::fs::read(f).unwrap(), std::fs::read(export_b.join(name)).unwrap(), "{name:?}");
    }
}

#[test]
fn import_accepts_foreign_envelopes_and_refuses_bad_files_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let b = write_config(dir.path(), "B");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();

    // Another kiosk, another version: a reference of another shape, extra fields, pretty-printed.
    let foreign = r#"{
  "id": "0193a6f2-7c1e-7b4a-9d2e-4f1a2b3c4d5e",
  "kind": "question",
  "schema_version": 1,
  "kiosk_id": "LIE-01",
  "created_at": "2026-11-26T10:15:30Z",
  "locale": "fr-BE",
  "assisted_by": "staff-17",
  "receipt": { "reference": "LIE/2026/000042", "tracking_code": "9X4-22" },
  "payload": {
    "theme": "energy",
    "question": "Puis-je changer de fournisseur ?",
    "reply_by": "email",
    "contact": { "name": "A. B.", "email": "ab@example.be", "phone": null, "postal_address": null },
    "consent": { "process_my_data": true }
  },
  "future_field": 1
}
"#;
    std::fs::write(inbox.join("1-foreign.json"), foreign).unwrap();
    std::fs::write(inbox.join("2-broken.json"), "{ not json").unwrap();
    let bad_kind = foreign.replace("\"question\"", "\"complaint\"").replace("7c1e", "7c1f");
    std::fs::write(inbox.join("3-bad-kind.json"), bad_kind).unwrap();
    std::fs::write(inbox.join("notes.txt"), "not an envelope").unwrap();

    let out = kiosk(&b, &["outbox", "import", inbox.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "refusals make the exit code non-zero");
    assert!(stdout(&out).contains("imported 1, already queued 0, refused 2"), "{}", stdout(&out));
    assert!(err.contains("2-broken.json"), "{err}");
    assert!(err.contains("3-bad-kind.json") && err.contains("kind"), "{err}");
    assert!(!err.contains("ab@example.be"), "no personal data in messages");

    let export = dir.path().join("export");
    assert!(kiosk(&b, &["outbox", "export", export.to_str().unwrap()]).status.success());
    let back = std::fs::read_to_string(export.join("0193a6f2-7c1e-7b4a-9d2e-4f1a2b3c4d5e.json")).unwrap();
    assert_eq!(back, foreign, "kept exactly as given");
}

#[test]
fn a_bad_config_names_the_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, "[kiosk]\nid = \"X\"\nshort_code = \"NG3\"\ndata_dir = \"d\"\n[central]\nbase_url = \"http://x/\"\ntoken_file = \"t\"\n").unwrap();
    let out = kiosk(&path, &["outbox", "status"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kiosk.toml: [central] base_url"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn screenshot_lists_and_renders() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = kiosk(&root.join("kiosk-config/demo.toml"), &["screenshot", "--screen", "list"]);
    assert!(stdout(&list).lines().any(|l| l == "receipt"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("home.png");
    let o = kiosk(
        &root.join("kiosk-config/demo.toml"),
        &["screenshot", "--screen", "home", "--lang", "nl-BE", "--out", out.to_str().unwrap(), "--size", "1280x1024"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    let bad = kiosk(&root.join("kiosk-config/demo.toml"), &["screenshot", "--screen", "nope", "--out", "x.png"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown screen"));
}
