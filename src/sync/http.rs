//! The HTTP side of the contract: one `reqwest` client, the headers every call carries, and the
//! reading of every answer into an outcome. Nothing here returns or logs a body, a reference, a
//! tracking code or the token; error texts name a class and a low-level cause only (never a URL,
//! which for a look-up would hold the reference and the code).

use std::path::Path;
use std::sync::{PoisonError, RwLock};
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Certificate, Client, StatusCode, Url};
use serde_json::Value;
use uuid::Uuid;

use super::{FollowUpResult, SyncError};
use crate::config::Config;

/// `User-Agent: <crate name>/<version>`.
pub(crate) const USER_AGENT: &str = concat!("cc-kiosk/", env!("CARGO_PKG_VERSION"));

/// Answers longer than this are not read (the contract's answers are a few hundred bytes).
const MAX_ANSWER: usize = 64 * 1024;

/// A `Retry-After` longer than this is taken as this (a broken value must not stop the kiosk).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// How the error text of a failure answered with an HTTP status begins (`HTTP 503`).
const ANSWERED: &str = "HTTP ";

/// Whether a row's `last_error` (as written by the sync worker) is a failure that the service
/// answered (`HTTP 503`…), as opposed to one without any answer (no connection, timeout…).
pub(crate) fn failure_was_answered(last_error: &str) -> bool {
    last_error.starts_with(ANSWERED)
}

/// What became of one `POST /v1/submissions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Submit {
    /// `201` or `200` with the contract's JSON: `reference` is the central reference.
    Accepted { reference: String },
    /// `400`, `409`, `413`, `422`: `error` is `"<status> <error>/<field>"` (codes only).
    Rejected { error: String },
    /// `401` or `403`.
    Refused { status: u16 },
    /// Not sent: the token file is missing, unreadable or empty.
    NoToken,
    /// Try again later: `why` names the class of failure (no personal data).
    Transient(Transient),
}

/// A failure worth retrying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Transient {
    pub why: String,
    /// The service's `Retry-After`, capped.
    pub retry_after: Option<Duration>,
    /// The service could not be reached at all (connect, DNS, TLS, timeout).
    pub unreachable: bool,
    /// An HTTP status came back (a `5xx`, `429`…), as opposed to no answer at all (no
    /// connection, timeout, reset, dropped connection).
    pub answered: bool,
    /// `429` or `503`: the service asks every client to come back later (not a problem of this
    /// one envelope).
    pub busy: bool,
}

/// What became of a heartbeat or a look-up, for the link state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Contact {
    /// The service acknowledged (a `2xx` heartbeat).
    Acknowledged,
    /// The service answered something else that is not a failure (`404`, an unexpected `4xx`).
    Answered,
    Refused {
        status: u16,
    },
    /// Not asked: the token file is missing, unreadable or empty.
    NoToken,
    /// A transient failure; `answered` as in [`Transient::answered`].
    Failed {
        why: String,
        answered: bool,
    },
}

/// The central service as the kiosk sees it.
pub(crate) struct Central {
    client: Client,
    submissions: Url,
    status: Url,
    heartbeat: Url,
    token_file: std::path::PathBuf,
    /// `Bearer <token>`, or why the token file cannot be used (then nothing is sent).
    authorization: RwLock<Result<HeaderValue, String>>,
}

