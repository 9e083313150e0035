//! An event's facts as templates see them, with its date range written out in the
//! page's language.

use super::to_value;
use crate::i18n::{DateStyle, I18n};
use crate::model::{Page, Site};
use serde::Serialize;
use tera::Value;

/// An event's facts.
#[derive(Serialize)]
struct EventView<'a> {
    start: String,
    end: Option<String>,
    when: String,
    location: Option<LocationView<'a>>,
    online: &'a Option<String>,
    registration: &'a Option<String>,
    ics_url: Option<String>,
    past: bool,
}

/// An event's place.
#[derive(Serialize)]
struct LocationView<'a> {
    name: &'a str,
    address: &'a Option<String>,
}

/// The event facts of an event page, or null.
pub(super) fn event_view(site: &Site, page: &Page, i18n: &I18n) -> Value {
    let Some(front) = page.event_facts() else {
        return Value::none();
    };
    let event = front.when;
    to_value(&EventView {
        start: event.start.to_iso(),
        end: event.end.map(|e| e.to_iso()),
        when: when(&event, &page.lang, i18n),
        location: front.location.as_ref().map(|l| LocationView {
            name: &l.name,
            address: &l.address,
        }),
        online: &front.online,
        registration: &front.registration,
        ics_url: site.outputs.event_calendar(&page.key).map(|p| site.url(p)),
        past: event.is_past(site.now),
    })
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
