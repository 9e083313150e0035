//! What arguments a shortcode takes, declared in a comment of its template:
//!
//! ```text
//! {# args:
//!    id: id of indicators.indicators (required)
//!    heading: 2|3|4 = 3
//! #}
//! ```
//!
//! One argument per line (or separated by commas): `name: type = default (required)`.
//! Types: `text`, `integer`, `number`, `bool`, a list of allowed values `2|3|4`, or
//! `id of <data file>.<list>` (an `id` of an item of that list). Without a type an
//! argument is `text`. A template without a declaration takes no arguments. Read once
//! when the theme loads; a declaration lapa cannot read is an error at its line.

use crate::diagnostics::Diagnostic;
use serde_json::{Map, Value};
use std::ops::Range;
use std::path::PathBuf;

/// What a shortcode takes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Signature {
    /// The template file, for messages.
    pub file: PathBuf,
    /// Where the declaration is in the template (its start when there is none).
    pub span: Range<usize>,
    /// The arguments, in declaration order.
    pub parameters: Vec<Parameter>,
}

/// One declared argument.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parameter {
    /// Its name.
    pub name: String,
    /// What values it takes.
    pub kind: Kind,
    /// Whether a call must give it.
    pub required: bool,
    /// The value when a call leaves it out.
    pub default: Option<Value>,
    /// Where it is declared in the template.
    pub span: Range<usize>,
}

/// The values an argument takes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    /// Any text in quotes.
    Text,
    /// A whole number.
    Integer,
    /// Any number.
    Number,
    /// `true` or `false`.
    Bool,
    /// One of these, compared as written (`heading=3` and `heading="3"` are both `3`).
    OneOf(Vec<String>),
    /// The `id` of an item in `data.<file>.<list>`.
    IdOf {
        /// The data file (`indicators`).
        file: String,
        /// The list in it (`indicators`).
        list: String,
    },
}

const MARKER: &str = "args:";

/// Reads the declaration of a shortcode template.
pub(crate) fn read(file: PathBuf, text: &str) -> Result<Signature, Vec<Diagnostic>> {
    let mut declarations = comments(text).filter(|(body, _)| body.trim_start().starts_with(MARKER));
    let Some((body, offset)) = declarations.next() else {
        return Ok(Signature {
            file,
            span: 0..0,
            parameters: Vec::new(),
        });
    };
    let mut problems = Vec::new();
    if let Some((_, second)) = declarations.next() {
        problems.push(malformed(
            &file,
            second..second + 2,
            ("second", "args:".to_string()),
        ));
    }
    let marker_at = offset + (body.len() - body.trim_start().len());
    let span = marker_at..marker_at + MARKER.len();
    let list_start = marker_at + MARKER.len();
    let list = &text[list_start..offset + body.len()];
    let mut parameters: Vec<Parameter> = Vec::new();
    let mut at = list_start;
    for part in list.split_inclusive(['\n', ',']) {
        let entry = part.trim_end_matches([',', '\n']);
        let lead = entry.len() - entry.trim_start().len();
        let entry_span = at + lead..at + lead + entry.trim().len();
        at += part.len();
        if entry.trim().is_empty() {
            continue;
        }
        match parameter(entry.trim()) {
            Ok(p) if parameters.iter().any(|q| q.name == p.name) => {
                problems.push(malformed(&file, entry_span, ("twice", p.name)))
            }
            Ok(p) => parameters.push(Parameter {
                span: entry_span,
                ..p
            }),
            Err(reason) => problems.push(malformed(&file, entry_span, reason)),
        }
    }
    if problems.is_empty() {
        Ok(Signature {
            file,
            span,
            parameters,
        })
    } else {
        Err(problems)
    }
}

/// Why a declaration cannot be read (a selector of the message) and what it is about.
type Reason = (&'static str, String);

fn malformed(file: &PathBuf, span: Range<usize>, (reason, value): Reason) -> Diagnostic {
    Diagnostic::error("shortcode-args-malformed")
        .in_file(file)
        .at(span)
        .with("reason", reason)
        .with("value", value)
}

/// The Tera comments of a template: their inner text and where it starts.
fn comments(text: &str) -> impl Iterator<Item = (&str, usize)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let open = from + text.get(from..)?.find("{#")?;
        let inner = open + 2;
        let close = inner + text.get(inner..)?.find("#}")?;
        from = close + 2;
        Some((&text[inner..close], inner))
    })
}

