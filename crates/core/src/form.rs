//! Forms as data: a form is steps of typed fields, with conditions, limits, cross-field rules,
//! and where each answer goes in the contract's payload. The three forms of the kiosk (report,
//! question, mediation request) are [`FormSpec`]s read from `kiosk-config/content/forms/`; one
//! engine validates a [`Draft`] against any of them and builds its payload.
//!
//! A draft holds every value as the visitor typed it, as text (a date as `YYYY-MM-DD`, a
//! consent as `true`), by field id. A field whose `shown` condition is false is not asked: it
//! is neither checked nor sent (its payload place gets its empty value: `null`, or `false` for
//! a consent), whatever the draft still holds for it — so a visitor who goes back and changes an
//! answer loses nothing they typed, and sends nothing they no longer mean to.
//!
//! After ODK's XLSForm ("forms as data"), much smaller: no repeats, no calculations, one kind of
//! condition (`field = value`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::amount::parse_amount_eur;
use crate::contact::{parse_email, parse_phone, parse_postal_code};
use crate::enterprise::EnterpriseNumber;
use crate::validate::FieldError;

/// What a field holds, and so how it is asked, checked and sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// One line of free text, trimmed.
    Text,
    /// Free text on several lines, sent exactly as typed (the contract keeps free text as typed).
    LongText,
    /// An e-mail address (checked, domain lower-cased).
    Email,
    /// A Belgian or international phone number (sent in E.164, `+32…`).
    Phone,
    /// A Belgian postal code (4 digits).
    PostalCode,
    /// A postal address: with a Belgian postal code, or a foreign one naming its country.
    PostalAddress,
    /// A Belgian enterprise number (sent as `0123.456.749`).
    EnterpriseNumber,
    /// A website address.
    Website,
    /// A day picked on the calendar, not after today (sent as `YYYY-MM-DD`).
    Date,
    /// An amount in euros (sent as a decimal string, `49.99`).
    Amount,
    /// One of a list of options (sent as the option's id).
    Choice,
    /// A box to tick (sent as `true` / `false`).
    Consent,
    /// Not asked: set by the kiosk from what it knows (the service the routing found…).
    Hidden,
}

impl FieldType {
    /// The spellings in the form files.
    pub const NAMES: [&'static str; 13] = [
        "text",
        "long-text",
        "email",
        "phone",
        "postal-code",
        "postal-address",
        "enterprise-number",
        "website",
        "date",
        "amount",
        "choice",
        "consent",
        "hidden",
    ];

    pub fn parse(name: &str) -> Option<FieldType> {
        Some(match name {
            "text" => FieldType::Text,
            "long-text" => FieldType::LongText,
            "email" => FieldType::Email,
            "phone" => FieldType::Phone,
            "postal-code" => FieldType::PostalCode,
            "postal-address" => FieldType::PostalAddress,
            "enterprise-number" => FieldType::EnterpriseNumber,
            "website" => FieldType::Website,
            "date" => FieldType::Date,
            "amount" => FieldType::Amount,
            "choice" => FieldType::Choice,
            "consent" => FieldType::Consent,
            "hidden" => FieldType::Hidden,
            _ => return None,
        })
    }

    /// The on-screen keyboard a typed field opens: `text`, `email` or `numeric`; `None` for a
    /// field that is not typed.
    pub fn keyboard(self) -> Option<&'static str> {
        match self {
            FieldType::Text | FieldType::LongText | FieldType::PostalAddress => Some("text"),
            FieldType::Email | FieldType::Website => Some("email"),
            FieldType::Phone | FieldType::PostalCode | FieldType::EnterpriseNumber | FieldType::Amount => {
                Some("numeric")
            }
            FieldType::Date | FieldType::Choice | FieldType::Consent | FieldType::Hidden => None,
        }
    }

    /// The longest text a visitor may type by default (characters).
    pub fn default_max(self) -> usize {
        match self {
            FieldType::LongText => 5000,
            FieldType::Text | FieldType::PostalAddress | FieldType::Website => 300,
            _ => 100,
        }
    }

    /// The error shown when a required field is left empty.
    pub fn required_error(self) -> FieldError {
        match self {
            FieldType::Choice => FieldError::ChoiceRequired,
            FieldType::Date => FieldError::DateRequired,
            FieldType::Consent => FieldError::ConsentRequired,
            _ => FieldError::Required,
        }
    }
}

