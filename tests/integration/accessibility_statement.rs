//! The accessibility statement (`content/data/accessibility.yaml`): the bundled site's
//! statement renders in both languages with every part of the EU model statement, every
//! page's footer and the 404 page link it, it is in the sitemap with its translation, the
//! stale-review warning fires only when the review is more than a year before `--now`, a
//! site without the file gets `check`'s warning (and no page, no link), and `serve`
//! rebuilds the statement when the file changes. Broken files are bad-input cases
//! (`tests/fixtures/bad/accessibility-*`, `…-accessibility`).

use crate::support::{Page, Site};
use lapa::probe::Live;
use std::path::PathBuf;

/// The bundled statement's own date: a build "now" shortly after it.
const NOW: &str = "2026-12-01T10:00";
const STATEMENT: [(&str, &str); 2] = [
    ("lv", "lv/pieklustamiba/index.html"),
    ("en", "en/accessibility/index.html"),
];

fn built() -> Site {
    let site = Site::bundled();
    let run = site.lapa(&["build", "--now", NOW]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    site
}

fn text_of(page: &Page, css: &str) -> String {
    page.texts(css).join("\n")
}

#[test]
fn the_statement_renders_from_data_in_both_languages_with_every_part_of_the_model() {
    let site = built();
    for (lang, path) in STATEMENT {
        let page = site.page(path);
        let en = lang == "en";
        assert_eq!(page.attr("html", "lang"), lang);
        assert_eq!(
            page.text("h1"),
            if en {
                "Accessibility statement"
            } else {
                "Piekļūstamības paziņojums"
            }
        );
        // The six parts, in the model statement's order.
        let parts: Vec<String> = page.attrs("main h2[id]", "id");
        assert_eq!(
            parts,
            [
                "status",
                "content",
                "preparation",
                "feedback",
                "enforcement"
            ],
            "{lang}"
        );
        // Commitment and scope: the body, the law, the site's name and address.
        let commitment = text_of(&page, "#commitment p");
        let body = if en {
            "The Latgale Planning Region is committed"
        } else {
            "Latgales plānošanas reģions apņemas"
        };
        assert!(commitment.contains(body), "{commitment}");
        assert!(commitment.contains("No. 445") || commitment.contains("Nr. 445"));
        assert_eq!(
            page.attr("#commitment a", "href"),
            "https://www.example.org/di/"
        );
        // Compliance status with the standard.
        let status = page.text(".statement-status");
        let partially = if en {
            "partially compliant with LVS EN 301 549:2020"
        } else {
            "daļēji atbilst standartam LVS EN 301 549:2020"
        };
        assert!(status.contains(partially), "{status}");
        // Non-accessible content: the known problems, each with reason and alternative.
        assert_eq!(page.attrs("main h3[id]", "id"), ["non-compliance"]);
        assert_eq!(page.count(".statement-problems > li"), 3);
        let problems = text_of(&page, ".statement-problems");
        for wanted in if en {
            ["easy-to-read", "320 pixels", "Chromium"]
        } else {
            ["Vieglās valodas", "320 pikseļu", "Chromium"]
        } {
            assert!(problems.contains(wanted), "{wanted} not in {problems}");
        }
        // Preparation: dates in the locale's format, the method and the tools.
        let dates = page.texts(".statement-dates time");
        let date = if en {
            "30 November 2026"
        } else {
            "2026. gada 30. novembris"
        };
        assert_eq!(dates, [date, date]);
        assert_eq!(
            page.attrs(".statement-dates time", "datetime"),
            ["2026-11-30", "2026-11-30"]
        );
        let preparation = text_of(&page, "section[aria-labelledby=preparation]");
        for wanted in ["axe-core", "Nu HTML Checker"] {
            assert!(preparation.contains(wanted), "{preparation}");
        }
        assert!(preparation.contains(if en {
            "self-assessment"
        } else {
            "izdevēja paša"
        }));
        // Feedback: the contacts of contacts.yaml, and the response time with its plural.
        let links = page.attrs("section[aria-labelledby=feedback] a", "href");
        assert!(
            links.contains(&"mailto:ilona.meksa@ludza.lv".to_string()),
            "{links:?}"
        );
        assert!(links.contains(&"tel:+37165440862".to_string()), "{links:?}");
        let feedback = text_of(&page, "section[aria-labelledby=feedback] > p");
        let within = if en {
            "within 30 days"
        } else {
            "30 dienu laikā"
        };
        assert!(feedback.contains(within), "{feedback}");
        // Enforcement: who, with a link.
        let route = page.attr("section[aria-labelledby=enforcement] a", "href");
        assert!(route.starts_with("https://www.varam.gov.lv/"), "{route}");
        // A page of the site like the others: breadcrumbs, its translation.
        assert_eq!(page.texts(".breadcrumbs li").len(), 2, "home › statement");
        let other = if en { "lv" } else { "en" };
        let (_, other_path) = STATEMENT.iter().find(|(l, _)| *l == other).unwrap();
        let alternate = page.attr(&format!("link[rel=alternate][hreflang={other}]"), "href");
        assert_eq!(
            alternate,
            format!(
                "https://www.example.org/di/{}",
                other_path.trim_end_matches("index.html")
            )
        );
    }
}

#[test]
fn the_response_time_follows_each_languages_plural_rules() {
    let site = Site::bundled();
    let file = "content/data/accessibility.yaml";
    let text = std::fs::read_to_string(site.root().join(file)).unwrap();
    site.write(
        file,
        &text.replace("response_days: 30", "response_days: 21"),
    );
    site.build(&[]);
    // Latvian: 21 is "one" in CLDR; English: "other".
    let lv = text_of(
        &site.page(STATEMENT[0].1),
        "section[aria-labelledby=feedback] > p",
    );
    assert!(lv.contains("21 dienas laikā"), "{lv}");
    let en = text_of(
        &site.page(STATEMENT[1].1),
        "section[aria-labelledby=feedback] > p",
    );
    assert!(en.contains("within 21 days"), "{en}");
}

#[test]
fn every_page_links_the_statement_in_its_language() {
    let site = built();
    let mut checked = 0;
    for (path, bytes) in site.tree() {
        if !path.ends_with(".html") || path.starts_with("embed/") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        // Redirect pages (aliases) are left at once; the root chooser links both.
        if html.contains("http-equiv=\"refresh\"") && path != "index.html" {
            continue;
        }
        let page = site.page(&path);
        let links = page.attrs("footer a", "href");
        let wanted: Vec<&str> = if path == "index.html" || path == "404.html" {
            vec!["/di/lv/pieklustamiba/", "/di/en/accessibility/"]
        } else if page.attr("html", "lang") == "lv" {
            vec!["/di/lv/pieklustamiba/"]
        } else {
            vec!["/di/en/accessibility/"]
        };
        for url in wanted {
            assert!(
                links.iter().any(|l| l == url),
                "{path}: no footer link to {url} in {links:?}"
            );
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} pages");
}

#[test]
fn the_404_page_links_the_statement_in_both_languages() {
    let site = built();
    let page = site.page("404.html");
    for (lang, url, text) in [
        ("lv", "/di/lv/pieklustamiba/", "Piekļūstamības paziņojums"),
        ("en", "/di/en/accessibility/", "Accessibility statement"),
    ] {
        let css = format!("[lang={lang}] a[hreflang={lang}][href=\"{url}\"]");
        assert_eq!(page.text(&css), text);
    }
}

#[test]
fn the_statement_is_in_the_sitemap_with_its_translation() {
    let site = built();
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    for (lang, url) in [
        ("lv", "https://www.example.org/di/lv/pieklustamiba/"),
        ("en", "https://www.example.org/di/en/accessibility/"),
    ] {
        assert!(sitemap.contains(&format!("<loc>{url}</loc>")), "{url}");
        assert!(
            sitemap.contains(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{url}\"/>"
            )),
            "{lang} alternate"
        );
    }
}

#[test]
fn a_review_more_than_a_year_old_warns_in_build_and_check() {
    let site = Site::bundled();
    // Reviewed on 2026-11-30: a year later is still in time, a day after that is not.
    for command in ["build", "check"] {
        let run = site.lapa(&[command, "--now", "2027-11-30T23:59"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            !run.stderr.contains("accessibility-review-stale"),
            "{command}: {}",
            run.stderr
        );
        let run = site.lapa(&[command, "--now", "2027-12-01T00:00"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr
                .contains("warning[accessibility-review-stale]: content/data/accessibility.yaml:"),
            "{command}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("preparation.reviewed"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn without_the_file_check_warns_and_the_site_has_no_statement() {
    let site = Site::bundled();
    std::fs::remove_file(site.root().join("content/data/accessibility.yaml")).unwrap();
    let run = site.lapa(&["check", "--now", NOW]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning[accessibility-statement-missing]"),
        "{}",
        run.stderr
    );
    let run = site.build(&[]);
    assert!(!run.stderr.contains("accessibility"), "{}", run.stderr);
    assert!(!site.public().join("lv/pieklustamiba").exists());
    assert!(!site.public().join("en/accessibility").exists());
    let home = site.page("lv/index.html");
    assert!(
        !home
            .attrs("footer a", "href")
            .iter()
            .any(|h| h.contains("pieklustamiba")),
        "no footer link without a statement"
    );
    // With the file back, check is quiet about it.
    let with = Site::bundled();
    let run = with.lapa(&["check", "--now", NOW]);
    assert!(!run.stderr.contains("accessibility-statement-missing"));
}

#[test]
fn serve_rebuilds_the_statement_when_its_file_changes() {
    let site = Site::bundled();
    let mut live = Live::open(site.root()).unwrap();
    let file = "content/data/accessibility.yaml";
    let text = std::fs::read_to_string(site.root().join(file)).unwrap();
    site.write(
        file,
        &text.replace("response_days: 30", "response_days: 14"),
    );
    let change = live.apply(&[PathBuf::from(file)]).unwrap();
    for (_, path) in STATEMENT {
        assert!(
            change.written.iter().any(|w| w == path),
            "{path} not in {:?}",
            change.written
        );
    }
    assert_eq!(
        live.files().unwrap(),
        Live::open(site.root()).unwrap().files().unwrap()
    );
}
