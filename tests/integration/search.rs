//! Search (issue 13): with a theme that has `search.html`, each language gets a search
//! page and its own Pagefind bundle below it, made from the main content of its
//! searchable pages with the model's metadata and filters; without it, neither.

use crate::support::{Site, tree};
use flate2::read::GzDecoder;
use lapa::probe::Live;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A minimal search page, standing in for the theme's own (tests must not depend on it).
const SEARCH_HTML: &str = r#"{% extends "base.html" %}
{% block content %}
<h1>{{ page.title }}</h1>
<form action="{{ page.url }}" method="get"><label>{{ page.title }} <input name="q" type="search"></label></form>
<div id="search" data-bundle="{{ search.bundle_url }}" data-stem="{{ search.stem }}"></div>
<ul class="sections">{% for s in search.sections %}<li><a href="{{ s.url }}">{{ s.title }}</a></li>{% endfor %}</ul>
<p><a class="sitemap" href="{{ search.sitemap_url }}">sitemap.xml</a></p>
{% endblock content %}
"#;

/// The bundled site with a `search.html`, and a unique word in the header and footer
/// (the skip link, the footer's note) that no page's text has.
fn searchable_site() -> Site {
    let site = Site::bundled();
    site.write("themes/default/templates/search.html", SEARCH_HTML);
    for (lang, title) in [("lv", "Meklēšana"), ("en", "Search")] {
        let main = format!("locales/{lang}/main.ftl");
        let text = std::fs::read_to_string(site.root().join(&main)).unwrap();
        let text = text
            .lines()
            .map(|l| {
                if l.starts_with("skip-link =") {
                    "skip-link = Zilzebra".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        site.write(&main, &format!("{text}\n"));
        // The theme's own search.ftl holds the texts of its search page, which SEARCH_HTML
        // replaces: keep only those that lapa and the other templates (the header field, the
        // 404 page) use, so `check --strict` finds none unused.
        site.write(
            &format!("locales/{lang}/search.ftl"),
            &format!(
                "search-title = {title}\nsearch-field-label = {title}\nsearch-button = {title}\n"
            ),
        );
    }
    site
}

/// One record of a bundle: Pagefind's fragment JSON.
fn records(public: &Path, bundle: &str) -> Vec<Value> {
    let folder = public.join(bundle).join("fragment");
    let mut out = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let mut text = String::new();
        GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_string(&mut text)
            .unwrap();
        let json = text
            .strip_prefix("pagefind_dcd")
            .expect("Pagefind's fragment mark");
        out.push(serde_json::from_str(json).unwrap());
    }
    out
}

fn record<'a>(records: &'a [Value], url: &str) -> &'a Value {
    records
        .iter()
        .find(|r| r["url"] == url)
        .unwrap_or_else(|| panic!("no record of {url}"))
}

fn urls(records: &[Value]) -> BTreeSet<String> {
    records
        .iter()
        .map(|r| r["url"].as_str().unwrap().to_string())
        .collect()
}

/// The files of a bundle, relative to it.
fn bundle_files(public: &Path, bundle: &str) -> BTreeSet<String> {
    tree(&public.join(bundle))
        .into_iter()
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn each_language_has_a_search_page_and_a_bundle_of_its_own() {
    let site = searchable_site();
    site.build(&[]);
    let public = site.public();
    for (lang, page, other) in [("lv", "lv/meklet", "en"), ("en", "en/search", "lv")] {
        let search = site.page(&format!("{page}/index.html"));
        assert_eq!(
            search.attr("#search", "data-bundle"),
            format!("/di/{page}/pagefind/")
        );
        let stem = if lang == "lv" { "lv" } else { "" };
        assert_eq!(search.attr("#search", "data-stem"), stem);
        assert!(search.count("ul.sections li a") >= 3);
        assert_eq!(search.attr("a.sitemap", "href"), "/di/sitemap.xml");
        // Translations of each other.
        let alternates = search.attrs("link[rel=alternate][hreflang]", "href");
        assert!(
            alternates
                .iter()
                .any(|h| h.contains(&format!("/di/{other}/"))),
            "{alternates:?}"
        );

        let bundle = format!("{page}/pagefind");
        let entry: Value = serde_json::from_slice(
            &std::fs::read(public.join(&bundle).join("pagefind-entry.json")).unwrap(),
        )
        .unwrap();
        let languages: Vec<&String> = entry["languages"].as_object().unwrap().keys().collect();
        assert_eq!(languages, vec![lang]);

        // Only what Pagefind's JavaScript API loads: no UI bundles, no playground.
        let files = bundle_files(&public, &bundle);
        for file in &files {
            let wasm = if lang == "lv" {
                "wasm.unknown.pagefind"
            } else {
                "wasm.en.pagefind"
            };
            let allowed = [
                "pagefind.js",
                "pagefind-worker.js",
                "pagefind-entry.json",
                wasm,
            ]
            .contains(&file.as_str())
                || (file.starts_with(&format!("pagefind.{lang}_")) && file.ends_with(".pf_meta"))
                || file.starts_with(&format!("index/{lang}_"))
                || file.starts_with(&format!("fragment/{lang}_"))
                || file.starts_with(&format!("filter/{lang}_"));
            assert!(allowed, "{bundle}/{file} should not be published");
        }
        assert!(files.contains("pagefind.js") && files.contains("pagefind-entry.json"));

        // Every record is of this language, under the base path.
        let records = records(&public, &bundle);
        assert!(records.len() > 10);
        for url in urls(&records) {
            assert!(url.starts_with(&format!("/di/{lang}/")), "{url}");
        }
    }
    // The search pages are in the sitemap.
    let sitemap = std::fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("/di/lv/meklet/") && sitemap.contains("/di/en/search/"));
}

