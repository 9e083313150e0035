//! Watching the site's sources: `content/` (with `site.yaml`), `themes/` and `locales/`,
//! recursively, through notify and its debouncer. What arrives is handed on in batches:
//! the events of one save, however an editor does it (a write, a burst of writes, a save
//! through a temporary file renamed over the old one), make one batch of changed paths,
//! relative to the site folder. Editor and system clutter (`.swp`, `~`, `.#…`, vim's
//! `4913` probe, `.tmp`, …) is never in a batch, nor are reads (lapa's own reads while
//! it rebuilds would otherwise start a rebuild).

use crate::load::content_file::is_clutter;
use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// How old an event must be before the debouncer hands it on (with the other events of
/// that moment): the events of one save, which an editor makes within a few
/// milliseconds, arrive together. The shorter this is, the sooner a tab reloads.
const QUIET: Duration = Duration::from_millis(20);

/// How often the debouncer looks for events old enough.
const TICK: Duration = Duration::from_millis(4);

/// A change to this file may change every output: what is passed on when the watcher
/// lost track of what changed.
const EVERYTHING: &str = "content/site.yaml";

/// The folders watched recursively.
pub(crate) const FOLDERS: [&str; 3] = ["content", "themes", "locales"];

/// A running watch of a site folder.
pub(crate) struct Watch {
    /// Stops watching when dropped.
    _debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    events: Receiver<DebounceEventResult>,
    /// The site folder as the watcher names it (absolute, symbolic links resolved).
    root: PathBuf,
}

/// A folder that could not be watched, and why.
pub(crate) struct Unwatched {
    /// The folder, relative to the site folder.
    pub folder: String,
    /// What the system said.
    pub details: String,
}

impl Watch {
    /// Starts watching the folders of `root` that exist. Folders that cannot be watched
    /// are returned beside the watch (`Err` when watching cannot start at all).
    pub(crate) fn start(root: &Path) -> Result<(Self, Vec<Unwatched>), Unwatched> {
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let (sender, events) = channel();
        let mut debouncer = new_debouncer(QUIET, Some(TICK), sender).map_err(|e| Unwatched {
            folder: ".".to_string(),
            details: e.to_string(),
        })?;
        let mut unwatched = Vec::new();
        for folder in FOLDERS {
            let path = root.join(folder);
            if !path.is_dir() {
                continue;
            }
            if let Err(e) = debouncer.watch(&path, RecursiveMode::Recursive) {
                unwatched.push(Unwatched {
                    folder: format!("{folder}/"),
                    details: e.to_string(),
                });
            }
        }
        let watch = Self {
            _debouncer: debouncer,
            events,
            root,
        };
        Ok((watch, unwatched))
    }

    /// Waits for the next batch of changed source paths (relative to the site folder,
    /// sorted, each once). `None` when the watcher has stopped.
    pub(crate) fn next_batch(&self) -> Option<Vec<PathBuf>> {
        loop {
            let mut paths = Vec::new();
            self.take(self.events.recv().ok()?, &mut paths);
            // What else has arrived meanwhile (during the last rebuild) joins this batch.
            while let Ok(result) = self.events.try_recv() {
                self.take(result, &mut paths);
            }
            paths.sort();
            paths.dedup();
            if !paths.is_empty() {
                return Some(paths);
            }
        }
    }

    /// Adds the source paths of a debounced result.
    fn take(&self, result: DebounceEventResult, paths: &mut Vec<PathBuf>) {
        // Errors of the watcher (a queue overflow) are not the site's: what they hid is
        // unknown, so everything is rebuilt, as after a change to site.yaml.
        let Ok(events) = result else {
            paths.push(PathBuf::from(EVERYTHING));
            return;
        };
        for event in events {
            if matches!(event.kind, EventKind::Access(_)) {
                continue;
            }
            if event.need_rescan() {
                paths.push(PathBuf::from(EVERYTHING));
            }
            paths.extend(
                event
                    .paths
                    .iter()
                    .filter_map(|path| source_path(&self.root, path)),
            );
        }
    }
}

/// A watched path as a source path relative to the site folder, or `None` when it is not
/// one the site is built from (clutter, or outside the watched folders).
pub(crate) fn source_path(root: &Path, path: &Path) -> Option<PathBuf> {
    let relative = path.strip_prefix(root).ok()?;
    let names: Vec<&str> = relative
        .components()
        .map(|c| match c {
            Component::Normal(name) => name.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (first, name) = (*names.first()?, *names.last()?);
    let wanted = names.len() > 1 && FOLDERS.contains(&first);
    let clutter = names.iter().any(|n| is_clutter(n)) || is_editor_probe(name);
    (wanted && !clutter).then(|| relative.to_path_buf())
}

/// Files editors make for a moment while saving that `is_clutter` does not know: vim's
/// write probe (`4913`, then `5036`, …: digits only), JetBrains' `___jb_tmp___` and
/// `___jb_old___`, gedit's `.goutputstream-…` (hidden, so clutter already).
fn is_editor_probe(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii_digit())
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
}

#[cfg(test)]
mod tests {
    use super::source_path;
    use std::path::{Path, PathBuf};

    #[test]
    fn sources_count_and_clutter_does_not() {
        let root = Path::new("/site");
        let source = |p: &str| source_path(root, &root.join(p));
        for path in [
            "content/jaunumi/a.lv.md",
            "content/data/projekts.yaml",
            "themes/default/templates/page.html",
            "locales/lv/main.ftl",
            "content/site.yaml",
        ] {
            assert_eq!(source(path), Some(PathBuf::from(path)), "{path}");
        }
        for path in [
            "content/.a.lv.md.swp",
            "content/a.lv.md.swp",
            "content/a.lv.md~",
            "content/.#a.lv.md",
            "content/#a.lv.md#",
            "content/4913",
            "content/a.lv.md.tmp",
            "content/a.lv.md___jb_tmp___",
            "content/.goutputstream-XYZ123",
            "content/.git/index",
            "public/index.html",
            "README.md",
            "content",
            "content/site.yaml.swp",
        ] {
            assert_eq!(source(path), None, "{path}");
        }
        assert_eq!(source_path(root, Path::new("/elsewhere/a.md")), None);
    }
}
