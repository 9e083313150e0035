//! iCalendar (RFC 5545) files: one `.ics` per event, next to its page, and one calendar
//! of all events per language. Times are local Riga times with a `VTIMEZONE` for
//! Europe/Riga, so calendar apps place them right on both sides of a daylight-saving
//! change; each event's UID is derived from its pair key, so it is the same in every
//! language and every build, and apps update an event instead of duplicating it.

use super::markdown_results::MarkdownResults;
use super::output::OutputFile;
use crate::model::outputs::{Output, OutputKind};
use crate::model::{Page, Site};
use crate::values::dates::PageDate;
use ics::parameters;
use ics::properties::{Description, DtEnd, DtStart, Location, Name, RRule, Summary, TzName, URL};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone};

const TZID: &str = "Europe/Riga";

/// The calendar an output of the table is: one event's, or a language's of all events.
pub(super) fn render(
    site: &Site,
    markdown: &MarkdownResults,
    output: &Output,
) -> Option<OutputFile> {
    let (lang, events): (&str, Vec<&Page>) = match (&output.kind, &output.shows) {
        (OutputKind::Calendar { lang }, _) => (
            lang,
            site.pages()
                .filter(|p| p.lang == *lang && p.event().is_some())
                .collect(),
        ),
        (OutputKind::EventCalendar, Some(key)) => {
            let page = site.get(key)?;
            (&page.lang, vec![page])
        }
        _ => return None,
    };
    let title = site.config.title.get(lang).unwrap_or_default();
    let mut file = calendar(title);
    for page in events {
        if let Some(facts) = page.event_facts() {
            file.add_event(event(site, markdown, page, facts));
        }
    }
    Some(OutputFile::text(output.path.clone(), file.to_string()))
}

fn calendar(title: &str) -> ICalendar<'static> {
    let mut calendar = ICalendar::new("2.0", "-//lapa//Latgale DI//LV");
    calendar.push(Name::new(escape(title)));
    calendar.push(ics::properties::CalScale::new("GREGORIAN"));
    calendar.add_timezone(riga());
    calendar
}

/// Europe/Riga since 2000: EET (+02:00) and, from the last Sunday of March 03:00 to
/// the last Sunday of October 04:00, EEST (+03:00).
fn riga() -> TimeZone<'static> {
    let mut standard = Standard::new("19701025T040000", "+0300", "+0200");
    standard.push(RRule::new("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    standard.push(TzName::new("EET"));
    let mut daylight = Daylight::new("19700329T030000", "+0200", "+0300");
    daylight.push(RRule::new("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    daylight.push(TzName::new("EEST"));
    let mut zone = TimeZone::standard(TZID, standard);
    zone.add_daylight(daylight);
    zone
}

fn event(
    site: &Site,
    markdown: &MarkdownResults,
    page: &Page,
    facts: &crate::model::EventFacts,
) -> Event<'static> {
    let when = &facts.when;
    let mut event = Event::new(uid(site, page), stamp(page, site.now));
    event.push(Summary::new(escape(&page.title)));
    let (start, end) = match (when.start.has_time, when.end) {
        (true, Some(end)) if end.has_time => (local(&when.start), local(&end)),
        // A timed start with a date-only end runs to the end of that day.
        (true, Some(end)) => {
            let after = end.date().tomorrow().unwrap_or(end.date());
            (
                local(&when.start),
                local(&PageDate {
                    datetime: after.to_datetime(jiff::civil::Time::midnight()),
                    has_time: true,
                }),
            )
        }
        (true, None) => (
            local(&when.start),
            local(&PageDate {
                // An event without an end is shown as an hour long (the last hour of
                // the calendar stays as it is rather than overflow).
                datetime: when
                    .start
                    .datetime
                    .checked_add(jiff::Span::new().hours(1))
                    .unwrap_or(when.start.datetime),
                has_time: true,
            }),
        ),
        (false, end) => {
            // All-day events: DTEND is the day after the last day.
            let last = end.map_or(when.start.date(), |e| e.date());
            let after = last.tomorrow().unwrap_or(last);
            (date_value(when.start.date()), date_value(after))
        }
    };
    let mut dtstart = DtStart::new(start.0);
    dtstart.append(start.1);
    event.push(dtstart);
    let mut dtend = DtEnd::new(end.0);
    dtend.append(end.1);
    event.push(dtend);
    let front = facts;
    let place = match (&front.location, &front.online) {
        (Some(l), _) => Some(match &l.address {
            Some(address) => format!("{}, {address}", l.name),
            None => l.name.clone(),
        }),
        (None, Some(online)) => Some(online.clone()),
        (None, None) => None,
    };
    if let Some(place) = place {
        event.push(Location::new(escape(&place)));
    }
    if let Some(summary) = markdown.summary(&page.key) {
        // The summary as a visitor reads it: markdown rendered, quotes in the page's
        // language, then the plain text.
        event.push(Description::new(escape(&super::markdown::plain_text(
            &summary.permalink_html,
        ))));
    }
    event.push(URL::new(site.permalink(&page.path)));
    event
}

/// DTSTAMP: when the event's information was last revised (RFC 5545, 3.8.7.2, for a
/// calendar without METHOD), which is what the page says: its `updated`, else its
/// `date`. Never after the build's "now" and never the clock, so that the same inputs
/// and `--now` give the same bytes and an unchanged event keeps its file; without a
/// usable date, a fixed moment in the past (1970-01-01T00:00:00Z).
fn stamp(page: &Page, now: jiff::civil::DateTime) -> String {
    [page.updated, page.date]
        .into_iter()
        .flatten()
        .find(|d| d.datetime <= now)
        .map_or_else(|| "19700101T000000Z".to_string(), |d| utc(&d))
}

/// Stable across builds and languages: the pair key and the site's host.
fn uid(site: &Site, page: &Page) -> String {
    let host = site
        .config
        .base_url
        .split("://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or("lapa");
    let key = crate::values::slug::slugify(&page.pair_key);
    format!("{key}@{host}")
}

type Value = (String, ics::components::Parameters<'static>);

fn local(date: &PageDate) -> Value {
    (
        date.datetime.strftime("%Y%m%dT%H%M%S").to_string(),
        parameters!("TZID" => TZID),
    )
}

fn date_value(date: jiff::civil::Date) -> Value {
    (
        date.strftime("%Y%m%d").to_string(),
        parameters!("VALUE" => "DATE"),
    )
}

fn utc(date: &PageDate) -> String {
    date.datetime
        .to_zoned(crate::options::riga())
        .map(|z| z.timestamp().strftime("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_else(|_| date.datetime.strftime("%Y%m%dT%H%M%SZ").to_string())
}

/// RFC 5545 TEXT escaping.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}
