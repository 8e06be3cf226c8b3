//! Behaviour of the outbox store on real database files.

use std::path::{Path, PathBuf};

use cc_core::envelope::{Envelope, Receipt};
use cc_store::{Counts, Enqueued, State, Store, StoreError, UnavailableReason};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::json;
use uuid::Uuid;

const NAME: &str = "Ms Élise Dupont-Secret";
const EMAIL: &str = "elise.secret@example.be";

fn envelope(reference: &str, created_at: &str) -> Envelope {
    Envelope {
        id: Uuid::now_v7(),
        kind: "question".to_owned(),
        schema_version: 1,
        kiosk_id: "BXL-NG3-01".to_owned(),
        created_at: created_at.to_owned(),
        locale: "fr-BE".to_owned(),
        assisted_by: None,
        receipt: Receipt { reference: reference.to_owned(), tracking_code: "482913".to_owned() },
        payload: json!({
            "theme": "energy",
            "question": "Mon fournisseur a doublé l'acompte — est-ce légal ?",
            "reply_by": "email",
            "contact": { "name": NAME, "email": EMAIL, "phone": null, "postal_address": null },
            "consent": { "process_my_data": true }
        }),
    }
}

fn db_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("data").join("outbox.sqlite")
}

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("test time").with_timezone(&Utc)
}

/// Looks at the file with a separate connection, as an attacker with the disk would.
fn raw_body_is_null(path: &Path, id: Uuid) -> bool {
    let conn = rusqlite::Connection::open(path).expect("raw open");
    conn.query_row("SELECT body IS NULL FROM outbox WHERE id = ?1", [id.to_string()], |r| r.get(0)).expect("raw query")
}

fn assert_no_personal_data(err: &StoreError) {
    let mut text = format!("{err} {err:?}");
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        text.push_str(&format!(" {s} {s:?}"));
        source = s.source();
    }
    for secret in [NAME, EMAIL, "acompte", "NG3-7K4Q-M2XP", "482913"] {
        assert!(!text.contains(secret), "error text leaks {secret:?}: {text}");
    }
}

#[test]
fn enqueue_is_durable_across_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    {
        let mut store = Store::open(&path).expect("open creates the directory");
        assert_eq!(store.enqueue(&env).expect("enqueue"), Enqueued::Queued);
    }
    let store = Store::open(&path).expect("reopen");
    let row = store.find_by_reference("NG3-7K4Q-M2XP").expect("find").expect("row present after reopen");
    assert_eq!(row.id, env.id);
    assert_eq!(row.state, State::Pending);
    assert_eq!(row.kind, "question");
    assert_eq!(row.locale, "fr-BE");
    assert_eq!(row.tracking_code, "482913");
    assert_eq!(row.created_at, "2026-11-26T10:15:30Z");
    assert_eq!(row.attempts, 0);
    assert_eq!(row.central_reference, None);
    assert!(!format!("{row:?}").contains("482913"), "Debug redacts the code");
    let bodies = store.queued_bodies().expect("bodies");
    assert_eq!(bodies, vec![(env.id, serde_json::to_vec(&env).expect("json"))]);
    assert_eq!(store.get(env.id).expect("get"), Some(row));
}

#[test]
fn enqueue_is_idempotent() {
    let mut store = Store::open_in_memory().expect("open");
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    assert_eq!(store.enqueue(&env).expect("first"), Enqueued::Queued);
    assert_eq!(store.enqueue(&env).expect("second"), Enqueued::AlreadyQueued);
    assert_eq!(store.counts().expect("counts").pending, 1);
}

#[test]
fn same_id_other_content_is_a_conflict() {
    let mut store = Store::open_in_memory().expect("open");
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    store.enqueue(&env).expect("enqueue");
    let mut other = env.clone();
    other.payload["question"] = json!("Une autre question");
    let err = store.enqueue(&other).expect_err("conflict");
    assert!(matches!(err, StoreError::IdConflict { id } if id == env.id), "{err:?}");
    assert_no_personal_data(&err);
    assert_eq!(store.queued_bodies().expect("bodies").len(), 1);
}