impl Central {
    /// Reads the token (and the extra CA, if any) and builds the client. A token file that is
    /// missing, unreadable or empty does not stop it: nothing is sent until
    /// [`Central::reload_token`] finds a usable one ([`Central::token_error`] says why).
    pub fn new(config: &Config) -> Result<Central, SyncError> {
        let c = &config.central;
        let bad = |message: String| SyncError::Config { file: config.path.clone(), message };
        let base = Url::parse(&c.base_url).map_err(|e| bad(format!("base_url: {e}")))?;
        let insecure = match base.scheme() {
            "https" => false,
            "http" if c.allow_insecure_http => true,
            "http" => return Err(bad("base_url: http:// needs allow_insecure_http = true".into())),
            other => return Err(bad(format!("base_url: unknown scheme {other:?}"))),
        };
        if base.cannot_be_a_base() || base.host_str().is_none_or(str::is_empty) {
            return Err(bad("base_url: has no host name".into()));
        }
        let join = |path: &str| base.join(path).map_err(|e| bad(format!("base_url: {e}")));
        let submissions = join("v1/submissions")?;
        let status = join("v1/status")?;
        let mut heartbeat = join("v1/kiosks/")?;
        heartbeat
            .path_segments_mut()
            .map_err(|()| bad("base_url: cannot hold a path".into()))?
            .pop_if_empty()
            .push(&config.kiosk_id)
            .push("heartbeat");

        if insecure {
            log::warn!(
                "sync: [central] base_url is plain http:// (allow_insecure_http = true): submissions travel \
                 unencrypted; for demos and tests only"
            );
        }
        let authorization = read_token(&c.token_file);
        let extra_roots = match &c.extra_ca_file {
            Some(path) => read_certificates(path)?,
            None => Vec::new(),
        };

        let mut headers = HeaderMap::new();
        let kiosk_id =
            HeaderValue::from_str(&config.kiosk_id).map_err(|_| bad("kiosk id: not a header value".into()))?;
        headers.insert("x-kiosk-id", kiosk_id);
        let builder = Client::builder()
            .user_agent(USER_AGENT)
            .default_headers(headers)
            .connect_timeout(c.connect_timeout)
            .timeout(c.request_timeout)
            .redirect(reqwest::redirect::Policy::none());
        // Plain http never does TLS: do not depend on the system's root store then.
        let builder = if insecure { builder.tls_certs_only(extra_roots) } else { builder.tls_certs_merge(extra_roots) };
        let client = builder.build().map_err(|e| SyncError::Client(cause_chain(&e)))?;
        Ok(Central {
            client,
            submissions,
            status,
            heartbeat,
            token_file: c.token_file.clone(),
            authorization: RwLock::new(authorization),
        })
    }

    /// Reads the token file again (staff "sync now" after fixing it, or the worker's periodic
    /// look while it is missing).
    pub fn reload_token(&self) -> Result<(), SyncError> {
        let value = read_token(&self.token_file);
        let result = value.as_ref().map(|_| ()).map_err(|reason| self.token_problem(reason));
        *self.authorization.write().unwrap_or_else(PoisonError::into_inner) = value;
        result
    }

    /// Why the token cannot be used now, if it cannot.
    pub fn token_error(&self) -> Option<SyncError> {
        let guard = self.authorization.read().unwrap_or_else(PoisonError::into_inner);
        guard.as_ref().err().map(|reason| self.token_problem(reason))
    }

    fn token_problem(&self, reason: &str) -> SyncError {
        SyncError::Token { path: self.token_file.clone(), reason: reason.to_string() }
    }

    fn authorization(&self) -> Option<HeaderValue> {
        self.authorization.read().unwrap_or_else(PoisonError::into_inner).as_ref().ok().cloned()
    }

    /// `POST /v1/submissions` with the stored body, byte for byte.
    pub async fn submit(&self, id: Uuid, body: Vec<u8>) -> Submit {
        let Some(authorization) = self.authorization() else {
            return Submit::NoToken;
        };
        let key = HeaderValue::from_str(&id.to_string());
        let mut request = self
            .client
            .post(self.submissions.clone())
            .header(AUTHORIZATION, authorization)
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(body);
        if let Ok(key) = key {
            request = request.header("idempotency-key", key);
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(e) => return Submit::Transient(transient_of(&e)),
        };
        let status = response.status();
        let retry_after = retry_after(response.headers());
        match status.as_u16() {
            // Only the contract's JSON with a non-empty `reference` acknowledges. A proxy's or a
            // captive portal's page, an empty or a cut answer acknowledges nothing: the row stays
            // (with its personal data) and is sent again; a replay of the same id is safe.
            200 | 201 => match read_answer(response).await {
                Ok(body) => match reference_of(&body) {
                    Some(reference) => Submit::Accepted { reference },
                    None => Submit::Transient(Transient {
                        why: format!("{ANSWERED}{} without an acknowledgement ({})", status.as_u16(), what_body(&body)),
                        retry_after,
                        unreachable: false,
                        answered: true,
                        busy: false,
                    }),
                },
                // The service may have it, but the answer was cut: a replay will get the same answer.
                Err(why) => Submit::Transient(Transient {
                    why,
                    retry_after: None,
                    unreachable: false,
                    answered: false,
                    busy: false,
                }),
            },
            400 | 409 | 413 | 422 => {
                let body = read_answer(response).await.unwrap_or_default();
                Submit::Rejected { error: rejection_of(status, &body) }
            }
            401 | 403 => Submit::Refused { status: status.as_u16() },
            s => Submit::Transient(Transient {
                why: format!("{ANSWERED}{s}"),
                retry_after,
                unreachable: false,
                answered: true,
                busy: s == 429 || s == 503,
            }),
        }
    }

