//! Nothing in the output folder's place is ever lost: a folder lapa did not write is
//! refused, two builds into one folder take turns, a folder that cannot be replaced is
//! reported by its name (never a staging path) and left as it was, and a `--root` that is
//! not a folder is a usage error. Tests run as root here, so read-only folders are
//! detected by their permission bits (which lapa respects for every user), and write
//! failures are provoked with files where folders belong.

use crate::support::{Run, Site, run_lapa, tree};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NOW: &str = "2024-01-15T12:00";

/// Runs `lapa --lang <lang> build --now … <args>` in `cwd`.
fn lapa(cwd: &Path, lang: &str, args: &[&str]) -> Run {
    let mut all = vec!["build", "--now", NOW];
    all.extend_from_slice(args);
    run_lapa(cwd, lang, &all)
}

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap()
}

/// No staging folder, hidden old tree or temporary state file is left in `dir`.
fn assert_no_leftovers(dir: &Path) {
    for name in names(dir) {
        assert!(
            !name.contains("lapa-staging")
                && !name.contains("lapa-old")
                && !name.contains("lapa-state"),
            "{name} left behind in {}",
            dir.display()
        );
    }
}

fn assert_usage(run: &Run, header: &str) {
    assert_eq!(run.code, 2, "exit 2 expected; stderr:\n{}", run.stderr);
    assert!(
        run.stderr.starts_with(header),
        "expected the header {header:?}, got:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("staging"), "{}", run.stderr);
}

#[test]
fn a_folder_of_other_files_is_refused_and_left_as_it_was() {
    let site = Site::fixture("basic");
    let docs = tempfile::tempdir().unwrap();
    std::fs::write(docs.path().join("letter.txt"), "Dear …").unwrap();
    std::fs::create_dir_all(docs.path().join("photos")).unwrap();
    std::fs::write(docs.path().join("photos/a.jpg"), [0xff, 0xd8]).unwrap();
    let before = tree(docs.path());
    let out = docs.path().to_str().unwrap();
    let run = lapa(site.root(), "en", &["--output", out]);
    assert_usage(
        &run,
        &format!(
            "error[output-not-lapa]: The output folder {} already holds files that lapa did not write",
            canonical(docs.path()).display()
        ),
    );
    assert!(run.stderr.contains("--output"), "{}", run.stderr);
    assert_eq!(tree(docs.path()), before);
    // Nothing beside it either: no lock file, no state file.
    let parent = docs.path().parent().unwrap();
    let name = docs.path().file_name().unwrap().to_string_lossy();
    assert!(!parent.join(format!(".{name}.lapa-lock")).exists());
    assert!(!parent.join(format!(".{name}.lapa")).exists());

    let run = lapa(site.root(), "lv", &["--output", out]);
    assert_usage(
        &run,
        &format!(
            "kļūda[output-not-lapa]: Rezultāta mapē {} jau ir faili, ko nav ierakstījusi lapa",
            canonical(docs.path()).display()
        ),
    );
    assert_eq!(tree(docs.path()), before);
}

#[test]
fn an_empty_folder_is_used_and_the_state_file_is_beside_it_not_in_it() {
    let site = Site::fixture("basic");
    std::fs::create_dir_all(site.public()).unwrap();
    let run = lapa(site.root(), "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.public().join("lv/index.html").is_file());
    let state = std::fs::read_to_string(site.root().join(".public.lapa")).unwrap();
    let state: serde_json::Value = serde_json::from_str(&state).unwrap();
    assert_eq!(state["format"], 2);
    assert_eq!(state["output"], "public");
    assert!(
        tree(&site.public())
            .iter()
            .all(|(rel, _)| !rel.contains(".lapa")),
        "nothing of lapa's own is published"
    );
    assert_eq!(
        names(site.root()),
        [
            ".public.lapa",
            ".public.lapa-lock",
            "content",
            "locales",
            "public",
            "themes"
        ]
    );
    // Its own output is replaced by the next build.
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par mums\n---\nJauns teksts.\n",
    );
    let run = lapa(site.root(), "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        std::fs::read_to_string(site.public().join("lv/par/index.html"))
            .unwrap()
            .contains("Jauns teksts.")
    );
}

#[test]
fn the_output_of_an_earlier_lapa_without_a_state_file_is_refused_with_a_way_out() {
    let site = Site::fixture("basic");
    site.build(&[]);
    std::fs::remove_file(site.root().join(".public.lapa")).unwrap();
    let before = site.tree();
    let run = lapa(site.root(), "en", &[]);
    assert_usage(&run, "error[output-not-lapa]: ");
    assert!(
        run.stderr
            .contains("earlier lapa version, delete it once and build again"),
        "{}",
        run.stderr
    );
    assert_eq!(site.tree(), before);
    // A state file of another folder does not count either.
    std::fs::write(
        site.root().join(".public.lapa"),
        r#"{"format": 1, "generator": "lapa", "output": "site"}"#,
    )
    .unwrap();
    assert_eq!(lapa(site.root(), "en", &[]).code, 2);
    // Following the hint works.
    std::fs::remove_dir_all(site.public()).unwrap();
    let run = lapa(site.root(), "en", &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.tree(), before);
}

#[test]
fn a_symlinked_output_is_written_through_and_the_link_stays() {
    let site = Site::fixture("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("www");
    std::fs::create_dir_all(&real).unwrap();
    std::os::unix::fs::symlink(&real, site.public()).unwrap();
    for _ in 0..2 {
        let run = lapa(site.root(), "en", &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            std::fs::symlink_metadata(site.public())
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(real.join("lv/index.html").is_file());
    }
    // State, lock and staging live beside the real folder.
    assert_eq!(
        names(elsewhere.path()),
        [".www.lapa", ".www.lapa-lock", "www"]
    );
    // A link to a folder of other files is refused like the folder.
    std::fs::remove_file(site.public()).unwrap();
    let docs = elsewhere.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("a.txt"), "mine").unwrap();
    std::os::unix::fs::symlink(&docs, site.public()).unwrap();
    let run = lapa(site.root(), "en", &[]);
    assert_usage(
        &run,
        &format!(
            "error[output-not-lapa]: The output folder {} ",
            canonical(&docs).display()
        ),
    );
    assert_eq!(names(&docs), ["a.txt"]);
}

#[test]
fn relative_root_and_output_paths() {
    let top = tempfile::tempdir().unwrap();
    let site = Site::fixture("basic");
    let site_dir = top.path().join("site");
    std::fs::rename(site.root(), &site_dir).unwrap();
    // --output is relative to --root, which is relative to where lapa runs.
    let run = lapa(top.path(), "en", &["--root", "site", "--output", "../out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(top.path().join("out/lv/index.html").is_file());
    assert_eq!(
        names(top.path()),
        [".out.lapa", ".out.lapa-lock", "out", "site"]
    );
    let run = lapa(&site_dir, "en", &["--root", ".", "--output", "../out"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_no_leftovers(top.path());
    // The site folder's own output stays separate.
    assert!(!site_dir.join("public").exists());
}

#[test]
fn a_file_where_the_output_folder_should_be_is_refused() {
    let site = Site::fixture("basic");
    site.write("public", "notes, not a folder");
    let run = lapa(site.root(), "en", &[]);
    assert_usage(
        &run,
        &format!(
            "error[output-not-folder]: The output folder {} is a file, not a folder.",
            canonical(&site.public()).display()
        ),
    );
    assert_eq!(
        std::fs::read_to_string(site.public()).unwrap(),
        "notes, not a folder"
    );
    assert_no_leftovers(site.root());
}

#[test]
fn a_file_where_a_folder_of_the_output_path_should_be_is_refused() {
    let site = Site::fixture("basic");
    site.write("build", "a file");
    let run = lapa(site.root(), "en", &["--output", "build/site/public"]);
    assert_usage(
        &run,
        &format!(
            "error[output-path-blocked]: lapa cannot create the output folder {}: {} is a file, not a folder.",
            canonical(site.root()).join("build/site/public").display(),
            canonical(site.root()).join("build").display()
        ),
    );
    let run = lapa(site.root(), "lv", &["--output", "build/site/public"]);
    assert_usage(
        &run,
        "kļūda[output-path-blocked]: lapa nevar izveidot rezultāta mapi ",
    );
    assert_eq!(
        std::fs::read_to_string(site.root().join("build")).unwrap(),
        "a file"
    );
    assert_eq!(
        names(site.root()),
        ["build", "content", "locales", "themes"]
    );
}

/// Sets a folder's permission bits.
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_output_or_parent_folder_is_refused_and_left_as_it_was() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let before = site.tree();
    let before_names = names(site.root());

    // A read-only folder inside the output: its files could not be removed.
    let lv = site.public().join("lv");
    chmod(&lv, 0o555);
    let run = lapa(site.root(), "en", &[]);
    chmod(&lv, 0o755);
    assert_usage(
        &run,
        &format!(
            "error[output-read-only]: lapa cannot replace the output folder {}: the folder {} is read-only.",
            canonical(&site.public()).display(),
            canonical(&lv).display()
        ),
    );
    assert_eq!(site.tree(), before);
    assert_eq!(names(site.root()), before_names);

    // The output folder itself read-only.
    chmod(&site.public(), 0o555);
    let run = lapa(site.root(), "lv", &[]);
    chmod(&site.public(), 0o755);
    assert_usage(
        &run,
        "kļūda[output-read-only]: lapa nevar aizstāt rezultāta mapi ",
    );
    assert_eq!(site.tree(), before);

    // A read-only folder the output is in.
    let parent = tempfile::tempdir().unwrap();
    let locked = parent.path().join("locked");
    std::fs::create_dir_all(&locked).unwrap();
    chmod(&locked, 0o555);
    let out = locked.join("public");
    let run = lapa(site.root(), "en", &["--output", out.to_str().unwrap()]);
    let left = names(&locked);
    chmod(&locked, 0o755);
    assert_usage(
        &run,
        &format!(
            "error[output-read-only]: lapa cannot replace the output folder {}: the folder {} is read-only.",
            canonical(&locked).join("public").display(),
            canonical(&locked).display()
        ),
    );
    assert!(left.is_empty(), "nothing written into it: {left:?}");
}

#[test]
fn a_replacement_that_fails_half_way_puts_the_previous_output_back() {
    let site = Site::fixture("basic");
    // An empty output folder (lapa may use it) and a folder where its state file goes:
    // the swap succeeds, recording the state cannot, so the swap is undone.
    std::fs::create_dir_all(site.public()).unwrap();
    std::fs::create_dir_all(site.root().join(".public.lapa/in-the-way")).unwrap();
    let run = lapa(site.root(), "en", &[]);
    assert_usage(
        &run,
        &format!(
            "error[output-unwritable]: lapa cannot write the output folder {}: ",
            canonical(&site.public()).display()
        ),
    );
    assert!(run.stderr.contains("Nothing was written"), "{}", run.stderr);
    assert!(
        names(&site.public()).is_empty(),
        "the old (empty) output is back"
    );
    assert_no_leftovers(site.root());
}

/// Holds the output's lock as another build would.
fn hold_lock(root: &Path) -> std::fs::File {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(root.join(".public.lapa-lock"))
        .unwrap();
    file.lock().unwrap();
    file
}

#[test]
fn a_second_build_waits_for_the_first_and_says_so() {
    let reference = Site::fixture("basic");
    reference.build(&[]);
    let site = Site::fixture("basic");
    site.build(&[]);
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par mums\n---\nOtrā būvēšana.\n",
    );
    let lock = hold_lock(site.root());
    let mut child = Command::new(env!("CARGO_BIN_EXE_lapa"))
        .args(["--lang", "en", "build", "--now", NOW])
        .current_dir(site.root())
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert_eq!(
        line.trim_end(),
        format!(
            "Another build is writing {}; waiting for it to finish…",
            canonical(&site.public()).display()
        )
    );
    // It waits: still running after a while, and the output is the old one.
    std::thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "the build waits");
    assert!(
        !std::fs::read_to_string(site.public().join("lv/par/index.html"))
            .unwrap()
            .contains("Otrā būvēšana.")
    );
    drop(lock);
    let started = Instant::now();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(started.elapsed() < Duration::from_secs(60));
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(rest.is_empty(), "nothing else on stderr: {rest}");
    assert!(
        std::fs::read_to_string(site.public().join("lv/par/index.html"))
            .unwrap()
            .contains("Otrā būvēšana.")
    );
    // Complete: the same files as a build of the unchanged site.
    let paths = |t: Vec<(String, Vec<u8>)>| t.into_iter().map(|(p, _)| p).collect::<Vec<_>>();
    assert_eq!(paths(site.tree()), paths(reference.tree()));
    assert_no_leftovers(site.root());
}

#[test]
fn builds_started_together_all_finish_with_one_complete_output() {
    let reference = Site::fixture("basic");
    reference.build(&[]);
    let site = Site::fixture("basic");
    let children: Vec<_> = (0..4)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_lapa"))
                .args(["--lang", "en", "build", "--now", NOW])
                .current_dir(site.root())
                .env_remove("SOURCE_DATE_EPOCH")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{stderr}");
        for line in stderr.lines() {
            assert!(line.starts_with("Another build is writing"), "{line}");
        }
    }
    assert_eq!(site.tree(), reference.tree());
    assert_eq!(
        names(site.root()),
        [
            ".public.lapa",
            ".public.lapa-lock",
            "content",
            "locales",
            "public",
            "themes"
        ]
    );
}

#[test]
fn a_root_that_is_missing_or_not_a_folder_is_a_usage_error() {
    let site = Site::fixture("basic");
    let run = lapa(site.root(), "en", &["--root", "no-such-site"]);
    assert_usage(
        &run,
        "error[root-missing]: The site folder no-such-site does not exist.",
    );
    assert!(run.stdout.is_empty());
    let run = lapa(site.root(), "lv", &["--root", "no-such-site"]);
    assert_usage(&run, "kļūda[root-missing]: Vietnes mapes no-such-site nav.");
    let run = lapa(site.root(), "en", &["--root", "content/site.yaml"]);
    assert_usage(
        &run,
        "error[root-not-folder]: The site folder content/site.yaml is a file, not a folder.",
    );
    let run = lapa(site.root(), "lv", &["--root", "content/site.yaml"]);
    assert_usage(
        &run,
        "kļūda[root-not-folder]: Vietnes mape content/site.yaml ir fails, nevis mape.",
    );
    assert_eq!(names(site.root()), ["content", "locales", "themes"]);
}