#[test]
fn taken_reference_is_refused() {
    let mut store = Store::open_in_memory().expect("open");
    let first = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    store.enqueue(&first).expect("enqueue");
    let second = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:16:00Z");
    let err = store.enqueue(&second).expect_err("reference taken");
    assert!(matches!(err, StoreError::ReferenceTaken { id } if id == second.id), "{err:?}");
    assert_no_personal_data(&err);
    // The caller draws a new reference and retries.
    let mut retry = second.clone();
    retry.receipt.reference = "NG3-AAAA-BBBB".to_owned();
    assert_eq!(store.enqueue(&retry).expect("retry"), Enqueued::Queued);
    assert_eq!(store.counts().expect("counts").pending, 2);
}

#[test]
fn import_round_trips_byte_for_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let id = Uuid::now_v7();
    // Unusual field order, whitespace, escapes and a trailing newline.
    let raw = format!(
        "{{\n  \"payload\" : {{\"question\":\"caf\\u00e9  \\\"ok\\\"\", \"n\": 1.50}},\r\n\t\
         \"receipt\":{{ \"tracking_code\":\"111222\", \"reference\":\"LGE-1111-2222\" }},\
         \"kind\":\"question\",\"id\":\"{}\",\"schema_version\":1,\
         \"kiosk_id\":\"LGE-01\",\"created_at\":\"2026-11-20T08:00:00Z\",\
         \"locale\":\"nl-BE\",\"assisted_by\":\"staff-7\"   }}\n",
        id.to_string().to_uppercase()
    );
    let env: Envelope = serde_json::from_str(&raw).expect("parses");
    {
        let mut store = Store::open(&path).expect("open");
        assert_eq!(store.import(&env, raw.as_bytes()).expect("import"), Enqueued::Queued);
        assert_eq!(store.import(&env, raw.as_bytes()).expect("again"), Enqueued::AlreadyQueued);
        // Same id, same meaning, other bytes: a conflict (bytes are what is sent).
        let reformatted = serde_json::to_vec(&env).expect("json");
        let err = store.import(&env, &reformatted).expect_err("other bytes");
        assert!(matches!(err, StoreError::IdConflict { .. }), "{err:?}");
        // ... and enqueueing the parsed envelope is the same conflict.
        assert!(matches!(store.enqueue(&env), Err(StoreError::IdConflict { .. })));
    }
    let store = Store::open(&path).expect("reopen");
    let bodies = store.queued_bodies().expect("bodies");
    assert_eq!(bodies, vec![(id, raw.into_bytes())]);
    let row = store.find_by_reference("LGE-1111-2222").expect("find").expect("row");
    assert_eq!(row.locale, "nl-BE");
    assert_eq!(row.kind, "question");
}

#[test]
fn import_checks_raw_against_envelope() {
    let mut store = Store::open_in_memory().expect("open");
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    let other = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    let other_raw = serde_json::to_vec(&other).expect("json");
    for raw in [&b"not json"[..], &b"{\"id\": \xff}"[..], &other_raw[..], &b""[..]] {
        let err = store.import(&env, raw).expect_err("mismatch");
        assert!(matches!(err, StoreError::RawMismatch { id } if id == env.id), "{err:?}");
        assert_no_personal_data(&err);
    }
    assert_eq!(store.counts().expect("counts"), Counts::default());
}

