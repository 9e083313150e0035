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
    lead_image_address(page, |path| site.permalink(path)).unwrap_or_default()
}

/// A page's lead image as an address: another site's as written, a file of the site (in
/// the page's bundle, or from the site's root with `/`) by its output path made into an
/// address by `address` (`Site::url` or `Site::permalink`), escaped like every other.
pub(crate) fn lead_image_address(page: &Page, address: impl Fn(&str) -> String) -> Option<String> {
    let image = page.about.image.as_deref()?;
    if image.contains("://") {
        return Some(image.to_string());
    }
    let path = match image.strip_prefix('/') {
        Some(from_root) => crate::model::percent_decode(from_root.split(['?', '#']).next()?),
        None => crate::model::output_of(&page.path, image)
            .unwrap_or_else(|| format!("{}{image}", page.path)),
    };
    Some(address(&path))
}

/// A front-matter date as RFC 3339 in Riga time (`2023-02-03T00:00:00+02:00`).
pub(crate) fn rfc3339(date: &crate::values::dates::PageDate) -> String {
    let zoned = date.datetime.to_zoned(crate::options::riga());
    match zoned {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => date.to_iso(),
    }
}
