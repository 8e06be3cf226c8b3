//! Every screen of the kiosk by name, with sample data where a screen needs it, rendered to PNG
//! with the software renderer (no display needed): for the README, translators and tests.

use chrono::NaiveDate;
use i_slint_backend_testing::ElementHandle;
use slint::ComponentHandle;

use super::{Form, Info, Kiosk, Nav, Page, Quiz, Session};

/// The screen names `cc-kiosk screenshot --screen` knows.
pub const SCREENS: &[&str] = &[
    "start",
    "home",
    "home-forms-closed",
    "forms-closed",
    "report-theme",
    "report-company",
    "report-facts",
    "report-about",
    "report-review",
    "report-errors",
    "keyboard-text",
    "keyboard-accents",
    "keyboard-email",
    "keyboard-numeric",
    "save-failed",
    "question-subject",
    "question-text",
    "question-reply",
    "question-errors",
    "question-review",
    "mediation-company",
    "mediation-complaint",
    "mediation-request",
    "mediation-contact",
    "mediation-review",
    "receipt",
    "receipt-question",
    "receipt-mediation",
    "timeout",
    "leave",
    "leave-receipt",
    "display",
    "keys-focus",
    "follow-up",
    "follow-up-invalid",
    "follow-up-waiting",
    "follow-up-found",
    "follow-up-not-found",
    "follow-up-offline",
    "info",
    "theme",
    "page",
    "page-outcome",
    "search",
    "search-none",
    "solve",
    "solve-step",
    "mediation",
    "mediation-service",
    "mediation-service-late",
    "mediation-advice",
    "mediation-complain-first",
    "mediation-scam",
    "staff-login",
    "staff-login-locked",
    "staff-menu",
    "staff-dashboard",
    "assisted",
    "out-of-service",
];

/// The display modes of screenshots: `default`, `large` (text at 150 %), `larger-125`
/// (125 %), `contrast` (high contrast).
pub const DISPLAY_MODES: &[&str] = &["default", "large", "larger-125", "contrast"];

/// Sets a display mode as the visitor would with the display control.
pub fn set_display(k: &Kiosk, mode: &str) -> Result<(), String> {
    let (size, contrast) = match mode {
        "default" => (100, false),
        "large" => (150, false),
        "larger-125" => (125, false),
        "contrast" => (100, true),
        _ => return Err(format!("--display {mode:?}: expected one of {}", DISPLAY_MODES.join(", "))),
    };
    let a = k.window.global::<super::Access>();
    a.invoke_set_text_size(size);
    a.invoke_set_high_contrast(contrast);
    Ok(())
}

/// The fixed "today" of screenshots, so that they do not change every day.
pub fn sample_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default()
}

/// A complete sample report (screenshots, benchmarks).
pub fn sample_report() -> cc_core::form::Draft {
    draft(&[
        ("theme", "purchase"),
        ("company-name", "Meubles Dupont SRL"),
        ("website", "www.meubles-dupont.be"),
        ("enterprise-number", "0123.456.749"),
        ("address", "Rue de la Loi 16, 1000 Bruxelles"),
        ("channel", "website"),
        ("amount", "249,99"),
        (
            "description",
            "I ordered a table on the website on 2 November and paid in advance. The delivery date has \
             passed twice, the shop does not answer my e-mails and refuses to refund me. When I call, \
             nobody answers; the shop in Anderlecht is closed. I have the order confirmation and the \
             bank statement.",
        ),
        ("facts-date", "2026-11-02"),
        ("identity", "named"),
        ("name", "Marie Peeters"),
        ("email", "marie.peeters@example.be"),
        ("phone", "0470 12 34 56"),
        ("postal-code", "1030"),
        ("consent-share", "true"),
        ("consent-contact", "true"),
    ])
}

/// A complete sample question.
pub fn sample_question() -> cc_core::form::Draft {
    draft(&[
        ("theme", "energy"),
        (
            "question",
            "My supplier doubled my monthly advance without warning. Is that allowed, and can I ask it \
             to lower it again?",
        ),
        ("reply-by", "post"),
        ("name", "Jan Peeters"),
        ("postal-address", "Kerkstraat 12\n9000 Gent"),
        ("consent-process", "true"),
    ])
}

