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

/// Every screen of [`screens::SCREENS`], in their order, reduced `1/scale` and laid out 8 to a
/// row on one PNG (`--screen all`): to look at every screen of a language, size and display mode
/// at once.
pub fn montage(
    config: Config,
    lang: &str,
    out: &Path,
    size: (u32, u32),
    display: &str,
    scale: u32,
) -> Result<(), String> {
    if !crate::config::ALL_LOCALES.contains(&lang) {
        return Err(format!("--lang {lang:?}: expected one of fr-BE, nl-BE, de-BE, en"));
    }
    crate::ui::init_headless()?;
    let (tr, content) = crate::content::for_config(&config)?;
    let tr = Rc::new(tr);
    let (tw, th) = (size.0 / scale, size.1 / scale);
    let cols = 8u32;
    let rows = (screens::SCREENS.len() as u32).div_ceil(cols);
    let gap = 4u32;
    let (w, h) = (cols * (tw + gap) + gap, rows * (th + gap) + gap);
    let mut canvas = vec![0x40u8; (w * h * 4) as usize];
    for (i, screen) in screens::SCREENS.iter().enumerate() {
        let kiosk = Kiosk::new(config.clone(), tr.clone(), content.clone()).map_err(|e| e.to_string())?;
        screens::prepare(&kiosk, screen, lang)?;
        screens::set_display(&kiosk, display)?;
        let (sw, _, px) = screens::snapshot(&kiosk, size.0, size.1)?;
        let (x0, y0) = (gap + (i as u32 % cols) * (tw + gap), gap + (i as u32 / cols) * (th + gap));
        // A box filter: each tile pixel is the mean of a scale × scale block.
        for ty in 0..th {
            for tx in 0..tw {
                let mut sum = [0u32; 4];
                for dy in 0..scale {
                    for dx in 0..scale {
                        let o = (((ty * scale + dy) * sw + tx * scale + dx) * 4) as usize;
                        for (c, s) in sum.iter_mut().enumerate() {
                            *s += px.get(o + c).copied().unwrap_or(0) as u32;
                        }
                    }
                }
                let o = (((y0 + ty) * w + x0 + tx) * 4) as usize;
                for (c, s) in sum.iter().enumerate() {
                    canvas[o + c] = (s / (scale * scale)) as u8;
                }
            }
        }
    }
    let png = screens::encode_png(w, h, &canvas)?;
    std::fs::write(out, png).map_err(|e| format!("{}: cannot write: {e}", out.display()))
}
