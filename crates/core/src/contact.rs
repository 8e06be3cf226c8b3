//! The visitor's contact details: e-mail address, phone number, Belgian postal code.
//!
//! Each parser trims its input and returns the value to store, or the [`FieldError`] to show.
//! Blank input gives [`FieldError::Required`]: callers check optional fields for emptiness first.

use email_address::{EmailAddress, Options};
use phonenumber::Mode;

use crate::validate::FieldError;

/// Longest e-mail address accepted (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;

/// Reads an e-mail address: trimmed, no spaces inside, a domain with a dot and a top-level
/// domain of at least 2 characters, no display name (`Name <a@b.be>`) nor IP literal. The domain
/// is lower-cased, the local part kept as typed: `Marie.Dupont@Example.BE` → `Marie.Dupont@example.be`.
pub fn parse_email(s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    if s.chars().any(char::is_whitespace) || s.chars().count() > EMAIL_MAX {
        return Err(FieldError::Email);
    }
    let options = Options::default().with_required_tld().without_display_text().without_domain_literal();
    let parsed = EmailAddress::parse_with_options(s, options).map_err(|_| FieldError::Email)?;
    let domain = parsed.domain();
    let tld = domain.rsplit('.').next().unwrap_or("");
    if !domain.contains('.') || tld.chars().count() < 2 || tld.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldError::Email);
    }
    Ok(format!("{}@{}", parsed.local_part(), domain.to_lowercase()))
}

/// Longest phone input looked at (characters, separators included).
const PHONE_INPUT_MAX: usize = 32;

/// Reads a phone number, Belgian by default, and returns it in E.164 (`+32470123456`).
///
/// Accepted: `0470 12 34 56`, `+32 470 12 34 56`, `0032 470 12 34 56`, `02 123 45 67`,
/// `+33 6 12 34 56 78`, `+1 202 555 0143`… (`02 123 45 67` is refused: no Brussels number
/// starts with 21): digits with spaces, dots, dashes, slashes and
/// brackets, an optional leading `+`. The number must be a valid one for its country (length
/// and prefixes), per libphonenumber's metadata.
pub fn parse_phone(s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    // Keep the parser to the characters a phone number is written with: it is then on its
    // well-trodden paths, and letters ("0800 FLOWERS") or extensions are refused plainly.
    let plus_ok = s.strip_prefix('+').unwrap_or(s);
    if s.chars().count() > PHONE_INPUT_MAX
        || !plus_ok.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '/' | '(' | ')'))
        || plus_ok.chars().filter(char::is_ascii_digit).count() < 3
    {
        return Err(FieldError::Phone);
    }
    let input = s.to_string();
    // The parser has internal `unwrap`s; make sure none can bring the kiosk down.
    let parsed = std::panic::catch_unwind(move || {
        let number = phonenumber::parse(Some(phonenumber::country::Id::BE), &input).ok()?;
        number.is_valid().then(|| number.format().mode(Mode::E164).to_string())
    });
    match parsed {
        Ok(Some(e164)) if e164.starts_with('+') => Ok(e164),
        _ => Err(FieldError::Phone),
    }
}

