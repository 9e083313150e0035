//! The rendered site in memory: output files by path, before anything touches disk.

use std::path::PathBuf;

/// What goes into an output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Content {
    /// Bytes rendered by lapa.
    Bytes(Vec<u8>),
    /// A file copied as it is (theme static files, bundle assets).
    Copy(PathBuf),
    /// The files of a folder output (a search index): each file's name inside the
    /// folder, forward slashes, and its bytes.
    Files(Vec<(String, Vec<u8>)>),
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

    /// The files it stands for: a folder output's files each at its own path below the
    /// folder, any other output itself.
    pub(crate) fn into_files(self) -> Vec<OutputFile> {
        match self.content {
            Content::Files(files) => files
                .into_iter()
                .map(|(name, bytes)| OutputFile::bytes(format!("{}/{name}", self.path), bytes))
                .collect(),
            _ => vec![self],
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
