//! Front-matter dates: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, in Europe/Riga time.

use crate::diagnostics::Diagnostic;
use jiff::civil::{Date, DateTime, Time};
use std::ops::Range;
use std::path::Path;

/// A date as written, with or without a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct PageDate {
    /// The civil date and time (midnight when no time was written).
    pub datetime: DateTime,
    /// Whether a time was written.
    pub has_time: bool,
}

impl PageDate {
    /// As written: `2023-02-03` or `2023-02-03T10:00`.
    pub(crate) fn to_iso(self) -> String {
        if self.has_time {
            self.datetime.strftime("%Y-%m-%dT%H:%M").to_string()
        } else {
            self.datetime.date().to_string()
        }
    }

    /// The calendar date.
    pub(crate) fn date(&self) -> Date {
        self.datetime.date()
    }
}

/// Reads a front-matter date field of a file; a value that is not a date is reported at
/// its key, whose place (`key_span`) is looked up only then.
pub(crate) fn read(
    file: &Path,
    key: &'static str,
    text: &str,
    key_span: impl FnOnce() -> Range<usize>,
    problems: &mut Vec<Diagnostic>,
) -> Option<PageDate> {
    let parsed = parse(text);
    if parsed.is_none() {
        problems.push(
            Diagnostic::error("date-invalid")
                .in_file(file)
                .at(key_span())
                .with("key", key)
                .with("value", text),
        );
    }
    parsed
}

/// Parses a front-matter date; `None` when it is not one of the two forms.
pub(crate) fn parse(text: &str) -> Option<PageDate> {
    let text = text.trim();
    if let Some((d, t)) = text.split_once(['T', ' ']) {
        let date: Date = d.parse().ok()?;
        let time: Time = t.parse().ok()?;
        if t.len() != 5 {
            return None;
        }
        return Some(PageDate {
            datetime: date.to_datetime(time),
            has_time: true,
        });
    }
    if text.len() != 10 {
        return None;
    }
    let date: Date = text.parse().ok()?;
    Some(PageDate {
        datetime: date.to_datetime(Time::midnight()),
        has_time: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_parse_and_others_do_not() {
        assert_eq!(parse("2023-02-03").unwrap().to_iso(), "2023-02-03");
        assert_eq!(
            parse("2023-02-03T09:30").unwrap().to_iso(),
            "2023-02-03T09:30"
        );
        assert!(parse("3.02.2023").is_none());
        assert!(parse("2023-02-30").is_none());
        assert!(parse("2023-02-03T25:00").is_none());
    }
}
