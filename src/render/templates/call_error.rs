//! Why a call of one of lapa's template functions or filters failed (`url()` to a missing
//! file, `t()` with an unknown key, a date filter given no date…), as a value that the
//! error report turns into a diagnostic of its own, whose message and hint are in the
//! reader's language, instead of English text inside a template error. Tera keeps only
//! the text of a function's error, so the value travels as that text: a marker, then the
//! id and arguments as JSON, read back by `find`.

use std::fmt;

/// Starts the text of an error that carries a `CallError`.
const MARKER: &str = "lapa-call:";

/// Every id a call error may have (the diagnostic needs it as a `&'static str`).
const IDS: &[&str] = &[
    "template-data-id-unknown",
    "template-text-missing",
    "template-text-format",
    "template-language-unknown",
    "template-no-language",
    "template-url-not-content",
    "template-url-missing",
    "template-url-draft",
    "template-url-other-language",
    "template-currency-unknown",
    "template-date-format-unknown",
    "template-not-a-date",
    "template-not-a-number",
    "template-picture-unknown",
    "template-picture-loading",
];

/// A failed call: a diagnostic id (`template-url-missing`) and its arguments.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct CallError {
    /// The diagnostic's id; also its Fluent message.
    pub(crate) id: &'static str,
    /// The message's arguments.
    pub(crate) args: Vec<(&'static str, String)>,
}

impl CallError {
    /// A failed call with no arguments yet.
    pub(super) fn new(id: &'static str) -> Self {
        debug_assert!(IDS.contains(&id), "{id} is not in call_error::IDS");
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub(super) fn with(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

impl From<CallError> for tera::Error {
    fn from(call: CallError) -> Self {
        tera::Error::message(call)
    }
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let args: Vec<[&str; 2]> = self.args.iter().map(|(n, v)| [*n, v.as_str()]).collect();
        let json = serde_json::json!({ "id": self.id, "args": args });
        write!(f, "{MARKER}{json}")
    }
}

/// Whether a diagnostic id is one of a failed call's.
pub(super) fn is_call_error(id: &str) -> bool {
    IDS.contains(&id)
}

/// The failed call an error's text carries, if it carries one.
pub(super) fn find(message: &str) -> Option<CallError> {
    let (_, rest) = message.split_once(MARKER)?;
    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<serde_json::Value>();
    let value = values.next()?.ok()?;
    let id = value.get("id")?.as_str()?;
    let id = *IDS.iter().find(|known| **known == id)?;
    let mut call = CallError::new(id);
    for pair in value.get("args")?.as_array()? {
        let name = pair.get(0)?.as_str()?;
        let value = pair.get(1)?.as_str()?;
        // Argument names are the code's own; any other is not from a CallError.
        let name = ARG_NAMES.iter().find(|known| **known == name)?;
        call = call.with(name, value);
    }
    Some(call)
}

/// Every argument name a call error uses.
const ARG_NAMES: &[&str] = &[
    "function", "id", "file", "key", "lang", "details", "path", "target", "explicit", "draft",
    "currency", "format", "filter", "value",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_error_survives_as_text() {
        let call = CallError::new("template-url-other-language")
            .with("path", "@/kontakti.md")
            .with("lang", "en")
            .with("target", "content/kontakti.lv.md \"quoted\"");
        let text = format!("while rendering: {call}");
        assert_eq!(find(&text), Some(call));
        assert_eq!(find("Variable `x` is not defined"), None);
    }
}
