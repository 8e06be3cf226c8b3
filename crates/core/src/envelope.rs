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
