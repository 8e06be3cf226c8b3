//! `POST /v1/submissions` and the headers every endpoint requires, over real HTTP.

mod common;

use common::*;
use reference_central::{MAX_BODY, Options, start};
use serde_json::{Value, json};

#[tokio::test]
async fn every_endpoint_answers_401_without_a_known_bearer_token() {
    let server = server().await;
    let c = client();
    let envelope = report_envelope();
    let auths: [Option<&str>; 5] =
        [None, Some("Bearer wrong-token"), Some("Basic dGVzdDp0ZXN0"), Some("Bearer"), Some(TOKEN)];
    for auth in auths {
        let requests = [
            c.post(url(&server, "/v1/submissions"))
                .header("Idempotency-Key", envelope["id"].as_str().unwrap_or_default())
                .json(&envelope),
            c.get(url(&server, "/v1/status")).query(&[("reference", "NG3-7K4Q-M2XP"), ("code", "482913")]),
            c.post(url(&server, "/v1/kiosks/BXL-NG3-01/heartbeat")).json(&heartbeat_body()),
        ];
        for request in requests {
            let mut request = request.header("X-Kiosk-Id", KIOSK);
            if let Some(auth) = auth {
                request = request.header("Authorization", auth);
            }
            let response = request.send().await.expect("answer");
            assert_eq!(response.status(), 401, "auth {auth:?}");
        }
    }
    assert_eq!(server.submission_count().expect("count"), 0);
    assert!(server.heartbeats().expect("heartbeats").is_empty());
    assert_eq!(server.counters().unauthorized, 5);

    // A second token of the file works too.
    let response = submission_as(&c, &server, &envelope, "second-token").send().await.expect("answer");
    assert_eq!(response.status(), 201);

    // Two Authorization headers, one of them right: refused.
    let response =
        submission_as(&c, &server, &report_envelope(), "wrong-token").bearer_auth(TOKEN).send().await.expect("answer");
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn every_endpoint_answers_400_without_a_kiosk_id() {
    let server = server().await;
    let c = client();
    let envelope = report_envelope();
    let expected = json!({"error": "missing_kiosk_id", "field": "X-Kiosk-Id"});
    for kiosk in [None, Some(""), Some("   ")] {
        let requests = [
            c.post(url(&server, "/v1/submissions"))
                .header("Idempotency-Key", envelope["id"].as_str().unwrap_or_default())
                .json(&envelope),
            c.get(url(&server, "/v1/status")).query(&[("reference", "NG3-7K4Q-M2XP"), ("code", "482913")]),
            c.post(url(&server, "/v1/kiosks/BXL-NG3-01/heartbeat")).json(&heartbeat_body()),
        ];
        for request in requests {
            let mut request = request.bearer_auth(TOKEN);
            if let Some(kiosk) = kiosk {
                request = request.header("X-Kiosk-Id", kiosk);
            }
            let response = request.send().await.expect("answer");
            assert_eq!(response.status(), 400, "kiosk id {kiosk:?}");
            assert_eq!(parse(&response.text().await.expect("body")), expected);
        }
    }
    assert_eq!(server.submission_count().expect("count"), 0);
    assert!(server.heartbeats().expect("heartbeats").is_empty());
}

#[tokio::test]
async fn idempotency_key_must_be_the_body_id() {
    let server = server().await;
    let c = client();
    let envelope = report_envelope();
    let expected = json!({"error": "idempotency_key_mismatch", "field": "Idempotency-Key"});
    let other = uuid::Uuid::now_v7().to_string();
    let upper = envelope["id"].as_str().expect("id").to_uppercase();
    for key in [None, Some(other.as_str()), Some(upper.as_str()), Some("")] {
        let mut request =
            c.post(url(&server, "/v1/submissions")).bearer_auth(TOKEN).header("X-Kiosk-Id", KIOSK).json(&envelope);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let response = request.send().await.expect("answer");
        assert_eq!(response.status(), 400, "key {key:?}");
        assert_eq!(parse(&response.text().await.expect("body")), expected);
    }
    assert_eq!(server.submission_count().expect("count"), 0);
}

#[tokio::test]
async fn new_id_is_201_and_a_replay_is_200_with_the_very_same_body() {
    let server = server().await;
    let envelope = report_envelope();
    let (status, first) = post(&server, &envelope).await;
    assert_eq!(status, 201, "{first}");
    let body = parse(&first);
    let object = body.as_object().expect("object");
    assert_eq!(object.len(), 3, "{first}");
    let reference = body["reference"].as_str().expect("reference");
    assert!(is_central_reference(reference), "{reference}");
    assert_eq!(body["status"], "received");
    assert!(is_utc_rfc3339(body["received_at"].as_str().expect("received_at")), "{first}");

    // The same content, bytes differently laid out (key order, spaces): still a replay.
    let mut reordered = serde_json::Map::new();
    for (k, v) in envelope.as_object().expect("object").iter().rev() {
        reordered.insert(k.clone(), v.clone());
    }
    let pretty = serde_json::to_string_pretty(&Value::Object(reordered)).expect("json");
    for _ in 0..2 {
        let response = client()
            .post(url(&server, "/v1/submissions"))
            .bearer_auth(TOKEN)
            .header("X-Kiosk-Id", "another-kiosk")
            .header("Idempotency-Key", envelope["id"].as_str().expect("id"))
            .header("Content-Type", "application/json")
            .body(pretty.clone())
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 200);
        assert_eq!(response.text().await.expect("body"), first, "a replay answers the first body byte for byte");
    }

    assert_eq!(server.submission_count().expect("count"), 1);
    assert_eq!(server.submission_ids().expect("ids"), vec![id_of(&envelope)]);
    let received = server.received(id_of(&envelope)).expect("query").expect("stored");
    assert_eq!(received.times_accepted, 3);
    assert_eq!(received.central_reference, reference);
    assert_eq!(received.receipt_reference, envelope["receipt"]["reference"].as_str().expect("reference"));
    assert_eq!(received.kind, "report");
    assert_eq!(received.sent_by, KIOSK);
    assert_eq!(received.envelope, envelope, "stored exactly as sent");
    let counters = server.counters();
    assert_eq!((counters.created, counters.replayed), (1, 2));
}

