//! Diagnostics → text for the terminal: one block per problem with the file, line and
//! column, a source snippet (drawn by miette) and a hint; then a summary line.

use super::{Diagnostic, LineIndex, Messages, Severity, SourceTexts};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::path::Path;

/// Renders every diagnostic, with snippets from the texts the run read.
pub(crate) fn render_all(
    diagnostics: &[Diagnostic],
    texts: &SourceTexts,
    messages: &Messages,
    color: bool,
) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_one(diagnostic, texts, messages, &handler));
    }
    out
}

fn render_one(
    diagnostic: &Diagnostic,
    texts: &SourceTexts,
    messages: &Messages,
    handler: &GraphicalReportHandler,
) -> String {
    let text = messages
        .get(diagnostic.id, &diagnostic.args)
        .unwrap_or_else(|| format!("{} {:?}", diagnostic.id, diagnostic.args));
    let hint = messages.get(&format!("{}.hint", diagnostic.id), &diagnostic.args);
    let label = match diagnostic.severity {
        Severity::Error => messages.get("label-error", &[]),
        Severity::Warning => messages.get("label-warning", &[]),
    }
    .unwrap_or_default();

    let source = diagnostic.file.as_deref().and_then(|f| texts.get(f));
    // Line and column as an editor shows them: columns count characters, not bytes.
    let place = match (&diagnostic.span, &source) {
        (Some(span), Some(source)) => {
            let start = floor_char_boundary(source, span.start);
            let (line, column) = LineIndex::new(source).line_column(source, start);
            Some(format!("{line}:{column}"))
        }
        // A file that is not text (a stray image) still has a start.
        (Some(span), None) if span.start == 0 => Some("1:1".to_string()),
        _ => None,
    };
    let location = match (&diagnostic.file, &place) {
        (Some(file), Some(place)) => format!("{}:{place}: ", display_path(file)),
        (Some(file), None) => format!("{}: ", display_path(file)),
        _ => String::new(),
    };
    let mut out = format!("{label}[{}]: {location}{text}\n", diagnostic.id);
    // miette's "help:" is English only: the hint gets lapa's own label instead.
    let hint_line = hint.map(|hint| {
        let hint_label = messages.get("label-hint", &[]).unwrap_or_default();
        format!("  {hint_label}: {hint}\n")
    });
    let notes = render_notes(diagnostic, texts, messages);

    if let (Some(file), Some(span), Some(source), Some(place)) =
        (&diagnostic.file, &diagnostic.span, source, &place)
    {
        let start = floor_char_boundary(source, span.start);
        let end = floor_char_boundary(source, span.end).max(start);
        // The message is already in the header above: miette gets none, so that a long
        // message cannot wrap into the snippet.
        let report = MietteDiagnostic::new(String::new())
            .with_label(LabeledSpan::new_with_span(None, (start, end - start)));
        let report = miette::Report::new(report)
            .with_source_code(NamedSource::new(display_path(file), source.to_string()));
        let mut snippet = String::new();
        if handler.render_report(&mut snippet, report.as_ref()).is_ok() {
            // The first line is miette's (empty) message; its `[file:line:col]` counts
            // bytes, so the next line shows the header's place instead.
            let mut lines = snippet.lines().skip_while(|l| !l.contains("╭─["));
            if let Some(first) = lines.next() {
                out.push_str(&same_place(first, &display_path(file), place));
                out.push('\n');
            }
            for line in lines {
                out.push_str(line.trim_end());
                out.push('\n');
            }
            if let Some(hint_line) = hint_line {
                out.push_str(&hint_line);
            }
            out.push_str(&notes);
            return out;
        }
    }
    if let Some(hint_line) = hint_line {
        out.push_str(&hint_line);
    }
    out.push_str(&notes);
    out.push('\n');
    out
}

/// The snippet's top line `╭─[file:line:col]` with lapa's line and column.
fn same_place(line: &str, file: &str, place: &str) -> String {
    match (line.find('['), line.rfind(']')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}[{file}:{place}]{}", &line[..open], &line[close + 1..])
        }
        _ => line.to_string(),
    }
}

/// The nearest character boundary at or before a byte offset (spans from libraries may
/// point inside a letter).
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// `  note: themes/default/shortcodes/indicator.html:2:4: the shortcode's template`, one
/// line per note.
fn render_notes(diagnostic: &Diagnostic, texts: &SourceTexts, messages: &Messages) -> String {
    let label = messages.get("label-note", &[]).unwrap_or_default();
    let mut out = String::new();
    for note in &diagnostic.notes {
        let text = messages
            .get(note.message, &diagnostic.args)
            .unwrap_or_else(|| note.message.to_string());
        let place = match (&note.span, texts.get(&note.file)) {
            (Some(span), Some(source)) => {
                let (line, column) = LineIndex::new(source).line_column(source, span.start);
                format!("{}:{line}:{column}", display_path(&note.file))
            }
            _ => display_path(&note.file),
        };
        out.push_str(&format!("  {label}: {place}: {text}\n"));
    }
    out
}

/// A path as shown to people: forward slashes on every system.
pub(crate) fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `2 errors, 1 warning` in the message language.
pub(crate) fn summary_line(diagnostics: &[Diagnostic], messages: &Messages) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    messages
        .get(
            "summary",
            &[
                ("errors", errors.to_string()),
                ("warnings", warnings.to_string()),
            ],
        )
        .unwrap_or_else(|| format!("{errors} errors, {warnings} warnings"))
}
