//! Orphan pages: a page from a markdown file that no other page links to (its own
//! translations' language switchers and redirect pages do not count), so that a reader
//! can reach it only by knowing its address. Home pages are reached from the language
//! chooser and are not judged.

use crate::diagnostics::Diagnostic;
use crate::model::{PageKey, PageKind, Site};
use std::collections::HashSet;

/// Pages nothing else links to; `linked` holds every page some other page links to.
pub(super) fn find(site: &Site, linked: &HashSet<PageKey>) -> Vec<Diagnostic> {
    site.pages()
        .filter(|p| matches!(p.key, PageKey::Source { .. }) && p.kind != PageKind::Home)
        .filter(|p| !linked.contains(&p.key))
        .map(|p| {
            Diagnostic::warning("page-orphan")
                .in_file(p.file())
                .at(p.title_span())
                .with("url", site.url(&p.path))
        })
        .collect()
}
