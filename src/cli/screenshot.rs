//! `cc-kiosk screenshot --screen NAME --lang LOCALE --out FILE.png [--size WxH] [--display MODE]`.

use std::path::Path;
use std::rc::Rc;

use crate::config::Config;
use crate::ui::{Kiosk, screens};

/// Parses `1920x1080`.
pub fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(|| format!("--size {s:?}: expected WxH, e.g. 1920x1080"))?;
    let w: u32 = w.trim().parse().map_err(|_| format!("--size {s:?}: bad width"))?;
    let h: u32 = h.trim().parse().map_err(|_| format!("--size {s:?}: bad height"))?;
    if !(320..=8192).contains(&w) || !(240..=8192).contains(&h) {
        return Err(format!("--size {s:?}: out of range"));
    }
    Ok((w, h))
}

/// Renders one screen to a PNG file with the software renderer (no display needed). Must run
/// before anything else initialises a Slint backend.
pub fn run(
    config: Config,
    screen: &str,
    lang: &str,
    out: &Path,
    size: (u32, u32),
    display: &str,
) -> Result<(), String> {
    if !crate::config::ALL_LOCALES.contains(&lang) {
        return Err(format!("--lang {lang:?}: expected one of fr-BE, nl-BE, de-BE, en"));
    }
    crate::ui::init_headless()?;
    let (tr, content) = crate::content::for_config(&config)?;
    let kiosk = Kiosk::new(config, Rc::new(tr), content).map_err(|e| e.to_string())?;
    screens::prepare(&kiosk, screen, lang)?;
    screens::set_display(&kiosk, display)?;
    let png = screens::render_png(&kiosk, size.0, size.1)?;
    std::fs::write(out, png).map_err(|e| format!("{}: cannot write: {e}", out.display()))
}
