//! What a rebuild writes: nothing when nothing changed (not even the state file), only
//! the files whose bytes changed after an edit, and it still repairs the output: a file
//! of a removed page goes, a file changed by hand in the output is written again, and
//! the state file of an older lapa (no manifest) leads to one full write.

use crate::support::Site;
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// A file's inode, modification time and bytes.
type Stamp = (u64, i64, i64, Vec<u8>);

/// Every file of the output folder, and the entries beside it in the site folder (the
/// state file, and any staging folder).
fn stamps(site: &Site) -> BTreeMap<String, Stamp> {
    let mut all = BTreeMap::new();
    let stamp = |path: &Path| {
        let meta = std::fs::symlink_metadata(path).unwrap();
        let bytes = if meta.is_file() {
            std::fs::read(path).unwrap()
        } else {
            Vec::new()
        };
        (meta.ino(), meta.mtime(), meta.mtime_nsec(), bytes)
    };
    for entry in walkdir::WalkDir::new(site.public()).min_depth(1) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(site.public()).unwrap();
            all.insert(rel.to_string_lossy().into_owned(), stamp(entry.path()));
        }
    }
    for entry in std::fs::read_dir(site.root()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.starts_with(".public") {
            all.insert(name.clone(), stamp(&site.root().join(&name)));
        }
    }
    all
}

/// The files whose inode or time changed, and those whose bytes changed (or that came
/// or went).
fn differences(
    before: &BTreeMap<String, Stamp>,
    after: &BTreeMap<String, Stamp>,
) -> (Vec<String>, Vec<String>) {
    let paths: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let mut touched = Vec::new();
    let mut changed = Vec::new();
    for path in paths {
        match (before.get(path), after.get(path)) {
            (Some(a), Some(b)) => {
                if (a.0, a.1, a.2) != (b.0, b.1, b.2) {
                    touched.push(path.clone());
                }
                if a.3 != b.3 {
                    changed.push(path.clone());
                }
            }
            _ => {
                touched.push(path.clone());
                changed.push(path.clone());
            }
        }
    }
    (touched, changed)
}

fn pause() {
    // Time stamps of files written now differ from those written before.
    std::thread::sleep(std::time::Duration::from_millis(20));
}

#[test]
fn a_rebuild_with_nothing_changed_writes_nothing() {
    let site = Site::fixture("news");
    site.build(&[]);
    let before = stamps(&site);
    pause();
    let run = site.build(&[]);
    assert!(run.stdout.contains(" 0 changed"), "{}", run.stdout);
    let (touched, _) = differences(&before, &stamps(&site));
    assert!(touched.is_empty(), "touched: {touched:?}");
}

#[test]
fn an_edited_page_rewrites_only_the_files_whose_bytes_changed() {
    let site = Site::fixture("news");
    site.build(&[]);
    let before = stamps(&site);
    pause();
    site.write(
        "content/jaunumi/b.lv.md",
        "---\ntitle: Otrā ziņa, labota\ndate: 2023-02-03\ntags: [\"sadarbiba\", \"Ludza\"]\nmunicipalities: []\nsummary: Kopsavilkums b.\n---\nTeksts b.\n",
    );
    site.build(&[]);
    let (touched, changed) = differences(&before, &stamps(&site));
    // The state file records the new manifest; every other file touched has new bytes.
    assert_eq!(
        touched
            .iter()
            .filter(|p| p.as_str() != ".public.lapa")
            .collect::<Vec<_>>(),
        changed
            .iter()
            .filter(|p| p.as_str() != ".public.lapa")
            .collect::<Vec<_>>()
    );
    assert!(touched.iter().any(|p| p == ".public.lapa"));
    for expected in ["lv/jaunumi/b/index.html", "lv/jaunumi/atom.xml"] {
        assert!(
            changed.iter().any(|p| p == expected),
            "{expected} not in {changed:?}"
        );
    }
    assert!(changed.len() < before.len() / 2, "{changed:?}");
}

#[test]
fn a_removed_page_leaves_the_output() {
    let site = Site::fixture("news");
    site.build(&[]);
    assert!(site.public().join("lv/jaunumi/b/index.html").is_file());
    std::fs::remove_file(site.root().join("content/jaunumi/b.lv.md")).unwrap();
    site.build(&[]);
    assert!(!site.public().join("lv/jaunumi/b").exists());
}

#[test]
fn a_file_changed_by_hand_in_the_output_is_written_again() {
    let site = Site::fixture("news");
    site.build(&[]);
    let before = stamps(&site);
    let home = site.public().join("lv/index.html");
    let original = std::fs::read(&home).unwrap();
    // The same size, other bytes: found by its time.
    let mut edited = original.clone();
    edited[0] = if edited[0] == b'x' { b'y' } else { b'x' };
    pause();
    std::fs::write(&home, &edited).unwrap();
    std::fs::remove_file(site.public().join("lv/par/index.html")).unwrap();
    std::fs::write(site.public().join("stray.html"), "mine").unwrap();
    site.build(&[]);
    let after = stamps(&site);
    let (_, changed) = differences(&before, &after);
    assert_eq!(changed, [".public.lapa"], "the output as built");
    // Nothing else was rewritten.
    let (touched, _) = differences(&before, &after);
    assert_eq!(
        touched,
        [".public.lapa", "lv/index.html", "lv/par/index.html"]
    );
}

#[test]
fn the_state_file_of_an_earlier_lapa_leads_to_one_full_write() {
    let site = Site::fixture("news");
    site.build(&[]);
    let state = site.root().join(".public.lapa");
    std::fs::write(
        &state,
        r#"{"format": 1, "generator": "lapa 0.1.0", "output": "public"}"#,
    )
    .unwrap();
    let before = stamps(&site);
    pause();
    let run = site.build(&[]);
    let files = before.keys().filter(|p| !p.starts_with(".public")).count();
    assert!(
        run.stdout.contains(&format!("{files} changed")),
        "{}",
        run.stdout
    );
    let after = stamps(&site);
    let (_, changed) = differences(&before, &after);
    assert_eq!(changed, [".public.lapa"], "the same output");
    let text = std::fs::read_to_string(&state).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], 2);
    assert_eq!(json["files"].as_object().unwrap().len(), files);
    pause();
    site.build(&[]);
    let (touched, _) = differences(&after, &stamps(&site));
    assert!(touched.is_empty(), "touched: {touched:?}");
}
