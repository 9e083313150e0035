//! Embeds for partner sites (issue 11): the bundled site, built in a temporary folder with
//! news and events of its own, gets an embed document and a fragment for every widget in
//! both languages and for every municipality, and an "embed on your site" guide page per
//! language and per municipality that lists each embed's snippet and preview.

use crate::support::{Page, Site};
use std::collections::BTreeSet;
use std::path::Path;

const HOST: &str = "https://www.example.org";
const BASE: &str = "https://www.example.org/di/";

/// The bundled site with two municipalities, seven dated news items (four about Ludza)
/// and two events about Ludza (one past, one to come), and the script embed documents
/// load (written by the theme's own embed-frame.js where it has one).
fn site_with_news() -> Site {
    let site = Site::bundled();
    site.write(
        "content/data/municipalities.yaml",
        "municipalities:\n  - id: ludza\n    name: {lv: \"Ludzas novads\", en: \"Ludza Municipality\"}\n  - id: rezekne\n    name: {lv: \"Rēzeknes novads\", en: \"Rēzekne Municipality\"}\n",
    );
    for day in 1..=7 {
        let municipalities = if day % 2 == 1 { "[ludza]" } else { "[]" };
        site.write(
            &format!("content/jaunumi/zina-{day}.lv.md"),
            &format!(
                "---\ntitle: Ziņa {day}\ndate: 2024-01-0{day}\nmunicipalities: {municipalities}\nsummary: Ziņas {day} kopsavilkums ar [saiti](@/kontakti.md).\n---\n\nTeksts.\n"
            ),
        );
    }
    for (name, start) in [
        ("pagajis", "2024-01-05T10:00"),
        ("nakotne", "2024-02-01T10:00"),
    ] {
        site.write(
            &format!("content/pasakumi/{name}.lv.md"),
            &format!(
                "---\ntitle: Pasākums {name}\nstart: {start}\nmunicipalities: [ludza]\nsummary: Pasākums.\n---\n\nTeksts.\n"
            ),
        );
    }
    let frame = site.root().join("themes/default/static/js/embed-frame.js");
    if !frame.exists() {
        site.write("themes/default/static/js/embed-frame.js", "/* test */\n");
    }
    site
}

