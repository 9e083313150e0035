//! Builds the site model from the sources: drafts dropped, slugs and URLs worked out
//! per language, parents and children linked and ordered, translations paired, aliases
//! and bundle assets placed, and every URL checked to belong to one file only.

use super::dates::{self, PageDate};
use super::paths::{alias_output, listing_folder, path_text, section_id, source_id};
use super::slug::slugify;
use super::{Alias, AssetCopy, Page, PageKind, Site, menus};
use crate::config::SITE_FILE;
use crate::data;
use crate::diagnostics::Diagnostic;
use crate::load::Sources;
use crate::load::file_name::DocumentKind;
use crate::load::front_matter::SectionKind;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// What the build was asked for, as far as the model cares.
pub struct ModelOptions {
    /// Include drafts.
    pub drafts: bool,
    /// The build's "now".
    pub now: jiff::civil::DateTime,
}

/// Sources → site. Returns every problem found.
pub fn build(sources: Sources, options: &ModelOptions) -> Result<Site, Vec<Diagnostic>> {
    let Sources {
        root,
        config,
        documents,
        assets,
        data: data_files,
        ..
    } = sources;
    let mut problems = Vec::new();
    let languages = config.language_codes();
    let (data, data_problems) = data::localize(&data_files, &languages);
    problems.extend(data_problems);

    // Pages without their URLs yet.
    let mut pages: Vec<Page> = Vec::new();
    for doc in documents {
        if doc.name.easy {
            // Easy-to-read versions are paired with their page by a later stage.
            continue;
        }
        if doc.front.draft && !options.drafts {
            continue;
        }
        let id = source_id(&doc);
        let kind = match (doc.name.kind, id.as_str()) {
            (DocumentKind::Section, "_index") => PageKind::Home,
            (DocumentKind::Section, _) => PageKind::Section,
            (DocumentKind::Page, _) => PageKind::Page,
        };
        let title = match &doc.front.title {
            Some(t) if !t.trim().is_empty() => t.clone(),
            _ => {
                problems.push(
                    Diagnostic::error("page-missing-title")
                        .in_file(&doc.file)
                        .at(doc.key_span("title")),
                );
                String::new()
            }
        };
        let mut parse_date = |key: &'static str, value: &Option<String>| -> Option<PageDate> {
            let text = value.as_ref()?;
            let parsed = dates::parse(text);
            if parsed.is_none() {
                problems.push(
                    Diagnostic::error("date-invalid")
                        .in_file(&doc.file)
                        .at(doc.key_span(key))
                        .with("key", key)
                        .with("value", text),
                );
            }
            parsed
        };
        let date = parse_date("date", &doc.front.date);
        let updated = parse_date("updated", &doc.front.updated);
        let pair_key = doc
            .front
            .translation_key
            .clone()
            .unwrap_or_else(|| id.clone());
        let lang = doc.lang.clone();
        pages.push(Page {
            kind,
            id,
            lang,
            title,
            slug: String::new(),
            path: String::new(),
            parent: None,
            children: Vec::new(),
            subsections: Vec::new(),
            pair_key,
            date,
            updated,
            section_kind: doc.front.kind.unwrap_or_default(),
            source: doc,
        });
    }
    // A stable order: language in site order, then source id.
    let lang_order = |l: &str| languages.iter().position(|x| x == l).unwrap_or(usize::MAX);
    pages.sort_by(|a, b| (lang_order(&a.lang), &a.id).cmp(&(lang_order(&b.lang), &b.id)));

    let mut by_id: HashMap<(String, String), usize> = HashMap::new();
    for (i, page) in pages.iter().enumerate() {
        if let Some(&other) = by_id.get(&(page.id.clone(), page.lang.clone())) {
            problems.push(same_url(
                &pages[other].source.file,
                &page.source.file,
                &page.source.file,
            ));
            continue;
        }
        by_id.insert((page.id.clone(), page.lang.clone()), i);
    }

    // Slugs.
    for page in &mut pages {
        let from_name = match page.kind {
            PageKind::Home => String::new(),
            PageKind::Section => page
                .id
                .trim_end_matches("/_index")
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string(),
            PageKind::Page => page.id.rsplit('/').next().unwrap_or("").to_string(),
        };
        if page.kind == PageKind::Home {
            continue;
        }
        let wanted = page.source.front.slug.clone().unwrap_or(from_name);
        page.slug = slugify(&wanted);
        if page.slug.is_empty() {
            let span = if page.source.front.slug.is_some() {
                page.source.key_span("slug")
            } else {
                0..0
            };
            problems.push(
                Diagnostic::error("slug-empty")
                    .in_file(&page.source.file)
                    .at(span)
                    .with("value", wanted),
            );
            page.slug = "-".to_string();
        }
    }

    // URL paths: language, then the slug of every folder above, then the page's slug.
    for i in 0..pages.len() {
        let page = &pages[i];
        let folder_of_node = match page.kind {
            PageKind::Home => None,
            PageKind::Section => listing_folder(&page.id, DocumentKind::Section),
            PageKind::Page => listing_folder(&page.id, DocumentKind::Page),
        };
        let mut segments = vec![page.lang.clone()];
        if let Some(folder) = &folder_of_node {
            let mut prefix = String::new();
            for name in folder.split('/').filter(|s| !s.is_empty()) {
                prefix = if prefix.is_empty() {
                    name.to_string()
                } else {
                    format!("{prefix}/{name}")
                };
                let segment = by_id
                    .get(&(section_id(&prefix), page.lang.clone()))
                    .map(|&s| pages[s].slug.clone())
                    .unwrap_or_else(|| slugify(name));
                segments.push(segment);
            }
        }
        if page.kind != PageKind::Home {
            segments.push(page.slug.clone());
        }
        let path = format!("{}/", segments.join("/"));
        pages[i].path = path;
    }

    // Parents: the nearest section above, in the same language.
    for i in 0..pages.len() {
        let kind = match pages[i].kind {
            PageKind::Home => continue,
            PageKind::Section => DocumentKind::Section,
            PageKind::Page => DocumentKind::Page,
        };
        let mut folder = listing_folder(&pages[i].id, kind);
        while let Some(f) = folder {
            if let Some(&parent) = by_id.get(&(section_id(&f), pages[i].lang.clone())) {
                pages[i].parent = Some(parent);
                if pages[i].kind == PageKind::Page {
                    pages[i].section_kind = pages[parent].section_kind;
                }
                break;
            }
            folder = if f.is_empty() {
                None
            } else {
                Some(
                    f.rsplit_once('/')
                        .map_or(String::new(), |(p, _)| p.to_string()),
                )
            };
        }
    }
    for i in 0..pages.len() {
        if let Some(parent) = pages[i].parent {
            match pages[i].kind {
                PageKind::Section => pages[parent].subsections.push(i),
                _ => pages[parent].children.push(i),
            }
        }
    }
    for i in 0..pages.len() {
        let mut children = std::mem::take(&mut pages[i].children);
        children.sort_by(|&a, &b| display_order(&pages[a], &pages[b]));
        pages[i].children = children;
        let mut subsections = std::mem::take(&mut pages[i].subsections);
        subsections.sort_by(|&a, &b| display_order(&pages[a], &pages[b]));
        pages[i].subsections = subsections;
    }

    // News needs dates.
    for page in &pages {
        if page.kind == PageKind::Page
            && page.section_kind == SectionKind::News
            && page.source.front.date.is_none()
        {
            problems.push(
                Diagnostic::error("news-missing-date")
                    .in_file(&page.source.file)
                    .at(page.source.key_span("title")),
            );
        }
    }

    // Translations: one page per language per pair key.
    let mut by_pair: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, page) in pages.iter().enumerate() {
        let group = by_pair.entry(page.pair_key.clone()).or_default();
        if let Some(&other) = group.iter().find(|&&o| pages[o].lang == page.lang) {
            problems.push(
                Diagnostic::error("translation-key-duplicate")
                    .in_file(&page.source.file)
                    .at(page.source.key_span("translation_key"))
                    .with("key", &page.pair_key)
                    .with("other", path_text(&pages[other].source.file)),
            );
            continue;
        }
        group.push(i);
    }

    // Every output file belongs to one source.
    let mut outputs: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut claim = |output: String,
                     file: &Path,
                     problems: &mut Vec<Diagnostic>,
                     span: std::ops::Range<usize>| {
        if let Some(first) = outputs.get(&output) {
            problems.push(same_url(first, file, file).at(span).with("url", &output));
        } else {
            outputs.insert(output, file.to_path_buf());
        }
    };
    for page in &pages {
        claim(
            format!("{}index.html", page.path),
            &page.source.file,
            &mut problems,
            page.source.key_span("slug"),
        );
    }

    let mut aliases = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        for (n, alias) in page.source.front.aliases.iter().enumerate() {
            let span = page.source.key_span(&format!("aliases[{n}]"));
            match alias_output(alias) {
                Some(output) => {
                    claim(output.clone(), &page.source.file, &mut problems, span);
                    aliases.push(Alias { output, target: i });
                }
                None => problems.push(
                    Diagnostic::error("alias-invalid")
                        .in_file(&page.source.file)
                        .at(span)
                        .with("alias", alias),
                ),
            }
        }
    }

    // Bundle and section files go next to every language version of their page.
    let mut asset_copies = Vec::new();
    for asset in assets {
        let folder = asset.rel.parent().map(path_text).unwrap_or_default();
        let owners: Vec<usize> = [folder.clone(), section_id(&folder)]
            .iter()
            .flat_map(|id| {
                languages
                    .iter()
                    .filter_map(|l| by_id.get(&(id.clone(), l.clone())).copied())
            })
            .filter(|&p| pages[p].source.name.bundle || pages[p].kind != PageKind::Page)
            .collect();
        if owners.is_empty() {
            problems.push(
                Diagnostic::warning("asset-without-page")
                    .in_file(Path::new("content").join(&asset.rel)),
            );
            continue;
        }
        let file_name = asset
            .rel
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        for owner in owners {
            let output = format!("{}{}", pages[owner].path, file_name);
            claim(
                output.clone(),
                &Path::new("content").join(&asset.rel),
                &mut problems,
                0..0,
            );
            asset_copies.push(AssetCopy {
                source: asset.source.clone(),
                output,
            });
        }
    }

    let mut site = Site {
        config,
        pages,
        aliases,
        assets: asset_copies,
        data,
        menus: BTreeMap::new(),
        now: options.now,
        warnings: Vec::new(),
        by_id,
        by_pair,
    };
    let site_yaml = std::fs::read_to_string(root.join(SITE_FILE)).unwrap_or_default();
    let (resolved, menu_problems) = menus::resolve(&site, &site_yaml);
    site.menus = resolved;
    problems.extend(menu_problems);

    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    // Warnings travel with a successful model through the caller.
    if !problems.is_empty() {
        site.warnings = problems;
    }
    Ok(site)
}

fn same_url(first: &Path, second: &Path, at: &Path) -> Diagnostic {
    Diagnostic::error("url-collision")
        .in_file(at)
        .with("first", path_text(first))
        .with("second", path_text(second))
}

/// Dated pages newest first, then by weight, then by title.
fn display_order(a: &Page, b: &Page) -> std::cmp::Ordering {
    let a_key = (
        a.date.is_none(),
        std::cmp::Reverse(a.date),
        a.source.front.weight.unwrap_or(0),
        a.title.to_lowercase(),
        &a.id,
    );
    let b_key = (
        b.date.is_none(),
        std::cmp::Reverse(b.date),
        b.source.front.weight.unwrap_or(0),
        b.title.to_lowercase(),
        &b.id,
    );
    a_key.cmp(&b_key)
}
