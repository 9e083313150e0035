//! The site `serve` keeps in memory (`probe::Live`): after each edit its outputs equal a
//! full build of the same sources, and it names exactly the paths that changed.

use crate::support::Site;
use lapa::probe::Live;
use std::path::PathBuf;

/// A fresh in-memory build of the site as it is now.
fn full(site: &Site) -> Vec<(String, Vec<u8>)> {
    Live::open(site.root()).unwrap().files().unwrap()
}

#[test]
fn an_edit_changes_what_a_full_build_changes() {
    let site = Site::fixture("news");
    let mut live = Live::open(site.root()).unwrap();
    let before = live.files().unwrap();
    assert_eq!(before, full(&site));
    let page = "content/jaunumi/b.lv.md";
    let text = std::fs::read_to_string(site.root().join(page)).unwrap();
    site.write(
        page,
        &text.replace("\n---\n", "\n---\n\nJauns teikums.\n\n"),
    );
    let change = live.apply(&[PathBuf::from(page)]).unwrap();
    let after = live.files().unwrap();
    assert_eq!(after, full(&site));
    let differs: Vec<String> = after
        .iter()
        .filter(|(path, bytes)| {
            before
                .iter()
                .find(|(p, _)| p == path)
                .is_none_or(|(_, b)| b != bytes)
        })
        .map(|(path, _)| path.clone())
        .collect();
    assert!(!differs.is_empty());
    assert_eq!(change.written, differs);
    assert!(change.removed.is_empty());
}

#[test]
fn a_broken_edit_keeps_the_last_good_outputs() {
    let site = Site::fixture("news");
    let mut live = Live::open(site.root()).unwrap();
    let before = live.files().unwrap();
    let page = "content/jaunumi/b.lv.md";
    site.write(page, "---\ntitle: [unclosed\n---\n");
    assert!(live.apply(&[PathBuf::from(page)]).is_err());
    assert_eq!(live.files().unwrap(), before);
}