#[test]
fn counts_by_state_and_oldest_pending() {
    let mut store = Store::open_in_memory().expect("open");
    let now = t("2026-11-26T12:00:00Z");
    let a = envelope("NG3-AAAA-0001", "2026-11-26T09:00:00Z");
    let b = envelope("NG3-AAAA-0002", "2026-11-26T08:00:00Z");
    let c = envelope("NG3-AAAA-0003", "2026-11-26T10:00:00Z");
    let d = envelope("NG3-AAAA-0004", "2026-11-26T11:00:00Z");
    let e = envelope("NG3-AAAA-0005", "2026-11-26T07:00:00Z");
    for env in [&a, &b, &c, &d, &e] {
        store.enqueue(env).expect("enqueue");
    }
    assert_eq!(
        store.counts().expect("counts"),
        Counts {
            pending: 5,
            sending: 0,
            sent: 0,
            rejected: 0,
            oldest_pending_at: Some("2026-11-26T07:00:00Z".to_owned()),
        }
    );
    store.mark_sending(e.id).expect("sending");
    store.mark_sent(e.id, "CC-2026-0000001", now).expect("sent");
    store.mark_rejected(b.id, "422 invalid_field", now).expect("rejected");
    store.mark_sending(c.id).expect("sending");
    assert_eq!(
        store.counts().expect("counts"),
        Counts {
            pending: 2,
            sending: 1,
            sent: 1,
            rejected: 1,
            oldest_pending_at: Some("2026-11-26T09:00:00Z".to_owned()),
        }
    );
    store.mark_sent(c.id, "CC-2026-0000002", now).expect("sent");
    store.mark_sent(a.id, "CC-2026-0000003", now).expect("sent");
    store.mark_sent(d.id, "CC-2026-0000004", now).expect("sent");
    let counts = store.counts().expect("counts");
    assert_eq!((counts.pending, counts.sent, counts.rejected), (0, 4, 1));
    assert_eq!(counts.oldest_pending_at, None);
}

#[test]
fn reset_sending_after_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let a = envelope("NG3-AAAA-0001", "2026-11-26T09:00:00Z");
    let b = envelope("NG3-AAAA-0002", "2026-11-26T09:01:00Z");
    {
        let mut store = Store::open(&path).expect("open");
        store.enqueue(&a).expect("enqueue");
        store.enqueue(&b).expect("enqueue");
        store.mark_sending(a.id).expect("sending");
        // The process dies here.
    }
    let mut store = Store::open(&path).expect("reopen");
    assert_eq!(store.counts().expect("counts").sending, 1);
    assert_eq!(store.reset_sending_to_pending().expect("reset"), 1);
    assert_eq!(store.reset_sending_to_pending().expect("reset again"), 0);
    let counts = store.counts().expect("counts");
    assert_eq!((counts.pending, counts.sending), (2, 0));
    let due = store.next_due(Utc::now()).expect("due").expect("one due");
    assert_eq!(due.0, a.id, "oldest first");
}

