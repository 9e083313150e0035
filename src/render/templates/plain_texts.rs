//! The interface texts `t()` returns without arguments (`t(key="skip-link")`), kept once
//! formatted: every page asks for the same few dozen, and formatting one through Fluent
//! each time cost more than the rest of `t()`. A text with arguments is formatted each
//! time; a key that fails is never kept, so its error comes every time.

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};
use tera::Value;

/// Formatted texts by language, then key.
#[derive(Default)]
pub(super) struct PlainTexts {
    by_language: RwLock<HashMap<String, HashMap<String, Value>>>,
}

impl PlainTexts {
    /// The text of `key` in `lang`, if it was kept.
    pub(super) fn get(&self, lang: &str, key: &str) -> Option<Value> {
        let texts = self
            .by_language
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        texts.get(lang)?.get(key).cloned()
    }

    /// Keeps the text of `key` in `lang`.
    pub(super) fn keep(&self, lang: &str, key: &str, text: &Value) {
        let mut texts = self
            .by_language
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        texts
            .entry(lang.to_string())
            .or_default()
            .insert(key.to_string(), text.clone());
    }
}
