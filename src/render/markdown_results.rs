//! Every page's markdown rendered once per build, by page key: its body (HTML, first
//! paragraph, headings, the `@/` links it resolved and the shortcodes it called) and its
//! front-matter summary, rendered by the markdown renderer's inline path with the site's
//! addresses (for pages) and absolute ones (for feeds and calendars). Every list, feed,
//! calendar and page that shows a page reads it from here; nothing renders it again.
//! The summary's `@/` links are checked with the model (`link-target-missing`,
//! `link-to-draft` at its `summary:` line), before anything renders.

use super::data_views::DataViews;
use super::markdown::{self, Highlighter, Host, Input, Rendered, plain_text, render_inline};
use crate::model::outputs::Source;
use crate::model::{Page, PageKey, Site};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// A front-matter summary, rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    /// With the site's addresses (`/sub/lv/x/`).
    pub html: String,
    /// With absolute addresses (`https://…/sub/lv/x/`), for feeds and calendars.
    pub permalink_html: String,
}

/// One page's rendered markdown.
#[derive(Debug, Clone, Default)]
pub(crate) struct PageMarkdown {
    /// The body.
    pub body: Rendered,
    /// The front matter's `summary`, if it has one.
    pub summary: Option<Summary>,
    /// The pages its `@/` links (body and summary) lead to.
    pub targets: Vec<PageKey>,
    /// Every `@/` link of body and summary, as written.
    pub links: Vec<String>,
}

impl PageMarkdown {
    /// Whether rendering it again for `site` would give the same result as it gave for
    /// `before`: each of its `@/` links leads to the same address with the same problem.
    /// (The page's own text, the theme and the texts are for the caller to compare.)
    pub(crate) fn links_alike(&self, before: &Site, site: &Site, lang: &str) -> bool {
        self.links.iter().all(|link| {
            super::shortcodes::resolve_link(before, link, lang)
                == super::shortcodes::resolve_link(site, link, lang)
                && before.resolve_url(link, lang) == site.resolve_url(link, lang)
                && before.resolve_permalink(link, lang) == site.resolve_permalink(link, lang)
        })
    }

    /// Whether what outputs show of it is the same (its problems aside).
    pub(crate) fn shows_alike(&self, other: &PageMarkdown) -> bool {
        let (a, b) = (&self.body, &other.body);
        a.html == b.html
            && a.first_paragraph == b.first_paragraph
            && a.toc == b.toc
            && self.summary == other.summary
            && self.targets == other.targets
            && a.shortcodes == b.shortcodes
    }
}

/// Renders one page's markdown: body and summary.
pub(crate) fn render_page(
    site: &Site,
    page: &Page,
    host: &dyn Host,
    highlighter: &Highlighter,
) -> PageMarkdown {
    let input = Input {
        body: page.body(),
        body_offset: page.body_offset(),
        file: page.file(),
        lang: &page.lang,
        raw_html: true,
        page_url: &site.url(&page.path),
        page_path: Some(&page.path),
        id_prefix: "",
        lead_image: page.about.image.is_some(),
    };
    let body = markdown::render(&input, host, highlighter);
    let links = RefCell::new(body.links.clone());
    let summary = page.about.summary.as_ref().map(|text| {
        let resolve = |link: &str| {
            let mut seen = links.borrow_mut();
            if !seen.iter().any(|l| l == link) {
                seen.push(link.to_string());
            }
            drop(seen);
            site.resolve_url(link, &page.lang)
        };
        Summary {
            html: render_inline(text, &page.lang, &resolve),
            permalink_html: render_inline(text, &page.lang, &|link| {
                site.resolve_permalink(link, &page.lang)
            }),
        }
    });
    let mut targets: Vec<PageKey> = Vec::new();
    let links = links.into_inner();
    for link in &links {
        if let Some(target) = site.resolve(link, &page.lang)
            && !targets.contains(&target.page)
        {
            targets.push(target.page);
        }
    }
    PageMarkdown {
        body,
        summary,
        targets,
        links,
    }
}

/// The rendered markdown of every page, and the data views (whose descriptions are
/// markdown too).
pub(crate) struct MarkdownResults {
    pages: HashMap<PageKey, Arc<PageMarkdown>>,
    data: Arc<DataViews>,
}

impl MarkdownResults {
    /// Gathers rendered pages; of two with one key, the first is kept.
    pub(crate) fn new(
        pages: impl IntoIterator<Item = (PageKey, Arc<PageMarkdown>)>,
        data: Arc<DataViews>,
    ) -> Self {
        let mut map = HashMap::new();
        for (key, rendered) in pages {
            map.entry(key).or_insert(rendered);
        }
        Self { pages: map, data }
    }

    /// `data` as templates see it.
    pub(crate) fn data(&self) -> &DataViews {
        &self.data
    }

    fn page(&self, key: &PageKey) -> &PageMarkdown {
        static EMPTY: std::sync::OnceLock<PageMarkdown> = std::sync::OnceLock::new();
        self.pages
            .get(key)
            .map_or_else(|| EMPTY.get_or_init(PageMarkdown::default), |p| &**p)
    }

    /// Puts a page's markdown rendered again in place of what it was; returns that.
    pub(crate) fn replace(
        &mut self,
        key: PageKey,
        rendered: Arc<PageMarkdown>,
    ) -> Option<Arc<PageMarkdown>> {
        self.pages.insert(key, rendered)
    }

    /// The data views, shared.
    pub(super) fn data_views(&self) -> &Arc<DataViews> {
        &self.data
    }

    /// A page's rendered markdown as kept, to reuse in a later build.
    pub(crate) fn kept(&self, key: &PageKey) -> Option<&Arc<PageMarkdown>> {
        self.pages.get(key)
    }

    /// A page's rendered body (empty for a page without any).
    pub(crate) fn get(&self, key: &PageKey) -> &Rendered {
        &self.page(key).body
    }

    /// A page's front-matter summary, rendered, if it has one.
    pub(crate) fn summary(&self, key: &PageKey) -> Option<&Summary> {
        self.page(key).summary.as_ref()
    }

    /// A page's summary as lists show it: its front matter's, else its first paragraph.
    pub(crate) fn summary_html(&self, key: &PageKey) -> &str {
        let page = self.page(key);
        page.summary
            .as_ref()
            .map_or(&page.body.first_paragraph, |s| &s.html)
    }

    /// Like `summary_html`, with absolute addresses (feeds).
    pub(crate) fn summary_permalink_html(&self, key: &PageKey) -> &str {
        let page = self.page(key);
        page.summary
            .as_ref()
            .map_or(&page.body.first_paragraph, |s| &s.permalink_html)
    }

    /// A page's summary as plain text (meta description).
    pub(crate) fn description(&self, key: &PageKey) -> String {
        plain_text(self.summary_html(key))
    }

    /// What a page's markdown adds to the sources of the outputs that show it, known only
    /// once it is rendered: the pages its `@/` links lead to and the shortcodes it calls.
    pub(crate) fn sources(&self, key: &PageKey) -> Vec<Source> {
        let page = self.page(key);
        page.targets
            .iter()
            .map(|k| Source::Page(k.clone()))
            .chain(
                page.body
                    .shortcodes
                    .iter()
                    .map(|s| Source::Shortcode(s.as_str().into())),
            )
            .collect()
    }
}
