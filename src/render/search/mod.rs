//! Search: the search page's `search` context (`context_view`), and each language's
//! search index, built with Pagefind from the main content of the language's rendered
//! pages (`extract`) and the facts the model knows of each (`records`), written as the
//! files of Pagefind's bundle that its JavaScript API needs (`bundle`), as an output of
//! the table (`index`).

pub(crate) mod bundle;
pub(crate) mod extract;
pub(crate) mod index;
pub(crate) mod records;

use crate::model::{Page, Site};
use serde::Serialize;

/// `search` in the search page's context.
#[derive(Serialize)]
struct SearchView {
    /// The address of the language's index folder (with the base path and a final `/`):
    /// the page's script imports `<bundle_url>pagefind.js`.
    bundle_url: String,
    /// The query stemmer to run before searching: `"lv"` for Latvian, none otherwise.
    stem: Option<&'static str>,
    /// The language's top-level sections (for the page without JavaScript and a
    /// section filter).
    sections: Vec<SectionLink>,
    /// The address of `sitemap.xml`.
    sitemap_url: String,
}

/// A section in `search.sections`.
#[derive(Serialize)]
struct SectionLink {
    title: String,
    url: String,
}

/// The `search` value of a search page.
pub(super) fn context_view(site: &Site, page: &Page) -> tera::Value {
    let sections = site
        .home(&page.lang)
        .map(|home| {
            site.pages_of(&home.subsections)
                .map(|s| SectionLink {
                    title: s.title.clone(),
                    url: site.url(&s.path),
                })
                .collect()
        })
        .unwrap_or_default();
    tera::Value::from_serializable(&SearchView {
        bundle_url: format!("{}/", site.url(&crate::model::search::bundle_folder(page))),
        stem: (page.lang == "lv").then_some("lv"),
        sections,
        sitemap_url: site.url("sitemap.xml"),
    })
}
