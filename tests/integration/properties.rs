//! Property tests of the fuzz targets' entry point (`lapa::probe`, see `fuzz/`): a page of
//! arbitrary front matter, markdown and shortcode-ish text, and arbitrary data YAML, never
//! make lapa panic, and every diagnostic's span lies within its file's text. A few dozen
//! cases each, so that the normal suite stays fast; the fuzzers go further.

use crate::support::Site;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many probed builds rendered and how many reported problems: the generators
/// must reach both, or the properties test little.
#[derive(Default)]
struct Tally {
    rendered: AtomicUsize,
    problems: AtomicUsize,
}

impl Tally {
    fn assert_both(&self) {
        let rendered = self.rendered.load(Ordering::Relaxed);
        let problems = self.problems.load(Ordering::Relaxed);
        assert!(
            rendered > 0 && problems > 0,
            "{rendered} cases rendered, {problems} reported problems"
        );
    }
}

/// Writes `text` as `rel` of the site, probes a build, and puts the file back.
fn probe_with(root: &Path, rel: &str, text: &str, tally: &Tally) -> Result<(), TestCaseError> {
    let path = root.join(rel);
    let original = std::fs::read(&path).ok();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    let result = std::panic::catch_unwind(|| lapa::probe::check_site(root));
    match original {
        Some(original) => std::fs::write(&path, original).unwrap(),
        None => std::fs::remove_file(&path).unwrap(),
    }
    match result {
        Ok(Ok(probe)) => {
            if probe.rendered {
                tally.rendered.fetch_add(1, Ordering::Relaxed);
            }
            if !probe.problems.is_empty() {
                tally.problems.fetch_add(1, Ordering::Relaxed);
            }
            Ok(())
        }
        Ok(Err(problem)) => Err(TestCaseError::fail(problem)),
        Err(_) => Err(TestCaseError::fail("lapa panicked")),
    }
}

/// Small pieces of text that exercise YAML, markdown and shortcode syntax, with Latvian
/// letters, decomposed letters, quotes, a byte-order mark and odd line ends.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("---\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("title: ".to_string()),
        Just("date: 2024-01-0".to_string()),
        Just("tags: [a, ".to_string()),
        Just("draft: true\n".to_string()),
        Just("summary: \"".to_string()),
        Just("image: foto.svg\n".to_string()),
        Just("slug: ".to_string()),
        Just("# ".to_string()),
        Just("{#id .c k=v}".to_string()),
        Just("```\n".to_string()),
        Just("    ".to_string()),
        Just("- [ ] ".to_string()),
        Just("> ".to_string()),
        Just("| a | b |\n|---|---|\n".to_string()),
        Just("[^1]".to_string()),
        Just("[^1]: ".to_string()),
        Just("[x](@/par.md)".to_string()),
        Just("[x](@/nav.md#a)".to_string()),
        Just("![a](foto.svg)".to_string()),
        Just("<!-- ".to_string()),
        Just("<div>".to_string()),
        Just("{{< skaits ".to_string()),
        Just("{{< indicator id=\"".to_string()),
        Just("{{< kontakts ".to_string()),
        Just("{{< project_card ".to_string()),
        Just(" >}}".to_string()),
        Just("{{ x }}".to_string()),
        Just("{% if %}".to_string()),
        Just("\"Latgale\"".to_string()),
        Just("„Latgale“".to_string()),
        Just("Rēzekne ".to_string()),
        Just("a\u{0304}".to_string()),
        Just(": ".to_string()),
        Just(" #".to_string()),
        "[a-zāčēģīķļņšūž0-9=\"' ]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

fn page() -> impl Strategy<Value = String> {
    (0..3u8, text(), text()).prop_map(|(kind, yaml, body)| match kind {
        // A valid front matter and an arbitrary body.
        0 => format!("---\ntitle: T\n---\n{body}"),
        1 => format!("---\ntitle: T\n{yaml}\n---\n{body}"),
        _ => body,
    })
}

/// `text` with `insert` put in at about `at` (0–1000 ‰ of its length), on a character
/// boundary: a real file with a slip somewhere.
fn with_slip(text: &str, at: u16, insert: &str) -> String {
    let mut i = text.len() * usize::from(at) / 1000;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    format!("{}{insert}{}", &text[..i], &text[i..])
}

