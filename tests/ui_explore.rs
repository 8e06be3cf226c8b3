//! "Find information", keyword search, "find a solution" and mediation routing, tapped through
//! the UI as a visitor would, in the four languages.

mod common;

use common::Harness;
use slint::ComponentHandle;

use cc_core::tree::{Facts, Walk};
use cc_kiosk::content::{Content, RouteEnd};
use cc_kiosk::ui::{Info, Nav, Page};

fn content() -> Content {
    Content::shipped().expect("content")
}

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

/// Answers the questions of `prefix` ("q" or "route") by tapping the answers' texts, following
/// `answers` (answer ids); the question ids come from the tree, as the visitor reads them.
fn answer_all(h: &Harness, tree: &cc_core::tree::Tree, prefix: &str, prefilled: Facts, answers: &[&str]) -> Walk {
    let mut walk = Walk::start(tree, prefilled).expect("tree");
    for a in answers {
        let q = walk.question(tree).unwrap_or_else(|| panic!("an outcome was reached before answer {a}")).id.clone();
        assert!(h.shows(&format!("{prefix}-{q}")), "question {q} is on screen");
        assert_eq!(page(h), Page::Quiz);
        h.tap_key(&format!("{prefix}-{q}--{a}"));
        assert!(walk.answer(tree, a), "{q} has no answer {a}");
    }
    walk
}

/// Ten paths of the questionnaire, each in a language, with the page it must end on.
const PATHS: &[(&str, &[&str], &str)] = &[
    ("fr-BE", &["purchase", "changed-mind", "online", "be", "ordinary"], "withdrawal"),
    ("nl-BE", &["purchase", "changed-mind", "shop"], "withdrawal-exceptions"),
    ("de-BE", &["purchase", "changed-mind", "online", "be", "custom"], "withdrawal-exceptions"),
    ("en", &["purchase", "unordered"], "unsolicited-goods"),
    ("fr-BE", &["purchase", "changed-mind", "online", "eu"], "eu-trader"),
    ("nl-BE", &["none"], "contact-center"),
];

#[test]
fn questionnaire_paths_end_on_their_page_with_the_fitting_actions() {
    let c = content();
    let tree = &c.questionnaire.tree;
    // Ten or more paths: the fixed ones above, plus one to every outcome of the defect branch
    // and of the calls-and-messages branch, found in the tree, in rotating languages.
    let mut paths: Vec<(String, Vec<String>, String)> = PATHS
        .iter()
        .map(|(l, a, p)| (l.to_string(), a.iter().map(|s| s.to_string()).collect(), p.to_string()))
        .collect();
    let langs = ["en", "de-BE", "fr-BE", "nl-BE"];
    for (i, first) in ["contact", "utilities"].iter().enumerate() {
        let q = &tree.questions[tree.question(first).expect("branch")];
        for (j, a) in q.answers.iter().enumerate() {
            // Follow the first answer of each further question down to an outcome.
            let mut answers = vec![first.to_string(), a.id.clone()];
            let mut w = Walk::start(tree, Facts::new()).unwrap();
            w.answer(tree, first);
            w.answer(tree, &a.id);
            while let Some(next) = w.question(tree) {
                let id = next.answers[0].id.clone();
                answers.push(id.clone());
                w.answer(tree, &id);
            }
            let outcome = &c.questionnaire.outcomes[w.outcome(tree).unwrap()];
            paths.push((langs[(i + j) % 4].to_string(), answers, outcome.page.clone()));
        }
    }
    assert!(paths.len() >= 10, "{} paths", paths.len());

    let mut h = Harness::new();
    for (lang, answers, expected) in &paths {
        h.choose_language(lang);
        h.tap_key("home-solve");
        let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
        let walk = answer_all(&h, tree, "q", Facts::new(), &answers);
        let outcome = &c.questionnaire.outcomes[walk.outcome(tree).expect("an outcome")];
        assert_eq!(&outcome.page, expected, "{answers:?}");
        assert_eq!(page(&h), Page::Page);
        assert!(h.shows("solve-outcome-intro"), "{lang} {answers:?}");
        assert!(h.shows(&format!("page-{expected}-title")), "{lang}: {:?}", h.all_texts());
        assert!(h.shows(&format!("page-{expected}-rule")));
        assert!(h.shows(&format!("page-{expected}-now")));
        let p = c.page(expected).unwrap();
        assert_eq!(h.shows("info-report"), p.report, "{expected}: report action");
        assert_eq!(h.shows("info-mediate"), p.mediation.is_some(), "{expected}: mediation action");
        for contact in &p.contacts {
            assert!(h.shows(&format!("contact-{contact}-name")), "{expected}: {contact}");
        }
        // Back leads to the last question; its answer again leads to the outcome.
        h.tap_key("nav-back");
        assert_eq!(page(&h), Page::Quiz);
        let (q, a) = *walk.path(tree).last().unwrap();
        assert!(h.shows(&format!("q-{q}")));
        h.tap_key(&format!("q-{q}--{a}"));
        assert!(h.shows(&format!("page-{expected}-title")));
        h.leave();
    }
}

