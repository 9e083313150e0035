//! The views of news, events and generated lists: tag and municipality links, an
//! event's facts and its date range in the page's language, pagination, the home page's
//! latest news and upcoming events, the Atom feeds a page announces, and schema.org
//! JSON-LD for news and events.

use crate::i18n::{DateStyle, I18n};
use crate::load::front_matter::SectionKind;
use crate::model::pagination::Pager;
use crate::model::taxonomies::Taxonomy;
use crate::model::{Page, PageKind, Site};
use serde_json::{Value, json};

/// How many items the home page shows of news and of events.
pub const HOME_ITEMS: usize = 5;

/// `[{name, url}]` for a page's tags.
pub fn tag_links(site: &Site, page: &Page) -> Value {
    let mut seen = Vec::new();
    let links: Vec<Value> = page
        .source
        .front
        .tags
        .iter()
        .filter_map(|tag| {
            let slug = crate::values::slug::slugify(tag);
            if seen.contains(&slug) {
                return None;
            }
            let list = site.list_page(Taxonomy::Tags, &page.lang, Some(&slug))?;
            seen.push(slug);
            Some(json!({"name": site.pages[list].title, "url": site.url(&site.pages[list].path)}))
        })
        .collect();
    Value::from(links)
}

/// `[{id, name, url}]` for a page's municipalities.
pub fn municipality_links(site: &Site, page: &Page) -> Value {
    let links: Vec<Value> = page
        .source
        .front
        .municipalities
        .iter()
        .filter_map(|id| {
            let list = site.list_page(Taxonomy::Municipalities, &page.lang, Some(id))?;
            Some(json!({"id": id, "name": site.pages[list].title, "url": site.url(&site.pages[list].path)}))
        })
        .collect();
    Value::from(links)
}

/// The event facts of an event page, or null.
pub fn event_view(site: &Site, page: &Page, i18n: &I18n) -> Value {
    let Some(event) = page.event else {
        return Value::Null;
    };
    let front = &page.source.front;
    json!({
        "start": event.start.to_iso(),
        "end": event.end.map(|e| e.to_iso()),
        "when": when(&event, &page.lang, i18n),
        "location": front.location.as_ref().map(|l| json!({"name": l.name, "address": l.address})),
        "online": front.online,
        "registration": front.registration,
        "ics_url": site.url(&ics_path(page)),
        "past": event.is_past(site.now),
    })
}

/// The `.ics` file of an event page, next to it.
pub fn ics_path(page: &Page) -> String {
    format!("{}{}.ics", page.path, page.slug)
}

/// "14 May 2024, 10:00–12:00", "14 May 2024 – 16 May 2024" or "14 May 2024, 10:00".
fn when(event: &crate::model::events::Event, lang: &str, i18n: &I18n) -> String {
    let Some(f) = i18n.language(lang).map(|l| &l.formats) else {
        return event.start.to_iso();
    };
    let start_day = f.date(event.start.date(), DateStyle::Long);
    let time = |d: &crate::values::dates::PageDate| d.has_time.then(|| f.time(d.datetime.time()));
    match event.end {
        Some(end) if end.date() == event.start.date() => match (time(&event.start), time(&end)) {
            (Some(a), Some(b)) if a != b => format!("{start_day}, {a}–{b}"),
            (Some(a), _) => format!("{start_day}, {a}"),
            _ => start_day,
        },
        Some(end) => {
            let with_time =
                |day: String, t: Option<String>| t.map_or(day.clone(), |t| format!("{day}, {t}"));
            format!(
                "{} – {}",
                with_time(start_day, time(&event.start)),
                with_time(f.date(end.date(), DateStyle::Long), time(&end))
            )
        }
        None => match time(&event.start) {
            Some(t) => format!("{start_day}, {t}"),
            None => start_day,
        },
    }
}

/// `paginator` for one list page of a section.
pub fn paginator_view(site: &Site, pager: &Pager) -> Value {
    let url = |n: usize| site.url(&site.pager_path(pager.section, n));
    let links: Vec<Value> = (1..=pager.total)
        .map(|n| json!({"number": n, "url": url(n), "current": n == pager.number}))
        .collect();
    json!({
        "number": pager.number,
        "total": pager.total,
        "previous_url": (pager.number > 1).then(|| url(pager.number - 1)),
        "next_url": (pager.number < pager.total).then(|| url(pager.number + 1)),
        "first_url": url(1),
        "last_url": url(pager.total),
        "links": links,
    })
}

/// The Atom feeds a page announces: its language's news, its news section's, its
/// municipality's.
pub fn feeds_view(site: &Site, index: usize, i18n: &I18n) -> Value {
    let page = &site.pages[index];
    let mut feeds = Vec::new();
    let title = |key: &str| {
        i18n.text(&page.lang, key, &[])
            .unwrap_or_else(|_| key.to_string())
    };
    if !site.news(&page.lang).is_empty() {
        feeds.push(json!({"kind": "news", "title": title("feed-news-title"), "url": site.url(&news_feed_path(&page.lang))}));
    }
    let section = if page.kind == PageKind::Page {
        page.parent
    } else {
        Some(index)
    };
    if let Some(s) = section.filter(|&s| {
        site.pages[s].section_kind == SectionKind::News && site.pages[s].kind != PageKind::List
    }) {
        feeds.push(
            json!({"kind": "section", "title": site.pages[s].title, "url": site.url(&feed_path(&site.pages[s]))}),
        );
    }
    if page
        .list
        .as_ref()
        .is_some_and(|l| l.taxonomy == Taxonomy::Municipalities && l.term.is_some())
    {
        feeds.push(
            json!({"kind": "municipality", "title": page.title, "url": site.url(&feed_path(page))}),
        );
    }
    Value::from(feeds)
}