/// Reads a Belgian postal code: 4 digits from 1000 to 9999, trimmed.
pub fn parse_postal_code(s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0') {
        Ok(s.to_string())
    } else {
        Err(FieldError::PostalCode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_accepted() {
        for (input, expected) in [
            ("marie@example.be", "marie@example.be"),
            ("  marie@example.be \n", "marie@example.be"),
            ("Marie.Dupont@Example.BE", "Marie.Dupont@example.be"),
            ("jan+kiosk@mail.telenet.be", "jan+kiosk@mail.telenet.be"),
            ("o'brien@example.co.uk", "o'brien@example.co.uk"),
            ("a_b-c@sub-domain.example.org", "a_b-c@sub-domain.example.org"),
            ("x@xn--bcher-kva.example", "x@xn--bcher-kva.example"),
            ("françois@exemple.be", "françois@exemple.be"),
        ] {
            assert_eq!(parse_email(input).as_deref(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn emails_refused() {
        for input in [
            "marie",
            "marie@",
            "@example.be",
            "marie@example",
            "marie@localhost",
            "marie@example.",
            "marie@.example.be",
            "marie@example..be",
            "marie@example.b",
            "marie@192.168.1.1",
            "marie@[192.168.1.1]",
            "marie @example.be",
            "marie@exa mple.be",
            "marie@example,be",
            "marie@@example.be",
            "ma..rie@example.be",
            ".marie@example.be",
            "Marie <marie@example.be>",
            "marie@example.be>",
            "marie@-example.be",
            "marie@example-.be",
            "marie\u{a0}@example.be",
        ] {
            assert_eq!(parse_email(input), Err(FieldError::Email), "{input}");
        }
        let long = format!("{}@example.be", "a".repeat(250));
        assert_eq!(parse_email(&long), Err(FieldError::Email));
        assert_eq!(parse_email("   "), Err(FieldError::Required));
        assert_eq!(parse_email(""), Err(FieldError::Required));
    }

    #[test]
    fn phones_accepted() {
        for (input, expected) in [
            ("0470 12 34 56", "+32470123456"),
            ("0470123456", "+32470123456"),
            ("0470/12.34.56", "+32470123456"),
            ("+32 470 12 34 56", "+32470123456"),
            ("+32470123456", "+32470123456"),
            ("0032 470 12 34 56", "+32470123456"),
            ("+32 (0)470 12 34 56", "+32470123456"),
            ("02 277 51 11", "+3222775111"),
            ("02/277.51.11", "+3222775111"),
            ("+32 2 277 51 11", "+3222775111"),
            ("087 12 34 56", "+3287123456"),
            ("+33 6 12 34 56 78", "+33612345678"),
            ("0033 6 12 34 56 78", "+33612345678"),
            ("+31 6 12345678", "+31612345678"),
            ("+49 30 123456", "+4930123456"),
            ("+1 202 555 0143", "+12025550143"),
            ("+1 (202) 555-0143", "+12025550143"),
            ("  0470 12 34 56  ", "+32470123456"),
        ] {
            assert_eq!(parse_phone(input).as_deref(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn phones_refused() {
        for input in [
            "12",
            "0470",
            "0470 12 34",
            "0470 12 34 56 78 90",
            "+32 12",
            "+999 123 456 789",
            "+0 123456",
            "0800 FLOWERS",
            "0470 12 34 56 ext. 2",
            "phone",
            "++32470123456",
            "0470+123456",
            "+",
            "+32 470 12 34 56 #",
            "٠٤٧٠١٢٣٤٥٦",
            "０４７０１２３４５６",
            "123456789012345678901234567890123",
            "0000000000",
            "02 123 45 67",
            "+1 000 000 0000",
        ] {
            assert_eq!(parse_phone(input), Err(FieldError::Phone), "{input}");
        }
        assert_eq!(parse_phone(" "), Err(FieldError::Required));
    }

    #[test]
    fn phone_parser_never_panics_on_allowed_characters() {
        use rand::rngs::StdRng;
        use rand::{Rng, SeedableRng};
        let chars: Vec<char> = "0123456789 .-/()+".chars().collect();
        let mut rng = StdRng::seed_from_u64(99);
        for _ in 0..20_000 {
            let len = rng.random_range(0..20);
            let s: String = (0..len).map(|_| chars[rng.random_range(0..chars.len())]).collect();
            // Must return, Ok or Err, whatever the input.
            let _ = parse_phone(&s);
            let with_plus = format!("+{s}");
            let _ = parse_phone(&with_plus);
            let with_idd = format!("00{s}");
            let _ = parse_phone(&with_idd);
        }
    }

    #[test]
    fn postal_codes() {
        for (input, expected) in [("1000", "1000"), (" 9999 ", "9999"), ("4700", "4700"), ("1050", "1050")] {
            assert_eq!(parse_postal_code(input).as_deref(), Ok(expected));
        }
        for bad in ["0999", "999", "10000", "1 000", "B-1000", "1000a", "abcd", "١٠٠٠", "-100", "+100", "10.0"] {
            assert_eq!(parse_postal_code(bad), Err(FieldError::PostalCode), "{bad}");
        }
        assert_eq!(parse_postal_code(""), Err(FieldError::Required));
    }
}
