//! YAML errors → diagnostics in plain words, the one place for front matter, data files
//! and `site.yaml` alike. The libraries' wording ("invalid type: string, expected f64",
//! "mapping values are not allowed in this context") is read here and never shown: each
//! error becomes one of a few problems a person can fix (a key twice, a text where a
//! number belongs, a tab, an unclosed quote, …), placed where the fix goes, with the key
//! path where there is one.

use crate::diagnostics::{Diagnostic, LineIndex};
use saphyr_parser::{Event, Parser};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

/// A YAML syntax or shape error as a diagnostic. `yaml` is the YAML text that was read
/// and `offset` where it starts in the file: 0 for a whole YAML file, or just after a
/// front matter's opening `---` line.
pub fn yaml_error(file: &Path, yaml: &str, offset: usize, error: &yaml_serde::Error) -> Diagnostic {
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

/// A value of the wrong kind for its key: `message[start..]` is serde's text, what comes
/// before it the key path.
fn shape_problem(yaml: &str, at: usize, message: &str, start: usize) -> Problem {
    let path = message[..start].trim_end_matches(": ").to_string();
    let text = without_place(&message[start..]);
    let value = value_at(yaml, at);
    let span = at..at + value.len().max(1).min(yaml.len().saturating_sub(at));
    let key = |problem: Problem| {
        if path.is_empty() {
            problem
        } else {
            problem.with("key", path.clone())
        }
    };
    let shown = shown_value(&value);

    if let Some(rest) = text.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        let known = backticked(rest.get(field.len() + 1..).unwrap_or_default());
        let span = at..at + field.len();
        let id = if path.is_empty() {
            "yaml-unknown-field-top"
        } else {
            "yaml-unknown-field"
        };
        return key(Problem::new(id, span))
            .with("field", field)
            .with("known", known.join(", "));
    }
    if let Some(rest) = text.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or_default();
        let id = if path.is_empty() {
            "yaml-missing-field-top"
        } else {
            "yaml-missing-field"
        };
        return key(Problem::new(id, at..at)).with("field", field);
    }
    if text.starts_with("duplicate") {
        // The scan for the second key found nothing (an unusual key form).
        return Problem::new("yaml-invalid", at..at);
    }
    if text.contains("untagged enum Text") {
        // serde loses the key path inside untagged enums: the key on the value's line.
        let line_start = yaml[..at].rfind('\n').map_or(0, |i| i + 1);
        let key = yaml[line_start..at]
            .trim()
            .trim_start_matches("- ")
            .trim_end_matches(':')
            .trim();
        let path = if path.is_empty() { key } else { &path };
        return Problem::new("yaml-expected-text", span).with("key", path);
    }
    if path.is_empty() {
        // The whole text has the wrong shape (a list or a plain text, not "key: value"
        // lines).
        return Problem::new("yaml-top-not-fields", 0..0);
    }
    if let Some(rest) = text.strip_prefix("unknown variant `") {
        let given = rest.split('`').next().unwrap_or_default();
        let known = backticked(rest.get(given.len() + 1..).unwrap_or_default());
        return key(Problem::new("yaml-unknown-choice", span))
            .with("value", given)
            .with("known", known.join(", "));
    }
    let expected = text.rsplit(", expected ").next().unwrap_or_default();
    let found = text
        .strip_prefix("invalid type: ")
        .or_else(|| text.strip_prefix("invalid value: "))
        .unwrap_or_default();
    let number = [
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
    ];
    let is_integer = number.contains(&expected) || expected.contains("integer");
    if is_integer && found.starts_with("floating point") {
        return key(Problem::new("yaml-expected-whole-number", span)).with("value", shown);
    }
    if is_integer && found.starts_with("integer") {
        // A negative number or one too large where a count belongs.
        return key(Problem::new("yaml-expected-count", span)).with("value", shown);
    }
    if is_integer || expected == "f32" || expected == "f64" || expected.contains("number") {
        return key(Problem::new("yaml-expected-number", span))
            .with("value", shown)
            .with(
                "number",
                leading_number(&value).unwrap_or_else(|| "none".to_string()),
            );
    }
    if expected.contains("sequence") {
        return key(Problem::new("yaml-expected-list", span))
            .with("value", shown.clone())
            .with("example", list_example(&path, &shown));
    }
    if expected.contains("boolean") {
        return key(Problem::new("yaml-expected-yes-no", span)).with("value", shown);
    }
    if expected.contains("string") || expected.contains("char") {
        return key(Problem::new("yaml-expected-text", span));
    }
    if expected.starts_with("struct") || expected.contains("map") {
        return key(Problem::new("yaml-expected-fields", span)).with("value", shown);
    }
    key(Problem::new("yaml-wrong-value", span)).with("value", shown)
}

