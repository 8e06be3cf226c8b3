//! The "report a practice" form: its steps, its fields, the rules, and the `report` payload and
//! envelope of `shared/central-api.md`.
//!
//! The UI keeps a [`ReportDraft`] with the raw values as typed; [`ReportDraft::validate_step`]
//! says what blocks a step, and [`build_report_envelope`] makes the submission once the visitor
//! confirms.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::amount::parse_amount_eur;
use crate::contact::{parse_email, parse_phone, parse_postal_code};
use crate::enterprise::EnterpriseNumber;
use crate::envelope::{Envelope, Receipt, SCHEMA_VERSION};
use crate::reference::{generate_reference, generate_tracking_code};
use crate::validate::FieldError;

/// Longest description, in characters (not bytes).
pub const DESCRIPTION_MAX: usize = 5000;
/// Longest company name, in characters.
pub const COMPANY_NAME_MAX: usize = 200;
/// Longest website, in characters.
pub const WEBSITE_MAX: usize = 300;
/// Longest company address, in characters.
pub const ADDRESS_MAX: usize = 300;
/// Longest reporter name, in characters.
pub const NAME_MAX: usize = 200;

/// The screens of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportStep {
    Theme,
    Company,
    Facts,
    About,
    Review,
}

impl ReportStep {
    pub const ALL: [ReportStep; 5] =
        [ReportStep::Theme, ReportStep::Company, ReportStep::Facts, ReportStep::About, ReportStep::Review];

    /// Position in [`Self::ALL`], from 0.
    pub fn index(self) -> usize {
        match self {
            ReportStep::Theme => 0,
            ReportStep::Company => 1,
            ReportStep::Facts => 2,
            ReportStep::About => 3,
            ReportStep::Review => 4,
        }
    }

    pub fn from_index(index: usize) -> Option<ReportStep> {
        Self::ALL.get(index).copied()
    }

    pub fn next(self) -> Option<ReportStep> {
        Self::from_index(self.index() + 1)
    }

    pub fn previous(self) -> Option<ReportStep> {
        self.index().checked_sub(1).and_then(Self::from_index)
    }
}

/// How the visitor was in contact with the company (`contact_channel` in the contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContactChannel {
    Shop,
    Website,
    Phone,
    DoorToDoor,
    Mail,
    EmailSms,
    SocialMedia,
    Other,
}

impl ContactChannel {
    pub const ALL: [ContactChannel; 8] = [
        ContactChannel::Shop,
        ContactChannel::Website,
        ContactChannel::Phone,
        ContactChannel::DoorToDoor,
        ContactChannel::Mail,
        ContactChannel::EmailSms,
        ContactChannel::SocialMedia,
        ContactChannel::Other,
    ];

    /// The contract's spelling: `shop`, `website`, `phone`, `door_to_door`, `mail`, `email_sms`,
    /// `social_media`, `other`.
    pub fn id(self) -> &'static str {
        match self {
            ContactChannel::Shop => "shop",
            ContactChannel::Website => "website",
            ContactChannel::Phone => "phone",
            ContactChannel::DoorToDoor => "door_to_door",
            ContactChannel::Mail => "mail",
            ContactChannel::EmailSms => "email_sms",
            ContactChannel::SocialMedia => "social_media",
            ContactChannel::Other => "other",
        }
    }

    /// The channel with this exact id, if any.
    pub fn from_id(id: &str) -> Option<ContactChannel> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Whether the visitor reports anonymously or with their name. `Unset` until they choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Identity {
    #[default]
    Unset,
    Anonymous,
    Named,
}

/// A field of the form, to attach an error to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReportField {
    Theme,
    CompanyName,
    Website,
    EnterpriseNumber,
    Address,
    FactsDate,
    Channel,
    Amount,
    Description,
    Identity,
    Name,
    Email,
    Phone,
    PostalCode,
    ConsentShare,
    ConsentContact,
}

impl ReportField {
    pub const ALL: [ReportField; 16] = [
        ReportField::Theme,
        ReportField::CompanyName,
        ReportField::Website,
        ReportField::EnterpriseNumber,
        ReportField::Address,
        ReportField::FactsDate,
        ReportField::Channel,
        ReportField::Amount,
        ReportField::Description,
        ReportField::Identity,
        ReportField::Name,
        ReportField::Email,
        ReportField::Phone,
        ReportField::PostalCode,
        ReportField::ConsentShare,
        ReportField::ConsentContact,
    ];

