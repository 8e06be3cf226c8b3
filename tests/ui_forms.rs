//! The question and the mediation request, tapped through the UI in each language to their
//! envelope (checked field by field against the contract, and by the reference central
//! service's own reading of it) and their receipt; conditions, limits, errors next to their
//! fields, a language switch that keeps everything, prefills from where the visitor came; and
//! a form that exists only as data in a test content folder.

mod common;

use chrono::Datelike;
use common::Harness;
use serde_json::{Value, json};
use slint::ComponentHandle;

use cc_kiosk::content::{Content, Source};
use cc_kiosk::ui::{Form, Nav, Page, Quiz, ReceiptInfo, Route};

const LANGS: [&str; 4] = ["fr-BE", "nl-BE", "de-BE", "en"];

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

fn form_id(h: &Harness) -> String {
    h.kiosk.window.global::<Form>().get_id().to_string()
}

/// The label of a day of the month shown by the date picker.
fn day(h: &Harness, date: chrono::NaiveDate) -> String {
    format!("{} {} {}", date.day(), h.t(&format!("month-{}", date.month())), date.year())
}

fn today() -> chrono::NaiveDate {
    cc_core::clock::brussels_today(chrono::Utc::now())
}

/// The one envelope of `kind` in the queue.
fn queued_one(h: &Harness, kind: &str) -> Value {
    let mut found: Vec<Value> = h.queued().into_iter().filter(|e| e["kind"] == kind).collect();
    assert_eq!(found.len(), 1, "one {kind} queued");
    found.remove(0)
}

/// What every envelope has, whatever its kind; and the central service accepts it.
fn check_envelope(env: &Value, kind: &str, lang: &str) {
    assert_eq!(env["kind"], kind);
    assert_eq!(env["schema_version"], 1);
    assert_eq!(env["kiosk_id"], "TEST-01");
    assert_eq!(env["locale"], lang);
    assert_eq!(env["assisted_by"], Value::Null);
    assert_eq!(env["id"].as_str().map(str::len), Some(36));
    let created = env["created_at"].as_str().expect("created_at");
    assert!(created.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(created).is_ok(), "{created}");
    let reference = env["receipt"]["reference"].as_str().expect("reference");
    assert!(cc_core::reference::is_valid_reference(reference) && reference.starts_with("TST-"), "{reference}");
    assert_eq!(env["receipt"]["tracking_code"].as_str().map(str::len), Some(6));
    if let Err(refusal) = reference_central::contract::check_submission(env) {
        panic!("the central service refuses the kiosk's {kind}: {refusal:?}");
    }
}

/// The receipt on screen shows the envelope's reference and code.
fn check_receipt(h: &Harness, env: &Value, texts: &str) {
    assert_eq!(page(h), Page::Receipt);
    assert_eq!(h.kiosk.window.global::<ReceiptInfo>().get_texts(), texts);
    assert!(h.shows(&format!("{texts}-thanks")));
    let reference = env["receipt"]["reference"].as_str().unwrap();
    let code = env["receipt"]["tracking_code"].as_str().unwrap();
    assert!(h.visible(&format!("{}: {reference}", h.t("receipt-reference"))));
    assert!(h.visible(&format!("{}: {code}", h.t("receipt-code"))));
}

