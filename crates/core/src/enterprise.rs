//! Belgian enterprise numbers (numéro d'entreprise / ondernemingsnummer / Unternehmensnummer).
//!
//! Ten digits, the first one 0 or 1, the last two a mod-97 check:
//! `97 − (first 8 digits mod 97) == last 2 digits`. Written `0123.456.749`.

use std::fmt;

use crate::validate::FieldError;

/// A valid enterprise number: exactly ten ASCII digits that pass the check.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnterpriseNumber(String);

impl EnterpriseNumber {
    /// Reads an enterprise number the way a visitor may type it.
    ///
    /// Accepted: `0123.456.749`, `0123456749`, `BE0123456749`, `BE 0123.456.749`, `be0123 456 749`
    /// (an optional `BE` prefix in any case, then digits with any spaces and dots), with 10 digits
    /// or 9 (the old form: a leading `0` is added).
    ///
    /// Errors: [`FieldError::Required`] for blank input; [`FieldError::EnterpriseFormat`] for
    /// anything else than such digits, a wrong count of digits or a first digit other than 0/1;
    /// [`FieldError::EnterpriseChecksum`] when only the check digits are wrong.
    pub fn parse(input: &str) -> Result<EnterpriseNumber, FieldError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(FieldError::Required);
        }
        let rest = match trimmed.get(..2) {
            Some(prefix) if prefix.eq_ignore_ascii_case("BE") => &trimmed[2..],
            _ => trimmed,
        };
        let mut digits = String::with_capacity(10);
        for c in rest.chars() {
            if c.is_ascii_digit() {
                if digits.len() == 10 {
                    return Err(FieldError::EnterpriseFormat);
                }
                digits.push(c);
            } else if !(c == '.' || c.is_whitespace()) {
                return Err(FieldError::EnterpriseFormat);
            }
        }
        match digits.len() {
            9 => digits.insert(0, '0'),
            10 => {}
            _ => return Err(FieldError::EnterpriseFormat),
        }
        if !digits.starts_with(['0', '1']) {
            return Err(FieldError::EnterpriseFormat);
        }
        if !checksum_ok(&digits) {
            return Err(FieldError::EnterpriseChecksum);
        }
        Ok(EnterpriseNumber(digits))
    }

    /// `0123.456.749`.
    pub fn formatted(&self) -> String {
        let d = &self.0;
        format!("{}.{}.{}", &d[..4], &d[4..7], &d[7..])
    }

    /// The ten digits, `0123456749`.
    pub fn digits(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EnterpriseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.formatted())
    }
}

/// `digits` is 10 ASCII digits.
fn checksum_ok(digits: &str) -> bool {
    let (Ok(base), Ok(check)) = (digits[..8].parse::<u32>(), digits[8..].parse::<u32>()) else {
        return false;
    };
    97 - base % 97 == check
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule itself, written independently of the code under test.
    fn by_rule(ten: &str) -> bool {
        let n: u64 = ten.parse().expect("digits");
        let (base, check) = (n / 100, n % 100);
        97 - base % 97 == check
    }

    const VALID: [&str; 7] = [
        "0123.456.749", // the usual example
        "0314.595.348", // SPF Economie / FOD Economie
        "0203.201.340", // National Bank of Belgium
        "0202.239.951", // Proximus
        "0417.497.106",
        "1000.000.021", // a number of the new 1-series
        "0000.009.797", // base 97 ≡ 0 (mod 97): the check is 97
    ];

    #[test]
    fn valid_vectors_follow_the_rule() {
        for v in VALID {
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            assert!(by_rule(&digits), "{v} is not valid by the rule");
            let n = EnterpriseNumber::parse(v).expect(v);
            assert_eq!(n.formatted(), v);
            assert_eq!(n.digits(), digits);
            assert_eq!(n.to_string(), v);
        }
    }

    #[test]
    fn accepted_spellings() {
        for input in [
            "0123.456.749",
            "0123456749",
            "BE0123456749",
            "BE 0123.456.749",
            "be0123456749",
            "Be 0123 456 749",
            "  0123 456 749  ",
            "123456749",
            "123.456.749",
            "BE123456749",
            "0123.45.67.49",
            "0123\u{a0}456\u{a0}749",
        ] {
            let n = EnterpriseNumber::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(n.formatted(), "0123.456.749", "{input}");
            assert_eq!(n.digits(), "0123456749", "{input}");
        }
    }

    #[test]
    fn format_errors() {
        for input in [
            "0123-456-749",
            "0123/456/749",
            "0123.456.7",
            "12345678",
            "01234567490",
            "BE",
            "BE.",
            "FR0123456749",
            "0123456749BE",
            "B0123456749",
            "BEBE0123456749",
            "2123456749",
            "9999999999",
            "abc",
            "0123.456.74x",
            "٠١٢٣٤٥٦٧٤٩",           // Arabic-Indic digits
            "０１２３４５６７４９", // full-width digits
            "é0123456749",
        ] {
            assert_eq!(EnterpriseNumber::parse(input), Err(FieldError::EnterpriseFormat), "{input}");
        }
    }

    #[test]
    fn blank_is_required() {
        for input in ["", "   ", "\t\n"] {
            assert_eq!(EnterpriseNumber::parse(input), Err(FieldError::Required));
        }
    }

    #[test]
    fn checksum_errors() {
        for input in [
            "0123.456.748",
            "0123.456.750",
            "0123.465.749", // transposed digits
            "0314.595.349",
            "0000.000.000",
            "1999.999.999",
            "023456749", // 9 digits, leading 0 added, check fails
        ] {
            assert_eq!(EnterpriseNumber::parse(input), Err(FieldError::EnterpriseChecksum), "{input}");
        }
    }

    #[test]
    fn every_single_digit_change_of_a_valid_number_is_caught() {
        let good = "0314595348";
        for pos in 0..10 {
            for d in b'0'..=b'9' {
                let mut bytes = good.as_bytes().to_vec();
                if bytes[pos] == d {
                    continue;
                }
                bytes[pos] = d;
                let s = String::from_utf8(bytes).expect("ascii");
                assert!(EnterpriseNumber::parse(&s).is_err(), "{s}");
            }
        }
    }

    #[test]
    fn parse_agrees_with_the_rule_on_a_range() {
        for base in 1_234_000u64..1_235_000 {
            for check in [0u64, 1, 50, 96, 97 - base % 97] {
                let s = format!("{:08}{:02}", base, check);
                assert_eq!(EnterpriseNumber::parse(&s).is_ok(), by_rule(&s), "{s}");
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for input in ["B", "É", "BÉ", "€", "0", "..........", "BE 0", "\u{0}", "ＢＥ0123456749"] {
            let _ = EnterpriseNumber::parse(input);
        }
    }
}
