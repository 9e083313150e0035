//! `locales/<lang>/*.ftl` read and parsed: each file's Fluent resource, with the syntax
//! errors found while parsing it kept for `i18n` to report (a broken entry is left out,
//! the rest of the file is kept).

use super::TextFile;
use crate::fluent::{self, SyntaxError};
use fluent_bundle::FluentResource;
use std::path::PathBuf;
use std::sync::Arc;

/// One parsed `.ftl` file.
pub(crate) struct LocaleFile {
    /// Relative to the site root, for messages.
    pub file: PathBuf,
    /// The language code of its folder.
    pub lang: String,
    /// Its text as read (byte-order mark included, so offsets are the file's).
    pub text: Arc<str>,
    /// Where the Fluent text starts: after a byte-order mark (Windows editors), if any.
    pub start: usize,
    /// The entries that could be read.
    pub resource: FluentResource,
    /// Syntax errors, at offsets in `text[start..]`.
    pub errors: Vec<SyntaxError>,
}

impl std::fmt::Debug for LocaleFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleFile")
            .field("file", &self.file)
            .field("lang", &self.lang)
            .field("errors", &self.errors)
            .finish_non_exhaustive()
    }
}

impl LocaleFile {
    /// Parses a file read from `locales/<lang>/`.
    pub(crate) fn parse(file: TextFile, lang: &str) -> Self {
        // A byte-order mark is not part of the text.
        let start = if file.text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let (resource, errors) = fluent::parse_recovering(&file.text[start..]);
        Self {
            file: file.file,
            lang: lang.to_string(),
            text: file.text.into(),
            start,
            resource,
            errors,
        }
    }

    /// The Fluent text, without a byte-order mark.
    pub(crate) fn fluent_text(&self) -> &str {
        &self.text[self.start..]
    }
}
