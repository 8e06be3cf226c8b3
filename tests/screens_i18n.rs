//! Every screen renders in every language, and no translation is missing: every key the UI
//! and the core use exists in all four locales, and every locale has the same keys.

mod common;

use std::collections::BTreeSet;

use cc_kiosk::content::Content;
use cc_kiosk::i18n::{LOCALES, Translations};
use cc_kiosk::ui::screens;

/// Keys written as `"key"` in the .slint sources, and prefixes built as `"prefix-" + x`.
fn keys_in_ui() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut keys = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/ui"))];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().flatten().map(|e| e.path()));
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for (i, _) in text.match_indices("Tr.t") {
            let rest = &text[i..];
            let Some(open) = rest.find('(') else { continue };
            let arg = rest[open + 1..].trim_start();
            if let Some(lit) = arg.strip_prefix('"') {
                let lit = &lit[..lit.find('"').unwrap()];
                let after = arg[lit.len() + 2..].trim_start();
                if after.starts_with('+') {
                    prefixes.insert(lit.to_string());
                } else {
                    keys.insert(lit.to_string());
                }
            }
        }
        // Keys passed as properties: title-key: "…"; label-key: "…"; key: "…"; step-keys: [..]
        for marker in ["-key: \"", "key: \""] {
            for (i, _) in text.match_indices(marker) {
                let lit = &text[i + marker.len()..];
                let end = lit.find('"').unwrap();
                if lit[end + 1..].trim_start().starts_with('+') {
                    prefixes.insert(lit[..end].to_string());
                } else {
                    keys.insert(lit[..end].to_string());
                }
            }
        }
        if let Some(i) = text.find("step-keys: [") {
            let list = &text[i + 12..];
            let list = &list[..list.find(']').unwrap()];
            keys.extend(list.split(',').map(|s| s.trim().trim_matches('"').to_string()));
        }
        if text.contains("set_save_error") {
            keys.insert("save-failed".into());
        }
    }
    (keys, prefixes)
}

#[test]
fn every_locale_has_the_same_keys() {
    let en = Translations::keys("en");
    assert!(en.len() > 100, "{} keys", en.len());
    for l in LOCALES {
        let k = Translations::keys(l);
        let missing: Vec<_> = en.difference(&k).collect();
        let extra: Vec<_> = k.difference(&en).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{l}: missing {missing:?}, extra {extra:?}");
    }
}

