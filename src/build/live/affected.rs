//! What a rebuild must redo, worked out by comparing the new model with the last good
//! one: which pages' markdown can be reused, which pages changed (in anything an output
//! can show of them), and which outputs must be rendered again. An output is rendered
//! again when it is new, when what it is made from (its recorded sources, and what the
//! markdown of the page it shows links to and calls) differs from last time, or when
//! one of those sources changed; everything is, when something every output reads
//! changed (the theme, the interface texts, `site.yaml`, the values every template
//! starts from).

use crate::model::outputs::{Output, OutputKind, Source};
use crate::model::{Page, PageKey, Site};
use crate::render::markdown_results::{MarkdownResults, PageMarkdown};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What changed between the last good build and this one, besides the pages.
pub(super) struct Changed<'a> {
    /// The last good model.
    pub before: &'a Site,
    /// The new model.
    pub site: &'a Site,
    /// The theme was compiled again, the interface texts or `site.yaml` changed: every
    /// page's markdown and every output is made again.
    pub everything: bool,
    /// Data files (by name) whose text changed, that are new or that are gone.
    pub data: HashSet<Arc<str>>,
    /// Files changed on disk since the last good build (absolute), or `None` when any
    /// file may have.
    pub files: Option<&'a [PathBuf]>,
}

impl<'a> Changed<'a> {
    /// Whether a page's markdown rendered for the last good build is still right: the
    /// page's text and address are the same, each of its `@/` links leads where it led,
    /// it calls no shortcode (a shortcode may read anything), and the bundle files
    /// relative links may name are the same.
    pub(super) fn markdown_reusable(
        &self,
        page: &Page,
        kept: Option<&Arc<PageMarkdown>>,
    ) -> Option<Arc<PageMarkdown>> {
        let kept = kept?;
        let before = self.before.get(&page.key)?;
        let same_input = before.body() == page.body()
            && before.body_offset() == page.body_offset()
            && before.file() == page.file()
            && before.lang == page.lang
            && before.path == page.path
            && before.about.summary == page.about.summary;
        let reusable = !self.everything
            && same_input
            && kept.body.shortcodes.is_empty()
            && self.before.assets == self.site.assets
            && kept.links_alike(self.before, self.site, &page.lang);
        reusable.then(|| kept.clone())
    }

    /// The pages that changed in anything an output shows of them: their fields or
    /// their rendered markdown (new pages too).
    pub(super) fn pages(
        &self,
        before: &MarkdownResults,
        after: &MarkdownResults,
    ) -> HashSet<PageKey> {
        self.site
            .pages()
            .collect::<Vec<_>>()
            .into_par_iter()
            .filter(|page| {
                let Some(old) = self.before.get(&page.key) else {
                    return true;
                };
                let markdown_alike = match (before.kept(&page.key), after.kept(&page.key)) {
                    (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a.shows_alike(b),
                    (None, None) => true,
                    _ => false,
                };
                !(markdown_alike && old.same_as(page))
            })
            .map(|page| page.key.clone())
            .collect()
    }

    /// The outputs of the new table that must be rendered again.
    pub(super) fn outputs(
        &self,
        pages: &HashSet<PageKey>,
        before: &MarkdownResults,
        after: &MarkdownResults,
        views_alike: bool,
    ) -> Vec<&'a Output> {
        let everything = self.everything || !views_alike;
        self.site
            .outputs
            .iter()
            .collect::<Vec<_>>()
            .into_par_iter()
            .filter(|output| everything || self.output_changed(output, pages, before, after))
            .collect()
    }

    fn output_changed(
        &self,
        output: &Output,
        pages: &HashSet<PageKey>,
        before: &MarkdownResults,
        after: &MarkdownResults,
    ) -> bool {
        let Some(old) = self.before.outputs.at(&output.path) else {
            return true;
        };
        if old.kind != output.kind || old.shows != output.shows || old.sources != output.sources {
            return true;
        }
        let extra =
            |markdown: &MarkdownResults, output: &Output| match (&output.kind, &output.shows) {
                (OutputKind::Page { .. }, Some(key)) => markdown.sources(key),
                _ => Vec::new(),
            };
        let added = extra(after, output);
        if extra(before, old) != added {
            return true;
        }
        output
            .sources
            .iter()
            .chain(&added)
            .any(|source| self.source_changed(source, pages))
    }

    fn source_changed(&self, source: &Source, pages: &HashSet<PageKey>) -> bool {
        match source {
            Source::Page(key) => pages.contains(key),
            Source::Data { file, .. } => self.data.contains(file),
            Source::File(path) => self.file_changed(path),
            // Covered by `everything`.
            Source::Messages { .. }
            | Source::Template(_)
            | Source::Shortcode(_)
            | Source::SiteConfig => false,
        }
    }

    fn file_changed(&self, path: &Path) -> bool {
        self.files
            .is_none_or(|files| files.iter().any(|f| path.starts_with(f)))
    }
}

/// Data files whose text differs between two builds, or that only one of them has.
pub(super) fn data_changed(before: &Site, site: &Site) -> HashSet<Arc<str>> {
    let mut changed = HashSet::new();
    for file in &site.data_files {
        if before
            .data_file(&file.name)
            .is_none_or(|old| old.text != file.text)
        {
            changed.insert(Arc::from(file.name.as_str()));
        }
    }
    for file in &before.data_files {
        if site.data_file(&file.name).is_none() {
            changed.insert(Arc::from(file.name.as_str()));
        }
    }
    changed
}
