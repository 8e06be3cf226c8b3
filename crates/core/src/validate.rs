//! Field errors shown to the visitor, and the check of a whole submission envelope as the central
//! service would do it (`shared/central-api.md`).
//!
//! [`FieldError`] is what the form rules return: each one maps to a Fluent message id
//! ([`FieldError::key`]) written in `i18n/<locale>/errors.ftl`. The only message with a variable
//! is `err-too-long`, which takes `$max` (a number of characters): see [`FieldError::args`].
//!
//! [`validate_envelope`] checks the bytes of a queued envelope (possibly made by another kiosk or
//! another version of this one) before it is imported. It is deliberately tolerant of what the
//! contract leaves open (any reference format, any kiosk id, unknown fields) and strict on what the
//! contract states.

use std::fmt;

use serde_json::{Map, Value};

use crate::enterprise::EnterpriseNumber;
use crate::envelope::{Envelope, KINDS, LOCALES};
use crate::report::{ContactChannel, DESCRIPTION_MAX};

/// Why a field of a form is not accepted. Each variant has a Fluent message id, see [`Self::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldError {
    /// A text field that must be filled in is empty. `err-required`
    Required,
    /// A choice (theme, channel…) was not made, or is not one of the options. `err-choice-required`
    ChoiceRequired,
    /// No date was picked. `err-date-required`
    DateRequired,
    /// The date is after today. `err-date-future`
    DateFuture,
    /// The text has more than `max` characters. `err-too-long`, variable `$max`.
    TooLong { max: usize },
    /// Not shaped like an enterprise number (10 digits starting with 0 or 1). `err-enterprise-format`
    EnterpriseFormat,
    /// Shaped right, but the mod-97 check digits do not match. `err-enterprise-checksum`
    EnterpriseChecksum,
    /// Not a usable e-mail address. `err-email`
    Email,
    /// Not a valid phone number. `err-phone`
    Phone,
    /// Not a Belgian postal code (4 digits, 1000–9999). `err-postal-code`
    PostalCode,
    /// Not an amount of money. `err-amount`
    Amount,
    /// A negative amount. `err-amount-negative`
    AmountNegative,
    /// More than two digits after the decimal separator. `err-amount-decimals`
    AmountDecimals,
    /// More than 1,000,000,000 euros. `err-amount-too-large`
    AmountTooLarge,
    /// Not a plausible website address. `err-website`
    Website,
    /// The description is empty or only blank. `err-description-required`
    DescriptionRequired,
    /// The visitor did not choose between anonymous and named. `err-identity-choice`
    IdentityChoice,
    /// The visitor did not agree to share the report with the inspection. `err-consent-share`
    ConsentShare,
    /// "Contact me" is ticked but neither an e-mail nor a phone number is given.
    /// `err-contact-needs-channel`
    ContactNeedsChannel,
    /// A box the visitor must tick to send the form is not ticked. `err-consent-required`
    ConsentRequired,
    /// Not a postal address a letter can reach. `err-postal-address`
    PostalAddress,
    /// None of the ways to be reached is given. `err-contact-one-of`
    ContactOneOf,
}

impl FieldError {
    /// Every variant once (with a sample `max` for [`FieldError::TooLong`]); used to check that
    /// every message id is translated.
    pub const ALL: [FieldError; 22] = [
        FieldError::Required,
        FieldError::ChoiceRequired,
        FieldError::DateRequired,
        FieldError::DateFuture,
        FieldError::TooLong { max: 200 },
        FieldError::EnterpriseFormat,
        FieldError::EnterpriseChecksum,
        FieldError::Email,
        FieldError::Phone,
        FieldError::PostalCode,
        FieldError::Amount,
        FieldError::AmountNegative,
        FieldError::AmountDecimals,
        FieldError::AmountTooLarge,
        FieldError::Website,
        FieldError::DescriptionRequired,
        FieldError::IdentityChoice,
        FieldError::ConsentShare,
        FieldError::ContactNeedsChannel,
        FieldError::ConsentRequired,
        FieldError::PostalAddress,
        FieldError::ContactOneOf,
    ];