/// A YAML syntax error: a tab, an unclosed quote or bracket, a colon in a value, wrong
/// indentation, or (when nothing else fits) a line that cannot be read.
fn syntax_problem(yaml: &str, lines: &LineIndex, at: usize, message: &str) -> Problem {
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

/// The second occurrence of a key in one mapping, found with an event-level read.
fn duplicate_key(yaml: &str, lines: &LineIndex) -> Option<Problem> {
    enum Frame {
        Map {
            path: String,
            seen: HashMap<String, usize>,
            key: Option<String>,
        },
        Seq {
            path: String,
            index: usize,
        },
    }
    // The path of the value that starts now, and mark the parent as waiting for a key.
    fn child_path(stack: &mut [Frame]) -> String {
        match stack.last_mut() {
            Some(Frame::Map { path, key, .. }) => {
                let key = key.take().unwrap_or_default();
                join(path, &key)
            }
            Some(Frame::Seq { path, index }) => {
                *index += 1;
                format!("{path}[{}]", *index - 1)
            }
            None => String::new(),
        }
    }
    fn join(path: &str, key: &str) -> String {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    }
    let byte_of = |char_index: usize| {
        yaml.char_indices()
            .nth(char_index)
            .map_or(yaml.len(), |(i, _)| i)
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(yaml);
    while let Some(Ok((event, span))) = parser.next_event() {
        match event {
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map { path, seen, key }) = stack.last_mut()
                    && key.is_none()
                {
                    let at = byte_of(span.start.index());
                    if let Some(first) = seen.get(value.as_ref()) {
                        let (first_line, _) = lines.line_column(yaml, *first);
                        return Some(
                            Problem::new("yaml-duplicate-key", at..at + value.len())
                                .with("key", join(path, &value))
                                .with("first", first_line.to_string()),
                        );
                    }
                    seen.insert(value.to_string(), at);
                    *key = Some(value.to_string());
                } else {
                    child_path(&mut stack);
                }
            }
            Event::Alias(_) => {
                child_path(&mut stack);
            }
            Event::MappingStart(..) => {
                let path = child_path(&mut stack);
                stack.push(Frame::Map {
                    path,
                    seen: HashMap::new(),
                    key: None,
                });
            }
            Event::SequenceStart(..) => {
                let path = child_path(&mut stack);
                stack.push(Frame::Seq { path, index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            _ => {}
        }
    }
    None
}

/// `title:Projekts` on a line up to the error: a key whose colon has no space after it,
/// which YAML reads as text rather than as a key.
fn missing_space_after_colon(yaml: &str, lines: &LineIndex, at: usize) -> Option<Problem> {
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

/// The value as written at an offset: to the end of the line, without a comment; a
/// quoted value without its quotes.
fn value_at(yaml: &str, at: usize) -> String {
    let rest = yaml.get(at..).unwrap_or_default();
    let line = rest.split('\n').next().unwrap_or_default();
    let line = line.split(" #").next().unwrap_or_default().trim_end();
    line.to_string()
}

/// A value for a message: without quotes, and short.
fn shown_value(value: &str) -> String {
    let trimmed = value.trim();
    let unquoted = trimmed
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| {
            trimmed
                .strip_prefix('\'')
                .and_then(|s| s.strip_suffix('\''))
        })
        .unwrap_or(trimmed);
    if unquoted.chars().count() > 60 {
        let cut: String = unquoted.chars().take(57).collect();
        format!("{cut}…")
    } else {
        unquoted.to_string()
    }
}

/// The number a value starts with, as YAML wants it: `7 596 069,00 EUR` → `7596069.00`.
fn leading_number(value: &str) -> Option<String> {
    let value = shown_value(value);
    let mut number = String::new();
    let mut chars = value.chars().peekable();
    if let Some(sign) = chars.next_if(|c| *c == '-' || *c == '+') {
        number.push(sign);
    }
    let mut fraction = false;
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            number.push(c);
        } else if (c == ' ' || c == '\u{a0}' || c == '\u{202f}')
            && number.ends_with(|d: char| d.is_ascii_digit())
            && !fraction
        {
            // A digit group separator only when digits follow.
            let mut ahead = chars.clone();
            ahead.next();
            if !ahead.peek().is_some_and(char::is_ascii_digit) {
                break;
            }
        } else if (c == ',' || c == '.')
            && !fraction
            && number.ends_with(|d: char| d.is_ascii_digit())
        {
            let mut ahead = chars.clone();
            ahead.next();
            if !ahead.peek().is_some_and(char::is_ascii_digit) {
                break;
            }
            fraction = true;
            number.push('.');
        } else {
            break;
        }
        chars.next();
    }
    number.chars().any(|c| c.is_ascii_digit()).then_some(number)
}

/// An example of a one-item list for a key: `tags: [birka]`.
fn list_example(path: &str, value: &str) -> String {
    let key = path.rsplit('.').next().unwrap_or(path);
    let key = if key.is_empty() { "key" } else { key };
    if value.is_empty() {
        format!("{key}: [ … ]")
    } else {
        format!("{key}: [{value}]")
    }
}

/// The names in backticks of serde's "expected `a` or `b`" / "one of `a`, `b`".
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// A message without yaml_serde's trailing " at line X column Y".
fn without_place(message: &str) -> &str {
    match message.find(" at line ") {
        Some(cut) => &message[..cut],
        None => message,
    }
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::text::Text;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shape {
        title: Option<String>,
        count: Option<u32>,
        budget: Option<f64>,
        tags: Option<Vec<String>>,
        draft: Option<bool>,
        name: Option<Text>,
        place: Option<Place>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Place {
        name: String,
        address: Option<String>,
    }

    fn problem(yaml: &str) -> Problem {
        let error = yaml_serde::from_str::<Shape>(yaml).unwrap_err();
        explain(yaml, &error)
    }

    fn place(yaml: &str, problem: &Problem) -> (usize, usize) {
        LineIndex::new(yaml).line_column(yaml, problem.span.start)
    }

    #[test]
    fn duplicate_keys_point_at_the_second() {
        let yaml = "title: A\ncount: 3\ntitle: B\n";
        let p = problem(yaml);
        assert_eq!(p.id, "yaml-duplicate-key");
        assert_eq!(place(yaml, &p), (3, 1));
        assert_eq!(p.args, vec![("key", "title".into()), ("first", "1".into())]);

        let yaml = "place:\n  name: X\n  name: Y\n";
        let error = yaml_serde::from_str::<yaml_serde::Value>(yaml).unwrap_err();
        let p = explain(yaml, &error);
        assert_eq!(p.id, "yaml-duplicate-key");
        assert_eq!(place(yaml, &p), (3, 3));
        assert_eq!(p.args[0], ("key", "place.name".into()));
    }

    #[test]
    fn text_where_a_number_belongs() {
        let yaml = "title: Ā\ncount: 540 bērni\n";
        let p = problem(yaml);
        assert_eq!(p.id, "yaml-expected-number");
        assert_eq!(place(yaml, &p), (2, 8));
        assert_eq!(
            p.args,
            vec![
                ("key", "count".into()),
                ("value", "540 bērni".into()),
                ("number", "540".into())
            ]
        );
        let p = problem("budget: 7 596 069,00 EUR\n");
        assert_eq!(p.args[2], ("number", "7596069.00".into()));
        let p = problem("budget: daudz\n");
        assert_eq!(p.args[2], ("number", "none".into()));
        assert_eq!(problem("count: 5.5\n").id, "yaml-expected-whole-number");
        assert_eq!(problem("count: -5\n").id, "yaml-expected-count");
    }

    #[test]
    fn other_shapes() {
        let p = problem("tags: birka\n");
        assert_eq!(p.id, "yaml-expected-list");
        assert_eq!(p.args[2], ("example", "tags: [birka]".into()));
        assert_eq!(problem("draft: jā\n").id, "yaml-expected-yes-no");
        assert_eq!(problem("title: [a]\n").id, "yaml-expected-text");
        assert_eq!(problem("name: [a]\n").id, "yaml-expected-text");
        assert_eq!(problem("place: Rīga\n").id, "yaml-expected-fields");
        let p = problem("place:\n  name: X\n  adres: Y\n");
        assert_eq!(p.id, "yaml-unknown-field");
        assert_eq!(
            p.args[1..],
            [("field", "adres".into()), ("known", "name, address".into())]
        );
        assert_eq!(problem("place:\n  address: Y\n").id, "yaml-missing-field");
    }

    #[test]
    fn syntax_slips() {
        let yaml = "title: A\n\tcount: 5\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-tab", (2, 1)));

        let yaml = "title: \"Sākums\ncount: 5\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-unclosed-quote", (1, 8)));

        let yaml = "title: A\ntags: [a, b\ncount: 5\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-unclosed-bracket", (2, 7)));

        let yaml = "title:A\ncount: 5\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-missing-space", (1, 6)));

        let yaml = "count: 5\ntitle: Projekts: Latgale\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-colon-in-value", (2, 16)));
        assert_eq!(
            p.args,
            vec![("fixed", "title: \"Projekts: Latgale\"".into())]
        );

        let yaml = "place:\n  name: X\n    address: Y\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-indentation", (3, 5)));

        let yaml = "place:\n  name: X\n address: Y\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-indentation", (3, 2)));

        assert_eq!(problem("title: @x\n").id, "yaml-reserved-character");

        let yaml = "title: [\n";
        let p = problem(yaml);
        assert_eq!((p.id, place(yaml, &p)), ("yaml-unclosed-bracket", (1, 8)));
    }

    #[test]
    fn no_library_wording_in_arguments() {
        for yaml in [
            "count: x\n",
            "title: [\n",
            "a: b: c\n",
            "- a\n",
            "title: 'x\n",
            "place: {name: x\n",
        ] {
            let p = problem(yaml);
            for (_, value) in &p.args {
                assert!(!value.contains("expected"), "{yaml:?}: {p:?}");
            }
        }
    }

    #[test]
    fn every_prefix_of_bad_yaml_is_explained_without_panic() {
        let texts = [
            "title: \"Sākums\"\ntags: [ā, b]\nplace:\n  name: Rīga\n  address: 'Ielа 1'\n",
            "budget: 7 596 069,00 €\r\ncount: -1\r\n\tname: {lv: ā, en: b}\n",
            "\u{feff}title: a: b: c\n- x\n  - y: [\n",
            "place: {name: \"ā\", address: [}\ndraft: jā # komentārs\n",
        ];
        for text in texts {
            for (end, _) in text.char_indices() {
                let yaml = &text[..end];
                for error in [
                    yaml_serde::from_str::<Shape>(yaml).err(),
                    yaml_serde::from_str::<yaml_serde::Value>(yaml).err(),
                ]
                .into_iter()
                .flatten()
                {
                    let p = explain(yaml, &error);
                    assert!(p.span.start <= yaml.len() + 1, "{yaml:?}: {p:?}");
                }
            }
        }
    }
}