#[tokio::test]
async fn same_id_with_other_content_is_409() {
    let server = server().await;
    let envelope = question_envelope();
    assert_eq!(post(&server, &envelope).await.0, 201);
    let changed = [
        edit(&envelope, "/payload/question", Some(json!("Une autre question ?"))),
        edit(&envelope, "/extra", Some(json!("even an unknown field counts"))),
        edit(&envelope, "/receipt/tracking_code", Some(json!("000000"))),
    ];
    for other in changed {
        let (status, body) = post(&server, &other).await;
        assert_eq!(status, 409);
        assert_eq!(parse(&body), json!({"error": "id_conflict"}));
    }
    assert_eq!(server.submission_count().expect("count"), 1);
    let received = server.received(id_of(&envelope)).expect("query").expect("stored");
    assert_eq!(received.envelope, envelope, "the first content is kept");
    assert_eq!(received.times_accepted, 1);
    // The original content is still a replay.
    assert_eq!(post(&server, &envelope).await.0, 200);
}

#[tokio::test]
async fn every_kind_is_accepted_with_unknown_fields_and_gets_its_own_reference() {
    let server = server().await;
    let built = {
        let draft = cc_core::report::ReportDraft {
            theme: "online_purchase".into(),
            company_name: "Super Shop SRL".into(),
            website: "www.supershop.example".into(),
            enterprise_number: "BE 0123 456 749".into(),
            facts_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
            channel: "website".into(),
            amount: "49,99".into(),
            description: "Commande payée, jamais livrée.".into(),
            identity: cc_core::report::Identity::Anonymous,
            consent_share: true,
            ..Default::default()
        };
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-26T10:15:30Z").expect("time").to_utc();
        let envelope =
            cc_core::report::build_report_envelope(&draft, KIOSK, "NG3", "fr-BE", None, now, &mut rand::rng())
                .expect("complete draft");
        serde_json::to_value(envelope).expect("json")
    };
    let mut unknown = report_envelope();
    unknown["future_top_level"] = json!({"a": [1, 2, 3]});
    unknown["payload"]["future_field"] = json!(true);
    unknown["payload"]["company"]["future_field"] = json!(null);
    unknown["receipt"]["future_field"] = json!("x");
    let envelopes = [report_envelope(), question_envelope(), mediation_envelope(), built, unknown];
    let mut references = Vec::new();
    for envelope in &envelopes {
        let (status, body) = post(&server, envelope).await;
        assert_eq!(status, 201, "{body}");
        references.push(parse(&body)["reference"].as_str().expect("reference").to_string());
    }
    let mut unique = references.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), envelopes.len(), "{references:?}");
    // Numbered in order within the year.
    let numbers: Vec<u64> = references.iter().map(|r| r[8..].parse().expect("digits")).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
    let ids: Vec<uuid::Uuid> = envelopes.iter().map(id_of).collect();
    assert_eq!(server.submission_ids().expect("ids"), ids);
}

#[tokio::test]
async fn invalid_json_is_400() {
    let server = server().await;
    for body in [&b""[..], b"{", b"{\"id\": }", b"not json", b"\xff\xfe{}", b"{\"id\":\"x\"} trailing"] {
        let response = client()
            .post(url(&server, "/v1/submissions"))
            .bearer_auth(TOKEN)
            .header("X-Kiosk-Id", KIOSK)
            .header("Idempotency-Key", "x")
            .header("Content-Type", "application/json")
            .body(body.to_vec())
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 400, "{body:?}");
        assert_eq!(parse(&response.text().await.expect("body")), json!({"error": "invalid_json"}));
    }
    assert_eq!(server.submission_count().expect("count"), 0);
}

