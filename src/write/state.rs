//! What lapa keeps beside the output folder, never inside it (so that it is never
//! published, not even by `rsync public/ host:`): for an output folder `<parent>/<name>`,
//!
//! - `<parent>/.<name>.lapa`, the state file: a versioned JSON saying lapa wrote
//!   `<name>` and, since format 2, the manifest of what it wrote (see `manifest`),
//!   written atomically after each successful replacement. An existing, non-empty
//!   folder without it is not lapa's, and lapa refuses to replace it. A state file of
//!   another format still marks the folder as lapa's; its manifest is not used (the next
//!   build writes every file).
//! - `<parent>/.<name>.lapa-lock`, the lock file: the build that writes `<name>` holds
//!   an OS lock on it from before its checks until it exits (the OS releases it when the
//!   process ends in any way); a second build waits for it. The file itself stays.
//!
//! Paths are resolved first (`place`), so an output that is a symbolic link to a folder
//! has its state, lock and staging folders beside the real folder, and the link stays.

use super::manifest::Manifest;
use serde::{Deserialize, Serialize};
use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// The version of the state file's format: 1 was the mark alone, 2 adds the manifest.
pub(crate) const STATE_FORMAT: u32 = 2;

/// An output folder, resolved: the real folder, its parent and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// The output folder (absolute, symbolic links resolved where it exists).
    pub folder: PathBuf,
    /// The folder it is in.
    pub parent: PathBuf,
    /// Its name.
    pub name: String,
}

impl Place {
    /// `<parent>/.<name><suffix>`: the state, lock, staging and old-tree names.
    pub(crate) fn beside(&self, suffix: &str) -> PathBuf {
        self.parent.join(format!(".{}{suffix}", self.name))
    }

    /// The state file.
    pub(crate) fn state_file(&self) -> PathBuf {
        self.beside(".lapa")
    }

    /// The lock file.
    pub(crate) fn lock_file(&self) -> PathBuf {
        self.beside(".lapa-lock")
    }
}

/// Resolves an output folder path.
pub(crate) fn place(output: &Path) -> Place {
    let folder = super::guard::absolute(output);
    let parent = folder
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| folder.clone());
    let name = folder
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".into());
    Place {
        folder,
        parent,
        name,
    }
}

/// A file that stands where a folder of the output's path should be (`--output
/// notes.txt/public`), which no build can get past.
pub(crate) fn file_in_the_way(output: &Path) -> Option<PathBuf> {
    let place = place(output);
    place
        .parent
        .ancestors()
        .find(|a| fs::symlink_metadata(a).is_ok())
        .filter(|a| !a.is_dir())
        .map(Path::to_path_buf)
}

/// The state file's content.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
struct State<M> {
    /// `STATE_FORMAT`.
    format: u32,
    /// `lapa <version>` that wrote it.
    generator: String,
    /// The output folder's name.
    output: String,
    /// What the build wrote (format 2).
    #[serde(default)]
    files: M,
}

/// The state file read only for its mark (the manifest is skipped, not kept).
type Mark = State<serde::de::IgnoredAny>;

/// The manifest of the previous build, when the state file beside the output has one
/// of this format for this folder; `None` otherwise (no state file, an older format,
/// another folder's, unreadable): then every file is written.
pub(super) fn read_manifest(place: &Place) -> Option<Manifest> {
    let text = fs::read(place.state_file()).ok()?;
    let mark: Mark = serde_json::from_slice(&text).ok()?;
    if mark.format != STATE_FORMAT || mark.output != place.name {
        return None;
    }
    serde_json::from_slice::<State<Manifest>>(&text)
        .ok()
        .map(|state| state.files)
}

/// Whether lapa may replace this folder: it does not exist, it is empty, or the state
/// file beside it says a previous lapa build wrote it.
pub(crate) fn written_by_lapa(output: &Path) -> bool {
    let place = place(output);
    let Ok(mut entries) = fs::read_dir(&place.folder) else {
        // Not there (or not a folder: refused elsewhere).
        return true;
    };
    if entries.next().is_none() {
        return true;
    }
    fs::read(place.state_file())
        .ok()
        .and_then(|text| serde_json::from_slice::<Mark>(&text).ok())
        .is_some_and(|state| state.format >= 1 && state.output == place.name)
}