    /// The Fluent message id in `i18n/<locale>/errors.ftl`.
    pub fn key(&self) -> &'static str {
        match self {
            FieldError::Required => "err-required",
            FieldError::ChoiceRequired => "err-choice-required",
            FieldError::DateRequired => "err-date-required",
            FieldError::DateFuture => "err-date-future",
            FieldError::TooLong { .. } => "err-too-long",
            FieldError::EnterpriseFormat => "err-enterprise-format",
            FieldError::EnterpriseChecksum => "err-enterprise-checksum",
            FieldError::Email => "err-email",
            FieldError::Phone => "err-phone",
            FieldError::PostalCode => "err-postal-code",
            FieldError::Amount => "err-amount",
            FieldError::AmountNegative => "err-amount-negative",
            FieldError::AmountDecimals => "err-amount-decimals",
            FieldError::AmountTooLarge => "err-amount-too-large",
            FieldError::Website => "err-website",
            FieldError::DescriptionRequired => "err-description-required",
            FieldError::IdentityChoice => "err-identity-choice",
            FieldError::ConsentShare => "err-consent-share",
            FieldError::ContactNeedsChannel => "err-contact-needs-channel",
            FieldError::ConsentRequired => "err-consent-required",
            FieldError::PostalAddress => "err-postal-address",
            FieldError::ContactOneOf => "err-contact-one-of",
        }
    }

    /// The error whose [`FieldError::key`] is `key` (for [`FieldError::TooLong`], with `max` 0:
    /// forms name it by key only where its `max` does not matter).
    pub fn from_key(key: &str) -> Option<FieldError> {
        Self::ALL.iter().find(|e| e.key() == key).map(|e| match e {
            FieldError::TooLong { .. } => FieldError::TooLong { max: 0 },
            e => *e,
        })
    }

    /// The Fluent variables of the message, as `(name, value)`: `[("max", n)]` for
    /// [`FieldError::TooLong`], empty for every other variant.
    pub fn args(&self) -> Vec<(&'static str, usize)> {
        match self {
            FieldError::TooLong { max } => vec![("max", *max)],
            _ => Vec::new(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())?;
        for (name, value) in self.args() {
            write!(f, " ({name}={value})")?;
        }
        Ok(())
    }
}

impl std::error::Error for FieldError {}

/// What is wrong with an envelope: `field` is a JSON path such as `payload.company.name` (empty
/// when the document as a whole is wrong), `reason` a short English sentence for staff and logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeProblem {
    pub field: String,
    pub reason: String,
}

impl fmt::Display for EnvelopeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() { f.write_str(&self.reason) } else { write!(f, "{}: {}", self.field, self.reason) }
    }
}

impl std::error::Error for EnvelopeProblem {}

/// Longest receipt reference accepted on import (characters).
pub const REFERENCE_MAX: usize = 64;
/// Longest tracking code accepted on import (characters).
pub const TRACKING_CODE_MAX: usize = 32;

