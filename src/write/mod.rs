//! Output files → the output folder, never half-way. Everything is written into a
//! staging folder beside the output; a file whose bytes did not change is hard-linked
//! from the previous output (so its time stamp stays and uploaders skip it); then the
//! staging folder replaces the output with two renames. On any failure the staging
//! folder is removed and the previous output is left as it was.

mod guard;

pub use guard::{UnsafeOutput, check_output_folder};

use crate::render::output::{Content, OutputFile};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// What writing did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Files whose content is new or changed.
    pub written: usize,
    /// Files kept from the previous output.
    pub unchanged: usize,
}

/// Writing failed; the previous output is untouched.
#[derive(Debug)]
pub struct WriteError {
    /// The file or folder that could not be written.
    pub path: PathBuf,
    /// Why.
    pub error: io::Error,
}

/// Writes the files as the new content of `output`.
pub fn write(output: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".into());
    fs::create_dir_all(parent).map_err(|error| WriteError {
        path: parent.to_path_buf(),
        error,
    })?;
    remove_leftovers(parent, &name);
    let staging = parent.join(format!(".{name}.lapa-staging-{}", std::process::id()));
    let result = stage(&staging, output, files)
        .and_then(|stats| swap(&staging, output, parent, &name).map(|_| stats));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

/// Staging folders of builds that were killed half-way.
fn remove_leftovers(parent: &Path, name: &str) {
    let prefixes = [
        format!(".{name}.lapa-staging-"),
        format!(".{name}.lapa-old-"),
    ];
    if let Ok(entries) = fs::read_dir(parent) {
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().to_string();
            if prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// A relative output path as a safe path below a folder; `None` if it would leave it.
fn inside(root: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    if rel.components().all(|c| matches!(c, Component::Normal(_)))
        && rel.components().next().is_some()
    {
        Some(root.join(rel))
    } else {
        None
    }
}

fn stage(staging: &Path, output: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |error| WriteError { path, error }
    };
    fs::create_dir_all(staging).map_err(fail(staging))?;
    let mut folders = BTreeSet::new();
    for file in files {
        let target = inside(staging, &file.path).ok_or_else(|| WriteError {
            path: PathBuf::from(&file.path),
            error: io::Error::new(
                io::ErrorKind::InvalidInput,
                "the path leaves the output folder",
            ),
        })?;
        if let Some(parent) = target.parent() {
            folders.insert(parent.to_path_buf());
        }
    }
    for folder in &folders {
        fs::create_dir_all(folder).map_err(fail(folder))?;
    }
    let results: Vec<Result<bool, WriteError>> = files
        .par_iter()
        .map(|file| {
            let target = inside(staging, &file.path).expect("checked above");
            let previous = inside(output, &file.path).expect("checked above");
            let unchanged = same_content(&previous, &file.content);
            if unchanged && fs::hard_link(&previous, &target).is_ok() {
                return Ok(false);
            }
            match &file.content {
                Content::Bytes(bytes) => fs::write(&target, bytes).map_err(fail(&target))?,
                Content::Copy(source) => {
                    fs::copy(source, &target).map_err(fail(source))?;
                }
            }
            Ok(true)
        })
        .collect();
    let mut stats = WriteStats::default();
    for result in results {
        if result? {
            stats.written += 1;
        } else {
            stats.unchanged += 1;
        }
    }
    Ok(stats)
}

fn same_content(previous: &Path, content: &Content) -> bool {
    let Ok(meta) = fs::metadata(previous) else {
        return false;
    };
    match content {
        Content::Bytes(bytes) => {
            meta.len() == bytes.len() as u64 && fs::read(previous).is_ok_and(|old| old == *bytes)
        }
        Content::Copy(source) => {
            fs::metadata(source).is_ok_and(|m| m.len() == meta.len())
                && matches!((fs::read(previous), fs::read(source)), (Ok(a), Ok(b)) if a == b)
        }
    }
}

fn swap(staging: &Path, output: &Path, parent: &Path, name: &str) -> Result<(), WriteError> {
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |error| WriteError { path, error }
    };
    if output.exists() {
        let old = parent.join(format!(".{name}.lapa-old-{}", std::process::id()));
        fs::rename(output, &old).map_err(fail(output))?;
        if let Err(error) = fs::rename(staging, output) {
            let _ = fs::rename(&old, output);
            return Err(WriteError {
                path: output.to_path_buf(),
                error,
            });
        }
        let _ = fs::remove_dir_all(&old);
    } else {
        fs::rename(staging, output).map_err(fail(output))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_files_keep_their_inode_and_removed_ones_go() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files = vec![
            OutputFile::text("a/index.html", "A".into()),
            OutputFile::text("b.txt", "B".into()),
        ];
        assert_eq!(write(&out, &files).unwrap().written, 2);
        let before = fs::metadata(out.join("a/index.html"))
            .unwrap()
            .modified()
            .unwrap();
        let files = vec![
            OutputFile::text("a/index.html", "A".into()),
            OutputFile::text("c.txt", "C".into()),
        ];
        let stats = write(&out, &files).unwrap();
        assert_eq!(
            stats,
            WriteStats {
                written: 1,
                unchanged: 1
            }
        );
        assert_eq!(
            fs::metadata(out.join("a/index.html"))
                .unwrap()
                .modified()
                .unwrap(),
            before
        );
        assert!(!out.join("b.txt").exists());
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no staging folder left"
        );
    }

    #[test]
    fn paths_that_leave_the_output_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files = vec![OutputFile::text("../evil.html", "x".into())];
        assert!(write(&out, &files).is_err());
        assert!(!dir.path().join("evil.html").exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