#[test]
fn transitions_retry_and_purge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let mut store = Store::open(&path).expect("open");
    let now = t("2026-11-26T12:00:00Z");
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    let body = serde_json::to_vec(&env).expect("json");
    store.enqueue(&env).expect("enqueue");

    assert_eq!(store.next_due(now).expect("due"), Some((env.id, body.clone())));
    store.mark_sending(env.id).expect("sending");
    assert_eq!(store.next_due(now).expect("due"), None, "sending is not due");
    let err = store.mark_sending(env.id).expect_err("already sending");
    assert!(matches!(err, StoreError::InvalidState { state: State::Sending, .. }), "{err:?}");

    let later = now + Duration::seconds(30);
    store.mark_retry(env.id, "503 unavailable", later).expect("retry");
    let row = store.get(env.id).expect("get").expect("row");
    assert_eq!(row.state, State::Pending);
    assert_eq!(row.attempts, 1);
    assert_eq!(row.last_error.as_deref(), Some("503 unavailable"));
    assert_eq!(row.next_attempt_at.as_deref(), Some("2026-11-26T12:00:30.000Z"));
    assert_eq!(store.next_due(now).expect("due"), None, "not yet");
    assert_eq!(store.next_due(later - Duration::seconds(1)).expect("due"), None);
    assert_eq!(store.next_due(later).expect("due"), Some((env.id, body.clone())));

    store.mark_sending(env.id).expect("sending");
    store.mark_retry(env.id, "timeout", later).expect("retry");
    assert_eq!(store.get(env.id).expect("get").expect("row").attempts, 2);

    store.mark_sending(env.id).expect("sending");
    store.mark_sent(env.id, "CC-2026-0001234", later).expect("sent");
    let row = store.get(env.id).expect("get").expect("row");
    assert_eq!(row.state, State::Sent);
    assert_eq!(row.central_reference.as_deref(), Some("CC-2026-0001234"));
    assert_eq!(row.sent_at.as_deref(), Some("2026-11-26T12:00:30Z"));
    assert_eq!(row.last_error, None);
    assert!(raw_body_is_null(&path, env.id), "payload purged");
    assert!(store.queued_bodies().expect("bodies").is_empty());
    assert_eq!(store.next_due(later).expect("due"), None);

    // The follow-up screen finds it by either reference.
    let by_central = store.find_by_reference("CC-2026-0001234").expect("find").expect("row");
    assert_eq!(by_central.id, env.id);
    assert_eq!(store.find_by_reference("NG3-7K4Q-M2XP").expect("find"), Some(by_central));
    assert_eq!(store.find_by_reference("NG3-0000-0000").expect("find"), None);

    // Enqueueing it again is a no-op; the personal data stays gone.
    assert_eq!(store.enqueue(&env).expect("again"), Enqueued::AlreadySent);
    assert!(raw_body_is_null(&path, env.id));
    let mut changed = env.clone();
    changed.locale = "en".to_owned();
    assert!(matches!(store.enqueue(&changed), Err(StoreError::IdConflict { .. })));

    // No way back from sent.
    for err in [
        store.mark_sending(env.id).expect_err("sent"),
        store.mark_sent(env.id, "CC-X", later).expect_err("sent"),
        store.mark_rejected(env.id, "x", later).expect_err("sent"),
        store.mark_retry(env.id, "x", later).expect_err("sent"),
    ] {
        assert!(matches!(err, StoreError::InvalidState { state: State::Sent, .. }), "{err:?}");
    }

    // The purged payload is neither in the database file nor in its WAL, while the store is
    // open (secure_delete + checkpoint) and after it is closed.
    assert_not_on_disk(&path);
    drop(store);
    assert_not_on_disk(&path);
}

fn assert_not_on_disk(path: &Path) {
    for suffix in ["", "-wal"] {
        let mut p = path.to_path_buf().into_os_string();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(&p) {
            let hay = String::from_utf8_lossy(&bytes);
            assert!(!hay.contains(EMAIL), "e-mail still on disk in {p:?}");
            assert!(!hay.contains(NAME), "name still on disk in {p:?}");
        }
    }
}

#[test]
fn rejected_keeps_the_body_for_staff() {
    let mut store = Store::open_in_memory().expect("open");
    let now = t("2026-11-26T12:00:00Z");
    let a = envelope("NG3-AAAA-0001", "2026-11-26T09:00:00Z");
    let b = envelope("NG3-AAAA-0002", "2026-11-26T09:01:00Z");
    store.enqueue(&a).expect("enqueue");
    store.enqueue(&b).expect("enqueue");
    store.mark_sending(a.id).expect("sending");
    store.mark_rejected(a.id, "409 id_conflict", now).expect("rejected");
    let row = store.get(a.id).expect("get").expect("row");
    assert_eq!(row.state, State::Rejected);
    assert_eq!(row.last_error.as_deref(), Some("409 id_conflict"));
    // Skipped by the worker, which goes on with the others.
    assert_eq!(store.next_due(now).expect("due").map(|d| d.0), Some(b.id));
    // Still exported, oldest first.
    let ids: Vec<Uuid> = store.queued_bodies().expect("bodies").into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, vec![a.id, b.id]);
    assert_eq!(store.enqueue(&a).expect("again"), Enqueued::AlreadyQueued);
    assert_eq!(store.reset_sending_to_pending().expect("reset"), 0);
}

