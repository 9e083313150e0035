//! The manifest: what the last build wrote, file by file (output path → content hash,
//! size, the file's modification time as written; for a copied file also its source's
//! size and time). It is kept in the state file beside the output, so the write step
//! decides what changed without ever reading an old output file, and re-reads a copied
//! source only when the source's size or time moved. Hashes are XXH3-128: change
//! detection, not security (nobody gains by forging a collision with their own site).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read};
use std::path::Path;
use std::time::UNIX_EPOCH;
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// Every file of the output by its relative path.
pub(super) type Manifest = BTreeMap<String, Entry>;

/// One output file as the build left it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Entry {
    /// XXH3-128 of the content, 32 hex digits.
    pub hash: String,
    /// Size in bytes.
    pub size: u64,
    /// The output file's modification time when lapa wrote it: a different time means
    /// someone changed the file, and it is written again.
    pub modified: Stamp,
    /// For a copied file: its source as it was when hashed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceStamp>,
}

/// A modification time: seconds and nanoseconds since 1970 (`[s, ns]` in JSON).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Stamp(pub i64, pub u32);

impl Stamp {
    /// The modification time of a file's metadata (zero where the system has none).
    pub(super) fn of(meta: &fs::Metadata) -> Stamp {
        match meta.modified().map(|t| t.duration_since(UNIX_EPOCH)) {
            Ok(Ok(d)) => Stamp(
                i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                d.subsec_nanos(),
            ),
            Ok(Err(before)) => {
                let d = before.duration();
                Stamp(
                    -i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                    d.subsec_nanos(),
                )
            }
            Err(_) => Stamp::default(),
        }
    }
}

/// A copied file's source: size and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct SourceStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time.
    pub modified: Stamp,
}

impl SourceStamp {
    /// The stamp of a source file's metadata.
    pub(super) fn of(meta: &fs::Metadata) -> SourceStamp {
        SourceStamp {
            size: meta.len(),
            modified: Stamp::of(meta),
        }
    }
}

/// The hash of rendered bytes.
pub(super) fn hash_bytes(bytes: &[u8]) -> String {
    format!("{:032x}", xxh3_128(bytes))
}

/// The hash and size of a file's content, read in pieces.
pub(super) fn hash_file(path: &Path) -> io::Result<(String, u64)> {
    let mut file = fs::File::open(path)?;
    let mut hasher = Xxh3::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        size += n as u64;
    }
    Ok((format!("{:032x}", hasher.digest128()), size))
}

/// Whether the output file at `path` is still the one the manifest describes: a file of
/// the recorded size and modification time.
pub(super) fn still_there(path: &Path, entry: &Entry) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| {
        meta.is_file() && meta.len() == entry.size && Stamp::of(&meta) == entry.modified
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hashes_like_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(&path, &bytes).unwrap();
        assert_eq!(
            hash_file(&path).unwrap(),
            (hash_bytes(&bytes), bytes.len() as u64)
        );
        assert_ne!(hash_bytes(b"a"), hash_bytes(b"b"));
        assert_eq!(hash_bytes(b"").len(), 32);
    }

    #[test]
    fn a_file_changed_by_hand_is_not_still_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "abc").unwrap();
        let meta = fs::metadata(&path).unwrap();
        let entry = Entry {
            hash: hash_bytes(b"abc"),
            size: 3,
            modified: Stamp::of(&meta),
            source: None,
        };
        assert!(still_there(&path, &entry));
        assert!(!still_there(&dir.path().join("b.txt"), &entry));
        let moved = Entry {
            modified: Stamp(entry.modified.0 + 10, 0),
            ..entry.clone()
        };
        assert!(!still_there(&path, &moved));
        fs::write(&path, "abcd").unwrap();
        assert!(!still_there(&path, &entry));
    }

    #[test]
    fn entries_read_back_as_written() {
        let entry = Entry {
            hash: hash_bytes(b"x"),
            size: 1,
            modified: Stamp(1_700_000_000, 5),
            source: Some(SourceStamp {
                size: 1,
                modified: Stamp(-3, 0),
            }),
        };
        let text = serde_json::to_string(&entry).unwrap();
        assert!(text.contains("\"modified\":[1700000000,5]"), "{text}");
        assert_eq!(serde_json::from_str::<Entry>(&text).unwrap(), entry);
    }
}
