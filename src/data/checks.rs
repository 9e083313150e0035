//! Shared helpers for the typed data files: reading a file into its schema (a YAML or
//! shape error becomes a diagnostic with the place), and reporting a problem at a key path.

use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::ids::is_valid_id;
use crate::values::yaml::locate;
use crate::values::yaml::yaml_error;
use serde::de::DeserializeOwned;

/// Reads a data file into its schema.
pub(super) fn parse<T: DeserializeOwned>(file: &DataFile) -> Result<T, Diagnostic> {
    yaml_serde::from_str(&file.text).map_err(|e| yaml_error(&file.path, &file.text, 0, &e))
}

/// A problem at a key path of a data file (`indicators[3].target`).
pub(crate) fn at_key(file: &DataFile, id: &'static str, key: &str) -> Diagnostic {
    let offset = locate::offset_of(&file.text, key).unwrap_or(0);
    let last = key
        .rsplit(['.', '['])
        .next()
        .unwrap_or(key)
        .trim_end_matches(']');
    Diagnostic::error(id)
        .in_file(&file.path)
        .at(offset..offset + last.len())
        .with("key", key)
}

/// Checks a list of ids: each valid and unique. `key` gives the key path of item `i`.
pub(super) fn check_ids<'a>(
    file: &DataFile,
    ids: impl Iterator<Item = &'a str>,
    key: impl Fn(usize) -> String,
    problems: &mut Vec<Diagnostic>,
) {
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in ids.enumerate() {
        if !is_valid_id(id) {
            problems.push(at_key(file, "data-bad-id", &key(i)).with("id", id));
        } else if seen.contains(&id) {
            problems.push(at_key(file, "data-duplicate-id", &key(i)).with("id", id));
        }
        seen.push(id);
    }
}

/// The largest figure lapa accepts: far above any budget or head count, and small enough
/// to format and chart exactly.
pub(super) const MAX_AMOUNT: f64 = 1e15;

/// A number that must be zero or more and not absurdly large.
pub(super) fn check_amount(file: &DataFile, value: f64, key: &str, problems: &mut Vec<Diagnostic>) {
    if !value.is_finite() || !(0.0..=MAX_AMOUNT).contains(&value) {
        problems.push(at_key(file, "data-negative", key).with("value", value));
    }
}