/// `field = value`: true when the draft's value of `field` (trimmed) is `value` — and the field
/// is itself shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub field: String,
    pub equals: String,
}

impl Condition {
    /// Reads `field = value` (spaces allowed around `=`).
    pub fn parse(s: &str) -> Option<Condition> {
        let (field, value) = s.split_once('=')?;
        let (field, value) = (field.trim(), value.trim());
        (!field.is_empty() && !value.is_empty())
            .then(|| Condition { field: field.to_string(), equals: value.to_string() })
    }
}

/// Whether a field must be filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    Optional,
    Required,
    /// Required when the condition holds (e.g. the e-mail when the answer is by e-mail).
    RequiredWhen(Condition),
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// Kebab-case, unique in the form: `company-name`. The UI labels it `field-<id>`.
    pub id: String,
    pub ty: FieldType,
    pub requirement: Requirement,
    /// Asked only when this holds.
    pub shown: Option<Condition>,
    /// Longest text, in characters.
    pub max: usize,
    /// For a choice: the option ids, in display order.
    pub options: Vec<String>,
    /// Where the value goes in the payload (`company.name`); `None`: not sent (it only decides
    /// other things, as the report's "anonymous or named").
    pub path: Option<String>,
    /// The error shown when it is required and empty (else the type's).
    pub required_error: Option<FieldError>,
}

/// A rule across fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtLeastOne {
    /// At least one of these must be filled in (and valid)…
    pub fields: Vec<String>,
    /// …when this holds (always, when `None`)…
    pub when: Option<Condition>,
    /// …else this error, shown next to `error_on`.
    pub error_on: String,
    pub error: FieldError,
}

/// A payload object that is `null` unless a condition holds (the report's `reporter` for an
/// anonymous report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NullUnless {
    pub path: String,
    pub when: Condition,
}

/// A plain warning next to a date field, by the date's age (it does not block: the mediation
/// request says what a complaint older than a year means, or that the date does not agree with
/// what the visitor answered before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub field: String,
    pub age: Age,
    /// Only when this also holds (e.g. an answer the routing recorded in a hidden field).
    pub when: Option<Condition>,
    /// Its text's key.
    pub key: String,
}

/// The age of a date that a [`Notice`] is about, in days before today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    /// More than this many days ago.
    OlderThan(i64),
    /// This many days ago or less.
    Within(i64),
}

/// One screen of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepSpec {
    pub id: String,
    /// The fields on this screen, in order.
    pub fields: Vec<String>,
}

/// A form: its steps (the review comes after them), fields, rules and payload shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormSpec {
    /// `report`, `question`, `mediation`, …: its texts are `form-<id>-…`.
    pub id: String,
    /// The envelope's `kind` in the contract.
    pub kind: String,
    pub steps: Vec<StepSpec>,
    /// In form order (the order errors are listed in).
    pub fields: Vec<FieldSpec>,
    pub at_least_one: Vec<AtLeastOne>,
    pub null_unless: Vec<NullUnless>,
    pub notices: Vec<Notice>,
    /// Payload places with a fixed value (`consent.share_with_inspection = true` is asked, but a
    /// contract field the form never asks can be fixed here).
    pub constants: Vec<(String, Value)>,
}

/// The values as the visitor typed them, by field id.
pub type Draft = BTreeMap<String, String>;

/// Errors of a draft, in form order: (field id, error).
pub type Errors = Vec<(String, FieldError)>;

impl FormSpec {
    pub fn field(&self, id: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The step (index) a field is on.
    pub fn step_of(&self, field: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.fields.iter().any(|f| f == field))
    }

