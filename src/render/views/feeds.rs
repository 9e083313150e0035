//! `feeds`: the Atom feeds a page announces: its language's news, its news section's,
//! its municipality's.

use super::to_value;
use crate::i18n::I18n;
use crate::model::generated::GeneratedKind;
use crate::model::{Page, PageKind, SectionKind, Site};
use serde::Serialize;
use tera::Value;

/// A feed a page announces.
#[derive(Serialize)]
struct FeedView<'a> {
    kind: &'static str,
    title: &'a str,
    url: String,
}

/// The Atom feeds a page announces.
pub(crate) fn feeds_view(site: &Site, page: &Page, i18n: &I18n) -> Value {
    let mut feeds = Vec::new();
    let title = |key: &str| {
        i18n.text(&page.lang, key, &[])
            .unwrap_or_else(|_| key.to_string())
    };
    if let Some(path) = site.outputs.news_feed(&page.lang) {
        feeds.push(to_value(&FeedView {
            kind: "news",
            title: &title("feed-news-title"),
            url: site.url(path),
        }));
    }
    let section = if page.kind == PageKind::Page {
        page.parent.as_ref().and_then(|p| site.get(p))
    } else {
        Some(page)
    };
    if let Some(s) =
        section.filter(|s| s.section_kind == SectionKind::News && s.kind != PageKind::List)
        && let Some(path) = site.outputs.feed_of(&s.key)
    {
        feeds.push(to_value(&FeedView {
            kind: "section",
            title: &s.title,
            url: site.url(path),
        }));
    }
    if page
        .list()
        .is_some_and(|l| l.kind == GeneratedKind::Municipalities && l.term.is_some())
        && let Some(path) = site.outputs.feed_of(&page.key)
    {
        feeds.push(to_value(&FeedView {
            kind: "municipality",
            title: &page.title,
            url: site.url(path),
        }));
    }
    Value::from(feeds)
}
