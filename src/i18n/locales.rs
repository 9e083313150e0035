//! `locales/<lang>/*.ftl` → the site's Fluent bundles. Every file is checked for syntax
//! errors, every message id must be defined once per language, and a message present in
//! one language but missing in another is an error naming both.

use super::{I18n, Language, fluent};
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::load::TextFile;
use icu_locale_core::Locale;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Builds the bundles and formats of every site language.
pub fn load(config: &SiteConfig, files: &[TextFile]) -> Result<I18n, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut languages = Vec::new();
    // lang → message id → (file, offset)
    let mut ids: BTreeMap<String, BTreeMap<String, (PathBuf, usize)>> = BTreeMap::new();
    for language in &config.languages {
        let locale: Locale = match language.locale.parse() {
            Ok(l) => l,
            Err(_) => {
                problems.push(
                    Diagnostic::error("config-bad-locale")
                        .in_file(crate::config::SITE_FILE)
                        .with("locale", &language.locale),
                );
                continue;
            }
        };
        let formats = match super::Formats::new(&locale) {
            Ok(f) => f,
            Err(e) => {
                problems.push(
                    Diagnostic::error("config-bad-locale")
                        .in_file(crate::config::SITE_FILE)
                        .with("locale", e.0),
                );
                continue;
            }
        };
        let mut bundle = fluent::new_bundle(&language.code, &locale);
        let own = ids.entry(language.code.clone()).or_default();
        for file in files.iter().filter(|f| f.name == language.code) {
            let resource = match fluent::parse_resource(&file.text) {
                Ok(r) => r,
                Err(spans) => {
                    for span in spans {
                        problems.push(
                            Diagnostic::error("fluent-syntax")
                                .in_file(&file.file)
                                .at(span),
                        );
                    }
                    continue;
                }
            };
            for (id, offset) in message_ids(&file.text) {
                if let Some((first, _)) = own.get(&id) {
                    problems.push(
                        Diagnostic::error("fluent-duplicate")
                            .in_file(&file.file)
                            .at(offset..offset + id.len())
                            .with("key", &id)
                            .with("first", first.display()),
                    );
                } else {
                    own.insert(id, (file.file.clone(), offset));
                }
            }
            let _ = bundle.add_resource(resource);
        }
        languages.push(Language {
            code: language.code.clone(),
            bundle,
            formats,
        });
    }

    // The same keys in every language.
    for (lang, own) in &ids {
        for (other_lang, other) in &ids {
            if lang == other_lang {
                continue;
            }
            for (id, (file, offset)) in own {
                if !other.contains_key(id) {
                    problems.push(
                        Diagnostic::error("fluent-missing-key")
                            .in_file(file)
                            .at(*offset..offset + id.len())
                            .with("key", id)
                            .with("lang", other_lang)
                            .with("folder", format!("locales/{other_lang}/")),
                    );
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(I18n::new(languages))
    } else {
        Err(problems)
    }
}

/// Message ids with their offsets, read from the syntax tree.
fn message_ids(text: &str) -> Vec<(String, usize)> {
    let Ok(resource) = fluent_syntax::parser::parse(text) else {
        return Vec::new();
    };
    // A message defined twice is found at its first, then its second definition.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let nth = seen.entry(id.clone()).or_default();
                let offset = find_definition(text, &id, *nth).unwrap_or(0);
                *nth += 1;
                Some((id, offset))
            }
            _ => None,
        })
        .collect()
}

/// Where the `nth` (from 0) line starting with `id =` starts.
fn find_definition(text: &str, id: &str, nth: usize) -> Option<usize> {
    let mut offset = 0;
    let mut found = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            if found == nth {
                return Some(offset);
            }
            found += 1;
        }
        offset += line.len();
    }
    None
}
