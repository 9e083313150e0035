//! Where a page comes from: a markdown file as `load` read it, or what the model made a
//! page from (a data file's item, or `site.yaml` for a generated list), with the few
//! front-matter facts the model gave it (title, slug, template) and no text of its own.
//! Only the model reads it; other stages read the page's typed fields.

use crate::load::Document;
use crate::load::front_matter::FrontMatter;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A page's source.
#[derive(Debug, Clone)]
pub(super) enum PageSource {
    /// A markdown file.
    File(Document),
    /// A page made by the model.
    Made {
        /// The file that causes it (the data file, `site.yaml`), for messages.
        file: PathBuf,
        /// The name an `@/` link would give it, relative to `content/`.
        rel: PathBuf,
        /// The facts the model gave it.
        front: FrontMatter,
    },
}

impl PageSource {
    /// The file, for messages.
    pub(super) fn file(&self) -> &Path {
        match self {
            PageSource::File(doc) => &doc.file,
            PageSource::Made { file, .. } => file,
        }
    }

    /// Relative to `content/`.
    pub(super) fn rel(&self) -> &Path {
        match self {
            PageSource::File(doc) => &doc.rel,
            PageSource::Made { rel, .. } => rel,
        }
    }

    /// Its front matter (for a made page, the facts the model gave it).
    pub(super) fn front(&self) -> &FrontMatter {
        match self {
            PageSource::File(doc) => &doc.front,
            PageSource::Made { front, .. } => front,
        }
    }

    /// Its front matter, to change (typography).
    pub(super) fn front_mut(&mut self) -> &mut FrontMatter {
        match self {
            PageSource::File(doc) => &mut doc.front,
            PageSource::Made { front, .. } => front,
        }
    }

    /// The markdown file, if it is one.
    pub(super) fn document(&self) -> Option<&Document> {
        match self {
            PageSource::File(doc) => Some(doc),
            PageSource::Made { .. } => None,
        }
    }

    /// The markdown body (empty for a made page).
    pub(super) fn body(&self) -> &str {
        self.document().map_or("", Document::body)
    }

    /// Where the body starts in the file.
    pub(super) fn body_offset(&self) -> usize {
        self.document().map_or(0, |d| d.body_offset)
    }

    /// Where a front-matter key is written (nowhere for a made page).
    pub(super) fn key_span(&self, key: &str) -> Range<usize> {
        self.document().map_or(0..0, |d| d.key_span(key))
    }

    /// Whether it is a page bundle's `index` file.
    pub(super) fn is_bundle(&self) -> bool {
        self.document().is_some_and(|d| d.name.bundle)
    }
}
