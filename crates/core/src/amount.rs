//! Amounts of money in euros, as a visitor types them.
//!
//! [`parse_amount_eur`] returns a canonical decimal string with two decimals (`"1250.50"`), the
//! form of `amount_eur` in the contract.
//!
//! Rules (Belgian and English habits both work):
//! - a `€`, `EUR`, `euro` or `euros` before or after the number is ignored, as are spaces around;
//! - `,` or `.` followed by 1 or 2 digits at the end is the decimal separator: `49,99`, `49.99`,
//!   `12,5` (→ `12.50`);
//! - `.`, `,` or a space between groups of exactly 3 digits is a thousands separator:
//!   `1 250`, `1.250`, `1,250`, `1.250.000`. One kind per number, first group 1 to 3 digits not
//!   starting with 0;
//! - hence a single `,` or `.` followed by exactly 3 digits means thousands (`1.250` → 1250):
//!   euro amounts have 2 decimals, so reading it as decimals could not be right anyway;
//! - both kinds together: the last one is the decimal separator and the other one groups
//!   thousands: `1.250,50` and `1,250.50` → `1250.50`; `1.250.50` (the same one twice, the last
//!   one before 2 digits) is refused as unclear;
//! - refused: negative amounts ([`FieldError::AmountNegative`]), more than 2 decimals such as
//!   `12,3456` or `0,125` ([`FieldError::AmountDecimals`]), more than 1,000,000,000 euros
//!   ([`FieldError::AmountTooLarge`]), anything else ([`FieldError::Amount`]). Zero is accepted.

use crate::validate::FieldError;

/// Largest amount accepted, in euros.
pub const AMOUNT_MAX_EUR: u64 = 1_000_000_000;

/// Reads an amount in euros; see the module documentation for the accepted forms.
/// Blank input gives [`FieldError::Required`].
pub fn parse_amount_eur(s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    let s = strip_currency(s);
    if s.starts_with(['-', '\u{2212}']) {
        return Err(FieldError::AmountNegative);
    }
    // All kinds of spaces count as a plain space.
    let s: String = s.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    if s.is_empty()
        || !s.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
        || !s.starts_with(|c: char| c.is_ascii_digit())
        || !s.ends_with(|c: char| c.is_ascii_digit())
    {
        return Err(FieldError::Amount);
    }
    // From here on `s` is ASCII: digits and separators, digits at both ends.
    let (int_part, frac) = split_decimal(&s)?;
    let int_digits = integer_digits(int_part).ok_or_else(|| {
        // A lone separator before 3+ digits that is not a thousands grouping: too many decimals.
        if s.matches(['.', ',']).count() == 1 && !s.contains(' ') {
            FieldError::AmountDecimals
        } else {
            FieldError::Amount
        }
    })?;
    let int_digits = int_digits.trim_start_matches('0');
    if int_digits.len() > 10 {
        return Err(FieldError::AmountTooLarge);
    }
    let euros: u64 = if int_digits.is_empty() { 0 } else { int_digits.parse().map_err(|_| FieldError::Amount)? };
    let cents = match frac.len() {
        0 => "00".to_string(),
        1 => format!("{frac}0"),
        _ => frac.to_string(),
    };
    if euros > AMOUNT_MAX_EUR || (euros == AMOUNT_MAX_EUR && cents != "00") {
        return Err(FieldError::AmountTooLarge);
    }
    Ok(format!("{euros}.{cents}"))
}

/// Removes one currency mark before or after the number, and the spaces around.
fn strip_currency(s: &str) -> &str {
    const MARKS: [&str; 4] = ["euros", "euro", "eur", "€"];
    for mark in MARKS {
        if let Some(head) = s.get(..mark.len())
            && head.eq_ignore_ascii_case(mark)
        {
            return s[mark.len()..].trim();
        }
        if let Some(start) = s.len().checked_sub(mark.len())
            && let Some(tail) = s.get(start..)
            && tail.eq_ignore_ascii_case(mark)
        {
            return s[..start].trim();
        }
    }
    s
}

/// Splits `s` (ASCII digits and separators, digits at both ends) into the integer part, still
/// with its thousands separators, and the 0 to 2 decimals.
fn split_decimal(s: &str) -> Result<(&str, &str), FieldError> {
    let Some(last) = s.rfind(['.', ',']) else {
        return Ok((s, ""));
    };
    let (head, tail) = (&s[..last], &s[last + 1..]);
    let sep = &s[last..=last];
    let other = if sep == "." { ',' } else { '.' };
    if tail.contains(' ') {
        return Err(FieldError::Amount);
    }
    match tail.len() {
        1 | 2 => {
            if head.contains(sep) {
                // `1.250.50`: the same mark groups thousands and separates decimals.
                Err(FieldError::Amount)
            } else {
                Ok((head, tail))
            }
        }
        // `1.250`, `1,250`: thousands, unless the other mark came first (`1.250,500`), which
        // makes this one the decimal separator with 3 decimals.
        3 if head.contains(other) => Err(FieldError::AmountDecimals),
        3 => Ok((s, "")),
        _ if s.matches(sep).count() == 1 && !head.contains(other) => Err(FieldError::AmountDecimals),
        _ => Err(FieldError::Amount),
    }
}

