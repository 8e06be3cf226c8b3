//! Fluent translations for the four locales, embedded at build time from `i18n/<locale>/*.ftl`.
//!
//! Every visible string goes through [`Translations::get`]: the Slint global `Tr` calls it with
//! the key and the current language. A missing key returns the key itself (and the
//! `i18n_complete` test fails on it), so that a visitor never sees an empty button.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));
}

/// The locales shipped, in start-screen order.
pub const LOCALES: [&str; 4] = cc_core::envelope::LOCALES;

/// All bundles; not `Send` (Fluent's memoizer), so it lives on the UI thread.
pub struct Translations {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

/// A problem in the embedded `.ftl` files (syntax error, duplicate key).
#[derive(Debug, thiserror::Error)]
#[error("i18n/{locale}/{file}: {message}")]
pub struct I18nError {
    pub locale: String,
    pub file: String,
    pub message: String,
}

impl Translations {
    /// Loads every embedded locale.
    pub fn load() -> Result<Translations, I18nError> {
        let mut bundles = BTreeMap::new();
        for (locale, file, text) in embedded::FILES {
            let err = |message: String| I18nError { locale: locale.to_string(), file: file.to_string(), message };
            let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
                err(errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; "))
            })?;
            let bundle = bundles.entry(locale.to_string()).or_insert_with(|| {
                let langid = locale.parse().unwrap_or_default();
                let mut b = FluentBundle::new(vec![langid]);
                b.set_use_isolating(false);
                b
            });
            bundle.add_resource(resource).map_err(|errors| {
                err(errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; "))
            })?;
        }
        Ok(Translations { bundles })
    }

    /// The message `key` in `locale`; falls back to French (the kiosk's first language) when
    /// `locale` is empty (start screen), and to the key itself when the message is missing.
    pub fn get(&self, key: &str, locale: &str) -> String {
        self.format(key, locale, None)
    }

    /// The message with one variable `$value`.
    pub fn get_with(&self, key: &str, locale: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        match value.parse::<f64>() {
            Ok(n) => args.set("value", FluentValue::from(n)),
            Err(_) => args.set("value", FluentValue::from(value.to_string())),
        }
        self.format(key, locale, Some(&args))
    }

    fn format(&self, key: &str, locale: &str, args: Option<&FluentArgs>) -> String {
        let locale = if locale.is_empty() { "fr-BE" } else { locale };
        let Some(bundle) = self.bundles.get(locale) else { return key.to_string() };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else { return key.to_string() };
        let mut errors = vec![];
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Whether `key` exists in `locale`.
    pub fn has(&self, key: &str, locale: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.has_message(key))
    }

    /// Every message id of a locale (from the embedded sources).
    pub fn keys(locale: &str) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for (l, _, text) in embedded::FILES {
            if *l == locale {
                if let Ok(res) = FluentResource::try_new(text.to_string()) {
                    for entry in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            keys.insert(m.id.name.to_string());
                        }
                    }
                }
            }
        }
        keys
    }

    /// The locales found in `i18n/`.
    pub fn locales(&self) -> Vec<String> {
        self.bundles.keys().cloned().collect()
    }
}
