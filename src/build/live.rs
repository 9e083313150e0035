//! A site kept built in memory, for `serve`: the first build, then a rebuild after each
//! batch of changed source files, each answering which output paths changed. The output
//! is never written to disk; copied files (bundle assets, theme static files) are kept
//! as their source path and read when asked for.
//!
//! After any sequence of changes the outputs equal those of a full build of the same
//! sources, byte for byte. A failed rebuild leaves the last good outputs in place.

use super::{BuildError, run};
use crate::diagnostics::{Diagnostic, SourceTexts};
use crate::options::BuildOptions;
use crate::render::output::{Content, OutputFile};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

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
    #[expect(dead_code, reason = "read by serve's reporter")]
    pub texts: SourceTexts,
}

/// The site, built and kept in memory.
pub(crate) struct Live {
    options: BuildOptions,
    outputs: BTreeMap<String, Served>,
}

impl Live {
    /// Builds the site for the first time. `Err` when it has errors (nothing is kept).
    pub(crate) fn open(options: BuildOptions) -> Result<(Self, Change), BuildError> {
        let mut live = Self {
            options,
            outputs: BTreeMap::new(),
        };
        let change = live.apply(&[])?;
        Ok((live, change))
    }

    /// Rebuilds after `changed` source files (paths under the site folder: edited, new or
    /// deleted; an empty list means "anything may have changed"). On `Err` the outputs
    /// stay those of the last good build.
    pub(crate) fn apply(&mut self, changed: &[PathBuf]) -> Result<Change, BuildError> {
        // The simple and always-correct rebuild: everything again. An incremental one
        // replaces this and must give the same outputs.
        let _ = changed;
        let files: Mutex<Vec<OutputFile>> = Mutex::new(Vec::new());
        let sink = |file: OutputFile| {
            if let Ok(mut files) = files.lock() {
                files.push(file);
            }
        };
        let outcome = run(&self.options, &sink, None, None)?;
        let files = files.into_inner().unwrap_or_default();
        let mut outputs = BTreeMap::new();
        for file in files {
            let served = match file.content {
                Content::Bytes(bytes) => Served::Bytes(bytes.into()),
                Content::Copy(source) => Served::File(source),
            };
            outputs.insert(file.path, served);
        }
        let written = outputs
            .iter()
            .filter(|(path, served)| self.outputs.get(*path) != Some(served))
            .map(|(path, _)| path.clone())
            .collect();
        let removed = self
            .outputs
            .keys()
            .filter(|path| !outputs.contains_key(*path))
            .cloned()
            .collect();
        self.outputs = outputs;
        Ok(Change {
            written,
            removed,
            warnings: outcome.warnings,
            texts: outcome.texts,
        })
    }

    /// The output at `path` (relative to the output root, forward slashes, as in the
    /// model's table: `lv/jaunumi/index.html`).
    pub(crate) fn get(&self, path: &str) -> Option<&Served> {
        self.outputs.get(path)
    }

    /// Every output path, sorted.
    pub(crate) fn paths(&self) -> impl Iterator<Item = &str> {
        self.outputs.keys().map(String::as_str)
    }

    /// The site folder.
    pub(crate) fn root(&self) -> &Path {
        &self.options.root
    }
}
