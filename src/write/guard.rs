//! The output folder may never hold the site's sources: building into the site root, a
//! folder with `content/`, `themes/` or `locales/`, a folder above the site, or a folder
//! inside the sources would replace them.

use std::path::{Path, PathBuf};

/// Why an output folder was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsafeOutput {
    /// It is the site folder or a folder above it.
    ContainsSite(PathBuf),
    /// It holds a folder of sources.
    HoldsSources(PathBuf, &'static str),
    /// It is inside `content/`, `themes/` or `locales/`.
    InsideSources(PathBuf),
}

/// Refuses an output folder that would overwrite sources.
pub fn check_output_folder(root: &Path, output: &Path) -> Result<(), UnsafeOutput> {
    let root = absolute(root);
    let output = absolute(output);
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
    Ok(())
}

/// An absolute, normalised path (symlinks resolved where the path exists).
fn absolute(path: &Path) -> PathBuf {
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
}