/// Every embed document (`index.html` below `embed/`) relative to the output.
fn embed_documents(site: &Site, file: &str) -> Vec<String> {
    let root = site.public();
    let mut found: Vec<String> = walkdir::WalkDir::new(root.join("embed"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == file)
        .map(|e| {
            e.path()
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    found.sort();
    found
}

/// The heading levels of a page's headings in document order.
fn heading_levels(page: &Page) -> Vec<u8> {
    let selector = scraper::Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
    page.html
        .select(&selector)
        .map(|h| h.value().name()[1..].parse().unwrap())
        .collect()
}

/// Headings start at h2 and never skip a level going down.
fn assert_headings_from_h2(page: &Page, what: &str) {
    let levels = heading_levels(page);
    assert_eq!(levels.first(), Some(&2), "{what}: first heading {levels:?}");
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "{what}: headings skip: {levels:?}");
    }
}

fn ids_in(site: &Site, file: &str, list: &str) -> Vec<String> {
    let text = std::fs::read_to_string(site.root().join("content/data").join(file)).unwrap();
    let value: yaml_serde::Value = yaml_serde::from_str(&text).unwrap();
    value[list]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_widget_has_a_document_and_a_fragment_in_both_languages_and_for_every_municipality() {
    let site = site_with_news();
    site.build(&[]);
    let municipalities = ids_in(&site, "municipalities.yaml", "municipalities");
    let indicators = ids_in(&site, "indicators.yaml", "indicators");
    assert_eq!(municipalities, ["ludza", "rezekne"]);
    assert!(indicators.len() > 3);
    let mut wanted = Vec::new();
    for lang in ["lv", "en"] {
        for widget in ["news", "events", "contacts", "indicators", "project"] {
            wanted.push(format!("embed/{lang}/{widget}/"));
        }
        for id in &indicators {
            wanted.push(format!("embed/{lang}/indicators/{id}/"));
        }
        for id in &municipalities {
            for widget in ["news", "events", "contacts"] {
                wanted.push(format!("embed/{lang}/{widget}/{id}/"));
            }
        }
    }
    let mut documents = Vec::new();
    for folder in &wanted {
        for file in ["index.html", "fragment.html"] {
            let path = site.public().join(folder).join(file);
            assert!(path.is_file(), "{} is missing", path.display());
        }
        documents.push(format!("{folder}index.html"));
    }
    documents.sort();
    assert_eq!(
        embed_documents(&site, "index.html"),
        documents,
        "no other embeds"
    );
    for guide in [
        "lv/iegult/index.html",
        "en/embed/index.html",
        "lv/iegult/ludza/index.html",
        "lv/iegult/rezekne/index.html",
        "en/embed/rezekne/index.html",
    ] {
        assert!(site.public().join(guide).is_file(), "{guide} is missing");
    }
}

#[test]
fn an_embed_document_is_a_small_page_of_its_own_that_opens_links_in_the_top_window() {
    let site = site_with_news();
    site.build(&[]);
    for rel in embed_documents(&site, "index.html") {
        let lang = &rel["embed/".len()..][..2];
        let page = site.page(&rel);
        assert_eq!(page.attr("html", "lang"), lang, "{rel}");
        let title = page.text("title");
        let site_title = if lang == "lv" {
            "Deinstitucionalizācija Latgalē"
        } else {
            "Deinstitutionalisation in Latgale"
        };
        assert!(
            title.ends_with(&format!(" – {site_title}")) && title.len() > site_title.len() + 4,
            "{rel}: {title}"
        );
        assert_eq!(page.attr("base", "target"), "_top", "{rel}");
        assert_eq!(
            page.attr("meta[name=robots]", "content"),
            "noindex",
            "{rel}"
        );
        let canonical = page.attr("link[rel=canonical]", "href");
        assert!(
            canonical.starts_with(&format!("{BASE}{lang}/")),
            "{rel}: {canonical}"
        );
        // The source line leads to the same full page.
        let source = page.attr(".embed-source a", "href");
        assert_eq!(format!("{HOST}{source}"), canonical, "{rel}");
        assert_eq!(
            page.attrs("link[rel=stylesheet]", "href"),
            ["/di/css/embed.css"]
        );
        assert_eq!(page.attrs("script[src]", "src"), ["/di/js/embed-frame.js"]);
        assert_eq!(page.count("script:not([src]), style, [style]"), 0, "{rel}");
        // No site chrome; the compact EU notice comes before the widget.
        assert_eq!(
            page.count("nav, .skip-link, .site-header, form"),
            0,
            "{rel}"
        );
        assert_eq!(page.count("main"), 1);
        assert_eq!(
            page.count("header .embed-eu img[src$='eu-emblem.svg']"),
            1,
            "{rel}"
        );
        assert!(page.text("header .embed-eu").contains(if lang == "lv" {
            "Eiropas Sociālais fonds"
        } else {
            "European Social Fund"
        }));
        assert_headings_from_h2(&page, &rel);
        assert_eq!(
            page.count("main h2"),
            1,
            "{rel}: the widget's title is its one h2"
        );
        // Nothing is fetched from another host.
        for address in page
            .attrs("[src]", "src")
            .into_iter()
            .chain(page.attrs("link[href]", "href"))
        {
            assert!(
                address.starts_with("/di/") || address.starts_with(BASE),
                "{rel}: {address}"
            );
        }
    }
}

#[test]
fn the_news_embeds_show_the_newest_items_and_a_municipalitys_only_its_own() {
    let site = site_with_news();
    site.build(&[]);
    let titles = |rel: &str| site.page(rel).texts("main h3.entry-title");
    assert_eq!(
        titles("embed/lv/news/index.html"),
        ["Ziņa 7", "Ziņa 6", "Ziņa 5", "Ziņa 4", "Ziņa 3"]
    );
    assert_eq!(
        titles("embed/lv/news/ludza/index.html"),
        [
            "Ziņa 7",
            "Ziņa 5",
            "Ziņa 3",
            "Ziņa 1",
            "Ludzas novads ir projekta DI sadarbības partneris"
        ],
        "Ludza's news only, newest first"
    );
    let ludza = site.page("embed/lv/news/ludza/index.html");
    assert_eq!(ludza.text("main > h2"), "Jaunākās ziņas: Ludzas novads");
    assert_eq!(
        ludza.attr("link[rel=canonical]", "href"),
        format!("{BASE}lv/pasvaldibas/ludza/")
    );
    // A municipality without news gets its widget, which says so, in each language.
    let empty = site.page("embed/lv/news/rezekne/index.html");
    assert_eq!(empty.count("main .entry"), 0);
    assert_eq!(empty.text("main .embed-empty"), "Vēl nav nevienas ziņas.");
    let empty = site.page("embed/en/news/rezekne/index.html");
    assert_eq!(empty.text("main .embed-empty"), "There is no news yet.");
    assert_eq!(
        site.page("embed/en/contacts/rezekne/index.html")
            .text("main .embed-empty"),
        "There are no contacts here yet."
    );

    // `embeds.items` sets how many.
    let config = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &format!("{config}\nembeds:\n  items: 2\n"),
    );
    site.build(&[]);
    assert_eq!(titles("embed/lv/news/index.html"), ["Ziņa 7", "Ziņa 6"]);
    assert_eq!(
        titles("embed/lv/news/ludza/index.html"),
        ["Ziņa 7", "Ziņa 5"]
    );
    assert_eq!(
        site.page("embed/lv/events/index.html")
            .count("main h3.entry-title"),
        2
    );
}

#[test]
fn the_events_embeds_show_upcoming_events_soonest_first() {
    let site = site_with_news();
    site.build(&[]);
    let all = site
        .page("embed/lv/events/index.html")
        .texts("main h3.entry-title");
    assert_eq!(
        all.first().map(String::as_str),
        Some("Pasākums nakotne"),
        "{all:?}"
    );
    assert!(!all.iter().any(|t| t == "Pasākums pagajis"), "{all:?}");
    assert_eq!(
        site.page("embed/lv/events/ludza/index.html")
            .texts("main h3.entry-title"),
        ["Pasākums nakotne"]
    );
    assert_eq!(
        site.page("embed/en/events/rezekne/index.html")
            .text("main .embed-empty"),
        "There are no upcoming events at the moment."
    );
}

#[test]
fn the_indicator_embeds_show_the_chart_the_table_and_the_illustrative_notice_when_the_data_says_so()
{
    let site = site_with_news();
    let path = site.root().join("content/data/indicators.yaml");
    // The bundled figures are targets only; two achieved values give the indicator a chart.
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "    unit: unit-persons\n    target: 462\n",
        "    unit: unit-persons\n    target: 462\n    progress:\n      - {date: 2021-12-31, value: 120}\n      - {date: 2022-12-31, value: 300}\n",
    );
    assert!(text.contains("value: 300") && text.contains("\nillustrative: false"));
    site.write("content/data/indicators.yaml", &text);
    site.build(&[]);
    let id = "grt-persons-assessed";
    let one = site.page(&format!("embed/en/indicators/{id}/index.html"));
    assert_eq!(one.count(".notice-illustrative"), 0);
    assert_eq!(one.count("main svg.chart"), 1);
    assert!(one.count("main table caption") >= 1);
    assert_eq!(
        one.attr("link[rel=canonical]", "href"),
        format!("{BASE}en/results/{id}/")
    );
    let fragment = site.page(&format!("embed/en/indicators/{id}/fragment.html"));
    assert_eq!(
        fragment.count("svg"),
        0,
        "the chart is drawn by the stylesheet"
    );
    assert!(fragment.count("table") >= 1);

    site.write(
        "content/data/indicators.yaml",
        &text.replace("\nillustrative: false", "\nillustrative: true"),
    );
    site.build(&[]);
    for rel in [
        format!("embed/en/indicators/{id}/index.html"),
        format!("embed/lv/indicators/{id}/fragment.html"),
        "embed/lv/indicators/index.html".to_string(),
    ] {
        assert_eq!(site.page(&rel).count(".notice-illustrative"), 1, "{rel}");
    }
}

