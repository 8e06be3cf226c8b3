//! Receipt references and tracking codes, made on the kiosk so that they work offline.
//!
//! A reference is `<SHORT>-<5 symbols>-<5 symbols>`, e.g. `NG3-7K4QM-2XPA2`:
//! - `SHORT` is the kiosk's short code (2 to 6 symbols), which makes references unique across
//!   kiosks;
//! - the 10 symbols are 9 random ones followed by 1 check symbol.
//!
//! Symbols come from [`ALPHABET`], 31 symbols without look-alikes (no `0`, `1`, `O`, `I`, `L`).
//! With `v(c)` the index of `c` in the alphabet, the check symbol is the one at index
//! `Σ i·v(cᵢ) mod 31` over the short code and the 9 random symbols in order, `i = 1, 2, …`.
//! Because 31 is prime and the weights `1..=15` and the check's implicit weight (−1) are distinct
//! and non-zero mod 31, every single substitution and every swap of two adjacent different
//! symbols (check symbol included) is detected.
//!
//! The tracking code is 6 random decimal digits (leading zeros allowed): a short secret.

use rand::Rng;

/// The reference alphabet: digits and capital letters without `0`, `1`, `O`, `I`, `L`.
pub const ALPHABET: &str = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

const SYMBOLS: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const MODULUS: usize = 31;

/// Shortest and longest kiosk short code.
pub const SHORT_CODE_MIN: usize = 2;
pub const SHORT_CODE_MAX: usize = 6;

/// Random symbols in a reference (the check symbol comes after them).
const RANDOM_LEN: usize = 9;
/// Random symbols plus the check symbol.
const TAIL_LEN: usize = RANDOM_LEN + 1;

/// Index of `c` in [`ALPHABET`].
fn value(c: char) -> Option<usize> {
    SYMBOLS.iter().position(|&s| char::from(s) == c)
}

fn symbol(index: usize) -> char {
    char::from(SYMBOLS[index % MODULUS])
}

/// The check symbol of `body` (short code then random symbols), or `None` when a character is
/// not in the alphabet.
fn check_symbol(body: impl Iterator<Item = char>) -> Option<char> {
    let mut sum = 0usize;
    for (i, c) in body.enumerate() {
        sum = (sum + (i + 1) * value(c)?) % MODULUS;
    }
    Some(symbol(sum))
}

/// Checks a kiosk short code from the configuration: 2 to 6 symbols of [`ALPHABET`] (capitals).
/// The error says what is wrong, for the person who wrote the configuration.
pub fn validate_short_code(s: &str) -> Result<(), String> {
    let count = s.chars().count();
    if !(SHORT_CODE_MIN..=SHORT_CODE_MAX).contains(&count) {
        return Err(format!(
            "the short code {s:?} has {count} characters; it must have {SHORT_CODE_MIN} to \
             {SHORT_CODE_MAX}"
        ));
    }
    if let Some(bad) = s.chars().find(|&c| value(c).is_none()) {
        let hint = if bad.is_ascii_lowercase() { " (use capital letters)" } else { "" };
        return Err(format!(
            "the short code {s:?} contains {bad:?}, which is not allowed{hint}: use only \
             {ALPHABET} (no 0, 1, O, I or L, which look alike)"
        ));
    }
    Ok(())
}

/// Makes a new reference for the kiosk `short_code`, e.g. `NG3-7K4QM-2XPA2`.
///
/// `short_code` should have passed [`validate_short_code`] (at configuration load). So that this
/// never fails, an invalid one is repaired rather than refused: it is upper-cased, characters
/// outside the alphabet are dropped, it is cut to 6 symbols and padded with `X` to 2.
pub fn generate_reference<R: Rng + ?Sized>(short_code: &str, rng: &mut R) -> String {
    let mut short: String =
        short_code.chars().flat_map(char::to_uppercase).filter(|&c| value(c).is_some()).take(SHORT_CODE_MAX).collect();
    while short.len() < SHORT_CODE_MIN {
        short.push('X');
    }
    let random: String = (0..RANDOM_LEN).map(|_| symbol(rng.random_range(0..MODULUS))).collect();
    // Every character is in the alphabet by construction; `X` is a harmless fallback.
    let check = check_symbol(short.chars().chain(random.chars())).unwrap_or('X');
    format!("{short}-{}-{}{check}", &random[..5], &random[5..])
}

