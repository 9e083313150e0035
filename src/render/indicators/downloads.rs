//! The indicators as downloads: `data/indicators.csv` (UTF-8 with a byte order mark, so
//! spreadsheet programs keep Latvian letters; one row per indicator with both languages'
//! titles) and `data/indicators.json` (the whole file as checked, texts per language).

use super::view::{CSV_PATH, JSON_PATH};
use crate::data::indicators::Indicators;
use crate::render::output::OutputFile;

/// Both downloads.
pub fn render(indicators: &Indicators, languages: &[String]) -> Vec<OutputFile> {
    vec![
        OutputFile::text(CSV_PATH, csv(indicators, languages)),
        OutputFile::text(JSON_PATH, json(indicators)),
    ]
}

fn csv(indicators: &Indicators, languages: &[String]) -> String {
    let mut header: Vec<String> = vec!["id".into(), "group".into()];
    header.extend(languages.iter().map(|l| format!("title_{l}")));
    header.extend(
        [
            "unit",
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
        let mut row = vec![x.id.clone(), x.group.clone()];
        row.extend(
            languages
                .iter()
                .map(|l| x.title.get(l).unwrap_or_default().to_string()),
        );
        row.push(x.unit.clone().unwrap_or_default());
        row.push(x.currency.clone().unwrap_or_default());
        row.push(number(x.target));
        row.push(x.latest().map(|p| p.date.clone()).unwrap_or_default());
        row.push(x.latest().map(|p| number(p.value)).unwrap_or_default());
        row.push(x.percent().map(|p| p.to_string()).unwrap_or_default());
        row.extend(languages.iter().map(|l| {
            x.source
                .as_ref()
                .and_then(|s| s.get(l))
                .unwrap_or_default()
                .to_string()
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