#[test]
fn the_report_form_opened_from_an_outcome_is_prefilled() {
    let c = content();
    let mut h = Harness::new();
    h.choose_language("nl-BE");
    h.tap_key("home-solve");
    answer_all(&h, &c.questionnaire.tree, "q", Facts::new(), &["purchase", "changed-mind", "online", "be", "ordinary"]);
    h.tap_key("info-report");
    assert_eq!(page(&h), Page::Form);
    assert_eq!(h.kiosk.window.global::<cc_kiosk::ui::Form>().get_step(), 0);
    // The theme is chosen on screen, and the channel (online) too.
    let draft = h.kiosk.form_draft().expect("the report is open");
    assert_eq!(draft.get("theme").map(String::as_str), Some("purchase"));
    assert_eq!(draft.get("channel").map(String::as_str), Some("website"));
    let theme = h.find(&h.t("theme-purchase"));
    assert!(theme.iter().any(|e| e.accessible_checked() == Some(true)), "the theme is selected on screen");
    // The visitor goes on: the next step opens, and Back from the first step returns to the page.
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Page);
    assert!(h.shows("page-withdrawal-title"));
    // "Ask the Contact Center" from the same outcome: the question's subject is preset too.
    h.tap_key("info-ask");
    assert_eq!(h.kiosk.window.global::<cc_kiosk::ui::Form>().get_id(), "question");
    assert_eq!(h.kiosk.form_draft().unwrap().get("theme").map(String::as_str), Some("purchase"));
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Page);

    // A page found by browsing prefills its theme.
    h.leave();
    h.choose_language("fr-BE");
    h.tap_key("home-info");
    h.tap_key("theme-energy");
    h.tap_key("page-energy-sales-practices-title");
    h.tap_key("info-report");
    let draft = h.kiosk.form_draft().expect("the report is open");
    assert_eq!(draft.get("theme").map(String::as_str), Some("energy"));
    assert_eq!(draft.get("channel"), None);
}

#[test]
fn start_over_and_back_in_the_questionnaire() {
    let c = content();
    let mut h = Harness::new();
    h.choose_language("de-BE");
    h.tap_key("home-solve");
    assert!(h.shows("q-problem"));
    assert!(h.visible(&h.t1("quiz-progress", "1")));
    h.tap_key("q-problem--purchase");
    assert!(h.visible(&h.t1("quiz-progress", "2")));
    h.tap_key("q-purchase--changed-mind");
    h.tap_key("nav-back");
    assert!(h.shows("q-purchase"));
    h.tap_key("quiz-restart");
    assert!(h.shows("q-problem"));
    // Back at the first question leaves the questionnaire.
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Home);
    // "Answer again" from an outcome starts at the first question.
    h.tap_key("home-solve");
    answer_all(&h, &c.questionnaire.tree, "q", Facts::new(), &["none"]);
    h.tap_key("solve-again");
    assert_eq!(page(&h), Page::Quiz);
    assert!(h.shows("q-problem"));
}

