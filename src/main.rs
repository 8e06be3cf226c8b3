//! `cc-kiosk`: the ConsumerConnect lobby kiosk, and its maintenance commands.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use cc_kiosk::cli;
use cc_kiosk::config::Config;
use cc_kiosk::content::Content;
use cc_kiosk::ui::screens;

#[derive(Parser)]
#[command(name = "cc-kiosk", version, about = "ConsumerConnect lobby kiosk (SPF Economie / FOD Economie)")]
struct Cli {
    /// The kiosk's configuration file.
    #[arg(long, global = true, default_value = "kiosk-config/demo.toml")]
    config: PathBuf,
    /// Run in a window instead of fullscreen (development).
    #[arg(long)]
    windowed: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Render a screen to PNG with the software renderer (no display needed).
    Screenshot {
        /// The screen (`list` lists them; `all`: every screen on one PNG, a fifth of the size).
        #[arg(long)]
        screen: String,
        /// fr-BE, nl-BE, de-BE or en.
        #[arg(long, default_value = "fr-BE")]
        lang: String,
        /// The PNG file to write.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Window size in pixels.
        #[arg(long, default_value = "1920x1080")]
        size: String,
        /// default, large (text at 150 %), larger-125 (125 %) or contrast (high contrast).
        #[arg(long, default_value = "default")]
        display: String,
    },
    /// The queue of submissions waiting to be sent.
    Outbox {
        #[command(subcommand)]
        action: OutboxCommand,
    },
    /// The content: themes, pages, the questionnaire, mediation services and routing.
    Content {
        #[command(subcommand)]
        action: ContentCommand,
    },
    /// Sends the queued submissions to the central service. Exit status: 0 when nothing is left
    /// pending, 75 when some remain, 74 when the queue cannot be read or written (disk full,
    /// read-only, damaged), 1 on a configuration or credentials error.
    Sync {
        /// One pass over every pending submission (ignoring back-off timers), then exit.
        #[arg(long, required = true)]
        once: bool,
    },
    /// Staff accounts (the file named by `[staff] accounts_file`): id and an Argon2id hash of
    /// the PIN, never the PIN.
    Staff {
        #[command(subcommand)]
        action: StaffCommand,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Adds an account, or gives it a new PIN: the PIN (6 to 12 digits) is read twice from the
    /// terminal, without echo.
    Add { id: String },
    /// Removes an account.
    Remove { id: String },
    /// Lists the accounts' ids.
    List,
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Checks the content (structure, trees, services, sources, the texts in all four locales):
    /// prints `content ok: …` and a `warning:` line per fact checked more than 12 months ago, or
    /// every problem with its file and place and exits 1.
    Check {
        /// A folder laid out like the project (`kiosk-config/content/`, `i18n/`,
        /// `assets/icons/themes/`); without it, the content built into this binary.
        dir: Option<PathBuf>,
    },
    /// Lists every page, service, contact and advice with the date it was checked and its
    /// official sources, oldest check first.
    Sources {
        /// As for `check`.
        dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// Counts by state, whether the token file can be used, and whether the queue is sound.
    Status,
    /// Writes one JSON file per queued envelope (the exact POST body) into DIR.
    Export { dir: PathBuf },
    /// Queues envelopes from such files, or a folder of them.
    Import { path: PathBuf },
    /// Writes every envelope still readable in a damaged queue file (e.g. one the kiosk moved
    /// aside) as files in DIR, for `outbox import` (rejected ones in DIR/rejected). Needs no config.
    Salvage { path: PathBuf, dir: PathBuf },
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("cc-kiosk: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Some(Command::Screenshot { screen, lang, out, size, display }) => {
            if screen == "list" {
                println!("{}", screens::SCREENS.join("\n"));
                return Ok(ExitCode::SUCCESS);
            }
            if screen == "all" {
                let out = out.ok_or("screenshot: --out FILE.png is required")?;
                let size = cli::screenshot::parse_size(&size)?;
                let config = Config::load(&cli.config).map_err(|e| e.to_string())?;
                cli::screenshot::montage(config, &lang, &out, size, &display, 5)?;
                return Ok(ExitCode::SUCCESS);
            }
            let out = out.ok_or("screenshot: --out FILE.png is required")?;
            let size = cli::screenshot::parse_size(&size)?;
            // Screenshots need no real terminal: the config only adds the follow-up URL.
            let config = Config::load(&cli.config).map_err(|e| e.to_string())?;
            cli::screenshot::run(config, &screen, &lang, &out, size, &display)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Outbox { action: OutboxCommand::Salvage { path, dir } }) => {
            let report = cli::outbox::salvage(&path, &dir)?;
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Outbox { action }) => {
            let config = Config::load(&cli.config).map_err(|e| e.to_string())?;
            let mut store = match cc_store::Store::open(&config.database_path()) {
                Ok(store) => store,
                Err(e) => {
                    eprintln!("cc-kiosk: {}: {e}", config.data_dir_message());
                    return Ok(ExitCode::from(74));
                }
            };
            match action {
                OutboxCommand::Status => {
                    let status = cli::outbox::status(&store, &config);
                    print!("{}", status.text);
                    if !status.sound {
                        return Ok(ExitCode::from(74));
                    }
                }
                OutboxCommand::Export { dir } => {
                    let n = cli::outbox::export(&store, &dir)?;
                    println!("exported {n} envelope(s) to {}", dir.display());
                }
                OutboxCommand::Import { path } => {
                    let report = cli::outbox::import(&mut store, &path)?;
                    for (file, reason) in &report.skipped {
                        eprintln!("skipped {}: {reason}", file.display());
                    }
                    for (file, reason) in &report.refused {
                        eprintln!("refused {}: {reason}", file.display());
                    }
                    println!(
                        "imported {}, already queued {}, refused {}, skipped {}",
                        report.imported,
                        report.already_queued,
                        report.refused.len(),
                        report.skipped.len()
                    );
                    if !report.refused.is_empty() {
                        return Ok(ExitCode::FAILURE);
                    }
                }
                OutboxCommand::Salvage { .. } => unreachable!("handled above"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Content { action: ContentCommand::Sources { dir } }) => {
            let source = match &dir {
                Some(dir) => cc_kiosk::content::Source::dir(dir)?,
                None => cc_kiosk::content::Source::embedded(),
            };
            let content = Content::load(&source).map_err(cc_kiosk::content::refusal)?;
            for s in content.sources() {
                println!("{}  {} {}  {}", s.checked, s.kind, s.id, s.sources.join(" "));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Content { action: ContentCommand::Check { dir } }) => {
            let source = match &dir {
                Some(dir) => cc_kiosk::content::Source::dir(dir)?,
                None => cc_kiosk::content::Source::embedded(),
            };
            match Content::load(&source) {
                Ok(content) => {
                    println!("{}", content.summary());
                    for w in &content.warnings {
                        println!("warning: {w}");
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    for p in &problems {
                        println!("{p}");
                    }
                    eprintln!("content: {} problem(s)", problems.len());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Some(Command::Sync { once: _ }) => {
            let config = Config::load(&cli.config).map_err(|e| e.to_string())?;
            match cc_kiosk::sync::sync_once(&config) {
                Ok(summary) => {
                    println!("{summary}");
                    // 75 = EX_TEMPFAIL (sysexits.h): try again later.
                    Ok(if summary.pending == 0 { ExitCode::SUCCESS } else { ExitCode::from(75) })
                }
                Err(e) => {
                    let code = e.exit_code();
                    match e {
                        cc_kiosk::sync::SyncError::Store(e) => {
                            eprintln!("cc-kiosk: {}: {e}", config.data_dir_message())
                        }
                        e => eprintln!("cc-kiosk: {e}"),
                    }
                    // 74 = EX_IOERR (sysexits.h): the queue cannot be read or written.
                    Ok(ExitCode::from(code))
                }
            }
        }
        Some(Command::Staff { action }) => {
            let config = Config::load(&cli.config).map_err(|e| e.to_string())?;
            let Some(staff) = &config.staff else {
                return Err(format!("{}: no [staff] section: staff mode is off", config.path.display()));
            };
            let file = &staff.accounts_file;
            match action {
                StaffCommand::Add { id } => {
                    let pin = cc_kiosk::staff::read_pin(&format!("PIN for {id}: "))?;
                    let again = cc_kiosk::staff::read_pin("The same PIN again: ")?;
                    if pin != again {
                        return Err("the two PINs differ: nothing changed".into());
                    }
                    let replaced = cc_kiosk::staff::add(file, &id, &pin, cc_kiosk::staff::default_params())?;
                    println!("{} {id} in {}", if replaced { "new PIN for" } else { "added" }, file.display());
                }
                StaffCommand::Remove { id } => {
                    if !cc_kiosk::staff::remove(file, &id)? {
                        return Err(format!("{}: no account {id}", file.display()));
                    }
                    println!("removed {id} from {}", file.display());
                }
                StaffCommand::List => {
                    for a in cc_kiosk::staff::load(file)? {
                        println!("{}", a.id);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        None => run_kiosk(&cli.config, cli.windowed),
    }
}

fn run_kiosk(config_path: &Path, windowed: bool) -> Result<ExitCode, String> {
    let config = Config::load(config_path).map_err(|e| e.to_string())?;
    cc_kiosk::app::run_on_screen(config, !windowed)?;
    Ok(ExitCode::SUCCESS)
}
