//! The documents the site publishes (PDF, office files, CSV, ZIP in page bundles) with
//! what their links say about them (`media::documents`): read once per source file (a
//! bundle that two languages publish is read once), in parallel, and looked up by
//! output path. Each belongs to the page whose folder holds it, for document lists.

use super::bundles::{join, relative_file};
use super::images::{Uses, uses_in};
use super::paths::percent_decode;
use super::{AssetCopy, Page, PageKey, Site};
use crate::diagnostics::{Diagnostic, display_path};
use crate::media::documents::{self, DocumentFacts, DocumentKind};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One published document.
#[derive(Debug, Clone)]
pub(crate) struct DocumentFile {
    /// Its output path (`lv/jaunumi/x/plans.pdf`).
    pub output: String,
    /// What it is.
    pub facts: Arc<DocumentFacts>,
    /// The page whose folder holds it (the one with the longest path above it), and
    /// that page's path (`lv/jaunumi/x/`).
    pub page: Option<(PageKey, String)>,
}

/// Every published document by output path.
pub(crate) type DocumentFiles = BTreeMap<String, DocumentFile>;

/// Reads the facts of every published document. A file that cannot be read is left out
/// here (copying it reports the problem), so its links just have no details. A damaged
/// PDF is a `document-damaged` warning at each link to it (in the file itself, naming
/// its page, when nothing links it).
pub(super) fn read(
    assets: &[AssetCopy],
    pages: &[Page],
    problems: &mut Vec<Diagnostic>,
) -> DocumentFiles {
    let mut by_source: BTreeMap<&PathBuf, DocumentKind> = BTreeMap::new();
    for asset in assets {
        if let Some(kind) = DocumentKind::of_name(&asset.output) {
            by_source.insert(&asset.source, kind);
        }
    }
    let facts: HashMap<&PathBuf, Arc<DocumentFacts>> = by_source
        .into_par_iter()
        .filter_map(|(source, kind)| {
            documents::read(source, kind)
                .ok()
                .map(|f| (source, Arc::new(f)))
        })
        .collect();
    let by_path: HashMap<&str, &PageKey> =
        pages.iter().map(|p| (p.path.as_str(), &p.key)).collect();
    for (source, facts) in &facts {
        if facts.damaged {
            problems.extend(damaged(source, assets, pages, &by_path));
        }
    }
    assets
        .iter()
        .filter_map(|asset| {
            let facts = facts.get(&asset.source)?.clone();
            let page = owner(&asset.output, &by_path);
            Some((
                asset.output.clone(),
                DocumentFile {
                    output: asset.output.clone(),
                    facts,
                    page,
                },
            ))
        })
        .collect()
}

/// The `document-damaged` warnings about the PDF at `source`: one at each link to one
/// of its published copies, else one in the file naming the page it belongs to.
fn damaged(
    source: &Path,
    assets: &[AssetCopy],
    pages: &[Page],
    by_path: &HashMap<&str, &PageKey>,
) -> Vec<Diagnostic> {
    let outputs: HashSet<&str> = assets
        .iter()
        .filter(|a| a.source == source)
        .map(|a| a.output.as_str())
        .collect();
    // The page it belongs to, and the file as its folder in content/ holds it.
    let page = outputs.iter().find_map(|output| {
        let (key, path) = owner(output, by_path)?;
        let page = pages.iter().find(|p| p.key == key)?;
        let inside = output.strip_prefix(path.as_str())?;
        Some((page, page.file().parent()?.join(inside)))
    });
    let file = page
        .as_ref()
        .map_or_else(|| source.to_path_buf(), |(_, f)| f.clone());
    let warning = Diagnostic::warning("document-damaged").with("document", display_path(&file));
    let mut placed: Vec<Diagnostic> = Vec::new();
    for page in pages {
        for at in uses_in(page, &outputs, Uses::Links) {
            placed.push(warning.clone().in_file(page.file()).at(at));
        }
    }
    if placed.is_empty() {
        let page = page.map_or_else(|| "-".to_string(), |(p, _)| display_path(p.file()));
        placed.push(warning.in_file(&file).at(0..0).with("page", page));
    }
    placed
}

/// The page whose path is the longest folder above `output`.
fn owner(output: &str, by_path: &HashMap<&str, &PageKey>) -> Option<(PageKey, String)> {
    let mut folder = output;
    while let Some((above, _)) = folder.rsplit_once('/') {
        folder = above;
        let path = format!("{above}/");
        if let Some(key) = by_path.get(path.as_str()) {
            return Some(((*key).clone(), path));
        }
    }
    None
}

impl Site {
    /// The document a relative address of the page at `page_path` links, when it is a
    /// published one.
    pub(crate) fn bundle_document(&self, page_path: &str, dest: &str) -> Option<&DocumentFile> {
        let relative = relative_file(dest)?;
        let output = join(page_path, &percent_decode(relative))?;
        self.documents.get(&output)
    }

    /// The documents of the page at `page_path` (`lv/jaunumi/x/`): those its folder
    /// holds, not those of pages below it; in output path order.
    pub(crate) fn documents_of<'a>(
        &'a self,
        page_path: &'a str,
    ) -> impl Iterator<Item = &'a DocumentFile> + 'a {
        self.documents_below(page_path)
            .filter(move |d| d.page.as_ref().is_some_and(|(_, p)| p == page_path))
    }

    /// The documents below the folder `page_path`: the page's own and those of every
    /// page below it; in output path order.
    pub(crate) fn documents_below<'a>(
        &'a self,
        page_path: &'a str,
    ) -> impl Iterator<Item = &'a DocumentFile> + 'a {
        self.documents
            .range::<str, _>((
                std::ops::Bound::Included(page_path),
                std::ops::Bound::Unbounded,
            ))
            .take_while(move |(output, _)| output.starts_with(page_path))
            .map(|(_, d)| d)
            .filter(|d| d.page.is_some())
    }
}
