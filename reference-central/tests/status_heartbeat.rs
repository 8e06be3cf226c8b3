//! `GET /v1/status` and `POST /v1/kiosks/{kiosk_id}/heartbeat`, over real HTTP.

mod common;

use common::*;
use reference_central::{FileStatus, RunningServer};
use serde_json::{Value, json};

async fn status(server: &RunningServer, query: &[(&str, &str)]) -> (u16, String) {
    let response = client()
        .get(url(server, "/v1/status"))
        .bearer_auth(TOKEN)
        .header("X-Kiosk-Id", KIOSK)
        .query(query)
        .send()
        .await
        .expect("answer");
    (response.status().as_u16(), response.text().await.expect("body"))
}

async fn heartbeat(server: &RunningServer, kiosk: &str, body: &Value) -> (u16, String) {
    let response = client()
        .post(url(server, &format!("/v1/kiosks/{kiosk}/heartbeat")))
        .bearer_auth(TOKEN)
        .header("X-Kiosk-Id", kiosk)
        .json(body)
        .send()
        .await
        .expect("answer");
    (response.status().as_u16(), response.text().await.expect("body"))
}

#[tokio::test]
async fn status_by_kiosk_reference_or_central_reference() {
    let server = server().await;
    let envelope = report_envelope();
    let (code, created) = post(&server, &envelope).await;
    assert_eq!(code, 201);
    let central = parse(&created)["reference"].as_str().expect("reference").to_string();
    let kiosk_reference = envelope["receipt"]["reference"].as_str().expect("reference").to_string();
    let tracking = envelope["receipt"]["tracking_code"].as_str().expect("code").to_string();

    for reference in [&kiosk_reference, &central] {
        let (code, body) = status(&server, &[("reference", reference), ("code", &tracking)]).await;
        assert_eq!(code, 200, "{reference}");
        let body = parse(&body);
        assert_eq!(body["reference"], central.as_str(), "always the central reference");
        assert_eq!(body["status"], "received");
        assert!(is_utc_rfc3339(body["updated_at"].as_str().expect("updated_at")), "{body}");
        assert_eq!(body.as_object().map(|o| o.len()), Some(3), "{body}");
    }

    // Staff (or the back office) moves the file on; both references see it.
    for (reference, next) in [
        (&kiosk_reference, FileStatus::InProgress),
        (&central, FileStatus::Forwarded),
        (&kiosk_reference, FileStatus::Closed),
    ] {
        assert!(server.set_status(reference, next).expect("set"));
        for lookup in [&kiosk_reference, &central] {
            let (code, body) = status(&server, &[("reference", lookup), ("code", &tracking)]).await;
            assert_eq!(code, 200);
            assert_eq!(parse(&body)["status"], next.as_str());
        }
    }
    assert!(!server.set_status("NG3-UNKNOWN-REF", FileStatus::Closed).expect("set"));
    let received = server.received(id_of(&envelope)).expect("query").expect("stored");
    assert_eq!(received.status, FileStatus::Closed);

    // A replay still answers the first 201's body, whatever the status now.
    let (code, replay) = post(&server, &envelope).await;
    assert_eq!((code, replay), (200, created));
}

#[tokio::test]
async fn unknown_reference_and_wrong_code_get_the_same_404() {
    let server = server().await;
    let envelope = question_envelope();
    let (code, created) = post(&server, &envelope).await;
    assert_eq!(code, 201);
    let central = parse(&created)["reference"].as_str().expect("reference").to_string();
    let kiosk_reference = envelope["receipt"]["reference"].as_str().expect("reference").to_string();

    let mut answers: Vec<(u16, String)> = Vec::new();
    let queries: Vec<Vec<(&str, &str)>> = vec![
        vec![("reference", "NG3-NOPE0-NOPE0"), ("code", "482913")],
        vec![("reference", "CC-2026-9999999"), ("code", "482913")],
        vec![("reference", &kiosk_reference), ("code", "000000")],
        vec![("reference", &central), ("code", "482914")],
        vec![("reference", &central), ("code", "")],
        vec![("reference", &central)],
        vec![("code", "482913")],
        vec![],
    ];
    for query in &queries {
        answers.push(status(&server, query).await);
    }
    for (answer, query) in answers.iter().zip(&queries) {
        assert_eq!(answer.0, 404, "{query:?}");
        assert_eq!(answer.1, answers[0].1, "byte-identical body for {query:?}");
    }
    assert_eq!(parse(&answers[0].1), json!({"error": "not_found"}));
    // The right code still works.
    let (code, _) = status(&server, &[("reference", &central), ("code", "482913")]).await;
    assert_eq!(code, 200);
}

