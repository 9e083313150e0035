//! A site kept built in memory, for `serve`: the first build, then a rebuild after each
//! batch of changed source files, each answering which output paths changed. The output
//! is never written to disk; copied files (bundle assets, theme static files) are kept
//! as their source path and read when asked for.
//!
//! After any sequence of changes the outputs equal those of a full build of the same
//! sources, byte for byte, once the search indexes are made: those are made in the
//! background after the rebuild returns (`indexing`), from the search records kept
//! between rebuilds (`records`), and until then the last index made is served
//! (`settle` waits for them). A failed rebuild leaves the last good outputs in place.

mod affected;
mod indexing;
mod rebuild;
mod records;
mod text_edit;

use super::BuildError;
use crate::diagnostics::{Diagnostic, SourceTexts};
use crate::load::Kept;
use crate::options::BuildOptions;
use crate::render::output::Content;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One output file, as `serve` hands it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Served {
    /// Bytes rendered by lapa.
    Bytes(Arc<[u8]>),
    /// A file copied as it is: read from this source path when asked for.
    File(PathBuf),
}

/// What one build or rebuild did.
#[derive(Debug, Default)]
pub(crate) struct Change {
    /// Output paths that are new or whose content changed, sorted.
    pub written: Vec<String>,
    /// Output paths that are gone, sorted.
    pub removed: Vec<String>,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// The texts of the files read, for the warnings' snippets.
    pub texts: SourceTexts,
}

/// The site, built and kept in memory.
pub(crate) struct Live {
    options: BuildOptions,
    /// The sources as last read; `None` after `site.yaml` could not be used.
    kept: Option<Kept>,
    /// The last good build.
    last: Option<rebuild::State>,
    /// Files changed since the last good build (absolute), or `None` when any file may
    /// have (a full read of the site folder since).
    pending: Option<Vec<PathBuf>>,
    outputs: BTreeMap<String, Served>,
    /// The digest of each copied file's bytes as last served, to tell whether a copied
    /// file that changed on disk (or moved away and back) now has other bytes.
    copies: HashMap<String, Option<u64>>,
    /// The code highlighter of quick rebuilds, kept so that its syntaxes load once.
    highlighter: crate::render::markdown::Highlighter,
    /// Each searchable page's search record, as last rendered.
    records: records::Records,
    /// The search indexes served, made in the background.
    indexes: indexing::Indexes,
}

/// What the search indexes made in the background since last asked changed.
#[derive(Debug, Default)]
pub(crate) struct IndexChange {
    /// Output paths that are new or whose content changed, sorted.
    pub written: Vec<String>,
    /// Output paths that are gone, sorted.
    pub removed: Vec<String>,
    /// Pagefind's message, when making an index failed (that index stays as it was).
    pub failed: Option<String>,
}

impl Live {
    /// Builds the site for the first time. `Err` when it has errors (nothing is kept).
    pub(crate) fn open(options: BuildOptions) -> Result<(Self, Change), BuildError> {
        let mut live = Self {
            options,
            kept: None,
            last: None,
            pending: None,
            outputs: BTreeMap::new(),
            copies: HashMap::new(),
            highlighter: Default::default(),
            records: Default::default(),
            indexes: Default::default(),
        };
        let change = live.apply(&[])?;
        Ok((live, change))
    }