fn question_flow(lang: &str) {
    let mut h = Harness::new();
    h.choose_language(lang);
    h.tap_key("home-ask");
    assert_eq!(page(&h), Page::Form);
    assert_eq!(form_id(&h), "question");

    // 1. The subject must be chosen.
    h.tap_key("report-next");
    assert_eq!(h.step(), 0);
    assert!(h.shows("err-choice-required"));
    h.tap_key("theme-energy");
    h.tap_key("report-next");
    assert_eq!(h.step(), 1);

    // 2. The question: its counter, its limit (said next to it, in the visitor's language).
    h.type_into("field-question", &"é".repeat(5001));
    assert!(h.visible(&h.tr.get("field-counter?value=5001&max=5000", lang)));
    h.tap_key("report-next");
    assert_eq!(h.step(), 1);
    assert_eq!(h.problem_of("field-question"), h.tr.get("err-too-long?max=5000", lang));
    let question = format!("Mon fournisseur a doublé mon acompte — {lang}. Est-ce permis ?\nÜnïcödé ß œ");
    h.type_into("field-question", &question);
    assert!(h.visible(&h.tr.get(&format!("field-counter?value={}&max=5000", question.chars().count()), lang)));
    h.tap_key("report-next");
    assert_eq!(h.step(), 2);

    // 3. How to be answered: nothing asked of the contact before the way is chosen.
    assert!(!h.visible(&h.t("field-email")) && !h.visible(&h.t("field-postal-address")));
    h.tap_key("report-next");
    assert_eq!(h.step(), 2);
    assert!(h.shows("err-choice-required"));
    assert_eq!(h.problem_of("field-name"), h.t("err-required"));
    assert!(h.shows("err-consent-required"));
    // By post: the address is required, and must be one a letter reaches.
    h.tap_key("reply-by-post");
    h.type_into("field-name", "Jan Peeters");
    h.tap(&format!("{} *", h.t("consent-process")));
    h.tap_key("report-next");
    assert_eq!(h.problem_of("field-postal-address"), h.t("err-required"));
    h.type_into("field-postal-address", "Kerkstraat 12");
    h.tap_key("report-next");
    assert_eq!(h.problem_of("field-postal-address"), h.t("err-postal-address"));
    h.type_into("field-postal-address", "Kerkstraat 12\n9000 Gent");
    h.tap_key("report-next");
    assert_eq!(h.step(), 3, "the review");

    // 4. The review shows every answer; Edit changes the way to be answered: by e-mail.
    assert!(h.visible(&question));
    assert!(h.shows("reply-by-post") && h.shows("theme-energy"));
    h.tap(&format!("{}: {}", h.t("review-edit"), h.t("review-reply-by")));
    assert_eq!(h.step(), 2);
    h.tap_key("reply-by-email");
    h.type_into("field-email", "jan.peeters(at)example.be");
    h.tap_key("report-back-to-review");
    assert_eq!(h.step(), 2);
    assert_eq!(h.problem_of("field-email"), h.t("err-email"));
    h.type_into("field-email", "jan.peeters@example.be");
    h.tap_key("report-back-to-review");
    assert_eq!(h.step(), 3);

    // 5. Confirm: queued before the receipt shows.
    h.tap_key("question-confirm");
    let env = queued_one(&h, "question");
    check_envelope(&env, "question", lang);
    // The address typed for "by post" is not sent once the answer goes by e-mail.
    assert_eq!(
        env["payload"],
        json!({
            "theme": "energy",
            "question": question,
            "reply_by": "email",
            "contact": { "name": "Jan Peeters", "email": "jan.peeters@example.be", "phone": null, "postal_address": null },
            "consent": { "process_my_data": true },
        })
    );
    check_receipt(&h, &env, "receipt-question");
    assert!(h.shows("receipt-question-next-text"));
    assert!(h.visible(&h.t1("receipt-question-times", "0800 120 33")));
}

#[test]
fn question_fr() {
    question_flow("fr-BE");
}
#[test]
fn question_nl() {
    question_flow("nl-BE");
}
#[test]
fn question_de() {
    question_flow("de-BE");
}
#[test]
fn question_en() {
    question_flow("en");
}

/// Taps, for each question of the quiz on screen, the answer `answers[i]`.
fn tap_answers(h: &Harness, answers: &[&str]) {
    for a in answers {
        assert_eq!(page(h), Page::Quiz, "a question on screen before answer {a}");
        let question = h.kiosk.window.global::<Quiz>().get_question().to_string();
        h.tap_key(&format!("{question}--{a}"));
    }
}

