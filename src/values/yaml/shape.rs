//! A value of the wrong kind for its key (serde's side of a YAML error) in plain words:
//! a text where a number belongs, one value where a list belongs, an unknown field….

use super::Problem;

/// A value of the wrong kind for its key: `message[start..]` is serde's text, what comes
/// before it the key path.
pub(super) fn shape_problem(yaml: &str, at: usize, message: &str, start: usize) -> Problem {
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
