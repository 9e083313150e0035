//! The bad-input corpus: every folder `tests/fixtures/bad/<case>/` is one broken site.
//! `case.yaml` says which base fixture to copy, what to remove, which arguments to add and
//! which diagnostics (id, severity, file, line, column) and exit code to expect; `site/`
//! is laid over the copy. The format is described in `tests/fixtures/bad/README.md`.
//!
//! One test runs every case (sorted by name) in English and in Latvian, collects every
//! difference, and reports them all at the end, so one broken case never hides another.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `case.yaml`; unknown fields are an error, so a typo in a case is caught.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Case {
    /// Fixture under `tests/fixtures/` copied first, or `bundled` for the repository's site.
    #[serde(default = "default_base")]
    pub(super) base: String,
    /// Files (or folders) of the base deleted before the overlay.
    #[serde(default)]
    pub(super) remove: Vec<String>,
    /// Extra arguments after `lapa build --now 2024-01-15T12:00`.
    #[serde(default)]
    pub(super) args: Vec<String>,
    /// Extra environment variables for the broken runs (the harness removes `LANG`,
    /// `LANGUAGE`, `LC_*` and `SOURCE_DATE_EPOCH` from every run).
    #[serde(default)]
    pub(super) env: BTreeMap<String, String>,
    /// Expected exit code: 1 (default) for errors, 0 for warnings only, 2 for usage.
    #[serde(default = "default_exit")]
    pub(super) exit: i32,
    /// Diagnostics that must be reported (others may be too).
    #[serde(default)]
    pub(super) expect: Vec<Expect>,
}

/// One expected diagnostic header; a missing file, line or column means "none printed".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Expect {
    id: String,
    #[serde(default)]
    severity: Severity,
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
}

#[derive(Debug, Default, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(super) enum Severity {
    #[default]
    Error,
    Warning,
}

fn default_base() -> String {
    "basic".to_string()
}

fn default_exit() -> i32 {
    1
}

/// A diagnostic header as printed: `severity[id]: file:line:col: text`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Header {
    pub(super) severity: Option<Severity>,
    pub(super) id: String,
    pub(super) file: Option<String>,
    pub(super) line: Option<u32>,
    pub(super) column: Option<u32>,
}

impl std::fmt::Display for Header {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let severity = match self.severity {
            Some(Severity::Error) => "error",
            Some(Severity::Warning) => "warning",
            None => "?",
        };
        write!(f, "{severity}[{}]", self.id)?;
        if let Some(file) = &self.file {
            write!(f, ": {file}")?;
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        Ok(())
    }
}

impl Expect {
    fn header(&self) -> Header {
        Header {
            severity: Some(self.severity),
            id: self.id.clone(),
            file: self.file.clone(),
            line: self.line,
            column: self.column,
        }
    }
}

/// Every header line of lapa's stderr, in English or Latvian.
pub(super) fn headers(stderr: &str) -> Vec<Header> {
    let head = regex::Regex::new(r"^(\S+)\[([a-z0-9-]+)\]: (.*)$").unwrap();
    let located = regex::Regex::new(r"^([^:]+?):(\d+):(\d+): ").unwrap();
    let file_only = regex::Regex::new(r"^([^:]+?): ").unwrap();
    let mut found = Vec::new();
    for line in stderr.lines() {
        let Some(c) = head.captures(line) else {
            continue;
        };
        let severity = match &c[1] {
            "error" | "kļūda" => Some(Severity::Error),
            "warning" | "brīdinājums" => Some(Severity::Warning),
            _ => None,
        };
        let rest = &c[3];
        let mut header = Header {
            severity,
            id: c[2].to_string(),
            file: None,
            line: None,
            column: None,
        };
        if let Some(l) = located.captures(rest).filter(|l| looks_like_path(&l[1])) {
            header.file = Some(l[1].to_string());
            header.line = l[2].parse().ok();
            header.column = l[3].parse().ok();
        } else if let Some(f) = file_only.captures(rest).filter(|f| looks_like_path(&f[1])) {
            header.file = Some(f[1].to_string());
        }
        found.push(header);
    }
    found
}

/// A site-relative file as lapa prints it (`content/par.lv.md`), not the start of a text:
/// below one of the site's folders, or one word with a `/` or a `.`.
fn looks_like_path(text: &str) -> bool {
    ["content/", "locales/", "themes/"]
        .iter()
        .any(|folder| text.starts_with(folder))
        || (!text.contains(char::is_whitespace) && text.contains(['/', '.']))
}

/// Every file and folder below `root` with its bytes (`None` for folders), sorted.
pub(super) fn snapshot_tree(root: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = e
                .file_type()
                .is_file()
                .then(|| std::fs::read(e.path()).unwrap_or_default());
            (rel, bytes)
        })
        .collect()
}

