//! Atom feeds (RFC 4287): the news of a language, of each news section, and of each
//! municipality, each holding the newest `feed_limit` items (`site.yaml`, default 20).
//! Ids are the pages' permanent URLs, times RFC 3339 in Riga time; a feed's `updated` is
//! the latest change among the entries it holds, so it changes exactly when they do.

use super::markdown::Rendered;
use super::output::OutputFile;
use super::templates::listings::{feed_path, news_feed_path, rfc3339};
use crate::load::front_matter::SectionKind;
use crate::model::taxonomies::Taxonomy;
use crate::model::{PageKind, Site};
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};

/// Every feed of the site, each with at most `feed_limit` entries.
pub fn render(site: &Site, rendered: &[Rendered], now: &str) -> Vec<OutputFile> {
    let mut files = Vec::new();
    for language in &site.config.languages {
        let lang = &language.code;
        let news = site.news(lang);
        if !news.is_empty() {
            let title = site.config.title.get(lang).unwrap_or_default().to_string();
            files.push(feed(
                site,
                rendered,
                &news_feed_path(lang),
                &title,
                lang,
                news,
                now,
            ));
        }
        for (i, page) in site
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.lang == *lang)
        {
            let is_news_section =
                page.kind == PageKind::Section && page.section_kind == SectionKind::News;
            let is_municipality = page
                .list
                .as_ref()
                .is_some_and(|l| l.taxonomy == Taxonomy::Municipalities && l.term.is_some());
            if is_news_section || is_municipality {
                let items = site.news_among(site.pages[i].children.iter().copied());
                files.push(feed(
                    site,
                    rendered,
                    &feed_path(page),
                    &page.title,
                    lang,
                    &items,
                    now,
                ));
            }
        }
    }
    files
}

fn feed(
    site: &Site,
    rendered: &[Rendered],
    path: &str,
    title: &str,
    lang: &str,
    items: &[usize],
    now: &str,
) -> OutputFile {
    let time = |text: &str| FixedDateTime::parse_from_rfc3339(text).ok();
    // `items` are newest first: the feed holds the first `feed_limit`.
    let entries: Vec<Entry> = items
        .iter()
        .take(site.config.feed_limit)
        .map(|&i| {
            let page = &site.pages[i];
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
            let summary = match &page.source.front.summary {
                Some(s) => super::markdown::render_inline(s, &page.lang, &|link| {
                    site.resolve_permalink(link, &page.lang)
                }),
                None => rendered[i].first_paragraph.clone(),
            };
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
