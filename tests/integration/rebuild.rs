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

/// The output of a clean build of a copy of the site as it is now (its output and state
/// left out), with `args` after `build`.
fn clean_build(site: &Site, args: &[&str]) -> Vec<(String, Vec<u8>)> {
    let dir = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(site.root())
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !(e.depth() == 1 && (name == "public" || name.starts_with(".public")))
        })
    {
        let entry = entry.unwrap();
        let target = dir
            .path()
            .join(entry.path().strip_prefix(site.root()).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    let run = crate::support::run_lapa(dir.path(), "en", &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    crate::support::tree(&dir.path().join("public"))
}

/// `lapa build <args>` on the site, which must succeed.
fn build_with(site: &Site, args: &[&str]) -> crate::support::Run {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    let run = site.lapa(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

/// A build's printed report without its timing (` in 32 ms`).
fn without_timing(text: &str) -> String {
    text.lines()
        .map(|line| match line.find(" in ") {
            Some(at) if line.starts_with("Built ") => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fingerprint the state file records, if any.
fn recorded_fingerprint(site: &Site) -> Option<String> {
    let text = std::fs::read_to_string(site.root().join(".public.lapa")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["fingerprint"].as_str().map(str::to_string)
}

const NOW: [&str; 2] = ["--now", "2024-01-15T12:00"];

/// Builds the site, changes it with `change`, builds again with `args`: the output is
/// that of a clean build with `args`. The output files written again are returned.
fn rerenders_after(site: &Site, args: &[&str], change: impl FnOnce(&Site)) -> Vec<String> {
    build_with(site, &NOW);
    let before = stamps(site);
    pause();
    change(site);
    build_with(site, args);
    assert_eq!(site.tree(), clean_build(site, args), "as a clean build");
    let (touched, _) = differences(&before, &stamps(site));
    touched
        .into_iter()
        .filter(|p| !p.starts_with(".public"))
        .collect()
}

#[test]
fn a_skipped_rebuild_prints_what_a_full_one_does_and_writes_nothing() {
    let site = Site::fixture("news");
    build_with(&site, &NOW);
    assert!(recorded_fingerprint(&site).is_some());
    // The state file of a lapa without fingerprints: this rebuild renders everything,
    // finds nothing changed, and records the fingerprint (the state file alone).
    let state = site.root().join(".public.lapa");
    let text = std::fs::read_to_string(&state).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json.as_object_mut().unwrap().remove("fingerprint");
    std::fs::write(&state, json.to_string()).unwrap();
    let before = stamps(&site);
    pause();
    let full = build_with(&site, &NOW);
    let (touched, _) = differences(&before, &stamps(&site));
    assert_eq!(touched, [".public.lapa"]);
    assert!(recorded_fingerprint(&site).is_some());
    // The same inputs again: skipped, nothing written, the same report and warnings.
    let before = stamps(&site);
    pause();
    let skipped = build_with(&site, &NOW);
    let (touched, _) = differences(&before, &stamps(&site));
    assert!(touched.is_empty(), "touched: {touched:?}");
    assert!(full.stderr.contains("warning[tag-spellings-merged]"));
    assert_eq!(skipped.stderr, full.stderr);
    assert_eq!(
        without_timing(&skipped.stdout),
        without_timing(&full.stdout)
    );
    assert!(full.stdout.contains(" 0 changed"), "{}", full.stdout);
}

#[test]
fn a_build_with_warnings_of_its_render_prints_them_every_time() {
    let site = Site::fixture("news");
    site.write(
        "content/attels.lv.md",
        "---\ntitle: Attēls\n---\nTeksts.\n\n![](https://example.org/bilde.png)\n",
    );
    let first = build_with(&site, &NOW);
    assert!(
        first.stderr.contains("image-missing-alt"),
        "{}",
        first.stderr
    );
    assert_eq!(recorded_fingerprint(&site), None, "only a render finds it");
    let before = stamps(&site);
    pause();
    let again = build_with(&site, &NOW);
    assert_eq!(again.stderr, first.stderr);
    let (touched, _) = differences(&before, &stamps(&site));
    assert!(touched.is_empty(), "touched: {touched:?}");
}

#[test]
fn drafts_rerender() {
    let site = Site::fixture("basic");
    let changed = rerenders_after(&site, &["--now", "2024-01-15T12:00", "--drafts"], |_| {});
    assert!(!changed.is_empty());
}

#[test]
fn another_base_url_rerenders() {
    let site = Site::fixture("news");
    let args = [
        "--now",
        "2024-01-15T12:00",
        "--base-url",
        "https://other.example/x/",
    ];
    assert!(!rerenders_after(&site, &args, |_| {}).is_empty());
}

#[test]
fn a_changed_added_or_deleted_file_rerenders() {
    let site = Site::fixture("news");
    let changed = rerenders_after(&site, &NOW, |site| {
        site.write(
            "content/jaunumi/a.lv.md",
            "---\ntitle: Pirmā ziņa, labota\ndate: 2023-01-10\n---\nCits teksts.\n",
        );
    });
    assert!(changed.contains(&"lv/jaunumi/a/index.html".to_string()));
    let changed = rerenders_after(&site, &NOW, |site| {
        site.write(
            "content/jaunumi/f.lv.md",
            "---\ntitle: Jauna ziņa\ndate: 2023-06-01\n---\nTeksts f.\n",
        );
    });
    assert!(changed.contains(&"lv/jaunumi/f/index.html".to_string()));
    let changed = rerenders_after(&site, &NOW, |site| {
        std::fs::remove_file(site.root().join("content/jaunumi/f.lv.md")).unwrap();
    });
    assert!(changed.contains(&"lv/jaunumi/f/index.html".to_string()));
    // A comment changes no output: rendered again, nothing written but the state with
    // its new fingerprint.
    let recorded = recorded_fingerprint(&site);
    let changed = rerenders_after(&site, &NOW, |site| {
        let locale = site.root().join("locales/en/main.ftl");
        let text = std::fs::read_to_string(&locale).unwrap();
        std::fs::write(&locale, format!("{text}\n# a comment\n")).unwrap();
    });
    assert!(changed.is_empty(), "{changed:?}");
    assert_ne!(recorded_fingerprint(&site), recorded);
}

#[test]
fn a_touched_static_file_rerenders() {
    let site = Site::fixture("news");
    let changed = rerenders_after(&site, &NOW, |site| {
        // The same size, other bytes.
        let css = site.root().join("themes/plain/static/css/site.css");
        let mut bytes = std::fs::read(&css).unwrap();
        bytes[0] = if bytes[0] == b' ' { b'\n' } else { b' ' };
        std::fs::write(&css, bytes).unwrap();
    });
    assert_eq!(changed, ["css/site.css"]);
}

#[test]
fn a_hand_deleted_output_file_is_written_again() {
    let site = Site::fixture("news");
    let changed = rerenders_after(&site, &NOW, |site| {
        std::fs::remove_file(site.public().join("lv/jaunumi/atom.xml")).unwrap();
    });
    assert_eq!(changed, ["lv/jaunumi/atom.xml"]);
}

#[test]
fn an_event_crossing_now_rerenders() {
    let site = Site::fixture("news");
    // Without the municipality that has no news, whose feed is dated "now".
    site.write(
        "content/data/municipalities.yaml",
        "municipalities:\n  - id: ludza\n    name: {lv: Ludzas novads, en: Ludza Municipality}\n",
    );
    // `pasakumi/tagad` ends on 2024-06-01 at 17:00: later on that afternoon, nothing
    // changes, and the build is skipped.
    build_with(&site, &["--now", "2024-06-01T16:00"]);
    let before = stamps(&site);
    pause();
    build_with(&site, &["--now", "2024-06-01T16:30"]);
    let (touched, _) = differences(&before, &stamps(&site));
    assert!(touched.is_empty(), "touched: {touched:?}");
    // Past its end, it is rendered again, as a clean build.
    let after = ["--now", "2024-06-01T18:00"];
    build_with(&site, &after);
    assert_eq!(site.tree(), clean_build(&site, &after));
    let (_, changed) = differences(&before, &stamps(&site));
    assert!(
        changed.iter().any(|p| p.starts_with("lv/pasakumi/")),
        "{changed:?}"
    );
    let back = ["--now", "2024-06-01T16:00"];
    build_with(&site, &back);
    assert_eq!(site.tree(), clean_build(&site, &back));
}

#[test]
fn another_lapa_program_rerenders() {
    let site = Site::fixture("news");
    build_with(&site, &NOW);
    let recorded = recorded_fingerprint(&site);
    let before = stamps(&site);
    // A copy of the program: another file (and time) than the one that built.
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("lapa");
    std::fs::copy(env!("CARGO_BIN_EXE_lapa"), &program).unwrap();
    pause();
    let output = std::process::Command::new(&program)
        .args(["--lang", "en", "build", "--now", "2024-01-15T12:00"])
        .current_dir(site.root())
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    assert!(output.status.success());
    // Rendered again (the same bytes, so no site file written): a new fingerprint.
    assert_ne!(recorded_fingerprint(&site), recorded);
    let (touched, _) = differences(&before, &stamps(&site));
    assert_eq!(touched, [".public.lapa"]);
}
