//! The machine-readable side of the embeds (issue 11): each news and events widget's JSON
//! Feed, every widget's oEmbed answer, and the oEmbed and JSON Feed discovery links on the
//! full pages the widgets mirror. The bundled site with known news added (seven Latvian
//! items newer than its own, two of them translated), its events replaced by known ones
//! (six upcoming and a past one) and a second municipality, built at `2024-01-15T12:00` (`support`'s default); every file is
//! parsed with serde_json and checked against the pages it speaks of.

use crate::support::{Page, Site};
use serde_json::Value;
use std::path::Path;

const BASE: &str = "https://www.example.org/di/";

/// (file stem, day of January 2024, municipalities, translated into English)
const NEWS: [(&str, u32, &str, bool); 7] = [
    ("zina-1", 1, "", false),
    ("zina-2", 2, "ludza", false),
    ("zina-3", 3, "rezekne", false),
    ("zina-4", 4, "ludza", false),
    ("zina-5", 5, "ludza, rezekne", false),
    ("zina-6", 6, "ludza", true),
    ("zina-7", 7, "rezekne", true),
];

/// (file stem, start, end, municipalities, translated into English)
const EVENTS: [(&str, &str, &str, &str, bool); 7] = [
    (
        "pagajis",
        "2024-01-10T10:00",
        "2024-01-10T12:00",
        "ludza",
        true,
    ),
    (
        "seminars",
        "2024-01-20T10:00",
        "2024-01-20T12:00",
        "ludza",
        true,
    ),
    ("diena", "2024-02-01", "2024-02-02", "rezekne", false),
    ("marts", "2024-03-10T09:00", "", "", false),
    ("aprilis", "2024-04-01T09:00", "", "", false),
    ("maijs", "2024-05-01T09:00", "", "", false),
    ("junijs", "2024-06-01T09:00", "", "", false),
];

/// The bundled site with the news above added (its own are older) and the events above
/// in place of its own.
fn partner_site() -> Site {
    let site = Site::bundled();
    {
        for entry in std::fs::read_dir(site.root().join("content/pasakumi")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if !name.starts_with("_index") {
                if path.is_dir() {
                    std::fs::remove_dir_all(&path).unwrap();
                } else {
                    std::fs::remove_file(&path).unwrap();
                }
            }
        }
    }
    let municipalities = site.root().join("content/data/municipalities.yaml");
    let mut text = std::fs::read_to_string(&municipalities).unwrap();
    text.push_str(
        "  - id: rezekne\n    name: {lv: \"Rēzeknes novads\", en: \"Rēzekne Municipality\"}\n",
    );
    std::fs::write(&municipalities, text).unwrap();
    for (stem, day, municipalities, english) in NEWS {
        let n = &stem[5..];
        site.write(
            &format!("content/jaunumi/{stem}.lv.md"),
            &format!(
                "---\ntitle: Ziņa {n}\ndate: 2024-01-0{day}T09:00\ntags: [tests]\n\
                 municipalities: [{municipalities}]\n\
                 summary: Ziņa {n} par [projektu](@/projekts/_index.md).\n---\nTeksts.\n"
            ),
        );
        if english {
            site.write(
                &format!("content/jaunumi/{stem}.en.md"),
                &format!(
                    "---\ntitle: News {n}\ndate: 2024-01-0{day}T09:00\n\
                     municipalities: [{municipalities}]\nsummary: News {n}.\n---\nText.\n"
                ),
            );
        }
    }
    for (stem, start, end, municipalities, english) in EVENTS {
        let end = if end.is_empty() {
            String::new()
        } else {
            format!("end: {end}\n")
        };
        let place = "location: {name: Zāle, address: \"Ludza, Baznīcas iela 1\"}\n";
        site.write(
            &format!("content/pasakumi/{stem}.lv.md"),
            &format!(
                "---\ntitle: Pasākums {stem}\nstart: {start}\n{end}{place}\
                 municipalities: [{municipalities}]\nsummary: Par pasākumu {stem}.\n---\nTeksts.\n"
            ),
        );
        if english {
            site.write(
                &format!("content/pasakumi/{stem}.en.md"),
                &format!(
                    "---\ntitle: Event {stem}\nstart: {start}\n{end}\
                     municipalities: [{municipalities}]\nsummary: About {stem}.\n---\nText.\n"
                ),
            );
        }
    }
    site
}

