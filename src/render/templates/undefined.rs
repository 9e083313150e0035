//! Tera's two most common rendering errors, a variable or a field that is not defined,
//! read from Tera's English text into lapa's own diagnostics (`template-variable-undefined`,
//! `template-field-undefined`), so that their message and hint are in the reader's
//! language and name what is available.

/// A name a template uses that its context does not have.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Undefined {
    /// The diagnostic's id.
    pub(super) id: &'static str,
    /// The name used.
    pub(super) name: String,
    /// The names available there, comma-separated (empty when Tera lists none).
    pub(super) available: String,
}

/// Reads Tera's "Variable `x` is not defined. Available variables: a, b" or "Field `x` is
/// not defined. Available fields: a, b"; any other text is not this kind of error.
pub(super) fn read(message: &str) -> Option<Undefined> {
    let (id, rest, list) = if let Some(rest) = message.strip_prefix("Variable `") {
        (
            "template-variable-undefined",
            rest,
            " Available variables: ",
        )
    } else if let Some(rest) = message.strip_prefix("Field `") {
        ("template-field-undefined", rest, " Available fields: ")
    } else {
        return None;
    };
    let (name, after) = rest.split_once("` is not defined")?;
    let after = after.strip_prefix('.').unwrap_or(after);
    let available = match after.strip_prefix(list) {
        Some(names) => names.to_string(),
        None if after.is_empty() => String::new(),
        None => return None,
    };
    Some(Undefined {
        id,
        name: name.to_string(),
        available,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tera_texts_are_read() {
        assert_eq!(
            read("Variable `nope` is not defined. Available variables: lang, page"),
            Some(Undefined {
                id: "template-variable-undefined",
                name: "nope".into(),
                available: "lang, page".into()
            })
        );
        assert_eq!(
            read("Field `nothing` is not defined"),
            Some(Undefined {
                id: "template-field-undefined",
                name: "nothing".into(),
                available: String::new()
            })
        );
        assert_eq!(read("Variable `x` exists but its value is undefined"), None);
        assert_eq!(read("Field `x` is not defined, and more"), None);
    }
}
