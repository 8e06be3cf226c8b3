//! Shared helpers of the integration tests: an in-process server on 127.0.0.1 port 0, an HTTP
//! client with a timeout, and the contract's example envelopes.

#![allow(dead_code)]

use std::time::Duration;

use reference_central::{Faults, Options, RunningServer, start};
use serde_json::{Value, json};

pub const TOKEN: &str = "test-token-7f3a";
pub const KIOSK: &str = "BXL-NG3-01";

pub async fn server() -> RunningServer {
    server_with(Faults::default()).await
}

pub async fn server_with(faults: Faults) -> RunningServer {
    let mut options = Options::new(vec![TOKEN.to_string(), "second-token".to_string()]);
    options.faults = faults;
    start(options).await.expect("server starts")
}

pub fn client() -> reqwest::Client {
    client_with_timeout(Duration::from_secs(20))
}

pub fn client_with_timeout(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder().timeout(timeout).build().expect("client")
}

pub fn url(server: &RunningServer, path: &str) -> String {
    format!("{}{path}", server.base_url())
}

/// A `POST /v1/submissions` with every header right (`Idempotency-Key` from the body's `id`).
pub fn submission(client: &reqwest::Client, server: &RunningServer, envelope: &Value) -> reqwest::RequestBuilder {
    submission_as(client, server, envelope, TOKEN)
}

/// Like [`submission`], with another bearer token.
pub fn submission_as(
    client: &reqwest::Client,
    server: &RunningServer,
    envelope: &Value,
    token: &str,
) -> reqwest::RequestBuilder {
    let key = envelope["id"].as_str().unwrap_or("00000000-0000-0000-0000-000000000000").to_string();
    client
        .post(url(server, "/v1/submissions"))
        .bearer_auth(token)
        .header("X-Kiosk-Id", KIOSK)
        .header("Idempotency-Key", key)
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(envelope).expect("serialise"))
}

/// A heartbeat of kiosk [`KIOSK`] to the service at `base` (`http://host:port`).
pub fn heartbeat(client: &reqwest::Client, base: &str, token: &str, body: &Value) -> reqwest::RequestBuilder {
    client.post(format!("{base}/v1/kiosks/{KIOSK}/heartbeat")).bearer_auth(token).header("X-Kiosk-Id", KIOSK).json(body)
}

pub async fn post(server: &RunningServer, envelope: &Value) -> (u16, String) {
    let response = submission(&client(), server, envelope).send().await.expect("answer");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

pub fn parse(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// A fresh id and receipt reference, so that every envelope of a test is a new file.
pub fn fresh(mut v: Value) -> Value {
    let id = uuid::Uuid::now_v7();
    v["id"] = json!(id.to_string());
    let tail = id.simple().to_string().to_uppercase();
    v["receipt"]["reference"] = json!(format!("NG3-{}", &tail[tail.len() - 10..]));
    v
}

fn contract_example(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

/// The contract's `report` example ("…" filled in), with a fresh id and reference.
pub fn report_envelope() -> Value {
    fresh(contract_example(include_str!("../../../crates/core/fixtures/contract/report.json")))
}

/// The contract's `question` example, with a fresh id and reference.
pub fn question_envelope() -> Value {
    fresh(contract_example(include_str!("../../../crates/core/fixtures/contract/question.json")))
}

/// The contract's `mediation` example, with a fresh id and reference.
pub fn mediation_envelope() -> Value {
    fresh(contract_example(include_str!("../../../crates/core/fixtures/contract/mediation.json")))
}

/// The contract's heartbeat example.
pub fn heartbeat_body() -> Value {
    contract_example(include_str!("../../../crates/core/fixtures/contract/heartbeat.json"))
}

/// Sets (or with `None` removes) the value at a `/`-separated pointer.
pub fn edit(v: &Value, pointer: &str, new: Option<Value>) -> Value {
    let mut v = v.clone();
    let (parent, key) = pointer.rsplit_once('/').expect("pointer");
    let target = if parent.is_empty() { &mut v } else { v.pointer_mut(parent).expect("parent exists") };
    let obj = target.as_object_mut().expect("parent is an object");
    match new {
        Some(n) => {
            obj.insert(key.to_string(), n);
        }
        None => {
            obj.remove(key);
        }
    }
    v
}

/// `CC-<4 digits>-<7 digits>`.
pub fn is_central_reference(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts[0] == "CC"
        && parts[1].len() == 4
        && parts[2].len() == 7
        && parts[1..].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// RFC 3339 in UTC with a `Z`.
pub fn is_utc_rfc3339(s: &str) -> bool {
    s.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

pub fn id_of(v: &Value) -> uuid::Uuid {
    uuid::Uuid::parse_str(v["id"].as_str().expect("id")).expect("uuid")
}
