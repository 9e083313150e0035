//! Easy-to-read versions (`<name>.<lang>.easy.md`) on the bundled site and theme: where
//! they are published, the links both ways and from the header, their translations (each
//! other, never their page), the easy-read index, the sitemap, the checked mark, and a
//! live rebuild after easy-file edits equalling a full build. Bad easy files are cases of
//! the bad-input corpus (`tests/fixtures/bad/easy-read-*`).

use crate::support::{Page, Site};
use lapa::probe::Live;
use std::path::PathBuf;

const BASE: &str = "https://www.example.org/di/";

const LV_PAGE: &str = "lv/izpratne/kas-ir-grt/";
const LV_EASY: &str = "lv/viegla-valoda/izpratne/kas-ir-grt/";
const EN_PAGE: &str = "en/awareness/what-are-intellectual-disabilities/";
const EN_EASY: &str = "en/easy-read/awareness/what-are-intellectual-disabilities/";
const LV_INDEX: &str = "lv/viegla-valoda/";
const EN_INDEX: &str = "en/easy-read/";

/// The bundled site with easy versions of an awareness page in both languages (the lv one
/// checked by two readers) and of the Latvian home page (the English home page's, which
/// the bundled site has, taken away).
fn site_with_easy_pages() -> Site {
    let site = Site::bundled();
    let english_home = site.root().join("content/_index.en.easy.md");
    if english_home.exists() {
        std::fs::remove_file(english_home).unwrap();
    }
    site.write(
        "content/izpratne/kas-ir-grt.lv.easy.md",
        "---\ntitle: Kas ir garīgi traucējumi\nsummary: Īsi par traucējumiem.\n\
         checked_by: [Anna Bērziņa, Jānis Kalniņš]\nchecked_on: 2026-10-01\n---\n\
         Dažiem cilvēkiem ir grūti mācīties.\n\nViņiem vajag palīdzību.\n",
    );
    site.write(
        "content/izpratne/kas-ir-grt.en.easy.md",
        "---\ntitle: What are intellectual disabilities\n---\n\
         Some people find learning hard.\n\nThey need some help.\n",
    );
    site.write(
        "content/_index.lv.easy.md",
        "---\ntitle: Projekts vieglā valodā\n---\nŠī ir projekta vietne.\n",
    );
    site
}

fn page(site: &Site, path: &str) -> Page {
    site.page(&format!("{path}index.html"))
}

fn url(path: &str) -> String {
    format!("/di/{path}")
}

fn alternates(page: &Page) -> Vec<String> {
    page.attrs("link[rel=alternate][hreflang]", "href")
}

#[test]
fn easy_versions_are_published_under_the_easy_read_folder_in_the_page_language() {
    let site = site_with_easy_pages();
    site.build(&[]);
    for (path, lang) in [(LV_EASY, "lv"), (EN_EASY, "en")] {
        let easy = page(&site, path);
        assert_eq!(easy.attr("html", "lang"), lang);
        assert_eq!(
            easy.attr("link[rel=canonical]", "href"),
            format!("{BASE}{path}")
        );
    }
    assert_eq!(page(&site, LV_EASY).text("h1"), "Kas ir garīgi traucējumi");
    // The home page's easy version has no address of its own.
    assert!(
        !site
            .public()
            .join("lv/viegla-valoda/index.lv.html")
            .exists()
    );
    assert!(!site.public().join("lv/viegla-valoda/_index").exists());
}

