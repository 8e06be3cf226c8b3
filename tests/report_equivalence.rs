//! The report on the form engine (kiosk-config/content/forms/report.toml) makes the same
//! payload as the report's own model (`cc_core::report::ReportDraft`, which the sync and store
//! tests still use to make envelopes) for the same answers, and refuses the same drafts.

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};

use cc_core::form::Draft;
use cc_core::report::{Identity, ReportDraft};
use cc_kiosk::content::Content;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// The same answers as the form engine's draft (field id → as typed).
fn as_form(d: &ReportDraft) -> Draft {
    let mut out = Draft::new();
    let mut put = |k: &str, v: &str| {
        if !v.is_empty() {
            out.insert(k.to_string(), v.to_string());
        }
    };
    put("theme", &d.theme);
    put("company-name", &d.company_name);
    put("website", &d.website);
    put("enterprise-number", &d.enterprise_number);
    put("address", &d.address);
    put("facts-date", &d.facts_date.map(|x| x.format("%Y-%m-%d").to_string()).unwrap_or_default());
    put("channel", &d.channel);
    put("amount", &d.amount);
    put("description", &d.description);
    put(
        "identity",
        match d.identity {
            Identity::Anonymous => "anonymous",
            Identity::Named => "named",
            Identity::Unset => "",
        },
    );
    put("name", &d.name);
    put("email", &d.email);
    put("phone", &d.phone);
    put("postal-code", &d.postal_code);
    put("consent-share", if d.consent_share { "true" } else { "" });
    put("consent-contact", if d.consent_contact { "true" } else { "" });
    out
}

fn base() -> ReportDraft {
    ReportDraft {
        theme: "purchase".into(),
        company_name: "Meubles Dupont".into(),
        facts_date: NaiveDate::from_ymd_opt(2026, 11, 2),
        channel: "website".into(),
        description: "Paid, never delivered.".into(),
        identity: Identity::Anonymous,
        consent_share: true,
        ..Default::default()
    }
}

/// One of `valid`, or now and then (one time in twelve) one of `invalid`.
fn pick<'a>(rng: &mut impl Rng, valid: &[&'a str], invalid: &[&'a str]) -> &'a str {
    let from = if invalid.is_empty() || rng.random_range(0..12) > 0 { valid } else { invalid };
    from[rng.random_range(0..from.len())]
}

#[test]
fn the_form_engine_and_the_report_model_agree() {
    let content = Content::shipped().expect("content");
    let spec = &content.form("report").expect("the report form").spec;
    // Seeded: the same 400 drafts every run, valid and invalid values mixed.
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..400 {
        let mut d = base();
        d.website = pick(&mut rng, &["", "www.dupont.be", "https://dupont.be/shop"], &["not a site"]).into();
        d.enterprise_number = pick(&mut rng, &["", "0123.456.749", "BE0123456749"], &["0123456748"]).into();
        d.address = pick(&mut rng, &["", "Rue de la Loi 16, 1000 Bruxelles"], &[]).into();
        d.amount = pick(&mut rng, &["", "49,99", "49.99", "1 250"], &["-3", "12.345"]).into();
        d.facts_date = if rng.random_range(0..12) > 0 {
            NaiveDate::from_ymd_opt(2026, 11, 2)
        } else {
            [None, NaiveDate::from_ymd_opt(2026, 12, 24)][rng.random_range(0..2)]
        };
        d.channel = pick(&mut rng, &["website", "door_to_door", "email_sms"], &[""]).into();
        d.description = pick(&mut rng, &["Paid, never delivered.", "Ünïcödé  kept\nas typed "], &["", "  "]).into();
        d.consent_share = rng.random_range(0..12) > 0;
        if rng.random_bool(0.5) {
            d.identity = Identity::Named;
            d.name = pick(&mut rng, &["Marie Peeters"], &[""]).into();
            d.email = pick(&mut rng, &["", "marie@example.be"], &["marie(at)example.be"]).into();
            d.phone = pick(&mut rng, &["", "0470 12 34 56", "+33 6 12 34 56 78"], &["12"]).into();
            d.postal_code = pick(&mut rng, &["", "1030"], &["103"]).into();
            d.consent_contact = rng.random_bool(0.5);
        }
        let model = d.to_payload(today());
        let engine = spec.payload(&as_form(&d), today());
        match (&model, &engine) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "{d:?}");
                accepted += 1;
            }
            (Err(_), Err(_)) => refused += 1,
            _ => panic!("they disagree on {d:?}:\nmodel {model:?}\nengine {engine:?}"),
        }
    }
    println!("{accepted} accepted by both, {refused} refused by both");
    assert!(accepted > 20 && refused > 20, "both kinds of draft are tried: {accepted} accepted, {refused} refused");
}
