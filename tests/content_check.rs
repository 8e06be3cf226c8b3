//! The content check: the shipped content passes and covers what the kiosk promises; broken
//! content (a dead end, a cycle, a missing translation, an unknown service, an unused message…)
//! is reported with its file and place, by the library, by `cc-kiosk content check DIR`, and by
//! the kiosk itself, which refuses to start.

use std::path::{Path, PathBuf};
use std::process::Command;

use cc_kiosk::content::{Content, RouteEnd, Source};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The project's content folder, as files.
fn shipped() -> Source {
    Source::dir(&root()).expect("the project's content")
}

/// `source` with `from` replaced by `to` in `path` (which must contain it).
fn edit(mut source: Source, path: &str, from: &str, to: &str) -> Source {
    let text = source.text(path).expect("file").to_string();
    assert!(text.contains(from), "{path} does not contain {from:?}");
    source.set(path, text.replacen(from, to, 1));
    source
}

fn problems(source: &Source) -> Vec<String> {
    match Content::load(source) {
        Ok(c) => panic!("broken content accepted: {}", c.summary()),
        Err(p) => p,
    }
}

fn assert_reported(problems: &[String], expected: &str) {
    assert!(problems.iter().any(|p| p == expected), "{expected:?} not among:\n{}", problems.join("\n"));
}

#[test]
fn the_shipped_content_passes_and_covers_what_the_kiosk_promises() {
    let c = Content::shipped().unwrap_or_else(|p| panic!("{}", p.join("\n")));
    // The folder and the content built into the binary are the same.
    assert_eq!(Content::load(&shipped()).expect("folder").summary(), c.summary());
    assert_eq!(c.themes.len(), 10);
    assert!(c.pages.len() >= 56, "{} pages", c.pages.len());
    assert!(c.questionnaire.outcomes.len() >= 30);
    assert!(c.services.len() >= 12);
    assert_eq!(
        c.summary(),
        format!(
            "content ok: 10 themes, {} pages, {} questionnaire outcomes, {} mediation services, 4 locales",
            c.pages.len(),
            c.questionnaire.outcomes.len(),
            c.services.len()
        )
    );
    for t in &c.themes {
        assert!(!t.topics.is_empty(), "theme {} has sub-topics", t.id);
    }
    // The situations the questionnaire must cover, by the page its outcome opens.
    let pages: Vec<&str> = c.questionnaire.outcomes.values().map(|o| o.page.as_str()).collect();
    for page in [
        "withdrawal",
        "withdrawal-exceptions",
        "legal-guarantee",
        "unsolicited-goods",
        "misleading-reductions",
        "price-display",
        "telemarketing",
        "aggressive-practices",
        "phishing",
        "energy-bill-dispute",
        "energy-end-contract",
        "telecom-bill-dispute",
        "telecom-end-contract",
        "package-travel-cancelled",
        "event-cancelled",
        "eu-trader",
        "contact-center",
        // The situations the content review found missing.
        "reminder-fees",
        "subscription-renewal",
        "gift-vouchers",
        "dangerous-products",
        "private-seller",
        "digital-content",
        "flight-delay-cancellation",
        "basic-bank-account",
        "rail-complaint",
        "postal-complaint",
        "tricked-transfer",
        "car-private-seller",
    ] {
        assert!(pages.contains(&page), "no questionnaire outcome opens {page}");
    }
    // Every page, service and contact names where it was checked; none is older than a year.
    for s in c.sources() {
        assert!(!s.sources.is_empty() && !s.checked.is_empty(), "{} {}", s.kind, s.id);
    }
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    // "None of these", at the very first question, leads to the Contact Center.
    let tree = &c.questionnaire.tree;
    let first = &tree.questions[tree.question(&tree.start).unwrap()];
    assert!(
        first.answers.iter().any(|a| c.questionnaire.outcomes.get(&a.to).is_some_and(|o| o.page == "contact-center"))
    );
    // Every service is a routing outcome; the services of the issue are all there.
    for s in [
        "cms",
        "ombudsfin",
        "ombudsman-insurance",
        "energy-mediation",
        "telecom-mediation",
        "postal-mediation",
        "rail-mediation",
        "ombudsman-trade",
        "travel-disputes",
        "notary-ombudsman",
        "construction-conciliation",
        "automoto-conciliation",
        "ecc-belgium",
    ] {
        assert!(c.routing.outcomes.values().any(|e| e == &RouteEnd::Service(s.into())), "{s} unreachable");
    }
}

