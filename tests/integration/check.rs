//! `lapa check`: one fixture folder per problem under `tests/fixtures/check/<case>/`
//! (`case.yaml` and a `site/` laid over a copy of the `basic` fixture), checked through
//! the JSON output (id, severity, file, line, column of each expected problem, in English
//! and Latvian); for the cases marked `snapshot`, the human output in both languages and
//! the parsed JSON are insta snapshots. Also: `--strict` and usage exit codes, that check
//! writes nothing, that the bundled site passes, and that every problem `build` reports
//! for the bad-input corpus (`tests/fixtures/bad/`) is reported by `check` too.

use super::bad_corpus::{self, copy_tree, headers, snapshot_tree, tree_differences};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `case.yaml` of a check case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// Fixture under `tests/fixtures/` copied first.
    #[serde(default = "default_base")]
    base: String,
    /// Expected exit code (1 when there are errors, 0 for warnings only).
    #[serde(default = "default_exit")]
    exit: i32,
    /// Whether the human output (en, lv) and the JSON are snapshots.
    #[serde(default)]
    snapshot: bool,
    /// Problems that must be reported (others may be too).
    expect: Vec<Expected>,
}

/// One expected problem, as the JSON output gives it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    id: String,
    #[serde(default = "default_severity")]
    severity: String,
    file: String,
    line: u64,
    column: u64,
}

fn default_base() -> String {
    "basic".to_string()
}

fn default_exit() -> i32 {
    1
}

fn default_severity() -> String {
    "error".to_string()
}

/// The result of one run.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `lapa --lang <lang> <args>` in `root`, with a clean environment.
fn lapa(root: &Path, lang: &str, args: &[&str]) -> Run {
    run_with_env(root, lang, args, &BTreeMap::new())
}

/// `lapa check --now … --format json` parsed: one object per line.
fn check_json(root: &Path, lang: &str, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["check", "--now", "2024-01-15T12:00", "--format", "json"];
    args.extend_from_slice(extra);
    let run = lapa(root, lang, &args);
    let problems = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (run.code, problems)
}

fn cases_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check")
}

/// A case's site, laid out in a temporary folder.
fn lay_out(case: &Case, folder: &Path) -> tempfile::TempDir {
    let temp = tempfile::tempdir().expect("temp dir");
    let base = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(&case.base);
    copy_tree(&base, temp.path()).expect("base copied");
    copy_tree(&folder.join("site"), temp.path()).expect("overlay copied");
    temp
}

/// Whether a JSON problem is the expected one.
fn matches(problem: &Value, expected: &Expected) -> bool {
    problem["id"] == expected.id.as_str()
        && problem["severity"] == expected.severity.as_str()
        && problem["file"] == expected.file.as_str()
        && problem["line"] == expected.line
        && problem["column"] == expected.column
}

/// The output with the temporary folder and timings replaced.
fn normalise(text: &str, root: &Path) -> String {
    let mut text = text.to_string();
    for r in [root.canonicalize().ok(), Some(root.to_path_buf())]
        .into_iter()
        .flatten()
    {
        text = text.replace(&r.to_string_lossy().into_owned(), "[site]");
    }
    text
}

