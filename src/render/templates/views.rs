//! What templates see: the site, a page, its translations, menu and breadcrumbs, as
//! JSON-like values built from the model and the rendered markdown. Names here are the
//! contract documented in `docs/templates.md`.

use crate::load::front_matter::SectionKind;
use crate::model::{Page, PageKind, Site};
use crate::render::data_views::DataViews;
use crate::render::markdown::{Rendered, plain_text, render_inline};
use serde_json::{Value, json};

/// `site` in a language.
pub fn site_view(site: &Site, lang: &str) -> Value {
    let config = &site.config;
    let languages: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            let url = site
                .home(&l.code)
                .map(|h| site.url(&site.pages[h].path))
                .unwrap_or_else(|| site.url(&format!("{}/", l.code)));
            json!({"code": l.code, "name": l.name, "url": url})
        })
        .collect();
    let titles: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            json!({
                "code": l.code,
                "title": config.title.get(&l.code),
                "description": config.description.as_ref().and_then(|d| d.get(&l.code)),
            })
        })
        .collect();
    json!({
        "title": config.title.get(lang),
        "description": config.description.as_ref().and_then(|d| d.get(lang)),
        "base_url": config.base_url,
        "base_path": config.base_path,
        "languages": languages,
        "default_language": config.default_language,
        "titles": titles,
    })
}

/// A page as listed on another page.
pub fn summary_view(site: &Site, page: &Page, rendered: &Rendered) -> Value {
    json!({
        "title": page.title,
        "url": site.url(&page.path),
        "permalink": site.permalink(&page.path),
        "date": page.date.map(|d| d.to_iso()),
        "updated": page.updated.map(|d| d.to_iso()),
        "summary": summary_html(page, rendered),
        "image": image_url(site, page),
        "image_alt": page.source.front.image_alt,
        "tags": page.source.front.tags,
        "lang": page.lang,
    })
}

fn summary_html(page: &Page, rendered: &Rendered) -> String {
    match &page.source.front.summary {
        Some(s) => render_inline(s, &page.lang),
        None => rendered.first_paragraph.clone(),
    }
}

fn image_url(site: &Site, page: &Page) -> Option<String> {
    let image = page.source.front.image.as_ref()?;
    if image.contains("://") || image.starts_with('/') {
        return Some(image.clone());
    }
    Some(site.url(&format!("{}{}", page.path, image)))
}

/// `page` for the page being rendered.
pub fn page_view(site: &Site, index: usize, rendered: &[Rendered], data: &DataViews) -> Value {
    let page = &site.pages[index];
    let own = &rendered[index];
    let kind = match page.kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Page => "page",
    };
    let summary = summary_html(page, own);
    let description = page
        .source
        .front
        .summary
        .clone()
        .map(|s| plain_text(&render_inline(&s, &page.lang)))
        .unwrap_or_else(|| plain_text(&own.first_paragraph));
    let extra: serde_json::Map<String, Value> = page
        .source
        .front
        .extra
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), serde_json::to_value(v).ok()?)))
        .collect();
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
        "tags": page.source.front.tags,
        "municipalities": page.source.front.municipalities,
        "image": image_url(site, page),
        "image_alt": page.source.front.image_alt,
        "toc": own.toc,
        "extra": extra,
        "section_kind": format!("{:?}", page.section_kind).to_lowercase(),
    });
    if let Some(item) = &page.data_item {
        view["item"] = data.item(&page.lang, item);
    }
    if page.kind != PageKind::Page && page.section_kind == SectionKind::Data {
        let first = page
            .children
            .iter()
            .find_map(|&c| site.pages[c].data_item.as_ref());
        if let Some(list) = first.and_then(|i| data.list(&page.lang, &i.file, &i.list)) {
            view["items"] = Value::from(list.clone());
        }
    }
    if page.kind != PageKind::Page {
        let pages: Vec<Value> = page
            .children
            .iter()
            .map(|&c| summary_view(site, &site.pages[c], &rendered[c]))
            .collect();
        let subsections: Vec<Value> = page
            .subsections
            .iter()
            .map(|&s| {
                let sub = &site.pages[s];
                json!({"title": sub.title, "url": site.url(&sub.path), "summary": summary_html(sub, &rendered[s])})
            })
            .collect();
        view["pages"] = Value::from(pages);
        view["subsections"] = Value::from(subsections);
    }
    view
}

/// `translations`: one entry per site language, for the language switcher.
pub fn translations_view(site: &Site, index: usize) -> Value {
    let page = &site.pages[index];
    let entries: Vec<Value> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let (url, available) = match site.translation(index, &l.code) {
                Some(t) => (site.url(&site.pages[t].path), true),
                None => (site.url(&nearest_in(site, index, &l.code)), false),
            };
            json!({"code": l.code, "name": l.name, "url": url, "available": available, "current": l.code == page.lang})
        })
        .collect();
    Value::from(entries)
}

/// Where to send a reader who wants a page in a language it lacks: the nearest section
/// above that has a translation, else that language's home page.
fn nearest_in(site: &Site, index: usize, lang: &str) -> String {
    for ancestor in site.ancestors(index).into_iter().rev() {
        if let Some(t) = site.translation(ancestor, lang) {
            return site.pages[t].path.clone();
        }
    }
    site.home(lang)
        .map_or_else(|| format!("{lang}/"), |h| site.pages[h].path.clone())
}

/// `alternates`: hreflang links to existing translations plus `x-default`.
pub fn alternates_view(site: &Site, index: usize) -> Value {
    let mut entries: Vec<Value> = site
        .translations(index)
        .iter()
        .map(|&t| json!({"hreflang": site.pages[t].lang, "href": site.permalink(&site.pages[t].path)}))
        .collect();
    entries.push(json!({"hreflang": "x-default", "href": site.config.base_url}));
    Value::from(entries)
}

/// `breadcrumbs`: home down to the parent.
pub fn breadcrumbs_view(site: &Site, index: usize) -> Value {
    Value::from(
        site.ancestors(index)
            .into_iter()
            .map(|a| json!({"title": site.pages[a].title, "url": site.url(&site.pages[a].path)}))
            .collect::<Vec<_>>(),
    )
}

/// `menu`: the main menu in the page's language, the current entry marked.
pub fn menu_view(site: &Site, index: usize) -> Value {
    let page = &site.pages[index];
    let ancestors = site.ancestors(index);
    let items = site
        .menus
        .get("main")
        .and_then(|m| m.get(&page.lang))
        .cloned()
        .unwrap_or_default();
    Value::from(
        items
            .into_iter()
            .map(|item| {
                let current = item.page == Some(index);
                let active = current
                    || item.page.is_some_and(|p| {
                        ancestors.contains(&p) && site.pages[p].kind != PageKind::Home
                    });
                json!({"title": item.title, "url": item.url, "active": active, "current": current})
            })
            .collect::<Vec<_>>(),
    )
}
