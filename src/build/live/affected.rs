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
use std::collections::{HashMap, HashSet};
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
    /// The bundle files and where they go are the same in both builds.
    pub assets_alike: bool,
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
            && self.assets_alike
            && kept.links_alike(self.before, self.site, &page.lang);
        reusable.then(|| kept.clone())
    }

    /// The pages that changed in anything an output shows of them: their fields or
    /// their rendered markdown (new pages too); and of those, the ones whose heading
    /// changed (`Source::Heading`).
    pub(super) fn pages(&self, before: &MarkdownResults, after: &MarkdownResults) -> Pages {
        let changed: HashSet<PageKey> = self
            .site
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
            .collect();
        let headings: HashSet<PageKey> = changed
            .iter()
            .filter(|key| !self.heading_alike(key))
            .cloned()
            .collect();
        Pages::new(changed, headings)
    }

    /// Whether what other pages show of a page as a way to it is the same in both
    /// builds: everything the navigation, feed-link and term-link views read of a page
    /// other than the one rendered.
    fn heading_alike(&self, key: &PageKey) -> bool {
        let (Some(old), Some(new)) = (self.before.get(key), self.site.get(key)) else {
            return false;
        };
        old.title == new.title
            && old.path == new.path
            && old.kind == new.kind
            && old.section_kind == new.section_kind
            && old.lang == new.lang
            && old.parent == new.parent
            && old.pair_key == new.pair_key
            && old.list() == new.list()
            && self.before.outputs.feed_of(key) == self.site.outputs.feed_of(key)
    }

    /// The outputs of the new table that must be rendered again.
    pub(super) fn outputs(
        &self,
        pages: &Pages,
        before: &MarkdownResults,
        after: &MarkdownResults,
        views_alike: bool,
    ) -> Vec<&'a Output> {
        let everything = self.everything || !views_alike;
        let mut todo: Vec<&Output> = self
            .site
            .outputs
            .iter()
            .collect::<Vec<_>>()
            .into_par_iter()
            .filter(|output| everything || self.output_changed(output, pages, before, after))
            .collect();
        // A language's search index is made from its searchable pages as they render:
        // when one of them renders again, so does the index (whatever made it change).
        let all_indexes: Vec<&Output> = self
            .site
            .outputs
            .iter()
            .filter(|o| matches!(o.kind, OutputKind::SearchIndex { .. }))
            .collect();
        let mut indexes: Vec<&Output> = Vec::new();
        for output in todo.iter().filter(|_| !everything) {
            let (OutputKind::Page { number: 1 }, Some(page)) = (
                &output.kind,
                output.shows.as_ref().and_then(|k| self.site.get(k)),
            ) else {
                continue;
            };
            if crate::model::search::record_kind(page).is_none() {
                continue;
            }
            let index = all_indexes.iter().copied().find(
                |o| matches!(&o.kind, OutputKind::SearchIndex { lang } if *lang == page.lang),
            );
            if let Some(index) = index
                && !todo.iter().chain(&indexes).any(|o| o.path == index.path)
            {
                indexes.push(index);
            }
        }
        todo.extend(indexes);
        todo
    }

    fn output_changed(
        &self,
        output: &Output,
        pages: &Pages,
        before: &MarkdownResults,
        after: &MarkdownResults,
    ) -> bool {
        let Some(old) = self.before.outputs.at(&output.path) else {
            return true;
        };
        if old.kind != output.kind || old.shows != output.shows || old.sources != output.sources {
            return true;
        }
        if output
            .sources
            .iter()
            .any(|source| self.source_changed(source, pages))
        {
            return true;
        }
        // What the markdown of the page it shows adds: the same when that markdown was
        // reused.
        let (OutputKind::Page { .. }, Some(key)) = (&output.kind, &output.shows) else {
            return false;
        };
        if let (Some(a), Some(b)) = (before.kept(key), after.kept(key))
            && Arc::ptr_eq(a, b)
        {
            let added = after.sources(key);
            return added
                .iter()
                .any(|source| self.source_changed(source, pages));
        }
        let added = after.sources(key);
        before.sources(key) != added
            || added
                .iter()
                .any(|source| self.source_changed(source, pages))
    }

    fn source_changed(&self, source: &Source, pages: &Pages) -> bool {
        match source {
            Source::Page(key) => pages.has(key),
            Source::Heading(key) => pages.heading_changed(key),
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

/// Which outputs (by position in the table) each page is a recorded source of.
pub(super) fn by_source(site: &Site) -> HashMap<PageKey, Vec<usize>> {
    let mut index: HashMap<PageKey, Vec<usize>> = HashMap::new();
    for (i, output) in site.outputs.iter().enumerate() {
        for source in &output.sources {
            if let Source::Page(key) = source {
                index.entry(key.clone()).or_default().push(i);
            }
        }
    }
    index
}

/// The pages that changed, and those whose heading changed.
pub(super) struct Pages {
    changed: Keys,
    headings: Keys,
}

impl Pages {
    fn new(changed: HashSet<PageKey>, headings: HashSet<PageKey>) -> Self {
        Self {
            changed: Keys::new(changed),
            headings: Keys::new(headings),
        }
    }

    fn has(&self, key: &PageKey) -> bool {
        self.changed.has(key)
    }

    fn heading_changed(&self, key: &PageKey) -> bool {
        self.headings.has(key)
    }
}

/// Page keys: searched when they are few (most edits), hashed otherwise.
enum Keys {
    Few(Vec<PageKey>),
    Many(HashSet<PageKey>),
}

impl Keys {
    fn new(keys: HashSet<PageKey>) -> Self {
        if keys.len() <= 16 {
            Keys::Few(keys.into_iter().collect())
        } else {
            Keys::Many(keys)
        }
    }

    fn has(&self, key: &PageKey) -> bool {
        match self {
            Keys::Few(keys) => keys.contains(key),
            Keys::Many(keys) => keys.contains(key),
        }
    }
}