#[test]
fn records_have_the_main_content_and_the_models_metadata() {
    let site = searchable_site();
    site.build(&[]);
    let public = site.public();
    let lv = records(&public, "lv/meklet/pagefind");
    let news = record(&lv, "/di/lv/jaunumi/ludzas-sadarbibas-ligums/");
    assert_eq!(
        news["meta"]["title"],
        "Ludzas novads ir projekta DI sadarbības partneris"
    );
    assert_eq!(news["meta"]["kind"], "news");
    assert_eq!(news["meta"]["date"], "2023. gada 3. februāris");
    assert_eq!(news["meta"]["date_iso"], "2023-02-03");
    assert_eq!(news["meta"]["section"], "Jaunumi");
    assert!(
        news["meta"]["summary"]
            .as_str()
            .unwrap()
            .starts_with("Ludzas novads")
    );
    assert_eq!(news["filters"]["kind"], serde_json::json!(["news"]));
    assert_eq!(news["filters"]["section"], serde_json::json!(["Jaunumi"]));
    assert_eq!(
        news["filters"]["municipality"],
        serde_json::json!(["Ludzas novads"])
    );
    let tags = news["filters"]["tag"].as_array().unwrap();
    assert!(tags.contains(&Value::from("Ludza")), "{tags:?}");
    // The text, not the page's furniture: no "published" label, tag list or easy link.
    let content = news["content"].as_str().unwrap();
    assert!(content.starts_with("Ludzas novads ir projekta DI sadarbības partneris"));
    assert!(!content.contains("Publicēts"), "{content}");

    let event = lv
        .iter()
        .find(|r| r["meta"]["kind"] == "event")
        .expect("an event record");
    assert!(event["meta"]["date_iso"].as_str().unwrap().len() == 10);
    let home = record(&lv, "/di/lv/");
    assert!(home["meta"].get("section").is_none());
    assert!(lv.iter().any(|r| r["meta"]["kind"] == "easy"));
    assert!(lv.iter().any(|r| r["meta"]["kind"] == "data"));

    let en = records(&public, "en/search/pagefind");
    let dated: Vec<&Value> = en.iter().filter(|r| r["meta"]["kind"] == "news").collect();
    assert!(
        dated.iter().any(|r| r["meta"]["date"] == "3 February 2023"),
        "{dated:?}"
    );

    for records in [&lv, &en] {
        for r in records.iter() {
            let content = r["content"].as_str().unwrap();
            // Header (skip link), menus, breadcrumbs and footer are not main content.
            assert!(!content.contains("Zilzebra"), "{}: {content}", r["url"]);
            assert!(!content.contains("9.2.2.1/15/I/005 ESF"), "{}", r["url"]);
        }
        // Not searchable: tag pages, the municipality and easy-read indexes, the search
        // page itself, list pages 2+.
        for url in urls(records) {
            for not in [
                "/birkas/", "/tags/", "/meklet/", "/search/", "/iegult/", "/embed/", "/page/",
                "/lapa/",
            ] {
                assert!(!url.contains(not), "{url} should not be searchable");
            }
            assert!(
                !url.ends_with("/pasvaldibas/") && !url.ends_with("/municipalities/"),
                "{url}"
            );
            assert!(
                !url.ends_with("/viegla-valoda/") && !url.ends_with("/easy-read/"),
                "{url}"
            );
        }
    }
}

