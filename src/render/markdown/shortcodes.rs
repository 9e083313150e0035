//! Shortcodes: a line that is only `{{ name(arg=value, …) }}` is replaced by the rendered
//! `themes/<theme>/shortcodes/<name>.html`. Lines inside fenced code blocks are left alone.
//! Arguments are strings (`"…"`), numbers, or `true`/`false`.

use serde_json::{Map, Value};
use std::ops::Range;

/// A shortcode call found in the markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The shortcode's name.
    pub name: String,
    /// Its arguments.
    pub args: Map<String, Value>,
    /// Where the call is in the markdown body.
    pub span: Range<usize>,
}

/// A line that looks like a shortcode but cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub struct BadCall {
    /// Where it is in the body.
    pub span: Range<usize>,
    /// What is wrong.
    pub details: String,
}

/// Finds shortcode lines. Returns the calls and the lines that look like calls but are
/// malformed.
pub fn find(body: &str) -> (Vec<Call>, Vec<BadCall>) {
    let mut calls = Vec::new();
    let mut bad = Vec::new();
    let mut offset = 0;
    let mut fence: Option<String> = None;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        let indent = line.len() - line.trim_start().len();
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str())
                && trimmed
                    .trim_start_matches(marker.chars().next().unwrap_or('`'))
                    .is_empty()
            {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let ch = trimmed.chars().next().unwrap_or('`');
            let n = trimmed.chars().take_while(|c| *c == ch).count();
            fence = Some(ch.to_string().repeat(n));
            continue;
        }
        let Some(inner) = trimmed
            .strip_prefix("{{")
            .and_then(|s| s.strip_suffix("}}"))
        else {
            continue;
        };
        let span = start + indent..start + indent + trimmed.len();
        match parse_call(inner.trim()) {
            Ok((name, args)) => calls.push(Call { name, args, span }),
            Err(details) => bad.push(BadCall { span, details }),
        }
    }
    (calls, bad)
}

fn parse_call(text: &str) -> Result<(String, Map<String, Value>), String> {
    let open = text.find('(').ok_or("no ( after the name")?;
    let name = text[..open].trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(format!("\"{name}\" is not a shortcode name"));
    }
    let rest = text[open + 1..]
        .strip_suffix(')')
        .ok_or("no ) at the end")?;
    let mut args = Map::new();
    let mut chars = rest.char_indices().peekable();
    loop {
        while chars
            .next_if(|(_, c)| c.is_whitespace() || *c == ',')
            .is_some()
        {}
        let Some(&(key_start, _)) = chars.peek() else {
            break;
        };
        let mut key_end = key_start;
        while let Some((i, c)) = chars.next_if(|(_, c)| c.is_ascii_alphanumeric() || *c == '_') {
            key_end = i + c.len_utf8();
        }
        let key = &rest[key_start..key_end];
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        if key.is_empty() || chars.next().map(|(_, c)| c) != Some('=') {
            return Err("arguments are written name=value".to_string());
        }
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let value = match chars.peek().map(|(_, c)| *c) {
            Some(q @ ('"' | '\'')) => {
                chars.next();
                let mut s = String::new();
                loop {
                    match chars.next() {
                        Some((_, '\\')) => {
                            if let Some((_, c)) = chars.next() {
                                s.push(c);
                            }
                        }
                        Some((_, c)) if c == q => break,
                        Some((_, c)) => s.push(c),
                        None => return Err(format!("the text of {key} is not closed with {q}")),
                    }
                }
                Value::String(s)
            }
            Some(_) => {
                let (start, _) = *chars.peek().ok_or("a value is missing")?;
                let mut end = start;
                while let Some((i, c)) = chars.next_if(|(_, c)| *c != ',' && !c.is_whitespace()) {
                    end = i + c.len_utf8();
                }
                let word = &rest[start..end];
                match word {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    _ => word
                        .parse::<i64>()
                        .map(Value::from)
                        .or_else(|_| word.parse::<f64>().map(Value::from))
                        .map_err(|_| {
                            format!("{word} is not text in quotes, a number, true or false")
                        })?,
                }
            }
            None => return Err(format!("{key} has no value")),
        };
        args.insert(key.to_string(), value);
    }
    Ok((name.to_string(), args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_on_their_own_line_are_found() {
        let body = "Text {{ not(this=1) }}\n\n{{ indicator(id=\"grt-services\", n=3, big=true) }}\n```\n{{ x() }}\n```\n";
        let (calls, bad) = find(body);
        assert!(bad.is_empty());
        assert_eq!(calls.len(), 1);
        assert_eq!(calls[0].name, "indicator");
        assert_eq!(calls[0].args["id"], "grt-services");
        assert_eq!(calls[0].args["n"], 3);
        assert_eq!(calls[0].args["big"], true);
        assert_eq!(
            &body[calls[0].span.clone()],
            "{{ indicator(id=\"grt-services\", n=3, big=true) }}"
        );
    }

    #[test]
    fn malformed_calls_are_reported() {
        let (_, bad) = find("{{ card(id=\"x) }}\n");
        assert_eq!(bad.len(), 1);
    }
}