/// The language's feed of all news.
pub fn news_feed_path(lang: &str) -> String {
    format!("{lang}/atom.xml")
}

/// A section's or list page's feed, next to it.
pub fn feed_path(page: &Page) -> String {
    format!("{}atom.xml", page.path)
}

/// The language's calendar of all events.
pub fn calendar_path(site: &Site, lang: &str) -> String {
    format!("{lang}/{}.ics", site.config.slug_for("calendar", lang))
}

/// schema.org JSON-LD for news (`NewsArticle`) and events (`Event`), safe inside `<script>`.
pub fn json_ld(site: &Site, page: &Page, description: &str) -> Value {
    let image = page
        .source
        .front
        .image
        .as_ref()
        .map(|_| image_permalink(site, page));
    let value = if let Some(event) = page.event {
        let front = &page.source.front;
        let offline = front
            .location
            .as_ref()
            .map(|l| json!({"@type": "Place", "name": l.name, "address": l.address}));
        let online = front
            .online
            .as_ref()
            .map(|url| json!({"@type": "VirtualLocation", "url": url}));
        let mode = match (&offline, &online) {
            (Some(_), Some(_)) => "https://schema.org/MixedEventAttendanceMode",
            (None, Some(_)) => "https://schema.org/OnlineEventAttendanceMode",
            _ => "https://schema.org/OfflineEventAttendanceMode",
        };
        let location: Vec<Value> = offline.into_iter().chain(online).collect();
        json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "description": description,
            "startDate": rfc3339(&event.start),
            "endDate": event.end.as_ref().map(rfc3339),
            "eventAttendanceMode": mode,
            "eventStatus": "https://schema.org/EventScheduled",
            "location": location,
            "image": image,
            "url": site.permalink(&page.path),
            "inLanguage": page.lang,
        })
    } else if page.section_kind == SectionKind::News
        && page.kind == PageKind::Page
        && page.date.is_some()
    {
        json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.title,
            "description": description,
            "datePublished": page.date.as_ref().map(rfc3339),
            "dateModified": page.updated.or(page.date).as_ref().map(rfc3339),
            "image": image,
            "mainEntityOfPage": site.permalink(&page.path),
            "inLanguage": page.lang,
            // The project's lead partner publishes the site; without project data, the
            // site's own title stands in.
            "publisher": {"@type": "GovernmentOrganization", "name": site
                .data
                .pointer(&page.lang, "/project/lead_partner")
                .and_then(Value::as_str)
                .or_else(|| site.config.title.get(&page.lang))},
        })
    } else {
        return Value::Null;
    };
    let cleaned = drop_nulls(value);
    Value::from(
        serde_json::to_string(&cleaned)
            .unwrap_or_default()
            .replace("</", "<\\/"),
    )
}

fn drop_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, drop_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The absolute URL of a page's lead image.
pub fn image_permalink(site: &Site, page: &Page) -> String {
    match &page.source.front.image {
        Some(image) if image.contains("://") => image.clone(),
        Some(image) if image.starts_with('/') => {
            format!("{}{}", site.config.base_url.trim_end_matches('/'), image)
        }
        Some(image) => site.permalink(&format!("{}{}", page.path, image)),
        None => String::new(),
    }
}

/// A front-matter date as RFC 3339 in Riga time (`2023-02-03T00:00:00+02:00`).
pub fn rfc3339(date: &crate::values::dates::PageDate) -> String {
    let zoned = date.datetime.to_zoned(crate::options::riga());
    match zoned {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => date.to_iso(),
    }
}

/// The extra variables of a generated list page: `terms` on an index; `term` and, for
/// municipalities, `news`, `upcoming` and `past` on a term's page. `pager` says which of
/// its list pages (`paginate` in `site.yaml`) is rendered.
pub fn list_context(
    cx: &super::views::Cx<'_>,
    index: usize,
    list: &crate::model::taxonomies::ListInfo,
    pager: &Pager,
) -> Vec<(&'static str, Value)> {
    let site = cx.site;
    let page = &site.pages[index];
    let term_view = |i: usize| {
        let p = &site.pages[i];
        let mut term =
            json!({"name": p.title, "url": site.url(&p.path), "count": p.children.len()});
        if list.taxonomy == Taxonomy::Municipalities {
            let id = p.list.as_ref().and_then(|l| l.term.clone());
            term["id"] = json!(id);
            let website = id.as_deref().and_then(|id| {
                site.datasets
                    .municipalities
                    .as_ref()?
                    .get(id)?
                    .website
                    .clone()
            });
            term["website"] = json!(website);
        }
        term
    };
    // This list page's share of the list, in display order (tags by name, set by the model).
    let shown = crate::model::pagination::listed(page)
        .get(pager.range(site))
        .unwrap_or_default();
    match &list.term {
        None => vec![(
            "terms",
            Value::from(shown.iter().map(|&t| term_view(t)).collect::<Vec<_>>()),
        )],
        Some(_) => {
            let mut out = vec![("term", term_view(index))];
            if list.taxonomy == Taxonomy::Municipalities {
                let news = site.news_among(shown.iter().copied());
                let (upcoming, past) = site.split_events(shown.iter().copied());
                out.push(("news", super::views::summaries(cx, news)));
                out.push(("upcoming", super::views::summaries(cx, upcoming)));
                out.push(("past", super::views::summaries(cx, past)));
            }
            out
        }
    }
}