/// Makes a tracking code: 6 random decimal digits, e.g. `048213`.
pub fn generate_tracking_code<R: Rng + ?Sized>(rng: &mut R) -> String {
    format!("{:06}", rng.random_range(0..1_000_000u32))
}

/// Puts a reference typed by a visitor in its canonical form, or `None` when it cannot be one.
///
/// Upper-cases, removes spaces (any whitespace) and dashes, and re-inserts the dashes: the last
/// 10 symbols are the two groups of 5, what comes before is the short code (2 to 6 symbols).
/// There is no guessing of look-alikes: a `0`, `1`, `O`, `I` or `L` (or any other character not
/// in [`ALPHABET`]) gives `None`, since no reference contains one. The check symbol is not
/// verified here: use [`is_valid_reference`] on the result to tell a typo from a wrong shape.
///
/// A central reference such as `CC-2026-0001234` is not a kiosk reference: `None`.
pub fn normalize_reference(input: &str) -> Option<String> {
    let mut compact = String::with_capacity(16);
    for c in input.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let c = c.to_ascii_uppercase();
        value(c)?;
        compact.push(c);
    }
    let len = compact.len(); // ASCII only from here on
    if !(SHORT_CODE_MIN + TAIL_LEN..=SHORT_CODE_MAX + TAIL_LEN).contains(&len) {
        return None;
    }
    let (short, tail) = compact.split_at(len - TAIL_LEN);
    Some(format!("{short}-{}-{}", &tail[..5], &tail[5..]))
}