#[test]
fn every_key_used_exists_in_every_locale() {
    let tr = Translations::load().unwrap();
    let (mut keys, prefixes) = keys_in_ui();
    assert!(keys.len() > 60, "the scan found {} keys", keys.len());
    for p in &prefixes {
        let found = Translations::keys("en").iter().filter(|k| k.starts_with(p.as_str())).count();
        assert!(found > 0, "no key with prefix {p}");
    }
    for status in ["received", "in_progress", "forwarded", "closed"] {
        keys.insert(format!("follow-up-status-{status}"));
        for texts in ["follow-up-status", "follow-up-question-status", "follow-up-mediation-status"] {
            keys.insert(format!("{texts}-{status}-text"));
        }
    }
    for m in 1..=12 {
        keys.insert(format!("month-{m}"));
    }
    for d in 1..=7 {
        keys.insert(format!("weekday-{d}"));
    }
    keys.extend(Content::shipped().unwrap().message_keys());
    keys.extend(cc_core::keyboard::LABEL_KEYS.iter().map(|s| s.to_string()));
    keys.extend(cc_core::FieldError::ALL.iter().map(|e| e.key().to_string()));
    keys.extend(
        [
            "review-yes",
            "review-no",
            "lang-name",
            "lang-short",
            "field-counter",
            "receipt-question-times",
            "receipt-mediation-times",
        ]
        .map(String::from),
    );
    let mut missing = vec![];
    for l in LOCALES {
        for k in &keys {
            if !tr.has(k, l) {
                missing.push(format!("{l}: {k}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing translations:\n{}", missing.join("\n"));
}

/// The controls under which the picture is not plain: in the two rows of pixels 2 and 3 px below
/// a control's bottom edge (inside the gap that separates it from what follows), the lightest
/// and darkest pixels differ by more than a third of the range. Strips that touch another
/// control, the "more below" button or the window's edge are not looked at.
fn spilling_controls(kiosk: &cc_kiosk::ui::Kiosk, png_bytes: &[u8], more: &str) -> Vec<String> {
    use i_slint_backend_testing::{AccessibleRole, ElementRoot};
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("png");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("frame");
    let (iw, ih) = (info.width as i32, info.height as i32);
    let luma = |x: i32, y: i32| {
        let o = ((y * iw + x) * 4) as usize;
        (buf[o] as u32 * 299 + buf[o + 1] as u32 * 587 + buf[o + 2] as u32 * 114) / 1000
    };
    // Under an open dialog only the dialog's controls are seen (it is the window's last group).
    use slint::ComponentHandle;
    let overlay = kiosk.window.global::<cc_kiosk::ui::Session>().get_warning()
        || kiosk.window.global::<cc_kiosk::ui::Session>().get_forms_notice()
        || kiosk.window.global::<cc_kiosk::ui::Nav>().get_leave_asked()
        || kiosk.window.global::<cc_kiosk::ui::Access>().get_display_panel()
        || !kiosk.window.global::<cc_kiosk::ui::Form>().get_save_error().is_empty();
    let scope = if overlay {
        kiosk.window.root_element().query_descendants().match_accessible_role(AccessibleRole::Groupbox).find_all().pop()
    } else {
        None
    };
    let all = match &scope {
        Some(dialog) => dialog.query_descendants().find_all(),
        None => kiosk.window.root_element().query_descendants().find_all(),
    };
    let controls: Vec<_> = all
        .into_iter()
        .filter(|e| {
            e.accessible_role().is_some_and(|r| {
                matches!(r, AccessibleRole::Button | AccessibleRole::RadioButton | AccessibleRole::Checkbox)
            })
        })
        .map(|e| {
            let (p, s) = (e.absolute_position(), e.size());
            let boxed = e.accessible_role() != Some(AccessibleRole::Checkbox);
            (
                e.accessible_label().map(|l| l.to_string()).unwrap_or_default(),
                p.x as i32,
                p.y as i32,
                s.width as i32,
                s.height as i32,
                boxed,
            )
        })
        .collect();
    // The on-screen keyboard covers the bottom of the window: what is under it is not seen.
    let kbd = kiosk.window.global::<cc_kiosk::ui::Kbd>();
    let bottom = if kbd.get_shown() { ih - kbd.get_panel_height() as i32 } else { ih };
    // The viewports of the scrolling boxes: a control they cut (scrolled half out of sight)
    // shows the box's edge, not its own.
    let viewports: Vec<(i32, i32, i32, i32)> = kiosk
        .window
        .root_element()
        .query_descendants()
        .match_id("ScrollBox::fl")
        .find_all()
        .into_iter()
        .map(|f| {
            let (p, s) = (f.absolute_position(), f.size());
            (p.x as i32, p.y as i32, s.width as i32, s.height as i32)
        })
        .collect();
    let mut out = vec![];
    for (label, x, y, w, h, boxed) in &controls {
        let (x0, x1, y0, y1) = (x + 10, x + w - 10, y + h + 2, y + h + 3);
        let cut = viewports.iter().any(|(vx, vy, vw, vh)| {
            let overlaps = *x < vx + vw && x + w > *vx && *y < vy + vh && y + h > *vy;
            overlaps && (*y < *vy || y + h + 4 > vy + vh)
        });
        if cut {
            continue;
        }
        // "More below" sits on the bottom edge of its scrolling box: below it is something else.
        if label == more || x1 - x0 < 20 || y1 >= bottom || x0 < 0 || x1 > iw {
            continue;
        }
        // Another control (the "more below" button over the end of a list, say) over the
        // control or its strip: what is seen there is that control.
        let covered = controls.iter().any(|(_, cx, cy, cw, ch, _)| {
            (cx, cy, cw, ch) != (x, y, w, h) && *cx < x1 && cx + cw > x0 && *cy <= y1 + 1 && cy + ch >= y - 1
        });
        if covered {
            continue;
        }
        // The rows of its top and bottom edges are one colour (the border, or the fill of a
        // borderless button) from one rounded corner to the other: glyphs crossing an edge
        // show there; and the two rows just below it are plain.
        // (From one rounded corner to the other: a pill's ends are half its height.)
        let inset = (h / 2 + 2).max(18).min(w / 2 - 4);
        // (A checkbox row has no box of its own: only the strip below it is looked at.)
        let mut rows = vec![(y0, 18), (y1, 18)];
        if *boxed {
            rows.extend([(*y, inset), (y + 1, inset), (y + h - 2, inset), (y + h - 1, inset)]);
        }
        let spilled = rows.iter().filter(|(r, _)| *r >= 0 && *r < bottom).any(|&(yy, inset)| {
            let (mut lo, mut hi) = (u32::MAX, 0);
            for xx in (x + inset)..(x + w - inset) {
                let l = luma(xx, yy);
                lo = lo.min(l);
                hi = hi.max(l);
            }
            hi.saturating_sub(lo) > 85
        });
        if spilled {
            out.push(label.clone());
        }
    }
    out
}

#[test]
fn every_screen_renders_in_every_language() {
    cc_kiosk::ui::init_headless().expect("headless");
    let dir = tempfile::tempdir().unwrap();
    let tr = std::rc::Rc::new(Translations::load().unwrap());
    // Every screen in every language at both sizes of the terminals, in the default display,
    // with text at 150 % and in high contrast.
    // CC_SCREENS=a,b limits the run to those screens (to look at one while changing it).
    let only: Option<Vec<String>> = std::env::var("CC_SCREENS").ok().map(|v| v.split(',').map(String::from).collect());
    for ((screen, lang, (w, h)), mode) in screens::SCREENS
        .iter()
        .filter(|s| only.as_ref().is_none_or(|o| o.iter().any(|x| x == *s)))
        .flat_map(|s| LOCALES.iter().map(move |l| (*s, *l)))
        .flat_map(|(s, l)| [(1920u32, 1080u32), (1280, 1024)].map(|size| (s, l, size)))
        .flat_map(|x| ["default", "large", "contrast"].map(|m| (x, m)))
    {
        {
            let config = common::config_for(&dir.path().join("data"));
            let kiosk = cc_kiosk::ui::Kiosk::new(config, tr.clone(), Content::shipped().unwrap()).unwrap();
            screens::prepare(&kiosk, screen, lang).unwrap();
            screens::set_display(&kiosk, mode).unwrap();
            let png = screens::render_png(&kiosk, w, h).unwrap();
            assert!(png.len() > 10_000, "{screen} {lang} {w}x{h} {mode}: {} bytes", png.len());
            // Nothing shows a raw key: every text on screen is translated.
            let raw: Vec<String> = common::texts_of(&kiosk)
                .into_iter()
                .filter(|t| Translations::keys("en").contains(t.as_str()))
                .collect();
            assert!(raw.is_empty(), "{screen} {lang} {mode}: untranslated {raw:?}");
            // Nothing sticks out sideways (a button wider than its column, say); what goes on
            // below scrolls.
            use i_slint_backend_testing::ElementRoot;
            let wide: Vec<String> = kiosk
                .window
                .root_element()
                .query_descendants()
                .find_all()
                .into_iter()
                .filter(|e| e.accessible_role().is_some_and(|r| r != i_slint_backend_testing::AccessibleRole::None))
                .filter(|e| e.absolute_position().x < -0.5 || e.absolute_position().x + e.size().width > w as f32 + 0.5)
                .map(|e| e.accessible_label().map(|l| l.to_string()).unwrap_or_default())
                .collect();
            assert!(wide.is_empty(), "{screen} {lang} {w}x{h} {mode}: wider than the screen: {wide:?}");
            // No text runs out of its control: just below each button, choice and checkbox the
            // picture is plain (a line of glyphs there is text that overflowed its box).
            let spill = spilling_controls(&kiosk, &png, &tr.get("scroll-more", lang));
            assert!(spill.is_empty(), "{screen} {lang} {w}x{h} {mode}: text runs out of {spill:?}");
        }
    }
}
