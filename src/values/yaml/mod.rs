//! YAML errors → diagnostics in plain words, the one place for front matter, data files
//! and `site.yaml` alike. The libraries' wording ("invalid type: string, expected f64",
//! "mapping values are not allowed in this context") is read here and never shown: each
//! error becomes one of a few problems a person can fix (a key twice, a text where a
//! number belongs, a tab, an unclosed quote, …), placed where the fix goes, with the key
//! path where there is one.
//!
//! Here: the conversion and the choice between kinds; `shape` words a value of the wrong
//! kind, `syntax` a slip in the YAML itself, `duplicate` a key written twice, and
//! `locate` finds a key path's place for every stage's messages.

mod duplicate;
pub(crate) mod locate;
mod shape;
mod syntax;
#[cfg(test)]
mod tests;

use crate::diagnostics::{Diagnostic, LineIndex};
use duplicate::duplicate_key;
use shape::shape_problem;
use std::ops::Range;
use std::path::Path;
use syntax::{missing_space_after_colon, syntax_problem};

/// A YAML syntax or shape error as a diagnostic. `yaml` is the YAML text that was read
/// and `offset` where it starts in the file: 0 for a whole YAML file, or just after a
/// front matter's opening `---` line.
pub(crate) fn yaml_error(
    file: &Path,
    yaml: &str,
    offset: usize,
    error: &yaml_serde::Error,
) -> Diagnostic {
    let mut problem = explain(yaml, error);
    // Line numbers in messages count from the top of the file.
    let lines_before = usize::from(offset > 0);
    for (name, value) in &mut problem.args {
        if *name == "first"
            && let Ok(line) = value.parse::<usize>()
        {
            *value = (line + lines_before).to_string();
        }
    }
    // The library's positions may fall inside a letter (or a stray byte-order mark).
    let start = char_floor(yaml, problem.span.start);
    let end = char_ceil(yaml, problem.span.end.max(start));
    let mut diagnostic = Diagnostic::error(problem.id)
        .in_file(file)
        .at(offset + start..offset + end);
    for (name, value) in problem.args {
        diagnostic = diagnostic.with(name, value);
    }
    diagnostic
}

/// The nearest character boundary at or before `at` (at most the text's end).
fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The nearest character boundary at or after `at` (at most the text's end).
fn char_ceil(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// What is wrong, where in the YAML text, and the message's arguments.
#[derive(Debug, PartialEq)]
struct Problem {
    id: &'static str,
    span: Range<usize>,
    args: Vec<(&'static str, String)>,
}

impl Problem {
    fn new(id: &'static str, span: Range<usize>) -> Self {
        Self {
            id,
            span,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// The messages of the serde side (a value of the wrong kind), after the key path.
const SHAPE_MESSAGES: &[&str] = &[
    "invalid type: ",
    "invalid value: ",
    "invalid length ",
    "unknown field `",
    "unknown variant `",
    "missing field `",
    "duplicate field `",
    "duplicate entry",
    "data did not match any variant",
];

fn explain(yaml: &str, error: &yaml_serde::Error) -> Problem {
    let lines = LineIndex::new(yaml);
    let at = error
        .location()
        .map_or(0, |l| floor_boundary(yaml, l.index()));
    let message = error.to_string();

    if (message.contains("duplicate field") || message.contains("duplicate entry"))
        && let Some(problem) = duplicate_key(yaml, &lines)
    {
        return problem;
    }
    if let Some(problem) = missing_space_after_colon(yaml, &lines, at) {
        return problem;
    }
    match SHAPE_MESSAGES.iter().filter_map(|m| message.find(m)).min() {
        Some(start) => {
            // serde reads as it parses and may stop at a wrong shape before the parser
            // reaches a syntax error further on (`title: [A` with no `]`): that comes first.
            if let Err(syntax) = yaml_serde::from_str::<yaml_serde::Value>(yaml) {
                let syntax_message = syntax.to_string();
                if !SHAPE_MESSAGES.iter().any(|m| syntax_message.contains(m)) {
                    let at = syntax
                        .location()
                        .map_or(0, |l| floor_boundary(yaml, l.index()));
                    return syntax_problem(yaml, &lines, at, &syntax_message);
                }
            }
            shape_problem(yaml, at, &message, start)
        }
        None => syntax_problem(yaml, &lines, at, &message),
    }
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
