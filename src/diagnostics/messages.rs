//! lapa's own words, in Latvian and English, from the Fluent files beside this module.
//! They are compiled into the binary: lapa must be able to explain a broken site folder
//! without reading anything from it.

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};

/// The language lapa speaks in its messages (not the site's languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MessageLanguage {
    /// English, the default.
    #[default]
    En,
    /// Latvian.
    Lv,
}

impl MessageLanguage {
    /// From `--lang` or the `LANG` environment variable (`lv_LV.UTF-8` → Latvian).
    pub fn from_code(code: &str) -> Option<Self> {
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
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

const EN: &str = include_str!("messages/en.ftl");
const LV: &str = include_str!("messages/lv.ftl");

impl Messages {
    /// Loads the messages of a language.
    pub fn new(language: MessageLanguage) -> Self {
        let (tag, text) = match language {
            MessageLanguage::En => ("en", EN),
            MessageLanguage::Lv => ("lv", LV),
        };
        let resource =
            FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
        let lang: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        bundle.set_use_isolating(false);
        // Both files are part of lapa and tested to parse; a clash cannot happen.
        let _ = bundle.add_resource(resource);
        Self { bundle }
    }

    /// The text of a message (or of its attribute, `id.attribute`), with arguments.
    /// Returns `None` when there is no such message.
    pub fn get(&self, id: &str, args: &[(&str, String)]) -> Option<String> {
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
            fluent_args.set(*name, value.clone());
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
    }
}