    /// The notices that apply now: (field id, text key).
    pub fn notices(&self, draft: &Draft, today: NaiveDate) -> Vec<(String, String)> {
        self.notices
            .iter()
            .filter(|n| self.is_shown(&n.field, draft))
            .filter(|n| n.when.as_ref().is_none_or(|c| self.holds(c, draft)))
            .filter(|n| {
                let age = draft
                    .get(&n.field)
                    .and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok())
                    .map(|d| (today - d).num_days());
                match (age, n.age) {
                    (Some(age), Age::OlderThan(days)) => age > days,
                    (Some(age), Age::Within(days)) => age <= days,
                    (None, _) => false,
                }
            })
            .map(|n| (n.field.clone(), n.key.clone()))
            .collect()
    }

    /// Whether a condition holds for this draft: the field it names is shown and has the value.
    pub fn holds(&self, c: &Condition, draft: &Draft) -> bool {
        self.is_shown(&c.field, draft) && draft.get(&c.field).is_some_and(|v| v.trim() == c.equals)
    }

    /// Whether a field is asked, given the other answers (a condition on a hidden field is
    /// false; a cycle of conditions counts as hidden).
    pub fn is_shown(&self, field: &str, draft: &Draft) -> bool {
        self.shown_depth(field, draft, 0)
    }

    fn shown_depth(&self, field: &str, draft: &Draft, depth: usize) -> bool {
        if depth > self.fields.len() {
            return false;
        }
        match self.field(field).and_then(|f| f.shown.as_ref()) {
            None => true,
            Some(c) => {
                self.shown_depth(&c.field, draft, depth + 1)
                    && draft.get(&c.field).is_some_and(|v| v.trim() == c.equals)
            }
        }
    }

    /// Whether a shown field must be filled in now.
    pub fn is_required(&self, f: &FieldSpec, draft: &Draft) -> bool {
        match &f.requirement {
            Requirement::Optional => false,
            Requirement::Required => true,
            Requirement::RequiredWhen(c) => self.holds(c, draft),
        }
    }

    /// The errors that block step `step`. Past the last step (the review), every error.
    pub fn validate_step(&self, draft: &Draft, step: usize, today: NaiveDate) -> Errors {
        let all = self.validate(draft, today);
        match self.steps.get(step) {
            Some(s) => all.into_iter().filter(|(f, _)| s.fields.contains(f)).collect(),
            None => all,
        }
    }

    /// Every error of the draft, in form order.
    pub fn validate(&self, draft: &Draft, today: NaiveDate) -> Errors {
        self.check(draft, today).err().unwrap_or_default()
    }

    /// The payload of the contract's kind, or every error.
    pub fn payload(&self, draft: &Draft, today: NaiveDate) -> Result<Value, Errors> {
        let values = self.check(draft, today)?;
        let mut root = Value::Object(Map::new());
        for f in &self.fields {
            if let Some(path) = &f.path {
                let v = values.get(&f.id).cloned().unwrap_or_else(|| empty_value(f.ty));
                set_path(&mut root, path, v);
            }
        }
        for (path, v) in &self.constants {
            set_path(&mut root, path, v.clone());
        }
        for n in &self.null_unless {
            if !self.holds(&n.when, draft) {
                set_path(&mut root, &n.path, Value::Null);
            }
        }
        Ok(root)
    }

    /// Checks every shown field; the normalised value of each filled-in one, or every error.
    fn check(&self, draft: &Draft, today: NaiveDate) -> Result<BTreeMap<String, Value>, Errors> {
        let mut errors: Errors = Vec::new();
        let mut values = BTreeMap::new();
        for f in &self.fields {
            if !self.is_shown(&f.id, draft) {
                continue;
            }
            let raw = draft.get(&f.id).map(String::as_str).unwrap_or("");
            let filled = match f.ty {
                FieldType::Consent => raw.trim() == "true",
                _ => !raw.trim().is_empty(),
            };
            if !filled {
                if self.is_required(f, draft) {
                    errors.push((f.id.clone(), f.required_error.unwrap_or_else(|| f.ty.required_error())));
                } else if f.ty == FieldType::Consent {
                    values.insert(f.id.clone(), Value::Bool(false));
                }
                continue;
            }
            match normalise(f, raw, today) {
                Ok(v) => {
                    values.insert(f.id.clone(), v);
                }
                Err(e) => errors.push((f.id.clone(), e)),
            }
        }
        for rule in &self.at_least_one {
            if rule.when.as_ref().is_some_and(|c| !self.holds(c, draft)) {
                continue;
            }
            let given = rule
                .fields
                .iter()
                .any(|id| self.is_shown(id, draft) && draft.get(id).is_some_and(|v| !v.trim().is_empty()));
            if !given && !errors.iter().any(|(f, _)| f == &rule.error_on) {
                errors.push((rule.error_on.clone(), rule.error));
            }
        }
        if errors.is_empty() {
            Ok(values)
        } else {
            let order = |id: &str| self.fields.iter().position(|f| f.id == id).unwrap_or(usize::MAX);
            errors.sort_by_key(|(id, _)| order(id));
            Err(errors)
        }
    }
}