/// Checks an envelope as the central service would, and returns it parsed.
///
/// Accepted: any reference format and any kiosk id (envelopes can come from other kiosks or
/// other versions), any RFC 3339 offset in `created_at`, unknown fields anywhere (ignored).
/// Nullable fields of the contract (`assisted_by`, `company.website`, `amount_eur`, …) may also
/// be missing, which counts as `null`; nullable free-text fields may be empty strings, except
/// `assisted_by` (null or a staff id). Everything else the contract states is required. The first
/// problem found is returned.
pub fn validate_envelope(bytes: &[u8]) -> Result<Envelope, EnvelopeProblem> {
    let value: Value =
        serde_json::from_slice(bytes).map_err(|e| problem("", format!("The document is not valid JSON ({e}).")))?;
    let top = value.as_object().ok_or_else(|| problem("", "The document is not a JSON object."))?;
    let root = Obj { map: top, path: String::new() };

    let id = root.req_str("id")?;
    if uuid::Uuid::parse_str(id).is_err() {
        return Err(problem("id", "Must be a UUID."));
    }
    let kind = root.req_enum("kind", &KINDS)?;
    match root.map.get("schema_version").and_then(Value::as_u64) {
        Some(1) => {}
        _ => return Err(problem("schema_version", "Must be the number 1.")),
    }
    root.req_str("kiosk_id")?;
    let created_at = root.req_str("created_at")?;
    if chrono::DateTime::parse_from_rfc3339(created_at).is_err() {
        return Err(problem("created_at", "Must be an RFC 3339 date and time."));
    }
    root.req_enum("locale", &LOCALES)?;
    root.opt_non_empty_str("assisted_by")?;

    let receipt = root.req_obj("receipt")?;
    let reference = receipt.req_str("reference")?;
    if reference.chars().count() > REFERENCE_MAX {
        return Err(problem("receipt.reference", format!("Must be at most {REFERENCE_MAX} characters.")));
    }
    let tracking = receipt.req_str("tracking_code")?;
    if tracking.chars().count() > TRACKING_CODE_MAX {
        return Err(problem("receipt.tracking_code", format!("Must be at most {TRACKING_CODE_MAX} characters.")));
    }

    let payload = root.req_obj("payload")?;
    match kind {
        "report" => check_report(&payload)?,
        "question" => check_question(&payload)?,
        _ => check_mediation(&payload)?,
    }

    serde_json::from_value(value.clone()).map_err(|e| problem("", format!("The envelope does not fit its type ({e}).")))
}

fn check_report(p: &Obj<'_>) -> Result<(), EnvelopeProblem> {
    p.req_str("theme")?;
    check_company(&p.req_obj("company")?)?;
    p.req_date("facts_date")?;
    let channels: Vec<&str> = ContactChannel::ALL.iter().map(|c| c.id()).collect();
    p.req_enum("contact_channel", &channels)?;
    let description = p.req_str("description")?;
    if description.chars().count() > DESCRIPTION_MAX {
        return Err(problem(p.path_of("description"), format!("Must be at most {DESCRIPTION_MAX} characters.")));
    }
    if let Some(amount) = p.opt_str("amount_eur")?
        && !is_decimal_string(amount)
    {
        return Err(problem(p.path_of("amount_eur"), "Must be a decimal string such as \"49.99\", or null."));
    }
    if let Some(reporter) = p.opt_obj("reporter")? {
        reporter.req_str("name")?;
        reporter.opt_str("email")?;
        reporter.opt_str("phone")?;
        reporter.opt_str("postal_code")?;
    }
    let consent = p.req_obj("consent")?;
    consent.req_true("share_with_inspection")?;
    consent.req_bool("may_contact_me")?;
    Ok(())
}

fn check_question(p: &Obj<'_>) -> Result<(), EnvelopeProblem> {
    p.req_str("theme")?;
    p.req_str("question")?;
    let reply_by = p.req_enum("reply_by", &["email", "phone", "post"])?;
    let contact = p.req_obj("contact")?;
    contact.opt_str("name")?;
    let email = contact.opt_str("email")?;
    let phone = contact.opt_str("phone")?;
    let post = contact.opt_str("postal_address")?;
    let (needed, given) = match reply_by {
        "email" => ("email", email),
        "phone" => ("phone", phone),
        _ => ("postal_address", post),
    };
    if given.is_none_or(|s| s.trim().is_empty()) {
        return Err(problem(contact.path_of(needed), format!("Must not be empty when reply_by is \"{reply_by}\".")));
    }
    p.req_obj("consent")?.req_true("process_my_data")?;
    Ok(())
}

fn check_mediation(p: &Obj<'_>) -> Result<(), EnvelopeProblem> {
    p.req_str("sector")?;
    p.req_str("service")?;
    check_company(&p.req_obj("company")?)?;
    p.req_date("complained_to_company_on")?;
    p.req_enum("company_answer", &["none", "refused", "unsatisfactory"])?;
    p.req_str("description")?;
    p.req_str("desired_outcome")?;
    let contact = p.req_obj("contact")?;
    contact.req_str("name")?;
    contact.opt_str("email")?;
    contact.opt_str("phone")?;
    contact.opt_str("postal_address")?;
    p.req_obj("consent")?.req_true("forward_to_mediator")?;
    Ok(())
}

