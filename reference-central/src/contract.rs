//! The service's own reading of `shared/central-api.md` for `POST /v1/submissions`: the
//! envelope and the payloads of `report`, `question` and `mediation`.
//!
//! This module is written from the contract's text alone and shares no code with the kiosk
//! (`cc-core`): it is the other side of the contract, so that a misreading on the kiosk's side
//! shows up as a `422` in the kiosk's sync tests instead of being confirmed by its own code.
//!
//! How the page is read where it leaves room:
//! - unknown fields are ignored (the page asks the kiosk to ignore them in responses; the
//!   service is as tolerant, so that a newer kiosk still gets through);
//! - a field the page calls optional, or shows as `null`, may be `null` or missing; every other
//!   field of the examples is required;
//! - a required text ("…" in the examples: names, the description, the question) must not be
//!   blank; free text is otherwise taken exactly as sent;
//! - `created_at` must be RFC 3339 in UTC (`Z` or `+00:00`), as the page says of all times;
//!   dates (`facts_date`, `complained_to_company_on`) are `YYYY-MM-DD`;
//! - the consents that make the request possible (`share_with_inspection`, `process_my_data`,
//!   `forward_to_mediator`) must be `true`: each is what the request asks for; `may_contact_me`
//!   is a plain boolean;
//! - `assisted_by` is a staff id (not blank) or `null`;
//! - `reply_by` names the contact that must then be present and not blank;
//! - the mediation's `contact` needs a name and at least one way to reach the visitor (the page
//!   shows all three; a mediator who cannot answer cannot mediate);
//! - an e-mail address has one `@` with text on both sides; a phone number has at least six
//!   digits and only digits, spaces, `+`, `.`, `/`, `-` and brackets;
//! - `enterprise_number`: 10 digits (dots and spaces allowed between them), the last two equal
//!   to 97 minus the first eight modulo 97; `amount_eur`: digits with at most two decimals
//!   after a `.`.

use serde_json::{Map, Value};

/// The kinds of submission of the contract.
pub const KINDS: [&str; 3] = ["report", "question", "mediation"];
/// The locales of the contract.
pub const LOCALES: [&str; 4] = ["fr-BE", "nl-BE", "de-BE", "en"];
/// `payload.contact_channel` of a report.
pub const CONTACT_CHANNELS: [&str; 8] =
    ["shop", "website", "phone", "door_to_door", "mail", "email_sms", "social_media", "other"];
/// `payload.reply_by` of a question.
pub const REPLY_BY: [&str; 3] = ["email", "phone", "post"];
/// `payload.company_answer` of a mediation request.
pub const COMPANY_ANSWERS: [&str; 3] = ["none", "refused", "unsatisfactory"];

/// What the service keeps of a valid envelope besides its JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The envelope's `id`, in its canonical lower-case hyphenated form.
    pub id: String,
    pub kind: String,
    pub kiosk_id: String,
    pub reference: String,
    pub tracking_code: String,
}

/// Why an envelope is refused: `field` is the JSON path answered in the `422` body
/// (`payload.company.name`; empty for the whole document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: String,
    pub reason: &'static str,
}

fn refuse(field: impl Into<String>, reason: &'static str) -> Refusal {
    Refusal { field: field.into(), reason }
}

/// Checks a parsed submission body against the contract; returns the first problem found.
pub fn check_submission(value: &Value) -> Result<Submission, Refusal> {
    let root = At::root(value)?;
    let id = root.text("id")?;
    let id = canonical_uuid(id).ok_or_else(|| refuse("id", "Must be a UUID."))?;
    let kind = root.one_of("kind", &KINDS)?;
    match root.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(1) => {}
        _ => return Err(refuse("schema_version", "Must be 1.")),
    }
    let kiosk_id = root.text("kiosk_id")?;
    let created_at = root.text("created_at")?;
    if !is_utc_time(created_at) {
        return Err(refuse("created_at", "Must be an RFC 3339 time in UTC."));
    }
    root.one_of("locale", &LOCALES)?;
    match root.get("assisted_by") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if !s.trim().is_empty() => {}
        _ => return Err(refuse("assisted_by", "Must be a staff id or null.")),
    }
    let receipt = root.object("receipt")?;
    let reference = receipt.text("reference")?;
    let tracking_code = receipt.text("tracking_code")?;
    let payload = root.object("payload")?;
    match kind {
        "report" => check_report(&payload)?,
        "question" => check_question(&payload)?,
        _ => check_mediation(&payload)?,
    }
    Ok(Submission {
        id,
        kind: kind.to_string(),
        kiosk_id: kiosk_id.to_string(),
        reference: reference.to_string(),
        tracking_code: tracking_code.to_string(),
    })
}

