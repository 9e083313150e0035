//! The section tree: each page's parent is the nearest section above it in the same
//! language; sections list their pages and subsections in display order. News pages must
//! be dated.

use super::paths::{listing_folder, section_id};
use super::{Page, PageIndex, PageKind};
use crate::diagnostics::Diagnostic;
use crate::load::file_name::DocumentKind;
use crate::load::front_matter::SectionKind;

/// Links parents and children.
pub(super) fn link(pages: &mut [Page], by_id: &PageIndex, problems: &mut Vec<Diagnostic>) {
    // Parents: the nearest section above, in the same language.
    let mut parents: Vec<Option<usize>> = vec![None; pages.len()];
    for i in 0..pages.len() {
        let kind = match pages[i].kind {
            PageKind::Home | PageKind::List => continue,
            PageKind::Section => DocumentKind::Section,
            PageKind::Page => DocumentKind::Page,
        };
        let mut folder = listing_folder(&pages[i].id, kind);
        while let Some(f) = folder {
            if let Some(&parent) = by_id.get(&(section_id(&f), pages[i].lang.clone())) {
                parents[i] = Some(parent);
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
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); pages.len()];
    let mut subsections: Vec<Vec<usize>> = vec![Vec::new(); pages.len()];
    for (i, parent) in parents.iter().enumerate() {
        if let Some(parent) = *parent {
            match pages[i].kind {
                PageKind::Section => subsections[parent].push(i),
                _ => children[parent].push(i),
            }
        }
    }
    for i in 0..pages.len() {
        let keys = |list: &mut Vec<usize>| {
            list.sort_by(|&a, &b| display_order(&pages[a], &pages[b]));
            list.iter()
                .map(|&c| pages[c].key.clone())
                .collect::<Vec<_>>()
        };
        let child_keys = keys(&mut children[i]);
        let subsection_keys = keys(&mut subsections[i]);
        pages[i].parent = parents[i].map(|p| pages[p].key.clone());
        pages[i].children = child_keys;
        pages[i].subsections = subsection_keys;
    }

    // News needs dates.
    for page in pages.iter() {
        if page.kind == PageKind::Page
            && page.section_kind == SectionKind::News
            && page.source.front().date.is_none()
        {
            problems.push(
                Diagnostic::error("news-missing-date")
                    .in_file(page.source.file())
                    .at(page.source.key_span("title")),
            );
        }
    }
}

/// Dated pages newest first, then by weight, then by title (ignoring case), then by
/// source id. Titles are lower-cased only when all before them are equal: most pages
/// differ by date, and a sort compares each page many times.
pub(super) fn display_order(a: &Page, b: &Page) -> std::cmp::Ordering {
    let key = |p: &Page| {
        (
            p.date.is_none(),
            std::cmp::Reverse(p.date),
            p.source.front().weight.unwrap_or(0),
        )
    };
    key(a)
        .cmp(&key(b))
        .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
        .then_with(|| a.id.cmp(&b.id))
}