#[tokio::test]
async fn heartbeats_are_204_and_kept_per_kiosk() {
    let server = server().await;
    let mut body = heartbeat_body();
    assert_eq!(heartbeat(&server, "BXL-NG3-01", &body).await, (204, String::new()));
    body["queue"]["pending"] = json!(0);
    body["queue"]["oldest_pending_at"] = Value::Null;
    body["last_sync_at"] = Value::Null;
    body["mode"] = json!("staff");
    body["future_field"] = json!({"x": 1});
    assert_eq!(heartbeat(&server, "BXL-NG3-01", &body).await.0, 204);
    assert_eq!(heartbeat(&server, "LIE-01", &heartbeat_body()).await.0, 204);

    let heartbeats = server.heartbeats().expect("heartbeats");
    assert_eq!(heartbeats.len(), 2);
    assert_eq!(heartbeats[0].kiosk_id, "BXL-NG3-01");
    assert_eq!(heartbeats[0].count, 2);
    assert_eq!(heartbeats[0].latest, body, "the latest one is kept");
    assert!(is_utc_rfc3339(&heartbeats[0].received_at));
    assert_eq!(heartbeats[1].kiosk_id, "LIE-01");
    assert_eq!(heartbeats[1].count, 1);
    assert_eq!(server.submission_count().expect("count"), 0);
}

#[tokio::test]
async fn broken_heartbeats_are_422_naming_the_field() {
    let server = server().await;
    let base = heartbeat_body();
    let cases: Vec<(&str, Option<Value>, &str)> = vec![
        ("/version", None, "version"),
        ("/version", Some(json!("")), "version"),
        ("/mode", Some(json!("maintenance")), "mode"),
        ("/mode", None, "mode"),
        ("/queue", None, "queue"),
        ("/queue", Some(json!(2)), "queue"),
        ("/queue/pending", None, "queue.pending"),
        ("/queue/pending", Some(json!(-1)), "queue.pending"),
        ("/queue/failed", Some(json!("0")), "queue.failed"),
        ("/queue/oldest_pending_at", Some(json!("this morning")), "queue.oldest_pending_at"),
        ("/last_sync_at", Some(json!(1234)), "last_sync_at"),
        ("/started_at", None, "started_at"),
        ("/started_at", Some(Value::Null), "started_at"),
        ("/started_at", Some(json!("2026-11-26")), "started_at"),
    ];
    for (pointer, new, field) in cases {
        let broken = edit(&base, pointer, new.clone());
        let (code, body) = heartbeat(&server, KIOSK, &broken).await;
        assert_eq!(code, 422, "{pointer} = {new:?}");
        assert_eq!(parse(&body), json!({"error": "invalid", "field": field}), "{pointer} = {new:?}");
    }
    let (code, body) = heartbeat(&server, KIOSK, &json!([base])).await;
    assert_eq!((code, parse(&body)), (422, json!({"error": "invalid", "field": ""})));

    let response = client()
        .post(url(&server, "/v1/kiosks/BXL-NG3-01/heartbeat"))
        .bearer_auth(TOKEN)
        .header("X-Kiosk-Id", KIOSK)
        .body("{\"version\":")
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status(), 400);
    assert_eq!(parse(&response.text().await.expect("body")), json!({"error": "invalid_json"}));
    assert!(server.heartbeats().expect("heartbeats").is_empty());
}
