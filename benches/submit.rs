//! Confirm → committed: the Confirm button's whole path on a headless kiosk — read the form,
//! validate, build the envelope, commit it to the SQLite queue (WAL, synchronous = FULL), make
//! the receipt's QR code and show the receipt. Prints p50 and p99; aim p99 ≤ 20 ms.
//!
//! `cargo bench --bench submit`: 1,000 submits of each kind (report, question, mediation
//! request). Under `cargo test`: 20 of each, as a smoke check.

use std::rc::Rc;
use std::time::Instant;

use slint::ComponentHandle;

use cc_kiosk::config::Config;
use cc_kiosk::content::Content;
use cc_kiosk::i18n::Translations;
use cc_kiosk::ui::{Form, Kiosk, Nav, Page, screens};

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let n = if bench { 1000 } else { 20 };
    let dir = tempfile::tempdir().expect("tempdir");
    let config = Config::parse(
        &format!(
            "[kiosk]\nid = \"BENCH-01\"\nshort_code = \"NG3\"\ndata_dir = \"{}\"\n\
             [central]\nbase_url = \"https://central.example.be/\"\ntoken_file = \"token\"\n",
            dir.path().display()
        ),
        &dir.path().join("kiosk.toml"),
    )
    .expect("config");
    cc_kiosk::ui::init_headless().expect("headless");
    let tr = Rc::new(Translations::load().expect("translations"));
    let kiosk = Kiosk::new(config, tr, Content::shipped().expect("content")).expect("kiosk");
    kiosk.open_store().expect("store");
    screens::prepare(&kiosk, "report-review", "fr-BE").expect("review screen");
    let kinds: [(&str, Sample); 3] = [
        ("report", screens::sample_report),
        ("question", screens::sample_question),
        ("mediation", screens::sample_mediation),
    ];
    for (kind, sample) in kinds {
        let steps = kiosk_steps(kind);
        let mut times = Vec::with_capacity(n);
        for _ in 0..n {
            kiosk.open_form_with(kind, sample());
            kiosk.form_goto(steps);
            let t = Instant::now();
            kiosk.window.global::<Form>().invoke_confirm();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(kiosk.window.global::<Nav>().get_page(), Page::Receipt, "the receipt is shown");
        }
        times.sort_by(f64::total_cmp);
        let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
        println!(
            "submit {kind}: confirm -> committed and receipt shown, over {n} submits: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (aim p99 <= 20 ms)",
            pct(0.50),
            pct(0.99),
            times[times.len() - 1]
        );
    }
    let store = cc_store::Store::open(&dir.path().join("outbox.sqlite3")).expect("store");
    assert_eq!(store.counts().expect("counts").pending, 3 * n as u64, "every submit committed");
}

/// Makes a form's answers.
type Sample = fn() -> cc_core::form::Draft;

/// The number of steps of a form (its review comes after them).
fn kiosk_steps(kind: &str) -> usize {
    Content::shipped().expect("content").form(kind).expect("form").spec.steps.len()
}
