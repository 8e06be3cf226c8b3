//! The report form's fields by id: reading and writing the `Report` global, the draft, the
//! review rows. Field ids are those of `cc_core::report::ReportField::id`.

use chrono::NaiveDate;
use slint::SharedString;

use cc_core::enterprise::EnterpriseNumber;
use cc_core::report::{Identity, ReportDraft};

use super::{Report, ReviewRow};

/// The text fields, in form order.
pub const FIELD_IDS: [&str; 16] = [
    "theme",
    "company-name",
    "website",
    "enterprise-number",
    "address",
    "facts-date",
    "channel",
    "amount",
    "description",
    "identity",
    "name",
    "email",
    "phone",
    "postal-code",
    "consent-share",
    "consent-contact",
];

macro_rules! text_fields {
    ($($id:literal => $get:ident, $set:ident;)*) => {
        /// The text of a typed field ("" for an unknown id).
        pub fn get(r: &Report<'_>, id: &str) -> SharedString {
            match id {
                $($id => r.$get(),)*
                _ => SharedString::new(),
            }
        }
        /// Sets a typed field (ignores an unknown id).
        pub fn set(r: &Report<'_>, id: &str, value: &str) {
            match id {
                $($id => r.$set(value.into()),)*
                _ => {}
            }
        }
    };
}

text_fields! {
    "company-name" => get_company_name, set_company_name;
    "website" => get_website, set_website;
    "enterprise-number" => get_enterprise_number, set_enterprise_number;
    "address" => get_address, set_address;
    "amount" => get_amount, set_amount;
    "description" => get_description, set_description;
    "name" => get_name, set_name;
    "email" => get_email, set_email;
    "phone" => get_phone, set_phone;
    "postal-code" => get_postal_code, set_postal_code;
}

macro_rules! error_fields {
    ($($id:literal => $get:ident, $set:ident;)*) => {
        /// Sets the error key shown next to a field ("" clears it).
        pub fn set_error(r: &Report<'_>, id: &str, key: &str) {
            match id {
                $($id => r.$set(key.into()),)*
                _ => {}
            }
        }
        /// The error key of a field.
        pub fn get_error(r: &Report<'_>, id: &str) -> SharedString {
            match id {
                $($id => r.$get(),)*
                _ => SharedString::new(),
            }
        }
    };
}

error_fields! {
    "theme" => get_err_theme, set_err_theme;
    "company-name" => get_err_company_name, set_err_company_name;
    "website" => get_err_website, set_err_website;
    "enterprise-number" => get_err_enterprise_number, set_err_enterprise_number;
    "address" => get_err_address, set_err_address;
    "facts-date" => get_err_facts_date, set_err_facts_date;
    "channel" => get_err_channel, set_err_channel;
    "amount" => get_err_amount, set_err_amount;
    "description" => get_err_description, set_err_description;
    "identity" => get_err_identity, set_err_identity;
    "name" => get_err_name, set_err_name;
    "email" => get_err_email, set_err_email;
    "phone" => get_err_phone, set_err_phone;
    "postal-code" => get_err_postal_code, set_err_postal_code;
    "consent-share" => get_err_consent_share, set_err_consent_share;
    "consent-contact" => get_err_consent_contact, set_err_consent_contact;
}

/// The draft as the visitor typed it.
pub fn draft(r: &Report<'_>, facts_date: Option<NaiveDate>) -> ReportDraft {
    ReportDraft {
        theme: r.get_theme().into(),
        company_name: r.get_company_name().into(),
        website: r.get_website().into(),
        enterprise_number: r.get_enterprise_number().into(),
        address: r.get_address().into(),
        facts_date,
        channel: r.get_channel().into(),
        amount: r.get_amount().into(),
        description: r.get_description().into(),
        identity: match r.get_identity().as_str() {
            "anonymous" => Identity::Anonymous,
            "named" => Identity::Named,
            _ => Identity::Unset,
        },
        name: r.get_name().into(),
        email: r.get_email().into(),
        phone: r.get_phone().into(),
        postal_code: r.get_postal_code().into(),
        consent_share: r.get_consent_share(),
        consent_contact: r.get_consent_contact(),
    }
}

fn row(label: &str, value: impl Into<SharedString>, translate: bool, step: i32) -> ReviewRow {
    ReviewRow { label: format!("review-{label}").into(), value: value.into(), translate, step }
}

/// Every answer for the review step, each with the step that edits it, in two columns: the
/// company and the facts, then the description and the visitor.
pub fn review_rows(d: &ReportDraft) -> (Vec<ReviewRow>, Vec<ReviewRow>) {
    let enterprise = match EnterpriseNumber::parse(&d.enterprise_number) {
        Ok(n) => n.formatted(),
        Err(_) => d.enterprise_number.trim().to_string(),
    };
    let left = vec![
        row("theme", if d.theme.is_empty() { String::new() } else { format!("theme-{}", d.theme) }, true, 0),
        row("company-name", d.company_name.trim(), false, 1),
        row("website", d.website.trim(), false, 1),
        row("enterprise-number", enterprise, false, 1),
        row("address", d.address.trim(), false, 1),
        row("facts-date", d.facts_date.map(|x| x.format("%d/%m/%Y").to_string()).unwrap_or_default(), false, 2),
        row("channel", if d.channel.is_empty() { String::new() } else { format!("channel-{}", d.channel) }, true, 2),
        row("amount", d.amount.trim(), false, 2),
    ];
    let mut rows = vec![row("description", d.description.as_str(), false, 2)];
    match d.identity {
        Identity::Named => {
            // The name row says that the report is not anonymous.
            rows.push(row("name", d.name.trim(), false, 3));
            rows.push(row("email", d.email.trim(), false, 3));
            rows.push(row("phone", d.phone.trim(), false, 3));
            rows.push(row("postal-code", d.postal_code.trim(), false, 3));
            rows.push(row("consent-contact", if d.consent_contact { "review-yes" } else { "review-no" }, true, 3));
        }
        Identity::Anonymous => rows.push(row("identity", "identity-anonymous", true, 3)),
        Identity::Unset => rows.push(row("identity", "", false, 3)),
    }
    (left, rows)
}