fn check_report(p: &At<'_>) -> Result<(), Refusal> {
    p.text("theme")?;
    check_company(&p.object("company")?)?;
    p.date("facts_date")?;
    p.one_of("contact_channel", &CONTACT_CHANNELS)?;
    p.text("description")?;
    if let Some(amount) = p.optional_text("amount_eur")?
        && !is_amount(amount)
    {
        return Err(p.refuse("amount_eur", "Must be a decimal string such as \"49.99\"."));
    }
    if let Some(reporter) = p.optional_object("reporter")? {
        reporter.text("name")?;
        reporter.optional_email("email")?;
        reporter.optional_phone("phone")?;
        reporter.optional_text("postal_code")?;
    }
    let consent = p.object("consent")?;
    consent.must_be_true("share_with_inspection")?;
    consent.boolean("may_contact_me")?;
    Ok(())
}

fn check_question(p: &At<'_>) -> Result<(), Refusal> {
    p.text("theme")?;
    p.text("question")?;
    let reply_by = p.one_of("reply_by", &REPLY_BY)?;
    let contact = p.object("contact")?;
    contact.text("name")?;
    let email = contact.optional_email("email")?;
    let phone = contact.optional_phone("phone")?;
    let address = contact.optional_text("postal_address")?;
    let (needed, present) = match reply_by {
        "email" => ("email", email.is_some()),
        "phone" => ("phone", phone.is_some()),
        _ => ("postal_address", address.is_some()),
    };
    if !present {
        return Err(contact.refuse(needed, "Required by reply_by."));
    }
    p.object("consent")?.must_be_true("process_my_data")?;
    Ok(())
}

fn check_mediation(p: &At<'_>) -> Result<(), Refusal> {
    p.text("sector")?;
    p.text("service")?;
    check_company(&p.object("company")?)?;
    p.date("complained_to_company_on")?;
    p.one_of("company_answer", &COMPANY_ANSWERS)?;
    p.text("description")?;
    p.text("desired_outcome")?;
    let contact = p.object("contact")?;
    contact.text("name")?;
    let email = contact.optional_email("email")?;
    let phone = contact.optional_phone("phone")?;
    let address = contact.optional_text("postal_address")?;
    if email.is_none() && phone.is_none() && address.is_none() {
        return Err(contact.refuse("email", "At least one of email, phone and postal_address is needed."));
    }
    p.object("consent")?.must_be_true("forward_to_mediator")?;
    Ok(())
}

fn check_company(company: &At<'_>) -> Result<(), Refusal> {
    company.text("name")?;
    company.optional_text("website")?;
    company.optional_text("address")?;
    if let Some(number) = company.optional_text("enterprise_number")?
        && !is_enterprise_number(number)
    {
        return Err(company.refuse("enterprise_number", "Must be a Belgian enterprise number (10 digits, mod 97)."));
    }
    Ok(())
}

