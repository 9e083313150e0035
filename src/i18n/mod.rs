//! Interface texts and locale formats for each of the site's languages: the Fluent
//! bundles from `locales/<lang>/*.ftl` (with CLDR plurals) and the CLDR number, money,
//! percent and date formatters. Built once per run and shared read-only by the renderers.

mod format;
pub(crate) mod locales;

use fluent_bundle::{FluentArgs, FluentValue};
pub(crate) use format::{DateStyle, Formats};
use std::collections::BTreeMap;

/// Everything language-specific about one site language.
pub(crate) struct Language {
    /// The language code used in URLs and file names (`lv`).
    code: String,
    /// The site's interface texts in this language.
    bundle: crate::fluent::Bundle,
    /// CLDR formats of this language.
    pub formats: Formats,
}

/// The interface texts and formats of every site language.
pub(crate) struct I18n {
    languages: BTreeMap<String, Language>,
}

/// A message could not be produced.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TextError {
    /// No such message in that language.
    MissingKey,
    /// The language is not one of the site's.
    UnknownLanguage,
    /// Fluent reported problems (e.g. a missing variable).
    Format(String),
}

impl I18n {
    /// Wraps the languages built by the loader.
    pub(crate) fn new(languages: Vec<Language>) -> Self {
        Self {
            languages: languages.into_iter().map(|l| (l.code.clone(), l)).collect(),
        }
    }

    /// A language by code.
    pub(crate) fn language(&self, code: &str) -> Option<&Language> {
        self.languages.get(code)
    }

    /// Whether a language has a message.
    pub(crate) fn has(&self, lang: &str, key: &str) -> bool {
        self.languages
            .get(lang)
            .is_some_and(|l| l.bundle.has_message(key))
    }

    /// An interface text with its arguments.
    pub(crate) fn text(
        &self,
        lang: &str,
        key: &str,
        args: &[(String, ArgValue)],
    ) -> Result<String, TextError> {
        let language = self.languages.get(lang).ok_or(TextError::UnknownLanguage)?;
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let message = language
            .bundle
            .get_message(id)
            .ok_or(TextError::MissingKey)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or(TextError::MissingKey)?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                ArgValue::Number(n) => fluent_args.set(name.clone(), FluentValue::from(*n)),
                ArgValue::Text(s) => fluent_args.set(name.clone(), FluentValue::from(s.clone())),
            }
        }
        let mut errors = Vec::new();
        let text = language
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        match errors.first() {
            Some(error) => Err(TextError::Format(error.to_string())),
            None => Ok(text),
        }
    }
}

/// A Fluent variable's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ArgValue {
    /// A number: selects plural forms and is formatted per locale.
    Number(f64),
    /// Text, shown as is.
    Text(String),
}
