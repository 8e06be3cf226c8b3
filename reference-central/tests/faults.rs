//! Fault injection on `POST /v1/submissions`, as the kiosk's sync tests use it.

mod common;

use std::time::{Duration, Instant};

use common::*;
use reference_central::Faults;
use serde_json::json;

#[tokio::test]
async fn fail_rate_1_answers_503_with_retry_after_and_stores_nothing() {
    let server = server_with(Faults { fail_rate: 1.0, ..Faults::default() }).await;
    let envelope = report_envelope();
    for _ in 0..3 {
        let response = submission(&client(), &server, &envelope).send().await.expect("answer");
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers().get("retry-after").and_then(|v| v.to_str().ok()), Some("1"));
    }
    assert_eq!(server.submission_count().expect("count"), 0);
    assert_eq!(server.counters().failed, 3);

    // Credentials are still checked first: a wrong token is told so, not asked to retry.
    let response = submission_as(&client(), &server, &envelope, "wrong-token").send().await.expect("answer");
    assert_eq!(response.status(), 401);

    // Only submissions fail: status and heartbeats do not.
    let response = heartbeat(&client(), &url(&server, ""), TOKEN, &heartbeat_body()).send().await.expect("answer");
    assert_eq!(response.status(), 204);

    // Once the service is healthy again, the same submission goes through.
    server.set_faults(Faults::default()).expect("faults");
    assert_eq!(post(&server, &envelope).await.0, 201);
    assert_eq!(server.submission_count().expect("count"), 1);
}

#[tokio::test]
async fn drop_rate_1_stores_but_closes_the_connection_without_an_answer() {
    let server = server_with(Faults { drop_rate: 1.0, ..Faults::default() }).await;
    let envelope = mediation_envelope();
    let error = submission(&client(), &server, &envelope).send().await.expect_err("no answer");
    assert!(!error.is_timeout(), "closed, not timed out: {error:?}");
    assert!(error.status().is_none(), "{error:?}");
    assert_eq!(server.counters().dropped, 1);

    // The submission was committed nevertheless: the kiosk's retry is a replay.
    let received = server.received(id_of(&envelope)).expect("query").expect("stored");
    assert_eq!(received.times_accepted, 1);
    server.set_faults(Faults::default()).expect("faults");
    let (status, body) = post(&server, &envelope).await;
    assert_eq!(status, 200);
    let body = parse(&body);
    assert_eq!(body["reference"], received.central_reference.as_str());
    assert_eq!(body["received_at"], received.received_at.as_str());
    assert_eq!(server.submission_count().expect("count"), 1);
    assert_eq!(server.received(id_of(&envelope)).expect("query").expect("stored").times_accepted, 2);

    // Rejected submissions are answered even with drop_rate 1.
    server.set_faults(Faults { drop_rate: 1.0, ..Faults::default() }).expect("faults");
    let broken = edit(&report_envelope(), "/payload/theme", Some(json!("")));
    assert_eq!(post(&server, &broken).await.0, 422);
}

#[tokio::test]
async fn stall_rate_1_holds_the_request_until_the_client_times_out() {
    let server = server_with(Faults { stall_rate: 1.0, stall: Duration::from_millis(1500), ..Faults::default() }).await;
    let envelope = question_envelope();
    let started = Instant::now();
    let error = submission(&client_with_timeout(Duration::from_millis(300)), &server, &envelope)
        .send()
        .await
        .expect_err("timed out");
    assert!(error.is_timeout(), "{error:?}");
    assert!(started.elapsed() < Duration::from_millis(1400), "the client gave up, not the server");
    assert_eq!(server.counters().stalled, 1);
    assert_eq!(server.submission_count().expect("count"), 0);

    // A patient client is held for the whole stall, then told to come back; nothing stored.
    let started = Instant::now();
    let response = submission(&client(), &server, &envelope).send().await.expect("answer");
    assert!(started.elapsed() >= Duration::from_millis(1500));
    assert_eq!(response.status(), 503);
    assert_eq!(server.submission_count().expect("count"), 0);
}

#[tokio::test]
async fn delay_slows_each_submission_down() {
    let server = server_with(Faults { delay: Duration::from_millis(300), ..Faults::default() }).await;
    let started = Instant::now();
    assert_eq!(post(&server, &report_envelope()).await.0, 201);
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(server.faults().delay, Duration::from_millis(300));
    assert!(server.set_faults(Faults { fail_rate: 2.0, ..Faults::default() }).is_err());
}
