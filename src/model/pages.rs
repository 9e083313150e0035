//! Documents → pages: drafts and easy-read versions set aside (the latter for
//! `easy_read`, once their pages have addresses), titles and dates read,
//! pages put in a stable order and indexed by source id, then each given its slug and
//! its URL path (language, the slugs of the folders above, its own slug).

use super::paths::{listing_folder, section_id, source_id};
use super::{Page, PageIndex, PageKind, same_url};
use crate::config::SiteConfig;
use crate::data::municipalities::Municipalities;
use crate::diagnostics::Diagnostic;
use crate::load::Document;
use crate::load::file_name::DocumentKind;
use crate::values::dates;
use crate::values::links;
use crate::values::slug::slugify;
use std::collections::HashMap;

/// A document's `title`; a missing or blank one is `page-missing-title` at its key (and
/// the page goes on with an empty title, so that further problems are found too).
pub(super) fn read_title(doc: &Document, problems: &mut Vec<Diagnostic>) -> String {
    match &doc.front.title {
        Some(t) if !t.trim().is_empty() => t.clone(),
        _ => {
            problems.push(
                Diagnostic::error("page-missing-title")
                    .in_file(&doc.file)
                    .at(doc.key_span("title")),
            );
            String::new()
        }
    }
}

/// Turns documents into pages (not yet in order; see `sort`); returns them with the
/// easy-to-read versions, set aside.
pub(super) fn collect(
    documents: Vec<Document>,
    drafts: bool,
    left_out: &mut Vec<super::Draft>,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<Page>, Vec<Document>) {
    // Pages without their URLs yet.
    let mut pages: Vec<Page> = Vec::new();
    let mut easy: Vec<Document> = Vec::new();
    for doc in documents {
        if doc.name.easy {
            easy.push(doc);
            continue;
        }
        super::easy_read::check_not_easy(&doc, problems);
        let id = source_id(&doc);
        if doc.front.draft && !drafts {
            // Kept aside so that a link to it can say "draft", not "missing".
            left_out.push(super::Draft {
                pair_key: doc
                    .front
                    .translation_key
                    .clone()
                    .unwrap_or_else(|| id.clone()),
                id,
                lang: doc.lang.clone(),
                file: doc.file.clone(),
            });
            continue;
        }
        let kind = match (doc.name.kind, id.as_str()) {
            (DocumentKind::Section, "_index") => PageKind::Home,
            (DocumentKind::Section, _) => PageKind::Section,
            (DocumentKind::Page, _) => PageKind::Page,
        };
        let title = read_title(&doc, problems);
        let date = doc
            .front
            .date
            .as_deref()
            .and_then(|t| dates::read(&doc.file, "date", t, || doc.key_span("date"), problems));
        let updated = doc.front.updated.as_deref().and_then(|t| {
            dates::read(
                &doc.file,
                "updated",
                t,
                || doc.key_span("updated"),
                problems,
            )
        });
        if doc.front.image.is_some()
            && doc
                .front
                .image_alt
                .as_deref()
                .is_none_or(|a| a.trim().is_empty())
        {
            problems.push(
                Diagnostic::error("image-alt-missing")
                    .in_file(&doc.file)
                    .at(doc.key_span("image")),
            );
        }
        let link_fields = [
            ("registration", &doc.front.registration),
            ("online", &doc.front.online),
            ("image", &doc.front.image),
        ];
        for (key, value) in link_fields {
            if let Some(value) = value
                && let Some(scheme) = links::disallowed_scheme(value)
            {
                problems.push(
                    links::scheme_error(&scheme, value)
                        .in_file(&doc.file)
                        .at(doc.key_span(key))
                        .with("key", key),
                );
            }
        }
        // The theme's own fields that name a link (`extra: {website: …}`).
        for (key, value) in &doc.front.extra {
            if let Some(value) = value.as_str()
                && links::is_link_key(key)
                && let Some(scheme) = links::disallowed_scheme(value)
            {
                let nested = format!("extra.{key}");
                let yaml = &doc.text[doc.yaml_offset..doc.body_offset];
                let path = if crate::values::yaml::locate::key_offsets(yaml).contains_key(&nested) {
                    nested
                } else {
                    key.clone()
                };
                problems.push(
                    links::scheme_error(&scheme, value)
                        .in_file(&doc.file)
                        .at(doc.key_span(&path))
                        .with("key", path),
                );
            }
        }
        let pair_key = doc
            .front
            .translation_key
            .clone()
            .unwrap_or_else(|| id.clone());
        let lang = doc.lang.clone();
        pages.push(Page {
            key: super::PageKey::source(&id, &lang),
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
            about: super::About::read(&doc.front),
            variant: super::PageVariant::Text,
            slug_span: None,
            source: super::page_source::PageSource::File(doc),
        });
    }
    (pages, easy)
}