    /// A stable kebab-case id for the UI: `theme`, `company-name`, `website`,
    /// `enterprise-number`, `address`, `facts-date`, `channel`, `amount`, `description`,
    /// `identity`, `name`, `email`, `phone`, `postal-code`, `consent-share`, `consent-contact`.
    pub fn id(self) -> &'static str {
        match self {
            ReportField::Theme => "theme",
            ReportField::CompanyName => "company-name",
            ReportField::Website => "website",
            ReportField::EnterpriseNumber => "enterprise-number",
            ReportField::Address => "address",
            ReportField::FactsDate => "facts-date",
            ReportField::Channel => "channel",
            ReportField::Amount => "amount",
            ReportField::Description => "description",
            ReportField::Identity => "identity",
            ReportField::Name => "name",
            ReportField::Email => "email",
            ReportField::Phone => "phone",
            ReportField::PostalCode => "postal-code",
            ReportField::ConsentShare => "consent-share",
            ReportField::ConsentContact => "consent-contact",
        }
    }

    pub fn from_id(id: &str) -> Option<ReportField> {
        Self::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The screen the field is on. The consent to share the report is asked on the review
    /// screen, next to the send button; the consent to be contacted is asked with the visitor's
    /// details.
    pub fn step(self) -> ReportStep {
        match self {
            ReportField::Theme => ReportStep::Theme,
            ReportField::CompanyName | ReportField::Website | ReportField::EnterpriseNumber | ReportField::Address => {
                ReportStep::Company
            }
            ReportField::FactsDate | ReportField::Channel | ReportField::Amount | ReportField::Description => {
                ReportStep::Facts
            }
            ReportField::Identity
            | ReportField::Name
            | ReportField::Email
            | ReportField::Phone
            | ReportField::PostalCode
            | ReportField::ConsentContact
            | ReportField::ConsentShare => ReportStep::About,
        }
    }
}

/// Errors of a form, in field order.
pub type FieldErrors = Vec<(ReportField, FieldError)>;

/// The form as the visitor filled it so far: raw values, as typed.
#[derive(Default, Clone, Debug, PartialEq)]
pub struct ReportDraft {
    /// Theme id from the kiosk's content, e.g. `online_purchase`.
    pub theme: String,
    pub company_name: String,
    pub website: String,
    pub enterprise_number: String,
    pub address: String,
    pub facts_date: Option<NaiveDate>,
    /// A [`ContactChannel::id`].
    pub channel: String,
    pub amount: String,
    pub description: String,
    pub identity: Identity,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub postal_code: String,
    pub consent_share: bool,
    pub consent_contact: bool,
}

/// The reporter of a named report, normalised.
#[derive(Debug, Clone, PartialEq)]
struct Reporter {
    name: String,
    email: Option<String>,
    phone: Option<String>,
    postal_code: Option<String>,
}

/// A draft that passed every rule, normalised for the payload.
#[derive(Debug, Clone, PartialEq)]
struct Checked {
    theme: String,
    company_name: String,
    website: Option<String>,
    enterprise_number: Option<String>,
    address: Option<String>,
    facts_date: NaiveDate,
    channel: ContactChannel,
    amount: Option<String>,
    description: String,
    reporter: Option<Reporter>,
    may_contact_me: bool,
}

/// `Some(value)`, or `None` after recording the error against `field`.
fn keep<T>(errors: &mut FieldErrors, field: ReportField, r: Result<T, FieldError>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push((field, e));
            None
        }
    }
}

