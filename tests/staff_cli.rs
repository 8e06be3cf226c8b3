//! `cc-kiosk staff add|remove|list`: accounts made from the terminal, the PIN asked twice and
//! never written; the config's `[staff]` checked with the file and key named.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn config(dir: &Path, staff: &str) -> std::path::PathBuf {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "[kiosk]\nid = \"T-01\"\nshort_code = \"TST\"\ndata_dir = \"data\"\n\
             [central]\nbase_url = \"https://central.example.be/\"\ntoken_file = \"token\"\n{staff}"
        ),
    )
    .unwrap();
    path
}

fn kiosk(config: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cc-kiosk"))
        .arg("--config")
        .arg(config)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cc-kiosk");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn accounts_are_made_listed_and_removed_from_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "[staff]\naccounts_file = \"staff-accounts\"\n");
    let file = dir.path().join("staff-accounts");

    let o = kiosk(&cfg, &["staff", "add", "jdupont"], "246810\n246810\n");
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("added jdupont"));
    let o = kiosk(&cfg, &["staff", "add", "apeeters"], "905317\n905317\n");
    assert!(o.status.success(), "{}", text(&o));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("jdupont:$argon2id$") && written.contains("apeeters:$argon2id$"));
    assert!(!written.contains("246810") && !written.contains("905317"), "no PIN in the file");
    let o = kiosk(&cfg, &["staff", "list"], "");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "jdupont\napeeters\n");
    assert!(!text(&o).contains("argon2"), "list shows ids only");

    // Two different PINs, a weak PIN, a bad id: refused, nothing changed, no PIN echoed back.
    for (args, stdin, says) in [
        (["staff", "add", "jdupont"], "246810\n246811\n", "the two PINs differ"),
        (["staff", "add", "jdupont"], "777777\n777777\n", "not one digit repeated nor a run"),
        (["staff", "add", "jean dupont"], "246810\n246810\n", "only letters, digits"),
    ] {
        let o = kiosk(&cfg, &args, stdin);
        assert!(!o.status.success());
        assert!(text(&o).contains(says), "{}", text(&o));
        assert!(!text(&o).contains("246810") && !text(&o).contains("777777"), "{}", text(&o));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), written, "nothing changed");
    }

    let o = kiosk(&cfg, &["staff", "remove", "jdupont"], "");
    assert!(o.status.success(), "{}", text(&o));
    let o = kiosk(&cfg, &["staff", "remove", "jdupont"], "");
    assert!(!o.status.success() && text(&o).contains("no account jdupont"));
    assert_eq!(String::from_utf8_lossy(&kiosk(&cfg, &["staff", "list"], "").stdout), "apeeters\n");
}

#[test]
fn staff_settings_are_checked_with_the_file_and_key_named() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "");
    let o = kiosk(&cfg, &["staff", "list"], "");
    assert!(!o.status.success() && text(&o).contains("no [staff] section"), "{}", text(&o));
    for (staff, says) in [
        ("[staff]\naccounts_file = \"\"\n", "[staff] accounts_file"),
        ("[staff]\naccounts_file = \"s\"\nmax_attempts = 0\n", "[staff] max_attempts"),
        ("[staff]\naccounts_file = \"s\"\nidle_minutes = 0\n", "[staff] idle_minutes"),
        ("[staff]\naccounts_file = \"s\"\nassisted_idle_secs = 30\n", "[staff] assisted_idle_secs"),
        ("[staff]\naccounts_file = \"s\"\npin = \"246810\"\n", "pin"),
    ] {
        let cfg = config(dir.path(), staff);
        let o = kiosk(&cfg, &["staff", "list"], "");
        assert!(!o.status.success(), "{staff}");
        let t = text(&o);
        assert!(t.contains(&cfg.display().to_string()) && t.contains(says), "{staff}: {t}");
    }
}
