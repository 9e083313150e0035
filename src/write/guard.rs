//! The output folder may never hold the site's sources: building into the site root, a
//! folder with `content/`, `themes/` or `locales/`, a folder above the site, or a folder
//! inside the sources would replace them. Nor may it be a folder lapa did not write
//! (someone's own documents): lapa replaces only an empty folder or one its state file
//! (see `state`) marks as a previous build's output.

use crate::diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// Why an output folder was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum UnsafeOutput {
    /// It is the site folder or a folder above it.
    ContainsSite(PathBuf),
    /// It holds a folder of sources.
    HoldsSources(PathBuf, &'static str),
    /// It is inside `content/`, `themes/` or `locales/`.
    InsideSources(PathBuf),
    /// It exists, is not empty, and no state file says lapa wrote it.
    NotLapa(PathBuf),
    /// Something that is not a folder (a file, a broken link) has its name.
    NotFolder(PathBuf),
}

impl UnsafeOutput {
    /// The usage error that explains it.
    pub(crate) fn diagnostic(&self) -> Diagnostic {
        let (id, folder) = match self {
            UnsafeOutput::ContainsSite(p) => ("output-contains-site", p),
            UnsafeOutput::HoldsSources(p, _) => ("output-holds-sources", p),
            UnsafeOutput::InsideSources(p) => ("output-inside-sources", p),
            UnsafeOutput::NotLapa(p) => ("output-not-lapa", p),
            UnsafeOutput::NotFolder(p) => ("output-not-folder", p),
        };
        Diagnostic::error(id).with("output", folder.display())
    }
}

/// Refuses an output folder that would overwrite sources or files lapa did not write.
pub(crate) fn check_output_folder(root: &Path, output: &Path) -> Result<(), UnsafeOutput> {
    let root = absolute(root);
    let output = absolute(output);
    if std::fs::symlink_metadata(&output).is_ok() && !output.is_dir() {
        return Err(UnsafeOutput::NotFolder(output));
    }
    if root.starts_with(&output) {
        return Err(UnsafeOutput::ContainsSite(output));
    }
    for source in ["content", "themes", "locales"] {
        if output.join(source).is_dir() {
            return Err(UnsafeOutput::HoldsSources(output, source));
        }
        if output.starts_with(root.join(source)) {
            return Err(UnsafeOutput::InsideSources(output));
        }
    }
    if !super::state::written_by_lapa(&output) {
        return Err(UnsafeOutput::NotLapa(output));
    }
    Ok(())
}

/// An absolute, normalised path (symlinks resolved where the path exists).
pub(super) fn absolute(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let base = std::env::current_dir().unwrap_or_default();
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    };
    // Resolve the existing parent, keep the rest.
    let mut existing = joined.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for part in rest.into_iter().rev() {
        if part == ".." {
            out.pop();
        } else if part != "." {
            out.push(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_output_folder(root, root).is_err());
        assert!(check_output_folder(root, &root.join("content/x")).is_err());
        assert!(check_output_folder(root, dir.path().parent().unwrap()).is_err());
        assert!(check_output_folder(root, &root.join("public")).is_ok());
    }

    #[test]
    fn a_folder_of_other_files_is_refused_an_empty_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let docs = dir.path().join("docs");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::create_dir_all(&docs).unwrap();
        assert_eq!(check_output_folder(&root, &docs), Ok(()));
        std::fs::write(docs.join("letter.txt"), "x").unwrap();
        assert!(matches!(
            check_output_folder(&root, &docs),
            Err(UnsafeOutput::NotLapa(_))
        ));
        assert!(matches!(
            check_output_folder(&root, &docs.join("letter.txt")),
            Err(UnsafeOutput::NotFolder(_))
        ));
    }
}