/// What differs between two trees, for a failure message.
pub(super) fn tree_differences(
    before: &BTreeMap<String, Option<Vec<u8>>>,
    after: &BTreeMap<String, Option<Vec<u8>>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (path, bytes) in before {
        match after.get(path) {
            None => out.push(format!("{path} was removed")),
            Some(b) if b != bytes => out.push(format!("{path} was changed")),
            _ => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        out.push(format!("{path} was added"));
    }
    out
}

pub(super) fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.map_err(|e| e.to_string())?;
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        } else {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Runs lapa in `root` with a clean environment (no `LANG`, no `SOURCE_DATE_EPOCH`).
fn lapa(root: &Path, args: &[String], env: &BTreeMap<String, String>) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lapa"));
    command.args(args).current_dir(root);
    for var in [
        "LANG",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "SOURCE_DATE_EPOCH",
    ] {
        command.env_remove(var);
    }
    command.envs(env);
    match command.output() {
        Ok(output) => (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ),
        Err(e) => (-1, format!("lapa did not start: {e}")),
    }
}

/// The stderr text with the temporary folder and timing figures replaced, so that it is the
/// same on every run.
fn normalise(stderr: &str, root: &Path) -> String {
    let mut text = stderr.to_string();
    let mut roots = vec![root.to_path_buf()];
    if let Ok(real) = root.canonicalize() {
        roots.insert(0, real);
    }
    for r in roots {
        text = text.replace(&r.to_string_lossy().into_owned(), "[site]");
    }
    let time = regex::Regex::new(r"\b\d+(?:[.,]\d+)? ?(?:ns|µs|ms|s)\b").unwrap();
    time.replace_all(&text, "[time]").into_owned()
}

pub(super) fn cases_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

/// `work` for each case folder, on a few threads (each case runs lapa, which waits on
/// files more than it computes); the results in the folders' order.
pub(crate) fn on_threads<T: Send + Default + Clone>(
    folders: &[PathBuf],
    work: impl Fn(&Path) -> T + Sync,
) -> Vec<T> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(vec![T::default(); folders.len()]);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(folder) = folders.get(i) else {
                        break;
                    };
                    let result = work(folder);
                    if let Ok(mut results) = results.lock() {
                        results[i] = result;
                    }
                }
            });
        }
    });
    results.into_inner().unwrap_or_default()
}

#[test]
fn every_bad_input_case() {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(cases_folder())
        .expect("tests/fixtures/bad exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(!folders.is_empty(), "no case in tests/fixtures/bad");

    let results = on_threads(&folders, |folder| {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        run_case(&name, folder)
            .into_iter()
            .map(|p| format!("{name}: {p}"))
            .collect::<Vec<String>>()
    });
    let failed_cases = results.iter().filter(|r| !r.is_empty()).count();
    let failures: Vec<String> = results.into_iter().flatten().collect();
    assert!(
        failures.is_empty(),
        "{failed_cases} of {} bad-input cases differ:\n\n{}\n",
        folders.len(),
        failures.join("\n\n")
    );
}

/// Runs one case; returns what differed (empty when the case passes).
fn run_case(name: &str, folder: &Path) -> Vec<String> {
    let (case, description) = match read_case(folder) {
        Ok(c) => c,
        Err(e) => return vec![e],
    };
    let temp = match tempfile::tempdir() {
        Ok(t) => t,
        Err(e) => return vec![format!("no temporary folder: {e}")],
    };
    let root = temp.path();
    if let Err(e) = prepare(&case, folder, root) {
        return vec![e];
    }

    let mut problems = Vec::new();
    let before = snapshot_tree(root);
    for lang in ["en", "lv"] {
        let mut args: Vec<String> = ["--lang", lang, "build", "--now", "2024-01-15T12:00"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.extend(case.args.iter().cloned());
        let (code, stderr) = lapa(root, &args, &case.env);
        let problem = |what: String| format!("[--lang {lang}] {what}\n--- stderr ---\n{stderr}");

        if code != case.exit {
            problems.push(problem(format!("exit code {code}, expected {}", case.exit)));
        }
        let found = headers(&stderr);
        for expect in &case.expect {
            let wanted = expect.header();
            if !found.contains(&wanted) {
                let printed: Vec<String> = found.iter().map(ToString::to_string).collect();
                problems.push(problem(format!(
                    "expected {wanted}, but the headers were [{}]",
                    printed.join(", ")
                )));
            }
        }
        let after = snapshot_tree(root);
        let changed = if code == 0 {
            // A successful build replaces public/ and its state file (which records
            // what public/ holds), and keeps the images it made in its cache; nothing
            // else may change.
            let outside = |t: &BTreeMap<String, Option<Vec<u8>>>| {
                t.iter()
                    .filter(|(p, _)| {
                        !(p.as_str() == "public"
                            || p.starts_with("public/")
                            || p.as_str() == ".public.lapa"
                            || p.as_str() == ".lapa-cache"
                            || p.starts_with(".lapa-cache/"))
                    })
                    .map(|(p, b)| (p.clone(), b.clone()))
                    .collect::<BTreeMap<_, _>>()
            };
            tree_differences(&outside(&before), &outside(&after))
        } else {
            tree_differences(&before, &after)
        };
        if !changed.is_empty() {
            problems.push(problem(format!(
                "the site folder changed: {}",
                changed.join(", ")
            )));
        }

        let text = normalise(&stderr, root);
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(folder);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_description(description.clone());
        settings.set_input_file(folder.join("case.yaml"));
        let snapshot = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(format!("{name}.{lang}"), text));
        }));
        if snapshot.is_err() {
            problems.push(format!(
                "[--lang {lang}] the stderr differs from {name}.{lang}.snap (see the diff above; \
                 accept with INSTA_UPDATE=always after reading it)"
            ));
        }
    }
    problems
}

