//! The repository's own site builds, in both languages, with the project's facts.

use crate::support::Site;

#[test]
fn the_bundled_site_builds_in_both_languages() {
    let site = Site::bundled();
    let run = site.build(&[]);
    assert!(run.stdout.starts_with("Built "), "{}", run.stdout);
    for home in ["lv/index.html", "en/index.html"] {
        let page = site.page(home);
        assert_eq!(page.count("main"), 1);
        assert!(
            page.count("a[href]") > 10,
            "{home} links to the rest of the site"
        );
    }
    assert_eq!(site.page("lv/index.html").attr("html", "lang"), "lv");
    assert_eq!(site.page("en/index.html").attr("html", "lang"), "en");
}

#[test]
fn the_bundled_site_has_the_ludza_news_item_in_both_languages() {
    let site = Site::bundled();
    site.build(&[]);
    let news = site.page("lv/jaunumi/index.html");
    let links = news.attrs("main a[href*='/lv/jaunumi/']", "href");
    assert!(links.iter().any(|l| l.contains("ludza")), "{links:?}");
    let en = site.page("en/news/index.html");
    assert!(
        en.attrs("main a[href*='/en/news/']", "href")
            .iter()
            .any(|l| l.contains("ludza"))
    );
}

#[test]
fn every_bundled_page_shows_the_eu_funding_notice_and_project_number() {
    let site = Site::bundled();
    site.build(&[]);
    for entry in walkdir::WalkDir::new(site.public())
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.file_name().and_then(|n| n.to_str()) != Some("index.html")
            || path.parent() == Some(&site.public())
        {
            continue;
        }
        let rel = path
            .strip_prefix(site.public())
            .unwrap()
            .to_string_lossy()
            .to_string();
        let page = site.page(&rel);
        assert_eq!(
            page.count("header img[src$='eu-emblem.svg']"),
            1,
            "{rel}: EU emblem in the header"
        );
        assert!(
            page.text("footer.site-footer").contains("9.2.2.1/15/I/005"),
            "{rel}: project number in the footer"
        );
    }
}