#[test]
fn a_page_and_its_easy_version_link_each_other_near_the_title() {
    let site = site_with_easy_pages();
    site.build(&[]);
    for (full, easy) in [(LV_PAGE, LV_EASY), (EN_PAGE, EN_EASY)] {
        let full_page = page(&site, full);
        assert_eq!(
            full_page.attr(".page-header .easy-link a", "href"),
            url(easy)
        );
        assert_eq!(
            full_page.count(".page-header .easy-link a svg[aria-hidden=true]"),
            1
        );
        let easy_page = page(&site, easy);
        assert_eq!(
            easy_page.attr(".page-header .easy-link a", "href"),
            url(full)
        );
    }
    assert_eq!(page(&site, LV_PAGE).text(".easy-link a"), "Vieglā valoda");
    assert_eq!(page(&site, EN_PAGE).text(".easy-link a"), "Easy to read");
    assert_eq!(
        page(&site, LV_EASY).text(".easy-link a"),
        "Parastais teksts"
    );
    assert_eq!(
        page(&site, EN_EASY).text(".easy-link a"),
        "Standard version"
    );
    // A page without an easy version has no such link.
    assert_eq!(
        page(&site, "lv/izpratne/cilveks-nevis-diagnoze/").count(".easy-link"),
        0
    );
}

#[test]
fn easy_versions_are_translations_of_each_other_and_never_of_their_page() {
    let site = site_with_easy_pages();
    site.build(&[]);
    let lv_easy = page(&site, LV_EASY);
    assert_eq!(
        lv_easy.attr("link[rel=alternate][hreflang=en]", "href"),
        format!("{BASE}{EN_EASY}")
    );
    assert_eq!(
        page(&site, EN_EASY).attr("link[rel=alternate][hreflang=lv]", "href"),
        format!("{BASE}{LV_EASY}")
    );
    for href in alternates(&lv_easy) {
        assert!(
            !href.ends_with(LV_PAGE) && !href.ends_with(EN_PAGE),
            "{href}"
        );
    }
    for full in [LV_PAGE, EN_PAGE] {
        for href in alternates(&page(&site, full)) {
            assert!(
                !href.contains("/viegla-valoda/") && !href.contains("/easy-read/"),
                "{href}"
            );
        }
    }
    // The language switcher leads to the other easy version.
    assert!(
        lv_easy
            .attrs(".lang-switch a[hreflang=en]", "href")
            .contains(&url(EN_EASY))
    );
}

#[test]
fn the_easy_read_index_lists_the_easy_pages_with_the_home_easy_text_as_introduction() {
    let site = site_with_easy_pages();
    site.build(&[]);
    let index = page(&site, LV_INDEX);
    assert_eq!(index.text("h1"), "Vieglā valoda");
    assert!(
        index
            .text(".easy-index > .easy-prose")
            .contains("Šī ir projekta vietne."),
        "the home page's easy text introduces the index"
    );
    assert!(index.attrs(".easy-list a", "href").contains(&url(LV_EASY)));
    assert!(
        index
            .texts(".easy-list .easy-summary")
            .iter()
            .any(|t| t == "Īsi par traucējumiem.")
    );
    // It is the home page's easy version, and leads back to the home page.
    assert_eq!(
        page(&site, "lv/").attr(".easy-link a", "href"),
        url(LV_INDEX)
    );
    assert_eq!(index.attr(".page-header .easy-link a", "href"), url("lv/"));
    // The English index has no introduction, only its list; the English home page has no
    // easy version.
    let en_index = page(&site, EN_INDEX);
    assert!(
        en_index
            .attrs(".easy-list a", "href")
            .contains(&url(EN_EASY))
    );
    assert_eq!(en_index.count(".easy-index > .easy-prose"), 0);
    assert_eq!(page(&site, "en/").count(".easy-link"), 0);
    // The indexes are each other's translations.
    assert_eq!(
        index.attr("link[rel=alternate][hreflang=en]", "href"),
        format!("{BASE}{EN_INDEX}")
    );
}