/// Reads and checks `case.yaml`; returns it with its first-line description.
pub(super) fn read_case(folder: &Path) -> Result<(Case, String), String> {
    let path = folder.join("case.yaml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("case.yaml: {e}"))?;
    let description = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix('#'))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .ok_or("case.yaml must start with a comment line saying what is wrong")?;
    let case: Case = yaml_serde::from_str(&text).map_err(|e| format!("case.yaml: {e}"))?;
    if case.expect.is_empty() && case.exit != 2 {
        return Err("case.yaml: `expect` lists no diagnostic".to_string());
    }
    for e in &case.expect {
        if (e.line.is_some() && e.file.is_none()) || (e.column.is_some() && e.line.is_none()) {
            return Err(format!(
                "case.yaml: {}: a line needs a file and a column needs a line",
                e.id
            ));
        }
    }
    for entry in std::fs::read_dir(folder).map_err(|e| e.to_string())? {
        let file = entry.map_err(|e| e.to_string())?.file_name();
        let file = file.to_string_lossy();
        let known = file == "case.yaml"
            || file == "site"
            || file.ends_with(".snap")
            || file.ends_with(".snap.new");
        if !known {
            return Err(format!(
                "unexpected {file} in the case folder (only case.yaml, site/ and snapshots)"
            ));
        }
    }
    Ok((case, description))
}

/// Copies the base, builds it (so a previous output exists), then removes and overlays.
fn prepare(case: &Case, folder: &Path, root: &Path) -> Result<(), String> {
    copy_base(case, root)?;
    let args: Vec<String> = ["--lang", "en", "build", "--now", "2024-01-15T12:00"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let (code, stderr) = lapa(root, &args, &BTreeMap::new());
    if code != 0 {
        return Err(format!(
            "the unmodified base {:?} did not build:\n{stderr}",
            case.base
        ));
    }
    overlay(case, folder, root)
}

/// Copies a case's base fixture (or the bundled site) into `root`.
pub(super) fn copy_base(case: &Case, root: &Path) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    if case.base == "bundled" {
        for part in ["content", "themes", "locales"] {
            copy_tree(&repo.join(part), &root.join(part))?;
        }
    } else {
        let base = repo.join("tests/fixtures").join(&case.base);
        if case.base.is_empty() || case.base.contains(['/', '\\', '.']) || !base.is_dir() {
            return Err(format!("base {:?} is not a fixture folder", case.base));
        }
        copy_tree(&base, root)?;
    }
    Ok(())
}

/// Removes a case's `remove` entries from `root` and lays its `site/` over it.
pub(super) fn overlay(case: &Case, folder: &Path, root: &Path) -> Result<(), String> {
    for rel in &case.remove {
        let path = root.join(rel);
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removed.map_err(|e| format!("remove {rel}: {e}"))?;
    }
    let overlay = folder.join("site");
    if overlay.is_dir() {
        copy_tree(&overlay, root)?;
    } else if case.remove.is_empty() && case.args.is_empty() && case.env.is_empty() {
        return Err("the case changes nothing: no site/, remove, args or env".to_string());
    }
    Ok(())
}

#[test]
fn headers_are_read_in_both_languages() {
    let stderr = "error[link-target-missing]: content/par.lv.md:4:8: The link \"x\" …\n   ╭─[content/par.lv.md:4:9]\n\
        kļūda[unknown-language-suffix]: content/my notes.de.md: Faila nosaukums …\n\
        brīdinājums[asset-without-page]: content/faili/plans.pdf: Šis fails …\n\
        error[output-collision]: Two things would be written to a/b.html: an alias …\n\
        error[x-y]: Base URL: 10:30: not a place\n";
    let found: Vec<String> = headers(stderr).iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "error[link-target-missing]: content/par.lv.md:4:8",
            "error[unknown-language-suffix]: content/my notes.de.md",
            "warning[asset-without-page]: content/faili/plans.pdf",
            "error[output-collision]",
            "error[x-y]",
        ]
    );
}

#[test]
fn a_changed_added_or_removed_file_is_a_difference() {
    let before: BTreeMap<String, Option<Vec<u8>>> = [
        ("public".to_string(), None),
        ("public/a.html".to_string(), Some(b"a".to_vec())),
        ("public/b.html".to_string(), Some(b"b".to_vec())),
    ]
    .into();
    let mut after = before.clone();
    assert!(tree_differences(&before, &after).is_empty());
    after.insert("public/a.html".into(), Some(b"A".to_vec()));
    after.remove("public/b.html");
    after.insert(".public.lapa-staging-1".into(), None);
    assert_eq!(
        tree_differences(&before, &after),
        [
            "public/a.html was changed",
            "public/b.html was removed",
            ".public.lapa-staging-1 was added"
        ]
    );
}