#[test]
fn unknown_id_is_not_found() {
    let mut store = Store::open_in_memory().expect("open");
    let id = Uuid::now_v7();
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).single().expect("time");
    for err in [
        store.mark_sending(id).expect_err("missing"),
        store.mark_sent(id, "CC-1", now).expect_err("missing"),
        store.mark_rejected(id, "x", now).expect_err("missing"),
        store.mark_retry(id, "x", now).expect_err("missing"),
    ] {
        assert!(matches!(err, StoreError::NotFound { id: e } if e == id), "{err:?}");
    }
    assert_eq!(store.get(id).expect("get"), None);
    assert_eq!(store.next_due(now).expect("due"), None);
}

#[test]
fn parent_that_is_a_file_gives_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").expect("write");
    let path = file.join("sub").join("outbox.sqlite");
    let err = Store::open(&path).expect_err("cannot create directory");
    assert!(matches!(err, StoreError::CreateDir { .. }), "{err:?}");
    assert!(err.unavailable_reason().is_some());
    assert!(err.to_string().contains("not-a-dir"), "names the path: {err}");

    let err = Store::open(&file.join("outbox.sqlite")).expect_err("parent is a file");
    assert!(err.unavailable_reason().is_some(), "{err:?}");
}

#[test]
fn database_path_that_is_a_directory_gives_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = Store::open(dir.path()).expect_err("a directory");
    assert!(matches!(err, StoreError::Unavailable { reason: UnavailableReason::CannotOpen, .. }), "{err:?}");
}

#[test]
fn garbage_file_gives_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("outbox.sqlite");
    std::fs::write(&path, vec![0x5a_u8; 8192]).expect("write");
    let err = Store::open(&path).expect_err("not a database");
    assert!(matches!(err, StoreError::Unavailable { reason: UnavailableReason::Corrupt, .. }), "{err:?}");
    assert!(err.to_string().contains("outbox.sqlite"), "{err}");
}

#[test]
fn read_only_store_refuses_writes_with_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    Store::open(&path).expect("open").enqueue(&env).expect("enqueue");

    let mut ro = Store::open_read_only(&path).expect("open read-only");
    assert_eq!(ro.counts().expect("counts").pending, 1);
    assert_eq!(ro.queued_bodies().expect("bodies").len(), 1);
    let other = envelope("NG3-AAAA-BBBB", "2026-11-26T10:16:00Z");
    let err = ro.enqueue(&other).expect_err("read-only");
    assert_eq!(err.unavailable_reason(), Some(UnavailableReason::ReadOnly), "{err:?}");
    assert!(matches!(err, StoreError::Unavailable { .. }));
    assert!(std::error::Error::source(&err).is_some(), "keeps the SQLite error");
    assert_no_personal_data(&err);
    let err = ro.mark_sending(env.id).expect_err("read-only");
    assert_eq!(err.unavailable_reason(), Some(UnavailableReason::ReadOnly), "{err:?}");

    let missing = dir.path().join("missing.sqlite");
    let err = Store::open_read_only(&missing).expect_err("missing");
    assert_eq!(err.unavailable_reason(), Some(UnavailableReason::CannotOpen), "{err:?}");
    assert!(!missing.exists(), "read-only open creates nothing");
}