#[test]
fn every_page_links_the_easy_read_index_from_the_header_once_it_exists() {
    let site = site_with_easy_pages();
    site.build(&[]);
    for (path, index) in [
        ("lv/", LV_INDEX),
        ("lv/jaunumi/", LV_INDEX),
        (LV_EASY, LV_INDEX),
        ("en/", EN_INDEX),
        (EN_PAGE, EN_INDEX),
    ] {
        let found = page(&site, path);
        assert_eq!(
            found.attr(".topbar .easy-read-header a", "href"),
            url(index),
            "{path}"
        );
    }
    assert_eq!(
        page(&site, LV_INDEX).attr(".easy-read-header a", "aria-current"),
        "page"
    );
    // The pages that speak every language at once (404, the root chooser) link each
    // language's index, in that language.
    for file in ["404.html", "index.html"] {
        let found = site.page(file);
        assert_eq!(
            found.attrs(".easy-read-header a", "href"),
            [url(LV_INDEX), url(EN_INDEX)],
            "{file}"
        );
        assert_eq!(
            found.attrs(".easy-read-header a", "hreflang"),
            ["lv", "en"],
            "{file}"
        );
    }
    // Without easy pages there is no index and no header link.
    let plain = Site::bundled();
    remove_easy_files(&plain);
    plain.build(&[]);
    assert!(!plain.public().join(LV_INDEX).exists());
    for file in ["lv/index.html", "404.html", "index.html"] {
        assert_eq!(plain.page(file).count(".easy-read-header"), 0, "{file}");
    }
}