#[test]
fn drafts_are_not_searchable_even_when_built() {
    let site = searchable_site();
    site.write(
        "content/jaunumi/melnraksts.lv.md",
        "---\ntitle: Melnraksts\ndate: 2023-05-05\ndraft: true\n---\n\nSlepenvārds.\n",
    );
    site.build(&["--drafts"]);
    assert!(
        site.public()
            .join("lv/jaunumi/melnraksts/index.html")
            .exists()
    );
    let lv = records(&site.public(), "lv/meklet/pagefind");
    assert!(!urls(&lv).iter().any(|u| u.contains("melnraksts")));
    assert!(
        !lv.iter()
            .any(|r| r["content"].as_str().unwrap().contains("Slepenvārds"))
    );
}

#[test]
fn the_index_is_the_same_bytes_in_every_build() {
    let site = searchable_site();
    site.build(&[]);
    let first = tree(&site.public().join("lv/meklet/pagefind"));
    std::fs::remove_dir_all(site.public()).unwrap();
    site.build(&[]);
    assert_eq!(first, tree(&site.public().join("lv/meklet/pagefind")));
    // A second build over the first one changes nothing.
    let run = site.build(&[]);
    assert!(run.stdout.contains(", 0 changed)"), "{}", run.stdout);
}

#[test]
fn the_search_folder_follows_the_slugs_setting() {
    let site = searchable_site();
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &format!("{yaml}\nslugs:\n  search:\n    lv: atrast\n    en: find\n"),
    );
    site.build(&[]);
    let public = site.public();
    assert!(public.join("lv/atrast/index.html").exists());
    assert!(public.join("en/find/pagefind/pagefind.js").exists());
    assert!(!public.join("lv/meklet").exists());
    let page = site.page("lv/atrast/index.html");
    assert_eq!(
        page.attr("#search", "data-bundle"),
        "/di/lv/atrast/pagefind/"
    );
}

#[test]
fn a_theme_without_search_html_gets_no_search() {
    let site = Site::bundled();
    let template = site.root().join("themes/default/templates/search.html");
    let _ = std::fs::remove_file(template);
    site.build(&[]);
    let public = site.public();
    assert!(!public.join("lv/meklet").exists());
    assert!(!public.join("en/search").exists());
    let any_bundle = tree(&public)
        .iter()
        .any(|(path, _)| path.contains("pagefind"));
    assert!(!any_bundle);
}

#[test]
fn check_passes_on_the_bundled_site_with_search() {
    let site = searchable_site();
    // Strict: a warning fails it too.
    let run = site.lapa(&["check", "--now", "2024-01-15T12:00", "--strict"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
}

#[test]
fn serve_updates_the_index_after_an_edit() {
    let site = searchable_site();
    let mut live = Live::open(site.root()).unwrap();
    let before = live.files().unwrap();
    assert_eq!(before, Live::open(site.root()).unwrap().files().unwrap());
    let page = "content/jaunumi/ludzas-sadarbibas-ligums.lv.md";
    let text = std::fs::read_to_string(site.root().join(page)).unwrap();
    site.write(
        page,
        &text.replace("\n---\n", "\n---\n\nZirgābols ir jauns vārds.\n\n"),
    );
    let change = live.apply(&[PathBuf::from(page)]).unwrap();
    let after = live.files().unwrap();
    assert_eq!(after, Live::open(site.root()).unwrap().files().unwrap());
    assert!(
        change
            .written
            .iter()
            .any(|p| p.starts_with("lv/meklet/pagefind/fragment/"))
    );
    assert!(
        !change
            .written
            .iter()
            .any(|p| p.starts_with("en/search/pagefind/"))
    );
    // The old fragment of the page is gone.
    assert!(
        change
            .removed
            .iter()
            .any(|p| p.starts_with("lv/meklet/pagefind/"))
    );
    let fragments: Vec<&(String, Vec<u8>)> = after
        .iter()
        .filter(|(p, _)| p.starts_with("lv/meklet/pagefind/fragment/"))
        .collect();
    let found = fragments.iter().any(|(_, bytes)| {
        let mut text = String::new();
        GzDecoder::new(&bytes[..]).read_to_string(&mut text).is_ok() && text.contains("Zirgābols")
    });
    assert!(found);
}