/// From the home menu, an anonymous report about `company` (telecom), confirmed; back home.
fn report(h: &Harness, company: &str, description: &str) {
    h.tap_key("home-report");
    h.tap_key("theme-telecom");
    h.tap_key("report-next");
    h.type_into("field-company-name", company);
    h.tap_key("report-next");
    h.tap(&day(h, today().with_day(1).unwrap()));
    h.tap_key("channel-phone");
    h.type_into("field-description", description);
    h.tap_key("report-next");
    h.tap_key("identity-anonymous");
    h.tap(&format!("{} *", h.t("consent-share")));
    h.tap_key("report-next");
    h.tap_key("report-confirm");
    assert_eq!(page(h), Page::Receipt);
    h.tap_key("receipt-home");
    assert_eq!(page(h), Page::Home);
}

fn mediation_flow(lang: &str, switch_to: &str) {
    let mut h = Harness::new();
    h.choose_language(lang);
    // A report first: its company and facts prefill the request.
    let description = format!("Ma facture compte 42 SMS que je n'ai jamais envoyés ({lang}).");
    report(&h, "TeleFoo SA", &description);

    // The routing: in Belgium, no court case, a complaint less than a year ago, telecom.
    h.tap_key("home-mediation");
    tap_answers(&h, &["be", "no", "yes-less-than-year", "telecom"]);
    assert_eq!(page(&h), Page::RouteResult);
    assert_eq!(h.kiosk.window.global::<Route>().get_service(), "telecom-mediation");
    h.tap_key("mediate-file");
    assert_eq!(page(&h), Page::Form);
    assert_eq!(form_id(&h), "mediation");

    // 1. The company, from the report.
    assert_eq!(h.value_of("field-company-name"), "TeleFoo SA");
    h.type_into("field-company-address", "Avenue Louise 1, 1050 Bruxelles");
    h.tap_key("report-next");
    assert_eq!(h.step(), 1);

    // 2. The complaint to the company: a date and the company's answer are needed.
    h.tap_key("report-next");
    assert_eq!(h.step(), 1);
    assert!(h.shows("err-date-required") && h.shows("err-choice-required"));
    // More than a year ago: said plainly, with what it means; it does not block.
    h.tap_key("date-prev-year");
    let old = today().with_day(1).unwrap().with_year(today().year() - 1).unwrap();
    h.tap(&day(&h, old));
    assert!(h.shows("mediation-complaint-old"));
    h.tap_key("date-next-year");
    let date = today().with_day(1).unwrap();
    h.tap(&day(&h, date));
    assert!(!h.shows("mediation-complaint-old"));
    h.tap_key("company-answer-refused");
    h.tap_key("report-next");
    assert_eq!(h.step(), 2);

    // 3. The request: what happened comes from the report; what the visitor wants is asked.
    assert_eq!(h.value_of("field-description"), description);
    h.tap_key("report-next");
    assert_eq!(h.problem_of("field-desired-outcome"), h.t("err-required"));
    let outcome = "Que les 42 SMS soient retirés de ma facture.";
    h.type_into("field-desired-outcome", outcome);
    assert!(h.visible(&h.tr.get(&format!("field-counter?value={}&max=2000", outcome.chars().count()), lang)));
    h.tap_key("report-next");
    assert_eq!(h.step(), 3);

    // 4. How to be reached: a name and at least one way, and the consent.
    h.tap_key("report-next");
    assert_eq!(h.step(), 3);
    assert_eq!(h.problem_of("field-name"), h.t("err-required"));
    assert_eq!(h.problem_of("field-email"), h.t("err-contact-one-of"));
    assert!(h.shows("err-consent-required"));
    h.type_into("field-name", "Jonas Schmitz");
    h.type_into("field-phone", "0470 12 34 56");
    // A language switch keeps every value, and says the errors in the new language.
    h.choose_language(switch_to);
    assert_eq!(page(&h), Page::Form);
    assert_eq!(h.step(), 3);
    assert_eq!(h.value_of("field-name"), "Jonas Schmitz");
    assert_eq!(h.value_of("field-phone"), "0470 12 34 56");
    assert_eq!(h.problem_of("field-email"), h.t("err-contact-one-of"));
    h.choose_language(lang);
    h.tap(&format!("{} *", h.t("consent-forward")));
    h.tap_key("report-next");
    assert_eq!(h.step(), 4, "the review");
    assert!(h.visible("TeleFoo SA") && h.visible(outcome));
    assert!(h.visible(&h.t("service-telecom-mediation-name")), "the review names the service");
    let written = date.format(if lang == "de-BE" { "%d.%m.%Y" } else { "%d/%m/%Y" }).to_string();
    assert!(h.visible(&written), "the date as {lang} writes it");

    // 5. Confirm.
    h.tap_key("mediation-confirm");
    let env = queued_one(&h, "mediation");
    check_envelope(&env, "mediation", lang);
    assert_eq!(
        env["payload"],
        json!({
            "sector": "telecom",
            "service": "telecom-mediation",
            "company": { "name": "TeleFoo SA", "website": null, "enterprise_number": null, "address": "Avenue Louise 1, 1050 Bruxelles" },
            "complained_to_company_on": date.format("%Y-%m-%d").to_string(),
            "company_answer": "refused",
            "description": description,
            "desired_outcome": outcome,
            "contact": { "name": "Jonas Schmitz", "email": null, "phone": "+32470123456", "postal_address": null },
            "consent": { "forward_to_mediator": true },
        })
    );
    // The receipt names the service, what it does, when, and what to keep.
    check_receipt(&h, &env, "receipt-mediation");
    assert!(h.visible(&h.t1("receipt-mediation-next-text", &h.t("service-telecom-mediation-name"))));
    assert!(h.shows("receipt-mediation-times"));
}

