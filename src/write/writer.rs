//! The sink rendered files go into as they are produced (see the module above for the
//! contract): each file is hashed and compared with the previous build's manifest; only a
//! new or changed file is written, into a staging folder created when the first one
//! arrives; `finish` hard-links the kept files into it and swaps, or does nothing at all
//! when nothing changed.

use super::manifest::{self, Entry, Manifest, SourceStamp, Stamp};
use super::state::{self, Place};
use super::swap;
use super::{WriteError, WriteProblem, WriteStats, inside, unique};
use crate::render::output::{Content, OutputFile};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Writes one build's output; see the `write` module for how to use it.
#[derive(Debug)]
pub(crate) struct Writer {
    place: Place,
    /// The previous build's manifest; `None` when there is none to trust.
    previous: Option<Manifest>,
    /// The fingerprint of the previous build's inputs, when it recorded one.
    previous_fingerprint: Option<String>,
    /// Every file added so far.
    files: Mutex<BTreeMap<String, Added>>,
    /// The staging folder, once a file had to be written.
    staging: Mutex<Option<PathBuf>>,
    /// Folders already created in the staging folder.
    folders: Mutex<HashSet<PathBuf>>,
}

/// A file added to the output.
#[derive(Debug)]
struct Added {
    entry: Entry,
    /// Written into the staging folder (rather than kept from the previous output).
    written: bool,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn reading(source: &Path) -> impl Fn(io::Error) -> WriteError {
    let path = source.to_path_buf();
    move |error| WriteError {
        path: path.clone(),
        error,
        kind: WriteProblem::Reading,
    }
}

impl Writer {
    /// Starts writing `output`: refuses a folder that could not be replaced (a read-only
    /// folder in it or above it), clears leftovers of killed builds, and reads the
    /// previous build's manifest. Nothing is written yet. The caller holds the output's
    /// lock (`write::lock`).
    pub(crate) fn begin(output: &Path) -> Result<Writer, WriteError> {
        let place = state::place(output);
        fs::create_dir_all(&place.parent).map_err(WriteError::output(&place.folder))?;
        state::check_replaceable(&place).map_err(|folder| WriteError {
            path: place.folder.clone(),
            error: io::Error::from(io::ErrorKind::PermissionDenied),
            kind: WriteProblem::ReadOnly(folder),
        })?;
        swap::remove_leftovers(&place);
        let (previous, previous_fingerprint) = match state::read_state(&place) {
            Some((manifest, fingerprint)) => (Some(manifest), fingerprint),
            None => (None, None),
        };
        Ok(Writer {
            place,
            previous,
            previous_fingerprint,
            files: Mutex::default(),
            staging: Mutex::default(),
            folders: Mutex::default(),
        })
    }

    /// Adds one file of the output. Thread-safe: call it from rayon workers as files are
    /// rendered; the bytes are dropped when it returns. A file whose content matches the
    /// previous build's and whose old copy is still as lapa left it is not touched (it is
    /// linked into place by `finish` if anything else changed); any other is written to
    /// the staging folder now. Errors: a path that leaves the output or comes twice, a
    /// copied source that cannot be read (`WriteProblem::Reading`), a staging write that
    /// fails.
    pub(crate) fn add(&self, file: OutputFile) -> Result<(), WriteError> {
        if let Content::Files(_) = &file.content {
            return file.into_files().into_iter().try_for_each(|f| self.add(f));
        }
        let fail = WriteError::output(&self.place.folder);
        let Some(current) = inside(&self.place.folder, &file.path) else {
            return Err(fail(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{}: the path leaves the output folder", file.path),
            )));
        };
        let previous = self.previous.as_ref().and_then(|m| m.get(&file.path));
        let (hash, size, source) = match &file.content {
            Content::Bytes(bytes) => (manifest::hash_bytes(bytes), bytes.len() as u64, None),
            // Added file by file above.
            Content::Files(_) => return Ok(()),
            Content::Copy(path) => {
                let stamp = SourceStamp::of(&fs::metadata(path).map_err(reading(path))?);
                match previous {
                    // The same source as last time: no need to read it.
                    Some(old) if old.source == Some(stamp) => {
                        (old.hash.clone(), old.size, Some(stamp))
                    }
                    _ => {
                        let (hash, size) = manifest::hash_file(path).map_err(reading(path))?;
                        (hash, size, Some(stamp))
                    }
                }
            }
        };
        if let Some(old) = previous
            && old.hash == hash
            && old.size == size
            && manifest::still_there(&current, old)
        {
            let entry = Entry {
                hash,
                size,
                modified: old.modified,
                source,
            };
            return self.record(file.path, entry, false);
        }
        let target = self.target(&file.path)?;
        // The time is read from the open file once written (no second look-up by path).
        let written = match &file.content {
            Content::Bytes(bytes) => write_new(&target, bytes).map_err(&fail)?,
            Content::Copy(path) => copy(path, &target, &self.place.folder)?,
            Content::Files(_) => return Ok(()),
        };
        let modified = Stamp::of(&written);
        let entry = Entry {
            hash,
            size,
            modified,
            source,
        };
        self.record(file.path, entry, true)
    }