    /// `POST /v1/kiosks/{kiosk_id}/heartbeat`.
    pub async fn heartbeat(&self, body: &Value) -> Contact {
        let Some(authorization) = self.authorization() else {
            return Contact::NoToken;
        };
        let request = self
            .client
            .post(self.heartbeat.clone())
            .header(AUTHORIZATION, authorization)
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(body.to_string());
        match request.send().await {
            Ok(response) => {
                let status = response.status();
                // Let the connection be reused.
                let _ = read_answer(response).await;
                match status.as_u16() {
                    401 | 403 => Contact::Refused { status: status.as_u16() },
                    s if status.is_server_error() || s == 429 => {
                        Contact::Failed { why: format!("{ANSWERED}{s}"), answered: true }
                    }
                    _ if status.is_success() => Contact::Acknowledged,
                    s => {
                        log::warn!("sync: a heartbeat was answered HTTP {s}");
                        Contact::Answered
                    }
                }
            }
            Err(e) => Contact::Failed { why: transient_of(&e).why, answered: false },
        }
    }

    /// `GET /v1/status?reference=…&code=…`.
    pub async fn follow_up(&self, reference: &str, code: &str) -> (FollowUpResult, Contact) {
        let mut url = self.status.clone();
        url.query_pairs_mut().append_pair("reference", reference).append_pair("code", code);
        let Some(authorization) = self.authorization() else {
            return (FollowUpResult::CredentialsRefused, Contact::NoToken);
        };
        let request = self.client.get(url).header(AUTHORIZATION, authorization);
        let response = match request.send().await {
            Ok(response) => response,
            Err(e) => return (FollowUpResult::Offline, Contact::Failed { why: transient_of(&e).why, answered: false }),
        };
        let status = response.status();
        match status {
            StatusCode::OK => match read_answer(response).await {
                Ok(body) => match found_of(&body) {
                    Some(found) => (found, Contact::Answered),
                    None => {
                        log::warn!("sync: a follow-up answer had no status or updated_at");
                        (FollowUpResult::Offline, Contact::Answered)
                    }
                },
                Err(why) => (FollowUpResult::Offline, Contact::Failed { why, answered: false }),
            },
            StatusCode::NOT_FOUND => {
                let _ = read_answer(response).await;
                (FollowUpResult::NotFound, Contact::Answered)
            }
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                (FollowUpResult::CredentialsRefused, Contact::Refused { status: status.as_u16() })
            }
            _ => {
                let why = format!("{ANSWERED}{}", status.as_u16());
                let _ = read_answer(response).await;
                let contact = if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
                    Contact::Failed { why, answered: true }
                } else {
                    log::warn!("sync: a follow-up look-up answered {why}");
                    Contact::Answered
                };
                (FollowUpResult::Offline, contact)
            }
        }
    }
}

/// The largest token file read (a token is a few dozen bytes).
const MAX_TOKEN_FILE: u64 = 16 * 1024;

/// The largest CA file read.
const MAX_CA_FILE: u64 = 1024 * 1024;

/// `Bearer <token>` from the token file (trimmed), marked sensitive so that it is never printed;
/// or why it cannot be used. Only a regular file is read (a FIFO or a device is refused, not
/// opened), and at most [`MAX_TOKEN_FILE`] bytes of it.
fn read_token(path: &Path) -> Result<HeaderValue, String> {
    let bytes = crate::files::read_regular(path, MAX_TOKEN_FILE).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
    let token = text.trim_start_matches('\u{feff}').trim();
    if token.is_empty() {
        return Err("the file is empty".into());
    }
    let mut value = HeaderValue::from_str(&format!("Bearer {token}"))
        .map_err(|_| "the token has characters that cannot go in an HTTP header".to_string())?;
    value.set_sensitive(true);
    Ok(value)
}

/// Every PEM certificate of the file (added to the system roots).
fn read_certificates(path: &Path) -> Result<Vec<Certificate>, SyncError> {
    let err = |reason: String| SyncError::Certificate { path: path.to_path_buf(), reason };
    let pem = crate::files::read_regular(path, MAX_CA_FILE).map_err(|e| err(e.to_string()))?;
    let certs =
        Certificate::from_pem_bundle(&pem).map_err(|e| err(format!("not PEM certificates: {}", cause_chain(&e))))?;
    if certs.is_empty() {
        return Err(err("no PEM certificate in the file".into()));
    }
    Ok(certs)
}