/// Writes the state file with the manifest of the new output atomically (a temporary
/// file renamed over it).
pub(super) fn write_state(place: &Place, files: &Manifest) -> io::Result<()> {
    let state = State {
        format: STATE_FORMAT,
        generator: format!("lapa {}", env!("CARGO_PKG_VERSION")),
        output: place.name.clone(),
        files,
    };
    // Compact: about 130 bytes a file (1.4 MB for a site of 10 000 pages).
    let mut text = serde_json::to_string(&state).map_err(io::Error::other)?;
    text.push('\n');
    let target = place.state_file();
    let temporary = place.beside(&format!(".lapa-state-{}", super::unique()));
    let result = fs::write(&temporary, text).and_then(|()| fs::rename(&temporary, &target));
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// The lock of an output folder, held until dropped (or the process ends).
#[derive(Debug)]
pub(crate) struct OutputLock {
    _file: Option<File>,
}

/// Locks the output folder for this build. When another build holds the lock,
/// `waiting` is called once and this waits until that build ends. The output's parent
/// folder is created if needed. On a file system without locks, builds are not
/// serialised (and nothing fails).
pub(crate) fn lock(output: &Path, waiting: impl FnOnce(&Path)) -> io::Result<OutputLock> {
    let place = place(output);
    fs::create_dir_all(&place.parent)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(place.lock_file())?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            waiting(&place.folder);
            match file.lock() {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::Unsupported => return Ok(unlocked()),
                Err(e) => return Err(e),
            }
        }
        Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
            return Ok(unlocked());
        }
        Err(TryLockError::Error(e)) => return Err(e),
    }
    Ok(OutputLock { _file: Some(file) })
}

fn unlocked() -> OutputLock {
    OutputLock { _file: None }
}

/// Refuses, before anything is written, an output lapa could not replace: a read-only
/// parent folder, or a read-only folder in the output (its files could not be removed).
/// Read-only means no write permission bit at all, so the answer is the same for every
/// user, root included. `Err` is the read-only folder.
pub(crate) fn check_replaceable(place: &Place) -> Result<(), PathBuf> {
    let read_only = |path: &Path| {
        fs::metadata(path)
            .map(|m| m.permissions().readonly())
            .unwrap_or(false)
    };
    if read_only(&place.parent) {
        return Err(place.parent.clone());
    }
    if place.folder.is_dir() {
        for entry in walkdir::WalkDir::new(&place.folder).into_iter().flatten() {
            if entry.file_type().is_dir() && read_only(entry.path()) {
                return Err(entry.path().to_path_buf());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_file_sits_beside_the_output_and_marks_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("index.html"), "x").unwrap();
        assert!(!written_by_lapa(&out));
        let place = place(&out);
        write_state(&place, &Manifest::new()).unwrap();
        assert_eq!(place.state_file(), dir.path().join(".public.lapa"));
        assert!(written_by_lapa(&out));
        let text = fs::read_to_string(place.state_file()).unwrap();
        let state: State<Manifest> = serde_json::from_str(&text).unwrap();
        assert_eq!(state.format, STATE_FORMAT);
        assert_eq!(state.output, "public");
        assert_eq!(read_manifest(&place), Some(Manifest::new()));
        // Only the state file: no temporary left.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
        // A state file of another folder does not count.
        fs::write(place.state_file(), text.replace("public", "site")).unwrap();
        assert!(!written_by_lapa(&out));
    }

    #[test]
    fn an_older_state_file_marks_the_folder_but_has_no_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("index.html"), "x").unwrap();
        let place = place(&out);
        fs::write(
            place.state_file(),
            r#"{"format": 1, "generator": "lapa 0.1.0", "output": "public"}"#,
        )
        .unwrap();
        assert!(written_by_lapa(&out));
        assert_eq!(read_manifest(&place), None);
        // Nor is a manifest of another folder, or a broken one, used.
        fs::write(
            place.state_file(),
            r#"{"format": 2, "generator": "lapa", "output": "site", "files": {}}"#,
        )
        .unwrap();
        assert_eq!(read_manifest(&place), None);
        fs::write(
            place.state_file(),
            r#"{"format": 2, "generator": "lapa", "output": "public", "files": {"a": 1}}"#,
        )
        .unwrap();
        assert!(written_by_lapa(&out));
        assert_eq!(read_manifest(&place), None);
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a/public");
        let first = lock(&out, |_| panic!("nobody holds it")).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let out2 = out.clone();
        let second = std::thread::spawn(move || {
            let tx2 = tx.clone();
            let held = lock(&out2, move |folder| {
                tx2.send(format!("waiting {}", folder.display())).unwrap()
            })
            .unwrap();
            tx.send("locked".to_string()).unwrap();
            drop(held);
        });
        let message = rx.recv().unwrap();
        assert!(message.starts_with("waiting") && message.ends_with("public"));
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(rx.try_recv().is_err(), "the second waits");
        drop(first);
        assert_eq!(rx.recv().unwrap(), "locked");
        second.join().unwrap();
    }
}