    fn record(&self, path: String, entry: Entry, written: bool) -> Result<(), WriteError> {
        let mut files = locked(&self.files);
        if files.contains_key(&path) {
            return Err(WriteError::output(&self.place.folder)(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{path}: two files on one path"),
            )));
        }
        files.insert(path, Added { entry, written });
        Ok(())
    }

    /// The staging folder, created on first use.
    fn staging(&self) -> Result<PathBuf, WriteError> {
        let mut staging = locked(&self.staging);
        if let Some(folder) = &*staging {
            return Ok(folder.clone());
        }
        let folder = self.place.beside(&format!(".lapa-staging-{}", unique()));
        fs::create_dir(&folder).map_err(WriteError::output(&self.place.folder))?;
        *staging = Some(folder.clone());
        Ok(folder)
    }

    /// Where a file goes in the staging folder, its folder created.
    fn target(&self, rel: &str) -> Result<PathBuf, WriteError> {
        let staging = self.staging()?;
        let fail = WriteError::output(&self.place.folder);
        let target = inside(&staging, rel)
            .ok_or_else(|| fail(io::Error::from(io::ErrorKind::InvalidInput)))?;
        if let Some(parent) = target.parent()
            && parent != staging
            && !locked(&self.folders).contains(parent)
        {
            // Two threads may both create it; `create_dir_all` allows that.
            fs::create_dir_all(parent).map_err(&fail)?;
            locked(&self.folders).insert(parent.to_path_buf());
        }
        Ok(target)
    }

    /// Whether the previous build may stand for this one: it recorded this `fingerprint`
    /// of its inputs, and every file it wrote is still there as lapa left it (size and
    /// time, no read) with nothing else in the output. Then these are the stats a build
    /// that renders everything again would report (every file unchanged), and nothing
    /// needs to be added or finished.
    pub(crate) fn unchanged_since(&self, fingerprint: &str) -> Option<WriteStats> {
        let previous = self.previous.as_ref()?;
        if self.previous_fingerprint.as_deref() != Some(fingerprint) {
            return None;
        }
        let intact = super::on_disk_threads(|| {
            previous.par_iter().all(|(rel, entry)| {
                inside(&self.place.folder, rel)
                    .is_some_and(|path| manifest::still_there(&path, entry))
            })
        });
        (intact && holds_only(&self.place.folder, |rel| previous.contains_key(rel))).then(|| {
            WriteStats {
                unchanged: previous.len(),
                ..WriteStats::default()
            }
        })
    }

    /// Ends the output (see `finish_recording`), recording no fingerprint.
    #[cfg(test)]
    pub(crate) fn finish(self) -> Result<WriteStats, WriteError> {
        self.finish_recording(None)
    }

    /// Ends the output. When no file was written or removed and the output holds exactly
    /// the files added, nothing is touched: not even the state file, unless `fingerprint`
    /// (of this build's inputs, `None` when this build may not be skipped next time)
    /// differs from the recorded one, which is then recorded. Otherwise the kept files are
    /// hard-linked into the staging folder, which replaces the output, and the new
    /// manifest and `fingerprint` are recorded. On error the previous output is as it was.
    pub(crate) fn finish_recording(
        mut self,
        fingerprint: Option<String>,
    ) -> Result<WriteStats, WriteError> {
        let files = std::mem::take(self.files.get_mut().unwrap_or_else(PoisonError::into_inner));
        let mut stats = WriteStats::default();
        for added in files.values() {
            if added.written {
                stats.written += 1;
                stats.bytes += added.entry.size;
            } else {
                stats.unchanged += 1;
            }
        }
        stats.removed = self.previous.as_ref().map_or(0, |previous| {
            previous.keys().filter(|p| !files.contains_key(*p)).count()
        });
        let staged = self
            .staging
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some();
        if !staged
            && stats.removed == 0
            && self.previous.is_some()
            && holds_only(&self.place.folder, |rel| files.contains_key(rel))
        {
            if fingerprint != self.previous_fingerprint {
                let manifest: Manifest = files
                    .into_iter()
                    .map(|(path, added)| (path, added.entry))
                    .collect();
                state::write_state(&self.place, &manifest, fingerprint.as_deref())
                    .map_err(WriteError::output(&self.place.folder))?;
            }
            return Ok(stats);
        }
        let staging = self.staging()?;
        let mut files: Vec<(String, Added)> = files.into_iter().collect();
        super::on_disk_threads(|| {
            files
                .par_iter_mut()
                .filter(|(_, added)| !added.written)
                .try_for_each(|(path, added)| self.keep(path, &mut added.entry))
        })?;
        let manifest: Manifest = files
            .into_iter()
            .map(|(path, added)| (path, added.entry))
            .collect();
        swap::swap(&staging, &self.place, &manifest, fingerprint.as_deref())?;
        // Renamed into place: nothing for `drop` to remove.
        *self
            .staging
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner) = None;
        Ok(stats)
    }

    /// Puts an unchanged file of the previous output into the staging folder: a hard
    /// link (same inode and time, so uploaders skip it), or a copy where the file system
    /// has no hard links.
    fn keep(&self, rel: &str, entry: &mut Entry) -> Result<(), WriteError> {
        let fail = WriteError::output(&self.place.folder);
        let previous = inside(&self.place.folder, rel)
            .ok_or_else(|| fail(io::Error::from(io::ErrorKind::InvalidInput)))?;
        let target = self.target(rel)?;
        if fs::hard_link(&previous, &target).is_err() {
            fs::copy(&previous, &target).map_err(&fail)?;
            entry.modified = Stamp::of(&fs::metadata(&target).map_err(&fail)?);
        }
        Ok(())
    }
}

