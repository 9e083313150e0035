//! Data files (`content/data/*.yaml`): read once, checked for texts that lack one of the
//! site's languages, and handed to templates as `data.<name>` with every text already in
//! the page's language. Typed schemas for particular files (indicators, contacts…) build
//! on this.

pub(crate) mod accessibility;
mod checks;
pub(crate) mod contacts;
pub(crate) mod indicators;
pub(crate) mod links;
pub(crate) mod municipalities;
mod project;

pub(crate) use checks::at_key;

use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::ids::looks_like_language_code;
use crate::values::yaml::locate;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use yaml_serde::Value as Yaml;

/// The data files with a fixed shape, read and checked.
#[derive(Debug, Clone, Default)]
pub(crate) struct Datasets {
    /// `municipalities.yaml`.
    pub municipalities: Option<municipalities::Municipalities>,
    /// `contacts.yaml`.
    pub contacts: Option<contacts::Contacts>,
    /// `indicators.yaml`.
    pub indicators: Option<indicators::Indicators>,
    /// `accessibility.yaml`: the accessibility statement's facts.
    pub accessibility: Option<accessibility::Statement>,
}

/// Reads the files with a fixed shape among `files`; the others stay untyped.
pub(crate) fn read_datasets(files: &[DataFile]) -> (Datasets, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let file = |name: &str| files.iter().find(|f| f.name == name);
    let municipalities = file("municipalities")
        .and_then(|f| keep(municipalities::Municipalities::read(f), &mut problems));
    let contacts = file("contacts").and_then(|f| {
        keep(
            contacts::Contacts::read(f, municipalities.as_ref()),
            &mut problems,
        )
    });
    let indicators = file("indicators").and_then(|f| {
        keep(
            indicators::Indicators::read(f, municipalities.as_ref()),
            &mut problems,
        )
    });
    let accessibility = file(accessibility::FILE).and_then(|f| {
        keep(
            accessibility::Statement::read(
                f,
                match (file("contacts"), &contacts) {
                    (Some(_), None) => Err(()),
                    (_, found) => Ok(found.as_ref()),
                },
            ),
            &mut problems,
        )
    });
    // `project.yaml` is only checked: templates read it untyped.
    if let Some(f) = file("project") {
        problems.extend(project::check(f));
    }
    (
        Datasets {
            municipalities,
            contacts,
            indicators,
            accessibility,
        },
        problems,
    )
}

fn keep<T>(result: Result<T, Vec<Diagnostic>>, problems: &mut Vec<Diagnostic>) -> Option<T> {
    result.map_err(|found| problems.extend(found)).ok()
}

/// Every data file, per language, as templates see it.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocalizedData {
    by_language: BTreeMap<String, Json>,
}

impl LocalizedData {
    /// `data` for one language: an object with one entry per file.
    pub(crate) fn for_language(&self, lang: &str) -> Json {
        self.by_language
            .get(lang)
            .cloned()
            .unwrap_or(Json::Object(Default::default()))
    }

    /// One value of one language's `data` by JSON pointer (`/project/lead_partner`).
    pub(crate) fn pointer(&self, lang: &str, pointer: &str) -> Option<&Json> {
        self.by_language.get(lang)?.pointer(pointer)
    }
}

