//! Tags and municipalities: for each language, an index page and a page per term listing
//! the pages that carry it (tags from front matter `tags`, merged when they slugify to
//! the same URL; municipalities from `municipalities.yaml`, one page per partner).
//! These generated pages join the site's pages so that breadcrumbs, translations,
//! the sitemap and URL collisions treat them like any other; they paginate by
//! `site.yaml`'s `paginate` (see `pagination`).

use super::generated::{GeneratedKind, list_page};
use super::{Page, PageKind};
use crate::config::SiteConfig;
use crate::data::municipalities::Municipalities;
use crate::diagnostics::Diagnostic;
use crate::load::front_matter::SectionKind;
use crate::values::slug::slugify;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::PathBuf;

/// Appends the index and term pages of every language. `title` gives the index pages'
/// titles (an interface text, `tags-title` or `municipalities-title`).
pub(crate) fn build(
    pages: &mut Vec<Page>,
    config: &SiteConfig,
    municipalities: Option<&Municipalities>,
    title: &dyn Fn(&str, &str) -> String,
    problems: &mut Vec<Diagnostic>,
) {
    let count = pages.len();
    for language in &config.languages {
        let lang = &language.code;
        let home = (0..count).find(|&i| pages[i].kind == PageKind::Home && pages[i].lang == *lang);

        // Tags: slug → (name, pages).
        let mut tags: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
        // Each spelling with the file and the place it is first written.
        let mut spellings: BTreeMap<String, Vec<(String, PathBuf, Range<usize>)>> = BTreeMap::new();
        for i in (0..count).filter(|&i| pages[i].lang == *lang) {
            for (n, tag) in pages[i].source.front().tags.iter().enumerate() {
                let slug = slugify(tag);
                if slug.is_empty() {
                    let doc = &pages[i].source;
                    problems.push(
                        Diagnostic::error("tag-slug-empty")
                            .in_file(doc.file())
                            .at(doc.key_span(&format!("tags[{n}]")))
                            .with("tag", tag),
                    );
                    continue;
                }
                let entry = tags
                    .entry(slug.clone())
                    .or_insert_with(|| (tag.clone(), Vec::new()));
                // Pages come in order, so a page naming a tag twice is the last one.
                if entry.1.last() != Some(&i) {
                    entry.1.push(i);
                }
                let seen = spellings.entry(slug).or_default();
                if !seen.iter().any(|(s, _, _)| s == tag) {
                    let doc = &pages[i].source;
                    seen.push((
                        tag.clone(),
                        doc.file().to_path_buf(),
                        doc.key_span(&format!("tags[{n}]")),
                    ));
                }
            }
        }
        for (slug, seen) in &spellings {
            if seen.len() > 1 {
                let names: Vec<String> = seen.iter().map(|(s, _, _)| format!("\"{s}\"")).collect();
                problems.push(
                    Diagnostic::warning("tag-spellings-merged")
                        .in_file(&seen[1].1)
                        .at(seen[1].2.clone())
                        .with("spellings", names.join(", "))
                        .with("slug", slug)
                        .with("name", &seen[0].0),
                );
            }
        }
        if !tags.is_empty() {
            let terms = tags
                .into_iter()
                .map(|(slug, (name, members))| (slug, name, members))
                .collect();
            add_lists(
                pages,
                config,
                lang,
                home,
                GeneratedKind::Tags,
                title("tags-title", lang),
                terms,
            );
        }

        if let Some(known) = municipalities {
            // One pass over the pages: id → the pages about it.
            let mut members: HashMap<&str, Vec<usize>> = HashMap::new();
            for i in (0..count).filter(|&i| pages[i].lang == *lang) {
                for id in &pages[i].source.front().municipalities {
                    let list = members.entry(id.as_str()).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            let terms = known
                .municipalities
                .iter()
                .map(|m| {
                    (
                        m.id.clone(),
                        m.name.get(lang).unwrap_or(&m.id).to_string(),
                        members.remove(m.id.as_str()).unwrap_or_default(),
                    )
                })
                .collect();
            add_lists(
                pages,
                config,
                lang,
                home,
                GeneratedKind::Municipalities,
                title("municipalities-title", lang),
                terms,
            );
        }
    }
}

/// Adds an index page and one page per term `(slug, name, member pages)`.
fn add_lists(
    pages: &mut Vec<Page>,
    config: &SiteConfig,
    lang: &str,
    home: Option<usize>,
    kind: GeneratedKind,
    index_title: String,
    terms: Vec<(String, String, Vec<usize>)>,
) {
    let folder = config.slug_for(kind.key(), lang);
    let index_path = format!("{lang}/{folder}/");
    let index = pages.len();
    pages.push(list_page(
        lang,
        &format!("@{}", kind.key()),
        index_path.clone(),
        index_title,
        home.map(|h| pages[h].key.clone()),
        kind,
        None,
        &format!("{}.html", kind.key()),
    ));
    let template = match kind {
        GeneratedKind::Tags => "tag.html",
        GeneratedKind::Municipalities => "municipality.html",
        GeneratedKind::Embeds => super::embed_guides::TEMPLATE,
        GeneratedKind::EasyRead => super::easy_read::INDEX_TEMPLATE,
        GeneratedKind::Search => super::search::TEMPLATE,
    };
    let index_key = pages[index].key.clone();
    for (slug, name, mut members) in terms {
        match kind {
            GeneratedKind::Tags
            | GeneratedKind::Embeds
            | GeneratedKind::EasyRead
            | GeneratedKind::Search => {
                members.sort_by(|&a, &b| super::tree::display_order(&pages[a], &pages[b]));
            }
            // A municipality's page splits its items into news, upcoming and past events:
            // newest first by when they happen, so that its first list page holds what
            // is coming and the latest news, and later ones the older items.
            GeneratedKind::Municipalities => members.sort_by(|&a, &b| {
                let when = |p: &Page| p.date.or(p.event().map(|e| e.start));
                let (a, b) = (&pages[a], &pages[b]);
                (when(a).is_none(), std::cmp::Reverse(when(a)))
                    .cmp(&(when(b).is_none(), std::cmp::Reverse(when(b))))
                    .then_with(|| super::tree::display_order(a, b))
            }),
        }
        let mut page = list_page(
            lang,
            &format!("@{}/{slug}", kind.key()),
            format!("{index_path}{slug}/"),
            name,
            Some(index_key.clone()),
            kind,
            Some(slug),
            template,
        );
        page.children = members.iter().map(|&m| pages[m].key.clone()).collect();
        let term = page.key.clone();
        pages.push(page);
        if let super::PageVariant::List(list) = &mut pages[index].variant {
            list.terms.push(term);
        }
    }
}

impl super::Site {
    /// The news items among `members` (a municipality's or section's pages), newest
    /// first like `Site::news`; without scanning the language's whole news list.
    pub(crate) fn news_among<'a>(
        &'a self,
        members: impl IntoIterator<Item = &'a Page>,
    ) -> Vec<&'a Page> {
        let mut news: Vec<&Page> = members.into_iter().filter(|p| is_news(p)).collect();
        news.sort_by(|a, b| newest_first(a, b));
        news
    }
}