/// `s` trimmed, or `None` when blank.
fn non_blank(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// A trimmed free text of at most `max` characters, required or not.
fn text(s: &str, max: usize, required: bool) -> Result<Option<String>, FieldError> {
    match non_blank(s) {
        None if required => Err(FieldError::Required),
        None => Ok(None),
        Some(t) if t.chars().count() > max => Err(FieldError::TooLong { max }),
        Some(t) => Ok(Some(t.to_string())),
    }
}

/// A website as typed (trimmed): no spaces, a dot between two characters, at most 300 chars.
fn website(s: &str) -> Result<Option<String>, FieldError> {
    let Some(t) = non_blank(s) else {
        return Ok(None);
    };
    if t.chars().count() > WEBSITE_MAX {
        return Err(FieldError::TooLong { max: WEBSITE_MAX });
    }
    let inner_dot = t.char_indices().any(|(i, c)| c == '.' && i > 0 && i + 1 < t.len());
    if t.chars().any(char::is_whitespace) || !inner_dot {
        return Err(FieldError::Website);
    }
    Ok(Some(t.to_string()))
}

/// An optional field: blank → `None`, else the parser's result.
fn optional<T>(s: &str, parse: impl FnOnce(&str) -> Result<T, FieldError>) -> Result<Option<T>, FieldError> {
    match non_blank(s) {
        None => Ok(None),
        Some(t) => parse(t).map(Some),
    }
}

impl ReportDraft {
    /// The errors that block `step`, in field order. [`ReportStep::Review`] is the final gate:
    /// it returns the errors of every step (use [`ReportField::step`] to go back to the first).
    pub fn validate_step(&self, step: ReportStep, today: NaiveDate) -> FieldErrors {
        let all = self.validate_all(today);
        if step == ReportStep::Review { all } else { all.into_iter().filter(|(f, _)| f.step() == step).collect() }
    }

    /// Every error of the form, in field order. `today` is the visitor's date (see
    /// [`crate::clock::brussels_today`]): the facts cannot be after it.
    pub fn validate_all(&self, today: NaiveDate) -> FieldErrors {
        self.check(today).err().unwrap_or_default()
    }

    /// The `report` payload of the contract, or every error.
    pub fn to_payload(&self, today: NaiveDate) -> Result<Value, FieldErrors> {
        let c = self.check(today)?;
        let reporter = c.reporter.map(|r| {
            json!({
                "name": r.name,
                "email": r.email,
                "phone": r.phone,
                "postal_code": r.postal_code,
            })
        });
        Ok(json!({
            "theme": c.theme,
            "company": {
                "name": c.company_name,
                "website": c.website,
                "enterprise_number": c.enterprise_number,
                "address": c.address,
            },
            "facts_date": c.facts_date.format("%Y-%m-%d").to_string(),
            "contact_channel": c.channel.id(),
            "description": c.description,
            "amount_eur": c.amount,
            "reporter": reporter,
            "consent": {
                "share_with_inspection": true,
                "may_contact_me": c.may_contact_me,
            },
        }))
    }

    /// Applies every rule; returns the normalised form or every error, in field order.
    fn check(&self, today: NaiveDate) -> Result<Checked, FieldErrors> {
        let mut errors: FieldErrors = Vec::new();

        let theme = keep(
            &mut errors,
            ReportField::Theme,
            non_blank(&self.theme).map(str::to_string).ok_or(FieldError::ChoiceRequired),
        );
        let company_name =
            keep(&mut errors, ReportField::CompanyName, text(&self.company_name, COMPANY_NAME_MAX, true)).flatten();
        let website = keep(&mut errors, ReportField::Website, website(&self.website));
        let enterprise_number = keep(
            &mut errors,
            ReportField::EnterpriseNumber,
            optional(&self.enterprise_number, |s| EnterpriseNumber::parse(s).map(|n| n.formatted())),
        );
        let address = keep(&mut errors, ReportField::Address, text(&self.address, ADDRESS_MAX, false));
        let facts_date = keep(
            &mut errors,
            ReportField::FactsDate,
            match self.facts_date {
                None => Err(FieldError::DateRequired),
                Some(d) if d > today => Err(FieldError::DateFuture),
                Some(d) => Ok(d),
            },
        );
        let channel = keep(
            &mut errors,
            ReportField::Channel,
            ContactChannel::from_id(self.channel.trim()).ok_or(FieldError::ChoiceRequired),
        );
        let amount = keep(&mut errors, ReportField::Amount, optional(&self.amount, parse_amount_eur));
        let description = keep(
            &mut errors,
            ReportField::Description,
            if self.description.trim().is_empty() {
                Err(FieldError::DescriptionRequired)
            } else if self.description.chars().count() > DESCRIPTION_MAX {
                Err(FieldError::TooLong { max: DESCRIPTION_MAX })
            } else {
                Ok(self.description.clone())
            },
        );

        // `Some(reporter)` for a named report, `Some(None)` for an anonymous one.
        let mut may_contact_me = false;
        let reporter: Option<Option<Reporter>> = match self.identity {
            Identity::Unset => keep(&mut errors, ReportField::Identity, Err(FieldError::IdentityChoice)),
            Identity::Anonymous => Some(None),
            Identity::Named => {
                let name = keep(&mut errors, ReportField::Name, text(&self.name, NAME_MAX, true)).flatten();
                let email = keep(&mut errors, ReportField::Email, optional(&self.email, parse_email));
                let phone = keep(&mut errors, ReportField::Phone, optional(&self.phone, parse_phone));
                let postal_code =
                    keep(&mut errors, ReportField::PostalCode, optional(&self.postal_code, parse_postal_code));
                may_contact_me = self.consent_contact;
                if self.consent_contact && non_blank(&self.email).is_none() && non_blank(&self.phone).is_none() {
                    keep(&mut errors, ReportField::ConsentContact, Err::<(), _>(FieldError::ContactNeedsChannel));
                }
                match (name, email, phone, postal_code) {
                    (Some(name), Some(email), Some(phone), Some(postal_code)) => {
                        Some(Some(Reporter { name, email, phone, postal_code }))
                    }
                    _ => None,
                }
            }
        };
        if !self.consent_share {
            keep(&mut errors, ReportField::ConsentShare, Err::<(), _>(FieldError::ConsentShare));
        }

        if let (
            Some(theme),
            Some(company_name),
            Some(website),
            Some(enterprise_number),
            Some(address),
            Some(facts_date),
            Some(channel),
            Some(amount),
            Some(description),
            Some(reporter),
            true,
        ) = (
            theme,
            company_name,
            website,
            enterprise_number,
            address,
            facts_date,
            channel,
            amount,
            description,
            reporter,
            errors.is_empty(),
        ) {
            Ok(Checked {
                theme,
                company_name,
                website,
                enterprise_number,
                address,
                facts_date,
                channel,
                amount,
                description,
                reporter,
                may_contact_me,
            })
        } else {
            errors.sort_by_key(|(field, _)| *field);
            Err(errors)
        }
    }
}

/// Makes the `report` envelope once the visitor confirms: a new UUID v7 id, `created_at` from
/// `now` (RFC 3339 UTC, seconds, `Z`), a receipt reference for the kiosk's `short_code` and a
/// tracking code from `rng`. Facts may not be after the Belgian date of `now`. A blank
/// `assisted_by` counts as `None`. Returns every form error instead when the draft is not
/// complete.
pub fn build_report_envelope<R: rand::Rng + ?Sized>(
    draft: &ReportDraft,
    kiosk_id: &str,
    short_code: &str,
    locale: &str,
    assisted_by: Option<&str>,
    now: DateTime<Utc>,
    rng: &mut R,
) -> Result<Envelope, FieldErrors> {
    let payload = draft.to_payload(crate::clock::brussels_today(now))?;
    Ok(Envelope {
        id: uuid::Uuid::now_v7(),
        kind: "report".to_string(),
        schema_version: SCHEMA_VERSION,
        kiosk_id: kiosk_id.to_string(),
        created_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        locale: locale.to_string(),
        assisted_by: assisted_by.and_then(non_blank).map(str::to_string),
        receipt: Receipt { reference: generate_reference(short_code, rng), tracking_code: generate_tracking_code(rng) },
        payload,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::is_valid_reference;
    use crate::validate::validate_envelope;
    use chrono::{TimeDelta, TimeZone};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn today() -> NaiveDate {
        date(2026, 11, 26)
    }

    /// A complete anonymous report.
    fn anonymous() -> ReportDraft {
        ReportDraft {
            theme: "online_purchase".into(),
            company_name: "  Super Shop SRL ".into(),
            website: " www.supershop.example ".into(),
            enterprise_number: "BE 0123 456 749".into(),
            address: "Rue de la Loi 1, 1000 Bruxelles".into(),
            facts_date: Some(date(2026, 11, 2)),
            channel: "website".into(),
            amount: "49,99".into(),
            description: "  J'ai payé 49,99 €\net rien reçu.  ".into(),
            identity: Identity::Anonymous,
            consent_share: true,
            ..ReportDraft::default()
        }
    }

    /// A complete named report.
    fn named() -> ReportDraft {
        ReportDraft {
            identity: Identity::Named,
            name: " Marie Dupont ".into(),
            email: "Marie@Example.BE".into(),
            phone: "0470 12 34 56".into(),
            postal_code: "1000".into(),
            consent_contact: true,
            ..anonymous()
        }
    }

    /// A minimal complete report: only the required fields.
    fn minimal() -> ReportDraft {
        ReportDraft {
            theme: "door_to_door_sale".into(),
            company_name: "X".into(),
            facts_date: Some(today()),
            channel: "door_to_door".into(),
            description: "x".into(),
            identity: Identity::Anonymous,
            consent_share: true,
            ..ReportDraft::default()
        }
    }

    fn errors_of(d: &ReportDraft) -> FieldErrors {
        d.validate_all(today())
    }

    fn only_error(d: &ReportDraft) -> (ReportField, FieldError) {
        let errors = errors_of(d);
        assert_eq!(errors.len(), 1, "{errors:?}");
        errors[0]
    }

    // ---------- enums ----------

    #[test]
    fn steps_in_order() {
        for (i, s) in ReportStep::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
            assert_eq!(ReportStep::from_index(i), Some(*s));
        }
        assert_eq!(ReportStep::from_index(5), None);
        assert_eq!(ReportStep::Theme.previous(), None);
        assert_eq!(ReportStep::Theme.next(), Some(ReportStep::Company));
        assert_eq!(ReportStep::About.next(), Some(ReportStep::Review));
        assert_eq!(ReportStep::Review.next(), None);
        assert_eq!(ReportStep::Review.previous(), Some(ReportStep::About));
    }

    #[test]
    fn channel_ids() {
        let ids: Vec<&str> = ContactChannel::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids, ["shop", "website", "phone", "door_to_door", "mail", "email_sms", "social_media", "other"]);
        for c in ContactChannel::ALL {
            assert_eq!(ContactChannel::from_id(c.id()), Some(c));
        }
        for bad in ["", "Shop", "door-to-door", " shop", "fax"] {
            assert_eq!(ContactChannel::from_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn field_ids_and_steps() {
        let expected = [
            ("theme", ReportStep::Theme),
            ("company-name", ReportStep::Company),
            ("website", ReportStep::Company),
            ("enterprise-number", ReportStep::Company),
            ("address", ReportStep::Company),
            ("facts-date", ReportStep::Facts),
            ("channel", ReportStep::Facts),
            ("amount", ReportStep::Facts),
            ("description", ReportStep::Facts),
            ("identity", ReportStep::About),
            ("name", ReportStep::About),
            ("email", ReportStep::About),
            ("phone", ReportStep::About),
            ("postal-code", ReportStep::About),
            ("consent-share", ReportStep::About),
            ("consent-contact", ReportStep::About),
        ];
        assert_eq!(ReportField::ALL.len(), expected.len());
        for (f, (id, step)) in ReportField::ALL.iter().zip(expected) {
            assert_eq!(f.id(), id);
            assert_eq!(f.step(), step, "{id}");
            assert_eq!(ReportField::from_id(id), Some(*f));
        }
        assert_eq!(ReportField::from_id("nope"), None);
        // ALL is in declaration (and sort) order.
        let mut sorted = ReportField::ALL;
        sorted.sort();
        assert_eq!(sorted, ReportField::ALL);
    }

    #[test]
    fn default_draft_is_empty_and_unset() {
        let d = ReportDraft::default();
        assert_eq!(d.identity, Identity::Unset);
        assert!(!d.consent_share && !d.consent_contact);
        assert_eq!(d.facts_date, None);
    }

    // ---------- rules ----------

    #[test]
    fn complete_drafts_have_no_errors() {
        for d in [anonymous(), named(), minimal()] {
            assert_eq!(errors_of(&d), vec![], "{d:?}");
            for step in ReportStep::ALL {
                assert!(d.validate_step(step, today()).is_empty());
            }
        }
    }

    #[test]
    fn empty_draft_lists_every_required_field_in_order() {
        let errors = errors_of(&ReportDraft::default());
        assert_eq!(
            errors,
            vec![
                (ReportField::Theme, FieldError::ChoiceRequired),
                (ReportField::CompanyName, FieldError::Required),
                (ReportField::FactsDate, FieldError::DateRequired),
                (ReportField::Channel, FieldError::ChoiceRequired),
                (ReportField::Description, FieldError::DescriptionRequired),
                (ReportField::Identity, FieldError::IdentityChoice),
                (ReportField::ConsentShare, FieldError::ConsentShare),
            ]
        );
    }

    #[test]
    fn validate_step_filters_by_step_and_review_gets_all() {
        let d = ReportDraft::default();
        let t = today();
        assert_eq!(d.validate_step(ReportStep::Theme, t), vec![(ReportField::Theme, FieldError::ChoiceRequired)]);
        assert_eq!(d.validate_step(ReportStep::Company, t), vec![(ReportField::CompanyName, FieldError::Required)]);
        assert_eq!(
            d.validate_step(ReportStep::Facts, t),
            vec![
                (ReportField::FactsDate, FieldError::DateRequired),
                (ReportField::Channel, FieldError::ChoiceRequired),
                (ReportField::Description, FieldError::DescriptionRequired),
            ]
        );
        assert_eq!(
            d.validate_step(ReportStep::About, t),
            vec![
                (ReportField::Identity, FieldError::IdentityChoice),
                (ReportField::ConsentShare, FieldError::ConsentShare)
            ]
        );
        assert_eq!(d.validate_step(ReportStep::Review, t), d.validate_all(t));
        // A filled step is clear even when later steps are not.
        let only_theme = ReportDraft { theme: "energy".into(), ..ReportDraft::default() };
        assert!(only_theme.validate_step(ReportStep::Theme, t).is_empty());
    }

    #[test]
    fn theme_required() {
        for theme in ["", "   "] {
            let d = ReportDraft { theme: theme.into(), ..minimal() };
            assert_eq!(only_error(&d), (ReportField::Theme, FieldError::ChoiceRequired));
        }
    }

    #[test]
    fn company_name() {
        let d = ReportDraft { company_name: " \t ".into(), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::CompanyName, FieldError::Required));
        let d = ReportDraft { company_name: format!("  {}  ", "é".repeat(200)), ..minimal() };
        assert!(errors_of(&d).is_empty(), "200 chars after trimming is fine");
        let d = ReportDraft { company_name: "é".repeat(201), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::CompanyName, FieldError::TooLong { max: 200 }));
    }

    #[test]
    fn website() {
        for ok in ["www.example.be", "example.be", "https://www.example.be/shop?id=1", "a.b"] {
            let d = ReportDraft { website: ok.into(), ..minimal() };
            assert!(errors_of(&d).is_empty(), "{ok}");
        }
        for bad in ["example", "www example.be", ".be", "example.", "https://", "exa\u{a0}mple.be"] {
            let d = ReportDraft { website: bad.into(), ..minimal() };
            assert_eq!(only_error(&d), (ReportField::Website, FieldError::Website), "{bad}");
        }
        let d = ReportDraft { website: format!("{}.be", "a".repeat(298)), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::Website, FieldError::TooLong { max: 300 }));
        let d = ReportDraft { website: format!("{}.be", "a".repeat(297)), ..minimal() };
        assert!(errors_of(&d).is_empty());
    }

    #[test]
    fn enterprise_number() {
        for (input, err) in [
            ("0123.456.748", FieldError::EnterpriseChecksum),
            ("0123.456", FieldError::EnterpriseFormat),
            ("BE-0123", FieldError::EnterpriseFormat),
        ] {
            let d = ReportDraft { enterprise_number: input.into(), ..minimal() };
            assert_eq!(only_error(&d), (ReportField::EnterpriseNumber, err), "{input}");
        }
        let d = ReportDraft { enterprise_number: "  ".into(), ..minimal() };
        assert!(errors_of(&d).is_empty());
    }

    #[test]
    fn address() {
        let d = ReportDraft { address: "a".repeat(301), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::Address, FieldError::TooLong { max: 300 }));
        let d = ReportDraft { address: "a".repeat(300), ..minimal() };
        assert!(errors_of(&d).is_empty());
    }

    #[test]
    fn facts_date() {
        let d = ReportDraft { facts_date: None, ..minimal() };
        assert_eq!(only_error(&d), (ReportField::FactsDate, FieldError::DateRequired));
        let d = ReportDraft { facts_date: Some(date(2026, 11, 27)), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::FactsDate, FieldError::DateFuture));
        for ok in [today(), date(2026, 11, 25), date(2001, 1, 1)] {
            let d = ReportDraft { facts_date: Some(ok), ..minimal() };
            assert!(errors_of(&d).is_empty(), "{ok}");
        }
    }

    #[test]
    fn channel() {
        for bad in ["", "fax", "Website", "door-to-door"] {
            let d = ReportDraft { channel: bad.into(), ..minimal() };
            assert_eq!(only_error(&d), (ReportField::Channel, FieldError::ChoiceRequired), "{bad}");
        }
        for c in ContactChannel::ALL {
            let d = ReportDraft { channel: c.id().into(), ..minimal() };
            assert!(errors_of(&d).is_empty());
        }
    }

    #[test]
    fn amount() {
        for (bad, err) in [
            ("abc", FieldError::Amount),
            ("-5", FieldError::AmountNegative),
            ("0,125", FieldError::AmountDecimals),
            ("2000000000", FieldError::AmountTooLarge),
        ] {
            let d = ReportDraft { amount: bad.into(), ..minimal() };
            assert_eq!(only_error(&d), (ReportField::Amount, err), "{bad}");
        }
        for (ok, canonical) in [("1,999", "1999.00"), ("12", "12.00"), ("  ", "")] {
            let d = ReportDraft { amount: ok.into(), ..minimal() };
            let payload = d.to_payload(today()).expect(ok);
            if canonical.is_empty() {
                assert_eq!(payload["amount_eur"], Value::Null);
            } else {
                assert_eq!(payload["amount_eur"], canonical);
            }
        }
    }

    #[test]
    fn description() {
        for blank in ["", "  ", "\n\t "] {
            let d = ReportDraft { description: blank.into(), ..minimal() };
            assert_eq!(only_error(&d), (ReportField::Description, FieldError::DescriptionRequired));
        }
        // Characters, not bytes: 5000 two-byte characters are fine, 5001 are not.
        let d = ReportDraft { description: "é".repeat(5000), ..minimal() };
        assert!(errors_of(&d).is_empty());
        let d = ReportDraft { description: "é".repeat(5001), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::Description, FieldError::TooLong { max: 5000 }));
        // Kept exactly as typed, blanks included.
        let typed = "  Line one\n\n  line two 😡  \n";
        let d = ReportDraft { description: typed.into(), ..minimal() };
        let payload = d.to_payload(today()).expect("valid");
        assert_eq!(payload["description"], typed);
    }

    #[test]
    fn identity_must_be_chosen() {
        let d = ReportDraft { identity: Identity::Unset, name: "Marie".into(), ..minimal() };
        assert_eq!(only_error(&d), (ReportField::Identity, FieldError::IdentityChoice));
    }

    #[test]
    fn named_requires_a_name() {
        let d = ReportDraft { name: "  ".into(), ..named() };
        assert_eq!(only_error(&d), (ReportField::Name, FieldError::Required));
        let d = ReportDraft { name: "n".repeat(201), ..named() };
        assert_eq!(only_error(&d), (ReportField::Name, FieldError::TooLong { max: 200 }));
    }

    #[test]
    fn named_contact_details_optional_but_valid() {
        let d = ReportDraft {
            email: String::new(),
            phone: String::new(),
            postal_code: String::new(),
            consent_contact: false,
            ..named()
        };
        assert!(errors_of(&d).is_empty());
        let d = ReportDraft { email: "marie@".into(), phone: "12".into(), postal_code: "999".into(), ..named() };
        assert_eq!(
            errors_of(&d),
            vec![
                (ReportField::Email, FieldError::Email),
                (ReportField::Phone, FieldError::Phone),
                (ReportField::PostalCode, FieldError::PostalCode),
            ]
        );
    }

    #[test]
    fn contact_consent_needs_email_or_phone() {
        let d = ReportDraft { email: " ".into(), phone: String::new(), consent_contact: true, ..named() };
        assert_eq!(only_error(&d), (ReportField::ConsentContact, FieldError::ContactNeedsChannel));
        for (email, phone) in [("marie@example.be", ""), ("", "0470123456")] {
            let d = ReportDraft { email: email.into(), phone: phone.into(), consent_contact: true, ..named() };
            assert!(errors_of(&d).is_empty(), "{email} {phone}");
        }
        // An invalid e-mail still counts as given: the e-mail error is the one to fix.
        let d = ReportDraft { email: "marie@".into(), phone: String::new(), ..named() };
        assert_eq!(only_error(&d), (ReportField::Email, FieldError::Email));
        // Anonymous: no contact, no requirement.
        let d = ReportDraft { consent_contact: true, ..anonymous() };
        assert!(errors_of(&d).is_empty());
    }

    #[test]
    fn anonymous_ignores_personal_fields() {
        let d = ReportDraft {
            identity: Identity::Anonymous,
            name: String::new(),
            email: "not an e-mail".into(),
            phone: "abc".into(),
            postal_code: "x".into(),
            consent_contact: true,
            ..named()
        };
        assert!(errors_of(&d).is_empty());
        let payload = d.to_payload(today()).expect("valid");
        assert_eq!(payload["reporter"], Value::Null);
        assert_eq!(payload["consent"]["may_contact_me"], false);
        let text = payload.to_string();
        for personal in ["not an e-mail", "Marie", "abc"] {
            assert!(!text.contains(personal), "{personal} leaked");
        }
    }

    #[test]
    fn consent_share_required() {
        let d = ReportDraft { consent_share: false, ..named() };
        assert_eq!(only_error(&d), (ReportField::ConsentShare, FieldError::ConsentShare));
        // The consent is asked on the "about you" screen, and checked again at review.
        assert_eq!(d.validate_step(ReportStep::About, today()).len(), 1);
        assert_eq!(d.validate_step(ReportStep::Review, today()).len(), 1);
    }

    #[test]
    fn to_payload_returns_every_error() {
        let d = ReportDraft { email: "x".into(), ..ReportDraft::default() };
        assert_eq!(d.to_payload(today()), Err(d.validate_all(today())));
    }

    // ---------- payload ----------

    #[test]
    fn golden_named_payload() {
        let payload = named().to_payload(today()).expect("valid");
        let expected = json!({
            "theme": "online_purchase",
            "company": {
                "name": "Super Shop SRL",
                "website": "www.supershop.example",
                "enterprise_number": "0123.456.749",
                "address": "Rue de la Loi 1, 1000 Bruxelles"
            },
            "facts_date": "2026-11-02",
            "contact_channel": "website",
            "description": "  J'ai payé 49,99 €\net rien reçu.  ",
            "amount_eur": "49.99",
            "reporter": {
                "name": "Marie Dupont",
                "email": "Marie@example.be",
                "phone": "+32470123456",
                "postal_code": "1000"
            },
            "consent": { "share_with_inspection": true, "may_contact_me": true }
        });
        assert_eq!(payload, expected);
        // And the text, byte for byte (serde_json sorts object keys).
        assert_eq!(
            payload.to_string(),
            concat!(
                r#"{"amount_eur":"49.99","company":{"address":"Rue de la Loi 1, 1000 Bruxelles","#,
                r#""enterprise_number":"0123.456.749","name":"Super Shop SRL","website":"www.supershop.example"},"#,
                r#""consent":{"may_contact_me":true,"share_with_inspection":true},"contact_channel":"website","#,
                r#""description":"  J'ai payé 49,99 €\net rien reçu.  ","facts_date":"2026-11-02","#,
                r#""reporter":{"email":"Marie@example.be","name":"Marie Dupont","phone":"+32470123456","postal_code":"1000"},"#,
                r#""theme":"online_purchase"}"#
            )
        );
    }

    #[test]
    fn golden_minimal_payload_has_nulls() {
        let payload = minimal().to_payload(today()).expect("valid");
        let expected = json!({
            "theme": "door_to_door_sale",
            "company": { "name": "X", "website": null, "enterprise_number": null, "address": null },
            "facts_date": "2026-11-26",
            "contact_channel": "door_to_door",
            "description": "x",
            "amount_eur": null,
            "reporter": null,
            "consent": { "share_with_inspection": true, "may_contact_me": false }
        });
        assert_eq!(payload, expected);
    }

    #[test]
    fn named_reporter_optional_details_are_null() {
        let d = ReportDraft {
            email: String::new(),
            phone: "+33 6 12 34 56 78".into(),
            postal_code: "  ".into(),
            consent_contact: false,
            ..named()
        };
        let payload = d.to_payload(today()).expect("valid");
        assert_eq!(
            payload["reporter"],
            json!({"name": "Marie Dupont", "email": null, "phone": "+33612345678", "postal_code": null})
        );
        assert_eq!(payload["consent"]["may_contact_me"], false);
    }

    // ---------- envelope ----------

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, 10, 15, 30).single().expect("time") + TimeDelta::milliseconds(789)
    }

    #[test]
    fn envelope_is_complete_and_valid() {
        let mut rng = StdRng::seed_from_u64(42);
        let env =
            build_report_envelope(&named(), "BXL-NG3-01", "NG3", "fr-BE", None, now(), &mut rng).expect("valid draft");
        assert_eq!(env.kind, "report");
        assert_eq!(env.schema_version, 1);
        assert_eq!(env.kiosk_id, "BXL-NG3-01");
        assert_eq!(env.locale, "fr-BE");
        assert_eq!(env.assisted_by, None);
        assert_eq!(env.created_at, "2026-11-26T10:15:30Z");
        assert_eq!(env.id.get_version_num(), 7);
        assert!(env.receipt.reference.starts_with("NG3-"));
        assert!(is_valid_reference(&env.receipt.reference));
        assert_eq!(env.receipt.tracking_code.len(), 6);
        assert_eq!(env.payload, named().to_payload(today()).expect("valid"));

        let bytes = serde_json::to_vec(&env).expect("serialise");
        let back = validate_envelope(&bytes).expect("passes the central checks");
        assert_eq!(back, env);
    }

    #[test]
    fn envelope_ids_and_receipts_differ() {
        let mut rng = StdRng::seed_from_u64(1);
        let a = build_report_envelope(&minimal(), "K", "NG3", "en", None, now(), &mut rng).expect("valid");
        let b = build_report_envelope(&minimal(), "K", "NG3", "en", None, now(), &mut rng).expect("valid");
        assert_ne!(a.id, b.id);
        assert_ne!(a.receipt.reference, b.receipt.reference);
    }

    #[test]
    fn envelope_assisted_by() {
        let mut rng = StdRng::seed_from_u64(2);
        for (given, expected) in
            [(None, None), (Some(""), None), (Some("   "), None), (Some(" staff-7 "), Some("staff-7"))]
        {
            let env = build_report_envelope(&minimal(), "K", "NG3", "nl-BE", given, now(), &mut rng).expect("valid");
            assert_eq!(env.assisted_by.as_deref(), expected);
        }
    }

    #[test]
    fn envelope_refused_with_errors() {
        let mut rng = StdRng::seed_from_u64(3);
        let d = ReportDraft { consent_share: false, ..minimal() };
        let errors = build_report_envelope(&d, "K", "NG3", "en", None, now(), &mut rng).expect_err("no consent");
        assert_eq!(errors, vec![(ReportField::ConsentShare, FieldError::ConsentShare)]);
    }

    #[test]
    fn envelope_uses_the_belgian_date_for_facts() {
        // 23:30 UTC on 26 November is already 27 November in Brussels.
        let late = Utc.with_ymd_and_hms(2026, 11, 26, 23, 30, 0).single().expect("time");
        let d = ReportDraft { facts_date: Some(date(2026, 11, 27)), ..minimal() };
        let mut rng = StdRng::seed_from_u64(4);
        let env = build_report_envelope(&d, "K", "NG3", "en", None, late, &mut rng).expect("ok");
        assert_eq!(env.created_at, "2026-11-26T23:30:00Z");
        let d = ReportDraft { facts_date: Some(date(2026, 11, 28)), ..minimal() };
        assert_eq!(
            build_report_envelope(&d, "K", "NG3", "en", None, late, &mut rng).expect_err("future"),
            vec![(ReportField::FactsDate, FieldError::DateFuture)]
        );
    }
}
