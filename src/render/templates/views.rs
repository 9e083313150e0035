//! What templates see: the site, a page, its translations, menu and breadcrumbs, as
//! JSON-like values built from the model and the rendered markdown. Names here are the
//! contract documented in `docs/templates.md`.

use super::listings;
use crate::i18n::I18n;
use crate::load::front_matter::SectionKind;
use crate::model::pagination::Pager;
use crate::model::{Page, PageKind, Site};
use crate::render::data_views::DataViews;
use crate::render::markdown::{Rendered, plain_text, render_inline};
use serde_json::{Value, json};

/// `site` in a language.
pub fn site_view(site: &Site, lang: &str) -> Value {
    let has_events = site
        .pages
        .iter()
        .any(|p| p.lang == lang && p.event.is_some());
    let calendar_url = has_events.then(|| site.url(&listings::calendar_path(site, lang)));
    let list_url = |taxonomy| {
        site.list_page(taxonomy, lang, None)
            .map(|i| site.url(&site.pages[i].path))
    };
    let news_feed_url =
        (!site.news(lang).is_empty()).then(|| site.url(&listings::news_feed_path(lang)));
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
        "calendar_url": calendar_url,
        "news_feed_url": news_feed_url,
        "tags_url": list_url(crate::model::taxonomies::Taxonomy::Tags),
        "municipalities_url": list_url(crate::model::taxonomies::Taxonomy::Municipalities),
    })
}

/// What the page views are built from.
pub struct Cx<'a> {
    /// The model.
    pub site: &'a Site,
    /// Every page's rendered markdown, by page index.
    pub rendered: &'a [Rendered],
    /// Enriched data.
    pub data: &'a DataViews,
    /// Interface texts and formats.
    pub i18n: &'a I18n,
}

/// A page as listed on another page.
pub fn summary_view(cx: &Cx<'_>, index: usize) -> Value {
    let (site, page) = (cx.site, &cx.site.pages[index]);
    json!({
        "title": page.title,
        "url": site.url(&page.path),
        "permalink": site.permalink(&page.path),
        "date": page.date.map(|d| d.to_iso()),
        "updated": page.updated.map(|d| d.to_iso()),
        "summary": summary_html(site, page, &cx.rendered[index]),
        "image": image_url(site, page),
        "image_alt": page.source.front.image_alt,
        "tags": listings::tag_links(site, page),
        "municipalities": listings::municipality_links(site, page),
        "event": listings::event_view(site, page, cx.i18n),
        "lang": page.lang,
    })
}

/// Summaries of several pages.
pub fn summaries(cx: &Cx<'_>, pages: impl IntoIterator<Item = usize>) -> Value {
    Value::from(
        pages
            .into_iter()
            .map(|i| summary_view(cx, i))
            .collect::<Vec<_>>(),
    )
}

fn summary_html(site: &Site, page: &Page, rendered: &Rendered) -> String {
    match &page.source.front.summary {
        Some(s) => render_inline(s, &page.lang, &|link| site.resolve_url(link, &page.lang)),
        None => rendered.first_paragraph.clone(),
    }
}

fn image_url(site: &Site, page: &Page) -> Option<String> {
    let image = page.source.front.image.as_ref()?;
    Some(match image {
        i if i.contains("://") => i.clone(),
        // A path from the site's root lives under the base path too.
        i if i.starts_with('/') => site.url(i.trim_start_matches('/')),
        i => site.url(&format!("{}{}", page.path, i)),
    })
}

/// `page` for the page being rendered; for a paginated section, `pager` says which list
/// page.
pub fn page_view(cx: &Cx<'_>, index: usize, pager: Option<&Pager>) -> Value {
    let (site, page, own) = (cx.site, &cx.site.pages[index], &cx.rendered[index]);
    let kind = match page.kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Page => "page",
        PageKind::List => "taxonomy",
    };
    let summary = summary_html(site, page, own);
    let description = page
        .source
        .front
        .summary
        .clone()
        .map(|s| {
            plain_text(&render_inline(&s, &page.lang, &|link| {
                site.resolve_url(link, &page.lang)
            }))
        })
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
        "tags": listings::tag_links(site, page),
        "municipalities": listings::municipality_links(site, page),
        "event": listings::event_view(site, page, cx.i18n),
        "json_ld": listings::json_ld(site, page, &description),
        "image": image_url(site, page),
        "image_permalink": page.source.front.image.as_ref().map(|_| listings::image_permalink(site, page)),
        "image_alt": page.source.front.image_alt,
        "toc": own.toc,
        "extra": extra,
        "section_kind": format!("{:?}", page.section_kind).to_lowercase(),
    });
    if let Some(item) = &page.data_item {
        view["item"] = cx.data.item(&page.lang, item);
    }
    if page.kind != PageKind::Page && page.section_kind == SectionKind::Data {
        let first = page
            .children
            .iter()
            .find_map(|&c| site.pages[c].data_item.as_ref());
        if let Some(list) = first.and_then(|i| cx.data.list(&page.lang, &i.file, &i.list)) {
            view["items"] = Value::from(list.clone());
        }
    }
    if page.kind != PageKind::Page {
        // An index's list pages share out its terms (`terms`), never pages.
        let shown = match pager {
            Some(p) => page
                .children
                .get(p.range(site))
                .unwrap_or_default()
                .to_vec(),
            None => page.children.clone(),
        };
        view["pages"] = summaries(cx, shown);
        let subsections: Vec<Value> = page
            .subsections
            .iter()
            .map(|&s| {
                let sub = &site.pages[s];
                json!({"title": sub.title, "url": site.url(&sub.path), "summary": summary_html(site, sub, &cx.rendered[s])})
            })
            .collect();
        view["subsections"] = Value::from(subsections);
    }
    if page.section_kind == SectionKind::Events && page.kind != PageKind::Page {
        let (upcoming, past) = site.split_events(page.children.iter().copied());
        view["upcoming"] = summaries(cx, upcoming);
        view["past"] = summaries(cx, past);
    }
    if page.kind == PageKind::Home {
        let news = site.news(&page.lang);
        view["latest_news"] = summaries(cx, news.iter().copied().take(listings::HOME_ITEMS));
        let all = (0..site.pages.len()).filter(|&i| site.pages[i].lang == page.lang);
        let (upcoming, _) = site.split_events(all);
        view["upcoming_events"] = summaries(cx, upcoming.into_iter().take(listings::HOME_ITEMS));
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
    named_menu_view(site, index, "main")
}

/// `menus`: every menu of `site.yaml` by name, like `menu`.
pub fn menus_view(site: &Site, index: usize) -> Value {
    Value::Object(
        site.menus
            .keys()
            .map(|name| (name.clone(), named_menu_view(site, index, name)))
            .collect(),
    )
}

fn named_menu_view(site: &Site, index: usize, name: &str) -> Value {
    let page = &site.pages[index];
    let ancestors = site.ancestors(index);
    let items = site
        .menus
        .get(name)
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
