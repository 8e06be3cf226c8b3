//! The routing cases of the content review (issue 8), each walked through the UI from both
//! entry points — the questionnaire ("find a solution", then "mediation" on its page) and the
//! "request mediation" tile — ending at the same place.

mod common;

use common::Harness;
use slint::ComponentHandle;

use cc_kiosk::content::Content;
use cc_kiosk::ui::{Nav, Page, Quiz, Route};

fn content() -> Content {
    Content::shipped().expect("content")
}

fn page(h: &Harness) -> Page {
    h.kiosk.window.global::<Nav>().get_page()
}

/// Taps, for each question on screen (the one the visitor reads; questions whose fact is known
/// answer themselves and are never shown), the answer `answers[i]`.
fn tap_answers(h: &Harness, answers: &[&str]) {
    for a in answers {
        assert_eq!(page(h), Page::Quiz, "a question on screen before answer {a}");
        let question = h.kiosk.window.global::<Quiz>().get_question().to_string();
        assert!(h.shows(&question), "{question} on screen");
        h.tap_key(&format!("{question}--{a}"));
    }
    assert_ne!(page(h), Page::Quiz, "{answers:?} do not reach an outcome");
}

/// Ends the visitor's session (Finish), unless on the start screen already.
fn leave(h: &Harness) {
    if page(h) != Page::Start {
        h.leave();
    }
}

/// What the routing result shows: (service, advice, after, note).
fn shown(h: &Harness) -> (String, String, String, String) {
    let r = h.kiosk.window.global::<Route>();
    (r.get_service().into(), r.get_advice().into(), r.get_after().into(), r.get_note().into())
}

fn end(service: &str, advice: &str, after: &str, note: &str) -> (String, String, String, String) {
    (service.into(), advice.into(), after.into(), note.into())
}

/// Through "request mediation": location, court, complaint, then `rest`.
fn from_tile(h: &mut Harness, lang: &str, complaint: &str, rest: &[&str]) -> (String, String, String, String) {
    leave(h);
    h.choose_language(lang);
    h.tap_key("home-mediation");
    let mut answers = vec!["be", "no", complaint];
    answers.extend_from_slice(rest);
    tap_answers(h, &answers);
    assert_eq!(page(h), Page::RouteResult);
    shown(h)
}

/// Through "find a solution" (`solve` answers), then "mediation" on the page it ends on, then
/// the routing's questions (`route` answers; the sector is known from the questionnaire).
fn from_questionnaire(
    h: &mut Harness,
    lang: &str,
    solve: &[&str],
    expected_page: &str,
    route: &[&str],
) -> (String, String, String, String) {
    leave(h);
    h.choose_language(lang);
    h.tap_key("home-solve");
    tap_answers(h, solve);
    assert_eq!(page(h), Page::Page);
    assert!(h.shows(&format!("page-{expected_page}-title")), "{lang}: {solve:?} ends on {expected_page}");
    h.tap_key("info-mediate");
    tap_answers(h, route);
    assert_eq!(page(h), Page::RouteResult);
    shown(h)
}

#[test]
fn a_car_repair_goes_to_the_consumer_mediation_service_not_automoto() {
    let mut h = Harness::new();
    let q = from_questionnaire(
        &mut h,
        "fr-BE",
        &["trip-car-works", "car", "repair"],
        "car-repair",
        &["be", "no", "yes-less-than-year"],
    );
    let t = from_tile(&mut h, "fr-BE", "yes-less-than-year", &["more", "more", "other"]);
    assert_eq!(q, end("cms", "", "", ""));
    assert_eq!(t, q);
}

#[test]
fn a_car_from_a_private_person_has_no_mediation_service() {
    let mut h = Harness::new();
    // The questionnaire's page says so, and offers no mediation.
    h.choose_language("nl-BE");
    h.tap_key("home-solve");
    tap_answers(&h, &["trip-car-works", "car", "defect", "private"]);
    assert!(h.shows("page-car-private-seller-title"));
    assert!(!h.shows("info-mediate"), "no mediation for a sale between private people");
    // The tile ends on the advice that says why, and what to do instead.
    let t = from_tile(&mut h, "nl-BE", "yes-less-than-year", &["more", "cars", "private"]);
    assert_eq!(t, end("", "private-sale", "", ""));
    assert!(h.shows("advice-private-sale-next"));
    // From a professional in Belgium: Automoto, on both ways.
    let q = from_questionnaire(
        &mut h,
        "de-BE",
        &["trip-car-works", "car", "defect", "dealer-be"],
        "car-purchase-guarantee",
        &["no", "yes-less-than-year"],
    );
    let t = from_tile(&mut h, "de-BE", "yes-less-than-year", &["more", "cars", "professional"]);
    assert_eq!(q, end("automoto-conciliation", "", "", ""));
    assert_eq!(t, q);
}