fn check_company(company: &Obj<'_>) -> Result<(), EnvelopeProblem> {
    company.req_str("name")?;
    company.opt_str("website")?;
    if let Some(number) = company.opt_str("enterprise_number")?
        && EnterpriseNumber::parse(number).is_err()
    {
        return Err(problem(
            company.path_of("enterprise_number"),
            "Must be a valid Belgian enterprise number, or null.",
        ));
    }
    company.opt_str("address")?;
    Ok(())
}

/// `123`, `49.99`, `0.5`: ASCII digits with at most one `.` between digits.
fn is_decimal_string(s: &str) -> bool {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

fn problem(field: impl Into<String>, reason: impl Into<String>) -> EnvelopeProblem {
    EnvelopeProblem { field: field.into(), reason: reason.into() }
}

/// A JSON object and its path from the envelope's root, with typed getters that name the field.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) }
    }

    /// A string that is not empty nor only blank.
    fn req_str(&self, key: &str) -> Result<&'a str, EnvelopeProblem> {
        match self.map.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s),
            Some(Value::String(_)) => Err(problem(self.path_of(key), "Must not be empty.")),
            None => Err(problem(self.path_of(key), "Is missing.")),
            Some(_) => Err(problem(self.path_of(key), "Must be a string.")),
        }
    }

    /// `null` (or missing) or any string.
    fn opt_str(&self, key: &str) -> Result<Option<&'a str>, EnvelopeProblem> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(problem(self.path_of(key), "Must be a string or null.")),
        }
    }

    /// `null` (or missing) or a string that is not empty nor only blank.
    fn opt_non_empty_str(&self, key: &str) -> Result<Option<&'a str>, EnvelopeProblem> {
        match self.opt_str(key)? {
            Some(s) if s.trim().is_empty() => Err(problem(self.path_of(key), "Must be null or a non-empty string.")),
            other => Ok(other),
        }
    }

    fn req_enum(&self, key: &str, allowed: &[&str]) -> Result<&'a str, EnvelopeProblem> {
        let s = match self.map.get(key) {
            Some(Value::String(s)) => s.as_str(),
            None => return Err(problem(self.path_of(key), "Is missing.")),
            Some(_) => return Err(problem(self.path_of(key), "Must be a string.")),
        };
        if allowed.contains(&s) {
            Ok(s)
        } else {
            Err(problem(self.path_of(key), format!("Must be one of: {}.", allowed.join(", "))))
        }
    }

    fn req_obj(&self, key: &str) -> Result<Obj<'a>, EnvelopeProblem> {
        match self.opt_obj(key)? {
            Some(obj) => Ok(obj),
            None => Err(problem(self.path_of(key), "Must be an object.")),
        }
    }

    /// `null` (or missing) or an object.
    fn opt_obj(&self, key: &str) -> Result<Option<Obj<'a>>, EnvelopeProblem> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Obj { map, path: self.path_of(key) })),
            Some(_) => Err(problem(self.path_of(key), "Must be an object or null.")),
        }
    }

    fn req_bool(&self, key: &str) -> Result<bool, EnvelopeProblem> {
        match self.map.get(key) {
            Some(Value::Bool(b)) => Ok(*b),
            None => Err(problem(self.path_of(key), "Is missing.")),
            Some(_) => Err(problem(self.path_of(key), "Must be true or false.")),
        }
    }

    fn req_true(&self, key: &str) -> Result<(), EnvelopeProblem> {
        match self.map.get(key) {
            Some(Value::Bool(true)) => Ok(()),
            None => Err(problem(self.path_of(key), "Is missing.")),
            Some(_) => Err(problem(self.path_of(key), "Must be true.")),
        }
    }

    fn req_date(&self, key: &str) -> Result<chrono::NaiveDate, EnvelopeProblem> {
        let s = self.req_str(key)?;
        match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if s.len() == 10 => Ok(d),
            _ => Err(problem(self.path_of(key), "Must be a date as YYYY-MM-DD.")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeSet;

    // ---------- FieldError and the Fluent files ----------

    const FTL: [(&str, &str); 4] = [
        ("fr-BE", include_str!("../../../i18n/fr-BE/errors.ftl")),
        ("nl-BE", include_str!("../../../i18n/nl-BE/errors.ftl")),
        ("de-BE", include_str!("../../../i18n/de-BE/errors.ftl")),
        ("en", include_str!("../../../i18n/en/errors.ftl")),
    ];

    /// `(id, message)` of every plain one-line message in an FTL file.
    fn ftl_messages(text: &str) -> Vec<(String, String)> {
        text.lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once(" = ").map(|(k, v)| (k.trim().to_string(), v.to_string())))
            .collect()
    }

    #[test]
    fn keys_are_distinct_and_well_formed() {
        let keys: BTreeSet<&str> = FieldError::ALL.iter().map(|e| e.key()).collect();
        assert_eq!(keys.len(), FieldError::ALL.len());
        for k in keys {
            assert!(k.starts_with("err-"), "{k}");
            assert!(k.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{k}");
        }
    }

    #[test]
    fn every_key_is_translated_in_every_locale_and_nothing_else() {
        let expected: BTreeSet<String> = FieldError::ALL.iter().map(|e| e.key().to_string()).collect();
        for (locale, text) in FTL {
            let messages = ftl_messages(text);
            let ids: BTreeSet<String> = messages.iter().map(|(k, _)| k.clone()).collect();
            assert_eq!(ids.len(), messages.len(), "{locale}: duplicate ids");
            assert_eq!(ids, expected, "{locale}: ids differ from FieldError keys");
            // Every non-comment, non-blank line is a message (no multi-line messages to misread).
            let lines = text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).count();
            assert_eq!(lines, messages.len(), "{locale}: unexpected lines");
            for (id, msg) in &messages {
                assert!(!msg.trim().is_empty(), "{locale} {id}: empty");
                let uses_max = msg.contains("{ $max }");
                assert_eq!(uses_max, id == "err-too-long", "{locale} {id}: $max");
                // No other placeable.
                let braces = msg.matches('{').count();
                assert_eq!(braces, usize::from(uses_max), "{locale} {id}: placeables");
            }
        }
    }

    #[test]
    fn args_only_for_too_long() {
        assert_eq!(FieldError::TooLong { max: 5000 }.args(), vec![("max", 5000usize)]);
        for e in FieldError::ALL {
            if !matches!(e, FieldError::TooLong { .. }) {
                assert!(e.args().is_empty(), "{e}");
            }
        }
        assert_eq!(FieldError::TooLong { max: 7 }.to_string(), "err-too-long (max=7)");
        assert_eq!(FieldError::Email.to_string(), "err-email");
    }

    // ---------- validate_envelope ----------

    /// The contract's examples: one copy in `crates/core/fixtures/contract/`.
    fn fixture(text: &str) -> Value {
        serde_json::from_str(text).expect("fixture is JSON")
    }

    fn report_envelope() -> Value {
        fixture(include_str!("../fixtures/contract/report.json"))
    }

    fn question_envelope() -> Value {
        fixture(include_str!("../fixtures/contract/question.json"))
    }

    fn mediation_envelope() -> Value {
        fixture(include_str!("../fixtures/contract/mediation.json"))
    }

    fn check(v: &Value) -> Result<Envelope, EnvelopeProblem> {
        validate_envelope(&serde_json::to_vec(v).expect("serialise"))
    }

    /// Sets (or with `None` removes) the value at a `/`-separated pointer.
    fn edit(v: &Value, pointer: &str, new: Option<Value>) -> Value {
        let mut v = v.clone();
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        let target = if parent.is_empty() { &mut v } else { v.pointer_mut(parent).expect("parent exists") };
        let obj = target.as_object_mut().expect("parent is an object");
        match new {
            Some(n) => {
                obj.insert(key.to_string(), n);
            }
            None => {
                obj.remove(key);
            }
        }
        v
    }

    fn assert_fails(v: &Value, field: &str) {
        match check(v) {
            Ok(_) => panic!("accepted, expected a problem at {field}: {v}"),
            Err(p) => {
                assert_eq!(p.field, field, "wrong field ({}) for {v}", p.reason);
                assert!(!p.reason.is_empty());
            }
        }
    }

    #[test]
    fn contract_examples_pass() {
        for v in [report_envelope(), question_envelope(), mediation_envelope()] {
            let env = check(&v).expect("contract example is valid");
            assert_eq!(env.kind, v["kind"]);
            assert_eq!(env.payload, v["payload"]);
            assert_eq!(env.receipt.reference, "NG3-7K4Q-M2XP");
        }
    }

    #[test]
    fn tolerant_of_unknown_fields_other_formats_and_missing_nullables() {
        let base = report_envelope();
        let ok = [
            edit(&base, "/extra", Some(json!({"future": 1}))),
            edit(&base, "/payload/extra", Some(json!("x"))),
            edit(&base, "/payload/company/extra", Some(json!(3))),
            edit(&base, "/receipt/reference", Some(json!("anything goes 123"))),
            edit(&base, "/receipt/reference", Some(json!("x".repeat(64)))),
            edit(&base, "/receipt/tracking_code", Some(json!("9".repeat(32)))),
            edit(&base, "/kiosk_id", Some(json!("some other kiosk"))),
            edit(&base, "/created_at", Some(json!("2026-11-26T11:15:30+01:00"))),
            edit(&base, "/created_at", Some(json!("2026-11-26T10:15:30.123Z"))),
            edit(&base, "/assisted_by", None),
            edit(&base, "/assisted_by", Some(json!("staff-7"))),
            edit(&base, "/payload/amount_eur", Some(Value::Null)),
            edit(&base, "/payload/amount_eur", None),
            edit(&base, "/payload/amount_eur", Some(json!("1250"))),
            edit(&base, "/payload/amount_eur", Some(json!("0.5"))),
            edit(&base, "/payload/company/website", Some(json!(""))),
            edit(&base, "/payload/company/website", Some(Value::Null)),
            edit(&base, "/payload/company/enterprise_number", None),
            edit(&base, "/payload/company/enterprise_number", Some(json!("0314595348"))),
            edit(&base, "/payload/company/address", Some(Value::Null)),
            edit(&base, "/payload/description", Some(json!("é".repeat(5000)))),
            edit(
                &base,
                "/payload/reporter",
                Some(json!({"name": "Marie", "email": null, "phone": "+32470123456", "postal_code": "1000"})),
            ),
            edit(&base, "/payload/reporter", Some(json!({"name": "Marie"}))),
            edit(&base, "/payload/consent/may_contact_me", Some(json!(true))),
            edit(&base, "/id", Some(json!("00000000-0000-0000-0000-000000000000"))),
        ];
        for v in ok {
            if let Err(p) = check(&v) {
                panic!("rejected at {}: {} — {v}", p.field, p.reason);
            }
        }
        for contact in ["phone", "post"] {
            let q = question_envelope();
            let key = if contact == "phone" { "phone" } else { "postal_address" };
            let v = edit(&q, "/payload/reply_by", Some(json!(contact)));
            let v = edit(&v, &format!("/payload/contact/{key}"), Some(json!("x")));
            check(&v).expect("matching contact given");
        }
        for answer in ["none", "refused", "unsatisfactory"] {
            let v = edit(&mediation_envelope(), "/payload/company_answer", Some(json!(answer)));
            check(&v).expect("company answer");
        }
        for locale in LOCALES {
            check(&edit(&base, "/locale", Some(json!(locale)))).expect("locale");
        }
        for c in ContactChannel::ALL {
            check(&edit(&base, "/payload/contact_channel", Some(json!(c.id())))).expect("channel");
        }
    }

    #[test]
    fn not_json_or_not_an_object() {
        for bytes in [&b""[..], b"{", b"[1,2]", b"\"x\"", b"null", b"\xff\xfe"] {
            let p = validate_envelope(bytes).expect_err("must fail");
            assert_eq!(p.field, "");
        }
    }

    #[test]
    fn broken_envelope_fields_are_named() {
        let base = report_envelope();
        let cases: Vec<(&str, Option<Value>, &str)> = vec![
            ("/id", None, "id"),
            ("/id", Some(json!("not-a-uuid")), "id"),
            ("/id", Some(json!(42)), "id"),
            ("/kind", Some(json!("complaint")), "kind"),
            ("/kind", None, "kind"),
            ("/schema_version", Some(json!(2)), "schema_version"),
            ("/schema_version", Some(json!("1")), "schema_version"),
            ("/schema_version", Some(json!(1.5)), "schema_version"),
            ("/schema_version", None, "schema_version"),
            ("/kiosk_id", Some(json!("")), "kiosk_id"),
            ("/kiosk_id", Some(json!("  ")), "kiosk_id"),
            ("/kiosk_id", Some(Value::Null), "kiosk_id"),
            ("/created_at", Some(json!("26/11/2026 10:15")), "created_at"),
            ("/created_at", Some(json!("2026-11-26")), "created_at"),
            ("/locale", Some(json!("fr")), "locale"),
            ("/locale", Some(json!("en-GB")), "locale"),
            ("/assisted_by", Some(json!("")), "assisted_by"),
            ("/assisted_by", Some(json!("  ")), "assisted_by"),
            ("/assisted_by", Some(json!(7)), "assisted_by"),
            ("/receipt", None, "receipt"),
            ("/receipt", Some(json!("NG3-7K4Q-M2XP")), "receipt"),
            ("/receipt/reference", Some(json!("")), "receipt.reference"),
            ("/receipt/reference", Some(json!("x".repeat(65))), "receipt.reference"),
            ("/receipt/tracking_code", None, "receipt.tracking_code"),
            ("/receipt/tracking_code", Some(json!("1".repeat(33))), "receipt.tracking_code"),
            ("/payload", Some(json!([])), "payload"),
            ("/payload", None, "payload"),
        ];
        for (pointer, new, field) in cases {
            assert_fails(&edit(&base, pointer, new), field);
        }
    }

    #[test]
    fn broken_report_payload_fields_are_named() {
        let base = report_envelope();
        let cases: Vec<(&str, Option<Value>, &str)> = vec![
            ("/payload/theme", None, "payload.theme"),
            ("/payload/theme", Some(json!("")), "payload.theme"),
            ("/payload/company", None, "payload.company"),
            ("/payload/company/name", Some(json!("")), "payload.company.name"),
            ("/payload/company/name", None, "payload.company.name"),
            ("/payload/company/website", Some(json!(1)), "payload.company.website"),
            ("/payload/company/enterprise_number", Some(json!("0123.456.748")), "payload.company.enterprise_number"),
            ("/payload/company/enterprise_number", Some(json!("abc")), "payload.company.enterprise_number"),
            ("/payload/company/address", Some(json!(false)), "payload.company.address"),
            ("/payload/facts_date", None, "payload.facts_date"),
            ("/payload/facts_date", Some(json!("02/11/2026")), "payload.facts_date"),
            ("/payload/facts_date", Some(json!("2026-02-30")), "payload.facts_date"),
            ("/payload/facts_date", Some(json!("2026-2-3")), "payload.facts_date"),
            ("/payload/contact_channel", Some(json!("fax")), "payload.contact_channel"),
            ("/payload/contact_channel", None, "payload.contact_channel"),
            ("/payload/description", Some(json!(" \n ")), "payload.description"),
            ("/payload/description", Some(json!("é".repeat(5001))), "payload.description"),
            ("/payload/amount_eur", Some(json!("49,99")), "payload.amount_eur"),
            ("/payload/amount_eur", Some(json!("-1")), "payload.amount_eur"),
            ("/payload/amount_eur", Some(json!("1.")), "payload.amount_eur"),
            ("/payload/amount_eur", Some(json!(49.99)), "payload.amount_eur"),
            ("/payload/reporter", Some(json!("Marie")), "payload.reporter"),
            ("/payload/reporter", Some(json!({})), "payload.reporter.name"),
            ("/payload/reporter", Some(json!({"name": ""})), "payload.reporter.name"),
            ("/payload/reporter", Some(json!({"name": "M", "email": 3})), "payload.reporter.email"),
            ("/payload/consent", None, "payload.consent"),
            ("/payload/consent/share_with_inspection", Some(json!(false)), "payload.consent.share_with_inspection"),
            ("/payload/consent/share_with_inspection", Some(json!("true")), "payload.consent.share_with_inspection"),
            ("/payload/consent/may_contact_me", None, "payload.consent.may_contact_me"),
        ];
        for (pointer, new, field) in cases {
            assert_fails(&edit(&base, pointer, new), field);
        }
    }

    #[test]
    fn broken_question_payload_fields_are_named() {
        let base = question_envelope();
        let cases: Vec<(&str, Option<Value>, &str)> = vec![
            ("/payload/theme", Some(json!("")), "payload.theme"),
            ("/payload/question", None, "payload.question"),
            ("/payload/question", Some(json!("   ")), "payload.question"),
            ("/payload/reply_by", Some(json!("sms")), "payload.reply_by"),
            ("/payload/contact", None, "payload.contact"),
            ("/payload/contact/email", Some(Value::Null), "payload.contact.email"),
            ("/payload/contact/email", Some(json!(" ")), "payload.contact.email"),
            ("/payload/reply_by", Some(json!("phone")), "payload.contact.phone"),
            ("/payload/reply_by", Some(json!("post")), "payload.contact.postal_address"),
            ("/payload/consent/process_my_data", Some(json!(false)), "payload.consent.process_my_data"),
            ("/payload/consent", None, "payload.consent"),
        ];
        for (pointer, new, field) in cases {
            assert_fails(&edit(&base, pointer, new), field);
        }
    }

    #[test]
    fn broken_mediation_payload_fields_are_named() {
        let base = mediation_envelope();
        let cases: Vec<(&str, Option<Value>, &str)> = vec![
            ("/payload/sector", Some(json!("")), "payload.sector"),
            ("/payload/service", None, "payload.service"),
            ("/payload/company/name", Some(json!("")), "payload.company.name"),
            ("/payload/company/enterprise_number", Some(json!("0123456789")), "payload.company.enterprise_number"),
            ("/payload/complained_to_company_on", Some(json!("yesterday")), "payload.complained_to_company_on"),
            ("/payload/company_answer", Some(json!("ignored")), "payload.company_answer"),
            ("/payload/description", Some(json!("")), "payload.description"),
            ("/payload/desired_outcome", None, "payload.desired_outcome"),
            ("/payload/contact/name", Some(json!("")), "payload.contact.name"),
            ("/payload/contact", Some(Value::Null), "payload.contact"),
            ("/payload/consent/forward_to_mediator", Some(json!(false)), "payload.consent.forward_to_mediator"),
        ];
        for (pointer, new, field) in cases {
            assert_fails(&edit(&base, pointer, new), field);
        }
    }

    #[test]
    fn payload_of_another_kind_is_rejected() {
        let v = edit(&report_envelope(), "/kind", Some(json!("question")));
        assert_fails(&v, "payload.question");
        let v = edit(&question_envelope(), "/kind", Some(json!("mediation")));
        assert_fails(&v, "payload.sector");
    }

    #[test]
    fn decimal_strings() {
        for ok in ["0", "12", "49.99", "0.5", "1250.50"] {
            assert!(is_decimal_string(ok), "{ok}");
        }
        for bad in ["", ".5", "5.", "1.2.3", "1,5", "-1", "+1", " 1", "1e3", "١٢"] {
            assert!(!is_decimal_string(bad), "{bad}");
        }
    }

    #[test]
    fn problem_display() {
        let p = problem("payload.theme", "Is missing.");
        assert_eq!(p.to_string(), "payload.theme: Is missing.");
        assert_eq!(problem("", "Bad.").to_string(), "Bad.");
    }
}