#[test]
fn mediation_fr() {
    mediation_flow("fr-BE", "de-BE");
}
#[test]
fn mediation_nl() {
    mediation_flow("nl-BE", "fr-BE");
}
#[test]
fn mediation_de() {
    mediation_flow("de-BE", "en");
}
#[test]
fn mediation_en() {
    mediation_flow("en", "nl-BE");
}

#[test]
fn mediation_is_filed_only_with_a_service_and_its_date_is_checked_against_the_routing() {
    let mut h = Harness::new();
    h.choose_language("en");
    // No complaint to the company yet: the advice to complain first, nothing to file.
    h.tap_key("home-mediation");
    tap_answers(&h, &["be", "no", "no", "telecom"]);
    assert_eq!(page(&h), Page::RouteResult);
    assert_eq!(h.kiosk.window.global::<Route>().get_advice(), "complain-first");
    assert!(!h.shows("mediate-file"), "no request from an advice");
    h.leave();

    // "More than a year ago" told to the routing: a recent date is questioned, an old one is not.
    h.choose_language("de-BE");
    h.tap_key("home-mediation");
    tap_answers(&h, &["be", "no", "yes-more-than-year", "telecom"]);
    assert_eq!(h.kiosk.window.global::<Route>().get_service(), "telecom-mediation");
    h.tap_key("mediate-file");
    let draft = h.kiosk.form_draft().expect("the request is open");
    assert_eq!(draft.get("said-complaint").map(String::as_str), Some("late"));
    assert_eq!(draft.get("company-name"), None, "nothing from an earlier visitor");
    h.type_into("field-company-name", "TeleFoo SA");
    h.tap_key("report-next");
    h.tap(&day(&h, today().with_day(1).unwrap()));
    assert!(h.shows("mediation-complaint-date-differs"));
    assert!(!h.shows("mediation-complaint-old"));
    h.tap_key("date-prev-year");
    h.tap(&day(&h, today().with_day(1).unwrap().with_year(today().year() - 1).unwrap()));
    assert!(!h.shows("mediation-complaint-date-differs"));
    assert!(h.shows("mediation-complaint-old"));
}

