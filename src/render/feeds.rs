//! Atom feeds (RFC 4287): the news of a language, of each news section, and of each
//! municipality, each holding the newest `feed_limit` items (`site.yaml`, default 20).
//! Ids are the pages' permanent URLs, times RFC 3339 in Riga time; a feed's `updated` is
//! the latest change among the entries it holds, so it changes exactly when they do.

use super::markdown_results::MarkdownResults;
use super::output::OutputFile;
use super::views::rfc3339;
use crate::model::outputs::{Output, OutputKind};
use crate::model::{Page, Site};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};

/// The feed an output of the table is: a language's news, or a news section's or a
/// municipality's.
pub(super) fn render(
    site: &Site,
    rendered: &MarkdownResults,
    output: &Output,
) -> Option<OutputFile> {
    let now = site
        .now
        .to_zoned(crate::options::riga())
        .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_default();
    let (title, lang, items) = match (&output.kind, &output.shows) {
        (OutputKind::NewsFeed { lang }, _) => {
            let title = site.config.title.get(lang).unwrap_or_default().to_string();
            (
                title,
                lang.as_str(),
                site.news(lang).collect::<Vec<&Page>>(),
            )
        }
        (OutputKind::PageFeed, Some(key)) => {
            let page = site.get(key)?;
            let items = site.news_among(site.pages_of(&page.children));
            (page.title.clone(), page.lang.as_str(), items)
        }
        _ => return None,
    };
    Some(feed(
        site,
        rendered,
        &output.path,
        &title,
        lang,
        &items,
        &now,
    ))
}

fn feed(
    site: &Site,
    rendered: &MarkdownResults,
    path: &str,
    title: &str,
    lang: &str,
    items: &[&Page],
    now: &str,
) -> OutputFile {
    let time = |text: &str| FixedDateTime::parse_from_rfc3339(text).ok();
    // `items` are newest first: the feed holds the first `feed_limit`.
    let entries: Vec<Entry> = items
        .iter()
        .take(site.config.feed_limit)
        .map(|&page| {
            let published = page.date.as_ref().map(rfc3339);
            let updated = page.updated.or(page.date).as_ref().map(rfc3339);
            let mut entry = Entry::default();
            entry.set_id(site.permalink(&page.path));
            entry.set_title(Text::plain(page.title.clone()));
            entry.set_links(vec![link(&site.permalink(&page.path), "alternate")]);
            if let Some(t) = updated.as_deref().and_then(time) {
                entry.set_updated(t);
            }
            entry.set_published(published.as_deref().and_then(time));
            let summary = rendered.summary_permalink_html(&page.key).to_string();
            if !summary.is_empty() {
                entry.set_summary(Some(Text::html(summary)));
            }
            entry
        })
        .collect();
    let newest = entries.iter().map(|e| *e.updated()).max();
    let mut feed = Feed::default();
    feed.set_id(site.permalink(path));
    feed.set_title(Text::plain(title.to_string()));
    feed.set_lang(Some(lang.to_string()));
    feed.set_links(vec![link(&site.permalink(path), "self")]);
    let mut author = Person::default();
    author.set_name(site.config.title.get(lang).unwrap_or_default().to_string());
    author.set_uri(Some(site.config.base_url.clone()));
    feed.set_authors(vec![author]);
    if let Some(t) = newest.or_else(|| time(now)) {
        feed.set_updated(t);
    }
    feed.set_entries(entries);
    OutputFile::text(path.to_string(), feed.to_string())
}

fn link(href: &str, rel: &str) -> Link {
    let mut link = Link::default();
    link.set_href(href.to_string());
    link.set_rel(rel.to_string());
    link
}