/// The class of a failed exchange, plus its lowest cause (which never holds the URL).
fn transient_of(e: &reqwest::Error) -> Transient {
    let class = if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "cannot connect"
    } else if e.is_body() || e.is_decode() {
        "answer cut off"
    } else {
        "connection failed"
    };
    let unreachable = e.is_timeout() || e.is_connect();
    let why = match lowest_cause(e) {
        Some(cause) => format!("{class}: {cause}"),
        None => class.to_string(),
    };
    Transient { why, retry_after: None, unreachable, answered: false, busy: false }
}

/// The deepest `source()` of an error, as text.
fn lowest_cause(e: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut cause = e.source()?;
    while let Some(next) = cause.source() {
        cause = next;
    }
    Some(cause.to_string())
}

/// An error and its causes without the URL reqwest adds (for start-up errors).
fn cause_chain(e: &reqwest::Error) -> String {
    let mut text = String::from("error");
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// `Retry-After: <seconds>`, capped at [`MAX_RETRY_AFTER`].
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds = headers.get(RETRY_AFTER)?.to_str().ok()?.trim().parse::<u64>().ok()?;
    Some(Duration::from_secs(seconds).min(MAX_RETRY_AFTER))
}

/// Reads an answer of at most [`MAX_ANSWER`] bytes (a longer one is cut there).
async fn read_answer(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = MAX_ANSWER.saturating_sub(body.len());
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                if body.len() >= MAX_ANSWER {
                    return Ok(body);
                }
            }
            Ok(None) => return Ok(body),
            Err(e) => return Err(transient_of(&e).why),
        }
    }
}

/// The central reference of a `201`/`200` answer: the answer must be a JSON object whose
/// `reference` is a non-empty string (other fields are ignored, as the contract asks).
fn reference_of(body: &[u8]) -> Option<String> {
    let value = serde_json::from_slice::<Value>(body).ok()?;
    let reference = value.as_object()?.get("reference")?.as_str()?.trim();
    (!reference.is_empty()).then(|| reference.to_string())
}

/// What an answer that acknowledges nothing looked like, for staff (never its content).
fn what_body(body: &[u8]) -> &'static str {
    match serde_json::from_slice::<Value>(body) {
        _ if body.iter().all(u8::is_ascii_whitespace) => "empty answer",
        Ok(Value::Object(_)) => "JSON without a reference",
        Ok(_) => "JSON that is not an object",
        Err(e) if e.is_eof() => "cut-off JSON",
        Err(_) if body.trim_ascii_start().starts_with(b"<") => "an HTML page",
        Err(_) => "not JSON",
    }
}

/// `"<status> <error>/<field>"` for staff, from codes only (anything else is dropped).
fn rejection_of(status: StatusCode, body: &[u8]) -> String {
    let value = serde_json::from_slice::<Value>(body).unwrap_or(Value::Null);
    let text = |key: &str| value.get(key).and_then(Value::as_str).and_then(code_only);
    match (text("error"), text("field")) {
        (Some(error), Some(field)) => format!("{} {error}/{field}", status.as_u16()),
        (Some(error), None) => format!("{} {error}", status.as_u16()),
        (None, Some(field)) => format!("{} /{field}", status.as_u16()),
        (None, None) => status.as_u16().to_string(),
    }
}

/// `s` if it looks like an error code, a status or a JSON path (letters, digits, `_-.[]`, at most
/// 100 characters); anything else (which could hold personal data) is dropped whole.
fn code_only(s: &str) -> Option<String> {
    let ok = !s.is_empty() && s.len() <= 100 && s.chars().all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c));
    ok.then(|| s.to_string())
}