/// Whether a page is a dated news item (listed in `Site::news` and the feeds).
pub(super) fn is_news(page: &Page) -> bool {
    page.kind == PageKind::Page && page.section_kind == SectionKind::News && page.date.is_some()
}

/// The order of news lists and feeds: newest first, then by source id.
pub(super) fn newest_first(a: &Page, b: &Page) -> Ordering {
    b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id))
}

/// Sorts each tag index's terms by name in its language's alphabetical order (`compare`
/// gets the language and two names); run once titles are final.
pub(crate) fn order_terms(pages: &mut [Page], compare: &dyn Fn(&str, &str, &str) -> Ordering) {
    let titles: HashMap<super::PageKey, String> = pages
        .iter()
        .filter(|p| p.list().is_some_and(|l| l.term.is_some()))
        .map(|p| (p.key.clone(), p.title.clone()))
        .collect();
    for page in pages.iter_mut() {
        let lang = page.lang.clone();
        let super::PageVariant::List(list) = &mut page.variant else {
            continue;
        };
        if list.kind != GeneratedKind::Tags || list.term.is_some() {
            continue;
        }
        let title = |k: &super::PageKey| titles.get(k).map_or("", String::as_str);
        list.terms
            .sort_by(|a, b| compare(&lang, title(a), title(b)));
    }
}
