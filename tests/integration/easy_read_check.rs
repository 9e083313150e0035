//! `lapa check`'s easy-read rules on a real site: the case `tests/fixtures/check/easy-read-rules`
//! (one easy page breaking every rule, one good easy page; its lines, columns and output
//! are checked by `check.rs`) — here: the good page gives no warning, the thresholds and
//! switches of `site.yaml` change what is reported, and `lapa build` does not run the rules.

use super::support::{Site, run_lapa};
use serde_json::Value;
use std::path::Path;

/// The bad and the good easy page.
const BAD: &str = "content/par.lv.easy.md";
const GOOD: &str = "content/about-us.en.easy.md";

/// The `basic` fixture with the case's easy pages.
fn site() -> Site {
    let site = Site::fixture("basic");
    let case =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/easy-read-rules/site");
    for rel in [BAD, GOOD] {
        let text = std::fs::read_to_string(case.join(rel)).expect("fixture page");
        site.write(rel, &text);
    }
    site
}

/// `lapa check --format json`: the easy-read warnings as (id, file, line).
fn easy_warnings(site: &Site) -> Vec<(String, String, u64)> {
    let run = run_lapa(
        site.root(),
        "en",
        &["check", "--now", "2024-01-15T12:00", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .filter(|p| {
            p["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("easy-read-"))
        })
        .map(|p| {
            assert_eq!(p["severity"], "warning", "{p}");
            (
                p["id"].as_str().unwrap().to_string(),
                p["file"].as_str().unwrap().to_string(),
                p["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn ids_in(warnings: &[(String, String, u64)], file: &str) -> Vec<String> {
    warnings
        .iter()
        .filter(|w| w.1 == file)
        .map(|w| w.0.clone())
        .collect()
}

/// The site's settings with `easy_read:` added.
fn with_rules(site: &Site, rules: &str) {
    let file = site.root().join("content/site.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    site.write(
        "content/site.yaml",
        &format!("{text}easy_read:\n  rules:\n{rules}"),
    );
}

#[test]
fn every_rule_fires_on_the_bad_page_and_none_on_the_good_one() {
    let site = site();
    let warnings = easy_warnings(&site);
    assert_eq!(
        ids_in(&warnings, BAD),
        [
            "easy-read-long-sentence",
            "easy-read-long-paragraph",
            "easy-read-capitals",
            "easy-read-italics",
            "easy-read-hyphenation",
            "easy-read-number-word",
            "easy-read-abbreviation",
            "easy-read-percentage",
        ]
    );
    assert_eq!(ids_in(&warnings, GOOD), Vec::<String>::new());
    // Only easy pages are read: the page `par.lv.md` itself has no easy-read warning.
    assert!(warnings.iter().all(|w| w.1 == BAD), "{warnings:?}");
}

#[test]
fn thresholds_and_switches_from_site_yaml() {
    let site = site();
    with_rules(
        &site,
        "    sentence_words: 20\n    paragraph_sentences: 6\n    number_words_above: 20\n    capitals: false\n    italics: false\n    hyphenation: false\n    abbreviations: false\n    percentages: false\n",
    );
    assert_eq!(easy_warnings(&site), Vec::new());

    let site = self::site();
    with_rules(&site, "    sentence_words: 5\n    number_words_above: 30\n");
    let warnings = easy_warnings(&site);
    let bad = ids_in(&warnings, BAD);
    assert!(
        !bad.contains(&"easy-read-number-word".to_string()),
        "{bad:?}"
    );
    assert!(bad.contains(&"easy-read-capitals".to_string()), "{bad:?}");
    // The good page's sentences of 6 and more words are long now.
    let good: Vec<u64> = warnings
        .iter()
        .filter(|w| w.1 == GOOD && w.0 == "easy-read-long-sentence")
        .map(|w| w.2)
        .collect();
    assert_eq!(good, [6, 7, 9, 13, 15], "{warnings:?}");
}

#[test]
fn build_does_not_apply_the_rules() {
    let site = site();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("easy-read-"), "{}", run.stderr);
}
