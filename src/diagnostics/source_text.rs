//! Text as lapa reads it: every file read as text (markdown, YAML, `.ftl`, templates) is
//! NFC-normalised, so a letter typed as a + combining macron is the same `ā` as a
//! composed one. The loader reads through here and keeps what it read (`SourceTexts`)
//! for the reporter, so the byte spans it hands out are measured in the very text the
//! reporter turns into line:column.

use std::borrow::Cow;
use std::path::Path;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// A text in NFC; borrowed when it already is (the usual case, checked quickly).
pub(crate) fn normalize(text: &str) -> Cow<'_, str> {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

/// Reads a UTF-8 file and normalises it.
pub(crate) fn read_source(path: &Path) -> std::io::Result<String> {
    let text = std::fs::read_to_string(path)?;
    Ok(match normalize(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(normalized) => normalized,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_letters_are_composed() {
        assert_eq!(normalize("Sadarbi\u{304}ba"), "Sadarbība");
        assert!(matches!(normalize("Sadarbība"), Cow::Borrowed(_)));
    }
}
