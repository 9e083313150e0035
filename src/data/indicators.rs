//! `indicators.yaml`: the project's result indicators in groups, each with a target, its
//! earlier revisions, dated achieved values and an optional breakdown by municipality.
//! Checked here: ids, group and municipality references, numbers, date order.

use super::checks::{self, at_key, check_amount, check_ids};
use super::municipalities::Municipalities;
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::dates;
use crate::values::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Indicators {
    /// The figures are examples; every page showing them must say so.
    #[serde(default)]
    pub illustrative: bool,
    /// When the figures were last checked.
    #[serde(default)]
    updated: Option<String>,
    /// Groups, in display order.
    pub groups: Vec<Group>,
    /// Indicators, in display order.
    pub indicators: Vec<Indicator>,
}

/// A group of indicators.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Group {
    /// Referred to by `indicator.group`.
    pub id: String,
    /// Heading.
    pub title: Text,
}

/// One result indicator.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Indicator {
    /// Identifies it (shortcodes, `@/` links) and is its page's slug by default.
    pub id: String,
    /// Its page's slug: one for every language or one per language (model/data_pages.rs).
    #[serde(default)]
    slug: Option<yaml_serde::Value>,
    /// A group id.
    pub group: String,
    /// Name.
    pub title: Text,
    /// Markdown.
    #[serde(default)]
    pub description: Option<Text>,
    /// A Fluent message taking `$count` (e.g. `unit-persons`).
    #[serde(default)]
    pub unit: Option<String>,
    /// ISO 4217 code when the values are money.
    #[serde(default)]
    pub currency: Option<String>,
    /// The current target.
    pub target: f64,
    /// Where the current target comes from.
    #[serde(default)]
    target_source: Option<Text>,
    /// Earlier targets, oldest first.
    #[serde(default)]
    target_history: Vec<TargetRevision>,
    /// Achieved values, oldest first.
    #[serde(default)]
    pub progress: Vec<Progress>,
    /// Municipality id → value.
    #[serde(default)]
    pub by_municipality: BTreeMap<String, f64>,
    /// The source of the indicator.
    #[serde(default)]
    pub source: Option<Text>,
}

/// An earlier target.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TargetRevision {
    /// The earlier target.
    value: f64,
    /// When it was replaced, if known.
    #[serde(default)]
    until: Option<String>,
    /// Where it was published.
    #[serde(default)]
    source: Option<Text>,
}

/// An achieved value at a date.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Progress {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The value reached by then.
    pub value: f64,
}

impl Indicators {
    /// Reads and checks the file.
    pub(crate) fn read(
        file: &DataFile,
        municipalities: Option<&Municipalities>,
    ) -> Result<Self, Vec<Diagnostic>> {
        let this: Self = checks::parse(file).map_err(|d| vec![d])?;
        let mut problems = Vec::new();
        check_ids(
            file,
            this.groups.iter().map(|g| g.id.as_str()),
            |i| format!("groups[{i}].id"),
            &mut problems,
        );
        check_ids(
            file,
            this.indicators.iter().map(|x| x.id.as_str()),
            |i| format!("indicators[{i}].id"),
            &mut problems,
        );
        if let Some(updated) = &this.updated
            && dates::parse(updated).is_none()
        {
            problems.push(at_key(file, "data-bad-date", "updated").with("value", updated));
        }
        for (i, indicator) in this.indicators.iter().enumerate() {
            let key = |rest: &str| format!("indicators[{i}].{rest}");
            if !this.groups.iter().any(|g| g.id == indicator.group) {
                problems.push(
                    at_key(file, "data-unknown-group", &key("group")).with("id", &indicator.group),
                );
            }
            if indicator.unit.is_none() && indicator.currency.is_none() {
                problems
                    .push(at_key(file, "data-missing-unit", &key("id")).with("id", &indicator.id));
            }
            check_amount(file, indicator.target, &key("target"), &mut problems);
            for (n, revision) in indicator.target_history.iter().enumerate() {
                check_amount(
                    file,
                    revision.value,
                    &key(&format!("target_history[{n}].value")),
                    &mut problems,
                );
                if let Some(until) = &revision.until
                    && dates::parse(until).is_none()
                {
                    problems.push(
                        at_key(
                            file,
                            "data-bad-date",
                            &key(&format!("target_history[{n}].until")),
                        )
                        .with("value", until),
                    );
                }
            }
            let mut previous: Option<jiff::civil::DateTime> = None;
            for (n, entry) in indicator.progress.iter().enumerate() {
                check_amount(
                    file,
                    entry.value,
                    &key(&format!("progress[{n}].value")),
                    &mut problems,
                );
                match dates::parse(&entry.date) {
                    None => problems.push(
                        at_key(file, "data-bad-date", &key(&format!("progress[{n}].date")))
                            .with("value", &entry.date),
                    ),
                    Some(date) => {
                        if previous.is_some_and(|p| p >= date.datetime) {
                            problems.push(
                                at_key(
                                    file,
                                    "data-dates-out-of-order",
                                    &key(&format!("progress[{n}].date")),
                                )
                                .with("value", &entry.date),
                            );
                        }
                        previous = Some(date.datetime);
                    }
                }
            }
            for (id, value) in &indicator.by_municipality {
                let place = key(&format!("by_municipality.{id}"));
                if !municipalities.is_some_and(|m| m.has(id)) {
                    problems.push(at_key(file, "data-unknown-municipality", &place).with("id", id));
                }
                check_amount(file, *value, &place, &mut problems);
            }
        }
        if problems.is_empty() {
            Ok(this)
        } else {
            Err(problems)
        }
    }

    /// The units no language has a Fluent message for: `(key path, unit)`.
    pub(crate) fn units(&self) -> impl Iterator<Item = (String, &str)> {
        self.indicators.iter().enumerate().filter_map(|(i, x)| {
            x.unit
                .as_deref()
                .map(|u| (format!("indicators[{i}].unit"), u))
        })
    }
}

impl Indicator {
    /// The last achieved value.
    pub(crate) fn latest(&self) -> Option<&Progress> {
        self.progress.last()
    }

    /// Latest ÷ target in whole percent, rounded down.
    pub(crate) fn percent(&self) -> Option<u64> {
        let latest = self.latest()?;
        (self.target > 0.0).then(|| (latest.value / self.target * 100.0).floor().max(0.0) as u64)
    }
}