impl Drop for Writer {
    /// An unfinished (or failed) output leaves nothing behind.
    fn drop(&mut self) {
        let staging = self
            .staging
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(folder) = staging {
            let _ = fs::remove_dir_all(folder);
        }
    }
}

/// Whether the output folder exists and holds no file but those `listed` (by relative
/// path; a file put there by hand is removed by a replacement).
fn holds_only(folder: &Path, listed: impl Fn(&str) -> bool) -> bool {
    if !folder.is_dir() {
        return false;
    }
    walkdir::WalkDir::new(folder)
        .min_depth(1)
        .into_iter()
        .all(|entry| {
            entry.is_ok_and(|entry| {
                entry.file_type().is_dir()
                    || entry.path().strip_prefix(folder).is_ok_and(|rel| {
                        let rel: Vec<_> = rel
                            .components()
                            .map(|c| c.as_os_str().to_string_lossy())
                            .collect();
                        listed(&rel.join("/"))
                    })
            })
        })
}

/// Copies a source file; a source that cannot be read is the site's problem, a target
/// that cannot be written the output's.
/// Writes `bytes` to a new file at `target`; returns its metadata once written.
fn write_new(target: &Path, bytes: &[u8]) -> io::Result<fs::Metadata> {
    let mut file = fs::File::create(target)?;
    io::Write::write_all(&mut file, bytes)?;
    file.metadata()
}

