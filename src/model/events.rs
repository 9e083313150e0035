//! Events: pages in `kind: events` sections have a `start` (required) and maybe an
//! `end`, both in Riga time; an event is past once it has ended before the build's "now".

use super::{Page, PageKind};
use crate::diagnostics::Diagnostic;
use crate::load::front_matter::SectionKind;
use crate::values::dates::{self, PageDate};
use jiff::civil::{DateTime, Time};

/// When an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Event {
    /// Start.
    pub start: PageDate,
    /// End, if given.
    pub end: Option<PageDate>,
}

impl Event {
    /// The moment it is over: the end (a date without time: the end of that day), else
    /// the start (the end of that day when no time was given).
    pub(crate) fn over_at(&self) -> DateTime {
        let last = self.end.unwrap_or(self.start);
        if last.has_time {
            last.datetime
        } else {
            last.date().to_datetime(Time::MAX)
        }
    }

    /// Whether it ended before `now`.
    pub(crate) fn is_past(&self, now: DateTime) -> bool {
        self.over_at() < now
    }
}

/// Reads `start` and `end` of every event page.
pub(crate) fn read(pages: &mut [Page], problems: &mut Vec<Diagnostic>) {
    for page in pages
        .iter_mut()
        .filter(|p| p.kind == PageKind::Page && p.section_kind == SectionKind::Events)
    {
        let Some(doc) = page.source.document() else {
            continue;
        };
        let Some(start_text) = &doc.front.start else {
            problems.push(
                Diagnostic::error("event-missing-start")
                    .in_file(&doc.file)
                    .at(doc.key_span("title")),
            );
            continue;
        };
        let Some(start) = dates::read(
            &doc.file,
            "start",
            start_text,
            || doc.key_span("start"),
            problems,
        ) else {
            continue;
        };
        let end = match &doc.front.end {
            Some(text) => {
                match dates::read(&doc.file, "end", text, || doc.key_span("end"), problems) {
                    Some(end) => Some(end),
                    None => continue,
                }
            }
            None => None,
        };
        let event = Event { start, end };
        if end.is_some_and(|e| e.datetime < start.datetime) {
            problems.push(
                Diagnostic::error("event-end-before-start")
                    .in_file(&doc.file)
                    .at(doc.key_span("end"))
                    .with("start", start.to_iso())
                    .with("end", end.map(|e| e.to_iso()).unwrap_or_default()),
            );
            continue;
        }
        page.variant = super::PageVariant::Event(super::EventFacts {
            when: event,
            location: filled_location(doc.front.location.as_ref()),
            online: filled(doc.front.online.as_deref()),
            registration: filled(doc.front.registration.as_deref()),
        });
    }
}

/// A text field left empty (`online: ""`, as `lapa new` writes it) is not there.
fn filled(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// A location with an empty name and address is no location; one with only an address
/// is named by it.
fn filled_location(
    location: Option<&crate::load::front_matter::Location>,
) -> Option<crate::load::front_matter::Location> {
    let location = location?;
    let address = filled(location.address.as_deref());
    match filled(Some(&location.name)) {
        Some(name) => Some(crate::load::front_matter::Location { name, address }),
        None => address.map(|name| crate::load::front_matter::Location {
            name,
            address: None,
        }),
    }
}

/// The versions of one event in different languages share a calendar UID, so they must
/// share its times: a `start` or `end` that differs is reported in each later version,
/// naming the first version's file and line.
pub(crate) fn check_translations(
    pages: &[Page],
    by_pair: &std::collections::HashMap<String, Vec<usize>>,
    problems: &mut Vec<Diagnostic>,
) {
    let mut groups: Vec<&Vec<usize>> = by_pair.values().collect();
    groups.sort();
    for group in groups {
        let mut versions = group
            .iter()
            .filter_map(|&i| Some((&pages[i], pages[i].event()?)));
        let Some((first, first_event)) = versions.next() else {
            continue;
        };
        for (page, event) in versions {
            let field = if event.start != first_event.start {
                "start"
            } else if event.end != first_event.end {
                "end"
            } else {
                continue;
            };
            let value = |e: &Event| match field {
                "start" => e.start.to_iso(),
                _ => e.end.map_or_else(|| "–".to_string(), |d| d.to_iso()),
            };
            let line = |doc: &crate::load::Document| {
                let key = if doc.front.end.is_none() && field == "end" {
                    "start"
                } else {
                    field
                };
                let at = doc.key_span(key).start;
                doc.text
                    .get(..at)
                    .map_or(1, |t| t.matches('\n').count() + 1)
            };
            let span = if field == "end" && page.source.front().end.is_none() {
                page.source.key_span("start")
            } else {
                page.source.key_span(field)
            };
            problems.push(
                Diagnostic::error("event-times-differ")
                    .in_file(page.source.file())
                    .at(span)
                    .with("field", field)
                    .with("value", value(&event))
                    .with(
                        "other",
                        format!(
                            "{}:{}",
                            super::paths::path_text(first.source.file()),
                            first.source.document().map_or(1, line)
                        ),
                    )
                    .with("other_value", value(&first_event)),
            );
        }
    }
}
