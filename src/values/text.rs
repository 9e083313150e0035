//! The text type of data files and `site.yaml`: a plain string, the same in every
//! language, or a map with one string per language (`{lv: "…", en: "…"}`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text a visitor reads.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub(crate) enum Text {
    /// The same in every language (names, numbers written as text).
    Plain(String),
    /// One string per language code.
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in a language; `None` when that language is missing.
    pub(crate) fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Text::Plain(s) => Some(s),
            Text::PerLanguage(map) => map.get(lang).map(String::as_str),
        }
    }

    /// The text as a visitor reads it in a language: keyboard quotes in that language's
    /// form (`values::quotes`), like every other text lapa outputs.
    pub(crate) fn read(&self, lang: &str) -> Option<String> {
        self.get(lang)
            .map(|t| crate::values::quotes::smarten(t, lang))
    }

    /// The languages among `languages` that this text lacks.
    pub(crate) fn missing<'a>(&self, languages: &'a [String]) -> Vec<&'a str> {
        match self {
            Text::Plain(_) => Vec::new(),
            Text::PerLanguage(map) => languages
                .iter()
                .filter(|l| !map.contains_key(*l))
                .map(String::as_str)
                .collect(),
        }
    }
}