/// Copies `source` to a new file at `target`; returns its metadata once written.
fn copy(source: &Path, target: &Path, output: &Path) -> Result<fs::Metadata, WriteError> {
    let mut from = fs::File::open(source).map_err(reading(source))?;
    let mut to = fs::File::create(target).map_err(WriteError::output(output))?;
    io::copy(&mut from, &mut to).map_err(WriteError::output(output))?;
    to.metadata().map_err(WriteError::output(output))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::write;
    use std::os::unix::fs::MetadataExt;

    /// Path → (inode, modification time) of every file below `dir` and every entry
    /// directly in it (so a staging folder shows).
    fn snapshot(dir: &Path) -> BTreeMap<String, (u64, i64, i64)> {
        walkdir::WalkDir::new(dir)
            .min_depth(1)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.depth() == 1 || e.file_type().is_file())
            .map(|e| {
                let meta = e.metadata().unwrap();
                let rel = e.path().strip_prefix(dir).unwrap();
                (
                    rel.to_string_lossy().into_owned(),
                    (meta.ino(), meta.mtime(), meta.mtime_nsec()),
                )
            })
            .collect()
    }

    fn site() -> Vec<OutputFile> {
        vec![
            OutputFile::text("index.html", "home".into()),
            OutputFile::text("a/index.html", "A".into()),
            OutputFile::text("a/b/index.html", "B".into()),
        ]
    }

    fn stats(written: usize, unchanged: usize, removed: usize, bytes: u64) -> WriteStats {
        WriteStats {
            written,
            unchanged,
            removed,
            bytes,
        }
    }

    #[test]
    fn a_rebuild_with_nothing_changed_touches_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        assert_eq!(write(&out, &site()).unwrap(), stats(3, 0, 0, 6));
        let before = snapshot(dir.path());
        std::thread::sleep(std::time::Duration::from_millis(20));
        let writer = Writer::begin(&out).unwrap();
        for file in site() {
            writer.add(file).unwrap();
        }
        // Not even a staging folder while the files come in.
        assert_eq!(snapshot(dir.path()), before);
        assert_eq!(writer.finish().unwrap(), stats(0, 3, 0, 0));
        assert_eq!(
            snapshot(dir.path()),
            before,
            "inodes and times as they were"
        );
    }

    #[test]
    fn only_changed_files_are_written_and_the_rest_keep_their_inode() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &site()).unwrap();
        let before = snapshot(&out);
        let mut files = site();
        files[1] = OutputFile::text("a/index.html", "A2".into());
        assert_eq!(write(&out, &files).unwrap(), stats(1, 2, 0, 2));
        let after = snapshot(&out);
        for (path, was) in &before {
            if path == "a/index.html" || path == "a" {
                assert_ne!(after[path], *was);
            } else {
                assert_eq!(after[path], *was, "{path} kept");
            }
        }
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "A2");
    }

    #[test]
    fn a_file_changed_or_removed_by_hand_is_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &site()).unwrap();
        // Another size, the same size (a later time), and gone.
        fs::write(out.join("index.html"), "edited by hand").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(out.join("a/index.html"), "X").unwrap();
        fs::remove_file(out.join("a/b/index.html")).unwrap();
        assert_eq!(write(&out, &site()).unwrap(), stats(3, 0, 0, 6));
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "home");
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "A");
        assert_eq!(fs::read_to_string(out.join("a/b/index.html")).unwrap(), "B");
        // A file put into the output by hand goes at the next build.
        fs::write(out.join("stray.txt"), "x").unwrap();
        assert_eq!(write(&out, &site()).unwrap(), stats(0, 3, 0, 0));
        assert!(!out.join("stray.txt").exists());
    }

    #[test]
    fn an_older_state_file_means_every_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &site()).unwrap();
        let state = dir.path().join(".public.lapa");
        fs::write(
            &state,
            r#"{"format": 1, "generator": "lapa 0.1.0", "output": "public"}"#,
        )
        .unwrap();
        assert_eq!(write(&out, &site()).unwrap(), stats(3, 0, 0, 6));
        let text = fs::read_to_string(&state).unwrap();
        assert!(text.starts_with(r#"{"format":2,"#), "{text}");
        assert_eq!(write(&out, &site()).unwrap(), stats(0, 3, 0, 0));
    }

    #[test]
    fn a_copied_file_follows_its_source() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("logo.svg");
        fs::write(&source, "<svg/>").unwrap();
        let out = dir.path().join("site/public");
        let files = || {
            vec![OutputFile {
                path: "img/logo.svg".into(),
                content: Content::Copy(source.clone()),
            }]
        };
        assert_eq!(write(&out, &files()).unwrap(), stats(1, 0, 0, 6));
        assert_eq!(write(&out, &files()).unwrap(), stats(0, 1, 0, 0));
        // Touched but the same: kept.
        fs::write(&source, "<svg/>").unwrap();
        assert_eq!(write(&out, &files()).unwrap(), stats(0, 1, 0, 0));
        fs::write(&source, "<svg></svg>").unwrap();
        assert_eq!(write(&out, &files()).unwrap(), stats(1, 0, 0, 11));
        assert_eq!(
            fs::read_to_string(out.join("img/logo.svg")).unwrap(),
            "<svg></svg>"
        );
        // A source that cannot be read is the site's problem, named by its path.
        fs::remove_file(&source).unwrap();
        let error = write(&out, &files()).unwrap_err();
        assert_eq!((error.kind, error.path), (WriteProblem::Reading, source));
    }

    #[test]
    fn an_unfinished_writer_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write(&out, &site()).unwrap();
        let before = snapshot(dir.path());
        let writer = Writer::begin(&out).unwrap();
        writer
            .add(OutputFile::text("new.html", "new".into()))
            .unwrap();
        assert!(
            fs::read_dir(dir.path()).unwrap().any(|e| e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("staging"))
        );
        drop(writer);
        assert_eq!(snapshot(dir.path()), before);
    }

    #[test]
    fn a_path_given_twice_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let writer = Writer::begin(&out).unwrap();
        writer.add(OutputFile::text("a.html", "1".into())).unwrap();
        let error = writer
            .add(OutputFile::text("a.html", "2".into()))
            .unwrap_err();
        assert!(error.error.to_string().contains("a.html"), "{error:?}");
    }
}
