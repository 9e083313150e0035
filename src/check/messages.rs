//! Interface texts (`locales/<lang>/*.ftl`) that nothing uses: a message is used when a
//! theme template or shortcode names it in a string (`t(key="home")`, or a prefix such as
//! `"month-" ~ n`), when lapa's own code asks for it (`USED_BY_LAPA`), or when a data file
//! names it (indicator units). Each unused message is a warning in each file defining it.

use crate::diagnostics::{Diagnostic, SourceTexts, display_path};
use crate::model::Site;
use fluent_syntax::ast::Entry;
use std::collections::HashSet;
use std::path::Path;

/// Interface texts lapa's code asks for by name, and where.
pub(super) const USED_BY_LAPA: &[&str] = &[
    // model/taxonomies.rs: the titles of the generated index pages.
    "tags-title",
    "municipalities-title",
    // render/views/feeds.rs: the news feed's title.
    "feed-news-title",
    // render/markdown: the footnote list's heading and back links.
    "footnotes-title",
    "footnote-back",
    // model/embed_guides.rs and render/embeds: the guide pages' and the embeds' titles.
    "embed-guide-title",
    "embed-guide-municipality-title",
    // model/easy_read.rs: the easy-read index's title.
    "easy-read-index-title",
    "embed-news-title",
    "embed-news-municipality-title",
    "embed-events-title",
    "embed-events-municipality-title",
    "embed-contacts-title",
    "embed-contacts-municipality-title",
    "embed-indicators-title",
    "embed-project-title",
    // model/search.rs: the search page's title.
    "search-title",
    // model/statement.rs: the accessibility statement's title.
    "accessibility-title",
    // render/indicators: downloads and the chart's text.
    "indicators-illustrative",
    "chart-description",
    "chart-target",
    // render/documents.rs: a document link's details (sizes, pages).
    "document-size-bytes",
    "document-size-kb",
    "document-size-mb",
    "document-size-gb",
    "document-pages",
    "document-details",
    "document-details-pages",
];

/// Every message defined in `locales/` that nothing uses.
pub(super) fn unused(site: &Site, texts: &SourceTexts) -> Vec<Diagnostic> {
    let theme = Path::new("themes").join(&site.config.theme);
    let mut literals: HashSet<&str> = USED_BY_LAPA.iter().copied().collect();
    let all = texts.sorted();
    for (file, text) in &all {
        if file.starts_with(&theme) {
            literals.extend(string_literals(text));
        }
    }
    if let Some(indicators) = &site.datasets.indicators {
        literals.extend(indicators.units().map(|(_, unit)| unit));
    }
    let prefixes: Vec<&str> = literals
        .iter()
        .copied()
        .filter(|l| l.len() > 1 && l.ends_with(['-', '_']))
        .collect();
    let used = |id: &str| literals.contains(id) || prefixes.iter().any(|p| id.starts_with(p));
    let mut problems = Vec::new();
    for (file, text) in &all {
        let is_locale = file.starts_with("locales") && file.extension().is_some_and(|e| e == "ftl");
        if !is_locale {
            continue;
        }
        for (id, at) in message_ids(text) {
            if !used(&id) {
                problems.push(
                    Diagnostic::warning("message-unused")
                        .in_file(file)
                        .at(at..at + id.len())
                        .with("id", &id)
                        .with("file", display_path(file)),
                );
            }
        }
    }
    problems
}

/// The messages a Fluent file defines, with where each starts.
fn message_ids(text: &str) -> Vec<(String, usize)> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let ids: HashSet<&str> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let name = line.split('=').next().unwrap_or("").trim_end();
        if !line.starts_with(char::is_whitespace) && ids.contains(name) {
            found.push((name.to_string(), offset));
        }
        offset += line.len();
    }
    found
}

/// The strings (`"…"`, `'…'`, `` `…` ``) inside a template's Tera tags (`{{ … }}`,
/// `{% … %}`); the part before a `.` for `key.attribute`.
fn string_literals(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{']) {
        let after = &rest[open + 1..];
        let close = match after.chars().next() {
            Some('{') => "}}",
            Some('%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let inner = &after[1..];
        let end = inner.find(close).unwrap_or(inner.len());
        found.extend(quoted(&inner[..end]));
        rest = &inner[end..];
    }
    found
}

/// The quoted strings of a piece of Tera code.
fn quoted(code: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(start) = rest.find(['"', '\'', '`']) {
        let quote = &rest[start..=start];
        let after = &rest[start + 1..];
        let Some(end) = after.find(quote) else {
            break;
        };
        let literal = &after[..end];
        if !literal.is_empty() {
            found.push(literal.split('.').next().unwrap_or(literal));
        }
        rest = &after[end + 1..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_message_ids_are_found() {
        let found = string_literals(
            "<nav aria-label=\"{{ t(key=\"menu-label\") }}\">{% set k = 'tags-intro' %} \"x\" {{ t(key=\"a.b\") }}",
        );
        assert_eq!(found, vec!["menu-label", "tags-intro", "a"]);
        let ids =
            message_ids("# c\nhome = Sākums\n-term = x\nmulti =\n    { $n ->\n   *[other] x\n}\n");
        assert_eq!(
            ids,
            vec![("home".to_string(), 4), ("multi".to_string(), 29)]
        );
    }

    /// Every interface text lapa's code names is in the list, and the list names no
    /// text the code no longer asks for.
    #[test]
    fn the_list_of_texts_lapa_asks_for_matches_the_code() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let code: String = walkdir::WalkDir::new(&src)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
            .filter(|e| !e.path().starts_with(src.join("check")))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        for id in USED_BY_LAPA {
            assert!(
                code.contains(&format!("\"{id}\"")),
                "{id} is no longer used by lapa"
            );
        }
        let bundled = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/main.ftl"),
        )
        .unwrap()
            + &std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/markdown.ftl"),
            )
            .unwrap();
        for (id, _) in message_ids(&bundled) {
            // The ways lapa's code asks for a text: `text("…"`, `title("…"`, `, "…", &[`.
            let asked = [
                format!("text(\"{id}\""),
                format!("title(\"{id}\""),
                format!(", \"{id}\", &["),
            ];
            if asked.iter().any(|a| code.contains(a.as_str())) {
                assert!(
                    USED_BY_LAPA.contains(&id.as_str()),
                    "lapa asks for {id}: add it to USED_BY_LAPA"
                );
            }
        }
    }
}
