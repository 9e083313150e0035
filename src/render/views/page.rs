//! `page` for the page being rendered, and the summary of a page as other pages list
//! it (sections, home, lists). A page's summary is made once per pass over the outputs
//! (`ViewCache`), however many lists show it.

use super::{Cx, to_value};
use crate::model::pagination::Pager;
use crate::model::{Page, PageKind, SectionKind, Site};
use crate::render::markdown::TocEntry;
use serde::Serialize;
use tera::Value;

use crate::model::HOME_ITEMS;

/// A page as listed on another page.
#[derive(Serialize)]
struct SummaryView<'a> {
    title: &'a str,
    url: String,
    permalink: String,
    date: Option<String>,
    updated: Option<String>,
    summary: &'a str,
    image: Option<String>,
    image_alt: &'a Option<String>,
    tags: Value,
    municipalities: Value,
    event: Value,
    lang: &'a str,
}

pub(super) fn summary_view(cx: &Cx<'_>, page: &Page) -> Value {
    let site = cx.site;
    to_value(&SummaryView {
        title: &page.title,
        url: site.url(&page.path),
        permalink: site.permalink(&page.path),
        date: page.date.map(|d| d.to_iso()),
        updated: page.updated.map(|d| d.to_iso()),
        summary: cx.rendered.summary_html(&page.key),
        image: image_url(site, page),
        image_alt: &page.about.image_alt,
        tags: super::taxonomies::tag_links(cx, page),
        municipalities: super::taxonomies::municipality_links(cx, page),
        event: super::events::event_view(site, page, cx.i18n),
        lang: &page.lang,
    })
}

/// Summaries of several pages.
pub(crate) fn summaries<'a>(cx: &Cx<'_>, pages: impl IntoIterator<Item = &'a Page>) -> Value {
    Value::from(
        pages
            .into_iter()
            .map(|p| cx.cache.summary(cx, p))
            .collect::<Vec<_>>(),
    )
}

fn image_url(site: &Site, page: &Page) -> Option<String> {
    super::structured_data::lead_image_address(page, |path| site.url(path))
}

/// `page` for the page being rendered. The fields after `section_kind` are only there
/// for some pages (absent, not null, on the others).
#[derive(Serialize)]
struct PageView<'a> {
    kind: &'static str,
    title: &'a str,
    content: &'a str,
    summary: &'a str,
    description: &'a str,
    date: Option<String>,
    updated: Option<String>,
    url: String,
    permalink: String,
    slug: &'a str,
    lang: &'a str,
    tags: Value,
    municipalities: Value,
    event: Value,
    json_ld: serde_json::Value,
    image: Option<String>,
    image_permalink: Option<String>,
    image_alt: &'a Option<String>,
    /// The lead image as social sites are given it (1200 px wide), when lapa processed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    image_og: Option<OgImage>,
    toc: &'a [TocEntry],
    extra: &'a serde_json::Map<String, serde_json::Value>,
    section_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<&'a [serde_json::Value]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pages: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subsections: Option<Vec<SubsectionView<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    upcoming: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    past: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    latest_news: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    upcoming_events: Option<Value>,
    /// Whether the page is easy-to-read (an easy version or the easy-read index).
    easy: bool,
    /// On a page with an easy-to-read version: the way to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    easy_version: Option<PageLink<'a>>,
    /// On an easy-to-read page: the way back to the page it simplifies.
    #[serde(skip_serializing_if = "Option::is_none")]
    easy_of: Option<PageLink<'a>>,
    /// On an easy-to-read page that people checked: who and when.
    #[serde(skip_serializing_if = "Option::is_none")]
    checked: Option<CheckedView<'a>>,
}

/// The Open Graph image: its absolute address and size.
#[derive(Serialize)]
struct OgImage {
    url: String,
    width: u32,
    height: u32,
}

/// A page's Open Graph image, from its processed lead image.
fn og_image(site: &Site, page: &Page) -> Option<OgImage> {
    let image = crate::render::pictures::lead_image(site, page)?;
    let (path, width, height) = image.og_file();
    Some(OgImage {
        url: site.permalink(path),
        width,
        height,
    })
}

/// Another page as a link: its title and address.
#[derive(Serialize)]
struct PageLink<'a> {
    title: &'a str,
    url: String,
}

impl<'a> PageLink<'a> {
    fn new(site: &Site, page: &'a Page) -> Self {
        Self {
            title: &page.title,
            url: site.url(&page.path),
        }
    }
}

