//! schema.org JSON-LD for news (`NewsArticle`) and events (`Event`), and the absolute
//! addresses and times it is written with.

use crate::model::{Page, PageKind, SectionKind, Site};
use serde_json::{Value, json};

/// schema.org JSON-LD for news (`NewsArticle`) and events (`Event`), safe inside `<script>`.
pub(super) fn json_ld(site: &Site, page: &Page, description: &str) -> Value {
    let image = page
        .about
        .image
        .as_ref()
        .map(|_| image_permalink(site, page));
    let value = if let Some(front) = page.event_facts() {
        let event = front.when;
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
pub(crate) fn image_permalink(site: &Site, page: &Page) -> String {
    match &page.about.image {
        Some(image) if image.contains("://") => image.clone(),
        Some(image) if image.starts_with('/') => {
            format!("{}{}", site.config.base_url.trim_end_matches('/'), image)
        }
        Some(image) => site.permalink(&format!("{}{}", page.path, image)),
        None => String::new(),
    }
}

/// A front-matter date as RFC 3339 in Riga time (`2023-02-03T00:00:00+02:00`).
pub(crate) fn rfc3339(date: &crate::values::dates::PageDate) -> String {
    let zoned = date.datetime.to_zoned(crate::options::riga());
    match zoned {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => date.to_iso(),
    }
}
