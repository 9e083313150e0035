//! lapa's own words, in Latvian and English, from the Fluent files beside this module.
//! They are compiled into the binary: lapa must be able to explain a broken site folder
//! without reading anything from it.

use crate::fluent::{Bundle, new_bundle, parse_resource};
use fluent_bundle::{FluentArgs, FluentValue};

/// The language lapa speaks in its messages (not the site's languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum MessageLanguage {
    /// English, the default.
    #[default]
    En,
    /// Latvian.
    Lv,
}

impl MessageLanguage {
    /// From `--lang` or the `LANG` environment variable (`lv_LV.UTF-8` → Latvian).
    pub(crate) fn from_code(code: &str) -> Option<Self> {
        let code = code.to_ascii_lowercase();
        if code.starts_with("lv") {
            Some(Self::Lv)
        } else if code.starts_with("en") || code == "c" || code == "posix" {
            Some(Self::En)
        } else {
            None
        }
    }
}

/// The message bundle of one language.
pub(crate) struct Messages {
    bundle: Bundle,
}

/// The message arguments that are counts.
const COUNTS: &[&str] = &[
    "errors",
    "warnings",
    "pages",
    "files",
    "written",
    "ms",
    "words",
    "sentences",
];

const EN: &str = include_str!("messages/en.ftl");
const LV: &str = include_str!("messages/lv.ftl");

impl Messages {
    /// Loads the messages of a language.
    pub(crate) fn new(language: MessageLanguage) -> Self {
        let (tag, text) = match language {
            MessageLanguage::En => ("en", EN),
            MessageLanguage::Lv => ("lv", LV),
        };
        // The same CLDR plural rules and number formats as the site's own texts.
        let locale = match language {
            MessageLanguage::En => icu_locale_core::locale!("en"),
            MessageLanguage::Lv => icu_locale_core::locale!("lv"),
        };
        let mut bundle = new_bundle(tag, &locale);
        // Both files are part of lapa and tested to parse and to hold the same ids.
        if let Ok(resource) = parse_resource(text) {
            let _ = bundle.add_resource(resource);
        }
        Self { bundle }
    }

    /// The text of a message (or of its attribute, `id.attribute`), with arguments.
    /// Returns `None` when there is no such message.
    pub(crate) fn get(&self, id: &str, args: &[(&str, String)]) -> Option<String> {
        let (id, attribute) = match id.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (id, None),
        };
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // Counts select plural forms, so they go in as numbers; every other value is
            // the user's text and is shown exactly as written.
            match value.parse::<i64>() {
                Ok(n) if COUNTS.contains(name) => fluent_args.set(*name, FluentValue::from(n)),
                _ => fluent_args.set(*name, value.clone()),
            }
        }
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser::parse;

    fn ids(text: &str) -> Vec<String> {
        let resource = parse(text).expect("lapa's own messages parse");
        let mut ids: Vec<String> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        assert_eq!(ids(EN), ids(LV));
        assert!(parse_resource(EN).is_ok() && parse_resource(LV).is_ok());
    }

    #[test]
    fn summaries_use_latvian_plurals() {
        let lv = Messages::new(MessageLanguage::Lv);
        let summary = |e: &str, w: &str| {
            lv.get(
                "summary",
                &[("errors", e.to_string()), ("warnings", w.to_string())],
            )
            .unwrap()
        };
        assert_eq!(summary("1", "0"), "1 kļūda, 0 brīdinājumu");
        assert_eq!(summary("111", "2"), "111 kļūdu, 2 brīdinājumi");
    }
}
