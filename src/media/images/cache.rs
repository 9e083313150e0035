//! Processed images kept between builds, one folder per source and settings:
//! `<cache>/images/<key>/original.<ext>` and `<key>/<width>.<ext>`, where the key is the
//! xxh3-128 of the source's hash, the planned variants, the quality and
//! [`PROCESS_VERSION`]. An entry is made in a temporary folder and renamed into place
//! whole, so a folder with a key's name is always complete; the cache folder carries a
//! `CACHEDIR.TAG` so backup tools skip it. `prune` removes only folders named like keys
//! (and stale temporary ones), never anything else someone put there.

use super::make::make;
use super::plan::plan;
use super::{ImageError, ImageFacts, Variant};
use crate::config::images::ImageSettings;
use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Changes whenever processing makes different bytes from the same source and settings
/// (an encoder, a filter, a quality constant), so old entries are not reused. 2: JPEG
/// through jpeg-encoder. 3: an upright JPEG original stripped without decoding.
pub(crate) const PROCESS_VERSION: u32 = 3;

/// The name of the folder of image entries inside the cache folder.
const IMAGES: &str = "images";

/// A temporary entry older than this is left over from a build that stopped.
const STALE: Duration = Duration::from_secs(3600);

/// What a cache entry is known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct CacheKey(u128);

impl fmt::Display for CacheKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl CacheKey {
    /// The key of an image with these facts processed with these settings.
    pub(crate) fn of(facts: &ImageFacts, settings: &ImageSettings, og: bool) -> Self {
        let mut text = format!(
            "lapa-image {PROCESS_VERSION} {:032x} {} {} q{} o{}",
            facts.hash,
            facts.format.extension(),
            facts.animated,
            settings.quality,
            facts.orientation
        );
        for variant in plan(facts, settings, og) {
            text.push_str(&format!(
                " {}:{}x{}",
                variant.format.extension(),
                variant.width,
                variant.height
            ));
        }
        Self(xxhash_rust::xxh3::xxh3_128(text.as_bytes()))
    }

    /// A key written by [`Display`](fmt::Display): 32 lower-case hex digits.
    fn parse(name: &str) -> Option<Self> {
        let good = name.len() == 32 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        good.then(|| u128::from_str_radix(name, 16).ok().map(Self))
            .flatten()
    }
}

/// An image's files in the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Processed {
    /// The entry's key (keep it for [`Cache::prune`]).
    pub key: CacheKey,
    /// The stripped, upright original, in the source's format.
    pub original: PathBuf,
    /// Each planned variant and its file, in [`plan`]'s order.
    pub variants: Vec<(Variant, PathBuf)>,
    /// Whether the entry was there already (nothing was decoded or encoded).
    pub reused: bool,
}

impl Processed {
    /// The cache file of a variant.
    pub(crate) fn file_of(&self, variant: &Variant) -> Option<&Path> {
        self.variants
            .iter()
            .find(|(v, _)| v == variant)
            .map(|(_, path)| path.as_path())
    }
}

/// The cache folder of processed images.
#[derive(Debug)]
pub(crate) struct Cache {
    /// `<cache>/images`.
    images: PathBuf,
}

impl Cache {
    /// Opens the cache folder `dir`, making it (with its `CACHEDIR.TAG`) if needed.
    pub(crate) fn open(dir: &Path) -> io::Result<Self> {
        let images = dir.join(IMAGES);
        std::fs::create_dir_all(&images)?;
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            write_atomically(
                &tag,
                b"Signature: 8a477f597d28d172789f06886806bc55\n\
                  # This file is a cache directory tag created by lapa (processed images).\n\
                  # For information about cache directory tags, see https://bford.info/cachedir/\n",
            )?;
        }
        Ok(Self { images })
    }

    /// The files of `source` (whose facts are `facts`) for these settings: taken from
    /// the cache when its entry is there, else made (decode once, orient, strip, resize,
    /// encode in parallel) and stored. `og`: the image is a lead image (adds the Open
    /// Graph variant).
    pub(crate) fn process(
        &self,
        source: &Path,
        facts: &ImageFacts,
        settings: &ImageSettings,
        og: bool,
    ) -> Result<Processed, ImageError> {
        let key = CacheKey::of(facts, settings, og);
        let entry = self.images.join(key.to_string());
        let named = |dir: &Path| files(dir, facts, settings, og);
        let (original, variants) = named(&entry);
        if original.is_file() && variants.iter().all(|(_, path)| path.is_file()) {
            return Ok(Processed {
                key,
                original,
                variants,
                reused: true,
            });
        }
        let bytes = std::fs::read(source).map_err(|e| ImageError::io(source, &e))?;
        if xxhash_rust::xxh3::xxh3_128(&bytes) != facts.hash {
            return Err(ImageError::Io {
                path: source.to_path_buf(),
                detail: "the file changed while the site was being built".to_string(),
            });
        }
        let temporary = self.temporary(&key);
        std::fs::create_dir_all(&temporary).map_err(|e| ImageError::io(&temporary, &e))?;
        let (temporary_original, temporary_variants) = named(&temporary);
        let made = make(
            &bytes,
            facts,
            &temporary_original,
            &temporary_variants,
            settings.quality,
        );
        drop(bytes);
        if let Err(problem) = made {
            let _ = std::fs::remove_dir_all(&temporary);
            return Err(problem);
        }
        if entry.exists() {
            // Incomplete (files removed by hand) or made meanwhile by another build.
            let _ = std::fs::remove_dir_all(&entry);
        }
        if let Err(e) = std::fs::rename(&temporary, &entry) {
            let _ = std::fs::remove_dir_all(&temporary);
            // Another build renamed the same entry into place first: it is as good.
            if !entry.is_dir() {
                return Err(ImageError::io(&entry, &e));
            }
        }
        Ok(Processed {
            key,
            original,
            variants,
            reused: false,
        })
    }

    /// Removes every entry whose key is not in `keep`, and temporary folders left by a
    /// build that stopped; anything not named like lapa's entries stays. Returns how
    /// many entries went.
    pub(crate) fn prune(&self, keep: &HashSet<CacheKey>) -> io::Result<usize> {
        let mut removed = 0;
        for item in std::fs::read_dir(&self.images)? {
            let item = item?;
            let name = item.file_name();
            let Some(name) = name.to_str() else {
                continue;
            };
            let unused = CacheKey::parse(name).is_some_and(|key| !keep.contains(&key));
            let stale = name.starts_with(".tmp-") && is_older_than(&item.path(), STALE);
            if (unused || stale) && item.file_type()?.is_dir() {
                std::fs::remove_dir_all(item.path())?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// A fresh temporary folder name for an entry being made.
    fn temporary(&self, key: &CacheKey) -> PathBuf {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        self.images
            .join(format!(".tmp-{key}-{}-{n}", std::process::id()))
    }
}

/// The files of an entry in the folder `dir`.
fn files(
    dir: &Path,
    facts: &ImageFacts,
    settings: &ImageSettings,
    og: bool,
) -> (PathBuf, Vec<(Variant, PathBuf)>) {
    let original = dir.join(format!("original.{}", facts.format.extension()));
    let variants = plan(facts, settings, og)
        .into_iter()
        .map(|variant| {
            let name = format!("{}.{}", variant.width, variant.format.extension());
            (variant, dir.join(name))
        })
        .collect();
    (original, variants)
}

fn is_older_than(path: &Path, age: Duration) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|modified| SystemTime::now().duration_since(modified).ok())
        .is_some_and(|elapsed| elapsed > age)
}

/// Writes a file through a temporary one renamed into place.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)
}