/// Root ignores file permissions, so these cases are only checked when they are enforced.
#[cfg(unix)]
#[test]
fn read_only_directory_and_file_give_errors() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().expect("tempdir");
    let ro_dir = dir.path().join("ro");
    std::fs::create_dir(&ro_dir).expect("mkdir");
    std::fs::set_permissions(&ro_dir, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let enforced = std::fs::write(ro_dir.join("probe"), b"x").is_err();
    if enforced {
        let err = Store::open(&ro_dir.join("outbox.sqlite")).expect_err("read-only dir");
        assert!(err.unavailable_reason().is_some(), "{err:?}");
        let err = Store::open(&ro_dir.join("sub").join("outbox.sqlite")).expect_err("no mkdir");
        assert!(matches!(err, StoreError::CreateDir { .. }), "{err:?}");
    } else {
        eprintln!("skipping read-only directory checks: permissions are not enforced (root?)");
    }
    std::fs::set_permissions(&ro_dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");

    let path = dir.path().join("ro-file.sqlite");
    Store::open(&path).expect("create");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    if std::fs::OpenOptions::new().append(true).open(&path).is_err() {
        let result = Store::open(&path).and_then(|mut s| s.enqueue(&envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z")));
        let err = result.expect_err("read-only file");
        assert!(err.unavailable_reason().is_some(), "{err:?}");
    } else {
        eprintln!("skipping read-only file check: permissions are not enforced (root?)");
    }
}

#[test]
fn database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    drop(Store::open(&path).expect("create"));
    {
        let conn = rusqlite::Connection::open(&path).expect("raw open");
        conn.pragma_update(None, "user_version", 99).expect("bump");
    }
    let err = Store::open(&path).expect_err("too new");
    assert!(matches!(err, StoreError::SchemaVersion { found: 99, expected: 4, .. }), "{err:?}");
    let err = Store::open_read_only(&path).expect_err("too new");
    assert!(matches!(err, StoreError::SchemaVersion { found: 99, .. }), "{err:?}");
}

#[test]
fn errors_name_the_database_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    drop(Store::open(&path).expect("create"));
    let mut ro = Store::open_read_only(&path).expect("read-only");
    let err = ro.enqueue(&envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z")).expect_err("read-only");
    assert!(err.to_string().contains(&path.display().to_string()), "{err}");
}

#[test]
fn a_version_1_database_is_migrated_and_keeps_its_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    {
        let mut store = Store::open(&path).expect("create");
        store.enqueue(&env).expect("enqueue");
    }
    {
        // Back to the first schema, as a kiosk of the first release left it.
        let conn = rusqlite::Connection::open(&path).expect("raw open");
        conn.execute_batch(
            "DROP INDEX outbox_pending_order; ALTER TABLE outbox DROP COLUMN body_sha256; DROP TABLE health;
             DROP TABLE audit; DROP TABLE staff_lock; DROP TABLE kiosk_state; PRAGMA user_version = 1;",
        )
        .expect("downgrade");
    }
    let store = Store::open(&path).expect("migrate");
    assert_eq!(store.next_due(Utc::now()).expect("due").map(|(id, _)| id), Some(env.id));
}

/// A database as version 2 of the schema left it: whole-second back-offs, no body hashes.
fn downgrade_to_v2(path: &Path) {
    let conn = rusqlite::Connection::open(path).expect("raw open");
    conn.execute_batch(
        "ALTER TABLE outbox DROP COLUMN body_sha256; DROP TABLE health;
         DROP TABLE audit; DROP TABLE staff_lock; DROP TABLE kiosk_state; PRAGMA user_version = 2;",
    )
    .expect("downgrade");
}

#[test]
fn a_version_2_database_keeps_its_back_offs_to_the_millisecond() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    {
        let mut store = Store::open(&path).expect("create");
        store.enqueue(&env).expect("enqueue");
    }
    downgrade_to_v2(&path);
    {
        let conn = rusqlite::Connection::open(&path).expect("raw open");
        conn.execute("UPDATE outbox SET next_attempt_at = '2026-11-26T10:20:00Z'", []).expect("old back-off");
    }
    let mut store = Store::open(&path).expect("migrate");
    let row = store.get(env.id).expect("get").expect("row");
    assert_eq!(row.next_attempt_at.as_deref(), Some("2026-11-26T10:20:00.000Z"));
    assert_eq!(store.next_due(t("2026-11-26T10:19:59.999Z")).expect("due"), None);
    assert!(store.next_due(t("2026-11-26T10:20:00Z")).expect("due").is_some());
    // Sent after the migration: its hash is kept at the purge, so an import of other content
    // under its id is a conflict.
    store.mark_sending(env.id).expect("sending");
    store.mark_sent(env.id, "CC-1", t("2026-11-26T10:21:00Z")).expect("sent");
    let mut other = env.clone();
    other.payload["question"] = json!("Other content");
    let raw = serde_json::to_vec(&other).expect("json");
    assert!(matches!(store.import(&other, &raw), Err(StoreError::IdConflict { .. })));
    let raw = serde_json::to_vec(&env).expect("json");
    assert_eq!(store.import(&env, &raw).expect("same"), Enqueued::AlreadySent);
}

