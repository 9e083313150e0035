//! What the browser overlay shows of a failed build: each problem with its file, line,
//! column, message and hint, and the overlay's own words, all in lapa's message language.
//! The browser gets it as JSON over the reload events and lays it out itself (`live.js`).

use crate::diagnostics::{Diagnostic, LineIndex, Messages, Severity, SourceTexts, display_path};
use serde::Serialize;

/// The overlay of a failed build.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Overlay {
    /// The language of the words below (`lv`, `en`), for the dialog's `lang`.
    pub lang: String,
    /// "The site has 2 errors".
    pub title: String,
    /// That the last good build is shown and that saving a fix closes the overlay.
    pub note: String,
    /// The close button's text.
    pub close: String,
    /// The label before a hint.
    pub hint_label: String,
    /// The problems, errors first.
    pub problems: Vec<Problem>,
}

/// One problem as the overlay lists it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Problem {
    /// "error" or "warning", in the message language.
    pub severity: String,
    /// Whether it is a warning (the build went on).
    pub warning: bool,
    /// The diagnostic's id.
    pub id: String,
    /// The file, relative to the site folder.
    pub file: Option<String>,
    /// The line, from 1.
    pub line: Option<usize>,
    /// The column in characters, from 1.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

/// The overlay for the problems of a failed build (`lang` is the message language's code).
pub(crate) fn overlay(
    problems: &[Diagnostic],
    texts: &SourceTexts,
    messages: &Messages,
    lang: &str,
) -> Overlay {
    let errors = problems.iter().filter(|d| d.is_error()).count();
    let count = [("errors", errors.to_string())];
    let mut listed: Vec<&Diagnostic> = problems.iter().collect();
    listed.sort_by_key(|d| d.severity);
    Overlay {
        lang: lang.to_string(),
        title: messages
            .get("serve-overlay-title", &count)
            .unwrap_or_default(),
        note: messages.get("serve-overlay-note", &[]).unwrap_or_default(),
        close: messages.get("serve-overlay-close", &[]).unwrap_or_default(),
        hint_label: messages.get("label-hint", &[]).unwrap_or_default(),
        problems: listed
            .into_iter()
            .map(|d| problem(d, texts, messages))
            .collect(),
    }
}

fn problem(diagnostic: &Diagnostic, texts: &SourceTexts, messages: &Messages) -> Problem {
    let severity = match diagnostic.severity {
        Severity::Error => "label-error",
        Severity::Warning => "label-warning",
    };
    let (line, column) = place(diagnostic, texts).unzip();
    Problem {
        severity: messages.get(severity, &[]).unwrap_or_default(),
        warning: !diagnostic.is_error(),
        id: diagnostic.id.to_string(),
        file: diagnostic.file.as_deref().map(display_path),
        line,
        column,
        message: messages
            .get(diagnostic.id, &diagnostic.args)
            .unwrap_or_else(|| diagnostic.id.to_string()),
        hint: messages.get(&format!("{}.hint", diagnostic.id), &diagnostic.args),
    }
}

/// Line and column (characters) of a problem's start, as the terminal report gives them.
fn place(diagnostic: &Diagnostic, texts: &SourceTexts) -> Option<(usize, usize)> {
    let span = diagnostic.span.as_ref()?;
    let Some(text) = diagnostic.file.as_deref().and_then(|f| texts.get(f)) else {
        // A file that is not text still has a start.
        return (span.start == 0).then_some((1, 1));
    };
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    Some(LineIndex::new(text).line_column(text, start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::MessageLanguage;
    use std::sync::Arc;

    #[test]
    fn a_problem_has_its_place_message_and_hint_in_the_message_language() {
        let mut texts = SourceTexts::default();
        texts.insert(
            "content/par.lv.md",
            Arc::from("---\ntitle: Pār\nx: ā\n---\n"),
        );
        let problem = Diagnostic::error("front-matter-unknown-field")
            .in_file("content/par.lv.md")
            .at(16..17)
            .with("field", "x");
        for (language, lang) in [(MessageLanguage::En, "en"), (MessageLanguage::Lv, "lv")] {
            let messages = Messages::new(language);
            let overlay = overlay(std::slice::from_ref(&problem), &texts, &messages, lang);
            assert_eq!(overlay.lang, lang);
            assert!(overlay.title.contains('1'), "{}", overlay.title);
            assert!(!overlay.note.is_empty() && !overlay.close.is_empty());
            let shown = &overlay.problems[0];
            assert_eq!(shown.file.as_deref(), Some("content/par.lv.md"));
            assert_eq!((shown.line, shown.column), (Some(3), Some(1)));
            assert_eq!(shown.id, "front-matter-unknown-field");
            assert!(!shown.message.is_empty() && shown.message != shown.id);
        }
    }
}
