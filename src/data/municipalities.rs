//! `municipalities.yaml`: the partner municipalities; their ids are what front matter's
//! `municipalities` and the other data files refer to.

use super::checks::{self, check_ids};
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::text::Text;
use serde::Deserialize;

/// The file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Municipalities {
    /// The partners.
    pub municipalities: Vec<Municipality>,
}

/// One partner municipality.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Municipality {
    /// Used in front matter.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Its website.
    #[serde(default)]
    pub website: Option<String>,
}

impl Municipalities {
    /// Reads and checks the file.
    pub(crate) fn read(file: &DataFile) -> Result<Self, Vec<Diagnostic>> {
        let this: Self = checks::parse(file).map_err(|d| vec![d])?;
        let mut problems = Vec::new();
        check_ids(
            file,
            this.municipalities.iter().map(|m| m.id.as_str()),
            |i| format!("municipalities[{i}].id"),
            &mut problems,
        );
        if problems.is_empty() {
            Ok(this)
        } else {
            Err(problems)
        }
    }

    /// A municipality by id.
    pub(crate) fn get(&self, id: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.id == id)
    }

    /// Whether an id exists.
    pub(crate) fn has(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}
