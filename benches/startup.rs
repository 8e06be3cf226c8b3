//! `cc-kiosk screenshot --screen home` as a cold process: wall time and peak memory.
//! Aim: ≤ 0.15 s wall and ≤ 60 MiB peak (headless Chromium: 0.68 s and 229 MiB).
//!
//! `cargo bench --bench startup` prints the numbers; under `cargo test` it runs twice as a
//! smoke check.

use std::process::Command;
use std::time::Instant;

fn peak_rss_children_kib() -> i64 {
    // SAFETY: getrusage only writes into the struct we pass.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage.ru_maxrss
    }
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let runs = if bench { 20 } else { 2 };
    let exe = env!("CARGO_BIN_EXE_cc-kiosk");
    let root = env!("CARGO_MANIFEST_DIR");
    let out = std::env::temp_dir().join(format!("cc-kiosk-bench-{}.png", std::process::id()));
    let mut times = vec![];
    for _ in 0..runs {
        let t = Instant::now();
        let status = Command::new(exe)
            .current_dir(root)
            .args(["screenshot", "--screen", "home", "--lang", "fr-BE", "--out"])
            .arg(&out)
            .env("RUST_LOG", "off")
            .status()
            .expect("run cc-kiosk");
        times.push(t.elapsed().as_secs_f64());
        assert!(status.success(), "screenshot failed");
    }
    let _ = std::fs::remove_file(&out);
    times.sort_by(f64::total_cmp);
    let peak_mib = peak_rss_children_kib() as f64 / 1024.0;
    println!(
        "startup: cold `screenshot --screen home` 1920x1080 over {runs} runs: median {:.3} s, max {:.3} s, peak RSS {:.1} MiB (aim 0.15 s, 60 MiB)",
        times[times.len() / 2],
        times[times.len() - 1],
        peak_mib
    );
}