/// `{"status": "...", "updated_at": "..."}` of a `200` look-up.
fn found_of(body: &[u8]) -> Option<FollowUpResult> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let status = code_only(value.get("status")?.as_str()?)?;
    let updated_at = value.get("updated_at")?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(updated_at).ok()?;
    Some(FollowUpResult::Found { status, updated_at: updated_at.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejections_keep_codes_only() {
        let body = br#"{"error":"invalid","field":"payload.company.name","extra":"Jan Janssens"}"#;
        assert_eq!(rejection_of(StatusCode::UNPROCESSABLE_ENTITY, body), "422 invalid/payload.company.name");
        assert_eq!(rejection_of(StatusCode::CONFLICT, br#"{"error":"id_conflict"}"#), "409 id_conflict");
        assert_eq!(rejection_of(StatusCode::PAYLOAD_TOO_LARGE, b"<html>too big</html>"), "413");
        assert_eq!(rejection_of(StatusCode::BAD_REQUEST, br#"{"error":"bad value: jan@example.be"}"#), "400");
    }

    #[test]
    fn references_and_follow_ups_are_read_leniently() {
        assert_eq!(
            reference_of(br#"{"reference":"CC-2026-0000001","status":"received","new":1}"#).as_deref(),
            Some("CC-2026-0000001")
        );
        for body in [
            &b"not json"[..],
            b"",
            b"<html><body>Welcome to the guest Wi-Fi</body></html>",
            br#"{"reference":"CC-2026-00"#,
            br#"{"status":"received"}"#,
            br#"{"reference":""}"#,
            br#"{"reference":"  "}"#,
            br#"{"reference":42}"#,
            br#"["reference"]"#,
            br#""CC-2026-0000001""#,
        ] {
            assert_eq!(reference_of(body), None, "{}", String::from_utf8_lossy(body));
        }
        assert_eq!(what_body(b" \n"), "empty answer");
        assert_eq!(what_body(b"<!DOCTYPE html><html>"), "an HTML page");
        assert_eq!(what_body(br#"{"reference":"CC-2"#), "cut-off JSON");
        assert_eq!(what_body(br#"{"status":"received"}"#), "JSON without a reference");
        assert_eq!(
            found_of(
                br#"{"reference":"CC-2026-0000001","status":"in_progress","updated_at":"2026-11-26T10:00:00Z","x":[]}"#
            ),
            Some(FollowUpResult::Found { status: "in_progress".into(), updated_at: "2026-11-26T10:00:00Z".into() })
        );
        assert_eq!(found_of(br#"{"status":"closed"}"#), None);
        assert_eq!(found_of(b"[]"), None);
    }

    #[test]
    fn retry_after_is_seconds_and_capped() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("999999999"));
        assert_eq!(retry_after(&headers), Some(MAX_RETRY_AFTER));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("Wed, 21 Oct 2026 07:28:00 GMT"));
        assert_eq!(retry_after(&headers), None);
    }

    fn config(dir: &Path, base_url: &str) -> Config {
        std::fs::write(dir.join("token"), "t0ken\n").expect("write token");
        let text = format!(
            "[kiosk]\nid = \"BXL-NG3-01\"\nshort_code = \"NG3\"\ndata_dir = \"data\"\n\
             [central]\nbase_url = \"{base_url}\"\ntoken_file = \"token\"\nallow_insecure_http = true\n"
        );
        Config::parse(&text, &dir.join("kiosk.toml")).expect("config")
    }

    #[test]
    fn urls_keep_the_base_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let central = Central::new(&config(dir.path(), "https://central.example.be/api")).expect("central");
        assert_eq!(central.submissions.as_str(), "https://central.example.be/api/v1/submissions");
        assert_eq!(central.status.as_str(), "https://central.example.be/api/v1/status");
        assert_eq!(central.heartbeat.as_str(), "https://central.example.be/api/v1/kiosks/BXL-NG3-01/heartbeat");
        let central = Central::new(&config(dir.path(), "http://127.0.0.1:8780")).expect("central");
        assert_eq!(central.heartbeat.as_str(), "http://127.0.0.1:8780/v1/kiosks/BXL-NG3-01/heartbeat");
    }

    #[test]
    fn plain_http_needs_the_explicit_setting() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut config = config(dir.path(), "http://127.0.0.1:8780");
        config.central.allow_insecure_http = false;
        assert!(matches!(Central::new(&config), Err(SyncError::Config { .. })));
        config.central.base_url = "ftp://central.example.be/".into();
        assert!(matches!(Central::new(&config), Err(SyncError::Config { .. })));
    }

    #[test]
    fn token_is_trimmed_and_checked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("token");
        std::fs::write(&path, "  s3cret-token \n").expect("write");
        let value = read_token(&path).expect("token");
        assert_eq!(value.to_str().expect("ascii"), "Bearer s3cret-token");
        assert!(value.is_sensitive());
        std::fs::write(&path, "\u{feff}s3cret-token\r\n").expect("write");
        assert_eq!(read_token(&path).expect("token with a BOM").to_str().expect("ascii"), "Bearer s3cret-token");
        std::fs::write(&path, " \n").expect("write");
        assert_eq!(read_token(&path).expect_err("empty"), "the file is empty");
        std::fs::write(&path, "a\u{7}b").expect("write");
        let e = read_token(&path).expect_err("control character");
        assert!(!e.contains("a\u{7}b"), "{e}");
        assert!(read_token(&dir.path().join("missing")).expect_err("missing").contains("no such file"));
        assert!(read_token(dir.path()).expect_err("a folder").contains("not a regular file"));
    }
}