/// `id: id of indicators.indicators (required)` → a parameter (its span set later).
fn parameter(entry: &str) -> Result<Parameter, Reason> {
    let (entry, required) = match entry.strip_suffix("(required)") {
        Some(rest) => (rest.trim(), true),
        None => (entry, false),
    };
    let (name, rest) = match entry.split_once(':') {
        Some((n, r)) => (n.trim(), r.trim()),
        None => (entry.trim(), ""),
    };
    if name.is_empty()
        || !name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(("name", name.to_string()));
    }
    let (kind_text, default_text) = match rest.split_once('=') {
        Some((k, d)) => (k.trim(), Some(d.trim())),
        None => (rest, None),
    };
    let kind = kind(kind_text)?;
    let default = match default_text {
        Some(_) if required => return Err(("required-default", name.to_string())),
        Some(d) => {
            let value = literal(d);
            check(&kind, &value).map_err(|_| ("default", name.to_string()))?;
            Some(value)
        }
        None => None,
    };
    Ok(Parameter {
        name: name.to_string(),
        kind,
        required,
        default,
        span: 0..0,
    })
}

fn kind(text: &str) -> Result<Kind, Reason> {
    Ok(match text {
        "" | "text" => Kind::Text,
        "integer" => Kind::Integer,
        "number" => Kind::Number,
        "bool" | "true|false" => Kind::Bool,
        t if t.starts_with("id of ") => {
            let target = t["id of ".len()..].trim();
            match target.split_once('.') {
                Some((file, list)) if !file.is_empty() && !list.is_empty() => Kind::IdOf {
                    file: file.to_string(),
                    list: list.to_string(),
                },
                _ => return Err(("id-of", t.to_string())),
            }
        }
        t if t.contains('|') => {
            let values: Vec<String> = t.split('|').map(|v| unquote(v.trim())).collect();
            if values.iter().any(String::is_empty) {
                return Err(("empty-choice", t.to_string()));
            }
            Kind::OneOf(values)
        }
        t => return Err(("type", t.to_string())),
    })
}

fn unquote(text: &str) -> String {
    text.trim_matches(|c| c == '"' || c == '\'').to_string()
}

/// A default as written: `3`, `2.5`, `true`, `"text"` or a bare word (text).
fn literal(text: &str) -> Value {
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        t if t.starts_with(['"', '\'']) => Value::String(unquote(t)),
        t => t
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| t.parse::<f64>().map(Value::from))
            .unwrap_or_else(|_| Value::String(t.to_string())),
    }
}

