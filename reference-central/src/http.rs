//! The routes of `shared/central-api.md` and their handlers.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::BodyExt;
use serde_json::Value;

use crate::contract::check_submission;
use crate::heartbeat::validate_heartbeat;
use crate::serve::DropConnection;
use crate::store::{StatusAnswer, SubmitOutcome};
use crate::{MAX_BODY, Shared, bump};

/// The one answer for an unknown reference, a wrong code or a missing parameter.
const NOT_FOUND: &str = r#"{"error":"not_found"}"#;

/// A body larger than [`MAX_BODY`] is still read (and thrown away) up to this many bytes, so that
/// the client receives the `413` instead of a reset connection.
const DRAIN_MAX: usize = 16 * MAX_BODY;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1/submissions", post(submit))
        .route("/v1/status", get(status))
        .route("/v1/kiosks/{kiosk_id}/heartbeat", post(heartbeat))
        .with_state(shared)
}

fn json(status: StatusCode, body: impl Into<String>) -> Response {
    let mut response = (status, body.into()).into_response();
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn error(status: StatusCode, code: &str) -> Response {
    json(status, serde_json::json!({ "error": code }).to_string())
}

fn error_field(status: StatusCode, code: &str, field: &str) -> Response {
    json(status, serde_json::json!({ "error": code, "field": field }).to_string())
}

fn retry_later() -> Response {
    let mut response = error(StatusCode::SERVICE_UNAVAILABLE, "unavailable");
    response.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("1"));
    response
}

fn internal() -> Response {
    error(StatusCode::INTERNAL_SERVER_ERROR, "internal")
}

/// `true` with probability `rate` (0 never, 1 always).
fn draw(rate: f64) -> bool {
    rate > 0.0 && rand::random::<f64>() < rate
}

fn log(shared: &Shared, method: &str, path: &str, status: StatusCode, note: &str) {
    if shared.log {
        let now = crate::store::rfc3339(chrono::Utc::now());
        eprintln!("{now} {method} {path} {}{note}", status.as_u16());
    }
}

/// Why a request is refused before anything else.
enum Denied {
    Unauthorized,
    MissingKioskId,
}

impl Denied {
    fn response(&self) -> Response {
        match self {
            Denied::Unauthorized => {
                let mut response = StatusCode::UNAUTHORIZED.into_response();
                response.headers_mut().insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                response
            }
            Denied::MissingKioskId => error_field(StatusCode::BAD_REQUEST, "missing_kiosk_id", "X-Kiosk-Id"),
        }
    }
}

/// Checks `Authorization: Bearer <known token>` and a non-blank `X-Kiosk-Id`; returns the kiosk id.
fn check_access(shared: &Shared, headers: &HeaderMap) -> Result<String, Denied> {
    let mut authorizations = headers.get_all(AUTHORIZATION).iter();
    let token = match (authorizations.next(), authorizations.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
    .and_then(|v| v.to_str().ok())
    .and_then(|v| v.trim().split_once(' '))
    .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
    .map(|(_, token)| token.trim());
    match token {
        Some(t) if shared.tokens.contains(t) => {}
        _ => return Err(Denied::Unauthorized),
    }
    let kiosk = headers.get("x-kiosk-id").map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string());
    match kiosk {
        Some(k) if !k.is_empty() => Ok(k),
        _ => Err(Denied::MissingKioskId),
    }
}

enum BodyRead {
    Complete(Bytes),
    TooLarge,
    Broken,
}

/// Reads a request body of at most [`MAX_BODY`] bytes (a larger one is drained up to [`DRAIN_MAX`]).
async fn read_body(mut body: Body) -> BodyRead {
    let mut buffer = Vec::new();
    let mut total = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return BodyRead::Broken;
        };
        if let Ok(data) = frame.into_data() {
            total = total.saturating_add(data.len());
            if total > DRAIN_MAX {
                return BodyRead::TooLarge;
            }
            if total <= MAX_BODY {
                buffer.extend_from_slice(&data);
            }
        }
    }
    if total > MAX_BODY { BodyRead::TooLarge } else { BodyRead::Complete(Bytes::from(buffer)) }
}