#[test]
fn browsing_themes_topics_and_pages_and_back() {
    let c = content();
    let mut h = Harness::new();
    h.choose_language("en");
    h.tap_key("home-info");
    for t in &c.themes {
        assert!(h.shows(&format!("theme-{}", t.id)), "tile {}", t.id);
    }
    h.tap_key("theme-fraud");
    for topic in &c.theme("fraud").unwrap().topics {
        assert!(h.shows(&format!("topic-{}", topic.id)));
        for p in &topic.pages {
            assert!(h.shows(&format!("page-{p}-title")));
        }
    }
    h.tap_key("page-phishing-title");
    assert!(h.shows("page-phishing-now"));
    assert!(h.shows("contact-card-stop-name"));
    assert!(h.visible("078 170 170"), "Card Stop's number is on the phishing page");
    assert!(h.shows("info-report"));
    assert!(!h.shows("info-mediate"), "no mediation with a scammer");
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Theme);
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Info);
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Home);
    // A language switch on a page keeps the page.
    h.tap_key("home-info");
    h.tap_key("theme-telecom");
    h.tap_key("page-telecom-end-contract-title");
    h.choose_language("fr-BE");
    assert!(h.shows("page-telecom-end-contract-title"));
    // Finish forgets everything of the visit.
    h.leave();
    assert_eq!(page(&h), Page::Start);
    assert_eq!(h.kiosk.window.global::<Info>().get_page(), "");
    assert!(h.kiosk.mediation_case().is_none());
}

/// Types on the on-screen keyboard, key by key (lower-case letters and spaces).
fn type_on_keyboard(h: &Harness, text: &str) {
    for ch in text.chars() {
        match ch {
            ' ' => h.tap_key("kbd-space"),
            c => h.tap(&c.to_string()),
        }
    }
}

fn result_ids(h: &Harness) -> Vec<String> {
    use slint::Model;
    h.settle();
    h.kiosk.window.global::<Info>().get_results().iter().map(|r| r.id.to_string()).collect()
}

#[test]
fn search_as_the_visitor_types_with_typos_stems_accents_and_other_languages() {
    let mut h = Harness::new();
    h.choose_language("fr-BE");
    h.tap_key("search-open");
    assert_eq!(page(&h), Page::Search);
    // The keyboard opened by itself; a typo ("garnatie") still finds the legal guarantee,
    // and results are there while typing.
    type_on_keyboard(&h, "garn");
    assert!(result_ids(&h).contains(&"legal-guarantee".to_string()), "{:?}", result_ids(&h));
    type_on_keyboard(&h, "atie");
    assert!(result_ids(&h).contains(&"legal-guarantee".to_string()));
    assert!(h.shows("page-legal-guarantee-title"));
    h.tap_key("page-legal-guarantee-title");
    assert_eq!(page(&h), Page::Page);
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Search);
    assert_eq!(h.kiosk.window.global::<Info>().get_query(), "garnatie", "the query is kept");

    let search = |h: &Harness, q: &str| {
        h.type_into("search-label", q);
        result_ids(h)
    };
    // Case and accents.
    for q in ["ÉNERGIE", "energie", "Énergie"] {
        let hits = search(&h, q);
        assert!(hits.iter().any(|id| id.starts_with("energy-")), "{q}: {hits:?}");
    }
    // Stems: a plural finds the page.
    assert!(search(&h, "garanties").contains(&"legal-guarantee".to_string()));
    // A typo in a longer word.
    assert!(search(&h, "phising").contains(&"phishing".to_string()));
    // Words of another language, whatever the visitor's.
    assert!(search(&h, "warranty").contains(&"legal-guarantee".to_string()));
    assert!(search(&h, "Gewährleistung").contains(&"legal-guarantee".to_string()));
    let hits = search(&h, "herroepen");
    assert!(hits.contains(&"withdrawal".to_string()), "{hits:?}");
    // No hit: a helpful empty state, with a way on.
    assert!(search(&h, "xylophone").is_empty());
    assert!(h.shows("search-none"));
    assert!(h.shows("search-none-text"));
    h.tap_key("home-solve");
    assert_eq!(page(&h), Page::Quiz);
}

