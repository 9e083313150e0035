//! A slip in the YAML itself (the parser's side of an error) in plain words: a tab, an
//! unclosed quote or bracket, a colon inside a value, wrong indentation.

use super::Problem;
use crate::diagnostics::LineIndex;
use std::ops::Range;

/// A YAML syntax error: a tab, an unclosed quote or bracket, a colon in a value, wrong
/// indentation, or (when nothing else fits) a line that cannot be read.
pub(super) fn syntax_problem(yaml: &str, lines: &LineIndex, at: usize, message: &str) -> Problem {
    let context = context_offset(yaml, lines, message);
    let line = line_of(yaml, lines, at);
    let char_at = yaml.get(at..).and_then(|s| s.chars().next());

    if message.contains("tab character")
        || (char_at == Some('\t') && message.contains("cannot start any token"))
    {
        let tab = yaml
            .get(line.clone())
            .and_then(|l| l.find('\t'))
            .map_or(at, |i| line.start + i);
        return Problem::new("yaml-tab", tab..tab + 1);
    }
    if message.contains("while scanning a quoted scalar") {
        let quote = context.unwrap_or(at);
        let mark = yaml
            .get(quote..)
            .and_then(|s| s.chars().next())
            .unwrap_or('"');
        return Problem::new("yaml-unclosed-quote", quote..quote + mark.len_utf8())
            .with("quote", mark.to_string());
    }
    if message.contains("flow sequence")
        || message.contains("flow mapping")
        || message.contains("flow node")
        || message.contains("expected ',' or ']'")
        || message.contains("expected ',' or '}'")
    {
        let open = context
            .or_else(|| last_open_bracket(yaml, at))
            .unwrap_or(at);
        let bracket = yaml
            .get(open..)
            .and_then(|s| s.chars().next())
            .unwrap_or('[');
        let closing = if bracket == '{' { "}" } else { "]" };
        return Problem::new("yaml-unclosed-bracket", open..open + 1)
            .with("bracket", bracket.to_string())
            .with("closing", closing);
    }
    if message.contains("cannot start any token") {
        let shown = char_at.map(String::from).unwrap_or_default();
        return Problem::new("yaml-reserved-character", at..at + shown.len())
            .with("character", shown);
    }
    if message.contains("mapping values are not allowed") {
        let text = yaml.get(line.start..at).unwrap_or_default();
        let key_end = text.find(": ");
        if let Some(key_end) = key_end {
            // `title: Projekts: Latgale`: a second colon inside an unquoted value.
            let key = text[..key_end].trim().trim_start_matches("- ");
            let value = yaml
                .get(line.start + key_end + 2..line.end)
                .unwrap_or_default()
                .trim();
            let quoted = if value.contains('"') {
                format!("'{}'", value.replace('\'', "''"))
            } else {
                format!("\"{value}\"")
            };
            return Problem::new("yaml-colon-in-value", at..at + 1)
                .with("fixed", format!("{key}: {quoted}"));
        }
        let start = indentation_end(yaml, &line);
        return Problem::new("yaml-indentation", start..start + 1);
    }
    if message.contains("expected key")
        || message.contains("expected '-' indicator")
        || message.contains("block sequence entries are not allowed")
        || message.contains("while parsing a block")
    {
        let start = indentation_end(yaml, &line);
        return Problem::new("yaml-indentation", start..start + 1);
    }
    if message.contains("could not find expected ':'") {
        let place = context.unwrap_or(at);
        let line = line_of(yaml, lines, place);
        let start = indentation_end(yaml, &line);
        return Problem::new("yaml-not-key-value", start..line.end.max(start));
    }
    if message.contains("unexpected end of stream") {
        let start = indentation_end(yaml, &line_of(yaml, lines, context.unwrap_or(at)));
        return Problem::new("yaml-unfinished", start..start);
    }
    Problem::new("yaml-invalid", at..at)
}

/// `title:Projekts` on a line up to the error: a key whose colon has no space after it,
/// which YAML reads as text rather than as a key.
pub(super) fn missing_space_after_colon(
    yaml: &str,
    lines: &LineIndex,
    at: usize,
) -> Option<Problem> {
    let (error_line, _) = lines.line_column(yaml, at);
    let mut offset = 0;
    for (number, line) in yaml.split_inclusive('\n').enumerate() {
        if number + 1 > error_line {
            break;
        }
        let start = offset;
        offset += line.len();
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let (body, indent) = match body.strip_prefix("- ") {
            Some(rest) => (rest.trim_start(), line.len() - rest.trim_start().len()),
            None => (body, indent),
        };
        if body.starts_with('#') || !body.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        let key_len = body
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(body.len());
        let rest = &body[key_len..];
        let mut after = rest.chars();
        if after.next() == Some(':')
            && after
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '/' && c != ':')
        {
            let colon = start + indent + key_len;
            return Some(
                Problem::new("yaml-missing-space", colon..colon + 1).with("key", &body[..key_len]),
            );
        }
    }
    None
}

/// Where libyaml's context ("while scanning a quoted scalar at line 2 column 8") is.
fn context_offset(yaml: &str, lines: &LineIndex, message: &str) -> Option<usize> {
    let context = message.split(", while ").nth(1)?;
    let place = context.split(" at line ").nth(1)?;
    let (line, column) = place.split_once(" column ")?;
    let line: usize = line.trim().parse().ok()?;
    let column: usize = column
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let start = lines.line_start(line)?;
    let rest = yaml.get(start..)?;
    Some(
        start
            + rest
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(rest.len(), |(i, _)| i),
    )
}

/// The last `[` or `{` before an offset that is not closed before it.
fn last_open_bracket(yaml: &str, at: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (i, c) in yaml.get(..at)?.char_indices() {
        match c {
            '[' | '{' => open.push(i),
            ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// The byte range of the line that holds an offset (without its line break).
fn line_of(yaml: &str, lines: &LineIndex, at: usize) -> Range<usize> {
    let (line, _) = lines.line_column(yaml, at);
    let start = lines.line_start(line).unwrap_or(0).min(yaml.len());
    let end = yaml[start..].find('\n').map_or(yaml.len(), |i| start + i);
    let end = if yaml[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    start..end.max(start)
}

/// The first character after a line's indentation.
fn indentation_end(yaml: &str, line: &Range<usize>) -> usize {
    let text = yaml.get(line.clone()).unwrap_or_default();
    line.start + (text.len() - text.trim_start().len())
}