/// Why a body is refused before its content is looked at.
enum BadBody {
    TooLarge,
    Broken,
    InvalidJson,
}

impl BadBody {
    fn response(&self) -> Response {
        match self {
            BadBody::TooLarge => error(StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            BadBody::Broken => error(StatusCode::BAD_REQUEST, "invalid_body"),
            BadBody::InvalidJson => error(StatusCode::BAD_REQUEST, "invalid_json"),
        }
    }
}

/// The body as JSON.
fn parse_json(body: BodyRead) -> Result<(Bytes, Value), BadBody> {
    let bytes = match body {
        BodyRead::Complete(b) => b,
        BodyRead::TooLarge => return Err(BadBody::TooLarge),
        BodyRead::Broken => return Err(BadBody::Broken),
    };
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(value) => Ok((bytes, value)),
        Err(_) => Err(BadBody::InvalidJson),
    }
}

async fn submit(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Response {
    const PATH: &str = "/v1/submissions";
    let c = &shared.counters;
    let faults = shared.faults();
    if draw(faults.stall_rate) {
        bump(&c.stalled);
        tokio::time::sleep(faults.stall).await;
        log(&shared, "POST", PATH, StatusCode::SERVICE_UNAVAILABLE, " (stalled)");
        return retry_later();
    }
    if !faults.delay.is_zero() {
        tokio::time::sleep(faults.delay).await;
    }
    let body = read_body(body).await;

    // Access is checked before the injected failure: a kiosk with a wrong token must see 401.
    let kiosk = match check_access(&shared, &headers) {
        Ok(kiosk) => kiosk,
        Err(denied) => {
            let response = denied.response();
            bump(if matches!(denied, Denied::Unauthorized) { &c.unauthorized } else { &c.rejected });
            log(&shared, "POST", PATH, response.status(), "");
            return response;
        }
    };
    if draw(faults.fail_rate) {
        bump(&c.failed);
        log(&shared, "POST", PATH, StatusCode::SERVICE_UNAVAILABLE, " (injected failure)");
        return retry_later();
    }

    let (bytes, value) = match parse_json(body) {
        Ok(parts) => parts,
        Err(bad) => {
            let response = bad.response();
            bump(&c.rejected);
            log(&shared, "POST", PATH, response.status(), "");
            return response;
        }
    };

    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok());
    let key_matches = match (key, value.get("id")) {
        (None, _) => false,
        (Some(k), Some(Value::String(id))) => k == id,
        // No usable id in the body: the envelope check below names `id`.
        (Some(_), _) => true,
    };
    if !key_matches {
        bump(&c.rejected);
        log(&shared, "POST", PATH, StatusCode::BAD_REQUEST, " (idempotency key)");
        return error_field(StatusCode::BAD_REQUEST, "idempotency_key_mismatch", "Idempotency-Key");
    }

    let submission = match check_submission(&value) {
        Ok(submission) => submission,
        Err(refusal) => {
            bump(&c.rejected);
            log(&shared, "POST", PATH, StatusCode::UNPROCESSABLE_ENTITY, &format!(" field={}", refusal.field));
            return error_field(StatusCode::UNPROCESSABLE_ENTITY, "invalid", &refusal.field);
        }
    };
    let Ok(raw) = String::from_utf8(bytes.to_vec()) else {
        bump(&c.rejected);
        return error(StatusCode::BAD_REQUEST, "invalid_json");
    };

    let id = submission.id.clone();
    let store = shared.store.clone();
    let outcome =
        tokio::task::spawn_blocking(move || store.submit(&submission, &value, &raw, &kiosk, chrono::Utc::now())).await;
    let mut response = match outcome {
        Ok(Ok(SubmitOutcome::Created(body))) => {
            bump(&c.created);
            json(StatusCode::CREATED, body)
        }
        Ok(Ok(SubmitOutcome::Replayed(body))) => {
            bump(&c.replayed);
            json(StatusCode::OK, body)
        }
        Ok(Ok(SubmitOutcome::Conflict)) => {
            bump(&c.conflicts);
            error(StatusCode::CONFLICT, "id_conflict")
        }
        Ok(Err(e)) => {
            log(&shared, "POST", PATH, StatusCode::INTERNAL_SERVER_ERROR, &format!(" id={id} ({e})"));
            return internal();
        }
        Err(_) => {
            log(&shared, "POST", PATH, StatusCode::INTERNAL_SERVER_ERROR, &format!(" id={id}"));
            return internal();
        }
    };
    if response.status().is_success() && draw(faults.drop_rate) {
        bump(&c.dropped);
        log(&shared, "POST", PATH, response.status(), &format!(" id={id} (answer dropped)"));
        response.extensions_mut().insert(DropConnection);
        return response;
    }
    log(&shared, "POST", PATH, response.status(), &format!(" id={id}"));
    response
}

