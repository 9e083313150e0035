//! Events: pages in `kind: events` sections have a `start` (required) and maybe an
//! `end`, both in Riga time; an event is past once it has ended before the build's "now".

use super::dates::{self, PageDate};
use super::{Page, PageKind};
use crate::diagnostics::Diagnostic;
use crate::load::front_matter::SectionKind;
use jiff::civil::{DateTime, Time};

/// When an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// Start.
    pub start: PageDate,
    /// End, if given.
    pub end: Option<PageDate>,
}

impl Event {
    /// The moment it is over: the end (a date without time: the end of that day), else
    /// the start (the end of that day when no time was given).
    pub fn over_at(&self) -> DateTime {
        let last = self.end.unwrap_or(self.start);
        if last.has_time {
            last.datetime
        } else {
            last.date().to_datetime(Time::MAX)
        }
    }

    /// Whether it ended before `now`.
    pub fn is_past(&self, now: DateTime) -> bool {
        self.over_at() < now
    }
}

/// Reads `start` and `end` of every event page.
pub fn read(pages: &mut [Page], problems: &mut Vec<Diagnostic>) {
    for page in pages
        .iter_mut()
        .filter(|p| p.kind == PageKind::Page && p.section_kind == SectionKind::Events)
    {
        let doc = &page.source;
        let Some(start_text) = &doc.front.start else {
            problems.push(
                Diagnostic::error("event-missing-start")
                    .in_file(&doc.file)
                    .at(doc.key_span("title")),
            );
            continue;
        };
        let Some(start) = dates::read(doc, "start", start_text, problems) else {
            continue;
        };
        let end = match &doc.front.end {
            Some(text) => match dates::read(doc, "end", text, problems) {
                Some(end) => Some(end),
                None => continue,
            },
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
        page.event = Some(event);
    }
}