#[test]
fn mediation_from_a_page_skips_what_is_known_and_ends_on_the_service() {
    let c = content();
    let mut h = Harness::new();
    h.choose_language("fr-BE");
    h.tap_key("home-info");
    h.tap_key("theme-energy");
    h.tap_key("page-energy-bill-dispute-title");
    h.tap_key("info-mediate");
    let walk = answer_all(
        &h,
        &c.routing.tree,
        "route",
        Facts::from([("sector".into(), "energy".into())]),
        &["be", "no", "yes-less-than-year"],
    );
    assert_eq!(walk.outcome(&c.routing.tree), Some("svc-energy-mediation"));
    assert_eq!(page(&h), Page::RouteResult);
    assert!(h.shows("service-energy-mediation-name"));
    assert!(h.shows("service-energy-mediation-conditions"));
    assert!(h.shows("service-energy-mediation-prepare"));
    assert!(h.shows("mediate-qr"), "the QR code of the website");
    let website = c.service("energy-mediation").unwrap().website.get("fr-BE");
    assert!(h.visible(website));
    let case = h.kiosk.mediation_case().expect("the case the mediation form will need");
    assert_eq!(case.service.as_deref(), Some("energy-mediation"));
    assert_eq!(case.facts.get("sector").map(String::as_str), Some("energy"));
    assert_eq!(case.facts.get("location").map(String::as_str), Some("be"));
    assert_eq!(case.facts.get("theme").map(String::as_str), Some("energy"));
    // Back: the last question; Back again and again: the page.
    h.tap_key("nav-back");
    assert!(h.shows("route-complained"));
    h.tap_key("nav-back");
    h.tap_key("nav-back");
    h.tap_key("nav-back");
    assert_eq!(page(&h), Page::Page);
}

#[test]
fn mediation_advice_when_no_mediation_is_possible_yet() {
    let c = content();
    let cases: &[(&str, &[&str], RouteEnd)] = &[
        ("de-BE", &["be", "yes"], RouteEnd::Advice("in-court".into())),
        ("fr-BE", &["outside"], RouteEnd::Advice("outside-europe".into())),
        ("nl-BE", &["unknown"], RouteEnd::Advice("scam".into())),
        ("en", &["be", "no", "yes-less-than-year", "more", "flight"], RouteEnd::Advice("flight".into())),
        ("en", &["eu"], RouteEnd::Service("ecc-belgium".into())),
    ];
    let mut h = Harness::new();
    for (lang, answers, expected) in cases {
        h.choose_language(lang);
        h.tap_key("home-mediation");
        let walk = answer_all(&h, &c.routing.tree, "route", Facts::new(), answers);
        assert_eq!(&c.routing.outcomes[walk.outcome(&c.routing.tree).unwrap()], expected);
        match expected {
            RouteEnd::Advice(a) => {
                assert!(h.shows(&format!("advice-{a}-title")), "{lang} {a}");
                assert!(h.shows(&format!("advice-{a}-next")));
                assert!(h.shows("mediate-first"));
                for contact in &c.advice(a).unwrap().contacts {
                    assert!(h.shows(&format!("contact-{contact}-name")));
                }
                assert_eq!(h.kiosk.mediation_case().unwrap().advice.as_deref(), Some(a.as_str()));
            }
            RouteEnd::Service(s) => {
                assert!(h.shows(&format!("service-{s}-name")));
                assert!(h.visible(c.service(s).unwrap().website.get(lang)));
            }
        }
        // Start over asks everything again.
        h.tap_key("quiz-restart");
        assert!(h.shows("route-location"));
        h.leave();
    }
}

