//! The model's output table (issue 9): every file a build writes is claimed by the
//! table, nothing claimed is missing, and each output rendered alone has the bytes the
//! full (parallel) build wrote.

use crate::support::Site;
use lapa::probe::Session;

/// Builds the site, then checks the table against the written files, one by one.
fn outputs_match_the_build(site: &Site) {
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = site.tree();
    let session = Session::open(site.root()).expect("the site opens");
    let claimed: Vec<String> = session.outputs().into_iter().map(|o| o.path).collect();
    // A folder output (a language's search index) claims the files written under it.
    let in_folder = |path: &str| claimed.iter().any(|c| path.starts_with(&format!("{c}/")));
    let folders: Vec<&String> = claimed
        .iter()
        .filter(|c| written.iter().any(|(p, _)| p.starts_with(&format!("{c}/"))))
        .collect();
    let mut expected: Vec<String> = claimed
        .iter()
        .filter(|c| !folders.contains(c))
        .cloned()
        .collect();
    expected.extend(
        written
            .iter()
            .map(|(p, _)| p.clone())
            .filter(|p| in_folder(p)),
    );
    expected.sort();
    let written_paths: Vec<String> = written.iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(
        expected, written_paths,
        "the table lists exactly the written files"
    );
    // Files of a folder output are made together (the index); render_one renders files.
    for (path, bytes) in written.iter().filter(|(p, _)| !in_folder(p)) {
        let alone = session.render_one(path).expect("renders alone");
        assert!(
            alone == *bytes,
            "{path}: rendered alone, it differs from the build's file"
        );
    }
}

#[test]
fn every_output_of_the_fixtures_is_claimed_and_renders_alone() {
    for name in ["basic", "data", "news"] {
        outputs_match_the_build(&Site::fixture(name));
    }
}

#[test]
fn every_output_of_the_bundled_site_is_claimed_and_renders_alone() {
    outputs_match_the_build(&Site::bundled());
}

#[test]
fn a_page_output_records_its_links_and_shortcodes() {
    let site = Site::fixture("basic");
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par\nsummary: \"Sk. [jaunumus](@/jaunumi/_index.md).\"\n---\nSkatīt [līgumu](@/jaunumi/ligums.md).\n\n{{ skaits(n=2, label=\"lapas\") }}\n",
    );
    let session = Session::open(site.root()).expect("the site opens");
    let outputs = session.outputs();
    let page = outputs
        .iter()
        .find(|o| o.path == "lv/par/index.html")
        .expect("the page's output");
    assert_eq!(page.kind, "Page { number: 1 }");
    assert_eq!(page.shows.as_deref(), Some("par (lv)"));
    for wanted in [
        "page par (lv)",
        "page jaunumi/ligums (lv)",
        "page jaunumi/_index (lv)",
        "shortcode skaits",
        "template page.html",
        "messages lv",
        "site.yaml",
    ] {
        assert!(
            page.sources.iter().any(|s| s == wanted),
            "{wanted} not in {:?}",
            page.sources
        );
    }
}