/// Who checked an easy-to-read text (`names`, never empty) and when (`on`, ISO).
#[derive(Serialize)]
struct CheckedView<'a> {
    names: &'a [String],
    on: Option<String>,
}

/// A subsection as its section lists it.
#[derive(Serialize)]
struct SubsectionView<'a> {
    title: &'a str,
    url: String,
    summary: &'a str,
}

/// `page` for the page being rendered; for a paginated section, `pager` says which list
/// page.
pub(crate) fn page_view(cx: &Cx<'_>, page: &Page, pager: Option<&Pager>) -> Value {
    let site = cx.site;
    let own = cx.rendered.get(&page.key);
    let kind = match page.kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Page => "page",
        PageKind::List => "taxonomy",
    };
    let description = cx.rendered.description(&page.key);
    let mut view = PageView {
        kind,
        title: &page.title,
        content: &own.html,
        summary: cx.rendered.summary_html(&page.key),
        description: &description,
        date: page.date.map(|d| d.to_iso()),
        updated: page.updated.map(|d| d.to_iso()),
        url: site.url(&page.path),
        permalink: site.permalink(&page.path),
        slug: &page.slug,
        lang: &page.lang,
        tags: super::taxonomies::tag_links(cx, page),
        municipalities: super::taxonomies::municipality_links(cx, page),
        event: super::events::event_view(site, page, cx.i18n),
        json_ld: super::structured_data::json_ld(site, page, &description),
        image: image_url(site, page),
        image_permalink: page
            .about
            .image
            .as_ref()
            .map(|_| super::structured_data::image_permalink(site, page)),
        image_alt: &page.about.image_alt,
        image_og: og_image(site, page),
        toc: &own.toc,
        extra: &page.about.extra,
        section_kind: section_kind(page.section_kind),
        item: page.data_item().map(|item| cx.data.item(&page.lang, item)),
        items: None,
        pages: None,
        subsections: None,
        upcoming: None,
        past: None,
        latest_news: None,
        upcoming_events: None,
        easy: page.key.is_easy(),
        easy_version: site
            .easy_version(page)
            .map(|easy| PageLink::new(site, easy)),
        easy_of: site.easy_of(page).map(|full| PageLink::new(site, full)),
        checked: page
            .easy_facts()
            .filter(|facts| !facts.checked_by.is_empty())
            .map(|facts| CheckedView {
                names: &facts.checked_by,
                on: facts.checked_on.map(|d| d.to_iso()),
            }),
    };
    if page.kind != PageKind::Page && page.section_kind == SectionKind::Data {
        let first = site.pages_of(&page.children).find_map(|c| c.data_item());
        view.items = first
            .and_then(|i| cx.data.list(&page.lang, &i.file, &i.list))
            .map(Vec::as_slice);
    }
    if page.kind != PageKind::Page {
        // An index's list pages share out its terms (`terms`), never pages.
        let shown = match pager {
            Some(p) => page
                .children
                .get(p.range(page, &site.config))
                .unwrap_or_default(),
            None => &page.children[..],
        };
        view.pages = Some(summaries(cx, site.pages_of(shown)));
        view.subsections = Some(
            site.pages_of(&page.subsections)
                .map(|sub| SubsectionView {
                    title: &sub.title,
                    url: site.url(&sub.path),
                    summary: cx.rendered.summary_html(&sub.key),
                })
                .collect(),
        );
    }
    if page.section_kind == SectionKind::Events && page.kind != PageKind::Page {
        let (upcoming, past) = site.split_events(site.pages_of(&page.children));
        view.upcoming = Some(summaries(cx, upcoming));
        view.past = Some(summaries(cx, past));
    }
    if page.kind == PageKind::Home {
        view.latest_news = Some(summaries(cx, site.news(&page.lang).take(HOME_ITEMS)));
        let all = site.pages().filter(|p| p.lang == page.lang);
        let (upcoming, _) = site.split_events(all);
        view.upcoming_events = Some(summaries(cx, upcoming.into_iter().take(HOME_ITEMS)));
    }
    to_value(&view)
}

/// `section_kind` as templates see it: the kind's name in lower case.
fn section_kind(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Pages => "pages",
        SectionKind::News => "news",
        SectionKind::Events => "events",
        SectionKind::Data => "data",
    }
}
