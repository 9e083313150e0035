//! The parsed `locales/<lang>/*.ftl` files (from `load`) → the site's Fluent bundles.
//! Every file's syntax errors are reported, every message id must be defined once per
//! language, and a message present in one language but missing in another is an error
//! naming both. A syntax error is one error at its place: the entries around it are
//! kept, and its key is not reported again as missing. The bundles are always built (a
//! missing or broken message stands in as its key, already reported), so the rest of
//! the run can report its own problems.

use super::{I18n, Language};
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::fluent;
use crate::load::LocaleFile;
use icu_locale_core::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Builds the bundles and formats of every site language, with every problem found.
/// `None` when a language has no formats (its locale is unknown): nothing can be shown
/// in it.
pub(crate) fn load(config: &SiteConfig, files: Vec<LocaleFile>) -> (Option<I18n>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut languages = Vec::new();
    let mut usable = true;
    // Languages with at least one .ftl file, and each language's files in load order.
    let with_files: BTreeSet<String> = files.iter().map(|f| f.lang.clone()).collect();
    let mut by_language: BTreeMap<String, Vec<LocaleFile>> = BTreeMap::new();
    for file in files {
        by_language.entry(file.lang.clone()).or_default().push(file);
    }
    // lang → message id → (file, offset)
    let mut ids: BTreeMap<String, BTreeMap<String, (PathBuf, usize)>> = BTreeMap::new();
    // lang → ids of entries with a syntax error (reported as such, not as missing).
    let mut broken: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for language in &config.languages {
        let locale: Locale = match language.locale.parse() {
            Ok(l) => l,
            Err(_) => {
                problems.push(
                    Diagnostic::error("config-bad-locale")
                        .in_file(crate::config::SITE_FILE)
                        .with("locale", &language.locale),
                );
                usable = false;
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
                usable = false;
                continue;
            }
        };
        let mut bundle = fluent::new_bundle(&language.code, &locale);
        let own = ids.entry(language.code.clone()).or_default();
        let own_broken = broken.entry(language.code.clone()).or_default();
        for file in by_language.remove(&language.code).unwrap_or_default() {
            for error in &file.errors {
                let at = file.start + error.at;
                let key = error.key.clone().unwrap_or_default();
                problems.push(
                    Diagnostic::error("fluent-syntax")
                        .in_file(&file.file)
                        .at(at..at + 1)
                        .with("problem", error.problem)
                        .with("key", &key),
                );
                own_broken.extend(error.key.clone());
            }
            for (id, offset) in message_ids(&file.resource, file.fluent_text()) {
                let offset = file.start + offset;
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
            let _ = bundle.add_resource(file.resource);
        }
        languages.push(Language {
            code: language.code.clone(),
            bundle,
            formats,
        });
    }

    // The same keys in every language.
    let mut stand_ins: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (lang, own) in &ids {
        for (other_lang, other) in &ids {
            if lang == other_lang {
                continue;
            }
            let other_broken = broken.get(other_lang);
            // A language without any .ftl file is reported once, as a missing folder.
            let other_has_files = with_files.contains(other_lang);
            for (id, (file, offset)) in own {
                if !other.contains_key(id) {
                    stand_ins.entry(other_lang).or_default().insert(id);
                }
                if other_has_files
                    && !other.contains_key(id)
                    && !other_broken.is_some_and(|b| b.contains(id))
                {
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
    // A message that is missing or broken in a language (reported above) stands in as
    // its key, so that pages can still be rendered to find their own problems.
    for (lang, keys) in &broken {
        stand_ins
            .entry(lang)
            .or_default()
            .extend(keys.iter().map(String::as_str));
    }
    for language in &mut languages {
        let own = ids.get(&language.code);
        let stubs: String = stand_ins
            .get(language.code.as_str())
            .into_iter()
            .flatten()
            .filter(|id| !own.is_some_and(|o| o.contains_key(**id)))
            .map(|id| format!("{id} = {id}\n"))
            .collect();
        if !stubs.is_empty() {
            let (resource, _) = fluent::parse_recovering(&stubs);
            let _ = language.bundle.add_resource(resource);
        }
    }
    (usable.then(|| I18n::new(languages)), problems)
}

/// Message ids with their offsets in `text`.
fn message_ids(resource: &fluent_bundle::FluentResource, text: &str) -> Vec<(String, usize)> {
    // A message defined twice is found at its first, then its second definition.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    resource
        .entries()
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