#[test]
fn every_check_case() {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(cases_folder())
        .expect("tests/fixtures/check exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(folders.len() >= 15, "too few check cases");
    let mut failures = Vec::new();
    for folder in &folders {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(folder.join("case.yaml")).expect("case.yaml");
        let description = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix('#'))
            .map(|l| l.trim().to_string())
            .expect("case.yaml starts with a comment saying what is wrong");
        let case: Case = yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let site = lay_out(&case, folder);
        let before = snapshot_tree(site.path());
        for lang in ["en", "lv"] {
            let (code, problems) = check_json(site.path(), lang, &[]);
            if code != case.exit {
                failures.push(format!(
                    "{name} [{lang}]: exit {code}, expected {}",
                    case.exit
                ));
            }
            for expected in &case.expect {
                if !problems.iter().any(|p| matches(p, expected)) {
                    failures.push(format!(
                        "{name} [{lang}]: {expected:?} not reported; got:\n{}",
                        problems
                            .iter()
                            .map(Value::to_string)
                            .collect::<Vec<_>>()
                            .join("\n")
                    ));
                }
            }
            for p in &problems {
                let texts = [&p["message"], &p["hint"]];
                if texts
                    .iter()
                    .any(|t| !t.is_string() || t.as_str() == Some(""))
                {
                    failures.push(format!(
                        "{name} [{lang}]: a problem without message or hint: {p}"
                    ));
                }
            }
            if case.snapshot {
                let human = lapa(site.path(), lang, &["check", "--now", "2024-01-15T12:00"]);
                let mut settings = insta::Settings::clone_current();
                settings.set_snapshot_path(folder);
                settings.set_prepend_module_to_snapshot(false);
                settings.set_omit_expression(true);
                settings.set_description(description.clone());
                settings.bind(|| {
                    insta::assert_snapshot!(
                        format!("{name}.{lang}"),
                        normalise(&human.stderr, site.path())
                    );
                    if lang == "en" {
                        let json = serde_json::to_string_pretty(&problems).unwrap();
                        insta::assert_snapshot!(format!("{name}.json"), json);
                    }
                });
            }
        }
        let changed = tree_differences(&before, &snapshot_tree(site.path()));
        if !changed.is_empty() {
            failures.push(format!(
                "{name}: check changed the site folder: {changed:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn strict_makes_warnings_errors() {
    let folder = cases_folder().join("translation-missing");
    let case: Case =
        yaml_serde::from_str(&std::fs::read_to_string(folder.join("case.yaml")).unwrap()).unwrap();
    let site = lay_out(&case, &folder);
    let now = ["check", "--now", "2024-01-15T12:00"];
    let relaxed = lapa(site.path(), "en", &now);
    assert_eq!(relaxed.code, 0, "{}", relaxed.stderr);
    let strict = lapa(site.path(), "en", &[&now[..], &["--strict"]].concat());
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(
        strict
            .stderr
            .contains("--strict: warnings count as errors.")
    );
    let lv = lapa(site.path(), "lv", &[&now[..], &["--strict"]].concat());
    assert!(
        lv.stderr.contains("brīdinājumi skaitās kā kļūdas"),
        "{}",
        lv.stderr
    );
    // An error fails either way.
    let broken = cases_folder().join("link-broken-markdown");
    let site = lay_out(&case, &broken);
    assert_eq!(lapa(site.path(), "en", &now).code, 1);
}

#[test]
fn wrong_usage_exits_with_2() {
    let site = super::support::Site::fixture("basic");
    let missing = lapa(site.root(), "en", &["check", "--root", "nav-tadas"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    assert!(missing.stderr.contains("root-missing"));
    let format = lapa(site.root(), "en", &["check", "--format", "xml"]);
    assert_eq!(format.code, 2);
    let now = lapa(site.root(), "en", &["check", "--now", "vakar"]);
    assert_eq!(now.code, 2);
}

#[test]
fn check_writes_nothing() {
    let site = super::support::Site::fixture("basic");
    let before = snapshot_tree(site.root());
    let run = lapa(site.root(), "en", &["check", "--now", "2024-01-15T12:00"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.public().exists(), "check made public/");
    assert_eq!(
        tree_differences(&before, &snapshot_tree(site.root())),
        Vec::<String>::new()
    );
    // Nor does it touch a build's output, state or lock files.
    site.build(&[]);
    let built = snapshot_tree(site.root());
    let run = lapa(
        site.root(),
        "en",
        &["check", "--now", "2024-01-15T12:00", "--drafts"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        tree_differences(&built, &snapshot_tree(site.root())),
        Vec::<String>::new()
    );
}

#[test]
fn the_bundled_site_passes_check() {
    let site = super::support::Site::bundled();
    let (code, problems) = check_json(site.root(), "en", &[]);
    let errors: Vec<&Value> = problems
        .iter()
        .filter(|p| p["severity"] == "error")
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(code, 0);
    // No warnings either (see README.md, "lapa check"): the footer's link text for the
    // accessibility statement, once kept for a coming page, now has its page.
    let warnings: Vec<(String, String)> = problems
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_string(),
                p["file"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(warnings, Vec::<(String, String)>::new());
}

/// Every problem `build` reports for a bad-input case (with its severity, file, line and
/// column) is reported by `check` too: they share one validation path.
#[test]
fn check_reports_everything_build_does() {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(bad_corpus::cases_folder())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    // Each case: whether it was compared, and what differs.
    let results = bad_corpus::on_threads(&folders, |folder| {
        let mut failures = Vec::new();
        let compared = compare_case(folder, &mut failures);
        (compared, failures)
    });
    let compared = results.iter().filter(|(c, _)| *c).count();
    let failures: Vec<String> = results.into_iter().flat_map(|(_, f)| f).collect();
    assert!(compared > 100, "only {compared} cases compared");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Builds and checks one bad-input case; `false` when it is not compared (it could not be
/// laid out, or it is a usage error). What differs goes to `failures`.
fn compare_case(folder: &Path, failures: &mut Vec<String>) -> bool {
    let name = folder.file_name().unwrap().to_string_lossy().into_owned();
    let (case, _) = bad_corpus::read_case(folder).unwrap();
    let temp = tempfile::tempdir().unwrap();
    let root = temp.path();
    if bad_corpus::copy_base(&case, root).is_err()
        || bad_corpus::overlay(&case, folder, root).is_err()
    {
        failures.push(format!("{name}: could not lay out"));
        return false;
    }
    let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
    let mut build_args = vec!["build", "--now", "2024-01-15T12:00"];
    build_args.extend_from_slice(&args);
    let build = run_with_env(root, "en", &build_args, &case.env);
    // Usage errors are about the output folder or the command line, which `check`
    // does not write.
    if build.code == 2 {
        return false;
    }
    let mut check_args = vec!["check", "--now", "2024-01-15T12:00", "--format", "json"];
    check_args.extend_from_slice(&args);
    let check = run_with_env(root, "en", &check_args, &case.env);
    let reported: Vec<Value> = check
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    if build.code == 1 && check.code != 1 {
        failures.push(format!(
            "{name}: build failed but check exited {}",
            check.code
        ));
    }
    for header in headers(&build.stderr) {
        let severity = match header.severity {
            Some(bad_corpus::Severity::Error) => "error",
            Some(bad_corpus::Severity::Warning) => "warning",
            None => continue,
        };
        let found = reported.iter().any(|p| {
            p["id"] == header.id.as_str()
                && p["severity"] == severity
                && p["file"].as_str() == header.file.as_deref()
                && p["line"].as_u64() == header.line.map(u64::from)
                && p["column"].as_u64() == header.column.map(u64::from)
        });
        if !found {
            failures.push(format!("{name}: build reported {header}, check did not"));
        }
    }
    true
}

/// `lapa --lang <lang> <args>` in `root`, without `LANG`, `LC_*` and
/// `SOURCE_DATE_EPOCH`, plus `env`.
fn run_with_env(root: &Path, lang: &str, args: &[&str], env: &BTreeMap<String, String>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lapa"));
    command.args(["--lang", lang]).args(args).current_dir(root);
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
    let output = command.output().expect("lapa runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}
