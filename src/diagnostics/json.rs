//! Diagnostics → JSON Lines for tools and CI (`lapa check --format json`): one object per
//! problem and line, with its id, severity (`error` or `warning`, never translated), file,
//! 1-based line and column (characters, as an editor counts them; `null` when unknown),
//! and the message and hint in the chosen language.

use super::{Diagnostic, LineIndex, Messages, Severity, SourceTexts, display_path};
use serde::Serialize;

/// One problem as a JSON object.
#[derive(Serialize)]
struct Problem<'a> {
    id: &'a str,
    severity: &'static str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    hint: Option<String>,
}

/// Every diagnostic as one JSON object per line.
pub(crate) fn json_lines(
    diagnostics: &[Diagnostic],
    texts: &SourceTexts,
    messages: &Messages,
) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let place = match (&d.file, &d.span) {
            (Some(file), Some(span)) => texts.get(file).map(|text| {
                let mut start = span.start.min(text.len());
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                LineIndex::new(text).line_column(text, start)
            }),
            _ => None,
        };
        let problem = Problem {
            id: d.id,
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            file: d.file.as_deref().map(display_path),
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            message: messages
                .get(d.id, &d.args)
                .unwrap_or_else(|| format!("{} {:?}", d.id, d.args)),
            hint: messages.get(&format!("{}.hint", d.id), &d.args),
        };
        if let Ok(line) = serde_json::to_string(&problem) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}
