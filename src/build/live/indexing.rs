//! The search indexes of the kept site, made in the background: a rebuild hands a
//! language's records to a job on a thread of its own and returns (the reload need not
//! wait for Pagefind); the job's bundle is swapped in whole when it is ready, so a
//! request sees either the last bundle or the new one, never a half-made one. A newer
//! job for the same index supersedes an older one: the older stops at its next record
//! and its bundle (if it got that far) is thrown away. Until a job is done the index
//! served is the last one made. One job makes an index at a time (the others wait their
//! turn), so that Pagefind's memory is that of one index.

use super::Served;
use crate::render::search::bundle::Indexer;
use crate::render::search::records::Record;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// One bundle: its files by output path (`lv/meklet/pagefind/pagefind.js`).
type Bundle = BTreeMap<String, Served>;

/// A bundle as Pagefind makes it: each file's name inside the folder, and its bytes.
type Made = Vec<(String, Vec<u8>)>;

/// The indexes served and the jobs making them.
#[derive(Default)]
pub(super) struct Indexes {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    jobs: Mutex<Jobs>,
    /// Told whenever a job ends.
    ended: Condvar,
    /// Held by the job making an index.
    turn: Mutex<()>,
}

#[derive(Default)]
struct Jobs {
    /// The latest job asked for, per index folder (`lv/meklet/pagefind`).
    wanted: HashMap<String, u64>,
    /// Jobs not ended yet.
    running: usize,
    /// The bundles served, per index folder.
    bundles: BTreeMap<String, Arc<Bundle>>,
    /// Output paths written and removed by the bundles swapped in since last taken.
    written: BTreeSet<String>,
    removed: BTreeSet<String>,
    /// Pagefind's message for the last job that failed (its index stays as it was).
    failed: Option<String>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Jobs> {
        // A job that panicked left nothing half-done under the lock.
        self.jobs.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Indexes {
    /// Starts making the index in `folder` (of language `lang`) from `records`, in their
    /// order, superseding any job for that folder still running.
    pub(super) fn start(&self, folder: String, lang: String, records: Vec<Arc<Record>>) {
        let job = {
            let mut jobs = self.shared.lock();
            let job = jobs.wanted.get(&folder).map_or(1, |n| n + 1);
            jobs.wanted.insert(folder.clone(), job);
            jobs.running += 1;
            job
        };
        let shared = Arc::clone(&self.shared);
        let work = move || run(&shared, &folder, &lang, job, records);
        let spawned = std::thread::Builder::new()
            .name("lapa-index".to_string())
            .spawn(work);
        if let Err(error) = spawned {
            // No thread for it: the index stays as it was.
            let mut jobs = self.shared.lock();
            jobs.running = jobs.running.saturating_sub(1);
            jobs.failed = Some(error.to_string());
            drop(jobs);
            self.shared.ended.notify_all();
        }
    }

    /// The file of a served bundle at `path`.
    pub(super) fn get(&self, path: &str) -> Option<Served> {
        let jobs = self.shared.lock();
        jobs.bundles
            .iter()
            .find(|(folder, _)| in_folder(path, folder))
            .and_then(|(_, bundle)| bundle.get(path).cloned())
    }

    /// Every path of the served bundles, sorted.
    pub(super) fn paths(&self) -> Vec<String> {
        let jobs = self.shared.lock();
        jobs.bundles
            .values()
            .flat_map(|bundle| bundle.keys().cloned())
            .collect()
    }

    /// Drops the bundles (and stops the jobs) of index folders not in `folders` (the
    /// site has those indexes no more); the paths removed.
    pub(super) fn keep_only(&self, folders: &[&str]) -> Vec<String> {
        let mut jobs = self.shared.lock();
        let gone: Vec<String> = jobs
            .wanted
            .keys()
            .filter(|folder| !folders.contains(&folder.as_str()))
            .cloned()
            .collect();
        let mut removed = Vec::new();
        for folder in gone {
            // A job still running for it ends without swapping anything in.
            if let Some(job) = jobs.wanted.get_mut(&folder) {
                *job += 1;
            }
            if let Some(bundle) = jobs.bundles.remove(&folder) {
                for path in bundle.keys() {
                    jobs.written.remove(path);
                    removed.push(path.clone());
                }
            }
        }
        removed
    }

    /// Waits until no job is running, at most `timeout`; whether none is.
    pub(super) fn settle(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut jobs = self.shared.lock();
        while jobs.running > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            jobs = match self.shared.ended.wait_timeout(jobs, left) {
                Ok((jobs, _)) => jobs,
                Err(poisoned) => poisoned.into_inner().0,
            };
        }
        true
    }

    /// The output paths the bundles swapped in since the last call wrote and removed
    /// (each sorted), and Pagefind's message if a job failed since.
    pub(super) fn take_changes(&self) -> (Vec<String>, Vec<String>, Option<String>) {
        let mut jobs = self.shared.lock();
        let written = std::mem::take(&mut jobs.written).into_iter().collect();
        let removed = std::mem::take(&mut jobs.removed).into_iter().collect();
        (written, removed, jobs.failed.take())
    }
}

/// Whether `path` is inside the folder `folder`.
fn in_folder(path: &str, folder: &str) -> bool {
    path.strip_prefix(folder)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// One job: makes the bundle, and swaps it in if no newer job was asked for since.
fn run(shared: &Shared, folder: &str, lang: &str, job: u64, records: Vec<Arc<Record>>) {
    let current = || shared.lock().wanted.get(folder) == Some(&job);
    let turn = shared.turn.lock().unwrap_or_else(|e| e.into_inner());
    let made = make(lang, records, &current);
    drop(turn);
    let mut jobs = shared.lock();
    match made {
        Ok(Some(files)) if jobs.wanted.get(folder) == Some(&job) => {
            let bundle: Bundle = files
                .into_iter()
                .map(|(name, bytes)| (format!("{folder}/{name}"), Served::Bytes(bytes.into())))
                .collect();
            let old = jobs.bundles.get(folder).cloned().unwrap_or_default();
            for (path, served) in &bundle {
                if old.get(path) != Some(served) {
                    jobs.removed.remove(path);
                    jobs.written.insert(path.clone());
                }
            }
            for path in old.keys().filter(|path| !bundle.contains_key(*path)) {
                jobs.written.remove(path);
                jobs.removed.insert(path.clone());
            }
            jobs.bundles.insert(folder.to_string(), Arc::new(bundle));
        }
        Ok(_) => {}
        Err(error) => jobs.failed = Some(error),
    }
    jobs.running = jobs.running.saturating_sub(1);
    drop(jobs);
    shared.ended.notify_all();
}

/// The bundle's files, or `None` when `current` says the job was superseded.
fn make(
    lang: &str,
    records: Vec<Arc<Record>>,
    current: &dyn Fn() -> bool,
) -> Result<Option<Made>, String> {
    let mut indexer = Indexer::new(lang)?;
    for record in records {
        if !current() {
            return Ok(None);
        }
        indexer.add(Arc::unwrap_or_clone(record))?;
    }
    if !current() {
        return Ok(None);
    }
    indexer.finish().map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(url: &str, content: &str) -> Arc<Record> {
        Arc::new(Record {
            url: url.to_string(),
            content: content.to_string(),
            meta: BTreeMap::from([("title".to_string(), content.to_string())]),
            filters: BTreeMap::new(),
        })
    }

    fn text(served: &Served) -> String {
        match served {
            Served::Bytes(bytes) => {
                let mut text = String::new();
                let mut reader = flate2::read::GzDecoder::new(&bytes[..]);
                let _ = std::io::Read::read_to_string(&mut reader, &mut text);
                text
            }
            Served::File(_) => String::new(),
        }
    }

    #[test]
    fn the_newest_job_is_swapped_in_whole_and_an_older_one_never() {
        let indexes = Indexes::default();
        let folder = "lv/meklet/pagefind";
        indexes.start(
            folder.to_string(),
            "lv".to_string(),
            vec![record("/lv/a/", "Alfabēts vecais")],
        );
        indexes.start(
            folder.to_string(),
            "lv".to_string(),
            vec![record("/lv/a/", "Zirgābols jaunais")],
        );
        assert!(indexes.settle(Duration::from_secs(60)));
        let paths = indexes.paths();
        assert!(paths.contains(&format!("{folder}/pagefind-entry.json")));
        assert!(paths.iter().all(|p| in_folder(p, folder)));
        let fragments: Vec<String> = paths
            .iter()
            .filter(|p| p.starts_with(&format!("{folder}/fragment/")))
            .filter_map(|p| indexes.get(p))
            .map(|served| text(&served))
            .collect();
        assert_eq!(fragments.len(), 1);
        assert!(fragments.iter().all(|f| f.contains("Zirgābols")));
        assert!(!fragments.iter().any(|f| f.contains("Alfabēts")));
        let (written, removed, failed) = indexes.take_changes();
        assert_eq!(written, paths);
        assert!(removed.is_empty() && failed.is_none());
        // The site has that index no more: its files are gone.
        assert_eq!(indexes.keep_only(&[]), paths);
        assert!(indexes.paths().is_empty());
    }
}