fn built(extra_site_yaml: &str) -> Site {
    let site = partner_site();
    if !extra_site_yaml.is_empty() {
        let path = site.root().join("content/site.yaml");
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str(extra_site_yaml);
        std::fs::write(&path, text).unwrap();
    }
    site.build(&[]);
    site
}

/// The output file of an absolute URL of the site (a folder's `index.html`).
fn file_of(url: &str) -> String {
    let rel = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not an absolute URL of the site"));
    let rel = rel.split(['?', '#']).next().unwrap_or_default();
    if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    }
}

fn json(site: &Site, rel: &str) -> Value {
    let path = site.public().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("no text {key} in {value}"))
}

fn timestamp(text: &str) -> jiff::Timestamp {
    text.parse()
        .unwrap_or_else(|e| panic!("{text} is not RFC 3339: {e}"))
}

/// A JSON Feed 1.1 with what the format requires, every address absolute, every date
/// RFC 3339; returns its items.
fn feed_items(site: &Site, rel: &str, lang: &str) -> Vec<Value> {
    let feed = json(site, rel);
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1", "{rel}");
    assert!(!text(&feed, "title").is_empty(), "{rel}");
    assert_eq!(feed["language"], lang, "{rel}");
    assert_eq!(feed["feed_url"], format!("{BASE}{rel}").as_str(), "{rel}");
    let home = file_of(text(&feed, "home_page_url"));
    assert!(site.public().join(&home).is_file(), "{rel}: {home}");
    let items = feed["items"].as_array().expect("items").clone();
    for item in &items {
        let url = text(item, "url");
        assert_eq!(item["id"], url, "{rel}: the id is the permalink");
        assert!(item["content_html"].is_string(), "{rel}: {item}");
        assert_eq!(item["language"], lang);
        for key in ["date_published", "date_modified"] {
            if let Some(date) = item.get(key) {
                timestamp(date.as_str().expect("a date"));
            }
        }
        // The page the item is: its address, title and date.
        let page = site.page(&file_of(url));
        assert_eq!(page.attr("link[rel=canonical]", "href"), url);
        assert_eq!(
            page.attr("meta[property='og:title']", "content"),
            text(item, "title")
        );
        if let Some(date) = item.get("date_published") {
            let published = page.attr("meta[property='article:published_time']", "content");
            let day = &date.as_str().unwrap()[..10];
            assert!(published.starts_with(day), "{rel}: {published} vs {date}");
        }
    }
    items
}

fn titles(items: &[Value]) -> Vec<&str> {
    items.iter().map(|i| text(i, "title")).collect()
}

#[test]
fn news_feeds_hold_the_newest_items_of_their_widget() {
    let site = built("");
    let all = feed_items(&site, "embed/lv/news/feed.json", "lv");
    assert_eq!(
        titles(&all),
        ["Ziņa 7", "Ziņa 6", "Ziņa 5", "Ziņa 4", "Ziņa 3"],
        "the newest five, newest first"
    );
    let published: Vec<jiff::Timestamp> = all
        .iter()
        .map(|i| timestamp(text(i, "date_published")))
        .collect();
    assert!(published.windows(2).all(|w| w[0] > w[1]), "{published:?}");
    assert_eq!(all[0]["date_published"], "2024-01-07T09:00:00+02:00");
    assert_eq!(
        all[0]["content_html"],
        format!("<p>Ziņa 7 par <a href=\"{BASE}lv/projekts/\">projektu</a>.</p>\n").as_str(),
        "the summary with absolute addresses"
    );
    assert_eq!(all[0]["summary"], "Ziņa 7 par projektu.");
    assert_eq!(all[0]["tags"], serde_json::json!(["tests"]));
    assert!(all[0].get("_event").is_none());
    let feed = json(&site, "embed/lv/news/feed.json");
    assert_eq!(feed["home_page_url"], format!("{BASE}lv/jaunumi/").as_str());

    // A municipality's widget holds only its items (the site's own Ludza news after
    // the newer ones added here), fewer when it has fewer.
    let ludza = feed_items(&site, "embed/lv/news/ludza/feed.json", "lv");
    assert_eq!(
        titles(&ludza)[..4],
        ["Ziņa 6", "Ziņa 5", "Ziņa 4", "Ziņa 2"]
    );
    assert_eq!(ludza.len(), 5);
    let rezekne = feed_items(&site, "embed/lv/news/rezekne/feed.json", "lv");
    assert_eq!(titles(&rezekne), ["Ziņa 7", "Ziņa 5", "Ziņa 3"]);
    for (items, id) in [(&ludza, "ludza"), (&rezekne, "rezekne")] {
        for item in items {
            assert!(belongs_to(&site, item, "pasvaldibas", id), "{item} of {id}");
        }
    }
    let feed = json(&site, "embed/lv/news/ludza/feed.json");
    assert_eq!(
        feed["home_page_url"],
        format!("{BASE}lv/pasvaldibas/ludza/").as_str()
    );

    // English has its own items; a municipality without any has an empty feed.
    let en = feed_items(&site, "embed/en/news/feed.json", "en");
    assert_eq!(titles(&en)[..2], ["News 7", "News 6"]);
    assert_eq!(en[1]["content_html"], "<p>News 6.</p>\n");
    let en_ludza = feed_items(&site, "embed/en/news/ludza/feed.json", "en");
    assert_eq!(titles(&en_ludza)[..1], ["News 6"]);
    for item in &en_ludza {
        assert!(belongs_to(&site, item, "municipalities", "ludza"), "{item}");
    }
    let en_rezekne = feed_items(&site, "embed/en/news/rezekne/feed.json", "en");
    assert_eq!(titles(&en_rezekne), ["News 7"]);
}

