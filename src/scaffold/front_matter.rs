//! The text of a new file: front matter with a comment over each field, in the file's
//! own language (lapa's Latvian messages for `lv`, English for any other), and an empty
//! body. A translation (any language but the default) starts as a draft, so that nothing
//! is published in the wrong language before someone translates it.

use super::Kind;
use crate::config::SiteConfig;
use crate::diagnostics::{MessageLanguage, Messages};
use jiff::civil::Date;

/// The whole file.
pub(crate) fn text(
    config: &SiteConfig,
    kind: &Kind,
    title: &str,
    date: Date,
    lang: &str,
) -> String {
    let messages = Messages::new(MessageLanguage::from_code(lang).unwrap_or(MessageLanguage::En));
    let comment = |id: &str| {
        let text = messages.get(id, &[]).unwrap_or_default();
        text.lines()
            .map(|line| format!("# {line}\n"))
            .collect::<String>()
    };
    let mut out = String::from("---\n");
    let mut field = |id: &str, line: String| {
        out.push_str(&comment(id));
        out.push_str(&line);
        out.push('\n');
    };
    field("new-field-title", format!("title: {}", quoted(title)));
    match kind {
        Kind::News => {
            field("new-field-date", format!("date: {date}"));
        }
        Kind::Event => {
            field("new-field-start", format!("start: {date}T10:00"));
            field("new-field-end", format!("end: {date}T12:00"));
            field(
                "new-field-location",
                "location:\n  name: \"\"\n  address: \"\"".to_string(),
            );
        }
        Kind::Page(_) => {}
    }
    field("new-field-summary", "summary: \"\"".to_string());
    if !matches!(kind, Kind::Page(_)) {
        field("new-field-tags", "tags: []".to_string());
        field("new-field-municipalities", "municipalities: []".to_string());
    }
    if lang != config.default_language {
        field("new-field-draft-translation", "draft: true".to_string());
    }
    out.push_str("---\n\n");
    out
}

/// A YAML double-quoted scalar.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn titles_are_quoted_for_yaml() {
        assert_eq!(quoted("Jauna ziņa"), "\"Jauna ziņa\"");
        assert_eq!(
            quoted("Ko \"DI\" nozīmē: \\ #1"),
            "\"Ko \\\"DI\\\" nozīmē: \\\\ #1\""
        );
    }
}
