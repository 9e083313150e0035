//! Generated lists at scale (fixture `news` plus many generated news items): tag and
//! municipality pages and their indexes paginate by `site.yaml`'s `paginate`, with the
//! section pagers' URLs, links and claims; feeds hold the newest `feed_limit` items.

use crate::support::{Page, Site};
use std::str::FromStr;

/// The `news` fixture with `count` more Latvian news items, `n01` (oldest, 2024-01-01) to
/// `n<count>`, each tagged "Kopā" and about Ludza, and `extra` appended to `site.yaml`.
fn with_news(count: usize, extra: &str) -> Site {
    let site = Site::fixture("news");
    for n in 1..=count {
        let day = jiff::civil::date(2024, 1, 1)
            .checked_add(jiff::Span::new().days(n as i64 - 1))
            .unwrap();
        site.write(
            &format!("content/jaunumi/n{n:02}.lv.md"),
            &format!(
                "---\ntitle: Ziņa {n:02}\ndate: {day}\ntags: [\"Kopā\"]\nmunicipalities: [ludza]\n---\nTeksts {n}.\n"
            ),
        );
    }
    let config = site.root().join("content/site.yaml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(extra);
    std::fs::write(&config, text).unwrap();
    site
}

fn built(site: &Site) {
    let run = site.lapa(&["build", "--now", "2024-03-31T12:00"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// `Ziņa 25`, `Ziņa 24`, … for items `from` down to `to`.
fn titles(from: usize, to: usize) -> Vec<String> {
    (to..=from).rev().map(|n| format!("Ziņa {n:02}")).collect()
}

fn assert_pager(page: &Page, of: &str, prev: Option<&str>, next: Option<&str>, canonical: &str) {
    assert_eq!(page.text("#pager .of"), of);
    let link = |rel: &str| {
        (page.count(&format!("#pager a[rel={rel}]")) > 0)
            .then(|| page.attr(&format!("#pager a[rel={rel}]"), "href"))
    };
    assert_eq!(link("prev").as_deref(), prev, "prev of {of}");
    assert_eq!(link("next").as_deref(), next, "next of {of}");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        format!("https://example.org{canonical}")
    );
    assert_eq!(page.attr("#pager a[aria-current=page]", "href"), canonical);
}

#[test]
fn a_tag_page_paginates_newest_first() {
    let site = with_news(25, "paginate:\n  tags: 10\n");
    built(&site);
    let first = site.page("lv/birkas/kopa/index.html");
    assert_eq!(first.texts("#pages a"), titles(25, 16));
    assert_pager(
        &first,
        "1/3",
        None,
        Some("/sub/lv/birkas/kopa/lapa/2/"),
        "/sub/lv/birkas/kopa/",
    );
    let second = site.page("lv/birkas/kopa/lapa/2/index.html");
    assert_eq!(second.texts("#pages a"), titles(15, 6));
    assert_pager(
        &second,
        "2/3",
        Some("/sub/lv/birkas/kopa/"),
        Some("/sub/lv/birkas/kopa/lapa/3/"),
        "/sub/lv/birkas/kopa/lapa/2/",
    );
    let third = site.page("lv/birkas/kopa/lapa/3/index.html");
    assert_eq!(third.texts("#pages a"), titles(5, 1));
    assert_pager(
        &third,
        "3/3",
        Some("/sub/lv/birkas/kopa/lapa/2/"),
        None,
        "/sub/lv/birkas/kopa/lapa/3/",
    );
    assert_eq!(
        third.attrs("#pager a.num", "href"),
        vec![
            "/sub/lv/birkas/kopa/",
            "/sub/lv/birkas/kopa/lapa/2/",
            "/sub/lv/birkas/kopa/lapa/3/"
        ]
    );
    assert!(!site.public().join("lv/birkas/kopa/lapa/4").exists());
    // The index still counts every item of the tag.
    let index = site.page("lv/birkas/index.html");
    assert!(
        index
            .texts("#terms li")
            .iter()
            .any(|t| t.starts_with("Kopā ") && t.contains("25")),
        "{:?}",
        index.texts("#terms li")
    );
    // A tag with fewer items than a page holds has no pager.
    assert_eq!(site.page("lv/birkas/ludza/index.html").count("#pager"), 0);
}

#[test]
fn a_municipality_page_and_the_indexes_paginate_by_their_own_settings() {
    let site = with_news(25, "paginate:\n  municipalities: 10\n  tags_index: 3\n");
    site.write(
        "content/pasakumi/nakotne.lv.md",
        "---\ntitle: Nākotnes pasākums\nstart: 2024-09-01T10:00\nmunicipalities: [ludza]\n---\nx\n",
    );
    built(&site);
    // Ludza: the 25 items, the fixture's two news items and past event about it, and the
    // upcoming event: newest first by when they happen, the event on the first page.
    let first = site.page("lv/pasvaldibas/ludza/index.html");
    assert_eq!(first.text("#pager .of"), "1/3");
    assert_eq!(first.texts("#upcoming a"), vec!["Nākotnes pasākums"]);
    assert_eq!(first.texts("#past a"), vec!["Pirms laika maiņas"]);
    assert_eq!(first.texts("#news a"), titles(25, 18));
    let second = site.page("lv/pasvaldibas/ludza/lapa/2/index.html");
    assert_eq!(second.texts("#news a"), titles(17, 8));
    assert_eq!(second.count("#upcoming a, #past a"), 0);
    assert_eq!(
        second.attr("#pager a[rel=prev]", "href"),
        "/sub/lv/pasvaldibas/ludza/"
    );
    let third = site.page("lv/pasvaldibas/ludza/lapa/3/index.html");
    let mut rest = titles(7, 1);
    rest.extend(["Trešā ziņa".to_string(), "Pirmā ziņa".to_string()]);
    assert_eq!(third.texts("#news a"), rest);
    assert_eq!(third.count("#pager a[rel=next]"), 0);
    // Tags 3 to an index page, in Latvian alphabetical order across pages (L before Ļ).
    let index = site.page("lv/birkas/index.html");
    assert_eq!(
        index.texts("#terms a"),
        vec!["Kopā", "Ludza", "Ļoti svarīgi"]
    );
    assert_pager(
        &index,
        "1/2",
        None,
        Some("/sub/lv/birkas/lapa/2/"),
        "/sub/lv/birkas/",
    );
    let rest = site.page("lv/birkas/lapa/2/index.html");
    assert_eq!(rest.texts("#terms a"), vec!["Sadarbība"]);
    assert_eq!(rest.attr("#pager a[rel=prev]", "href"), "/sub/lv/birkas/");
    // Tag pages keep the default of 20: 25 items make two pages.
    assert_eq!(
        site.page("lv/birkas/kopa/index.html").text("#pager .of"),
        "1/2"
    );
}

#[test]
fn list_pagers_are_claimed_and_left_out_of_the_sitemap_like_section_pagers() {
    let site = with_news(25, "paginate:\n  tags: 10\n");
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par mums\naliases: [\"/lv/birkas/kopa/lapa/2/\"]\n---\nTeksts.\n",
    );
    let run = site.lapa(&["build", "--now", "2024-03-31T12:00"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[url-collision]: content/par.lv.md:3:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/site.yaml"), "{}", run.stderr);

    let site = with_news(25, "paginate:\n  tags: 10\n");
    built(&site);
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://example.org/sub/lv/birkas/kopa/</loc>"));
    assert!(!sitemap.contains("lv/birkas/kopa/lapa/"), "{sitemap}");
    assert!(!sitemap.contains("lv/jaunumi/lapa/"), "{sitemap}");
}

fn feed(site: &Site, rel: &str) -> atom_syndication::Feed {
    atom_syndication::Feed::from_str(&std::fs::read_to_string(site.public().join(rel)).unwrap())
        .unwrap()
}

fn entry_titles(feed: &atom_syndication::Feed) -> Vec<String> {
    feed.entries()
        .iter()
        .map(|e| e.title().as_str().to_string())
        .collect()
}

#[test]
fn feeds_hold_the_newest_twenty_by_default() {
    let site = with_news(30, "");
    built(&site);
    for rel in [
        "lv/atom.xml",
        "lv/jaunumi/atom.xml",
        "lv/pasvaldibas/ludza/atom.xml",
    ] {
        let feed = feed(&site, rel);
        assert_eq!(entry_titles(&feed), titles(30, 11), "{rel}");
        assert_eq!(
            feed.updated().to_rfc3339(),
            "2024-01-30T00:00:00+02:00",
            "{rel}"
        );
    }
}

#[test]
fn feed_limit_sets_how_many_and_updated_follows_the_entries_held() {
    let site = with_news(30, "feed_limit: 3\n");
    // An item left out of the feed is edited later than any it holds: the feed is
    // unchanged, and so is its `updated`.
    site.write(
        "content/jaunumi/n01.lv.md",
        "---\ntitle: Ziņa 01\ndate: 2024-01-01\nupdated: 2024-03-01\ntags: [\"Kopā\"]\n---\nx\n",
    );
    site.write(
        "content/jaunumi/n29.lv.md",
        "---\ntitle: Ziņa 29\ndate: 2024-01-29\nupdated: 2024-02-10\ntags: [\"Kopā\"]\n---\nx\n",
    );
    built(&site);
    let all = feed(&site, "lv/atom.xml");
    assert_eq!(entry_titles(&all), titles(30, 28));
    assert_eq!(all.updated().to_rfc3339(), "2024-02-10T00:00:00+02:00");
    // The English feed has its one item.
    assert_eq!(feed(&site, "en/news/atom.xml").entries().len(), 1);
}