/// Whether `s` is a reference in canonical form (`SHORT-XXXXX-XXXXX`, capitals, symbols of
/// [`ALPHABET`]) whose check symbol is right. Typed input should go through
/// [`normalize_reference`] first.
pub fn is_valid_reference(s: &str) -> bool {
    let mut parts = s.split('-');
    let (Some(short), Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if validate_short_code(short).is_err() || first.chars().count() != 5 || second.chars().count() != 5 {
        return false;
    }
    let body: Vec<char> = short.chars().chain(first.chars()).chain(second.chars()).collect();
    let Some((&check, random)) = body.split_last() else {
        return false;
    };
    if value(check).is_none() {
        return false;
    }
    check_symbol(random.iter().copied()) == Some(check)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;
    use std::collections::HashSet;

    fn rng(seed: u64) -> StdRng {
        StdRng::seed_from_u64(seed)
    }

    #[test]
    fn alphabet_has_31_distinct_symbols_without_look_alikes() {
        assert_eq!(ALPHABET.len(), 31);
        assert_eq!(ALPHABET.as_bytes(), SYMBOLS);
        let set: HashSet<char> = ALPHABET.chars().collect();
        assert_eq!(set.len(), 31);
        for c in ['0', '1', 'O', 'I', 'L'] {
            assert!(!set.contains(&c), "{c}");
        }
        for c in ALPHABET.chars() {
            assert!(c.is_ascii_digit() || c.is_ascii_uppercase());
        }
    }

    #[test]
    fn short_codes() {
        for ok in ["NG", "NG3", "BXN", "ZZZZZZ", "23", "A2B3C4"] {
            assert_eq!(validate_short_code(ok), Ok(()), "{ok}");
        }
        for bad in ["", "N", "NGNGNGN", "NG0", "B1", "BOX", "LIE", "BXL", "ng3", "N-3", "N 3", "NÉ"] {
            let msg = validate_short_code(bad).expect_err(bad);
            assert!(msg.contains(&format!("{bad:?}")), "{msg}");
        }
        assert!(validate_short_code("ng3").expect_err("lower").contains("capital"));
        assert!(validate_short_code("N").expect_err("short").contains("2 to 6"));
    }

    #[test]
    fn format_of_generated_references() {
        let mut r = rng(1);
        for short in ["NG", "NG3", "BXN4", "ABCDEF"] {
            for _ in 0..200 {
                let reference = generate_reference(short, &mut r);
                let parts: Vec<&str> = reference.split('-').collect();
                assert_eq!(parts.len(), 3, "{reference}");
                assert_eq!(parts[0], short);
                assert_eq!(parts[1].len(), 5);
                assert_eq!(parts[2].len(), 5);
                assert!(reference.chars().all(|c| c == '-' || ALPHABET.contains(c)));
                assert!(is_valid_reference(&reference), "{reference}");
                assert_eq!(normalize_reference(&reference).as_deref(), Some(&*reference));
            }
        }
    }

    #[test]
    fn known_check_symbol() {
        // NG3 + 7K4QM2XPA: by hand, v: N=19 G=14 3=1 7=5 K=17 4=2 Q=21 M=18 2=0 X=28 P=20 A=8
        let v = [19, 14, 1, 5, 17, 2, 21, 18, 0, 28, 20, 8];
        let sum: usize = v.iter().enumerate().map(|(i, x)| (i + 1) * x).sum();
        assert_eq!(sum % 31, 0);
        assert!(is_valid_reference("NG3-7K4QM-2XPA2"));
        assert!(!is_valid_reference("NG3-7K4QM-2XPA3"));
    }

    #[test]
    fn hundred_thousand_references_are_distinct() {
        let mut r = rng(2026);
        let mut seen = HashSet::with_capacity(100_000);
        for _ in 0..100_000 {
            let reference = generate_reference("NG3", &mut r);
            assert!(seen.insert(reference));
        }
    }

    #[test]
    fn invalid_short_code_is_repaired_not_refused() {
        let mut r = rng(3);
        for (input, short) in
            [("ng3", "NG3"), ("N0G", "NG"), ("", "XX"), ("0", "XX"), ("a", "AX"), ("ABCDEFGH", "ABCDEF"), ("é-ß", "SS")]
        {
            let reference = generate_reference(input, &mut r);
            assert!(reference.starts_with(&format!("{short}-")), "{input} → {reference}");
            assert!(is_valid_reference(&reference), "{reference}");
        }
    }

    #[test]
    fn tracking_codes() {
        let mut r = rng(4);
        let mut leading_zero = false;
        let mut seen = HashSet::new();
        for _ in 0..10_000 {
            let code = generate_tracking_code(&mut r);
            assert_eq!(code.len(), 6, "{code}");
            assert!(code.bytes().all(|b| b.is_ascii_digit()), "{code}");
            leading_zero |= code.starts_with('0');
            seen.insert(code);
        }
        assert!(leading_zero, "leading zeros must occur");
        assert!(seen.len() > 9_000, "codes should be spread out");
    }

    #[test]
    fn normalize() {
        let good = generate_reference("NG3", &mut rng(5));
        let compact: String = good.chars().filter(|&c| c != '-').collect();
        let lower = good.to_lowercase();
        let spaced: String = compact.chars().flat_map(|c| [c, ' ']).collect::<String>();
        let misplaced = format!("{}-{}-{}", &compact[..2], &compact[2..9], &compact[9..]);
        for input in
            [good.clone(), compact.clone(), lower, spaced, misplaced, format!("  {good}\n"), good.replace('-', " - ")]
        {
            assert_eq!(normalize_reference(&input).as_deref(), Some(&*good), "{input:?}");
        }
        for bad in [
            "",
            "NG3",
            "NG3-7K4Q-M2XP", // 8 symbols after the short code: too short
            "N-7K4QM-2XPA9",
            "NGNGNGN-7K4QM-2XPA9",
            "NG3-7K4QM-2XPA0",
            "NG3-7K4QM-2XPAO",
            "NG3-7K4QM-2XPAI",
            "NG3-7K4QM-2XPAL",
            "NG3-7K4QM-2XPA1",
            "NG3_7K4QM_2XPA9",
            "CC-2026-0001234",
            "NG3-7K4QM-2XPAÉ",
        ] {
            assert_eq!(normalize_reference(bad), None, "{bad}");
        }
        // Shape fine, check symbol not verified by normalize.
        let wrong_check = format!("{}{}", &good[..good.len() - 1], if good.ends_with('2') { '3' } else { '2' });
        assert_eq!(normalize_reference(&wrong_check).as_deref(), Some(&*wrong_check));
        assert!(!is_valid_reference(&wrong_check));
    }

    #[test]
    fn is_valid_requires_canonical_form() {
        let good = generate_reference("BXN", &mut rng(6));
        assert!(is_valid_reference(&good));
        let compact: String = good.chars().filter(|&c| c != '-').collect();
        for bad in [
            compact,
            good.to_lowercase(),
            format!(" {good}"),
            format!("{good}-"),
            format!("-{good}"),
            good.replacen('-', "--", 1),
            String::new(),
            "--".to_string(),
            "NG3-ÉÉÉÉÉ-ÉÉÉÉÉ".to_string(),
        ] {
            assert!(!is_valid_reference(&bad), "{bad:?}");
        }
    }

    /// Positions of the symbols (not the dashes) in a canonical reference.
    fn symbol_positions(reference: &str) -> Vec<usize> {
        reference.char_indices().filter(|&(_, c)| c != '-').map(|(i, _)| i).collect()
    }

    fn some_references() -> Vec<String> {
        let mut r = rng(7);
        let mut out = Vec::new();
        for short in ["NG", "NG3", "BXN4", "ZZZZZ", "A2B3C4"] {
            for _ in 0..4 {
                out.push(generate_reference(short, &mut r));
            }
        }
        out
    }

    #[test]
    fn every_single_substitution_is_detected() {
        let mut tried = 0;
        for good in some_references() {
            assert!(is_valid_reference(&good));
            for pos in symbol_positions(&good) {
                for replacement in ALPHABET.chars() {
                    let mut bytes = good.clone().into_bytes();
                    if char::from(bytes[pos]) == replacement {
                        continue;
                    }
                    bytes[pos] = replacement as u8;
                    let typo = String::from_utf8(bytes).expect("ascii");
                    assert!(!is_valid_reference(&typo), "{good} → {typo}");
                    tried += 1;
                }
            }
        }
        assert!(tried > 5_000);
    }

    #[test]
    fn every_adjacent_transposition_is_detected() {
        let mut tried = 0;
        for good in some_references() {
            let positions = symbol_positions(&good);
            // Adjacent in the sequence of symbols, across the dashes too.
            for w in positions.windows(2) {
                let (a, b) = (w[0], w[1]);
                let mut bytes = good.clone().into_bytes();
                if bytes[a] == bytes[b] {
                    continue;
                }
                bytes.swap(a, b);
                let swapped = String::from_utf8(bytes).expect("ascii");
                assert!(!is_valid_reference(&swapped), "{good} → {swapped}");
                tried += 1;
            }
        }
        assert!(tried > 150);
    }

    #[test]
    fn weights_are_distinct_and_non_zero_mod_31() {
        // Weights 1..=15 for the longest body, and −1 ≡ 30 for the check symbol.
        let mut weights: Vec<usize> = (1..=SHORT_CODE_MAX + RANDOM_LEN).collect();
        weights.push(MODULUS - 1);
        let set: HashSet<usize> = weights.iter().map(|w| w % MODULUS).collect();
        assert_eq!(set.len(), weights.len());
        assert!(!set.contains(&0));
        // Adjacent transpositions: the weight differences (1, and up to 15 − (−1) = 16 between
        // the last random symbol and the check) are non-zero mod 31.
        assert_ne!((SHORT_CODE_MAX + RANDOM_LEN + 1) % MODULUS, 0);
    }
}
