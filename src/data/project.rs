//! `project.yaml`: the project card's facts. Templates read the file as it is (`data.
//! project`); this only checks what they compute with and show as figures: the number and
//! currency are texts, the dates are dates in order, the amounts are money.

use super::checks::{self, at_key, check_amount};
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::dates;
use serde::Deserialize;

/// The parts of the file that are checked.
#[derive(Deserialize)]
struct Project {
    /// The project number (the footer shows it): only checked to be there, as text.
    #[serde(rename = "number")]
    _number: String,
    /// Start and end.
    period: Period,
    /// Money.
    budget: Budget,
}

/// Start, end and earlier ends.
#[derive(Deserialize)]
struct Period {
    /// `YYYY-MM-DD`.
    start: String,
    /// `YYYY-MM-DD`.
    end: String,
    /// Earlier planned ends.
    #[serde(default)]
    earlier_ends: Vec<EarlierEnd>,
}

/// An earlier planned end date.
#[derive(Deserialize)]
struct EarlierEnd {
    /// `YYYY-MM-DD`.
    end: String,
}

/// The budget.
#[derive(Deserialize)]
struct Budget {
    /// Total.
    total: f64,
    /// European Social Fund amount.
    esf: f64,
    /// ESF share in percent.
    esf_share: f64,
    /// ISO 4217: only checked to be there, as text.
    #[serde(rename = "currency")]
    _currency: String,
}

/// Checks the file; what it finds wrong, or nothing.
pub(crate) fn check(file: &DataFile) -> Vec<Diagnostic> {
    let this: Project = match checks::parse(file) {
        Ok(this) => this,
        Err(problem) => return vec![problem],
    };
    let mut problems = Vec::new();
    let mut date = |value: &str, key: &str| {
        if dates::parse(value).is_none() {
            problems.push(at_key(file, "data-bad-date", key).with("value", value));
        }
    };
    date(&this.period.start, "period.start");
    date(&this.period.end, "period.end");
    for (i, earlier) in this.period.earlier_ends.iter().enumerate() {
        date(&earlier.end, &format!("period.earlier_ends[{i}].end"));
    }
    check_amount(file, this.budget.total, "budget.total", &mut problems);
    check_amount(file, this.budget.esf, "budget.esf", &mut problems);
    check_amount(
        file,
        this.budget.esf_share,
        "budget.esf_share",
        &mut problems,
    );
    if this.period.start > this.period.end {
        problems.push(
            at_key(file, "data-dates-out-of-order", "period.end").with("value", &this.period.end),
        );
    }
    problems
}