#[tokio::test]
async fn broken_envelopes_are_422_naming_the_field() {
    let server = server().await;
    let report = report_envelope();
    let question = question_envelope();
    let mediation = mediation_envelope();
    let cases: Vec<(&Value, &str, Option<Value>, &str)> = vec![
        // The envelope.
        (&report, "/id", None, "id"),
        (&report, "/id", Some(json!("not-a-uuid")), "id"),
        (&report, "/id", Some(json!(42)), "id"),
        (&report, "/kind", Some(json!("complaint")), "kind"),
        (&report, "/schema_version", Some(json!(2)), "schema_version"),
        (&report, "/schema_version", Some(json!("1")), "schema_version"),
        (&report, "/kiosk_id", Some(json!("")), "kiosk_id"),
        (&report, "/created_at", Some(json!("26/11/2026 10:15")), "created_at"),
        (&report, "/locale", Some(json!("fr")), "locale"),
        (&report, "/assisted_by", Some(json!("")), "assisted_by"),
        (&report, "/receipt", None, "receipt"),
        (&report, "/receipt/reference", Some(json!("")), "receipt.reference"),
        (&report, "/receipt/tracking_code", None, "receipt.tracking_code"),
        (&report, "/payload", Some(json!([])), "payload"),
        // A report's payload.
        (&report, "/payload/theme", None, "payload.theme"),
        (&report, "/payload/company/name", Some(json!("")), "payload.company.name"),
        (&report, "/payload/company/name", None, "payload.company.name"),
        (&report, "/payload/company/website", Some(json!(1)), "payload.company.website"),
        (
            &report,
            "/payload/company/enterprise_number",
            Some(json!("0123.456.748")),
            "payload.company.enterprise_number",
        ),
        (&report, "/payload/facts_date", Some(json!("2026-02-30")), "payload.facts_date"),
        (&report, "/payload/contact_channel", Some(json!("fax")), "payload.contact_channel"),
        (&report, "/payload/description", Some(json!(" \n ")), "payload.description"),
        (&report, "/payload/amount_eur", Some(json!("49,99")), "payload.amount_eur"),
        (&report, "/payload/amount_eur", Some(json!(49.99)), "payload.amount_eur"),
        (&report, "/payload/reporter", Some(json!({})), "payload.reporter.name"),
        (
            &report,
            "/payload/consent/share_with_inspection",
            Some(json!(false)),
            "payload.consent.share_with_inspection",
        ),
        // A question's payload.
        (&question, "/payload/question", Some(json!("   ")), "payload.question"),
        (&question, "/payload/reply_by", Some(json!("sms")), "payload.reply_by"),
        (&question, "/payload/reply_by", Some(json!("phone")), "payload.contact.phone"),
        (&question, "/payload/contact/email", Some(Value::Null), "payload.contact.email"),
        (&question, "/payload/consent/process_my_data", Some(json!(false)), "payload.consent.process_my_data"),
        // A mediation's payload.
        (&mediation, "/payload/service", None, "payload.service"),
        (&mediation, "/payload/complained_to_company_on", Some(json!("yesterday")), "payload.complained_to_company_on"),
        (&mediation, "/payload/company_answer", Some(json!("ignored")), "payload.company_answer"),
        (&mediation, "/payload/desired_outcome", None, "payload.desired_outcome"),
        (&mediation, "/payload/contact/name", Some(json!("")), "payload.contact.name"),
        (&mediation, "/payload/consent/forward_to_mediator", Some(json!(false)), "payload.consent.forward_to_mediator"),
        // A payload of another kind.
        (&report, "/kind", Some(json!("mediation")), "payload.sector"),
    ];
    for (base, pointer, new, field) in cases {
        let broken = edit(base, pointer, new.clone());
        let (status, body) = post(&server, &broken).await;
        assert_eq!(status, 422, "{pointer} = {new:?}: {body}");
        assert_eq!(parse(&body), json!({"error": "invalid", "field": field}), "{pointer} = {new:?}");
    }
    // Valid JSON that is not an object: the whole document is wrong.
    for body in ["[1, 2]", "\"x\"", "null", "12"] {
        let response = client()
            .post(url(&server, "/v1/submissions"))
            .bearer_auth(TOKEN)
            .header("X-Kiosk-Id", KIOSK)
            .header("Idempotency-Key", "x")
            .body(body)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 422, "{body}");
        assert_eq!(parse(&response.text().await.expect("body")), json!({"error": "invalid", "field": ""}));
    }
    assert_eq!(server.submission_count().expect("count"), 0);
}

