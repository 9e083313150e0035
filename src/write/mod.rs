//! Output files → the output folder, never half-way, and only what changed.
//!
//! How to use it (one build):
//!
//! ```text
//! let writer = write::Writer::begin(&output)?;   // checks; reads the last manifest
//! outputs.par_iter().try_for_each(|o| writer.add(render(o)?))?;   // any thread
//! let stats = writer.finish()?;                  // only when no error was reported
//! ```
//!
//! `add` takes each `OutputFile` as soon as it is rendered and drops its bytes when it
//! returns, so the site never has to be in memory at once. It hashes the content and
//! compares it with the manifest of the previous build (kept in the state file beside the
//! output, see `state` and `manifest`): the write step never reads an old output file.
//! A new or changed file is written into a staging folder beside the output, created when
//! the first such file arrives. `finish` then either does nothing at all (nothing
//! written, nothing removed, the output holds exactly these files: no staging folder, no
//! swap, the state file untouched) or hard-links every unchanged file into the staging
//! folder (same inode and time stamp, so uploaders skip it), swaps it in with two renames
//! and records the new manifest. A build that reports an error simply drops the `Writer`
//! without `finish`: the staging folder is removed and the previous output is untouched.
//! On any failure the previous output is left as it was (put back if the replacement
//! failed half-way). Errors name the output folder, never a staging path. The caller
//! holds the output's lock (`lock`) from before `begin` until after `finish`.

mod guard;
mod manifest;
mod state;
mod swap;
mod writer;

pub(crate) use guard::check_output_folder;
pub(crate) use state::{check_replaceable, file_in_the_way, lock, place};
pub(crate) use writer::Writer;

#[cfg(test)]
use crate::render::output::OutputFile;
#[cfg(test)]
use rayon::prelude::*;
use std::io;
use std::path::{Component, Path, PathBuf};

/// What writing did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WriteStats {
    /// Files whose content is new or changed (or that were changed by hand in the
    /// output), written this time.
    pub written: usize,
    /// Files kept from the previous output.
    pub unchanged: usize,
    /// Files of the previous output that are gone.
    pub removed: usize,
    /// Bytes written (the sizes of the written files).
    pub bytes: u64,
}

/// Writing failed; the previous output is untouched.
#[derive(Debug)]
pub(crate) struct WriteError {
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
pub(crate) enum WriteProblem {
    /// The output folder could not be written or replaced.
    Output,
    /// This folder (the output's parent or a folder in the output) is read-only.
    ReadOnly(PathBuf),
    /// A source file could not be read (a problem of the site, not of the output).
    Reading,
}

impl WriteError {
    fn output(output: &Path) -> impl Fn(io::Error) -> WriteError + use<> {
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

/// Writes the files as the new content of `output` (a `Writer` fed from a list).
#[cfg(test)]
pub(crate) fn write(output: &Path, files: &[OutputFile]) -> Result<WriteStats, WriteError> {
    let writer = Writer::begin(output)?;
    files
        .par_iter()
        .try_for_each(|file| writer.add(file.clone()))?;
    writer.finish()
}

/// Runs file-system work (links, removals) on more threads than cores: each call waits
/// on the disk rather than the processor.
fn on_disk_threads<R: Send>(work: impl FnOnce() -> R + Send) -> R {
    let threads = std::thread::available_parallelism().map_or(8, |n| (n.get() * 4).max(8));
    match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

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
                unchanged: 1,
                removed: 1,
                bytes: 1,
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
        let error = swap::swap(
            &dir.path().join(".public.lapa-staging-x"),
            &place,
            &manifest::Manifest::new(),
        )
        .unwrap_err();
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
