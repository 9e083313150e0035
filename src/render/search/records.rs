//! A searchable page → its search record: its address, its main content's text (read
//! from its rendered HTML by `extract`), and the metadata and filters results show,
//! taken from the model (title, summary, date in the page's locale, section, kind, tags,
//! municipalities), never read back from the HTML.

use super::extract;
use crate::i18n::{DateStyle, I18n};
use crate::model::generated::GeneratedKind;
use crate::model::search::RecordKind;
use crate::model::{Page, Site};
use crate::render::markdown_results::MarkdownResults;
use std::collections::BTreeMap;

/// One page's record in its language's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    /// The page's address with the base path (`/di/lv/jaunumi/x/`).
    pub url: String,
    /// The main content's text.
    pub content: String,
    /// Pagefind metadata: `title`, `summary`, `date`, `date_iso`, `section`, `kind`.
    pub meta: BTreeMap<String, String>,
    /// Pagefind filters: `section`, `tag`, `municipality`, `kind`.
    pub filters: BTreeMap<String, Vec<String>>,
}

/// The record of a searchable page of kind `kind`, from its rendered HTML.
pub(crate) fn record(
    site: &Site,
    i18n: &I18n,
    markdown: &MarkdownResults,
    page: &Page,
    kind: RecordKind,
    html: &[u8],
) -> Record {
    with_content(site, i18n, markdown, page, kind, content(html))
}

/// The main content's text of a searchable page's rendered HTML, as its record holds it.
pub(crate) fn content(html: &[u8]) -> String {
    match std::str::from_utf8(html) {
        Ok(text) => extract::main_text(text),
        Err(_) => extract::main_text(&String::from_utf8_lossy(html)),
    }
}

/// The record of a searchable page of kind `kind` whose main content's text is
/// `content` (`content` of its rendered HTML): the metadata and filters from the model.
pub(crate) fn with_content(
    site: &Site,
    i18n: &I18n,
    markdown: &MarkdownResults,
    page: &Page,
    kind: RecordKind,
    content: String,
) -> Record {
    let mut meta = BTreeMap::new();
    let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
    meta.insert("title".to_string(), page.title.clone());
    meta.insert("summary".to_string(), markdown.description(&page.key));
    if let Some(date) = page.date.or(page.event().map(|e| e.start)) {
        if let Some(language) = i18n.language(&page.lang) {
            let day = language.formats.date(date.date(), DateStyle::Long);
            meta.insert("date".to_string(), day);
        }
        meta.insert("date_iso".to_string(), date.date().to_string());
    }
    if let Some(section) = site.top_section(page) {
        meta.insert("section".to_string(), section.title.clone());
        filters.insert("section".to_string(), vec![section.title.clone()]);
    }
    meta.insert("kind".to_string(), kind.name().to_string());
    filters.insert("kind".to_string(), vec![kind.name().to_string()]);
    if !page.about.tags.is_empty() {
        filters.insert("tag".to_string(), page.about.tags.clone());
    }
    let municipalities: Vec<String> = page
        .about
        .municipalities
        .iter()
        .map(|id| {
            site.list_page(GeneratedKind::Municipalities, &page.lang, Some(id))
                .map_or_else(|| id.clone(), |p| p.title.clone())
        })
        .collect();
    if !municipalities.is_empty() {
        filters.insert("municipality".to_string(), municipalities);
    }
    Record {
        url: site.url(&page.path),
        content,
        meta,
        filters,
    }
}
