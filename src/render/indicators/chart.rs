//! An indicator's progress as an inline SVG line chart, drawn by lapa: labelled axes in
//! the locale's number and date formats, a dashed target line with its label, the values
//! as points with their numbers, and a title and description for screen readers
//! (`role="img"`). The same figures are in a table beside it on the page.

use crate::data::indicators::Indicator;
use crate::diagnostics::Diagnostic;
use crate::i18n::{ArgValue, DateStyle, Formats, I18n};
use crate::render::markdown::escape;
use crate::values::dates;
use std::fmt::Write;

// A narrow drawing, so that its text stays readable when a phone scales it down.
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 48.0;

/// The chart, or `Ok(None)` when the indicator has no achieved values. The words come
/// from the interface texts `chart-description` and `chart-target`.
pub(crate) fn svg(
    indicator: &Indicator,
    title: &str,
    lang: &str,
    i18n: &I18n,
) -> Result<Option<String>, Diagnostic> {
    let (Some(first), Some(latest), Some(language)) = (
        indicator.progress.first(),
        indicator.latest(),
        i18n.language(lang),
    ) else {
        return Ok(None);
    };
    let formats = &language.formats;
    let show = |value: f64| match &indicator.currency {
        Some(currency) => formats
            .money(value, currency)
            .unwrap_or_else(|| formats.number(value, None)),
        None => formats.number(value, None),
    };
    let points: Vec<(jiff::civil::Date, f64)> = indicator
        .progress
        .iter()
        .filter_map(|p| Some((dates::parse(&p.date)?.date(), p.value)))
        .collect();
    let day = |d: &jiff::civil::Date| {
        d.to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp().as_second() as f64 / 86400.0)
            .unwrap_or(0.0)
    };
    let (Some(p0), Some(p1)) = (points.first(), points.last()) else {
        return Ok(None);
    };
    let (d0, d1) = (day(&p0.0), day(&p1.0));
    let max_value = points.iter().map(|p| p.1).fold(indicator.target, f64::max);
    let (step, top) = scale(max_value);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x = |d: &jiff::civil::Date| {
        if d1 > d0 {
            LEFT + (day(d) - d0) / (d1 - d0) * plot_w
        } else {
            LEFT + plot_w / 2.0
        }
    };
    let y = |v: f64| TOP + plot_h - v / top * plot_h;

    let short_date = |text: &str| {
        dates::parse(text).map_or_else(
            || text.to_string(),
            |d| formats.date(d.date(), DateStyle::Short),
        )
    };
    let args = [
        ("count".to_string(), ArgValue::Number(points.len() as f64)),
        ("from".to_string(), ArgValue::Text(short_date(&first.date))),
        ("to".to_string(), ArgValue::Text(short_date(&latest.date))),
        ("first".to_string(), ArgValue::Text(show(first.value))),
        ("latest".to_string(), ArgValue::Text(show(latest.value))),
        ("target".to_string(), ArgValue::Text(show(indicator.target))),
    ];
    let text = |key: &str, args: &[(String, ArgValue)]| {
        i18n.text(lang, key, args).map_err(|_| {
            Diagnostic::error("interface-text-missing")
                .with("key", key)
                .with("lang", lang)
        })
    };
    let description = text("chart-description", &args)?;
    let target_label = text(
        "chart-target",
        &[("target".to_string(), ArgValue::Text(show(indicator.target)))],
    )?;

    let id = format!("chart-{}", indicator.id);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&description)
    );
    // Horizontal grid with value labels.
    out.push_str("<g class=\"chart-grid\">");
    let ticks = if top.is_finite() && step > 0.0 {
        (top / step).round() as usize
    } else {
        0
    };
    for n in 0..=ticks {
        let tick = n as f64 * step;
        let _ = write!(
            out,
            "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
            WIDTH - RIGHT,
            y(tick),
            y(tick)
        );
    }
    out.push_str("</g><g class=\"chart-axis\">");
    let _ = write!(
        out,
        "<line x1=\"{LEFT}\" x2=\"{LEFT}\" y1=\"{TOP}\" y2=\"{}\"/>",
        TOP + plot_h
    );
    let _ = write!(
        out,
        "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"/>",
        WIDTH - RIGHT,
        TOP + plot_h,
        TOP + plot_h
    );
    let ticks = if top.is_finite() && step > 0.0 {
        (top / step).round() as usize
    } else {
        0
    };
    for n in 0..=ticks {
        let tick = n as f64 * step;
        let _ = write!(
            out,
            "<text class=\"chart-axis-label\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>",
            LEFT - 8.0,
            y(tick),
            escape(&axis_number(formats, tick, top))
        );
    }
    let every = points.len().div_ceil(4).max(1);
    for (i, (date, _)) in points.iter().enumerate() {
        if i % every == 0 || i + 1 == points.len() {
            let anchor = anchor(i, points.len());
            let _ = write!(
                out,
                "<text class=\"chart-axis-label\" x=\"{:.1}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
                x(date),
                HEIGHT - BOTTOM / 2.0 + 6.0,
                escape(&formats.date(*date, DateStyle::Short))
            );
        }
    }
    out.push_str("</g>");
    // Target line, dashed so it differs from the values without colour.
    let _ = write!(
        out,
        "<line class=\"chart-target\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke-dasharray=\"8 6\"/>\
         <text class=\"chart-target-label\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
        WIDTH - RIGHT,
        y(indicator.target),
        y(indicator.target),
        WIDTH - RIGHT,
        y(indicator.target) - 8.0,
        escape(&target_label)
    );
    let line: Vec<String> = points
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(d), y(*v)))
        .collect();
    let _ = write!(
        out,
        "<polyline class=\"chart-line\" fill=\"none\" points=\"{}\"/>",
        line.join(" ")
    );
    for (i, (date, value)) in points.iter().enumerate() {
        // Values sit below their point, clear of the target line above.
        let anchor = anchor(i, points.len());
        let _ = write!(
            out,
            "<circle class=\"chart-point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\"/>\
             <text class=\"chart-value\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
            x(date),
            y(*value),
            x(date),
            y(*value) + 22.0,
            escape(&show(*value))
        );
    }
    out.push_str("</svg>");
    Ok(Some(out))
}

/// Text at the ends of the x axis grows inwards, so none is cut off.
fn anchor(index: usize, count: usize) -> &'static str {
    match (count > 1, index) {
        (true, 0) => "start",
        (true, i) if i + 1 == count => "end",
        _ => "middle",
    }
}

/// Axis numbers: whole numbers; from 10 000 up in the locale's short compact form
/// (`8 milj.`, `8m`), which fits the margin.
fn axis_number(formats: &Formats, value: f64, top: f64) -> String {
    if top >= 10_000.0 {
        formats.compact(value)
    } else {
        formats.number(value.round(), Some(0))
    }
}

/// A "nice" step (1, 2 or 5 × 10ⁿ) for about four grid lines, and the axis top.
fn scale(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 4.0);
    }
    let raw = max / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    (step, (max / step).ceil() * step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round() {
        assert_eq!(scale(400.0), (100.0, 400.0));
        assert_eq!(scale(389.0), (100.0, 400.0));
        assert_eq!(scale(65.0), (20.0, 80.0));
        assert_eq!(scale(1.0), (1.0, 1.0));
        assert_eq!(scale(7_596_069.0), (2_000_000.0, 8_000_000.0));
    }
}