/// A complete sample mediation request (to the Ombudsman for Telecommunications).
pub fn sample_mediation() -> cc_core::form::Draft {
    draft(&[
        ("service", "telecom-mediation"),
        ("sector", "telecom"),
        ("company-name", "TeleNet Example SA"),
        ("company-address", "Avenue Louise 1, 1050 Bruxelles"),
        ("complained-on", "2025-09-14"),
        ("company-answer", "unsatisfactory"),
        ("description", "My bill for October counts 42 paid text messages I never sent."),
        ("desired-outcome", "The 42 messages taken off my bill and a corrected bill."),
        ("name", "Marie Peeters"),
        ("email", "marie.peeters@example.be"),
        ("consent-forward", "true"),
    ])
}

fn draft(pairs: &[(&str, &str)]) -> cc_core::form::Draft {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Opens form `id` with `draft`, at `step` (the number of steps: the review).
fn form_at(k: &Kiosk, id: &str, draft: cc_core::form::Draft, step: usize) {
    k.open_form_with(id, draft);
    k.form_goto(step);
}

/// Puts the kiosk in the state of `screen`, in `lang`.
pub fn prepare(k: &Kiosk, screen: &str, lang: &str) -> Result<(), String> {
    // `page:<id>`: any information page, opened from its theme (or as general pages are).
    if let Some(id) = screen.strip_prefix("page:") {
        let content = k.content();
        let page = content.page(id).ok_or_else(|| format!("unknown page {id:?}"))?;
        k.set_today(sample_today());
        k.window.global::<Nav>().invoke_choose_language(lang.into());
        let info = k.window.global::<Info>();
        k.window.global::<Nav>().invoke_open_info();
        if let Some(theme) = &page.theme {
            info.invoke_open_theme(theme.into());
        }
        info.invoke_open_page(id.into());
        return Ok(());
    }
    if !SCREENS.contains(&screen) {
        return Err(format!("unknown screen {screen:?}; known: {}, or page:<page id>", SCREENS.join(", ")));
    }
    k.set_today(sample_today());
    if k.prepare_staff_screen(screen, lang) {
        return Ok(());
    }
    if screen == "start" {
        return Ok(());
    }
    k.window.global::<Nav>().invoke_choose_language(lang.into());
    if screen == "home" {
        return Ok(());
    }
    if screen == "home-forms-closed" || screen == "forms-closed" {
        // As the storage check leaves it when the queue cannot be written.
        k.window.global::<Session>().set_forms_closed(true);
        k.state.borrow_mut().unwritable_checks = 1;
        if screen == "forms-closed" {
            k.window.global::<Nav>().invoke_open_report();
        }
        return Ok(());
    }
    if prepare_explore(k, screen) {
        return Ok(());
    }
    let nav = k.window.global::<Nav>();
    let form = k.window.global::<Form>();
    match screen {
        "report-theme" => form_at(k, "report", draft(&[("theme", "energy")]), 0),
        "report-company" => form_at(k, "report", sample_report(), 1),
        "report-facts" => form_at(k, "report", sample_report(), 2),
        "report-about" => form_at(k, "report", sample_report(), 3),
        "report-review" => form_at(k, "report", sample_report(), 4),
        "report-errors" => {
            let mut d = sample_report();
            d.insert("company-name".into(), String::new());
            d.insert("enterprise-number".into(), "0123.456.748".into());
            d.insert("website".into(), "www example".into());
            form_at(k, "report", d, 1);
            form.invoke_next();
        }
        // The keyboard opens when the snapshot touches the field, at the final size.
        "keyboard-text" | "keyboard-accents" => {
            form_at(k, "report", sample_report(), 1);
            TOUCH.set(Some(("field-address", if screen == "keyboard-accents" { Some("é à ç") } else { None })));
        }
        "keyboard-email" => {
            form_at(k, "report", sample_report(), 3);
            TOUCH.set(Some(("field-email", None)));
        }
        "keyboard-numeric" => {
            form_at(k, "report", sample_report(), 3);
            TOUCH.set(Some(("field-phone", None)));
        }
        "save-failed" => {
            form_at(k, "report", sample_report(), 4);
            form.set_save_error("save-failed".into());
        }
        "question-subject" => form_at(k, "question", draft(&[("theme", "energy")]), 0),
        "question-text" => form_at(k, "question", sample_question(), 1),
        "question-reply" => form_at(k, "question", sample_question(), 2),
        "question-errors" => {
            form_at(k, "question", draft(&[("theme", "energy"), ("question", "?"), ("reply-by", "email")]), 2);
            form.invoke_next();
        }
        "question-review" => form_at(k, "question", sample_question(), 3),
        "mediation-company" => form_at(k, "mediation", sample_mediation(), 0),
        "mediation-complaint" => form_at(k, "mediation", sample_mediation(), 1),
        "mediation-request" => form_at(k, "mediation", sample_mediation(), 2),
        "mediation-contact" => form_at(k, "mediation", sample_mediation(), 3),
        "mediation-review" => form_at(k, "mediation", sample_mediation(), 4),
        "receipt" | "receipt-question" | "receipt-mediation" | "leave-receipt" => {
            let kind = screen.strip_prefix("receipt-").filter(|k| *k != "leave").unwrap_or("report");
            let service = if kind == "mediation" { "telecom-mediation" } else { "" };
            // A real reference and code, drawn from a fixed seed so that the picture is stable.
            let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(2026);
            let short_code = k.state.borrow().config.short_code.clone();
            let reference = cc_core::reference::generate_reference(&short_code, &mut rng);
            let code = cc_core::reference::generate_tracking_code(&mut rng);
            let url = k.state.borrow().config.follow_up_url_for(&reference);
            let shown = k.receipt_for(kind, service.into(), reference, code, url);
            k.state.borrow_mut().visit.receipt = Some(shown);
            k.show_receipt();
            nav.set_page(Page::Receipt);
            if screen == "leave-receipt" {
                nav.set_leave_asked(true);
            }
        }
        "leave" => {
            form_at(k, "report", sample_report(), 1);
            nav.set_leave_asked(true);
        }
        "keys-focus" => {
            // The report step 1 with the keyboard focus on a choice (Tab, as a keypad would).
            form_at(k, "report", sample_report(), 0);
            // Shown, and the step's change handlers run first (they give the focus to the page).
            k.window.show().map_err(|e| e.to_string())?;
            i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(20));
            let w = k.window.window();
            for _ in 0..3 {
                let tab: slint::SharedString = slint::platform::Key::Tab.into();
                w.dispatch_event(slint::platform::WindowEvent::KeyPressed { text: tab.clone() });
                w.dispatch_event(slint::platform::WindowEvent::KeyReleased { text: tab });
            }
        }
        "display" => {
            nav.invoke_open_info();
            k.window.global::<super::Access>().set_display_panel(true);
        }
        s if s.starts_with("follow-up") => {
            nav.invoke_open_follow_up();
            let f = k.window.global::<super::FollowUp>();
            let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(2026);
            let short_code = k.state.borrow().config.short_code.clone();
            // Typed as a visitor types (into the visit), so that Check and the screen agree.
            let reference = cc_core::reference::generate_reference(&short_code, &mut rng);
            f.invoke_set_value("follow-up-reference".into(), reference.into());
            f.invoke_set_value("follow-up-code".into(), cc_core::reference::generate_tracking_code(&mut rng).into());
            let answer = match s {
                "follow-up-invalid" => {
                    f.invoke_set_value("follow-up-reference".into(), "DM-3EB5T-QCNVA".into());
                    f.invoke_set_value("follow-up-code".into(), "63810".into());
                    f.invoke_check();
                    None
                }
                "follow-up-waiting" => Some(super::Answer::Waiting),
                "follow-up-found" => {
                    Some(super::Answer::Found { status: "forwarded".into(), updated_at: "2026-11-20T09:30:00Z".into() })
                }
                "follow-up-not-found" => Some(super::Answer::NotFound),
                "follow-up-offline" => Some(super::Answer::Offline),
                _ => None,
            };
            if answer.is_some() {
                k.show_answer(answer);
            }
        }
        "timeout" => {
            form_at(k, "report", sample_report(), 2);
            let s = k.window.global::<Session>();
            s.set_seconds_left(k.state.borrow().config.warning.as_secs() as i32);
            s.set_warning(true);
        }
        _ => {}
    }
    Ok(())
}