#[test]
fn the_question_takes_its_subject_from_where_the_visitor_came() {
    let mut h = Harness::new();
    h.choose_language("nl-BE");
    // From a page of a theme.
    h.tap_key("home-info");
    h.tap_key("theme-energy");
    h.tap_key("page-energy-sales-practices-title");
    h.tap_key("info-ask");
    assert_eq!(form_id(&h), "question");
    assert_eq!(h.kiosk.form_draft().unwrap().get("theme").map(String::as_str), Some("energy"));
    h.tap_key("report-next");
    assert_eq!(h.step(), 1, "the subject is already chosen");
    h.leave();

    // From the advice of the routing (its sector).
    h.choose_language("fr-BE");
    h.tap_key("home-mediation");
    tap_answers(&h, &["be", "no", "no", "telecom"]);
    h.tap_key("info-ask");
    assert_eq!(form_id(&h), "question");
    assert_eq!(h.kiosk.form_draft().unwrap().get("theme").map(String::as_str), Some("telecom"));
}

// ----- a form that exists only as data -----

/// A "call me back" form, in a test content folder: two steps, kind `question`.
const CALLBACK: &str = r#"
id = "callback"
kind = "question"
title = "callback-title"
texts = "callback"
confirm = "callback-confirm"

[[step]]
id = "topic"
fields = ["theme", "question"]

[[step]]
id = "call"
fields = ["reply-by", "name", "phone", "consent-process"]

[[field]]
id = "theme"
type = "choice"
label = ""
options = ["energy", "telecom"]
options_label = "theme"
required = true
path = "theme"

[[field]]
id = "question"
type = "long-text"
max = 300
required = true
path = "question"

[[field]]
id = "reply-by"
type = "choice"
options = ["phone"]
options_label = "reply-by"
required = true
path = "reply_by"

[[field]]
id = "name"
type = "text"
max = 100
required = true
path = "contact.name"

[[field]]
id = "phone"
type = "phone"
required = true
path = "contact.phone"

# Not asked: every place of the payload is accounted for, these are sent as null.
[[field]]
id = "email"
type = "hidden"
path = "contact.email"

[[field]]
id = "postal-address"
type = "hidden"
path = "contact.postal_address"

[[field]]
id = "consent-process"
type = "consent"
label = "consent-process"
required = true
review = false
path = "consent.consent-missing-here"
"#;

const CALLBACK_MESSAGES: &str = "
callback-title = Call me back
callback-topic-title = What is it about?
callback-call-title = When can we call you?
step-topic = Topic
step-call = Call
callback-review-title = Check
callback-review-hint = Nothing is sent before you confirm.
callback-confirm = Call me back
review-theme = Subject
review-name = Name
review-phone = Phone
";

fn with_callback(form: &str) -> Source {
    let mut source = Source::dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).expect("content");
    source.set("kiosk-config/content/forms/callback.toml", form);
    for l in LANGS {
        let path = format!("i18n/{l}/callback.ftl");
        // Messages the shipped files already have are not repeated.
        let tr = source.translations().expect("translations");
        let own: String = CALLBACK_MESSAGES
            .lines()
            .filter(|line| line.split_once(" = ").is_some_and(|(k, _)| !tr.has(k.trim(), l)))
            .map(|line| format!("{line}\n"))
            .collect();
        source.set(&path, own);
    }
    source
}

