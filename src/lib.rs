//! ConsumerConnect lobby kiosk: the imperative shell around the pure `cc-core` domain.
//!
//! - `config`: `kiosk.toml`
//! - `i18n`: Fluent translations (every visible string)
//! - `content`: content data of `kiosk-config/content/`
//! - `ui`: the Slint adapters (the only module that touches Slint-generated types)
//! - `printer`: the receipt printer (ESC/POS)
//! - `speech`: speech output (eSpeak NG) for audio mode
//! - `jack`: the headphone jack (speech on when headphones are plugged in)
//! - `cli`: the command-line commands besides the kiosk itself
//! - `watchdog`: systemd's READY/WATCHDOG notifications
//! - `starts`: crash loops (too many starts without a clean stop)
//! - `screen`: taking the screen back under an X11 window manager

pub mod app;
pub mod cli;
pub mod config;
pub mod content;
pub mod files;
pub mod i18n;
pub mod jack;
pub mod printer;
pub mod screen;
pub mod speech;
pub mod staff;
pub mod starts;
pub mod sync;
pub mod ui;
pub mod watchdog;