async fn status(State(shared): State<Arc<Shared>>, headers: HeaderMap, RawQuery(query): RawQuery) -> Response {
    const PATH: &str = "/v1/status";
    if let Err(denied) = check_access(&shared, &headers) {
        let response = denied.response();
        log(&shared, "GET", PATH, response.status(), "");
        return response;
    }
    let mut reference = None;
    let mut code = None;
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "reference" if reference.is_none() => reference = Some(value.into_owned()),
            "code" if code.is_none() => code = Some(value.into_owned()),
            _ => {}
        }
    }
    let (Some(reference), Some(code)) = (reference, code) else {
        log(&shared, "GET", PATH, StatusCode::NOT_FOUND, "");
        return json(StatusCode::NOT_FOUND, NOT_FOUND);
    };
    let store = shared.store.clone();
    let found = tokio::task::spawn_blocking(move || store.lookup_status(reference.trim(), code.trim())).await;
    match found {
        Ok(Ok(Some(StatusAnswer { central_reference, status, updated_at }))) => {
            log(&shared, "GET", PATH, StatusCode::OK, "");
            let body = serde_json::json!({
                "reference": central_reference,
                "status": status.as_str(),
                "updated_at": updated_at,
            });
            json(StatusCode::OK, body.to_string())
        }
        Ok(Ok(None)) => {
            log(&shared, "GET", PATH, StatusCode::NOT_FOUND, "");
            json(StatusCode::NOT_FOUND, NOT_FOUND)
        }
        Ok(Err(e)) => {
            log(&shared, "GET", PATH, StatusCode::INTERNAL_SERVER_ERROR, &format!(" ({e})"));
            internal()
        }
        Err(_) => internal(),
    }
}

async fn heartbeat(
    State(shared): State<Arc<Shared>>,
    Path(kiosk_id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    const PATH: &str = "/v1/kiosks/{kiosk_id}/heartbeat";
    let body = read_body(body).await;
    if let Err(denied) = check_access(&shared, &headers) {
        let response = denied.response();
        log(&shared, "POST", PATH, response.status(), "");
        return response;
    }
    let value = match parse_json(body) {
        Ok((_, value)) => value,
        Err(bad) => {
            let response = bad.response();
            log(&shared, "POST", PATH, response.status(), "");
            return response;
        }
    };
    if let Err(problem) = validate_heartbeat(&value) {
        log(&shared, "POST", PATH, StatusCode::UNPROCESSABLE_ENTITY, &format!(" field={}", problem.field));
        return error_field(StatusCode::UNPROCESSABLE_ENTITY, "invalid", &problem.field);
    }
    let store = shared.store.clone();
    let stored =
        tokio::task::spawn_blocking(move || store.record_heartbeat(&kiosk_id, &value, chrono::Utc::now())).await;
    match stored {
        Ok(Ok(())) => {
            log(&shared, "POST", PATH, StatusCode::NO_CONTENT, "");
            StatusCode::NO_CONTENT.into_response()
        }
        Ok(Err(e)) => {
            log(&shared, "POST", PATH, StatusCode::INTERNAL_SERVER_ERROR, &format!(" ({e})"));
            internal()
        }
        Err(_) => internal(),
    }
}
