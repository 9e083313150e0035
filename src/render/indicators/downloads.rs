//! The indicators as downloads: `data/indicators.csv` (UTF-8 with a byte order mark, so
//! spreadsheet programs keep Latvian letters; one row per indicator with each language's
//! title and unit name; when the figures are illustrative, a first column that says so
//! in each language on every row) and `data/indicators.json` (the whole file as checked,
//! texts per language).

use crate::data::indicators::Indicators;
use crate::i18n::{ArgValue, I18n};
use crate::model::Site;
use crate::model::outputs::{Output, OutputKind};
use crate::render::output::OutputFile;

/// The download an output of the table is: the CSV or the JSON file.
pub(crate) fn render(site: &Site, i18n: &I18n, output: &Output) -> Option<OutputFile> {
    let indicators = site.datasets.indicators.as_ref()?;
    let text = match output.kind {
        OutputKind::IndicatorsCsv => csv(indicators, &site.config.language_codes(), i18n),
        OutputKind::IndicatorsJson => json(indicators),
        _ => return None,
    };
    Some(OutputFile::text(output.path.clone(), text))
}

/// A unit's name in a language, without a number: its Fluent message for a count that
/// is not a number (the message's default variant), e.g. "people", "personas".
fn unit_name(i18n: &I18n, lang: &str, unit: &str) -> String {
    let args = [("count".to_string(), ArgValue::Text(String::new()))];
    i18n.text(lang, unit, &args)
        .map(|t| {
            t.replace(['\u{2068}', '\u{2069}'], "")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

fn csv(indicators: &Indicators, languages: &[String], i18n: &I18n) -> String {
    let mut header: Vec<String> = Vec::new();
    if indicators.illustrative {
        header.extend(languages.iter().map(|l| format!("note_{l}")));
    }
    header.extend(["id".to_string(), "group".to_string()]);
    header.extend(languages.iter().map(|l| format!("title_{l}")));
    header.extend(languages.iter().map(|l| format!("unit_{l}")));
    header.extend(
        [
            "currency",
            "target",
            "latest_date",
            "latest_value",
            "percent",
        ]
        .map(String::from),
    );
    header.extend(languages.iter().map(|l| format!("source_{l}")));
    let mut rows = vec![header];
    for x in &indicators.indicators {
        let mut row: Vec<String> = Vec::new();
        if indicators.illustrative {
            row.extend(languages.iter().map(|l| {
                i18n.text(l, "indicators-illustrative", &[])
                    .unwrap_or_default()
            }));
        }
        row.extend([x.id.clone(), x.group.clone()]);
        row.extend(
            languages
                .iter()
                .map(|l| x.title.read(l).unwrap_or_default()),
        );
        row.extend(languages.iter().map(|l| {
            x.unit
                .as_deref()
                .map(|u| unit_name(i18n, l, u))
                .unwrap_or_default()
        }));
        row.push(x.currency.clone().unwrap_or_default());
        row.push(number(x.target));
        row.push(x.latest().map(|p| p.date.clone()).unwrap_or_default());
        row.push(x.latest().map(|p| number(p.value)).unwrap_or_default());
        row.push(x.percent().map(|p| p.to_string()).unwrap_or_default());
        row.extend(languages.iter().map(|l| {
            x.source
                .as_ref()
                .and_then(|s| s.read(l))
                .unwrap_or_default()
        }));
        rows.push(row);
    }
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A number as data, not as display: a dot for decimals, no grouping.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// RFC 4180 quoting.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn json(indicators: &Indicators) -> String {
    let mut text = serde_json::to_string_pretty(indicators).unwrap_or_default();
    text.push('\n');
    text
}