#[test]
fn the_fragment_is_plain_html_with_absolute_addresses() {
    let site = site_with_news();
    site.build(&[]);
    let fragments = embed_documents(&site, "fragment.html");
    assert_eq!(fragments.len(), embed_documents(&site, "index.html").len());
    for rel in fragments {
        let text = std::fs::read_to_string(site.public().join(&rel)).unwrap();
        assert!(
            !text.contains("<!DOCTYPE") && !text.contains("<html"),
            "{rel}"
        );
        let page = Page {
            html: scraper::Html::parse_fragment(&text),
        };
        assert_eq!(
            page.count("script, style, link, iframe, [style], [onclick]"),
            0,
            "{rel}"
        );
        assert_eq!(page.count("section[lang]"), 1, "{rel}");
        assert_headings_from_h2(&page, &rel);
        for address in page
            .attrs("[href]", "href")
            .into_iter()
            .chain(page.attrs("[src]", "src"))
        {
            assert!(
                address.starts_with(BASE)
                    || address.starts_with("mailto:")
                    || address.starts_with("tel:")
                    || (address.starts_with("https://") && !address.starts_with(HOST)),
                "{rel}: {address} is not absolute"
            );
        }
        assert!(page.attr(".embed-source a", "href").starts_with(BASE));
    }
    // A summary's `@/` link is made absolute too.
    let news = site.page("embed/lv/news/fragment.html");
    assert!(
        news.attrs(".entry-summary a", "href")
            .contains(&format!("{BASE}lv/kontakti/"))
    );
}