/// The screens of "find information", search, "find a solution" and mediation, reached the way
/// a visitor reaches them. False for the other screens.
fn prepare_explore(k: &Kiosk, screen: &str) -> bool {
    let nav = k.window.global::<Nav>();
    let info = k.window.global::<Info>();
    let quiz = k.window.global::<Quiz>();
    let answer = |ids: &[&str]| ids.iter().for_each(|id| quiz.invoke_answer((*id).into()));
    match screen {
        "info" => nav.invoke_open_info(),
        "theme" => {
            nav.invoke_open_info();
            info.invoke_open_theme("purchase".into());
        }
        "page" => {
            nav.invoke_open_info();
            info.invoke_open_theme("fraud".into());
            info.invoke_open_page("phishing".into());
        }
        "page-outcome" => {
            nav.invoke_open_solve();
            answer(&["purchase", "changed-mind", "online", "be", "ordinary"]);
        }
        "search" | "search-none" => {
            nav.invoke_open_search();
            info.set_query(if screen == "search" { "garantie" } else { "xylophone" }.into());
            k.run_search();
            k.refresh_keyboard();
        }
        "solve" => nav.invoke_open_solve(),
        "solve-step" => {
            nav.invoke_open_solve();
            answer(&["purchase"]);
        }
        "mediation" => nav.invoke_open_mediation(),
        "mediation-service" => {
            nav.invoke_open_info();
            info.invoke_open_theme("energy".into());
            info.invoke_open_page("energy-bill-dispute".into());
            info.invoke_mediate();
            answer(&["be", "no", "yes-less-than-year"]);
        }
        // A complaint more than a year old: the service, with its caution.
        "mediation-service-late" => {
            nav.invoke_open_mediation();
            answer(&["be", "no", "yes-more-than-year", "telecom"]);
        }
        // A company outside Europe.
        "mediation-advice" => {
            nav.invoke_open_mediation();
            answer(&["outside"]);
        }
        // No complaint to the company yet: complain first, then the service named.
        "mediation-complain-first" => {
            nav.invoke_open_mediation();
            answer(&["be", "no", "no", "energy"]);
        }
        "mediation-scam" => {
            nav.invoke_open_mediation();
            answer(&["unknown"]);
        }
        _ => return false,
    }
    true
}

