//! Diagnostics → text for the terminal: one block per problem with the file, line and
//! column, a source snippet (drawn by miette) and a hint; then a summary line.

use super::{Diagnostic, LineIndex, Messages, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};
use std::path::Path;

/// Renders every diagnostic; `root` is where the relative file paths are read from.
pub fn render_all(
    diagnostics: &[Diagnostic],
    root: &Path,
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
        out.push_str(&render_one(diagnostic, root, messages, &handler));
    }
    out
}

fn render_one(
    diagnostic: &Diagnostic,
    root: &Path,
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

    let source = diagnostic
        .file
        .as_ref()
        .and_then(|f| std::fs::read_to_string(root.join(f)).ok());
    let location = match (&diagnostic.file, &diagnostic.span, &source) {
        (Some(file), Some(span), Some(source)) => {
            let (line, column) = LineIndex::new(source).line_column(source, span.start);
            format!("{}:{line}:{column}: ", display_path(file))
        }
        (Some(file), _, _) => format!("{}: ", display_path(file)),
        _ => String::new(),
    };
    let mut out = format!("{label}[{}]: {location}{text}\n", diagnostic.id);
    let notes = render_notes(diagnostic, root, messages);

    if let (Some(file), Some(span), Some(source)) = (&diagnostic.file, &diagnostic.span, source) {
        let start = span.start.min(source.len());
        let len = span.end.min(source.len()).saturating_sub(start);
        let mut report = MietteDiagnostic::new(text.clone())
            .with_label(LabeledSpan::new_with_span(None, (start, len)));
        if let Some(hint) = &hint {
            report = report.with_help(hint.clone());
        }
        let report = miette::Report::new(report)
            .with_source_code(NamedSource::new(display_path(file), source));
        let mut snippet = String::new();
        if handler.render_report(&mut snippet, report.as_ref()).is_ok() {
            // The first line repeats the message already printed above.
            out.extend(snippet.lines().skip(1).map(|l| format!("{l}\n")));
            out.push_str(&notes);
            return out;
        }
    }
    if let Some(hint) = hint {
        out.push_str(&format!("  = {hint}\n"));
    }
    out.push_str(&notes);
    out.push('\n');
    out
}

/// `  note: themes/default/shortcodes/indicator.html:2:4: the shortcode's template`, one
/// line per note.
fn render_notes(diagnostic: &Diagnostic, root: &Path, messages: &Messages) -> String {
    let label = messages.get("label-note", &[]).unwrap_or_default();
    let mut out = String::new();
    for note in &diagnostic.notes {
        let text = messages
            .get(note.message, &diagnostic.args)
            .unwrap_or_else(|| note.message.to_string());
        let place = match (&note.span, std::fs::read_to_string(root.join(&note.file))) {
            (Some(span), Ok(source)) => {
                let (line, column) = LineIndex::new(&source).line_column(&source, span.start);
                format!("{}:{line}:{column}", display_path(&note.file))
            }
            _ => display_path(&note.file),
        };
        out.push_str(&format!("  {label}: {place}: {text}\n"));
    }
    out
}

/// A path as shown to people: forward slashes on every system.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `2 errors, 1 warning` in the message language.
pub fn summary_line(diagnostics: &[Diagnostic], messages: &Messages) -> String {
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
