//! One language's view of `data.indicators`: every indicator gets its group's title, its
//! description as HTML, its latest value and percent of target, its municipalities
//! sorted largest first, its chart and its page's URL; groups list their indicators.

use super::chart;
use crate::data::indicators::Indicators;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::model::Site;
use crate::model::outputs::OutputKind;
use crate::render::markdown::{self, Highlighter, Host, Input};
use serde_json::{Value as Json, json};
use std::path::Path;

/// Adds the computed fields to `data.indicators` of one language.
pub(crate) fn enrich(
    view: &mut Json,
    indicators: &Indicators,
    site: &Site,
    i18n: &I18n,
    lang: &str,
    host: &dyn Host,
    problems: &mut Vec<Diagnostic>,
) {
    let highlighter = Highlighter::default();
    let file = site
        .data_file("indicators")
        .map_or(Path::new("content/data/indicators.yaml"), |f| {
            f.path.as_path()
        });
    let Some(list) = view.get_mut("indicators").and_then(Json::as_array_mut) else {
        return;
    };
    // Where each key of the data file is, read once for all the descriptions.
    let located = site
        .data_file("indicators")
        .map(|f| (f, crate::values::yaml::locate::key_offsets(&f.text)));
    for (index, (item, indicator)) in list.iter_mut().zip(&indicators.indicators).enumerate() {
        let Some(map) = item.as_object_mut() else {
            continue;
        };
        // Optional fields are always there, so templates can test and loop without care.
        for key in ["progress", "target_history"] {
            map.entry(key).or_insert_with(|| json!([]));
        }
        for key in ["description", "unit", "currency", "target_source", "source"] {
            map.entry(key).or_insert(Json::Null);
        }
        let group_title = indicators
            .groups
            .iter()
            .find(|g| g.id == indicator.group)
            .and_then(|g| g.title.get(lang));
        map.insert("group_title".into(), json!(group_title));
        let description = indicator
            .description
            .as_ref()
            .and_then(|d| d.get(lang))
            .unwrap_or_default();
        let rendered = markdown::render(
            &Input {
                body: description,
                // Place problems in the description's text (after "lang: " and a quote).
                body_offset: located
                    .as_ref()
                    .and_then(|(f, offsets)| {
                        crate::values::yaml::locate::nearest_offset(
                            offsets,
                            &format!("indicators[{index}].description.{lang}"),
                        )
                        .map(|o| crate::values::yaml::locate::text_start(&f.text, o + lang.len()))
                    })
                    .unwrap_or(0),
                file,
                lang,
                raw_html: false,
                page_url: "",
                page_path: None,
                // Shown above the indicator page's own text, whose ids are unprefixed.
                id_prefix: "description-",
                lead_image: false,
            },
            host,
            &highlighter,
        );
        problems.extend(rendered.problems);
        map.insert("description_html".into(), json!(rendered.html));
        map.insert(
            "latest".into(),
            json!(
                indicator
                    .latest()
                    .map(|p| json!({"date": p.date, "value": number(p.value)}))
            ),
        );
        map.insert("percent".into(), json!(indicator.percent()));
        let mut municipalities: Vec<(String, String, f64)> = indicator
            .by_municipality
            .iter()
            .map(|(id, value)| {
                let name = site
                    .datasets
                    .municipalities
                    .as_ref()
                    .and_then(|m| m.get(id))
                    .and_then(|m| m.name.get(lang))
                    .unwrap_or(id)
                    .to_string();
                (id.clone(), name, *value)
            })
            .collect();
        municipalities.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        map.insert(
            "municipalities".into(),
            Json::from(
                municipalities
                    .into_iter()
                    .map(
                        |(id, name, value)| json!({"id": id, "name": name, "value": number(value)}),
                    )
                    .collect::<Vec<_>>(),
            ),
        );
        let title = indicator.title.get(lang).unwrap_or(&indicator.id);
        let chart = chart::svg(indicator, title, lang, i18n).unwrap_or_else(|problem| {
            problems.push(problem);
            None
        });
        map.insert("chart".into(), json!(chart));
        let page = site
            .get(&crate::model::PageKey::DataItem {
                file: "indicators".into(),
                list: "indicators".into(),
                item: indicator.id.as_str().into(),
                lang: lang.into(),
            })
            .filter(|p| p.data_item().is_some_and(|d| d.index == index));
        map.insert("url".into(), json!(page.map(|p| site.url(&p.path))));
    }
    let enriched: Vec<Json> = list.clone();
    if let Some(map) = view.as_object_mut() {
        let groups: Vec<Json> = indicators
            .groups
            .iter()
            .map(|g| {
                let members: Vec<Json> = enriched
                    .iter()
                    .filter(|i| i.get("group").and_then(Json::as_str) == Some(g.id.as_str()))
                    .cloned()
                    .collect();
                json!({"id": g.id, "title": g.title.get(lang), "indicators": members})
            })
            .collect();
        map.insert("groups".into(), Json::from(groups));
        let url = |kind| site.outputs.path_of(&kind, None).map(|p| site.url(p));
        map.insert("csv_url".into(), json!(url(OutputKind::IndicatorsCsv)));
        map.insert("json_url".into(), json!(url(OutputKind::IndicatorsJson)));
    }
}

/// A figure as JSON: whole numbers without a fraction, so templates print `389`, not `389.0`.
fn number(value: f64) -> Json {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}
