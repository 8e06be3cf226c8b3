//! The submission envelope of `shared/central-api.md` (`POST /v1/submissions`).
//!
//! Pure data: serde types that serialise to exactly the body the central service expects.

use serde::{Deserialize, Serialize};

/// The locales a visitor can use, with their contract spelling.
pub const LOCALES: [&str; 4] = ["fr-BE", "nl-BE", "de-BE", "en"];

/// The only `schema_version` of the contract.
pub const SCHEMA_VERSION: u32 = 1;

/// The largest `POST /v1/submissions` body the contract allows (256 KiB); the central service
/// answers `413` above it. The kiosk's own forms stay far below; imports are checked against it.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Kinds of submission in the contract.
pub const KINDS: [&str; 3] = ["report", "question", "mediation"];

/// The places of each kind's payload, as the kiosk reads the contract: every leaf, plus the
/// objects that may be `null` as a whole (`reporter`). A form writes each of them.
pub fn payload_paths(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "report" => &[
            "theme",
            "company.name",
            "company.website",
            "company.enterprise_number",
            "company.address",
            "facts_date",
            "contact_channel",
            "description",
            "amount_eur",
            "reporter",
            "reporter.name",
            "reporter.email",
            "reporter.phone",
            "reporter.postal_code",
            "consent.share_with_inspection",
            "consent.may_contact_me",
        ],
        "question" => &[
            "theme",
            "question",
            "reply_by",
            "contact.name",
            "contact.email",
            "contact.phone",
            "contact.postal_address",
            "consent.process_my_data",
        ],
        "mediation" => &[
            "sector",
            "service",
            "company.name",
            "company.website",
            "company.enterprise_number",
            "company.address",
            "complained_to_company_on",
            "company_answer",
            "description",
            "desired_outcome",
            "contact.name",
            "contact.email",
            "contact.phone",
            "contact.postal_address",
            "consent.forward_to_mediator",
        ],
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub tracking_code: String,
}

/// One submission, exactly as it is POSTed. `payload` stays a JSON value so that an envelope made
/// by another kiosk or another version round-trips unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub id: uuid::Uuid,
    pub kind: String,
    pub schema_version: u32,
    pub kiosk_id: String,
    /// RFC 3339 in UTC, e.g. `2026-11-26T10:15:30Z`.
    pub created_at: String,
    pub locale: String,
    pub assisted_by: Option<String>,
    pub receipt: Receipt,
    pub payload: serde_json::Value,
}
