//! Numbers, money, percentages and dates in a language's own conventions, from CLDR data
//! (ICU4X). Nothing here is a hand-written table: separators, symbol placement and month
//! names all come from the compiled CLDR data of the ICU4X crates.

use fixed_decimal::Decimal;
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::{DateTimeFormatter, FixedCalendarDateTimeFormatter};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_locale_core::Locale;
use std::str::FromStr;

use icu_calendar::Gregorian;

/// How long a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateStyle {
    /// `3 February 2023`, `2023. gada 3. februāris`
    Long,
    /// `3 Feb 2023`
    Medium,
    /// `03/02/2023`
    Short,
    /// `Friday, 3 February 2023`
    Weekday,
}

impl FromStr for DateStyle {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "long" => Ok(Self::Long),
            "medium" => Ok(Self::Medium),
            "short" => Ok(Self::Short),
            "weekday" => Ok(Self::Weekday),
            _ => Err(()),
        }
    }
}

/// The formatters of one language, built once per build.
pub(crate) struct Formats {
    locale: Locale,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    date_long: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_medium: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_short: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    time: DateTimeFormatter<icu_datetime::fieldsets::T>,
    compact: icu_decimal::CompactDecimalFormatter,
    collator: icu_collator::CollatorBorrowed<'static>,
}

/// A formatter could not be built for a language: CLDR has no data for it.
#[derive(Debug)]
pub(crate) struct NoLocaleData(pub String);

impl Formats {
    /// Builds the formatters for a BCP 47 locale such as `lv` or `en-GB`.
    pub(crate) fn new(locale: &Locale) -> Result<Self, NoLocaleData> {
        let fail = |e: &dyn std::fmt::Display| NoLocaleData(format!("{locale}: {e}"));
        Ok(Self {
            locale: locale.clone(),
            decimal: DecimalFormatter::try_new(locale.into(), Default::default())
                .map_err(|e| fail(&e))?,
            percent: PercentFormatter::try_new(locale.into(), Default::default())
                .map_err(|e| fail(&e))?,
            date_long: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long())
                .map_err(|e| fail(&e))?,
            date_medium: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::medium())
                .map_err(|e| fail(&e))?,
            date_short: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::short())
                .map_err(|e| fail(&e))?,
            date_weekday: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMDE::long())
                .map_err(|e| fail(&e))?,
            time: DateTimeFormatter::try_new(locale.into(), icu_datetime::fieldsets::T::hm())
                .map_err(|e| fail(&e))?,
            collator: icu_collator::Collator::try_new(locale.into(), Default::default())
                .map_err(|e| fail(&e))?,
            compact: icu_decimal::CompactDecimalFormatter::try_new_short(
                locale.into(),
                Default::default(),
            )
            .map_err(|e| fail(&e))?,
        })
    }

    /// A number with grouping and the locale's decimal separator; `decimals` fixes the
    /// number of fraction digits, otherwise they are shown as needed.
    pub(crate) fn number(&self, value: f64, decimals: Option<u8>) -> String {
        self.decimal
            .format(&to_decimal(value, decimals))
            .to_string()
    }

    /// Compares two texts in the language's alphabetical order (Latvian: L < Ļ < M).
    pub(crate) fn compare(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.collator.compare(a, b)
    }

    /// A short compact number for tight places such as chart axes (`8 milj.`, `8M`).
    pub(crate) fn compact(&self, value: f64) -> String {
        self.compact
            .format(&to_decimal(value.round(), Some(0)))
            .to_string()
    }

    /// An amount of money in a currency (ISO 4217 code, e.g. `EUR`).
    pub(crate) fn money(&self, value: f64, currency: &str) -> Option<String> {
        let code = CurrencyType::try_from_str(currency).ok()?;
        let formatter =
            CurrencyFormatter::try_new_symbol(self.locale.clone().into(), code, Default::default())
                .ok()?;
        Some(
            formatter
                .format_fixed_decimal(&to_decimal(value, Some(2)))
                .to_string(),
        )
    }

    /// A percentage; `value` is already in percent (85 → lv and en `85%`, as CLDR has it).
    pub(crate) fn percent(&self, value: f64, decimals: Option<u8>) -> String {
        let decimal = to_decimal(value, decimals);
        let mut out = String::new();
        let _ = writeable::Writeable::write_to(&self.percent.format(&decimal), &mut out);
        out
    }

    /// A calendar date.
    pub(crate) fn date(&self, date: jiff::civil::Date, style: DateStyle) -> String {
        let Ok(d) =
            Date::try_new_gregorian(date.year() as i32, date.month() as u8, date.day() as u8)
        else {
            return date.to_string();
        };
        match style {
            DateStyle::Long => self.date_long.format(&d).to_string(),
            DateStyle::Medium => self.date_medium.format(&d).to_string(),
            DateStyle::Short => self.date_short.format(&d).to_string(),
            DateStyle::Weekday => self.date_weekday.format(&d).to_string(),
        }
    }

    /// A time of day, hours and minutes.
    pub(crate) fn time(&self, time: jiff::civil::Time) -> String {
        let Ok(t) = Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0) else {
            return time.to_string();
        };
        let dt = DateTime {
            date: Date::try_new_gregorian(2000, 1, 1).expect("a valid constant date"),
            time: t,
        };
        self.time.format(&dt).to_string()
    }
}

fn to_decimal(value: f64, decimals: Option<u8>) -> Decimal {
    let text = match decimals {
        Some(places) => format!("{value:.*}", places as usize),
        None => {
            // Shortest exact representation, without exponent.
            let text = format!("{value}");
            if text.contains('e') {
                format!("{value:.6}")
            } else {
                text
            }
        }
    };
    Decimal::from_str(&text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lv() -> Formats {
        Formats::new(&"lv".parse().unwrap()).unwrap()
    }
    fn en() -> Formats {
        Formats::new(&"en-GB".parse().unwrap()).unwrap()
    }

    #[test]
    fn money_follows_each_locale() {
        assert_eq!(
            lv().money(7596069.0, "EUR").unwrap(),
            "7\u{a0}596\u{a0}069,00\u{a0}€"
        );
        assert_eq!(en().money(7596069.0, "EUR").unwrap(), "€7,596,069.00");
    }

    #[test]
    fn dates_follow_each_locale() {
        let d = jiff::civil::date(2023, 2, 3);
        assert_eq!(lv().date(d, DateStyle::Long), "2023. gada 3. februāris");
        assert_eq!(en().date(d, DateStyle::Long), "3 February 2023");
    }

    #[test]
    fn numbers_and_percent() {
        assert_eq!(lv().number(6456658.53, None), "6\u{a0}456\u{a0}658,53");
        assert_eq!(en().number(1234.5, Some(2)), "1,234.50");
        assert_eq!(lv().percent(85.0, None), "85%");
        assert_eq!(en().percent(85.0, None), "85%");
        assert_eq!(en().compact(8_000_000.0), "8m");
        assert_eq!(lv().compact(8_000_000.0), "8\u{a0}milj.");
        assert_eq!(lv().compact(400.0), "400");
        let mut words = vec!["Sadarbība", "Ļoti", "Ludza", "Šķirne", "Zaļš"];
        words.sort_by(|a, b| lv().compare(a, b));
        assert_eq!(words, ["Ludza", "Ļoti", "Sadarbība", "Šķirne", "Zaļš"]);
    }
}