/// Checks every text in every data file and produces the per-language views.
pub(crate) fn localize(
    files: &[DataFile],
    languages: &[String],
) -> (LocalizedData, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut by_language: BTreeMap<String, serde_json::Map<String, Json>> = languages
        .iter()
        .map(|l| (l.clone(), Default::default()))
        .collect();
    for file in files {
        let mut problems = Vec::new();
        for lang in languages {
            let value = localize_value(&file.value, lang, languages, "", &mut problems);
            if let Some(map) = by_language.get_mut(lang) {
                map.insert(file.name.clone(), value);
            }
        }
        problems.sort();
        problems.dedup();
        for (path, problem) in problems {
            let offset = locate::offset_of(&file.text, &path).unwrap_or(0);
            let diagnostic = match problem {
                Problem::MissingLanguage(lang) => {
                    Diagnostic::error("data-text-missing-language").with("lang", lang)
                }
                Problem::UnknownLanguage(lang) => {
                    Diagnostic::error("data-text-unknown-language").with("lang", lang)
                }
            };
            diagnostics.push(
                diagnostic
                    .in_file(&file.path)
                    .at(offset..offset)
                    .with("key", path),
            );
        }
    }
    let by_language = by_language
        .into_iter()
        .map(|(l, m)| (l, Json::Object(m)))
        .collect();
    (LocalizedData { by_language }, diagnostics)
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Problem {
    MissingLanguage(String),
    UnknownLanguage(String),
}

/// Whether a map is a per-language text: every key looks like a language code and at
/// least one is a site language.
fn is_text_map(map: &yaml_serde::Mapping, languages: &[String]) -> bool {
    let keys: Vec<Option<&str>> = map.keys().map(Yaml::as_str).collect();
    !keys.is_empty()
        && keys.iter().all(|k| k.is_some_and(looks_like_language_code))
        && keys
            .iter()
            .any(|k| k.is_some_and(|k| languages.iter().any(|l| l == k)))
        && map
            .values()
            .all(|v| matches!(v, Yaml::String(_) | Yaml::Number(_) | Yaml::Null))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn localize_value(
    value: &Yaml,
    lang: &str,
    languages: &[String],
    path: &str,
    problems: &mut Vec<(String, Problem)>,
) -> Json {
    match value {
        Yaml::Null => Json::Null,
        Yaml::Bool(b) => Json::Bool(*b),
        Yaml::Number(n) => {
            if let Some(i) = n.as_i64() {
                Json::from(i)
            } else if let Some(u) = n.as_u64() {
                Json::from(u)
            } else {
                n.as_f64().map_or(Json::Null, Json::from)
            }
        }
        Yaml::String(s) => Json::String(s.clone()),
        Yaml::Sequence(items) => Json::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| localize_value(v, lang, languages, &format!("{path}[{i}]"), problems))
                .collect(),
        ),
        Yaml::Mapping(map) if is_text_map(map, languages) => {
            for key in map.keys().filter_map(Yaml::as_str) {
                if !languages.iter().any(|l| l == key) {
                    problems.push((join(path, key), Problem::UnknownLanguage(key.to_string())));
                }
            }
            for l in languages {
                if !map.contains_key(l.as_str()) {
                    problems.push((path.to_string(), Problem::MissingLanguage(l.clone())));
                }
            }
            match map.get(lang) {
                // A text a visitor reads, in its language's quotes (values::quotes).
                Some(Yaml::String(s)) => Json::String(crate::values::quotes::smarten(s, lang)),
                Some(other) => localize_value(other, lang, languages, path, problems),
                None => Json::Null,
            }
        }
        Yaml::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                let key = match k {
                    Yaml::String(s) => s.clone(),
                    other => yaml_serde::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                let child = match v {
                    // A data item's address may be given per language, and only for
                    // some (`slug: {lv: …}`): the others keep the id.
                    Yaml::Mapping(slugs) if key == "slug" => {
                        for k in slugs.keys().filter_map(Yaml::as_str) {
                            if !languages.iter().any(|l| l == k) {
                                problems.push((
                                    join(&join(path, &key), k),
                                    Problem::UnknownLanguage(k.to_string()),
                                ));
                            }
                        }
                        slugs
                            .get(lang)
                            .and_then(Yaml::as_str)
                            .map_or(Json::Null, |s| Json::String(s.to_string()))
                    }
                    _ => localize_value(v, lang, languages, &join(path, &key), problems),
                };
                out.insert(key, child);
            }
            Json::Object(out)
        }
        Yaml::Tagged(tagged) => localize_value(&tagged.value, lang, languages, path, problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> DataFile {
        DataFile {
            name: "project".into(),
            path: "content/data/project.yaml".into(),
            text: text.into(),
            value: yaml_serde::from_str(text).unwrap(),
        }
    }

    #[test]
    fn texts_resolve_per_language_and_missing_ones_are_reported() {
        let langs = vec!["lv".to_string(), "en".to_string()];
        let text = "name: {lv: Projekts, en: Project}\nitems:\n  - title:\n      lv: Tikai\n";
        let (data, problems) = localize(&[file(text)], &langs);
        assert_eq!(data.for_language("en")["project"]["name"], "Project");
        assert_eq!(
            data.for_language("lv")["project"]["items"][0]["title"],
            "Tikai"
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].arg("key"), Some("items[0].title"));
        assert_eq!(problems[0].arg("lang"), Some("en"));
        assert_eq!(
            &text[problems[0].span.clone().unwrap().start..][..6],
            "title:"
        );
    }
}
