//! Output files → the output folder, never half-way. Everything is written into a
//! staging folder beside the output; a file whose bytes did not change is hard-linked
//! from the previous output (so its time stamp stays and uploaders skip it); then the
//! staging folder replaces the output with two renames and the state file beside it is
//! updated. On any failure the staging folder is removed and the previous output is left
//! as it was (put back if the replacement failed half-way). Errors name the output
//! folder, never a staging path. The caller holds the output's lock (`lock`).

mod guard;
mod state;

pub use guard::{UnsafeOutput, check_output_folder};
pub use state::{
    OutputLock, Place, STATE_FORMAT, check_replaceable, file_in_the_way, lock, place,
    written_by_lapa,
};

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
    /// The output folder that could not be written, or (`Reading`) the source file that
    /// could not be read.
    pub path: PathBuf,
    /// Why.
    pub error: io::Error,
    /// What went wrong.
    pub kind: WriteProblem,
}

/// The kinds of write errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteProblem {
    /// The output folder could not be written or replaced.
    Output,
    /// This folder (the output's parent or a folder in the output) is read-only.
    ReadOnly(PathBuf),
    /// A source file could not be read (a problem of the site, not of the output).
    Reading,
}

impl WriteError {
    fn output(output: &Path) -> impl Fn(io::Error) -> WriteError {
        let path = output.to_path_buf();
        move |error| WriteError {
            path: path.clone(),
            error,
            kind: WriteProblem::Output,
        }
    }
}

/// A name no other process uses at the same time: process id and clock.
fn unique() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("{}-{nanos:09}", std::process::id())
}

/// Writes the files as the new content of `output`.
pub fn write(output: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    let place = state::place(output);
    let fail = WriteError::output(&place.folder);
    fs::create_dir_all(&place.parent).map_err(&fail)?;
    state::check_replaceable(&place).map_err(|folder| WriteError {
        path: place.folder.clone(),
        error: io::Error::from(io::ErrorKind::PermissionDenied),
        kind: WriteProblem::ReadOnly(folder),
    })?;
    remove_leftovers(&place);
    let staging = place.beside(&format!(".lapa-staging-{}", unique()));
    let result = stage(&staging, &place.folder, files)
        .and_then(|stats| swap(&staging, &place).map(|_| stats));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

/// Staging folders of builds that were killed half-way.
fn remove_leftovers(place: &Place) {
    let name = &place.name;
    let prefixes = [
        format!(".{name}.lapa-staging-"),
        format!(".{name}.lapa-old-"),
        format!(".{name}.lapa-state-"),
    ];
    if let Ok(entries) = fs::read_dir(&place.parent) {
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().to_string();
            if prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
                let _ = fs::remove_dir_all(entry.path()).or_else(|_| fs::remove_file(entry.path()));
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
    let fail = WriteError::output(output);
    fs::create_dir_all(staging).map_err(&fail)?;
    let mut folders = BTreeSet::new();
    for file in files {
        let target = inside(staging, &file.path).ok_or_else(|| {
            fail(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{}: the path leaves the output folder", file.path),
            ))
        })?;
        if let Some(parent) = target.parent() {
            folders.insert(parent.to_path_buf());
        }
    }
    for folder in &folders {
        fs::create_dir_all(folder).map_err(&fail)?;
    }
    let results: Vec<Result<bool, WriteError>> = files
        .par_iter()
        .map(|file| {
            let (Some(target), Some(previous)) =
                (inside(staging, &file.path), inside(output, &file.path))
            else {
                return Err(fail(io::Error::from(io::ErrorKind::InvalidInput)));
            };
            let unchanged = same_content(&previous, &file.content);
            if unchanged && fs::hard_link(&previous, &target).is_ok() {
                return Ok(false);
            }
            match &file.content {
                Content::Bytes(bytes) => fs::write(&target, bytes).map_err(&fail)?,
                Content::Copy(source) => {
                    copy(source, &target, output)?;
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

/// Copies a source file; a source that cannot be read is the site's problem, a target
/// that cannot be written the output's.
fn copy(source: &Path, target: &Path, output: &Path) -> Result<(), WriteError> {
    let mut from = fs::File::open(source).map_err(|error| WriteError {
        path: source.to_path_buf(),
        error,
        kind: WriteProblem::Reading,
    })?;
    let mut to = fs::File::create(target).map_err(WriteError::output(output))?;
    io::copy(&mut from, &mut to)
        .map(|_| ())
        .map_err(WriteError::output(output))
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

/// Puts the staged folder in the output's place and records the state. Half-way
/// failures are undone: the previous output is put back.
fn swap(staging: &Path, place: &Place) -> Result<(), WriteError> {
    let output = &place.folder;
    let fail = WriteError::output(output);
    let old = place.beside(&format!(".lapa-old-{}", unique()));
    let had_old = fs::symlink_metadata(output).is_ok();
    if had_old {
        fs::rename(output, &old).map_err(&fail)?;
    }
    if let Err(error) = fs::rename(staging, output) {
        if had_old {
            let _ = fs::rename(&old, output);
        }
        return Err(fail(error));
    }
    if let Err(error) = state::write_state(place) {
        // The new output goes back to staging (removed by the caller), the old returns.
        let _ = fs::rename(output, staging);
        if had_old {
            let _ = fs::rename(&old, output);
        }
        return Err(fail(error));
    }
    if had_old && fs::remove_dir_all(&old).is_err() {
        make_writable(&old);
        let _ = fs::remove_dir_all(&old);
    }
    Ok(())
}

/// Gives every folder of a tree write permission, so that it can be removed.
fn make_writable(tree: &Path) {
    for entry in walkdir::WalkDir::new(tree).into_iter().flatten() {
        if entry.file_type().is_dir()
            && let Ok(meta) = entry.metadata()
        {
            let mut permissions = meta.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            permissions.set_readonly(false);
            let _ = fs::set_permissions(entry.path(), permissions);
        }
    }
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
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        left.sort();
        assert_eq!(left, [".public.lapa", "public"], "no staging folder left");
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

    #[test]
    fn a_swap_that_fails_half_way_puts_the_old_output_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &[OutputFile::text("a.txt", "A".into())]).unwrap();
        // A staging folder that is not there: the second rename fails.
        let place = place(&out);
        let error = swap(&dir.path().join(".public.lapa-staging-x"), &place).unwrap_err();
        assert_eq!(error.path, place.folder);
        assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), "A");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "only public and its state file");
    }

    #[test]
    fn a_state_file_that_cannot_be_written_undoes_the_swap() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("old.txt"), "old").unwrap();
        // A folder where the state file goes: the rename onto it fails, even for root.
        fs::create_dir_all(dir.path().join(".public.lapa/x")).unwrap();
        let error = write(&out, &[OutputFile::text("new.txt", "new".into())]).unwrap_err();
        assert_eq!(error.path, place(&out).folder);
        assert_eq!(error.kind, WriteProblem::Output);
        assert_eq!(fs::read_to_string(out.join("old.txt")).unwrap(), "old");
        assert!(!out.join("new.txt").exists());
        let mut names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        assert_eq!(names, [".public.lapa", "public"]);
    }
}