#[test]
fn a_dead_end_is_reported_with_file_and_place() {
    let s = edit(shipped(), "kiosk-config/content/questionnaire.toml", "to = \"contact-center\"", "to = \"nowhere\"");
    let p = problems(&s);
    assert_reported(
        &p,
        "kiosk-config/content/questionnaire.toml: question problem, answer none: dead end: leads to \"nowhere\", which is neither a question nor an outcome",
    );

    // A sub-topic without pages.
    let s = edit(shipped(), "kiosk-config/content/themes/cars.toml", "pages = [\"car-repair\"]", "pages = []");
    let p = problems(&s);
    assert_reported(&p, "kiosk-config/content/themes/cars.toml: topic cars-repair: dead end: the topic has no page");
    assert_reported(&p, "kiosk-config/content/themes/cars.toml: page car-repair: unreachable: in no topic");
}

#[test]
fn a_cycle_is_reported() {
    // The routing's "court" question leads back to the first question.
    let s = edit(
        shipped(),
        "kiosk-config/content/routing.toml",
        "{ id = \"no\", to = \"complained\" }",
        "{ id = \"no\", to = \"location\" }",
    );
    let p = problems(&s);
    assert_reported(
        &p,
        "kiosk-config/content/routing.toml: question court, answer no: cycle: leads back to a question already on the way",
    );
}

#[test]
fn a_missing_translation_and_an_unused_message_are_reported() {
    let path = "i18n/de-BE/theme-purchase.ftl";
    let text = shipped().text(path).unwrap().to_string();
    let start = text.find("page-withdrawal-title =").unwrap();
    let end = start + text[start..].find('\n').unwrap() + 1;
    let mut s = shipped();
    s.set(path, format!("{}{}", &text[..start], &text[end..]));
    let p = problems(&s);
    assert_reported(
        &p,
        "i18n/de-BE/theme-purchase.ftl: page-withdrawal-title: missing (needed by kiosk-config/content/themes/purchase.toml, page withdrawal)",
    );
    assert_eq!(p.len(), 1, "{p:?}");

    let mut s = shipped();
    let en = s.text("i18n/en/contacts.ftl").unwrap().to_string();
    s.set("i18n/en/contacts.ftl", format!("{en}\ncontact-ghost-name = Ghostbusters\n"));
    let p = problems(&s);
    assert_reported(&p, "i18n/en/contacts.ftl: contact-ghost-name: not used by any content");
    for other in ["fr-BE", "nl-BE", "de-BE"] {
        assert_reported(&p, &format!("i18n/{other}/contacts.ftl: contact-ghost-name: missing (present in en)"));
    }
}

#[test]
fn an_unknown_service_contact_or_sector_is_reported() {
    let s = edit(shipped(), "kiosk-config/content/routing.toml", "service = \"cms\"", "service = \"ghost\"");
    let p = problems(&s);
    assert_reported(&p, "kiosk-config/content/routing.toml: outcome svc-cms: unknown service \"ghost\"");
    assert_reported(&p, "kiosk-config/content/services.toml: service cms: unreachable: no routing outcome leads to it");

    let s = edit(shipped(), "kiosk-config/content/themes/fraud.toml", "\"card-stop\"", "\"batman\"");
    assert_reported(&problems(&s), "kiosk-config/content/themes/fraud.toml: page phishing: unknown contact \"batman\"");

    let s = edit(shipped(), "kiosk-config/content/themes/energy.toml", "mediation = \"energy\"", "mediation = \"gas\"");
    let p = problems(&s);
    assert!(
        p.iter().any(|x| x.starts_with("kiosk-config/content/themes/energy.toml: page ")
            && x.ends_with("mediation: \"gas\" is not a sector of kiosk-config/content/routing.toml")),
        "{p:?}"
    );
}

#[test]
fn syntax_errors_and_missing_files_name_the_file_and_line() {
    let s = edit(shipped(), "kiosk-config/content/services.toml", "[[service]]", "[[service]");
    let p = problems(&s);
    assert!(p.iter().any(|x| x.starts_with("kiosk-config/content/services.toml: line ")), "{p:?}");

    let mut s = shipped();
    s.remove("kiosk-config/content/themes/telecom.toml");
    assert_reported(
        &problems(&s),
        "kiosk-config/content/themes/telecom.toml: missing (theme \"telecom\" of kiosk-config/content/report.toml)",
    );

    let s = edit(shipped(), "i18n/nl-BE/explore.ftl", "search-title = ", "search-title = {");
    assert!(problems(&s).iter().any(|x| x.starts_with("i18n/nl-BE/explore.ftl: line ")));
}

