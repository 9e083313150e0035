//! `project.yaml`: the project card's facts. Only what later stages compute with is
//! typed and checked (dates and money); the texts travel as they are to templates.

use super::checks::{self, at_key, check_amount};
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::dates;
use serde::Deserialize;

/// The parts of the file that are checked.
#[derive(Debug, Clone, Deserialize)]
pub struct Project {
    /// The project number.
    pub number: String,
    /// Start and end.
    pub period: Period,
    /// Money.
    pub budget: Budget,
}

/// Start, end and earlier ends.
#[derive(Debug, Clone, Deserialize)]
pub struct Period {
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD`.
    pub end: String,
    /// Earlier planned ends.
    #[serde(default)]
    pub earlier_ends: Vec<EarlierEnd>,
}

/// An earlier planned end date.
#[derive(Debug, Clone, Deserialize)]
pub struct EarlierEnd {
    /// `YYYY-MM-DD`.
    pub end: String,
}

/// The budget.
#[derive(Debug, Clone, Deserialize)]
pub struct Budget {
    /// Total.
    pub total: f64,
    /// European Social Fund amount.
    pub esf: f64,
    /// ESF share in percent.
    pub esf_share: f64,
    /// ISO 4217.
    pub currency: String,
}

impl Project {
    /// Reads and checks the file.
    pub fn read(file: &DataFile) -> Result<Self, Vec<Diagnostic>> {
        let this: Self = checks::parse(file).map_err(|d| vec![d])?;
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
                at_key(file, "data-dates-out-of-order", "period.end")
                    .with("value", &this.period.end),
            );
        }
        if problems.is_empty() {
            Ok(this)
        } else {
            Err(problems)
        }
    }
}