/// Taps the on-screen key whose label is `label`, if shown.
fn press_label(k: &Kiosk, label: &str) {
    let rows = k.state.borrow().visit.keyboard.as_ref().map(|s| s.rows()).unwrap_or_default();
    for (r, row) in rows.iter().enumerate() {
        if let Some(c) = row.iter().position(|key| key.label == label) {
            k.press_key(r, c);
            return;
        }
    }
}

thread_local! {
    /// The field a keyboard screen touches once the window has its final size (its label key),
    /// and a key then pressed on the keyboard.
    static TOUCH: std::cell::Cell<Option<(&'static str, Option<&'static str>)>> = const { std::cell::Cell::new(None) };
}

/// A keyboard screen: touches its field as a visitor would, at the final size (scrolling the
/// step with "more below" until the field is in sight); the keyboard opens on it and the step
/// scrolls it above the keyboard.
fn touch_pending_field(k: &Kiosk) {
    let Some((label_key, then_press)) = TOUCH.take() else { return };
    let settle = || i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(20));
    let tr = |key: &str| {
        let lang = k.window.global::<super::Tr>().get_lang();
        k.state.borrow().translations.get(key, &lang)
    };
    let (label, more) = (tr(label_key), tr("scroll-more"));
    for _ in 0..8 {
        settle();
        let field = ElementHandle::find_by_accessible_label(&k.window, &label)
            .find(|e| e.accessible_role() == Some(i_slint_backend_testing::AccessibleRole::TextInput));
        // Not under the "more below" button either.
        let more_top = ElementHandle::find_by_accessible_label(&k.window, &more)
            .map(|b| b.absolute_position().y)
            .fold(f32::INFINITY, f32::min);
        if let Some(field) = field.filter(|f| f.absolute_position().y + f.size().height <= more_top) {
            field.mock_single_click(slint::platform::PointerEventButton::Left);
            settle();
            if let Some(key) = then_press {
                press_label(k, key);
                settle();
            }
            return;
        }
        for b in ElementHandle::find_by_accessible_label(&k.window, &more) {
            b.invoke_accessible_default_action();
        }
    }
}

/// Renders the window at `width`×`height` to PNG bytes.
pub fn render_png(k: &Kiosk, width: u32, height: u32) -> Result<Vec<u8>, String> {
    let (w, h, rgba) = snapshot(k, width, height)?;
    encode_png(w, h, &rgba)
}

/// The window at this size, as RGBA pixels (width, height, bytes).
pub fn snapshot(k: &Kiosk, width: u32, height: u32) -> Result<(u32, u32, Vec<u8>), String> {
    let window = k.window.window();
    window.set_size(slint::PhysicalSize::new(width, height));
    k.window.show().map_err(|e| e.to_string())?;
    touch_pending_field(k);
    let shot = window.take_snapshot().map_err(|e| e.to_string())?;
    Ok((shot.width(), shot.height(), shot.as_bytes().to_vec()))
}

/// RGBA pixels as a PNG file.
pub fn encode_png(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, width, height);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().map_err(|e| e.to_string())?;
        w.write_image_data(rgba).map_err(|e| e.to_string())?;
    }
    Ok(out)
}