/// Whether the page of a feed item links to a municipality's page as one of its own.
fn belongs_to(site: &Site, item: &Value, folder: &str, id: &str) -> bool {
    let page = site.page(&file_of(text(item, "url")));
    page.count(&format!("main a[href$='/{folder}/{id}/']")) > 0
}

#[test]
fn event_feeds_hold_upcoming_events_soonest_first_with_their_facts() {
    let site = built("");
    let all = feed_items(&site, "embed/lv/events/feed.json", "lv");
    assert_eq!(
        titles(&all),
        [
            "Pasākums seminars",
            "Pasākums diena",
            "Pasākums marts",
            "Pasākums aprilis",
            "Pasākums maijs"
        ],
        "upcoming only (the past one is left out), soonest first, five"
    );
    for item in &all {
        let event = &item["_event"];
        assert_eq!(event["past"], false, "{item}");
        let ics = file_of(text(event, "ics_url"));
        assert!(site.public().join(&ics).is_file(), "{ics}");
        assert!(ics.ends_with(".ics"));
        assert_eq!(
            event["location"],
            serde_json::json!({"name": "Zāle", "address": "Ludza, Baznīcas iela 1"})
        );
    }
    let seminar = &all[0]["_event"];
    assert_eq!(seminar["start"], "2024-01-20T10:00:00+02:00");
    assert_eq!(seminar["end"], "2024-01-20T12:00:00+02:00");
    assert_eq!(seminar["all_day"], false);
    let day = &all[1]["_event"];
    assert_eq!(day["start"], "2024-02-01");
    assert_eq!(day["end"], "2024-02-02");
    assert_eq!(day["all_day"], true);
    assert!(all[2]["_event"].get("end").is_none(), "no end, no key");
    assert_eq!(all[0]["summary"], "Par pasākumu seminars.");

    let ludza = feed_items(&site, "embed/lv/events/ludza/feed.json", "lv");
    assert_eq!(titles(&ludza), ["Pasākums seminars"], "not the past one");
    let rezekne = feed_items(&site, "embed/lv/events/rezekne/feed.json", "lv");
    assert_eq!(titles(&rezekne), ["Pasākums diena"]);
    let en = feed_items(&site, "embed/en/events/feed.json", "en");
    assert_eq!(titles(&en), ["Event seminars"]);
    assert!(feed_items(&site, "embed/en/events/rezekne/feed.json", "en").is_empty());

    // Later, the seminar is over too.
    let later = partner_site();
    let run = later.lapa(&["build", "--now", "2024-01-25T12:00"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = feed_items(&later, "embed/lv/events/feed.json", "lv");
    assert_eq!(all.len(), 5);
    assert_eq!(text(&all[0], "title"), "Pasākums diena");
    assert_eq!(text(&all[4], "title"), "Pasākums junijs");
    assert!(feed_items(&later, "embed/lv/events/ludza/feed.json", "lv").is_empty());
}

#[test]
fn the_number_of_items_is_set_in_site_yaml() {
    let site = built("embeds:\n  items: 2\n");
    let news = feed_items(&site, "embed/lv/news/feed.json", "lv");
    assert_eq!(titles(&news), ["Ziņa 7", "Ziņa 6"]);
    let events = feed_items(&site, "embed/lv/events/feed.json", "lv");
    assert_eq!(titles(&events), ["Pasākums seminars", "Pasākums diena"]);
    let ludza = feed_items(&site, "embed/lv/news/ludza/feed.json", "lv");
    assert_eq!(titles(&ludza), ["Ziņa 6", "Ziņa 5"]);
}

/// The default height of a widget by its folder (`embed/lv/news/ludza/`).
fn default_height(folder: &str) -> u64 {
    match folder.split('/').nth(2) {
        Some("news" | "contacts") => 640,
        Some("events" | "project") => 560,
        Some("indicators") if folder.split('/').nth(3).is_some_and(|s| !s.is_empty()) => 900,
        Some("indicators") => 720,
        other => panic!("an unknown widget {other:?} in {folder}"),
    }
}

#[test]
fn every_widget_has_an_oembed_answer_whose_html_is_its_iframe() {
    let site = built("");
    let mut folders: Vec<String> = walkdir::WalkDir::new(site.public().join("embed"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .map(|e| {
            let rel = e.path().strip_prefix(site.public()).unwrap();
            format!("{}/", rel.parent().unwrap().to_string_lossy())
        })
        .collect();
    folders.sort();
    for lang in ["lv", "en"] {
        for widget in ["news", "events", "contacts"] {
            for municipality in ["", "ludza/", "rezekne/"] {
                let folder = format!("embed/{lang}/{widget}/{municipality}");
                assert!(folders.contains(&folder), "{folder} in {folders:?}");
            }
        }
        for folder in ["indicators/", "project/"] {
            let folder = format!("embed/{lang}/{folder}");
            assert!(folders.contains(&folder), "{folder} in {folders:?}");
        }
        assert!(
            folders
                .iter()
                .any(|f| f.starts_with(&format!("embed/{lang}/indicators/")) && f.len() > 20),
            "a single indicator's widget in {lang}"
        );
    }
    for folder in &folders {
        let lang = folder.split('/').nth(1).unwrap();
        let answer = json(&site, &format!("{folder}oembed.json"));
        assert_eq!(answer["type"], "rich", "{folder}");
        assert_eq!(answer["version"], "1.0", "{folder}");
        let provider = if lang == "lv" {
            "Deinstitucionalizācija Latgalē"
        } else {
            "Deinstitutionalisation in Latgale"
        };
        assert_eq!(answer["provider_name"], provider);
        assert_eq!(answer["provider_url"], format!("{BASE}{lang}/").as_str());
        assert!(answer["width"].as_u64().is_some_and(|w| w > 0), "{folder}");
        assert_eq!(answer["height"].as_u64(), Some(default_height(folder)));
        assert!(answer["cache_age"].as_u64().is_some(), "{folder}");
        let title = text(&answer, "title");
        assert!(!title.is_empty());

        let html = scraper::Html::parse_fragment(text(&answer, "html"));
        let select = |css: &str| {
            let selector = scraper::Selector::parse(css).unwrap();
            html.select(&selector)
                .map(|e| e.value().clone())
                .collect::<Vec<_>>()
        };
        let iframes = select("iframe");
        assert_eq!(iframes.len(), 1, "{folder}: one iframe");
        let iframe = &iframes[0];
        assert_eq!(
            iframe.attr("src"),
            Some(format!("{BASE}{folder}?h=2").as_str()),
            "{folder}: the iframe shows the widget"
        );
        assert_eq!(iframe.attr("title"), Some(title));
        assert!(iframe.attr("data-lapa-embed").is_some());
        assert_eq!(iframe.attr("loading"), Some("lazy"));
        assert_eq!(
            iframe.attr("style"),
            Some(format!("width:100%;height:{}px;border:0", default_height(folder)).as_str())
        );
        let scripts = select("script");
        assert_eq!(scripts.len(), 1, "{folder}: one script");
        assert_eq!(
            scripts[0].attr("src"),
            Some(format!("{BASE}embed.js").as_str())
        );
        assert!(scripts[0].attr("async").is_some());

        let has_feed = site.public().join(folder).join("feed.json").is_file();
        let listed = matches!(folder.split('/').nth(2), Some("news" | "events"));
        assert_eq!(
            has_feed, listed,
            "{folder}: a feed exactly for news and events"
        );
        if has_feed {
            let feed = json(&site, &format!("{folder}feed.json"));
            assert_eq!(
                feed["title"], title,
                "{folder}: the feed is named as the widget"
            );
        }
    }
}

/// The pages of a language that mirror a widget, found from the Latvian ones by their
/// `hreflang` links.
fn full_pages(site: &Site) -> Vec<String> {
    let mut lv = vec![
        "lv/jaunumi/".to_string(),
        "lv/pasakumi/".to_string(),
        "lv/pasvaldibas/ludza/".to_string(),
        "lv/pasvaldibas/rezekne/".to_string(),
        "lv/rezultati/".to_string(),
        "lv/projekts/karte/".to_string(),
        "lv/kontakti/".to_string(),
    ];
    let indicator = std::fs::read_dir(site.public().join("lv/rezultati"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().join("index.html").is_file())
        .map(|e| format!("lv/rezultati/{}/", e.file_name().to_string_lossy()))
        .expect("an indicator page");
    lv.push(indicator);
    let mut all = lv.clone();
    for path in &lv {
        let page = site.page(&format!("{path}index.html"));
        let en = page.attr("link[rel=alternate][hreflang=en]", "href");
        all.push(file_of(&en).trim_end_matches("index.html").to_string());
    }
    all
}

fn discovery(page: &Page, kind: &str) -> Vec<(String, String)> {
    let css = format!("head link[rel=alternate][type='{kind}']");
    page.attrs(&css, "href")
        .into_iter()
        .zip(page.attrs(&css, "title"))
        .collect()
}

#[test]
fn full_pages_announce_the_embeds_that_mirror_them() {
    let site = built("");
    for path in full_pages(&site) {
        let page = site.page(&format!("{path}index.html"));
        let canonical = page.attr("link[rel=canonical]", "href");
        let oembeds = discovery(&page, "application/json+oembed");
        assert!(!oembeds.is_empty(), "{path}: an oEmbed discovery link");
        for (href, title) in &oembeds {
            assert!(href.ends_with("/oembed.json"), "{path}: {href}");
            let answer = json(&site, &file_of(href));
            assert_eq!(answer["title"], title.as_str(), "{path}: {href}");
        }
        // The first (the one a CMS takes) is of the widget that shows this page.
        let answer = json(&site, &file_of(&oembeds[0].0));
        let widget = file_of(&oembeds[0].0).replace("oembed.json", "index.html");
        let embed = site.page(&widget);
        assert_eq!(
            embed.attr("link[rel=canonical]", "href"),
            canonical,
            "{path}: {widget} mirrors it"
        );
        assert!(
            text(&answer, "html").contains(&format!("{}?h=2", file_url(&widget))),
            "{path}"
        );
        let feeds = discovery(&page, "application/feed+json");
        let listed = [
            "jaunumi",
            "pasakumi",
            "pasvaldibas",
            "news",
            "events",
            "municipalities",
        ]
        .iter()
        .any(|s| path.split('/').nth(1) == Some(s));
        if listed {
            assert!(!feeds.is_empty(), "{path}: a JSON Feed discovery link");
        }
        for (href, title) in &feeds {
            let feed = json(&site, &file_of(href));
            assert_eq!(feed["title"], title.as_str(), "{path}: {href}");
            assert_eq!(
                feed["language"],
                path.split('/').next().unwrap(),
                "{path}: {href} in the page's language"
            );
        }
    }
    // A page no widget mirrors announces none.
    let page = site.page("lv/izpratne/index.html");
    assert!(discovery(&page, "application/json+oembed").is_empty());
    assert!(discovery(&page, "application/feed+json").is_empty());
}

fn file_url(index: &str) -> String {
    format!("{BASE}{}", index.trim_end_matches("index.html"))
}

#[test]
fn feeds_and_answers_are_the_same_bytes_in_every_build() {
    let first = built("");
    let second = built("");
    let json_files = |site: &Site| -> Vec<(String, Vec<u8>)> {
        site.tree()
            .into_iter()
            .filter(|(path, _)| path.starts_with("embed/") && path.ends_with(".json"))
            .collect()
    };
    let a = json_files(&first);
    assert!(a.len() > 20, "{}", a.len());
    assert!(a == json_files(&second));
    assert!(
        Path::new(&first.public())
            .join("embed/lv/news/feed.json")
            .is_file()
    );
}

/// Replaces `from` by `to` in a file of the site (which must hold it).
fn edit(site: &Site, rel: &str, from: &str, to: &str) -> std::path::PathBuf {
    let path = site.root().join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} holds {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    std::path::PathBuf::from(rel)
}

/// An edit of the site's files, returning the files it changed.
type Step<'a> = dyn Fn() -> Vec<std::path::PathBuf> + 'a;

#[test]
fn serve_remakes_feeds_and_answers_as_a_full_build_makes_them() {
    use lapa::probe::{Live, build_files};
    use std::collections::BTreeMap;
    let site = partner_site();
    let mut live = Live::open(site.root()).expect("the site builds");
    let embed_json = |files: Vec<(String, Vec<u8>)>| -> BTreeMap<String, Vec<u8>> {
        files
            .into_iter()
            .filter(|(path, _)| path.ends_with(".json") || path.ends_with(".html"))
            .collect()
    };
    let indicators = "content/data/indicators.yaml";
    let steps: Vec<(&str, Box<Step<'_>>)> = vec![
        (
            "a news title",
            Box::new(|| {
                vec![edit(
                    &site,
                    "content/jaunumi/zina-7.lv.md",
                    "Ziņa 7",
                    "Jauna 7",
                )]
            }),
        ),
        (
            "an event summary",
            Box::new(|| {
                let rel = "content/pasakumi/seminars.lv.md";
                vec![edit(&site, rel, "Par pasākumu", "Vēl par pasākumu")]
            }),
        ),
        (
            "a new news item of a municipality",
            Box::new(|| {
                site.write(
                    "content/jaunumi/zina-8.lv.md",
                    "---\ntitle: Ziņa 8\ndate: 2024-01-08\nmunicipalities: [rezekne]\n---\nTeksts.\n",
                );
                vec!["content/jaunumi/zina-8.lv.md".into()]
            }),
        ),
        (
            "a news item moved to another municipality",
            Box::new(|| {
                let rel = "content/jaunumi/zina-2.lv.md";
                vec![edit(
                    &site,
                    rel,
                    "municipalities: [ludza]",
                    "municipalities: [rezekne]",
                )]
            }),
        ),
        (
            "a municipality's name",
            Box::new(|| {
                let rel = "content/data/municipalities.yaml";
                vec![edit(
                    &site,
                    rel,
                    "Rēzeknes novads",
                    "Rēzeknes novada pašvaldība",
                )]
            }),
        ),
        (
            "an indicator's title",
            Box::new(|| {
                let from = "Needs assessment for people";
                vec![edit(
                    &site,
                    indicators,
                    from,
                    "Assessing the needs of people",
                )]
            }),
        ),
        (
            "an event moved into the past",
            Box::new(|| {
                let rel = "content/pasakumi/diena.lv.md";
                vec![edit(&site, rel, "start: 2024-02-01", "start: 2024-01-01")]
            }),
        ),
        (
            "a news item gone",
            Box::new(|| {
                std::fs::remove_file(site.root().join("content/jaunumi/zina-6.lv.md")).unwrap();
                vec!["content/jaunumi/zina-6.lv.md".into()]
            }),
        ),
        (
            "the news section's address",
            Box::new(|| {
                let rel = "content/jaunumi/_index.en.md";
                vec![edit(&site, rel, "slug: news", "slug: latest")]
            }),
        ),
        (
            "the number of items",
            Box::new(|| {
                let path = site.root().join("content/site.yaml");
                let mut text = std::fs::read_to_string(&path).unwrap();
                text.push_str("embeds:\n  items: 3\n");
                std::fs::write(&path, text).unwrap();
                vec!["content/site.yaml".into()]
            }),
        ),
    ];
    for (what, step) in &steps {
        let changed = step();
        live.apply(&changed).unwrap_or_else(|e| {
            panic!(
                "{what}: the rebuild fails: {}",
                e.chars().take(400).collect::<String>()
            )
        });
        let now = embed_json(live.files().unwrap());
        let full = embed_json(build_files(site.root()).unwrap());
        let differing: Vec<&String> = now
            .keys()
            .chain(full.keys())
            .filter(|p| p.starts_with("embed/") || p.ends_with("index.html"))
            .filter(|p| now.get(*p) != full.get(*p))
            .collect();
        assert!(differing.is_empty(), "after {what}: {differing:?}");
    }
    let feed: Value =
        serde_json::from_slice(&live.rendered("embed/lv/news/feed.json").unwrap()).unwrap();
    assert_eq!(
        titles(feed["items"].as_array().unwrap()),
        ["Ziņa 8", "Jauna 7", "Ziņa 5"],
        "the edits are in"
    );
}
