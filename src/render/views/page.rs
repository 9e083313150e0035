//! `page` for the page being rendered, and the summary of a page as other pages list
//! it (sections, home, lists).

use super::Cx;
use crate::model::pagination::Pager;
use crate::model::{Page, PageKind, SectionKind, Site};
use serde_json::{Value, json};

use crate::model::HOME_ITEMS;

/// A page as listed on another page.
pub(super) fn summary_view(cx: &Cx<'_>, page: &Page) -> Value {
    let site = cx.site;
    json!({
        "title": page.title,
        "url": site.url(&page.path),
        "permalink": site.permalink(&page.path),
        "date": page.date.map(|d| d.to_iso()),
        "updated": page.updated.map(|d| d.to_iso()),
        "summary": cx.rendered.summary_html(&page.key),
        "image": image_url(site, page),
        "image_alt": page.about.image_alt,
        "tags": super::taxonomies::tag_links(site, page),
        "municipalities": super::taxonomies::municipality_links(site, page),
        "event": super::events::event_view(site, page, cx.i18n),
        "lang": page.lang,
    })
}

/// Summaries of several pages.
pub(crate) fn summaries<'a>(cx: &Cx<'_>, pages: impl IntoIterator<Item = &'a Page>) -> Value {
    Value::from(
        pages
            .into_iter()
            .map(|p| summary_view(cx, p))
            .collect::<Vec<_>>(),
    )
}

fn image_url(site: &Site, page: &Page) -> Option<String> {
    let image = page.about.image.as_ref()?;
    Some(match image {
        i if i.contains("://") => i.clone(),
        // A path from the site's root lives under the base path too.
        i if i.starts_with('/') => site.url(i.trim_start_matches('/')),
        i => site.url(&format!("{}{}", page.path, i)),
    })
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
    let summary = cx.rendered.summary_html(&page.key);
    let description = cx.rendered.description(&page.key);
    let mut view = json!({
        "kind": kind,
        "title": page.title,
        "content": own.html,
        "summary": summary,
        "description": description,
        "date": page.date.map(|d| d.to_iso()),
        "updated": page.updated.map(|d| d.to_iso()),
        "url": site.url(&page.path),
        "permalink": site.permalink(&page.path),
        "slug": page.slug,
        "lang": page.lang,
        "tags": super::taxonomies::tag_links(site, page),
        "municipalities": super::taxonomies::municipality_links(site, page),
        "event": super::events::event_view(site, page, cx.i18n),
        "json_ld": super::structured_data::json_ld(site, page, &description),
        "image": image_url(site, page),
        "image_permalink": page.about.image.as_ref().map(|_| super::structured_data::image_permalink(site, page)),
        "image_alt": page.about.image_alt,
        "toc": own.toc,
        "extra": page.about.extra,
        "section_kind": format!("{:?}", page.section_kind).to_lowercase(),
    });
    if let Some(item) = page.data_item() {
        view["item"] = cx.data.item(&page.lang, item);
    }
    if page.kind != PageKind::Page && page.section_kind == SectionKind::Data {
        let first = site.pages_of(&page.children).find_map(|c| c.data_item());
        if let Some(list) = first.and_then(|i| cx.data.list(&page.lang, &i.file, &i.list)) {
            view["items"] = Value::from(list.clone());
        }
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
        view["pages"] = summaries(cx, site.pages_of(shown));
        let subsections: Vec<Value> = site
            .pages_of(&page.subsections)
            .map(|sub| {
                json!({"title": sub.title, "url": site.url(&sub.path), "summary": cx.rendered.summary_html(&sub.key)})
            })
            .collect();
        view["subsections"] = Value::from(subsections);
    }
    if page.section_kind == SectionKind::Events && page.kind != PageKind::Page {
        let (upcoming, past) = site.split_events(site.pages_of(&page.children));
        view["upcoming"] = summaries(cx, upcoming);
        view["past"] = summaries(cx, past);
    }
    if page.kind == PageKind::Home {
        view["latest_news"] = summaries(cx, site.news(&page.lang).take(HOME_ITEMS));
        let all = site.pages().filter(|p| p.lang == page.lang);
        let (upcoming, _) = site.split_events(all);
        view["upcoming_events"] = summaries(cx, upcoming.into_iter().take(HOME_ITEMS));
    }
    view
}
