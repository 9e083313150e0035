//! The rendered site in memory: output files by path, before anything touches disk.

use std::path::PathBuf;

/// What goes into an output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Content {
    /// Bytes rendered by lapa.
    Bytes(Vec<u8>),
    /// A file copied as it is (theme static files, bundle assets).
    Copy(PathBuf),
}

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutputFile {
    /// Relative to the output root, forward slashes (`lv/jaunumi/index.html`).
    pub path: String,
    /// Its content.
    pub content: Content,
}

impl OutputFile {
    /// A rendered text file.
    pub(crate) fn text(path: impl Into<String>, text: String) -> Self {
        Self {
            path: path.into(),
            content: Content::Bytes(text.into_bytes()),
        }
    }

    /// A rendered file.
    pub(crate) fn bytes(path: impl Into<String>, bytes: Vec<u8>) -> Self {
        Self {
            path: path.into(),
            content: Content::Bytes(bytes),
        }
    }
}
