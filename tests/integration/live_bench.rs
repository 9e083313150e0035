//! How long `Live::apply` takes for one-page edits on a large generated site: a
//! measurement, not a timed test (ignored; see `docs/benchmark.md`). Run with
//! `LAPA_LIVE_SITE=/tmp/bw/lapa-10000 cargo test --release --test integration
//! live_bench -- --ignored --nocapture` on a corpus made by `scripts/bench --keep` (it is
//! copied, never changed).

use lapa::probe::Live;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        if rel.starts_with("public") {
            continue;
        }
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The peak resident memory of this process so far, in MiB.
fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0)
}

fn report(name: &str, mut times: Vec<Duration>, written: usize) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<12} n={:<3} median {:>7.1} ms  worst {:>7.1} ms  best {:>7.1} ms  ({written} files written in all)",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        ms(times[0]),
    );
}

/// Replaces the first line starting with `key` in the front matter of `rel`.
fn set_line(root: &Path, rel: &str, key: &str, line: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let old = text
        .lines()
        .find(|l| l.starts_with(key))
        .unwrap()
        .to_string();
    std::fs::write(&path, text.replacen(&old, line, 1)).unwrap();
}

#[test]
#[ignore = "a measurement on a generated corpus: LAPA_LIVE_SITE=<scripts/bench --keep corpus>"]
fn live_bench() {
    let Ok(corpus) = std::env::var("LAPA_LIVE_SITE") else {
        println!("set LAPA_LIVE_SITE to a corpus kept by scripts/bench --keep");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    copy_tree(Path::new(&corpus), dir.path());
    let root = dir.path();
    let started = Instant::now();
    let mut live = Live::open(root).unwrap();
    println!(
        "open: {:.2} s, {} outputs, peak RSS {:.0} MiB",
        started.elapsed().as_secs_f64(),
        live.paths().len(),
        peak_rss_mib()
    );
    let pages: Vec<String> = (0..20)
        .map(|i| format!("content/jaunumi/bench-{:06}.lv.md", i * 97 + 3))
        .collect();
    let edits = 20;
    type Edit = fn(&Path, &str, usize);
    let kinds: [(&str, Edit); 3] = [
        ("body", |root, rel, i| {
            let path = root.join(rel);
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, format!("{text}\nLabojums {i}.\n")).unwrap();
        }),
        ("title", |root, rel, i| {
            set_line(
                root,
                rel,
                "title:",
                &format!("title: \"Labots virsraksts {i}\""),
            );
        }),
        ("date", |root, rel, i| {
            set_line(
                root,
                rel,
                "date:",
                &format!("date: 2019-0{}-1{}", 1 + i % 9, i % 10),
            );
        }),
    ];
    for (name, edit) in kinds {
        let mut times = Vec::new();
        let mut written = 0;
        for (i, rel) in pages.iter().take(edits).enumerate() {
            edit(root, rel, i);
            let started = Instant::now();
            // The rebuild serve waits for before the reload; the search indexes it then
            // makes in the background are waited for outside the time.
            let change = live.apply_unsettled(&[PathBuf::from(rel)]).unwrap();
            times.push(started.elapsed());
            written += change.written.len() + live.settle().unwrap().written.len();
        }
        report(name, times, written);
    }
    println!("peak RSS after the edits: {:.0} MiB", peak_rss_mib());
}
