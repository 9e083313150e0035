//! Tags and municipalities as templates see them: a page's tag and municipality links,
//! and the extra variables of a generated list page (`terms` on an index; `term` and,
//! for municipalities, `news`, `upcoming` and `past` on a term's page; `easy_pages` on
//! the easy-read index).

use super::{Cx, to_value};
use crate::model::Page;
use crate::model::generated::{GeneratedKind, ListInfo};
use crate::model::pagination::Pager;
use serde::Serialize;
use tera::Value;

/// A link to a term's page: `{name, url}`, and `id` for a municipality.
#[derive(Serialize)]
struct TermLink<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    name: &'a str,
    url: String,
}

/// A term as an index lists it (`terms`) or its own page shows it (`term`); `id` and
/// `website` for municipalities only.
#[derive(Serialize)]
struct TermView<'a> {
    name: &'a str,
    url: String,
    count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<Option<&'a str>>,
}

/// `[{name, url}]` for a page's tags.
pub(super) fn tag_links(cx: &Cx<'_>, page: &Page) -> Value {
    let site = cx.site;
    let mut seen = Vec::new();
    let links: Vec<Value> = page
        .about
        .tags
        .iter()
        .filter_map(|tag| {
            let slug = crate::values::slug::slugify(tag);
            if seen.contains(&slug) {
                return None;
            }
            let list = site.list_page(GeneratedKind::Tags, &page.lang, Some(&slug))?;
            seen.push(slug);
            Some(cx.cache.link(site, list, || {
                to_value(&TermLink {
                    id: None,
                    name: &list.title,
                    url: site.url(&list.path),
                })
            }))
        })
        .collect();
    Value::from(links)
}

/// `[{id, name, url}]` for a page's municipalities.
pub(super) fn municipality_links(cx: &Cx<'_>, page: &Page) -> Value {
    let site = cx.site;
    let links: Vec<Value> = page
        .about
        .municipalities
        .iter()
        .filter_map(|id| {
            let list = site.list_page(GeneratedKind::Municipalities, &page.lang, Some(id))?;
            // The term page of `id` has `id` as its term: its link is the same from
            // every page.
            Some(cx.cache.link(site, list, || {
                to_value(&TermLink {
                    id: Some(id),
                    name: &list.title,
                    url: site.url(&list.path),
                })
            }))
        })
        .collect();
    Value::from(links)
}

/// The extra variables of a generated list page: `terms` on an index; `term` and, for
/// municipalities, `news`, `upcoming` and `past` on a term's page. `pager` says which of
/// its list pages (`paginate` in `site.yaml`) is rendered.
pub(crate) fn list_context(
    cx: &Cx<'_>,
    page: &Page,
    list: &ListInfo,
    pager: &Pager,
) -> Vec<(&'static str, Value)> {
    let site = cx.site;
    let term_view = |p: &Page| {
        let municipality = list.kind == GeneratedKind::Municipalities;
        let id = p.list().and_then(|l| l.term.as_deref());
        let website = id.and_then(|id| {
            site.datasets
                .municipalities
                .as_ref()?
                .get(id)?
                .website
                .as_deref()
        });
        to_value(&TermView {
            name: &p.title,
            url: site.url(&p.path),
            count: p.children.len(),
            id: municipality.then_some(id),
            website: municipality.then_some(website),
        })
    };
    // This list page's share of the list, in display order (tags by name, set by the model).
    let shown = site.shown(page, pager);
    if list.kind == GeneratedKind::EasyRead {
        // The easy-read index lists its language's easy pages as pages are listed.
        return vec![("easy_pages", super::summaries(cx, site.pages_of(shown)))];
    }
    match &list.term {
        None => vec![(
            "terms",
            Value::from(site.pages_of(shown).map(term_view).collect::<Vec<_>>()),
        )],
        Some(_) => {
            let mut out = vec![("term", term_view(page))];
            if list.kind == GeneratedKind::Municipalities {
                let news = site.news_among(site.pages_of(shown));
                let (upcoming, past) = site.split_events(site.pages_of(shown));
                out.push(("news", super::summaries(cx, news)));
                out.push(("upcoming", super::summaries(cx, upcoming)));
                out.push(("past", super::summaries(cx, past)));
            }
            out
        }
    }
}