#[test]
fn a_purchase_in_a_shop_ends_at_the_same_place_from_both_entry_points() {
    let mut h = Harness::new();
    for (member, service) in [("unknown", "cms"), ("no", "cms"), ("yes", "ombudsman-trade")] {
        let q = from_questionnaire(
            &mut h,
            "en",
            &["purchase", "defect", "product", "shop"],
            "legal-guarantee",
            &["be", "no", "yes-less-than-year", member],
        );
        let t = from_tile(&mut h, "en", "yes-less-than-year", &["trade", member]);
        assert_eq!(q, end(service, "", "", ""), "{member}");
        assert_eq!(t, q, "{member}");
    }
}

#[test]
fn without_a_written_complaint_only_services_that_need_one_say_complain_first() {
    let mut h = Harness::new();
    // The notary ombudsman takes the case without one.
    assert_eq!(from_tile(&mut h, "fr-BE", "no", &["more", "more", "notary"]), end("notary-ombudsman", "", "", ""));
    // The insurance ombudsman advises one first, and still takes the case.
    let insurance = from_tile(&mut h, "nl-BE", "no", &["insurance"]);
    assert_eq!(insurance, end("ombudsman-insurance", "", "", "mediate-note-complaint-advised"));
    assert!(h.shows("mediate-note-complaint-advised"));
    // An appeal body: complain first, and the service that comes after is named.
    let energy = from_tile(&mut h, "de-BE", "no", &["energy"]);
    assert_eq!(energy, end("", "complain-first", "energy-mediation", ""));
    assert!(h.shows("advice-complain-first-title"));
    assert!(h.shows("mediate-after"));
    assert!(h.shows("service-energy-mediation-name"));
    assert!(h.shows("mediate-contact"), "its contact details, to use afterwards");
}

#[test]
fn a_complaint_more_than_a_year_old_is_a_caution_not_a_dead_end() {
    let mut h = Harness::new();
    let telecom = from_tile(&mut h, "en", "yes-more-than-year", &["telecom"]);
    assert_eq!(telecom, end("telecom-mediation", "", "", "mediate-note-late"));
    assert!(h.shows("mediate-note-late"));
    assert!(h.shows("service-telecom-mediation-prepare"), "the service is shown all the same");
    // No time limit at the notary ombudsman: no caution.
    assert_eq!(
        from_tile(&mut h, "en", "yes-more-than-year", &["more", "more", "notary"]),
        end("notary-ombudsman", "", "", "")
    );
}

#[test]
fn a_company_that_cannot_be_found_leads_to_the_scam_advice() {
    let mut h = Harness::new();
    for lang in ["fr-BE", "nl-BE", "de-BE", "en"] {
        leave(&h);
        h.choose_language(lang);
        h.tap_key("home-mediation");
        tap_answers(&h, &["unknown"]);
        assert_eq!(shown(&h), end("", "scam", "", ""), "{lang}");
        for contact in ["card-stop", "police", "safeonweb"] {
            assert!(h.shows(&format!("contact-{contact}-name")), "{lang}: {contact}");
        }
    }
}

#[test]
fn flights_go_to_the_airline_then_the_fps_mobility() {
    let mut h = Harness::new();
    let q = from_questionnaire(
        &mut h,
        "nl-BE",
        &["trip-car-works", "travel", "flight"],
        "flight-delay-cancellation",
        &["be", "no", "yes-less-than-year"],
    );
    let t = from_tile(&mut h, "nl-BE", "yes-less-than-year", &["more", "flight"]);
    assert_eq!(q, end("", "flight", "", ""));
    assert_eq!(t, q);
    assert!(h.shows("contact-air-passengers-name"));
}

#[test]
fn contacts_and_the_qr_code_follow_the_visitors_language() {
    let c = content();
    let mut h = Harness::new();
    let cms = c.service("cms").unwrap();
    let _ = from_tile(&mut h, "fr-BE", "yes-less-than-year", &["more", "more", "other"]);
    fn route(h: &Harness) -> Route<'_> {
        h.kiosk.window.global::<Route>()
    }
    assert_eq!(route(&h).get_website(), cms.website.get("fr-BE"));
    assert_eq!(route(&h).get_website(), "https://mediationconsommateur.be");
    let qr_fr = route(&h).get_qr();
    // The visitor switches to Dutch on the result: the Dutch site, and its QR code.
    h.choose_language("nl-BE");
    assert_eq!(route(&h).get_website(), "https://consumentenombudsdienst.be");
    assert_eq!(route(&h).get_phone(), cms.phone.as_ref().unwrap().get("nl-BE"));
    assert_ne!(route(&h).get_qr(), qr_fr, "the QR code follows");
    // German: its own site; an English visitor gets the English one.
    h.choose_language("de-BE");
    assert_eq!(route(&h).get_website(), "https://ombudsdienstverbraucher.be");
    // Safeonweb's forwarding address on a page, per language.
    let safeonweb = c.contact("safeonweb").unwrap().email.clone().unwrap();
    assert_eq!(safeonweb.get("de-BE"), "suspekt@safeonweb.be");
    assert_eq!(safeonweb.get("nl-BE"), "verdacht@safeonweb.be");
}
