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

/// The contract's `report` example, "…" filled in.
pub fn report_envelope() -> Value {
    fresh(json!({
      "id": "0193a6f2-7c1e-7b4a-9d2e-4f1a2b3c4d5e",
      "kind": "report",
      "schema_version": 1,
      "kiosk_id": "BXL-NG3-01",
      "created_at": "2026-11-26T10:15:30Z",
      "locale": "fr-BE",
      "assisted_by": null,
      "receipt": { "reference": "NG3-7K4Q-M2XP", "tracking_code": "482913" },
      "payload": {
        "theme": "online_purchase",
        "company": {
          "name": "Super Shop SRL",
          "website": "www.supershop.example",
          "enterprise_number": "0123.456.749",
          "address": "Rue de la Loi 1, 1000 Bruxelles"
        },
        "facts_date": "2026-11-02",
        "contact_channel": "website",
        "description": "J'ai payé mais je n'ai jamais reçu la commande.",
        "amount_eur": "49.99",
        "reporter": null,
        "consent": { "share_with_inspection": true, "may_contact_me": false }
      }
    }))
}

/// The contract's `question` example.
pub fn question_envelope() -> Value {
    let mut v = report_envelope();
    v["kind"] = json!("question");
    v["locale"] = json!("nl-BE");
    v["payload"] = json!({
      "theme": "energy",
      "question": "Mag mijn leverancier zomaar het voorschot verhogen?",
      "reply_by": "email",
      "contact": { "name": "An Peeters", "email": "an@example.be", "phone": null, "postal_address": null },
      "consent": { "process_my_data": true }
    });
    v
}

/// The contract's `mediation` example.
pub fn mediation_envelope() -> Value {
    let mut v = report_envelope();
    v["kind"] = json!("mediation");
    v["locale"] = json!("de-BE");
    v["assisted_by"] = json!("staff-042");
    v["payload"] = json!({
      "sector": "telecom",
      "service": "ombudsman_telecom",
      "company": { "name": "TeleFoo SA", "website": null, "enterprise_number": null, "address": null },
      "complained_to_company_on": "2026-09-14",
      "company_answer": "none",
      "description": "Die Rechnung ist doppelt so hoch wie vereinbart.",
      "desired_outcome": "Rückerstattung des zu viel gezahlten Betrags.",
      "contact": {
        "name": "Jonas Schmitz",
        "email": "jonas@example.be",
        "phone": "+32470123456",
        "postal_address": "Hauptstraße 5, 4700 Eupen"
      },
      "consent": { "forward_to_mediator": true }
    });
    v
}

/// The contract's heartbeat example.
pub fn heartbeat_body() -> Value {
    json!({
      "version": "0.3.0",
      "mode": "unattended",
      "queue": { "pending": 2, "failed": 0, "oldest_pending_at": "2026-11-26T09:01:12Z" },
      "last_sync_at": "2026-11-26T10:14:02Z",
      "started_at": "2026-11-26T07:00:03Z"
    })
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