/// How a value is written in a shortcode call, for comparing with choices.
pub(crate) fn written(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether a value fits a kind (ids are checked against the data by the caller).
pub(crate) fn check(kind: &Kind, value: &Value) -> Result<(), ()> {
    let fits = match kind {
        Kind::Text | Kind::IdOf { .. } => value.is_string(),
        Kind::Integer => value.is_i64() || value.is_u64(),
        Kind::Number => value.is_number(),
        Kind::Bool => value.is_boolean(),
        Kind::OneOf(values) => values.contains(&written(value)),
    };
    if fits { Ok(()) } else { Err(()) }
}

/// The arguments of a call with the defaults filled in, or the first problem with them.
/// Problems name the argument (`argument`) so that they can be placed on it, and carry
/// a note at the template's declaration.
pub(crate) fn apply(
    signature: &Signature,
    name: &str,
    args: &Map<String, Value>,
    known_ids: &dyn Fn(&str, &str) -> Option<Vec<String>>,
) -> Result<Map<String, Value>, Diagnostic> {
    let note = |d: Diagnostic, span: &Range<usize>| {
        d.with("name", name).note(
            "note-shortcode-arguments",
            &signature.file,
            Some(span.clone()),
        )
    };
    let mut out = Map::new();
    for (key, value) in args {
        let Some(parameter) = signature.parameters.iter().find(|p| p.name == *key) else {
            let takes: Vec<&str> = signature
                .parameters
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let d = if takes.is_empty() {
                Diagnostic::error("shortcode-takes-no-arguments")
            } else {
                Diagnostic::error("shortcode-argument-unknown").with("takes", takes.join(", "))
            };
            return Err(note(d.with("argument", key), &signature.span));
        };
        if check(&parameter.kind, value).is_err() {
            let d = match &parameter.kind {
                Kind::OneOf(values) => Diagnostic::error("shortcode-argument-not-one-of")
                    .with("allowed", values.join(", ")),
                Kind::Text | Kind::IdOf { .. } => {
                    Diagnostic::error("shortcode-argument-invalid").with("kind", "text")
                }
                Kind::Integer => {
                    Diagnostic::error("shortcode-argument-invalid").with("kind", "integer")
                }
                Kind::Number => {
                    Diagnostic::error("shortcode-argument-invalid").with("kind", "number")
                }
                Kind::Bool => Diagnostic::error("shortcode-argument-invalid").with("kind", "bool"),
            };
            return Err(note(
                d.with("argument", key).with("value", written(value)),
                &parameter.span,
            ));
        }
        if let (Kind::IdOf { file, list }, Value::String(id)) = (&parameter.kind, value) {
            let ids = known_ids(file, list).unwrap_or_default();
            if !ids.contains(id) {
                let shown = if ids.is_empty() {
                    "-".to_string()
                } else {
                    ids.join(", ")
                };
                return Err(note(
                    Diagnostic::error("shortcode-id-unknown")
                        .with("argument", key)
                        .with("value", id)
                        .with("file", format!("content/data/{file}.yaml"))
                        .with("ids", shown),
                    &parameter.span,
                ));
            }
        }
        out.insert(key.clone(), value.clone());
    }
    for parameter in &signature.parameters {
        if out.contains_key(&parameter.name) {
            continue;
        }
        if parameter.required {
            return Err(note(
                Diagnostic::error("shortcode-argument-missing").with("missing", &parameter.name),
                &parameter.span,
            ));
        }
        if let Some(default) = &parameter.default {
            out.insert(parameter.name.clone(), default.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn signature(text: &str) -> Result<Signature, Vec<Diagnostic>> {
        read(PathBuf::from("themes/t/shortcodes/x.html"), text)
    }

    #[test]
    fn declarations_are_read_line_by_line_or_with_commas() {
        let text = "{# A card. #}\n{# args:\n   id: id of indicators.indicators (required)\n   heading: 2|3|4 = 3\n   wide: bool\n#}\n<p></p>";
        let s = signature(text).unwrap();
        let names: Vec<&str> = s.parameters.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["id", "heading", "wide"]);
        assert!(s.parameters[0].required);
        assert_eq!(s.parameters[1].default, Some(json!(3)));
        assert_eq!(&text[s.parameters[1].span.clone()], "heading: 2|3|4 = 3");
        let s = signature("{# args: id (required), heading: 2|3 = 3 #}").unwrap();
        assert_eq!(s.parameters.len(), 2);
        assert_eq!(s.parameters[0].kind, Kind::Text);
    }

    #[test]
    fn a_declaration_that_cannot_be_read_is_an_error_at_its_line() {
        let text = "{# args:\n  heading: 2|3 = 9\n  Bad name: text\n  x: colour\n  y: text = 1 (required)\n#}";
        let problems = signature(text).unwrap_err();
        assert_eq!(problems.len(), 4);
        assert_eq!(&text[problems[0].span.clone().unwrap()], "heading: 2|3 = 9");
    }

    #[test]
    fn calls_are_checked_and_defaults_filled_in() {
        let s =
            signature("{# args:\n id: id of contacts.contacts (required)\n heading: 2|3 = 3\n#}")
                .unwrap();
        let ids = |_: &str, _: &str| Some(vec!["ilona".to_string()]);
        let call = |args: serde_json::Value| apply(&s, "contact", args.as_object().unwrap(), &ids);
        assert_eq!(call(json!({"id": "ilona"})).unwrap()["heading"], json!(3));
        assert_eq!(
            call(json!({"id": "ilona", "heading": "2"})).unwrap()["heading"],
            json!("2")
        );
        let id = |args| call(args).unwrap_err().id;
        assert_eq!(id(json!({"id": "nav"})), "shortcode-id-unknown");
        assert_eq!(
            id(json!({"id": "ilona", "heading": 9})),
            "shortcode-argument-not-one-of"
        );
        assert_eq!(
            id(json!({"id": "ilona", "colour": "red"})),
            "shortcode-argument-unknown"
        );
        assert_eq!(id(json!({"heading": 2})), "shortcode-argument-missing");
        assert_eq!(id(json!({"id": 3})), "shortcode-argument-invalid");
        let none = signature("<p></p>").unwrap();
        let err = apply(&none, "x", json!({"a": 1}).as_object().unwrap(), &ids).unwrap_err();
        assert_eq!(err.id, "shortcode-takes-no-arguments");
        assert_eq!(err.notes.len(), 1);
    }
}