/// Deletes every easy file of a site.
fn remove_easy_files(site: &Site) {
    for entry in walkdir::WalkDir::new(site.root().join("content"))
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_name().to_string_lossy().contains(".easy.") {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
}

#[test]
fn easy_pages_have_breadcrumbs_through_the_index_and_the_calmer_stylesheet() {
    let site = site_with_easy_pages();
    site.build(&[]);
    let easy = page(&site, LV_EASY);
    assert_eq!(
        easy.attrs(".breadcrumbs a", "href"),
        [url("lv/"), url(LV_INDEX), url(LV_EASY)]
    );
    let stylesheets = easy.attrs("link[rel=stylesheet]", "href");
    assert!(
        stylesheets.iter().any(|h| h.contains("css/easy.css")),
        "{stylesheets:?}"
    );
    assert!(
        !page(&site, LV_PAGE)
            .attrs("link[rel=stylesheet]", "href")
            .iter()
            .any(|h| h.contains("easy.css"))
    );
    let css = std::fs::read_to_string(site.public().join("css/easy.css")).unwrap();
    for rule in [
        "font-size: 1.25rem",
        "line-height: 1.7",
        "max-width: 60ch",
        "hyphens: none",
    ] {
        assert!(css.contains(rule), "{rule}");
    }
    assert!(!css.contains("justify"));
}

#[test]
fn easy_pages_and_indexes_are_in_the_sitemap_with_their_alternates() {
    let site = site_with_easy_pages();
    site.build(&[]);
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    for path in [LV_EASY, EN_EASY, LV_INDEX, EN_INDEX] {
        assert!(
            sitemap.contains(&format!("<loc>{BASE}{path}</loc>")),
            "{path}"
        );
    }
    let entry = sitemap
        .split("<url>")
        .find(|e| e.contains(&format!("<loc>{BASE}{LV_EASY}</loc>")))
        .unwrap();
    assert!(
        entry.contains(&format!("hreflang=\"en\" href=\"{BASE}{EN_EASY}\"")),
        "{entry}"
    );
    assert!(!entry.contains(&format!("{BASE}{LV_PAGE}\"")), "{entry}");
}

#[test]
fn a_checked_text_shows_who_checked_it_with_our_own_mark() {
    let site = site_with_easy_pages();
    site.build(&[]);
    let checked = page(&site, LV_EASY);
    let mark = checked.text(".easy-checked");
    assert!(
        mark.contains("Pārbaudīja: Anna Bērziņa, Jānis Kalniņš"),
        "{mark}"
    );
    assert!(mark.contains("2026. gada 1. oktobris"), "{mark}");
    assert_eq!(checked.count(".easy-checked svg.easy-mark"), 1);
    assert_eq!(checked.attr(".easy-checked time", "datetime"), "2026-10-01");
    // No logo without the setting, and no credit line.
    assert_eq!(checked.count(".easy-read-logo"), 0);
    assert_eq!(checked.count(".easy-read-credit"), 0);
    // An unchecked text carries no mark.
    assert_eq!(page(&site, EN_EASY).count(".easy-checked"), 0);
}

/// A small PNG (1×1, one transparent pixel) standing in for the logo file.
const LOGO: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

/// Adds `easy_read.logo` to the site's settings and the logo file beside `content/`.
fn with_logo(site: &Site) {
    let settings = site.root().join("content/site.yaml");
    let text = std::fs::read_to_string(&settings).unwrap();
    assert!(
        !text.contains("\neasy_read:"),
        "the bundled site.yaml sets easy_read"
    );
    site.write(
        "content/site.yaml",
        &format!("{text}\neasy_read:\n  logo: zimes/Easy-to-Read.PNG\n"),
    );
    std::fs::create_dir_all(site.root().join("zimes")).unwrap();
    std::fs::write(site.root().join("zimes/Easy-to-Read.PNG"), LOGO).unwrap();
}

#[test]
fn with_the_logo_setting_a_checked_text_shows_the_logo_as_supplied_and_its_credit_line() {
    let site = site_with_easy_pages();
    with_logo(&site);
    site.build(&[]);
    let published = std::fs::read(site.public().join("img/easy-to-read-logo.png")).unwrap();
    assert_eq!(published, LOGO, "the logo is published byte for byte");
    let checked = page(&site, LV_EASY);
    assert_eq!(
        checked.attr(".easy-checked img.logo.easy-read-logo", "src"),
        url("img/easy-to-read-logo.png")
    );
    assert_eq!(checked.attr(".easy-read-logo", "width"), "60");
    assert_eq!(checked.attr(".easy-read-logo", "height"), "60");
    assert_eq!(
        checked.attr(".easy-read-logo", "alt"),
        "Eiropas viegli lasāma teksta logo"
    );
    assert_eq!(
        checked.text(".easy-read-credit"),
        "© Eiropas viegli lasāma teksta logo: Inclusion Europe. Vairāk informācijas easy-to-read.eu"
    );
    assert_eq!(
        checked.attr(".easy-read-credit a", "href"),
        "https://www.easy-to-read.eu/"
    );
    assert!(
        checked
            .text(".easy-checked")
            .contains("Pārbaudīja: Anna Bērziņa, Jānis Kalniņš")
    );
    // The logo takes the place of lapa's own mark, and the EU emblem grows to stay larger.
    assert_eq!(checked.count(".easy-mark"), 0);
    assert_eq!(checked.attr("body", "class"), "shows-easy-read-logo");
    let css = std::fs::read_to_string(site.public().join("css/easy.css")).unwrap();
    assert!(css.contains(".shows-easy-read-logo .site-header .eu-emblem"));
    // Never on a text nobody checked, nor on other pages.
    for path in [EN_EASY, LV_PAGE, "lv/"] {
        let other = page(&site, path);
        assert_eq!(other.count(".easy-read-logo"), 0, "{path}");
        assert_eq!(other.count("body[class]"), 0, "{path}");
    }
    // The credit line in English.
    site.write(
        "content/izpratne/kas-ir-grt.en.easy.md",
        "---\ntitle: What are intellectual disabilities\nchecked_by: [Anna]\n---\nText.\n",
    );
    site.build(&[]);
    assert_eq!(
        page(&site, EN_EASY).text(".easy-read-credit"),
        "© European Easy-to-Read Logo: Inclusion Europe. More information at easy-to-read.eu"
    );
}

#[test]
fn an_easy_version_of_a_draft_is_left_out_with_it() {
    let site = site_with_easy_pages();
    site.write(
        "content/izpratne/melnraksts.en.md",
        "---\ntitle: Draft\ndraft: true\n---\nText.\n",
    );
    site.write(
        "content/izpratne/melnraksts.en.easy.md",
        "---\ntitle: Draft in easy words\n---\nText.\n",
    );
    // An easy version that is a draft itself is left out too.
    site.write(
        "content/izpratne/cilveks-nevis-diagnoze.lv.easy.md",
        "---\ntitle: Melnraksts\ndraft: true\n---\nTeksts.\n",
    );
    let run = site.build(&[]);
    assert!(!run.stderr.contains("easy-read"), "{}", run.stderr);
    let draft_easy = "en/easy-read/awareness/melnraksts/index.html";
    let own_draft = "lv/viegla-valoda/izpratne/cilveks-nevis-diagnoze/index.html";
    assert!(!site.public().join(draft_easy).exists());
    assert!(!site.public().join(own_draft).exists());
    assert!(site.public().join(LV_EASY).join("index.html").is_file());
    site.build(&["--drafts"]);
    assert!(site.public().join(draft_easy).is_file());
    assert!(site.public().join(own_draft).is_file());
}

#[test]
fn an_easy_page_taking_a_page_address_is_a_collision_naming_both_files() {
    let site = site_with_easy_pages();
    site.write(
        "content/viegla-valoda/izpratne/kas-ir-grt.lv.md",
        "---\ntitle: Cits\n---\nTeksts.\n",
    );
    let run = site.build_fails();
    assert!(run.stderr.contains("url-collision"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/izpratne/kas-ir-grt.lv.easy.md"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/viegla-valoda/izpratne/kas-ir-grt.lv.md"),
        "{}",
        run.stderr
    );
}

/// Every output of a fresh in-memory build.
fn full(site: &Site) -> Vec<(String, Vec<u8>)> {
    Live::open(site.root()).unwrap().files().unwrap()
}

#[test]
fn a_live_rebuild_after_easy_file_edits_equals_a_full_build() {
    let site = site_with_easy_pages();
    // The bundled English easy texts go, so that the last edit removes the last one.
    for entry in walkdir::WalkDir::new(site.root().join("content"))
        .into_iter()
        .filter_map(Result::ok)
    {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".en.easy.md") && name != "kas-ir-grt.en.easy.md" {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let mut live = Live::open(site.root()).unwrap();
    let easy = "content/izpratne/cilveks-nevis-diagnoze.lv.easy.md";
    let edits: Vec<(&str, Option<&str>)> = vec![
        // A new easy version: its page, its page's link, the index.
        (easy, Some("---\ntitle: Cilvēks\n---\nTeksts.\n")),
        // Its title: the index's list.
        (easy, Some("---\ntitle: Cilvēks vispirms\n---\nTeksts.\n")),
        // Checked.
        (
            easy,
            Some("---\ntitle: Cilvēks vispirms\nchecked_by: [Anna]\n---\nTeksts.\n"),
        ),
        // The page's title: the easy page's way back.
        (
            "content/izpratne/cilveks-nevis-diagnoze.lv.md",
            Some("---\ntitle: Cilvēks, ne diagnoze\n---\nTeksts.\n"),
        ),
        // The home page's easy text goes: the home page loses its link.
        ("content/_index.lv.easy.md", None),
        // Every English easy page goes: the English index and header links go.
        ("content/izpratne/kas-ir-grt.en.easy.md", None),
        (easy, None),
    ];
    for (rel, text) in edits {
        match text {
            Some(text) => site.write(rel, text),
            None => std::fs::remove_file(site.root().join(rel)).unwrap(),
        }
        live.apply(&[PathBuf::from(rel)]).unwrap();
        assert!(
            live.files().unwrap() == full(&site),
            "after {rel}: differs from a full build"
        );
    }
    assert!(
        !live
            .files()
            .unwrap()
            .iter()
            .any(|(path, _)| path.starts_with(EN_INDEX))
    );
}