#[test]
fn every_service_is_reachable_by_its_sector() {
    // Through the routing's own questions: the sector answers by itself when known (a page
    // or the questionnaire told it), or is asked.
    let c = content();
    let tree = &c.routing.tree;
    let mut reached = std::collections::BTreeSet::new();
    for sector in c.sectors() {
        for prefilled in [true, false] {
            let facts = if prefilled { Facts::from([("sector".into(), sector.clone())]) } else { Facts::new() };
            let mut w = Walk::start(tree, facts).unwrap();
            for a in ["be", "no", "yes-less-than-year"] {
                assert!(w.answer(tree, a), "{a}");
            }
            while w.outcome(tree).is_none() {
                let q = w.question(tree).unwrap();
                // The sector, asked or not; then a follow-up (the shop's membership, the car's
                // seller): every answer, each on its own walk.
                if q.answers.iter().any(|a| a.id == sector) || q.answers.iter().any(|a| a.id == "more") {
                    let pick = if q.answers.iter().any(|a| a.id == sector) { sector.clone() } else { "more".into() };
                    assert!(w.answer(tree, &pick));
                    continue;
                }
                for a in &q.answers {
                    let mut branch = w.clone();
                    assert!(branch.answer(tree, &a.id));
                    if let Some(RouteEnd::Service(s)) = branch.outcome(tree).map(|o| &c.routing.outcomes[o]) {
                        reached.insert(s.clone());
                    }
                }
                assert!(w.answer(tree, &q.answers[0].id));
            }
            match &c.routing.outcomes[w.outcome(tree).expect("an outcome")] {
                RouteEnd::Service(s) => {
                    reached.insert(s.clone());
                }
                RouteEnd::Advice(a) => assert_eq!((sector.as_str(), a.as_str()), ("flight", "flight")),
            }
        }
    }
    reached.insert("ecc-belgium".into());
    let all: std::collections::BTreeSet<String> = c.services.iter().map(|s| s.id.clone()).collect();
    assert_eq!(reached, all);
}

#[test]
fn long_pages_scroll_with_a_more_below_button_on_a_smaller_screen() {
    let c = content();
    let mut h = Harness::new();
    h.kiosk.window.window().set_size(slint::PhysicalSize::new(1280, 1024));
    h.choose_language("de-BE");
    h.tap_key("home-solve");
    answer_all(&h, &c.questionnaire.tree, "q", Facts::new(), &["purchase", "changed-mind", "online", "be", "ordinary"]);
    assert!(h.shows("scroll-more"), "the German withdrawal page goes on below at 1280×1024");
    let mut taps = 0;
    while let Some(more) = h.find(&h.t("scroll-more")).into_iter().next() {
        assert!(taps < 8, "the end of the page is reached");
        more.invoke_accessible_default_action();
        h.settle();
        taps += 1;
    }
    assert!(taps >= 1);
    // On the reference screen the same page fits.
    h.kiosk.window.window().set_size(slint::PhysicalSize::new(1920, 1080));
    h.tap_key("nav-back");
    h.tap_key("q-mind-what--ordinary");
    assert!(h.shows("page-withdrawal-title"));
    assert!(!h.shows("scroll-more"));
}

#[test]
fn inactivity_wipes_what_was_searched_and_answered() {
    let c = content();
    let mut h = Harness::new();
    h.choose_language("en");
    h.tap_key("search-open");
    h.type_into("search-label", "canaryqwxz");
    assert!(h.all_texts().iter().any(|t| t.contains("canaryqwxz")));
    h.tap_key("nav-back");
    h.tap_key("home-mediation");
    answer_all(&h, &c.routing.tree, "route", Facts::new(), &["be", "no", "no", "energy"]);
    assert!(h.kiosk.mediation_case().is_some());
    // 90 s without a touch, then the 30 s warning runs out.
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_secs(91));
    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_secs(31));
    h.settle();
    assert_eq!(page(&h), Page::Start);
    assert!(!h.all_texts().iter().any(|t| t.contains("canaryqwxz")));
    assert_eq!(h.kiosk.window.global::<Info>().get_query(), "");
    assert!(h.kiosk.mediation_case().is_none());
    // The next visitor starts afresh: Back from home goes nowhere old.
    h.choose_language("fr-BE");
    h.tap_key("search-open");
    assert_eq!(h.value_of("search-label"), "");
}