    /// Rebuilds after `changed` source files or folders (absolute, or relative to the
    /// site folder: edited, new or deleted; for a rename, both names; an empty list
    /// means "anything may have changed"). Only what the changes affect is read,
    /// rendered and compared again; the outputs are those a full build would make. On
    /// `Err` the outputs stay those of the last good build.
    pub(crate) fn apply(&mut self, changed: &[PathBuf]) -> Result<Change, BuildError> {
        // What the indexes made before changed is not asked for any more (`settle`
        // tells what those of this rebuild change).
        drop(self.indexes.take_changes());
        let root = self.options.root.clone();
        // The quick way needs the last apply to have been good (nothing pending) and
        // the warnings of the files as they were read for it.
        let quick = match (&self.kept, &self.pending) {
            (Some(kept), Some(pending)) if pending.is_empty() && self.last.is_some() => {
                text_edit::before(kept, changed)
            }
            _ => None,
        };
        let read = self.kept.as_mut().is_some_and(|kept| kept.update(changed));
        if read {
            if let Some(pending) = &mut self.pending {
                pending.extend(changed.iter().map(|p| root.join(p)));
            }
        } else {
            self.pending = None;
            self.kept = None;
            let kept = Kept::load(&root, self.options.base_url.as_deref())
                .map_err(|(problems, texts)| BuildError::Content(problems, texts))?;
            self.kept = Some(kept);
        }
        let Some(kept) = &self.kept else {
            return Err(BuildError::Content(Vec::new(), SourceTexts::default()));
        };
        let quick = quick.filter(|_| read);
        let rebuilt = match (quick, self.last.take()) {
            (Some(before), Some(last)) => {
                match text_edit::apply(kept, last, changed, &before, &self.highlighter) {
                    text_edit::Quick::Done(rebuilt) => *rebuilt,
                    text_edit::Quick::Failed(last, error) => {
                        self.last = Some(*last);
                        return Err(error);
                    }
                    text_edit::Quick::No(last) => {
                        self.last = Some(*last);
                        rebuild::rebuild(
                            &self.options,
                            kept,
                            self.last.as_ref(),
                            self.pending.as_deref(),
                        )?
                    }
                }
            }
            (_, last) => {
                self.last = last;
                rebuild::rebuild(
                    &self.options,
                    kept,
                    self.last.as_ref(),
                    self.pending.as_deref(),
                )?
            }
        };
        // The records of the searchable pages just rendered, before their files are
        // handed on.
        let state = &rebuilt.state;
        self.records
            .keep(&state.site, &state.prepared, &state.i18n, &rebuilt.files);
        if !rebuilt.same_outputs {
            self.records.prune(&state.site);
        }
        let mut written = Vec::new();
        let mut gone = Vec::new();
        let mut files = Vec::with_capacity(rebuilt.files.len());
        for file in rebuilt.files {
            if let Content::Files(_) = &file.content {
                // A folder output: its files from before that it no longer has are gone.
                let folder = format!("{}/", file.path);
                let made = file.into_files();
                gone.extend(
                    self.outputs
                        .range(folder.clone()..)
                        .map(|(path, _)| path)
                        .take_while(|path| path.starts_with(&folder))
                        .filter(|path| !made.iter().any(|f| &f.path == *path))
                        .cloned(),
                );
                files.extend(made);
            } else {
                files.push(file);
            }
        }
        for file in files {
            let served = match file.content {
                Content::Bytes(bytes) => Served::Bytes(bytes.into()),
                Content::Copy(source) => Served::File(source),
                Content::Files(_) => continue,
            };
            let same_served = self.outputs.get(&file.path) == Some(&served);
            let same = match &served {
                Served::Bytes(_) => same_served,
                Served::File(source) => self.same_copy(&file.path, source, same_served),
            };
            if !same {
                written.push(file.path.clone());
            }
            self.outputs.insert(file.path, served);
        }
        let mut removed: Vec<String> = if rebuilt.same_outputs {
            Vec::new()
        } else {
            self.outputs
                .keys()
                .filter(|path| rebuilt.state.site.outputs.owner(path).is_none())
                .cloned()
                .collect()
        };
        removed.extend(gone);
        let mut warnings = rebuilt.warnings;
        let state = &rebuilt.state;
        let folders: Vec<&str> = state
            .site
            .outputs
            .iter()
            .filter(|o| {
                matches!(
                    o.kind,
                    crate::model::outputs::OutputKind::SearchIndex { .. }
                )
            })
            .map(|o| o.path.as_str())
            .collect();
        removed.extend(self.indexes.keep_only(&folders));
        for (folder, lang) in rebuilt.indexes {
            match self
                .records
                .of_language(&state.site, &state.prepared, &state.i18n, &lang)
            {
                Ok(records) => self.indexes.start(folder, lang, records),
                Err(problem) => warnings.push(problem),
            }
        }
        removed.sort();
        removed.dedup();
        for path in &removed {
            self.outputs.remove(path);
            self.copies.remove(path);
        }
        written.sort();
        self.last = Some(rebuilt.state);
        self.pending = Some(Vec::new());
        Ok(Change {
            written,
            removed,
            warnings,
            texts: rebuilt.texts,
        })
    }

    /// Whether the copied file served at `path` from `source` has the bytes it had
    /// (`same_served`: it was served from that source before): it was not touched since,
    /// or it has the same digest. Keeps its digest for next time.
    fn same_copy(&mut self, path: &str, source: &Path, same_served: bool) -> bool {
        let untouched = self
            .pending
            .as_ref()
            .is_some_and(|files| !files.iter().any(|f| source.starts_with(f)));
        if same_served && untouched && self.copies.contains_key(path) {
            return true;
        }
        let now = digest(source);
        let before = self.copies.insert(path.to_string(), now);
        before == Some(now) && now.is_some()
    }

    /// The output at `path` (relative to the output root, forward slashes, as in the
    /// model's table: `lv/jaunumi/index.html`).
    pub(crate) fn get(&self, path: &str) -> Option<Served> {
        self.outputs
            .get(path)
            .cloned()
            .or_else(|| self.indexes.get(path))
    }

    /// Every output path, sorted.
    pub(crate) fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self.outputs.keys().cloned().collect();
        paths.extend(self.indexes.paths());
        paths.sort();
        paths
    }

    /// Waits until the search indexes being made in the background are made (at most
    /// `timeout`); what they changed since the last `apply` or `settle`, or `None` when
    /// some are still being made.
    pub(crate) fn settle(&self, timeout: std::time::Duration) -> Option<IndexChange> {
        if !self.indexes.settle(timeout) {
            return None;
        }
        let (written, removed, failed) = self.indexes.take_changes();
        Some(IndexChange {
            written,
            removed,
            failed,
        })
    }

    /// The site folder.
    pub(crate) fn root(&self) -> &Path {
        &self.options.root
    }
}

/// A digest of a file's bytes (`None` when it cannot be read).
fn digest(path: &Path) -> Option<u64> {
    std::fs::read(path)
        .ok()
        .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes))
}
