//! Bad inputs that the corpus (`tests/fixtures/bad/`, run by `bad_corpus.rs`) cannot
//! express: a clear message, exit code 1, and the previous output left exactly as it was.

use crate::support::Site;

/// Builds the fixture, breaks it with `edit`, and checks that the failed build names the
/// problem and leaves the previous output untouched. Returns stderr.
fn fails_cleanly(edit: impl FnOnce(&Site)) -> String {
    fails_cleanly_in("basic", edit)
}

/// `fails_cleanly` for another fixture.
pub(crate) fn fails_cleanly_in(fixture: &str, edit: impl FnOnce(&Site)) -> String {
    let site = Site::fixture(fixture);
    site.build(&[]);
    let before = site.tree();
    edit(&site);
    let run = site.build_fails();
    assert_eq!(
        site.tree(),
        before,
        "the previous output must stay as it was"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.contains("lapa-staging") || name.contains("lapa-old")
        })
        .collect();
    assert!(leftovers.is_empty(), "no staging folder left behind");
    assert!(run.stderr.contains("Nothing was written"), "{}", run.stderr);
    run.stderr
}

pub(crate) fn assert_reports(stderr: &str, expected: &str) {
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

/// Reported at the unclosed `[` on line 3 (the corpus holds the same as
/// `yaml-unclosed-bracket`), with the staging-folder check the corpus does not make.
#[test]
fn malformed_yaml_in_front_matter() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\ntags: [a, b\n---\nx\n",
        )
    });
    assert_reports(
        &stderr,
        "error[yaml-unclosed-bracket]: content/par.lv.md:3:7: The bracket [ opened here is never closed.",
    );
}