/// Makes the envelope of `spec`'s kind once the visitor confirms: a new UUID v7 id,
/// `created_at` from `now` (RFC 3339 UTC, seconds), a receipt reference for the kiosk's
/// `short_code` and a tracking code from `rng`. Dates may not be after the Belgian date of `now`.
/// A blank `assisted_by` counts as `None`. Every error instead when the draft is not complete.
#[allow(clippy::too_many_arguments)]
pub fn build_envelope<R: rand::Rng + ?Sized>(
    spec: &FormSpec,
    draft: &Draft,
    kiosk_id: &str,
    short_code: &str,
    locale: &str,
    assisted_by: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
    rng: &mut R,
) -> Result<crate::envelope::Envelope, Errors> {
    use crate::reference::{generate_reference, generate_tracking_code};
    let payload = spec.payload(draft, crate::clock::brussels_today(now))?;
    Ok(crate::envelope::Envelope {
        id: uuid::Uuid::now_v7(),
        kind: spec.kind.clone(),
        schema_version: crate::envelope::SCHEMA_VERSION,
        kiosk_id: kiosk_id.to_string(),
        created_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        locale: locale.to_string(),
        assisted_by: assisted_by.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string),
        receipt: crate::envelope::Receipt {
            reference: generate_reference(short_code, rng),
            tracking_code: generate_tracking_code(rng),
        },
        payload,
    })
}

/// What an unanswered field is sent as.
fn empty_value(ty: FieldType) -> Value {
    match ty {
        FieldType::Consent => Value::Bool(false),
        _ => Value::Null,
    }
}

/// Sets `path` (`a.b.c`) in `root`, making the objects on the way.
fn set_path(root: &mut Value, path: &str, v: Value) {
    let mut at = root;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(map) = at else { return };
        if parts.peek().is_none() {
            map.insert(part.to_string(), v);
            return;
        }
        at = map.entry(part.to_string()).or_insert_with(|| Value::Object(Map::new()));
    }
}

/// A filled-in value, checked and normalised for the payload.
fn normalise(f: &FieldSpec, raw: &str, today: NaiveDate) -> Result<Value, FieldError> {
    let t = raw.trim();
    let too_long = |s: &str| s.chars().count() > f.max;
    let text = |v: String| Ok(Value::String(v));
    match f.ty {
        FieldType::Text | FieldType::Hidden => {
            if too_long(t) {
                return Err(FieldError::TooLong { max: f.max });
            }
            text(t.to_string())
        }
        FieldType::LongText => {
            if too_long(raw) {
                return Err(FieldError::TooLong { max: f.max });
            }
            text(raw.to_string())
        }
        FieldType::Email => parse_email(t).map(Value::String),
        FieldType::Phone => parse_phone(t).map(Value::String),
        FieldType::PostalCode => parse_postal_code(t).map(Value::String),
        FieldType::PostalAddress => {
            if too_long(t) {
                return Err(FieldError::TooLong { max: f.max });
            }
            postal_address(t).map(Value::String)
        }
        FieldType::EnterpriseNumber => EnterpriseNumber::parse(t).map(|n| Value::String(n.formatted())),
        FieldType::Website => website(t, f.max).map(Value::String),
        FieldType::Date => match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            Err(_) => Err(FieldError::DateRequired),
            Ok(d) if d > today => Err(FieldError::DateFuture),
            Ok(d) => text(d.format("%Y-%m-%d").to_string()),
        },
        FieldType::Amount => parse_amount_eur(t).map(Value::String),
        FieldType::Choice => {
            if f.options.iter().any(|o| o == t) {
                text(t.to_string())
            } else {
                Err(f.required_error.unwrap_or(FieldError::ChoiceRequired))
            }
        }
        FieldType::Consent => Ok(Value::Bool(true)),
    }
}

