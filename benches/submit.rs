//! Confirm → committed: build the envelope of a full report and commit it to the SQLite queue
//! (WAL, synchronous = FULL), as the Confirm button does. Prints p50 and p99; aim p99 ≤ 20 ms.
//!
//! `cargo bench --bench submit`: 1,000 submits. Under `cargo test`: 20, as a smoke check.

use std::time::Instant;

use cc_core::report::{Identity, ReportDraft, build_report_envelope};

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let n = if bench { 1000 } else { 20 };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = cc_store::Store::open(&dir.path().join("outbox.sqlite3")).expect("store");
    let draft = ReportDraft {
        theme: "purchase".into(),
        company_name: "Meubles Dupont SRL".into(),
        website: "www.meubles-dupont.be".into(),
        enterprise_number: "0123.456.749".into(),
        address: "Rue de la Loi 16, 1000 Bruxelles".into(),
        facts_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
        channel: "website".into(),
        amount: "249,99".into(),
        description: "Paid in advance, never delivered. ".repeat(40),
        identity: Identity::Named,
        name: "Marie Peeters".into(),
        email: "marie.peeters@example.be".into(),
        phone: "0470 12 34 56".into(),
        postal_code: "1030".into(),
        consent_share: true,
        consent_contact: true,
    };
    let mut rng = rand::rng();
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let env = build_report_envelope(&draft, "BENCH-01", "NG3", "fr-BE", None, chrono::Utc::now(), &mut rng)
            .expect("valid draft");
        store.enqueue(&env).expect("enqueue");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "submit: confirm -> committed over {n} submits: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (aim p99 <= 20 ms)",
        pct(0.50),
        pct(0.99),
        times[times.len() - 1]
    );
}