/// The digits of an integer part written with or without one kind of thousands separator,
/// or `None` when the grouping is not a proper one.
fn integer_digits(int_part: &str) -> Option<String> {
    let seps: Vec<char> = int_part.chars().filter(|c| !c.is_ascii_digit()).collect();
    let Some(&sep) = seps.first() else {
        return Some(int_part.to_string());
    };
    if seps.iter().any(|&c| c != sep) {
        return None;
    }
    let mut groups = int_part.split(sep);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || first.starts_with('0') {
        return None;
    }
    let mut digits = first.to_string();
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        digits.push_str(g);
    }
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        for (input, expected) in [
            ("49,99", "49.99"),
            ("49.99", "49.99"),
            ("1 250,5", "1250.50"),
            ("1\u{a0}250,50", "1250.50"),
            ("1\u{202f}250,50", "1250.50"),
            ("€ 12", "12.00"),
            ("€12", "12.00"),
            ("12 €", "12.00"),
            ("12€", "12.00"),
            ("12,50 €", "12.50"),
            ("EUR 12", "12.00"),
            ("12 eur", "12.00"),
            ("12 euro", "12.00"),
            ("12 Euros", "12.00"),
            ("0", "0.00"),
            ("0,00", "0.00"),
            ("0,5", "0.50"),
            ("0.05", "0.05"),
            ("007", "7.00"),
            ("12", "12.00"),
            ("  12  ", "12.00"),
            ("1.250", "1250.00"),
            ("1,250", "1250.00"),
            ("1 250", "1250.00"),
            ("1.250.000", "1250000.00"),
            ("1,250,000", "1250000.00"),
            ("1 250 000", "1250000.00"),
            ("1.250,50", "1250.50"),
            ("1,250.50", "1250.50"),
            ("1.250.000,99", "1250000.99"),
            ("1 250 000,99", "1250000.99"),
            ("1250,5", "1250.50"),
            ("999.999.999,99", "999999999.99"),
            ("1 000 000 000", "1000000000.00"),
            ("1000000000,00", "1000000000.00"),
            ("€ 1.250,50", "1250.50"),
        ] {
            assert_eq!(parse_amount_eur(input).as_deref(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn negative() {
        for input in ["-12", "-0,50", "- 12", "€ -12", "-€12", "\u{2212}5"] {
            assert_eq!(parse_amount_eur(input), Err(FieldError::AmountNegative), "{input}");
        }
    }

    #[test]
    fn too_many_decimals() {
        for input in ["12.3456", "12,3456", "0,125", "0.250", "1.250,500", "1234,567"] {
            assert_eq!(parse_amount_eur(input), Err(FieldError::AmountDecimals), "{input}");
        }
    }

    #[test]
    fn too_large() {
        for input in [
            "1000000000,01",
            "1 000 000 001",
            "1000000001",
            "99999999999",
            "123456789012345678901234567890",
            "1.000.000.000,50",
        ] {
            assert_eq!(parse_amount_eur(input), Err(FieldError::AmountTooLarge), "{input}");
        }
    }

    #[test]
    fn not_an_amount() {
        for input in [
            "abc",
            "12a",
            "twelve",
            "12,",
            "12.",
            ",5",
            ".50",
            "+12",
            "12-",
            "1.250.50",
            "1,250,50",
            "1..5",
            "1,,5",
            "1 ,5",
            "1, 5",
            "12 34",
            "1 2345",
            "1.2345.678",
            "1 250.000,00",
            "1.250 000",
            "12,5,0",
            "€",
            "EUR",
            "€ €",
            "€12€",
            "$12",
            "12 USD",
            "1e3",
            "١٢",
            "１２",
            "0x10",
            "12/5",
            "12,5 0",
        ] {
            assert_eq!(parse_amount_eur(input), Err(FieldError::Amount), "{input}");
        }
    }

    #[test]
    fn blank_is_required() {
        assert_eq!(parse_amount_eur(""), Err(FieldError::Required));
        assert_eq!(parse_amount_eur(" \t "), Err(FieldError::Required));
    }

    #[test]
    fn canonical_output_round_trips() {
        for input in ["0", "49,99", "1 250,5", "1.250", "999999999.99"] {
            let canonical = parse_amount_eur(input).expect(input);
            assert_eq!(parse_amount_eur(&canonical).as_deref(), Ok(&*canonical));
            let (int, frac) = canonical.split_once('.').expect("dot");
            assert_eq!(frac.len(), 2);
            assert!(int.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn never_panics() {
        for input in ["€", "é", "ü12", "12ü", "€€", "e", "eu", "€ 1", ".", ",", " . ", "0,0,0"] {
            let _ = parse_amount_eur(input);
        }
    }
}
