//! `reference-central`: runs the project's reference central service (see the library docs), or
//! changes the status of a stored file.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use reference_central::{DEFAULT_LISTEN, Faults, FileStatus, Options, Store, load_tokens, start};

/// The reference central service of `shared/central-api.md`, for development, demos and tests.
#[derive(Debug, Parser)]
#[command(version, subcommand_negates_reqs = true, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value_t = DEFAULT_LISTEN)]
    listen: SocketAddr,
    /// The SQLite database file (WAL mode).
    #[arg(long, default_value = "reference-central.sqlite3")]
    db: PathBuf,
    /// File of accepted bearer tokens: one per line, blank lines and `#` comments ignored.
    #[arg(long, required = true)]
    tokens: Option<PathBuf>,
    /// Probability (0 to 1) that a submission gets `503` with `Retry-After: 1`, not stored.
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    fail_rate: f64,
    /// Probability (0 to 1) that an accepted submission is stored but its answer dropped (the
    /// connection is closed without a response).
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    drop_rate: f64,
    /// Wait this many milliseconds before handling each submission.
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// Probability (0 to 1) that a submission is held for --stall-ms before anything is done
    /// (then `503`, nothing stored).
    #[arg(long, default_value_t = 0.0, value_parser = rate)]
    stall_rate: f64,
    /// How long a stalled submission is held, in milliseconds.
    #[arg(long, default_value_t = 60_000)]
    stall_ms: u64,
    /// Do not log requests to stderr.
    #[arg(long)]
    quiet: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Sets the status of a stored file (by kiosk-made or central reference), for tests and demos.
    SetStatus {
        /// The SQLite database file.
        #[arg(long, default_value = "reference-central.sqlite3")]
        db: PathBuf,
        /// The kiosk-made receipt reference or the central reference (`CC-2026-0001234`).
        reference: String,
        /// received, in_progress, forwarded or closed.
        #[arg(value_parser = status)]
        status: FileStatus,
    },
}

fn rate(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("{s:?} is not a probability from 0 to 1")),
    }
}

fn status(s: &str) -> Result<FileStatus, String> {
    s.parse().map_err(|e: reference_central::Error| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::SetStatus { ref db, ref reference, status }) => set_status(db, reference, status),
        None => serve(cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("reference-central: {message}");
            ExitCode::FAILURE
        }
    }
}

fn set_status(db: &std::path::Path, reference: &str, status: FileStatus) -> Result<(), String> {
    if !db.exists() {
        return Err(format!("{}: no such database", db.display()));
    }
    let store = Store::open(db).map_err(|e| e.to_string())?;
    match store.set_status(reference, status, chrono::Utc::now()) {
        Ok(true) => Ok(()),
        Ok(false) => Err("no file with this reference".into()),
        Err(e) => Err(e.to_string()),
    }
}

fn serve(cli: Cli) -> Result<(), String> {
    let Some(tokens_file) = cli.tokens else {
        return Err("--tokens FILE is required".into());
    };
    let tokens = load_tokens(&tokens_file).map_err(|e| e.to_string())?;
    let options = Options {
        listen: cli.listen,
        db: Some(cli.db),
        tokens,
        faults: Faults {
            fail_rate: cli.fail_rate,
            drop_rate: cli.drop_rate,
            delay: Duration::from_millis(cli.delay_ms),
            stall_rate: cli.stall_rate,
            stall: Duration::from_millis(cli.stall_ms),
        },
        log: !cli.quiet,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async move {
        let server = start(options).await.map_err(|e| e.to_string())?;
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "listening on http://{}", server.addr()).map_err(|e| e.to_string())?;
            out.flush().map_err(|e| e.to_string())?;
        }
        wait_for_stop_signal().await;
        server.shutdown().await;
        Ok(())
    })
}

async fn wait_for_stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
