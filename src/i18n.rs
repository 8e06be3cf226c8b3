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

/// Numbers as numbers (for plural rules), the rest as text.
fn fluent_value(value: &str) -> FluentValue<'static> {
    match value.parse::<f64>() {
        Ok(n) => FluentValue::from(n),
        Err(_) => FluentValue::from(value.to_string()),
    }
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
        Translations::from_files(embedded::FILES.iter().map(|(l, f, t)| (*l, *f, *t)))
    }

    /// Loads (locale, file name, text) triples: the embedded files, or those of a content
    /// folder (`content_dir` in the configuration).
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> Result<Translations, I18nError> {
        let mut bundles = BTreeMap::new();
        for (locale, file, text) in files {
            let err = |message: String| I18nError { locale: locale.to_string(), file: file.to_string(), message };
            let resource = FluentResource::try_new(text.to_string())
                .map_err(|(_, errors)| err(errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; ")))?;
            let bundle = bundles.entry(locale.to_string()).or_insert_with(|| {
                let langid = locale.parse().unwrap_or_default();
                let mut b = FluentBundle::new(vec![langid]);
                b.set_use_isolating(false);
                b
            });
            bundle
                .add_resource(resource)
                .map_err(|errors| err(errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; ")))?;
        }
        Ok(Translations { bundles })
    }

    /// The message `key` in `locale`; falls back to French (the kiosk's first language) when
    /// `locale` is empty (start screen), and to the key itself when the message is missing.
    ///
    /// A key may carry its variables, `err-too-long?max=200`, so that a field error (one
    /// string property in the UI) keeps its argument across language switches.
    pub fn get(&self, key: &str, locale: &str) -> String {
        match key.split_once('?') {
            None => self.format(key, locale, None),
            Some((key, query)) => {
                let mut args = FluentArgs::new();
                for pair in query.split('&') {
                    if let Some((name, value)) = pair.split_once('=') {
                        args.set(name.to_string(), fluent_value(value));
                    }
                }
                self.format(key, locale, Some(&args))
            }
        }
    }

    /// `key` with its variables in the `key?name=value` form that [`Translations::get`] reads.
    pub fn key_with_args(key: &str, args: &[(&str, usize)]) -> String {
        if args.is_empty() {
            return key.to_string();
        }
        let query: Vec<String> = args.iter().map(|(n, v)| format!("{n}={v}")).collect();
        format!("{key}?{}", query.join("&"))
    }

    /// The message with one variable `$value`.
    pub fn get_with(&self, key: &str, locale: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("value", fluent_value(value));
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
        for (_, _, text) in embedded::FILES.iter().filter(|(l, _, _)| *l == locale) {
            if let Ok(res) = FluentResource::try_new(text.to_string()) {
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        keys.insert(m.id.name.to_string());
                    }
                }
            }
        }
        keys
    }

    /// The embedded `.ftl` files as (locale, file name, text).
    pub fn embedded_files() -> &'static [(&'static str, &'static str, &'static str)] {
        embedded::FILES
    }

    /// The locales found in `i18n/`.
    pub fn locales(&self) -> Vec<String> {
        self.bundles.keys().cloned().collect()
    }
}
