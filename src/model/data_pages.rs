//! Pages from data: a section whose `_index` says `kind: data` and `data: <file>` gets
//! one page per item of a list in that file, in every language the section has. The
//! slug is the item's `slug` (one for all languages or `{lv: …, en: …}`), else its `id`;
//! the title its `title`; the page's source id (for `@/` links) and translation pairing
//! use the id. Nothing here knows what the items are.

use super::{DataItem, Page, PageKind};
use crate::data::at_key;
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::load::front_matter::{FrontMatter, SectionKind};
use crate::values::ids::is_valid_id;
use crate::values::slug::slugify;
use crate::values::text::Text;
use std::collections::HashSet;
use yaml_serde::Value as Yaml;

/// The item pages of every data section.
pub(super) fn expand(
    pages: &[Page],
    files: &[DataFile],
    problems: &mut Vec<Diagnostic>,
) -> Vec<Page> {
    let mut out = Vec::new();
    for section in pages
        .iter()
        .filter(|p| p.kind != PageKind::Page && p.section_kind == SectionKind::Data)
    {
        let Some((file, list, items)) = items_of(section, files, problems) else {
            continue;
        };
        let folder = section.id.trim_end_matches("_index").trim_end_matches('/');
        let mut seen: HashSet<&str> = HashSet::new();
        for (index, item) in items.iter().enumerate() {
            let key = format!("{list}[{index}]");
            let Some(id) = item.get("id").and_then(Yaml::as_str) else {
                problems.push(at_key(file, "data-item-missing-id", &key));
                continue;
            };
            if !is_valid_id(id) || seen.contains(&id) {
                // Reported by the file's own checks when it has a schema; say it here too
                // for files without one.
                let problem = if seen.contains(&id) {
                    "data-duplicate-id"
                } else {
                    "data-bad-id"
                };
                problems.push(at_key(file, problem, &format!("{key}.id")).with("id", id));
                continue;
            }
            seen.insert(id);
            let title = item
                .get("title")
                .and_then(|t| yaml_serde::from_value::<Text>(t.clone()).ok())
                .and_then(|t| t.get(&section.lang).map(str::to_string))
                .unwrap_or_else(|| id.to_string());
            let (slug, slug_key) =
                match item_slug(file, &key, item.get("slug"), &section.lang, problems) {
                    Some((slug, at)) => (slug, at),
                    None => (id.to_string(), format!("{key}.id")),
                };
            let slug_span = crate::values::yaml::locate::offset_of(&file.text, &slug_key)
                .map(|at| at..at + slug_key.rsplit('.').next().unwrap_or("").len());
            let page_id = if folder.is_empty() {
                id.to_string()
            } else {
                format!("{folder}/{id}")
            };
            let mut page = item_page(
                section,
                file,
                &page_id,
                id,
                &slug,
                title,
                DataItem {
                    file: file.name.clone(),
                    list: list.clone(),
                    index,
                },
            );
            page.slug_span = slug_span;
            out.push(page);
        }
    }
    out
}

/// The data file and the list a data section takes its items from.
fn items_of<'a>(
    section: &Page,
    files: &'a [DataFile],
    problems: &mut Vec<Diagnostic>,
) -> Option<(&'a DataFile, String, &'a Vec<Yaml>)> {
    let front = section.source.front();
    let Some(name) = &front.data else {
        problems.push(
            Diagnostic::error("data-section-without-file")
                .in_file(section.source.file())
                .at(section.source.key_span("kind")),
        );
        return None;
    };
    let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
    let Some(file) = files.iter().find(|f| f.name == stem) else {
        problems.push(
            Diagnostic::error("data-file-missing")
                .in_file(section.source.file())
                .at(section.source.key_span("data"))
                .with("file", name),
        );
        return None;
    };
    let lists: Vec<(&String, &Vec<Yaml>)> = match &file.value {
        Yaml::Mapping(map) => map
            .iter()
            .filter_map(|(k, v)| match (k, v) {
                (Yaml::String(k), Yaml::Sequence(items)) => Some((k, items)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let chosen = match &front.items {
        Some(wanted) => lists.iter().find(|(k, _)| *k == wanted),
        None if lists.len() == 1 => lists.first(),
        None => None,
    };
    match chosen {
        Some((list, items)) => Some((file, list.to_string(), items)),
        None => {
            let names: Vec<&str> = lists.iter().map(|(k, _)| k.as_str()).collect();
            problems.push(
                Diagnostic::error("data-items-unknown")
                    .in_file(section.source.file())
                    .at(section.source.key_span(if front.items.is_some() {
                        "items"
                    } else {
                        "data"
                    }))
                    .with("file", name)
                    .with("lists", names.join(", ")),
            );
            None
        }
    }
}

/// An item's own `slug` in a language: a plain text for every language or one per
/// language (`slug: {lv: …, en: …}`); `None` (the id is used) when it has none for this
/// language or the one it has is unusable (reported).
fn item_slug(
    file: &DataFile,
    key: &str,
    value: Option<&Yaml>,
    lang: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<(String, String)> {
    let mut report = |d: Diagnostic| {
        if !problems.contains(&d) {
            problems.push(d);
        }
    };
    let (text, at) = match value? {
        Yaml::String(s) => (s.as_str(), format!("{key}.slug")),
        Yaml::Mapping(map) => match map.get(lang) {
            Some(Yaml::String(s)) => (s.as_str(), format!("{key}.slug.{lang}")),
            None => return None,
            Some(_) => {
                report(at_key(
                    file,
                    "data-slug-invalid",
                    &format!("{key}.slug.{lang}"),
                ));
                return None;
            }
        },
        _ => {
            report(at_key(file, "data-slug-invalid", &format!("{key}.slug")));
            return None;
        }
    };
    if slugify(text).is_empty() {
        report(at_key(file, "slug-empty", &at).with("value", text));
        return None;
    }
    Some((text.to_string(), at))
}

fn item_page(
    section: &Page,
    file: &DataFile,
    page_id: &str,
    id: &str,
    slug: &str,
    title: String,
    item: DataItem,
) -> Page {
    let front = FrontMatter {
        title: Some(title.clone()),
        slug: Some(slug.to_string()),
        template: section.source.front().page_template.clone(),
        ..FrontMatter::default()
    };
    let source = super::page_source::PageSource::Made {
        file: file.path.clone(),
        rel: section
            .source
            .rel()
            .with_file_name(format!("{id}.{}.md", section.lang)),
        front,
    };
    Page {
        key: super::PageKey::DataItem {
            file: item.file.as_str().into(),
            list: item.list.as_str().into(),
            item: id.into(),
            lang: section.lang.as_str().into(),
        },
        kind: PageKind::Page,
        source,
        id: page_id.to_string(),
        lang: section.lang.clone(),
        title,
        slug: String::new(),
        path: String::new(),
        parent: None,
        children: Vec::new(),
        subsections: Vec::new(),
        pair_key: format!("{}/{id}", section.pair_key),
        date: None,
        updated: None,
        section_kind: SectionKind::Data,
        about: super::About::default(),
        variant: super::PageVariant::DataItem(item),
        slug_span: None,
    }
}
