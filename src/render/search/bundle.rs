//! A language's search records → the files of its Pagefind bundle, as `(name inside
//! the bundle folder, bytes)`. One `PagefindIndex` per language (`Indexer`), so each
//! bundle holds exactly one language's index; the records go in in the order of their
//! pages' outputs in the output table, so the same records always give the same bytes. Pagefind's API is async: it runs here on a
//! current-thread tokio runtime with neither IO nor time driver (Pagefind needs none
//! when nothing is written to disk; its index building uses rayon's pool). Only the
//! files Pagefind's JavaScript API loads are kept (`published`): not its UI bundles nor
//! its playground.

use super::records::Record;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

/// The bundle's files of a language's records, added in the order given, sorted by
/// name; `Err` with Pagefind's message when it fails.
pub(crate) fn build(lang: &str, records: Vec<Record>) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut indexer = Indexer::new(lang)?;
    for record in records {
        indexer.add(record)?;
    }
    indexer.finish()
}

/// One language's index being made: records go in one by one (always in one order, the
/// output table's, for the same bytes every time), then `finish` gives the bundle's
/// files.
pub(crate) struct Indexer {
    lang: String,
    runtime: tokio::runtime::Runtime,
    index: PagefindIndex,
}

impl Indexer {
    /// An empty index of a language.
    pub(crate) fn new(lang: &str) -> Result<Self, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| e.to_string())?;
        let config = PagefindServiceConfig::builder()
            .keep_index_url(false)
            .write_playground(false)
            .build();
        let index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
        Ok(Self {
            lang: lang.to_string(),
            runtime,
            index,
        })
    }

    /// Adds a record (Pagefind reads its words now).
    pub(crate) fn add(&mut self, record: Record) -> Result<(), String> {
        let added = self.index.add_custom_record(
            record.url,
            record.content,
            self.lang.clone(),
            Some(record.meta),
            Some(record.filters),
            None,
        );
        self.runtime
            .block_on(added)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// The bundle's files, sorted by name.
    pub(crate) fn finish(mut self) -> Result<Vec<(String, Vec<u8>)>, String> {
        let lang = self.lang;
        let files = self
            .runtime
            .block_on(self.index.get_files())
            .map_err(|e| e.to_string())?;
        let files: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .filter_map(|file| Some((file.filename.to_str()?.replace('\\', "/"), file.contents)))
            .collect();
        // The language's own wasm (with its stemmer), else the generic one.
        let own = format!("wasm.{lang}.pagefind");
        let wasm = if files.iter().any(|(name, _)| *name == own) {
            own
        } else {
            "wasm.unknown.pagefind".to_string()
        };
        let mut kept: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .filter(|(name, _)| published(name, &lang, &wasm))
            .collect();
        kept.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(kept)
    }
}

/// Whether a file of Pagefind's output is one the search API needs: its script and
/// worker, the entry file, the language's wasm (`wasm`) and metadata, index, fragment
/// and filter chunks.
fn published(name: &str, lang: &str, wasm: &str) -> bool {
    matches!(
        name,
        "pagefind.js" | "pagefind-worker.js" | "pagefind-entry.json"
    ) || name == wasm
        || (name.starts_with(&format!("pagefind.{lang}_")) && name.ends_with(".pf_meta"))
        || ["index/", "fragment/", "filter/"]
            .iter()
            .any(|folder| name.starts_with(folder) && !name[folder.len()..].contains('/'))
}