/// A website as typed (trimmed): no spaces, a dot between two characters.
pub fn website(t: &str, max: usize) -> Result<String, FieldError> {
    if t.chars().count() > max {
        return Err(FieldError::TooLong { max });
    }
    let inner_dot = t.char_indices().any(|(i, c)| c == '.' && i > 0 && i + 1 < t.len());
    if t.chars().any(char::is_whitespace) || !inner_dot {
        return Err(FieldError::Website);
    }
    Ok(t.to_string())
}

/// Names of Belgium in the kiosk's languages (an address that names it is a Belgian one).
const BELGIUM: [&str; 5] = ["belgique", "belgië", "belgie", "belgien", "belgium"];

/// A postal address, kept as typed (trimmed), that a letter can reach: it has a street part and
/// a Belgian postal code (4 digits, 1000–9999), or — abroad — names its country on the last line
/// or after the last comma, with letters and at least one digit somewhere (a number or a code).
pub fn postal_address(t: &str) -> Result<String, FieldError> {
    let has_letters = t.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    let belgian_code = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && n.parse::<u32>().is_ok_and(|v| (1000..=9999).contains(&v)));
    let last = t.rsplit([',', '\n']).next().unwrap_or("").trim().to_lowercase();
    let names_country = last.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && last.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && t.contains([',', '\n']);
    let abroad = names_country && !BELGIUM.contains(&last.as_str()) && t.chars().any(|c| c.is_ascii_digit());
    if has_letters && (belgian_code || abroad) { Ok(t.to_string()) } else { Err(FieldError::PostalAddress) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn field(id: &str, ty: FieldType) -> FieldSpec {
        FieldSpec {
            id: id.into(),
            ty,
            requirement: Requirement::Optional,
            shown: None,
            max: ty.default_max(),
            options: vec![],
            path: Some(id.replace('-', "_")),
            required_error: None,
        }
    }

    fn cond(s: &str) -> Condition {
        Condition::parse(s).expect("condition")
    }

    /// The contract's `question` payload as a form.
    fn question() -> FormSpec {
        let mut reply = field("reply-by", FieldType::Choice);
        reply.options = vec!["email".into(), "phone".into(), "post".into()];
        reply.requirement = Requirement::Required;
        let mut q = field("question", FieldType::LongText);
        q.requirement = Requirement::Required;
        let mut name = field("name", FieldType::Text);
        name.requirement = Requirement::Required;
        name.path = Some("contact.name".into());
        let mut email = field("email", FieldType::Email);
        email.requirement = Requirement::RequiredWhen(cond("reply-by = email"));
        email.path = Some("contact.email".into());
        let mut phone = field("phone", FieldType::Phone);
        phone.requirement = Requirement::RequiredWhen(cond("reply-by = phone"));
        phone.path = Some("contact.phone".into());
        let mut post = field("postal-address", FieldType::PostalAddress);
        post.requirement = Requirement::RequiredWhen(cond("reply-by = post"));
        post.shown = Some(cond("reply-by = post"));
        post.path = Some("contact.postal_address".into());
        let mut consent = field("consent", FieldType::Consent);
        consent.requirement = Requirement::Required;
        consent.path = Some("consent.process_my_data".into());
        FormSpec {
            id: "question".into(),
            kind: "question".into(),
            steps: vec![
                StepSpec { id: "ask".into(), fields: vec!["question".into(), "reply-by".into()] },
                StepSpec {
                    id: "contact".into(),
                    fields: vec![
                        "name".into(),
                        "email".into(),
                        "phone".into(),
                        "postal-address".into(),
                        "consent".into(),
                    ],
                },
            ],
            fields: vec![q, reply, name, email, phone, post, consent],
            at_least_one: vec![],
            null_unless: vec![],
            notices: vec![],
            constants: vec![("theme".into(), json!("energy"))],
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn draft(pairs: &[(&str, &str)]) -> Draft {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_complete_draft_makes_the_payload_with_nulls_for_what_is_not_given() {
        let d = draft(&[
            ("question", "  Mon fournisseur a doublé l'acompte ?\n"),
            ("reply-by", "email"),
            ("name", " Marie "),
            ("email", "Marie@Example.BE"),
            ("consent", "true"),
        ]);
        assert_eq!(
            question().payload(&d, today()).expect("complete"),
            json!({
                "theme": "energy",
                "question": "  Mon fournisseur a doublé l'acompte ?\n",
                "reply_by": "email",
                "contact": { "name": "Marie", "email": "Marie@example.be", "phone": null, "postal_address": null },
                "consent": { "process_my_data": true },
            })
        );
    }

    #[test]
    fn conditions_require_the_matching_contact_and_hide_the_others() {
        let spec = question();
        let mut d = draft(&[("question", "Q"), ("reply-by", "post"), ("name", "M"), ("consent", "true")]);
        assert_eq!(spec.validate(&d, today()), vec![("postal-address".to_string(), FieldError::Required)]);
        d.insert("postal-address".into(), "Rue de la Loi 16, 1000 Bruxelles".into());
        assert!(spec.validate(&d, today()).is_empty());
        // Switching to phone: the address is no longer asked nor sent, but kept in the draft.
        d.insert("reply-by".into(), "phone".into());
        assert_eq!(spec.validate(&d, today()), vec![("phone".to_string(), FieldError::Required)]);
        d.insert("phone".into(), "0470 12 34 56".into());
        let p = spec.payload(&d, today()).expect("complete");
        assert_eq!(p["contact"]["postal_address"], Value::Null);
        assert_eq!(p["contact"]["phone"], "+32470123456");
        assert_eq!(d["postal-address"], "Rue de la Loi 16, 1000 Bruxelles");
    }

    #[test]
    fn errors_are_in_form_order_and_per_step() {
        let spec = question();
        let d = draft(&[("reply-by", "fax"), ("email", "nope")]);
        let all = spec.validate(&d, today());
        let ids: Vec<&str> = all.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(ids, ["question", "reply-by", "name", "email", "consent"]);
        assert_eq!(all[1].1, FieldError::ChoiceRequired);
        assert_eq!(all[3].1, FieldError::Email);
        assert_eq!(all[4].1, FieldError::ConsentRequired);
        let first = spec.validate_step(&d, 0, today());
        let first: Vec<&str> = first.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(first, ["question", "reply-by"]);
        assert_eq!(spec.validate_step(&d, 2, today()).len(), 5, "past the last step: everything");
    }

    #[test]
    fn at_least_one_and_null_unless() {
        let mut spec = question();
        spec.fields.retain(|f| f.id != "reply-by");
        for f in &mut spec.fields {
            f.requirement = if f.id == "name" { Requirement::Required } else { Requirement::Optional };
            f.shown = None;
        }
        spec.at_least_one.push(AtLeastOne {
            fields: vec!["email".into(), "phone".into(), "postal-address".into()],
            when: None,
            error_on: "email".into(),
            error: FieldError::ContactOneOf,
        });
        spec.null_unless.push(NullUnless { path: "contact".into(), when: cond("name = Jan") });
        let d = draft(&[("name", "Marie")]);
        assert_eq!(spec.validate(&d, today()), vec![("email".to_string(), FieldError::ContactOneOf)]);
        let d = draft(&[("name", "Marie"), ("phone", "+33 6 12 34 56 78")]);
        assert_eq!(spec.payload(&d, today()).unwrap()["contact"], Value::Null);
        let d = draft(&[("name", "Jan"), ("phone", "+33 6 12 34 56 78")]);
        assert_eq!(spec.payload(&d, today()).unwrap()["contact"]["phone"], "+33612345678");
    }

    #[test]
    fn each_type_checks_and_normalises() {
        let f = |ty| FieldSpec { max: 20, ..field("x", ty) };
        let t = today();
        assert_eq!(normalise(&f(FieldType::Text), "  a  ", t), Ok(json!("a")));
        assert_eq!(normalise(&f(FieldType::Text), &"a".repeat(21), t), Err(FieldError::TooLong { max: 20 }));
        assert_eq!(normalise(&f(FieldType::LongText), " a\n", t), Ok(json!(" a\n")));
        assert_eq!(normalise(&f(FieldType::EnterpriseNumber), "BE 0123 456 749", t), Ok(json!("0123.456.749")));
        assert_eq!(normalise(&f(FieldType::Date), "2026-11-26", t), Ok(json!("2026-11-26")));
        assert_eq!(normalise(&f(FieldType::Date), "2026-11-27", t), Err(FieldError::DateFuture));
        assert_eq!(normalise(&f(FieldType::Amount), "49,99", t), Ok(json!("49.99")));
        assert_eq!(normalise(&f(FieldType::Website), "www x.be", t), Err(FieldError::Website));
        assert_eq!(normalise(&f(FieldType::Choice), "z", t), Err(FieldError::ChoiceRequired));
        assert_eq!(normalise(&f(FieldType::PostalCode), "1000", t), Ok(json!("1000")));
    }

    #[test]
    fn a_notice_for_an_old_date_does_not_block() {
        let mut spec = question();
        let mut date = field("complained-on", FieldType::Date);
        date.path = None;
        spec.fields.push(date);
        spec.notices.push(Notice {
            field: "complained-on".into(),
            age: Age::OlderThan(365),
            when: None,
            key: "late".into(),
        });
        // Said late before (a hidden answer), but the date is recent.
        let mut said = field("said", FieldType::Hidden);
        said.path = None;
        spec.fields.push(said);
        spec.notices.push(Notice {
            field: "complained-on".into(),
            age: Age::Within(365),
            when: Some(Condition { field: "said".into(), equals: "late".into() }),
            key: "differs".into(),
        });
        let notice = |key: &str| vec![("complained-on".to_string(), key.to_string())];
        let d = draft(&[("complained-on", "2025-11-26")]);
        assert!(spec.notices(&d, today()).is_empty(), "exactly a year: no notice");
        let d = draft(&[("complained-on", "2025-11-25")]);
        assert_eq!(spec.notices(&d, today()), notice("late"));
        assert!(!spec.validate(&d, today()).iter().any(|(f, _)| f == "complained-on"));
        let d = draft(&[("complained-on", "2025-11-25"), ("said", "late")]);
        assert_eq!(spec.notices(&d, today()), notice("late"), "old, as said");
        let d = draft(&[("complained-on", "2025-11-26"), ("said", "late")]);
        assert_eq!(spec.notices(&d, today()), notice("differs"));
        let d = draft(&[("complained-on", "2025-11-26"), ("said", "recent")]);
        assert!(spec.notices(&d, today()).is_empty());
    }

    #[test]
    fn postal_addresses_in_belgium_or_abroad() {
        assert!(postal_address("Rue de la Loi 16, 1000 Bruxelles").is_ok());
        assert!(postal_address("Kerkstraat 3\n9000 Gent").is_ok());
        assert!(postal_address("12 rue de Rivoli, 75001 Paris, France").is_ok());
        assert!(postal_address("Hauptstraße 5\n52062 Aachen\nDeutschland").is_ok());
        assert_eq!(postal_address("Rue de la Loi 16"), Err(FieldError::PostalAddress));
        assert_eq!(postal_address("Rue de la Loi 16, Bruxelles, Belgique"), Err(FieldError::PostalAddress));
        assert_eq!(postal_address("1000"), Err(FieldError::PostalAddress));
    }

    #[test]
    fn conditions_parse_and_depend_on_shown_fields() {
        assert_eq!(cond(" reply-by =  post "), Condition { field: "reply-by".into(), equals: "post".into() });
        assert_eq!(Condition::parse("reply-by"), None);
        assert_eq!(Condition::parse("= post"), None);
        let spec = question();
        // The postal address is shown only for "post"; a condition on it is false otherwise.
        let d = draft(&[("reply-by", "email"), ("postal-address", "x")]);
        assert!(!spec.holds(&cond("postal-address = x"), &d));
        for name in FieldType::NAMES {
            assert!(FieldType::parse(name).is_some(), "{name}");
        }
    }
}
