//! What visitors read about a document a page links: the details inside a link's text
//! (`(PDF, 1,2 MB, 12 lappuses)` / `(PDF, 1.2 MB, 12 pages)`) and the items of a
//! documents list (the `documents()` template function). Sizes count 1 kB = 1000 bytes
//! and 1 MB = 1000 kB, as phones, macOS and most file managers show them, so the figure
//! matches what the visitor's own device says after the download; one decimal below 10,
//! whole numbers above. Numbers are written by the language's CLDR formats, the words
//! (units, pages with their plural forms, the brackets) come from the theme's locales
//! (`locales/<lang>/documents.ftl`).

use super::markdown::DocumentLink;
use crate::i18n::{ArgValue, I18n};
use crate::media::documents::{DocumentFacts, name_from_file};
use crate::model::Site;
use crate::model::document_files::DocumentFile;
use serde::Serialize;

/// An interface text the theme's locales lack (or cannot format with these values).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct TextMissing {
    /// Its key.
    pub key: &'static str,
}

/// What a link to `document` shows besides its own text.
pub(crate) fn link(
    i18n: &I18n,
    lang: &str,
    document: &DocumentFile,
) -> Result<DocumentLink, TextMissing> {
    Ok(DocumentLink {
        details: details(i18n, lang, &document.facts)?,
        title: document.facts.title.clone(),
        file_name: file_name(&document.output).to_string(),
    })
}

/// `(PDF, 1,2 MB, 12 lappuses)`: the type, the size and, when known, the pages.
pub(crate) fn details(
    i18n: &I18n,
    lang: &str,
    facts: &DocumentFacts,
) -> Result<String, TextMissing> {
    let kind = ("type", ArgValue::Text(facts.kind.label().to_string()));
    let size = ("size", ArgValue::Text(size(i18n, lang, facts.bytes)?));
    match facts.pages {
        Some(n) => text(
            i18n,
            lang,
            "document-details-pages",
            vec![kind, size, ("pages", ArgValue::Text(pages(i18n, lang, n)?))],
        ),
        None => text(i18n, lang, "document-details", vec![kind, size]),
    }
}

/// `12 lappuses`, `1 page`.
fn pages(i18n: &I18n, lang: &str, n: u32) -> Result<String, TextMissing> {
    text(
        i18n,
        lang,
        "document-pages",
        vec![("count", ArgValue::Number(f64::from(n)))],
    )
}

/// `1,2 MB`, `340 kB`, `512 B`.
pub(crate) fn size(i18n: &I18n, lang: &str, bytes: u64) -> Result<String, TextMissing> {
    let (value, decimals, key) = scaled(bytes);
    let figure = match i18n.language(lang) {
        Some(l) => l.formats.number(value, Some(decimals)),
        None => format!("{value:.*}", usize::from(decimals)),
    };
    text(i18n, lang, key, vec![("size", ArgValue::Text(figure))])
}

/// A size in the largest unit that keeps it at 1 or more, rounded as shown: one decimal
/// below 10, none above (a size that rounds up to 1000 moves to the next unit).
fn scaled(bytes: u64) -> (f64, u8, &'static str) {
    const UNITS: [&str; 4] = [
        "document-size-bytes",
        "document-size-kb",
        "document-size-mb",
        "document-size-gb",
    ];
    let mut value = bytes as f64;
    let mut unit = 0;
    if bytes < 1000 {
        return (value, 0, UNITS[0]);
    }
    loop {
        value /= 1000.0;
        unit += 1;
        let decimals = if value < 9.95 { 1 } else { 0 };
        let shown = if decimals == 1 {
            (value * 10.0).round() / 10.0
        } else {
            value.round()
        };
        if shown < 1000.0 || unit == UNITS.len() - 1 {
            return (shown, decimals, UNITS[unit]);
        }
    }
}

fn text(
    i18n: &I18n,
    lang: &str,
    key: &'static str,
    args: Vec<(&str, ArgValue)>,
) -> Result<String, TextMissing> {
    let args: Vec<(String, ArgValue)> = args.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    i18n.text(lang, key, &args).map_err(|_| TextMissing { key })
}