#[test]
fn sub_second_back_offs_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_path(&dir)).expect("open");
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    store.enqueue(&env).expect("enqueue");
    store.mark_sending(env.id).expect("sending");
    store.mark_retry(env.id, "HTTP 503", t("2026-11-26T10:15:31.500Z")).expect("retry");
    let row = store.get(env.id).expect("get").expect("row");
    assert_eq!(row.next_attempt_at.as_deref(), Some("2026-11-26T10:15:31.500Z"));
    assert_eq!(store.next_due(t("2026-11-26T10:15:31.499Z")).expect("due"), None);
    assert!(store.next_due(t("2026-11-26T10:15:31.500Z")).expect("due").is_some());
}

#[test]
fn an_import_of_a_sent_id_with_other_content_is_a_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_path(&dir)).expect("open");
    let env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    store.enqueue(&env).expect("enqueue");
    store.mark_sending(env.id).expect("sending");
    store.mark_sent(env.id, "CC-1", t("2026-11-26T10:16:00Z")).expect("sent");
    // Same receipt, kind, locale and time, other words: the purged body cannot be compared, its
    // hash can.
    let mut other = env.clone();
    other.payload["question"] = json!("Une tout autre question");
    let raw = serde_json::to_vec(&other).expect("json");
    let err = store.import(&other, &raw).expect_err("conflict");
    assert!(matches!(err, StoreError::IdConflict { .. }), "{err}");
    let raw = serde_json::to_vec(&env).expect("json");
    assert_eq!(store.import(&env, &raw).expect("same content"), Enqueued::AlreadySent);
}

#[test]
fn an_envelope_over_256_kib_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&db_path(&dir)).expect("open");
    let mut env = envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z");
    env.payload["question"] = json!("x".repeat(cc_core::envelope::MAX_BODY_BYTES));
    let err = store.enqueue(&env).expect_err("too large");
    assert!(matches!(err, StoreError::TooLarge { limit: 262_144, .. }), "{err}");
    assert!(err.to_string().contains("over the 262144 bytes"), "{err}");
    assert_no_personal_data(&err);
    assert_eq!(store.counts().expect("counts").pending, 0);
}