/// The snippet's iframe `src` (without `?h=2`) and `title`.
fn snippet_iframe(code: &str) -> (String, String) {
    let iframe = regex::Regex::new(
        r#"^<iframe src="([^"?]+)\?h=2" title="([^"]+)" data-lapa-embed loading="lazy" style="width:100%;height:\d+px;border:0"></iframe>\n<script src="([^"]+)" async></script>$"#,
    )
    .unwrap();
    let found = iframe
        .captures(code)
        .unwrap_or_else(|| panic!("not the snippet of EMBEDS.md: {code}"));
    assert_eq!(&found[3], &format!("{BASE}embed.js"));
    (found[1].to_string(), found[2].to_string())
}

#[test]
fn the_guide_lists_every_embed_with_its_snippet_copy_button_and_preview() {
    let site = site_with_news();
    site.build(&[]);
    for (rel, lang, municipality) in [
        ("lv/iegult/index.html", "lv", None),
        ("en/embed/index.html", "en", None),
        ("en/embed/ludza/index.html", "en", Some("ludza")),
    ] {
        let page = site.page(rel);
        let snippets = page.texts(".embed-guide-item .snippet pre");
        let listed: BTreeSet<String> = snippets
            .iter()
            .map(|code| {
                let (src, title) = snippet_iframe(code);
                assert!(!title.is_empty());
                src
            })
            .collect();
        let wanted: BTreeSet<String> = embed_documents(&site, "index.html")
            .into_iter()
            .filter(|d| d.starts_with(&format!("embed/{lang}/")))
            .filter(|d| {
                let parts: Vec<&str> = d.split('/').collect();
                let own = match municipality {
                    Some(id) => parts.get(3) == Some(&id),
                    None => true,
                };
                let site_wide = parts.len() == 4 || (parts[2] == "indicators" && parts.len() == 5);
                own && (municipality.is_some() || site_wide)
            })
            .map(|d| format!("{BASE}{}", d.trim_end_matches("index.html")))
            .collect();
        assert_eq!(listed, wanted, "{rel}");
        assert_eq!(snippets.len(), wanted.len(), "{rel}: each once");
        // Highlighted by syntect, with the theme's classes.
        assert!(
            page.count(".snippet pre span[class^='hl-']") > snippets.len(),
            "{rel}"
        );
        // A copy button per snippet, hidden without JavaScript, naming what it copies.
        assert_eq!(
            page.count("[data-copy-row][hidden] button[type=button][data-copy]"),
            snippets.len()
        );
        for target in page.attrs("button[data-copy]", "data-copy") {
            assert_eq!(
                page.count(&format!("[id='{target}'] pre")),
                1,
                "{rel}: {target}"
            );
        }
        assert_eq!(page.count("[role=status][aria-live=polite]"), 1);
        assert_eq!(
            page.attrs("script[src$='copy.js']", "src"),
            ["/di/js/copy.js"]
        );
        // The live preview is the same iframe at the site's own address.
        let previews = page.attrs(".embed-preview iframe[data-lapa-embed]", "src");
        assert_eq!(previews.len(), snippets.len());
        for src in previews {
            let path = src
                .strip_prefix("/di/")
                .and_then(|s| s.strip_suffix("?h=2"))
                .unwrap_or_else(|| panic!("{rel}: {src}"));
            assert!(listed.contains(&format!("{BASE}{path}")), "{rel}: {src}");
            assert!(site.public().join(path).join("index.html").is_file());
        }
        assert_eq!(page.count("h1"), 1);
    }
    // The index leads to every municipality's guide page; they are translations.
    let index = site.page("lv/iegult/index.html");
    assert_eq!(
        index.attrs(".embed-guide-municipalities a", "href"),
        ["/di/lv/iegult/ludza/", "/di/lv/iegult/rezekne/"]
    );
    let ludza = site.page("lv/iegult/ludza/index.html");
    assert_eq!(
        ludza.attr("link[rel=alternate][hreflang=en]", "href"),
        format!("{BASE}en/embed/ludza/")
    );
    assert_eq!(ludza.text("h1"), "Iegult savā vietnē: Ludzas novads");
    assert!(
        ludza
            .text(".embed-guide .prose")
            .contains(": Ludzas novads.")
    );
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap();
    for url in ["lv/iegult/", "en/embed/", "lv/iegult/rezekne/"] {
        assert!(
            sitemap.contains(&format!("<loc>{BASE}{url}</loc>")),
            "{url}"
        );
    }
    assert!(
        !sitemap.contains("/embed/lv/"),
        "embeds are not in the sitemap"
    );
}

#[test]
fn every_page_links_the_guide_in_its_footer() {
    let site = Site::bundled();
    site.build(&[]);
    let root = site.public();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry
            .path()
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lang = &rel[..rel.find('/').unwrap_or(0)];
        if entry.file_name() != "index.html" || !["lv", "en"].contains(&lang) {
            continue;
        }
        let guide = if lang == "lv" {
            "/di/lv/iegult/"
        } else {
            "/di/en/embed/"
        };
        let page = site.page(&rel);
        assert_eq!(page.count(&format!("footer a[href='{guide}']")), 1, "{rel}");
        pages += 1;
    }
    assert!(pages > 20);
    assert_eq!(
        site.page("en/index.html")
            .text("footer a[href='/di/en/embed/']"),
        "Embed on your site"
    );
    assert_eq!(
        site.page("lv/index.html")
            .text("footer a[href='/di/lv/iegult/']"),
        "Iegult savā vietnē"
    );
}

#[test]
fn a_theme_without_embed_templates_makes_no_embeds() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert!(!site.public().join("embed").exists());
    assert!(!Path::new(&site.public().join("lv/iegult")).exists());
}