/// An object of the body and its path.
struct At<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> At<'a> {
    fn root(value: &'a Value) -> Result<At<'a>, Refusal> {
        match value {
            Value::Object(map) => Ok(At { map, path: String::new() }),
            _ => Err(refuse("", "The body is not a JSON object.")),
        }
    }

    fn path(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) }
    }

    fn refuse(&self, key: &str, reason: &'static str) -> Refusal {
        refuse(self.path(key), reason)
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key)
    }

    /// A string with something else than white space in it.
    fn text(&self, key: &str) -> Result<&'a str, Refusal> {
        match self.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s),
            _ => Err(self.refuse(key, "Must be a non-empty string.")),
        }
    }

    /// Missing, `null`, or a string; a blank string counts as absent.
    fn optional_text(&self, key: &str) -> Result<Option<&'a str>, Refusal> {
        match self.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(self.refuse(key, "Must be a string or null.")),
        }
    }

    fn optional_email(&self, key: &str) -> Result<Option<&'a str>, Refusal> {
        let value = self.optional_text(key)?;
        match value {
            Some(s) if !is_email(s) => Err(self.refuse(key, "Must be an e-mail address or null.")),
            _ => Ok(value),
        }
    }

    fn optional_phone(&self, key: &str) -> Result<Option<&'a str>, Refusal> {
        let value = self.optional_text(key)?;
        match value {
            Some(s) if !is_phone(s) => Err(self.refuse(key, "Must be a phone number or null.")),
            _ => Ok(value),
        }
    }

    fn one_of(&self, key: &str, allowed: &[&'static str]) -> Result<&'static str, Refusal> {
        let found = self.get(key).and_then(Value::as_str);
        allowed
            .iter()
            .find(|a| Some(**a) == found)
            .copied()
            .ok_or_else(|| self.refuse(key, "Is not one of the values the contract lists."))
    }

    fn object(&self, key: &str) -> Result<At<'a>, Refusal> {
        match self.get(key) {
            Some(Value::Object(map)) => Ok(At { map, path: self.path(key) }),
            _ => Err(self.refuse(key, "Must be an object.")),
        }
    }

    fn optional_object(&self, key: &str) -> Result<Option<At<'a>>, Refusal> {
        match self.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(map)) => Ok(Some(At { map, path: self.path(key) })),
            Some(_) => Err(self.refuse(key, "Must be an object or null.")),
        }
    }

    fn boolean(&self, key: &str) -> Result<bool, Refusal> {
        self.get(key).and_then(Value::as_bool).ok_or_else(|| self.refuse(key, "Must be true or false."))
    }

    fn must_be_true(&self, key: &str) -> Result<(), Refusal> {
        match self.get(key) {
            Some(Value::Bool(true)) => Ok(()),
            _ => Err(self.refuse(key, "Must be true: without this consent the request cannot be handled.")),
        }
    }

    fn date(&self, key: &str) -> Result<(), Refusal> {
        let s = self.text(key).map_err(|_| self.refuse(key, "Must be a date (YYYY-MM-DD)."))?;
        let well_formed = s.len() == 10
            && s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        if well_formed && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() {
            Ok(())
        } else {
            Err(self.refuse(key, "Must be a date (YYYY-MM-DD)."))
        }
    }
}

/// The canonical form of a UUID written with or without hyphens, any case.
fn canonical_uuid(s: &str) -> Option<String> {
    uuid::Uuid::parse_str(s).ok().filter(|_| s.len() == 36 || s.len() == 32).map(|u| u.hyphenated().to_string())
}

fn is_utc_time(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok_and(|t| t.offset().local_minus_utc() == 0)
}

fn is_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && !domain.is_empty() && !domain.contains('@') && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    digits >= 6 && s.chars().all(|c| c.is_ascii_digit() || " +./-()".contains(c))
}

fn is_enterprise_number(s: &str) -> bool {
    let digits: String = s.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let (Ok(base), Ok(check)) = (digits[..8].parse::<u64>(), digits[8..].parse::<u64>()) else {
        return false;
    };
    97 - base % 97 == check
}

