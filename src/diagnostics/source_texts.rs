//! The texts of the files a run read, kept by `load` (site settings, markdown, data files,
//! locales, templates, shortcodes, and the content files it warns about) so that the
//! reporter draws its snippets from exactly the text the spans were measured in, and
//! never reads a file again. A file that was not read as text has no snippet.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// File (relative to the site root, as in diagnostics) → its text as read (NFC).
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceTexts {
    texts: HashMap<PathBuf, Arc<str>>,
}

impl SourceTexts {
    /// Keeps a file's text.
    pub(crate) fn insert(&mut self, file: impl Into<PathBuf>, text: Arc<str>) {
        self.texts.insert(file.into(), text);
    }

    /// Every text read, by path, in path order.
    pub(crate) fn sorted(&self) -> Vec<(&Path, &str)> {
        let mut all: Vec<(&Path, &str)> = self
            .texts
            .iter()
            .map(|(path, text)| (path.as_path(), &**text))
            .collect();
        all.sort_unstable_by(|a, b| a.0.cmp(b.0));
        all
    }

    /// A file's text, when it was read.
    pub(crate) fn get(&self, file: &Path) -> Option<&str> {
        self.texts.get(file).map(|t| &**t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_found_by_the_path_diagnostics_use() {
        let mut texts = SourceTexts::default();
        texts.insert(Path::new("content").join("par.lv.md"), "---\n".into());
        assert_eq!(texts.get(Path::new("content/par.lv.md")), Some("---\n"));
        assert_eq!(texts.get(Path::new("content/cits.lv.md")), None);
    }
}