#[tokio::test]
async fn bodies_over_256_kib_are_413() {
    // The contract: "A body is at most 256 KiB; the service answers 413 to a larger one".
    assert_eq!(MAX_BODY, 256 * 1024);
    let server = server().await;
    let c = client();
    // A well-formed envelope whose padding makes it one byte too large.
    let mut envelope = report_envelope();
    envelope["padding"] = json!("");
    let base_len = serde_json::to_vec(&envelope).expect("json").len();
    envelope["padding"] = json!("x".repeat(MAX_BODY + 1 - base_len));
    let too_large = serde_json::to_vec(&envelope).expect("json");
    assert_eq!(too_large.len(), MAX_BODY + 1);
    let response = submission(&c, &server, &envelope).send().await.expect("answer");
    assert_eq!(response.status(), 413);
    assert_eq!(parse(&response.text().await.expect("body")), json!({"error": "too_large"}));
    assert_eq!(server.submission_count().expect("count"), 0);

    // Exactly 256 KiB is fine.
    envelope["padding"] = json!("x".repeat(MAX_BODY - base_len));
    let response = submission(&c, &server, &envelope).send().await.expect("answer");
    assert_eq!(response.status(), 201);

    // Far too large (over a MiB), and a heartbeat too large.
    let mut huge = report_envelope();
    huge["padding"] = json!("y".repeat(5 * MAX_BODY));
    let response = submission(&c, &server, &huge).send().await.expect("answer");
    assert_eq!(response.status(), 413);
    let mut body = heartbeat_body();
    body["padding"] = json!("z".repeat(MAX_BODY));
    let response = heartbeat(&c, &url(&server, ""), TOKEN, &body).send().await.expect("answer");
    assert_eq!(response.status(), 413);
    assert_eq!(server.submission_count().expect("count"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_posts_of_one_id_make_one_file() {
    let server = server().await;
    let envelope = mediation_envelope();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let url = server.base_url();
        let envelope = envelope.clone();
        tasks.spawn(async move {
            let response = client()
                .post(format!("{url}/v1/submissions"))
                .bearer_auth(TOKEN)
                .header("X-Kiosk-Id", KIOSK)
                .header("Idempotency-Key", envelope["id"].as_str().unwrap_or_default())
                .json(&envelope)
                .send()
                .await
                .expect("answer");
            (response.status().as_u16(), response.text().await.expect("body"))
        });
    }
    let mut answers = Vec::new();
    while let Some(answer) = tasks.join_next().await {
        answers.push(answer.expect("task"));
    }
    assert_eq!(answers.iter().filter(|(s, _)| *s == 201).count(), 1, "{answers:?}");
    assert_eq!(answers.iter().filter(|(s, _)| *s == 200).count(), 7, "{answers:?}");
    assert!(answers.windows(2).all(|w| w[0].1 == w[1].1), "every answer has the same body");
    assert_eq!(server.submission_count().expect("count"), 1);
    assert_eq!(server.received(id_of(&envelope)).expect("query").expect("stored").times_accepted, 8);
}

#[tokio::test]
async fn a_database_file_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("central.sqlite3");
    let options = || {
        let mut o = Options::new(vec![TOKEN.to_string()]);
        o.db = Some(db.clone());
        o
    };
    let first = report_envelope();
    let server = start(options()).await.expect("start");
    let (status, body) = post(&server, &first).await;
    assert_eq!(status, 201);
    server.shutdown().await;

    let server = start(options()).await.expect("restart");
    let (status, replay) = post(&server, &first).await;
    assert_eq!(status, 200);
    assert_eq!(replay, body);
    let (status, second) = post(&server, &question_envelope()).await;
    assert_eq!(status, 201);
    let (a, b) = (parse(&body), parse(&second));
    let seq = |v: &Value| v["reference"].as_str().and_then(|r| r[8..].parse::<u64>().ok());
    assert_eq!(seq(&b), seq(&a).map(|n| n + 1), "the sequence goes on: {a} {b}");
    assert_eq!(server.submission_count().expect("count"), 2);
    server.shutdown().await;
}

#[test]
fn start_blocking_serves_without_a_runtime_of_the_caller() {
    let server = reference_central::start_blocking(Options::new(vec![TOKEN.to_string()])).expect("start");
    let addr = server.addr();
    assert!(addr.ip().is_loopback() && addr.port() != 0);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let (status, _) = runtime.block_on(post(&server, &report_envelope()));
    assert_eq!(status, 201);
    assert_eq!(server.submission_count().expect("count"), 1);
    server.shutdown_blocking();
    let refused = runtime.block_on(async {
        tokio::time::timeout(std::time::Duration::from_secs(5), tokio::net::TcpStream::connect(addr)).await
    });
    assert!(matches!(refused, Ok(Err(_))), "no longer listening");
}