#[test]
fn a_form_defined_as_data_is_filled_through_the_ui() {
    // A payload place the contract does not have is refused, naming the file and the field.
    let broken = with_callback(CALLBACK);
    let Err(problems) = Content::load(&broken) else { panic!("a payload place the contract lacks is accepted") };
    assert!(
        problems.iter().any(|p| p.starts_with("kiosk-config/content/forms/callback.toml: field consent-process: path")),
        "{problems:#?}"
    );

    let source = with_callback(&CALLBACK.replace("consent.consent-missing-here", "consent.process_my_data"));
    let mut h = Harness::with_source(&source);
    h.choose_language("en");
    h.kiosk.open_form_with("callback", Default::default());
    assert_eq!(page(&h), Page::Form);
    assert!(h.visible("What is it about?"));
    h.tap_key("report-next");
    assert!(h.shows("err-choice-required"));
    assert_eq!(h.problem_of("field-question"), h.t("err-required"));
    h.tap_key("theme-telecom");
    h.type_into("field-question", &"x".repeat(301));
    assert!(h.visible(&h.tr.get("field-counter?value=301&max=300", "en")));
    h.tap_key("report-next");
    assert_eq!(h.problem_of("field-question"), h.tr.get("err-too-long?max=300", "en"));
    h.type_into("field-question", "My meter reading seems wrong.");
    h.tap_key("report-next");
    assert_eq!(h.step(), 1);
    h.tap_key("reply-by-phone");
    h.type_into("field-name", "An Peeters");
    h.type_into("field-phone", "+44 20 7946 0958");
    h.tap(&format!("{} *", h.t("consent-process")));
    h.tap_key("report-next");
    assert_eq!(h.step(), 2, "the review");
    assert!(h.visible("My meter reading seems wrong."));
    h.tap_key("callback-confirm");
    let env = queued_one(&h, "question");
    check_envelope(&env, "question", "en");
    assert_eq!(
        env["payload"],
        json!({
            "theme": "telecom",
            "question": "My meter reading seems wrong.",
            "reply_by": "phone",
            "contact": { "name": "An Peeters", "email": null, "phone": "+442079460958", "postal_address": null },
            "consent": { "process_my_data": true },
        })
    );
    check_receipt(&h, &env, "receipt-question");
}

#[test]
fn the_keyboard_follows_the_field_touched_and_an_empty_spot_closes_it() {
    use cc_kiosk::ui::Kbd;
    let mut h = Harness::new();
    h.choose_language("de-BE");
    h.tap_key("home-ask");
    h.tap_key("theme-telecom");
    h.tap_key("report-next");
    h.type_into("field-question", "Darf mein Anbieter den Preis erhöhen?");
    h.tap_key("report-next");
    h.tap_key("reply-by-email");
    let kbd = h.kiosk.window.global::<Kbd>();
    h.touch_field("field-name");
    assert!(kbd.get_shown());
    assert_eq!(kbd.get_field(), "name");
    // One touch on another field moves the keyboard there.
    h.touch_field("field-email");
    assert!(kbd.get_shown());
    assert_eq!(kbd.get_field(), "email");
    // A touch on a text (nothing to tap there: the form's title at the top) closes it.
    let title = h.t(&h.kiosk.window.global::<Form>().get_title_key());
    h.find(&title)[0].mock_single_click(slint::platform::PointerEventButton::Left);
    h.settle();
    assert!(!kbd.get_shown());
}

/// In every form, with the on-screen keyboard open on one field, one touch on the next field
/// moves the keyboard and the typing there (the keyboard never hides the field touched: the
/// step scrolls it above the keyboard).
#[test]
fn one_touch_moves_from_field_to_field_on_every_form() {
    let content = Content::shipped().unwrap();
    let mut h = Harness::new();
    for (i, kind) in ["report", "question", "mediation"].into_iter().enumerate() {
        h.kiosk.window.window().set_size(slint::PhysicalSize::new(if i == 1 { 1920 } else { 1280 }, 1024));
        h.choose_language(["de-BE", "fr-BE", "nl-BE"][i]);
        h.open_form(kind);
        h.fill_every_field_touching(&content, "Kanarie");
        h.leave();
        h.lang.clear();
    }
}
