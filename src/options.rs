//! The run's resolved settings: site folder, output folder, base URL override, drafts,
//! the build's "now" and the language of lapa's messages. Raw flags and environment
//! become these once, in one place.

use crate::diagnostics::{Diagnostic, MessageLanguage};
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use std::path::PathBuf;

/// Settings of a build.
#[derive(Debug, Clone)]
pub(crate) struct BuildOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The output folder.
    pub output: PathBuf,
    /// Overrides `site.yaml`'s base URL.
    pub base_url: Option<String>,
    /// Include drafts.
    pub drafts: bool,
    /// "Now", in Europe/Riga civil time.
    pub now: DateTime,
    /// Worker threads; `None` = one per core.
    pub threads: Option<usize>,
}

/// The project's time zone: front-matter times and "now" are Riga time.
pub(crate) fn riga() -> TimeZone {
    TimeZone::get("Europe/Riga").unwrap_or(TimeZone::UTC)
}

/// Resolves "now": `--now`, else `SOURCE_DATE_EPOCH`, else the clock.
pub(crate) fn resolve_now(
    flag: Option<&str>,
    source_date_epoch: Option<&str>,
) -> Result<DateTime, Diagnostic> {
    if let Some(text) = flag {
        return crate::values::dates::parse(text)
            .map(|d| d.datetime)
            .ok_or_else(|| Diagnostic::error("now-invalid").with("value", text));
    }
    if let Some(epoch) = source_date_epoch {
        let bad = || Diagnostic::error("epoch-invalid").with("value", epoch);
        let seconds: i64 = epoch.trim().parse().map_err(|_| bad())?;
        let ts = jiff::Timestamp::from_second(seconds).map_err(|_| bad())?;
        return Ok(ts.to_zoned(riga()).datetime());
    }
    Ok(jiff::Zoned::now().with_time_zone(riga()).datetime())
}

/// The message language: `--lang`, else `LANG`/`LC_ALL`/`LC_MESSAGES`, else English.
pub(crate) fn message_language(flag: Option<&str>) -> MessageLanguage {
    if let Some(lang) = flag.and_then(MessageLanguage::from_code) {
        return lang;
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(lang) = std::env::var(var)
            .ok()
            .as_deref()
            .filter(|v| !v.is_empty())
            .and_then(MessageLanguage::from_code)
        {
            return lang;
        }
    }
    MessageLanguage::En
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_comes_from_the_flag_then_the_epoch() {
        assert_eq!(
            resolve_now(Some("2024-03-31T02:30"), None)
                .unwrap()
                .to_string(),
            "2024-03-31T02:30:00"
        );
        // 2023-06-01T00:00:00Z is 03:00 in Riga (summer time).
        assert_eq!(
            resolve_now(None, Some("1685577600")).unwrap().to_string(),
            "2023-06-01T03:00:00"
        );
        assert!(resolve_now(Some("yesterday"), None).is_err());
    }
}