/// The last part of an output path: `plans.pdf`.
fn file_name(output: &str) -> &str {
    output.rsplit('/').next().unwrap_or(output)
}

/// One document of a list, as templates see it.
#[derive(Debug, Serialize)]
pub(crate) struct DocumentItem {
    /// Its URL.
    pub url: String,
    /// Its file name.
    pub file: String,
    /// The PDF's own title, else a name made from the file name.
    pub title: String,
    /// `PDF`, `DOCX`…
    pub r#type: &'static str,
    /// `1,2 MB`.
    pub size: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// Number of pages, when known.
    pub pages: Option<u32>,
    /// `12 lappuses`, when known.
    pub pages_text: Option<String>,
    /// `(PDF, 1,2 MB, 12 lappuses)`.
    pub details: String,
    /// The page it belongs to.
    pub page: PageOfDocument,
}

/// The page a listed document belongs to.
#[derive(Debug, Serialize)]
pub(crate) struct PageOfDocument {
    /// Its title.
    pub title: String,
    /// Its URL.
    pub url: String,
    /// Its date (`2024-03-01` or `2024-03-01T10:00`), when it has one.
    pub date: Option<String>,
}

/// The items of a documents list, grouped by page: newest page first (undated pages
/// after dated ones, by address), each page's documents in file name order.
pub(crate) fn items<'a>(
    site: &Site,
    i18n: &I18n,
    lang: &str,
    documents: impl Iterator<Item = &'a DocumentFile>,
) -> Result<Vec<DocumentItem>, TextMissing> {
    let mut listed = Vec::new();
    for document in documents {
        let Some(page) = document.page.as_ref().and_then(|(key, _)| site.get(key)) else {
            continue;
        };
        let facts = &document.facts;
        let name = file_name(&document.output);
        listed.push((
            page.date,
            page.path.clone(),
            DocumentItem {
                url: site.url(&document.output),
                file: name.to_string(),
                title: facts.title.clone().unwrap_or_else(|| name_from_file(name)),
                r#type: facts.kind.label(),
                size: size(i18n, lang, facts.bytes)?,
                bytes: facts.bytes,
                pages: facts.pages,
                pages_text: facts.pages.map(|n| pages(i18n, lang, n)).transpose()?,
                details: details(i18n, lang, facts)?,
                page: PageOfDocument {
                    title: page.title.clone(),
                    url: site.url(&page.path),
                    date: page.date.map(|d| d.to_iso()),
                },
            },
        ));
    }
    // Stable: within a page the output path order (file names) stays.
    listed.sort_by(|(a_date, a_path, _), (b_date, b_path, _)| {
        let newest = b_date.map(|d| d.datetime).cmp(&a_date.map(|d| d.datetime));
        newest.then_with(|| a_path.cmp(b_path))
    });
    Ok(listed.into_iter().map(|(_, _, item)| item).collect())
}

#[cfg(test)]
mod tests {
    use super::scaled;

    #[test]
    fn sizes_keep_one_decimal_below_ten_and_move_up_at_a_thousand() {
        assert_eq!(scaled(0), (0.0, 0, "document-size-bytes"));
        assert_eq!(scaled(999), (999.0, 0, "document-size-bytes"));
        assert_eq!(scaled(1000), (1.0, 1, "document-size-kb"));
        assert_eq!(scaled(1_234_567), (1.2, 1, "document-size-mb"));
        assert_eq!(scaled(9_960), (10.0, 0, "document-size-kb"));
        assert_eq!(scaled(340_400), (340.0, 0, "document-size-kb"));
        assert_eq!(scaled(999_600), (1.0, 1, "document-size-mb"));
        assert_eq!(scaled(12_345_678), (12.0, 0, "document-size-mb"));
        assert_eq!(scaled(5_000_000_000_000), (5000.0, 0, "document-size-gb"));
    }
}