fn yaml_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("  ".to_string()),
        Just("- ".to_string()),
        Just(": ".to_string()),
        Just("id: ".to_string()),
        Just("lv: ".to_string()),
        Just("en: ".to_string()),
        Just("name:\n  lv: A\n  en: B\n".to_string()),
        Just("municipality: ".to_string()),
        Just("municipalities:\n".to_string()),
        Just("indicators:\n".to_string()),
        Just("contacts:\n".to_string()),
        Just("target: ".to_string()),
        Just("unit: ".to_string()),
        Just("progress:\n".to_string()),
        Just("date: 2024-01-01".to_string()),
        Just("value: ".to_string()),
        Just("phone: +371 ".to_string()),
        Just("email: a@b.lv".to_string()),
        Just("website: ".to_string()),
        Just("javascript:x".to_string()),
        Just("https://ex.lv/".to_string()),
        Just("540".to_string()),
        Just("-1".to_string()),
        Just("1e309".to_string()),
        Just("\"540 bērni\"".to_string()),
        Just("&a ".to_string()),
        Just("*a".to_string()),
        Just("!!str ".to_string()),
        Just("{".to_string()),
        Just("[".to_string()),
        "[a-zāčēģīķļņšūž0-9_ ]{0,10}",
    ]
}

fn yaml() -> impl Strategy<Value = String> {
    prop::collection::vec(yaml_fragment(), 0..60).prop_map(|parts| parts.concat())
}

const PAGE_PLACES: [&str; 5] = [
    "content/fuzz.lv.md",
    "content/jaunumi/fuzz.en.md",
    "content/kopiena/galerija/index.lv.md",
    "content/_index.lv.md",
    "content/jaunumi/ligums.en.md",
];

const DATA_FILES: [&str; 4] = [
    "content/data/indicators.yaml",
    "content/data/contacts.yaml",
    "content/data/municipalities.yaml",
    "content/data/project.yaml",
];

/// A runner with a fixed seed: the suite gives the same verdict on every run (CI
/// included); the fuzzers in `fuzz/` are where randomness explores further.
fn runner(cases: u32) -> TestRunner {
    TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        },
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    )
}

#[test]
fn arbitrary_pages_never_panic_and_spans_stay_in_their_file() {
    let site = Site::fixture("data");
    let root = site.root().to_path_buf();
    let tally = Tally::default();
    runner(150)
        .run(&(0..PAGE_PLACES.len(), page()), |(place, text)| {
            probe_with(&root, PAGE_PLACES[place], &text, &tally)
        })
        .unwrap();
    tally.assert_both();
}

#[test]
fn arbitrary_data_yaml_never_panics_and_spans_stay_in_their_file() {
    let site = Site::fixture("data");
    let root = site.root().to_path_buf();
    let originals: Vec<String> = DATA_FILES
        .iter()
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
        .collect();
    let tally = Tally::default();
    let cases = (0..DATA_FILES.len(), any::<bool>(), 0..=1000u16, yaml());
    runner(150)
        .run(&cases, |(file, slip, at, text)| {
            let text = if slip {
                with_slip(&originals[file], at, &text)
            } else {
                text
            };
            probe_with(&root, DATA_FILES[file], &text, &tally)
        })
        .unwrap();
    tally.assert_both();
}

/// The probe itself can fail: a span past the end of its file is caught.
#[test]
fn a_span_outside_its_file_is_caught() {
    let site = Site::fixture("basic");
    let inside = lapa::diagnostics::Diagnostic::error("x")
        .in_file("content/par.lv.md")
        .at(0..3);
    assert!(lapa::probe::check_span(site.root(), &inside).is_ok());
    let outside = inside.clone().at(0..100_000);
    assert!(lapa::probe::check_span(site.root(), &outside).is_err());
    let in_a_letter = lapa::diagnostics::Diagnostic::error("x")
        .in_file("content/par.lv.md")
        .at(0..0);
    assert!(lapa::probe::check_span(site.root(), &in_a_letter).is_ok());
}

/// Inputs the fuzzers and this suite found, kept as regression tests: each once made a
/// diagnostic's span cut through a letter (a decomposed `ā` becomes two bytes when read).
#[test]
fn found_inputs_keep_their_spans_on_letters() {
    let site = Site::fixture("data");
    let tally = Tally::default();
    let found = [
        // A missing title when a misspelt key ends in a decomposed letter (fuzz, page).
        "---\ntiula\u{304}Treš and the state social care centre \"valdības tīmWhy this proties: [\"ludzaxxxxxx\"]\nsummary: KopsavilkBums c.\n---\nTeudzs c.\n",
        // An unknown field whose key holds a decomposed letter and a byte-order mark.
        "---\ntitle: T\na\u{304}\u{feff}draft: true\n\n\n---\n",
        // A YAML error inside a byte-order mark.
        "---\ntitle: T\n<!-- image: foto.svg\n\u{feff}<!-- \n\n---\n",
        // A broken link after a decomposed letter.
        "---\ntitle: T\n---\n: a\u{304}[x](@/nav.md#a)",
    ];
    for text in found {
        probe_with(site.root(), PAGE_PLACES[0], text, &tally).unwrap();
    }
    assert!(tally.problems.load(Ordering::Relaxed) > 0);
}
