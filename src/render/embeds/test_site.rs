//! The `news` fixture's model (with embeds) and its summaries, for the tests of the
//! embeds' JSON files.

use crate::model::{ModelOptions, Site};
use crate::render::data_views::DataViews;
use crate::render::markdown_results::{MarkdownResults, PageMarkdown, Summary};
use std::path::Path;
use std::sync::Arc;

/// The `news` fixture's model at `now` (`2024-03-31T12:00`), with embeds.
pub(super) fn news_site(now: &str) -> Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
    let (sources, _) = crate::load::load(&root, None).expect("the fixture loads");
    let options = ModelOptions {
        drafts: false,
        now: crate::options::resolve_now(Some(now), None).expect("now"),
        embeds: true,
        search: false,
    };
    let (site, errors) = crate::model::build(sources, &options, None);
    assert!(errors.is_empty(), "{errors:?}");
    site
}

/// Every page's summary: its front matter's text, and with an absolute link added for
/// the absolute form, the way the markdown results hold it.
pub(super) fn summaries(site: &Site) -> MarkdownResults {
    let pages = site.pages().map(|page| {
        let text = page.about.summary.clone().unwrap_or_default();
        let summary = Summary {
            html: text.clone(),
            permalink_html: format!(
                "{text} <a href=\"{}\">&amp; more</a>",
                site.permalink(&page.path)
            ),
        };
        let markdown = PageMarkdown {
            summary: Some(summary),
            ..PageMarkdown::default()
        };
        (page.key.clone(), Arc::new(markdown))
    });
    MarkdownResults::new(pages, Arc::new(DataViews::default()))
}
