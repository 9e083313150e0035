//! Problems found during a run, as values: a stable id, a severity, the file (relative to
//! the site root), a byte span in that file, and the arguments of its message. The words
//! themselves live in `messages/<lang>.ftl` so that lapa can speak Latvian or English;
//! `report` turns diagnostics into text with source snippets, drawn from the texts
//! `load` read (`SourceTexts`), and `json` into JSON Lines for tools.

mod json;
mod line_index;
mod messages;
mod report;
mod source_text;
mod source_texts;

pub(crate) use json::json_lines;
pub(crate) use line_index::LineIndex;
pub(crate) use messages::{MessageLanguage, Messages};
pub(crate) use report::display_path;
pub(crate) use report::{render_all, summary_line};
pub(crate) use source_text::{normalize, read_source};
pub(crate) use source_texts::SourceTexts;

use std::ops::Range;
use std::path::{Path, PathBuf};

/// How bad a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Severity {
    /// The build fails and `public/` is left untouched.
    Error,
    /// Reported, the build goes on.
    Warning,
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable id; also the Fluent message id of its text (and `<id>.hint` of its hint).
    pub(crate) id: &'static str,
    /// Error or warning.
    pub(crate) severity: Severity,
    /// The file, relative to the site root; `None` for problems of the whole run.
    pub(crate) file: Option<PathBuf>,
    /// Byte offsets in the whole file (front matter included).
    pub(crate) span: Option<Range<usize>>,
    /// Named arguments of the message, already as text.
    pub(crate) args: Vec<(&'static str, String)>,
    /// Other places that explain the problem (a shortcode's template), shown after it.
    pub(crate) notes: Vec<Note>,
}

/// A second place a problem points to, after its own: "note: <file>:<line>:<col>: <text>".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Note {
    /// The Fluent message id of the note's text (it takes the problem's arguments).
    message: &'static str,
    /// The file, relative to the site root.
    file: PathBuf,
    /// Byte offsets in that file.
    span: Option<Range<usize>>,
}

impl Diagnostic {
    /// An error with the given message id.
    pub fn error(id: &'static str) -> Self {
        Self {
            id,
            severity: Severity::Error,
            file: None,
            span: None,
            args: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// A warning with the given message id.
    pub(crate) fn warning(id: &'static str) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(id)
        }
    }

    /// Names the file the problem is in.
    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    /// Points at bytes of that file.
    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds a named argument to the message.
    pub(crate) fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// Adds a note pointing at another file (e.g. the template behind a shortcode).
    pub(crate) fn note(
        mut self,
        message: &'static str,
        file: impl AsRef<Path>,
        span: Option<Range<usize>>,
    ) -> Self {
        self.notes.push(Note {
            message,
            file: file.as_ref().to_path_buf(),
            span,
        });
        self
    }

    /// Whether this stops the build.
    pub(crate) fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The value of a named argument, for tests and renderers.
    pub(crate) fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The order problems are reported in: by file, then position, then id.
    fn sort_key(&self) -> (Option<&Path>, usize, &'static str) {
        (
            self.file.as_deref(),
            self.span.as_ref().map_or(0, |s| s.start),
            self.id,
        )
    }
}

/// Sorts diagnostics for reporting and drops exact duplicates.
pub(crate) fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then(a.args.cmp(&b.args)));
    diagnostics.dedup();
}

/// Whether any of these stops the build.
pub(crate) fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}
