//! Values that differ by the visitor's language (a service's website or phone line per
//! language), and the order in which the kiosk falls back to another language.

use std::collections::BTreeMap;

use crate::envelope::LOCALES;

/// The languages to try, in order, for a visitor in `locale`: theirs, then Belgium's official
/// languages (French, Dutch, German; for a German speaker French first, as the German-speaking
/// area is in Wallonia), then English.
pub fn fallbacks(locale: &str) -> [&'static str; 4] {
    match locale {
        "nl-BE" => ["nl-BE", "fr-BE", "de-BE", "en"],
        "de-BE" => ["de-BE", "fr-BE", "nl-BE", "en"],
        "en" => ["en", "fr-BE", "nl-BE", "de-BE"],
        _ => ["fr-BE", "nl-BE", "de-BE", "en"],
    }
}

/// A value that is the same in every language, or one per language (at least one of them in
/// an official language; see [`Localized::problems`]). In TOML: `website = "https://…"` or
/// `website = { fr-BE = "https://…", nl-BE = "https://…" }`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(untagged)]
pub enum Localized {
    One(String),
    PerLocale(BTreeMap<String, String>),
}

impl Localized {
    /// The value for a visitor in `locale`: theirs, or the first of [`fallbacks`] there is.
    pub fn get(&self, locale: &str) -> &str {
        match self {
            Localized::One(v) => v,
            Localized::PerLocale(map) => {
                fallbacks(locale).iter().find_map(|l| map.get(*l)).map(String::as_str).unwrap_or_default()
            }
        }
    }

    /// Every value, with its locale (`None` for a single value).
    pub fn values(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Localized::One(v) => vec![(None, v.as_str())],
            Localized::PerLocale(map) => map.iter().map(|(l, v)| (Some(l.as_str()), v.as_str())).collect(),
        }
    }

    /// What is wrong with it: an unknown locale, an empty value, no value in French or Dutch.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        match self {
            Localized::One(v) if v.trim().is_empty() => problems.push("empty".to_string()),
            Localized::One(_) => {}
            Localized::PerLocale(map) => {
                for (l, v) in map {
                    if !LOCALES.contains(&l.as_str()) {
                        problems.push(format!("{l:?} is not a locale (fr-BE, nl-BE, de-BE, en)"));
                    }
                    if v.trim().is_empty() {
                        problems.push(format!("{l}: empty"));
                    }
                }
                if !map.contains_key("fr-BE") && !map.contains_key("nl-BE") {
                    problems.push("needs a value in fr-BE or nl-BE (the fallback of the other languages)".into());
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per(pairs: &[(&str, &str)]) -> Localized {
        Localized::PerLocale(pairs.iter().map(|(l, v)| (l.to_string(), v.to_string())).collect())
    }

    #[test]
    fn each_visitor_gets_their_language_or_an_official_one() {
        let site =
            per(&[("fr-BE", "https://mediationconsommateur.be"), ("nl-BE", "https://consumentenombudsdienst.be")]);
        assert_eq!(site.get("fr-BE"), "https://mediationconsommateur.be");
        assert_eq!(site.get("nl-BE"), "https://consumentenombudsdienst.be");
        assert_eq!(site.get("de-BE"), "https://mediationconsommateur.be", "German speakers: French first");
        assert_eq!(site.get("en"), "https://mediationconsommateur.be");
        let nl_only = per(&[("nl-BE", "x")]);
        assert_eq!(nl_only.get("fr-BE"), "x");
        assert_eq!(Localized::One("y".into()).get("en"), "y");
    }

    #[test]
    fn problems_are_named() {
        assert!(per(&[("fr-BE", "a"), ("nl-BE", "b")]).problems().is_empty());
        assert_eq!(
            per(&[("en", "a")]).problems(),
            vec!["needs a value in fr-BE or nl-BE (the fallback of the other languages)"]
        );
        assert!(per(&[("fr-BE", "a"), ("es", "b")]).problems()[0].contains("\"es\" is not a locale"));
        assert_eq!(Localized::One(" ".into()).problems(), vec!["empty"]);
    }
}