#[cfg(unix)]
#[test]
fn the_queue_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let data = path.parent().expect("folder").to_path_buf();
    let side = |suffix: &str| PathBuf::from(format!("{}{suffix}", path.display()));
    {
        let mut store = Store::open(&path).expect("open");
        store.enqueue(&envelope("NG3-7K4Q-M2XP", "2026-11-26T10:15:30Z")).expect("enqueue");
        assert_eq!(mode(&data), 0o700);
        for p in [path.clone(), side("-wal"), side("-shm")] {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    // A queue made by an earlier version, readable by everyone, is narrowed at the next open.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let store = Store::open(&path).expect("open");
    assert_eq!(mode(&data), 0o700);
    for p in [path.clone(), side("-wal"), side("-shm")] {
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    drop(store);
}

/// Queues `n` envelopes and closes the store (the WAL is checkpointed into the file).
fn queue_of(path: &Path, n: usize) -> Vec<Envelope> {
    let mut store = Store::open(path).expect("open");
    let envs: Vec<Envelope> = (0..n)
        .map(|i| {
            let mut env = envelope(&format!("NG3-{:04}-AAAA", i), "2026-11-26T10:15:30Z");
            env.payload["question"] = json!(format!("Question {i}: {}", "ma facture ".repeat(40)));
            store.enqueue(&env).expect("enqueue");
            env
        })
        .collect();
    store.checkpoint().expect("checkpoint");
    envs
}

/// Overwrites the b-tree header of the page holding `needle` (a table leaf) with garbage.
fn damage_page_holding(path: &Path, needle: &[u8]) {
    let mut bytes = std::fs::read(path).expect("read");
    let at = bytes.windows(needle.len()).position(|w| w == needle).expect("needle in the file");
    let page = at / 4096 * 4096;
    for b in &mut bytes[page..page + 12] {
        *b = 0xEE;
    }
    std::fs::write(path, bytes).expect("write");
}

#[test]
fn a_damaged_queue_is_moved_aside_and_salvaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let envs = queue_of(&path, 30);
    // The page of a body (its question is in no index): a leaf of the table.
    let _ = &envs;
    damage_page_holding(&path, b"\"question\":\"Question 12: ");
    assert!(Store::open(&path).expect("still opens").quick_check().is_err(), "the damage shows");

    let opened = Store::open_checked(&path).expect("open checked");
    let moved = opened.moved_aside.expect("moved aside");
    assert!(moved.path.exists(), "never deleted");
    assert!(
        moved.path.file_name().unwrap().to_string_lossy().starts_with("outbox.damaged-"),
        "{}",
        moved.path.display()
    );
    assert_eq!(opened.store.counts().expect("counts"), Counts::default(), "a new, empty queue");
    assert!(opened.store.quick_check().is_ok());
    drop(opened.store);

    let before = std::fs::read(&moved.path).expect("read");
    let report = cc_store::salvage(&moved.path).expect("salvage");
    assert_eq!(std::fs::read(&moved.path).expect("read"), before, "the damaged file is not changed");
    assert!(report.rows_unreadable > 0 || report.table_unreadable, "{report:?}");
    let found: std::collections::HashSet<Uuid> = report.envelopes.iter().map(|e| e.id).collect();
    assert_eq!(found.len(), report.envelopes.len(), "once per id");
    for env in &envs {
        assert!(found.contains(&env.id), "{} lost; {report:?}", env.id);
    }
    for s in &report.envelopes {
        let parsed = cc_core::validate::validate_envelope(&s.body).expect("a whole envelope");
        assert_eq!(parsed.id, s.id);
    }
    assert!(report.from_scan > 0, "the damaged page's rows come from the scan: {report:?}");
    // No temporary copy is left next to it.
    let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains(".salvage-")), "{names:?}");
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).expect("mkdir");
    std::fs::write(&path, vec![0x5A; 8192]).expect("garbage");
    let opened = Store::open_checked(&path).expect("open checked");
    let moved = opened.moved_aside.expect("moved aside");
    assert_eq!(std::fs::read(&moved.path).expect("kept"), vec![0x5A; 8192]);
    let report = cc_store::salvage(&moved.path).expect("salvage");
    assert!(report.envelopes.is_empty());
    assert!(report.table_unreadable);
}

#[test]
fn the_storage_probe_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = db_path(&dir);
    let mut store = Store::open(&path).expect("open");
    store.probe_write(t("2026-11-26T10:15:30Z")).expect("probe");
    drop(store);
    let mut ro = Store::open_read_only(&path).expect("read-only");
    let err = ro.probe_write(t("2026-11-26T10:16:30Z")).expect_err("a read-only queue cannot take a submission");
    assert_eq!(err.unavailable_reason(), Some(UnavailableReason::ReadOnly), "{err}");
}