fn is_amount(s: &str) -> bool {
    let (whole, cents) = match s.split_once('.') {
        Some((w, c)) => (w, Some(c)),
        None => (s, None),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && cents.is_none_or(|c| (1..=2).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn example(kind: &str) -> Value {
        let text = match kind {
            "report" => include_str!("../../crates/core/fixtures/contract/report.json"),
            "question" => include_str!("../../crates/core/fixtures/contract/question.json"),
            _ => include_str!("../../crates/core/fixtures/contract/mediation.json"),
        };
        serde_json::from_str(text).expect("fixture")
    }

    /// `value` with the JSON pointer's target replaced (`None` removes it).
    fn with(value: &Value, pointer: &str, new: Option<Value>) -> Value {
        let mut v = value.clone();
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        let map = v.pointer_mut(parent).and_then(Value::as_object_mut).expect("parent object");
        match new {
            Some(n) => map.insert(key.to_string(), n),
            None => map.remove(key),
        };
        v
    }

    fn refused_at(value: &Value) -> String {
        check_submission(value).expect_err("must be refused").field
    }

    #[test]
    fn the_contract_examples_are_accepted() {
        for kind in KINDS {
            let s = check_submission(&example(kind)).unwrap_or_else(|r| panic!("{kind}: {r:?}"));
            assert_eq!(s.kind, kind);
            assert_eq!(s.id, "0193a6f2-7c1e-7b4a-9d2e-4f1a2b3c4d5e");
            assert_eq!(s.reference, "NG3-7K4Q-M2XP");
        }
    }

    #[test]
    fn envelope_fields() {
        let r = example("report");
        for (pointer, bad, field) in [
            ("/id", json!("not-a-uuid"), "id"),
            ("/kind", json!("complaint"), "kind"),
            ("/schema_version", json!(2), "schema_version"),
            ("/schema_version", json!("1"), "schema_version"),
            ("/kiosk_id", json!(" "), "kiosk_id"),
            ("/created_at", json!("2026-11-26T11:15:30+01:00"), "created_at"),
            ("/created_at", json!("26/11/2026"), "created_at"),
            ("/locale", json!("fr"), "locale"),
            ("/assisted_by", json!(7), "assisted_by"),
            ("/assisted_by", json!(""), "assisted_by"),
            ("/receipt/reference", json!(""), "receipt.reference"),
            ("/receipt/tracking_code", json!(null), "receipt.tracking_code"),
            ("/payload", json!([]), "payload"),
        ] {
            assert_eq!(refused_at(&with(&r, pointer, Some(bad))), field, "{pointer}");
        }
        assert_eq!(refused_at(&json!([1])), "");
        // Unknown fields are ignored; assisted_by may be missing.
        assert!(check_submission(&with(&r, "/extra", Some(json!({"x": 1})))).is_ok());
        assert!(check_submission(&with(&r, "/assisted_by", None)).is_ok());
        assert!(check_submission(&with(&r, "/assisted_by", Some(json!("STAFF-12")))).is_ok());
    }

    #[test]
    fn report_payload() {
        let r = example("report");
        for (pointer, bad, field) in [
            ("/payload/theme", json!(""), "payload.theme"),
            ("/payload/company/name", json!("  "), "payload.company.name"),
            ("/payload/company/enterprise_number", json!("0123.456.789"), "payload.company.enterprise_number"),
            ("/payload/facts_date", json!("2026-2-1"), "payload.facts_date"),
            ("/payload/facts_date", json!("2026-02-30"), "payload.facts_date"),
            ("/payload/contact_channel", json!("fax"), "payload.contact_channel"),
            ("/payload/description", json!(null), "payload.description"),
            ("/payload/amount_eur", json!("49,99"), "payload.amount_eur"),
            ("/payload/amount_eur", json!(49.99), "payload.amount_eur"),
            ("/payload/reporter", json!({"name": ""}), "payload.reporter.name"),
            ("/payload/reporter", json!({"name": "A", "email": "a.be"}), "payload.reporter.email"),
            ("/payload/consent/may_contact_me", json!("no"), "payload.consent.may_contact_me"),
            ("/payload/consent/share_with_inspection", json!(false), "payload.consent.share_with_inspection"),
        ] {
            assert_eq!(refused_at(&with(&r, pointer, Some(bad))), field, "{pointer}");
        }
        for ok in [
            with(&r, "/payload/amount_eur", None),
            with(&r, "/payload/amount_eur", Some(json!("120"))),
            with(&r, "/payload/company/enterprise_number", Some(json!("0203201340"))),
            with(&r, "/payload/reporter", Some(json!({"name": "Marie", "phone": "+32 470 12 34 56"}))),
            with(&r, "/payload/consent/may_contact_me", Some(json!(true))),
        ] {
            check_submission(&ok).unwrap_or_else(|e| panic!("{e:?}"));
        }
    }

    #[test]
    fn question_payload() {
        let q = example("question");
        for (pointer, bad, field) in [
            ("/payload/question", json!(" "), "payload.question"),
            ("/payload/reply_by", json!("sms"), "payload.reply_by"),
            ("/payload/contact/email", json!(null), "payload.contact.email"),
            ("/payload/contact/email", json!("an(at)example.be"), "payload.contact.email"),
            ("/payload/contact/name", json!(""), "payload.contact.name"),
            ("/payload/consent/process_my_data", json!(false), "payload.consent.process_my_data"),
        ] {
            assert_eq!(refused_at(&with(&q, pointer, Some(bad))), field, "{pointer}");
        }
        let by_post = with(&q, "/payload/reply_by", Some(json!("post")));
        assert_eq!(refused_at(&by_post), "payload.contact.postal_address");
        let with_address =
            with(&by_post, "/payload/contact/postal_address", Some(json!("Rue Haute 1\n1000 Bruxelles")));
        assert!(check_submission(&with_address).is_ok());
        let by_phone = with(&q, "/payload/reply_by", Some(json!("phone")));
        assert_eq!(refused_at(&by_phone), "payload.contact.phone");
        assert_eq!(
            refused_at(&with(&by_phone, "/payload/contact/phone", Some(json!("call me")))),
            "payload.contact.phone"
        );
        assert!(check_submission(&with(&by_phone, "/payload/contact/phone", Some(json!("+32 2 277 51 11")))).is_ok());
    }

    #[test]
    fn mediation_payload() {
        let m = example("mediation");
        for (pointer, bad, field) in [
            ("/payload/sector", json!(""), "payload.sector"),
            ("/payload/service", json!(null), "payload.service"),
            ("/payload/company/name", json!(""), "payload.company.name"),
            ("/payload/complained_to_company_on", json!("yesterday"), "payload.complained_to_company_on"),
            ("/payload/company_answer", json!("ignored"), "payload.company_answer"),
            ("/payload/description", json!(""), "payload.description"),
            ("/payload/desired_outcome", json!(" "), "payload.desired_outcome"),
            ("/payload/consent/forward_to_mediator", json!(false), "payload.consent.forward_to_mediator"),
        ] {
            assert_eq!(refused_at(&with(&m, pointer, Some(bad))), field, "{pointer}");
        }
        let unreachable = with(
            &m,
            "/payload/contact",
            Some(json!({"name": "Jan", "email": null, "phone": null, "postal_address": " "})),
        );
        assert_eq!(refused_at(&unreachable), "payload.contact.email");
        let by_phone_only = with(&m, "/payload/contact", Some(json!({"name": "Jan", "phone": "0470123456"})));
        assert!(check_submission(&by_phone_only).is_ok());
    }

    #[test]
    fn formats() {
        assert!(is_enterprise_number("0123.456.749"));
        assert!(is_enterprise_number("0203 201 340"));
        assert!(!is_enterprise_number("0123.456.748"));
        assert!(!is_enterprise_number("123.456.749"));
        assert!(is_amount("0.5") && is_amount("1250.00") && is_amount("7"));
        assert!(!is_amount("") && !is_amount(".5") && !is_amount("1.234") && !is_amount("-3") && !is_amount("1e3"));
        assert!(is_email("an@example.be") && !is_email("an@") && !is_email("a b@c.be") && !is_email("a@b@c"));
        assert!(is_phone("+32 470/12.34.56") && !is_phone("12345") && !is_phone("+32 470 CALL"));
        assert!(is_utc_time("2026-11-26T10:15:30Z") && is_utc_time("2026-11-26T10:15:30.123+00:00"));
        assert!(!is_utc_time("2026-11-26T10:15:30+01:00"));
    }
}
