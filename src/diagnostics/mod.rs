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

    /// Whether it carries a note with this message (`note-shortcode-template`).
    pub(crate) fn has_note(&self, message: &str) -> bool {
        self.notes.iter().any(|n| n.message == message)
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

/// Sorts diagnostics for reporting and drops exact duplicates. A problem found on many
/// pages at one place (a template that fails for every page it makes) is reported once:
/// the first page is named and `pages` counts them all.
pub(crate) fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()).then(a.args.cmp(&b.args)));
    diagnostics.dedup();
    merge_pages(diagnostics);
}

/// Where a problem is and what it says, less the page it was found on.
type Place<'a> = (
    &'static str,
    Option<&'a Path>,
    Option<Range<usize>>,
    Vec<&'a (&'static str, String)>,
);

/// The place of a problem counted by pages (one with `page` and `pages`).
fn place(d: &Diagnostic) -> Option<Place<'_>> {
    d.arg("pages")?;
    d.arg("page")?;
    let rest = d
        .args
        .iter()
        .filter(|(n, _)| *n != "page" && *n != "pages")
        .collect();
    Some((d.id, d.file.as_deref(), d.span.clone(), rest))
}

/// Merges problems that differ only in their `page` (and carry a `pages` count) into
/// the first of them, keeping the order.
fn merge_pages(diagnostics: &mut Vec<Diagnostic>) {
    let count = |d: &Diagnostic| d.arg("pages").and_then(|p| p.parse::<usize>().ok());
    // For each problem: the index of the first one at its place, if it is a later one.
    let mut first_at: std::collections::HashMap<Place<'_>, usize> =
        std::collections::HashMap::new();
    let mut into: Vec<Option<usize>> = Vec::with_capacity(diagnostics.len());
    for (i, d) in diagnostics.iter().enumerate() {
        let target = place(d).and_then(|key| match first_at.get(&key) {
            Some(&first) if diagnostics[first].notes == d.notes => Some(first),
            Some(_) => None,
            None => {
                first_at.insert(key, i);
                None
            }
        });
        into.push(target);
    }
    if into.iter().all(Option::is_none) {
        return;
    }
    let mut totals: Vec<usize> = diagnostics.iter().map(|d| count(d).unwrap_or(1)).collect();
    for (i, target) in into.iter().enumerate() {
        if let Some(first) = *target {
            totals[first] += totals[i];
        }
    }
    let mut index = 0;
    diagnostics.retain_mut(|d| {
        let keep = into[index].is_none();
        if keep && count(d).is_some() {
            let total = totals[index].to_string();
            for (name, value) in &mut d.args {
                if *name == "pages" {
                    value.clone_from(&total);
                }
            }
        }
        index += 1;
        keep
    });
}

/// Whether any of these stops the build.
pub(crate) fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failed(page: &str, details: &str) -> Diagnostic {
        Diagnostic::error("template-render-page")
            .in_file("themes/t/templates/page.html")
            .at(10..14)
            .with("details", details)
            .with("page", page)
            .with("pages", 1)
    }

    #[test]
    fn one_failure_on_many_pages_is_one_problem_counting_them() {
        let mut found = vec![
            failed("content/b.md", "x is not defined"),
            failed("content/a.md", "x is not defined"),
            failed("content/c.md", "y is not defined"),
            failed("content/d.md", "x is not defined"),
            Diagnostic::warning("image-missing-alt").in_file("content/a.md"),
        ];
        sort(&mut found);
        let summary: Vec<(Option<&str>, Option<&str>, Option<&str>)> = found
            .iter()
            .map(|d| (d.arg("page"), d.arg("pages"), d.arg("details")))
            .collect();
        assert_eq!(
            summary,
            vec![
                (None, None, None),
                (Some("content/a.md"), Some("3"), Some("x is not defined")),
                (Some("content/c.md"), Some("1"), Some("y is not defined")),
            ]
        );
    }
}