/// Puts pages in a stable order: language in site order, then source id.
pub(super) fn sort(pages: &mut [Page], config: &SiteConfig) {
    let languages = config.language_codes();
    let lang_order = |l: &str| languages.iter().position(|x| x == l).unwrap_or(usize::MAX);
    pages.sort_by(|a, b| (lang_order(&a.lang), &a.id).cmp(&(lang_order(&b.lang), &b.id)));
}

/// Indexes pages by (source id, language); a second file for the same pair is an error.
pub(super) fn index(pages: &[Page], problems: &mut Vec<Diagnostic>) -> PageIndex {
    let mut by_id: HashMap<(String, String), usize> = HashMap::new();
    for (i, page) in pages.iter().enumerate() {
        if let Some(&other) = by_id.get(&(page.id.clone(), page.lang.clone())) {
            problems.push(same_url(
                pages[other].source.file(),
                page.source.file(),
                page.source.file(),
            ));
            continue;
        }
        by_id.insert((page.id.clone(), page.lang.clone()), i);
    }

    by_id
}

/// Gives every page its slug and URL path.
pub(super) fn assign_urls(pages: &mut [Page], by_id: &PageIndex, problems: &mut Vec<Diagnostic>) {
    // Slugs.
    for page in pages.iter_mut() {
        let from_name = match page.kind {
            // Generated lists come with their URLs.
            PageKind::List => continue,
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
        let wanted = page.source.front().slug.clone().unwrap_or(from_name);
        page.slug = slugify(&wanted);
        if page.slug.is_empty() {
            let span = if page.source.front().slug.is_some() {
                page.source.key_span("slug")
            } else {
                0..0
            };
            problems.push(
                Diagnostic::error("slug-empty")
                    .in_file(page.source.file())
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
            PageKind::List => continue,
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
}

/// Front matter's `municipalities` must name partners from `municipalities.yaml`.
pub(super) fn check_municipalities(
    pages: &[Page],
    known: Option<&Municipalities>,
    problems: &mut Vec<Diagnostic>,
) {
    for page in pages {
        for (i, id) in page.source.front().municipalities.iter().enumerate() {
            if !known.is_some_and(|m| m.has(id)) {
                problems.push(
                    Diagnostic::error("unknown-municipality")
                        .in_file(page.source.file())
                        .at(page.source.key_span(&format!("municipalities[{i}]")))
                        .with("id", id),
                );
            }
        }
    }
}

/// A news item dated after the build's "now" would sit at the top of every list as if
/// it were the newest: a warning at its `date:` line.
pub(super) fn warn_future_news(
    pages: &[Page],
    now: jiff::civil::DateTime,
    problems: &mut Vec<Diagnostic>,
) {
    for page in pages {
        let Some(date) = page.date else { continue };
        if page.kind != PageKind::Page
            || page.section_kind != crate::load::front_matter::SectionKind::News
            || page.source.front().draft
            || date.datetime <= now
        {
            continue;
        }
        problems.push(
            Diagnostic::warning("news-date-in-future")
                .in_file(page.source.file())
                .at(page.source.key_span("date"))
                .with("date", date.to_iso())
                .with("now", now.strftime("%Y-%m-%dT%H:%M")),
        );
    }
}
