//! Keyword search over the shipped content (every page, all four languages), typed letter by
//! letter as on the kiosk: the content check and index build, then the time per keystroke.
//! Aim: ≤ 5 ms per keystroke.
//!
//! `cargo bench --bench search_content` prints the numbers; under `cargo test` it runs one
//! round as a smoke check.

use std::time::Instant;

use cc_kiosk::content::Content;
use cc_kiosk::i18n::Translations;
use cc_kiosk::ui::{SEARCH_RESULTS, search_index};

const QUERIES: &[&str] = &[
    "garantie",
    "garnatie",
    "remboursement",
    "phising",
    "Gewährleistung",
    "démarchage téléphonique",
    "energy contract",
    "facture énergie",
    "terugbetaling",
    "herroepen",
    "ticket concert annulé",
    "xylophone",
];

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let rounds = if bench { 200 } else { 1 };

    let t = Instant::now();
    let content = Content::shipped().expect("content");
    let check = t.elapsed();
    let tr = Translations::load().expect("translations");
    let t = Instant::now();
    let index = search_index(&content, &tr);
    let build = t.elapsed();

    let mut times = Vec::new();
    let mut hits = 0usize;
    for _ in 0..rounds {
        for q in QUERIES {
            let chars: Vec<char> = q.chars().collect();
            for n in 1..=chars.len() {
                let typed: String = chars[..n].iter().collect();
                let t = Instant::now();
                let found = index.search(&typed, SEARCH_RESULTS);
                times.push(t.elapsed().as_secs_f64() * 1e6);
                hits += found.len();
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "content: {} pages; load+check {:.1} ms; index build {:.1} ms",
        content.pages.len(),
        check.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3
    );
    println!(
        "search per keystroke over {} keystrokes: p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs (aim ≤ 5000 µs); {} hits shown",
        times.len(),
        pct(0.5),
        pct(0.99),
        times[times.len() - 1],
        hits
    );
}
