//! Search: per language a generated search page at `/<lang>/<slugs.search>/` (lv
//! `meklet`, en `search`), rendered by the theme's `search.html`, and that language's
//! search index below it (`<page>/pagefind/`, `OutputKind::SearchIndex`). A theme without
//! `search.html` gets neither. Here too: which pages are searchable, and what kind of
//! record each one is (`RecordKind`), for render to index.

use super::generated::{GeneratedKind, list_page};
use super::{Page, PageKind, PageVariant, Site};
use crate::config::SiteConfig;

/// The search page's template.
pub(crate) const TEMPLATE: &str = "search.html";

/// The folder of a search page holding its language's index (Pagefind's bundle).
pub(crate) const BUNDLE_FOLDER: &str = "pagefind";

/// The index folder of a search page, relative to the output root, without a final
/// slash (`lv/meklet/pagefind`): the path of its `OutputKind::SearchIndex` output.
pub(crate) fn bundle_folder(page: &Page) -> String {
    format!("{}{BUNDLE_FOLDER}", page.path)
}

/// Whether a theme offers search: it has the search page's template.
pub(crate) fn offered_by<'a>(mut templates: impl Iterator<Item = &'a str>) -> bool {
    templates.any(|name| name == TEMPLATE)
}

/// Appends each language's search page. `title` gives its title (an interface text).
pub(super) fn add(
    pages: &mut Vec<Page>,
    config: &SiteConfig,
    title: &dyn Fn(&str, &str) -> String,
) {
    let key = GeneratedKind::Search.key();
    for language in &config.languages {
        let lang = language.code.as_str();
        let home = pages
            .iter()
            .find(|p| p.kind == PageKind::Home && p.lang == lang)
            .map(|p| p.key.clone());
        pages.push(list_page(
            lang,
            &format!("@{key}"),
            format!("{lang}/{}/", config.slug_for(key, lang)),
            title("search-title", lang),
            home,
            GeneratedKind::Search,
            None,
            TEMPLATE,
        ));
    }
}

/// What a search record is, for results to show (Pagefind meta and filter `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordKind {
    /// A page of text, a section's or the home page's own text, a municipality's page.
    Page,
    /// A dated item of a news section.
    News,
    /// An event.
    Event,
    /// An easy-to-read page.
    Easy,
    /// A page made from data: an indicator, a contact list, the accessibility statement.
    Data,
}

impl RecordKind {
    /// Its name in the index.
    pub(crate) fn name(self) -> &'static str {
        match self {
            RecordKind::Page => "page",
            RecordKind::News => "news",
            RecordKind::Event => "event",
            RecordKind::Easy => "easy",
            RecordKind::Data => "data",
        }
    }
}

/// What kind of record a page is in its language's index, or `None` when it is not
/// searchable: tag pages and the tag index, the municipality index, embed guides, the
/// easy-read index, the search page itself and drafts are not (list pages 2+, aliases,
/// embeds, the 404 and root pages are no pages of the model).
pub(crate) fn record_kind(page: &Page) -> Option<RecordKind> {
    if page.source.front().draft {
        return None;
    }
    Some(match &page.variant {
        PageVariant::List(list) => match (list.kind, &list.term) {
            (GeneratedKind::Municipalities, Some(_)) => RecordKind::Page,
            _ => return None,
        },
        PageVariant::Easy(_) => RecordKind::Easy,
        PageVariant::Event(_) => RecordKind::Event,
        PageVariant::DataItem(_) | PageVariant::Statement => RecordKind::Data,
        PageVariant::Text if super::taxonomies::is_news(page) => RecordKind::News,
        PageVariant::Text => RecordKind::Page,
    })
}

impl Site {
    /// The top-level section a page is in (the section right below its language's home
    /// page), if it is below one (a top-level section itself is in none).
    pub(crate) fn top_section<'a>(&'a self, page: &'a Page) -> Option<&'a Page> {
        self.ancestors(page)
            .into_iter()
            .find(|p| p.kind == PageKind::Section)
    }
}
