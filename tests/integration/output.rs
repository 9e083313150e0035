//! The output folder: sitemap, robots.txt, determinism, unchanged files, safety.

use crate::support::{Site, tree};
use std::time::SystemTime;

#[test]
fn two_builds_give_identical_trees() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let first = site.tree();
    std::fs::remove_dir_all(site.public()).unwrap();
    site.build(&["--threads", "1"]);
    assert_eq!(
        first,
        site.tree(),
        "one thread and many give the same bytes"
    );
    site.build(&[]);
    assert_eq!(first, site.tree());
}

#[test]
fn bundled_site_builds_the_same_bytes_twice() {
    let site = Site::bundled();
    site.build(&[]);
    let first = site.tree();
    let other = tempfile::tempdir().unwrap();
    let out = other.path().join("public");
    let run = site.lapa(&[
        "build",
        "--now",
        "2024-01-15T12:00",
        "--threads",
        "1",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(first, tree(&out));
}

#[test]
fn unchanged_files_are_not_rewritten() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let stamp = |rel: &str| -> SystemTime {
        std::fs::metadata(site.public().join(rel))
            .unwrap()
            .modified()
            .unwrap()
    };
    let before = stamp("lv/par/index.html");
    let before_news = stamp("lv/jaunumi/vecaks/index.html");
    std::thread::sleep(std::time::Duration::from_millis(20));
    site.write(
        "content/jaunumi/vecaks.lv.md",
        "---\ntitle: Vecāks jaunums\ndate: 2022-12-01\n---\nMainīts.\n",
    );
    site.build(&[]);
    assert_eq!(stamp("lv/par/index.html"), before);
    assert_ne!(stamp("lv/jaunumi/vecaks/index.html"), before_news);
}

#[test]
fn sitemap_lists_every_page_with_language_alternates() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let xml = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let urls: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    assert_eq!(urls.len(), 15, "13 pages, the tag index and one tag page");
    let ligums = urls
        .iter()
        .find(|u| {
            u.descendants().any(|n| {
                n.has_tag_name("loc")
                    && n.text() == Some("https://example.org/sub/lv/jaunumi/ligums/")
            })
        })
        .expect("the news item is listed");
    let alternates: Vec<(&str, &str)> = ligums
        .descendants()
        .filter(|n| n.has_tag_name("link"))
        .map(|n| {
            (
                n.attribute("hreflang").unwrap(),
                n.attribute("href").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        vec![
            ("lv", "https://example.org/sub/lv/jaunumi/ligums/"),
            ("en", "https://example.org/sub/en/news/agreement-signed/"),
            ("x-default", "https://example.org/sub/"),
        ]
    );
    assert!(
        ligums
            .descendants()
            .any(|n| n.has_tag_name("lastmod") && n.text() == Some("2023-02-03"))
    );
}

#[test]
fn robots_txt_points_to_the_sitemap() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let robots = std::fs::read_to_string(site.public().join("robots.txt")).unwrap();
    assert!(
        robots
            .lines()
            .any(|l| l == "Sitemap: https://example.org/sub/sitemap.xml")
    );
}

#[test]
fn theme_static_files_are_copied_to_the_root() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert_eq!(
        std::fs::read_to_string(site.public().join("css/site.css")).unwrap(),
        "body { font-family: sans-serif; }\n"
    );
}

#[test]
fn an_output_folder_that_holds_sources_is_refused() {
    let site = Site::fixture("basic");
    for output in [".", "content", ".."] {
        let run = site.lapa(&["build", "--output", output]);
        assert_eq!(run.code, 2, "--output {output}: {}", run.stderr);
    }
    assert!(site.root().join("content/site.yaml").is_file());
    std::fs::create_dir_all(site.root().join("elsewhere/content")).unwrap();
    let run = site.lapa(&["build", "--output", "elsewhere"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("holds site sources"), "{}", run.stderr);
}

#[test]
fn wrong_usage_exits_with_2() {
    let site = Site::fixture("basic");
    assert_eq!(site.lapa(&["build", "--now", "tomorrow"]).code, 2);
    assert_eq!(site.lapa(&["frobnicate"]).code, 2);
    let run = site.lapa(&["build", "--base-url", "example.org/staging"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--base-url example.org/staging"),
        "{}",
        run.stderr
    );
}

#[test]
fn server_files_of_the_theme_are_published_and_hidden_files_are_not() {
    let site = Site::fixture("basic");
    site.write(
        "themes/plain/static/.htaccess",
        "ErrorDocument 404 /sub/404.html\n",
    );
    site.write("themes/plain/static/.DS_Store", "junk");
    site.build(&[]);
    assert!(site.public().join(".htaccess").is_file());
    assert!(!site.public().join(".DS_Store").exists());
}

#[test]
fn easy_read_files_are_published_under_the_easy_read_folder() {
    let site = Site::fixture("basic");
    site.write(
        "content/par.lv.easy.md",
        "---\ntitle: Par vieglā valodā\n---\n",
    );
    let run = site.build(&[]);
    assert!(!run.stderr.contains("easy-read"), "{}", run.stderr);
    assert!(
        site.public()
            .join("lv/viegla-valoda/par/index.html")
            .is_file()
    );
    assert!(site.public().join("lv/viegla-valoda/index.html").is_file());
}