/// A copy of the project's content in a temporary folder.
fn copy_content(to: &Path) {
    for dir in ["kiosk-config/content", "i18n", "assets/icons/themes"] {
        copy_dir(&root().join(dir), &to.join(dir));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

fn kiosk(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cc-kiosk")).args(args).output().expect("run cc-kiosk")
}

#[test]
fn the_check_command_prints_one_line_or_every_problem() {
    let ok = kiosk(&["content", "check"]);
    assert!(ok.status.success());
    let line = String::from_utf8_lossy(&ok.stdout);
    assert_eq!(line, format!("{}\n", Content::shipped().unwrap().summary()));

    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let ok = kiosk(&["content", "check", dir.path().to_str().unwrap()]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stdout));

    // Break it twice: a dead end and an unknown service.
    let q = dir.path().join("kiosk-config/content/questionnaire.toml");
    let text = std::fs::read_to_string(&q).unwrap().replacen("to = \"contact-center\"", "to = \"nowhere\"", 1);
    std::fs::write(&q, text).unwrap();
    let r = dir.path().join("kiosk-config/content/routing.toml");
    let text = std::fs::read_to_string(&r).unwrap().replacen("service = \"cms\"", "service = \"ghost\"", 1);
    std::fs::write(&r, text).unwrap();
    let bad = kiosk(&["content", "check", dir.path().to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    let out = String::from_utf8_lossy(&bad.stdout);
    assert!(out.contains("kiosk-config/content/questionnaire.toml: question problem, answer none: dead end"), "{out}");
    assert!(out.contains("kiosk-config/content/routing.toml: outcome svc-cms: unknown service \"ghost\""), "{out}");
    assert!(!out.contains("content ok"));

    // The kiosk itself refuses to start on that content, with the same message.
    std::fs::write(
        dir.path().join("kiosk.toml"),
        format!(
            "[kiosk]\nid = \"TEST-01\"\nshort_code = \"TST\"\ndata_dir = \"data\"\ncontent_dir = \"{}\"\n\
             [central]\nbase_url = \"http://127.0.0.1:9/\"\ntoken_file = \"token\"\nallow_insecure_http = true\n",
            dir.path().display()
        ),
    )
    .unwrap();
    let refused = kiosk(&["--config", dir.path().join("kiosk.toml").to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("the content has 4 problem(s); run `cc-kiosk content check`"), "{err}");
    assert!(err.contains("kiosk-config/content/routing.toml: outcome svc-cms: unknown service \"ghost\""), "{err}");
}

#[test]
fn a_page_service_or_contact_without_a_source_fails_and_an_old_check_warns() {
    // No source.
    let s = edit(
        shipped(),
        "kiosk-config/content/services.toml",
        "sources = [\"https://ombudsfin.be/en/procedure\", \"https://www.ombudsfin.be/fr/faq\", \"https://www.ombudsfin.be/nl/ondernemingen/klacht-indienen/\"]\n",
        "",
    );
    let p = problems(&s);
    assert_reported(
        &p,
        "kiosk-config/content/services.toml: service ombudsfin: no source: name the official page its facts were checked against (sources = [\"https://…\"])",
    );
    // A date that is not one, and one in the future.
    let s =
        edit(shipped(), "kiosk-config/content/contacts.toml", "checked = \"2026-11-29\"", "checked = \"29/11/2026\"");
    assert_reported(
        &problems(&s),
        "kiosk-config/content/contacts.toml: contact contact-center: checked = \"29/11/2026\" is not a date (YYYY-MM-DD)",
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let s =
        edit(shipped(), "kiosk-config/content/contacts.toml", "checked = \"2026-11-29\"", "checked = \"2027-01-01\"");
    let p = Content::load_on(&s, today).expect_err("future");
    assert_reported(
        &p,
        "kiosk-config/content/contacts.toml: contact contact-center: checked = \"2027-01-01\" is in the future",
    );

    // More than 12 months: a warning, not a failure.
    let c =
        Content::load_on(&shipped(), chrono::NaiveDate::from_ymd_opt(2027, 11, 30).unwrap()).expect("old, still loads");
    assert!(c.warnings.len() > 50, "{} warnings", c.warnings.len());
    assert!(
        c.warnings.iter().any(|w| w
            == "kiosk-config/content/themes/purchase.toml: page gift-vouchers: checked 2026-11-29, more than 12 months ago: check it again against https://www.vlaanderen.be/consumentenzaken/cadeaubon"),
        "{:?}",
        &c.warnings[..3]
    );
    assert!(
        Content::load_on(&shipped(), chrono::NaiveDate::from_ymd_opt(2027, 11, 29).unwrap())
            .unwrap()
            .warnings
            .is_empty()
    );
}

#[test]
fn values_per_language_are_checked() {
    // A locale that does not exist, and no official language to fall back to.
    let s = edit(
        shipped(),
        "kiosk-config/content/services.toml",
        "website = { fr-BE = \"https://www.ombudsnotaire.be\", nl-BE = \"https://www.ombudsnotaris.be\" }",
        "website = { es = \"https://www.ombudsnotaire.be\", en = \"http://x.be\" }",
    );
    let p = problems(&s);
    assert_reported(
        &p,
        "kiosk-config/content/services.toml: service notary-ombudsman: website: \"es\" is not a locale (fr-BE, nl-BE, de-BE, en)",
    );
    assert_reported(
        &p,
        "kiosk-config/content/services.toml: service notary-ombudsman: website: needs a value in fr-BE or nl-BE (the fallback of the other languages)",
    );
    assert_reported(
        &p,
        "kiosk-config/content/services.toml: service notary-ombudsman: website \"http://x.be\" must start with https://",
    );
    // A service rule that is not one.
    let s = edit(
        shipped(),
        "kiosk-config/content/services.toml",
        "prior_complaint = \"advised\"",
        "prior_complaint = \"maybe\"",
    );
    assert_reported(
        &problems(&s),
        "kiosk-config/content/services.toml: service ombudsman-insurance: prior_complaint = \"maybe\" is not one of [\"required\", \"advised\", \"not-required\"]",
    );
    // The routing records only the complaint.
    let s = edit(
        shipped(),
        "kiosk-config/content/routing.toml",
        "sets = { complaint = \"late\" }",
        "sets = { complaint = \"later\" }",
    );
    assert_reported(
        &problems(&s),
        "kiosk-config/content/routing.toml: question complained, answer yes-more-than-year: complaint = \"later\" is not one of [\"recent\", \"late\", \"none\"]",
    );
}

#[test]
fn the_sources_command_lists_every_fact_oldest_first() {
    let out = kiosk(&["content", "sources"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let c = Content::shipped().unwrap();
    assert_eq!(
        lines.len(),
        c.pages.len() + c.services.len() + c.contacts.len() + c.advice.iter().filter(|a| !a.sources.is_empty()).count()
    );
    assert!(
        lines.iter().any(|l| l.starts_with("2026-11-29  service cms  https://consumentenombudsdienst.be/")),
        "{text}"
    );
    let dates: Vec<&str> = lines.iter().map(|l| &l[..10]).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "oldest first");
}

#[test]
fn a_broken_form_is_reported_with_file_and_place() {
    const Q: &str = "kiosk-config/content/forms/question.toml";
    const M: &str = "kiosk-config/content/forms/mediation.toml";
    for (path, from, to, expected) in [
        // An unknown type.
        (Q, "type = \"long-text\"", "type = \"essay\"", format!("{Q}: field question: type \"essay\" is not one of [")),
        // A payload path the contract's `question` does not have.
        (
            Q,
            "path = \"contact.name\"",
            "path = \"contact.nickname\"",
            format!("{Q}: field name: path \"contact.nickname\" is not a place of the contract's question payload"),
        ),
        (
            Q,
            "path = \"contact.name\"",
            "path = \"contact.nickname\"",
            format!("{Q}: the contract's question payload has \"contact.name\": no field writes it"),
        ),
        // A step without fields.
        (Q, "fields = [\"question\"]", "fields = []", format!("{Q}: step question: a step without fields")),
        // A message no locale has.
        (
            Q,
            "confirm = \"question-confirm\"",
            "confirm = \"question-send-it\"",
            format!("i18n/de-BE/forms.ftl: question-send-it: missing (needed by {Q}, confirm)"),
        ),
        // A condition on a field the form does not have.
        (
            Q,
            "shown = \"reply-by = email\"",
            "shown = \"reply = email\"",
            format!("{Q}: field email: condition on \"reply\", which is not a field of the form"),
        ),
        // A notice with two ages, and one whose condition names no field.
        (
            M,
            "older_than_days = 365\n",
            "older_than_days = 365\nwithin_days = 30\n",
            format!("{M}: notice mediation-complaint-old: older_than_days and within_days together: give one"),
        ),
        (
            M,
            "when = \"said-complaint = late\"",
            "when = \"said = late\"",
            format!(
                "{M}: notice mediation-complaint-date-differs: condition on \"said\", which is not a field of the form"
            ),
        ),
    ] {
        let p = problems(&edit(shipped(), path, from, to));
        assert!(
            p.iter().any(|line| line.starts_with(&expected)),
            "{expected:?} not reported after {to:?}:\n{}",
            p.join("\n")
        );
    }
}
