//! News, events, tags, municipalities, feeds and calendars (fixture `news`: five news
//! items paginated by two, four events around the 2024 daylight-saving change).

use crate::support::Site;
use std::str::FromStr;

fn built(now: &str) -> Site {
    let site = Site::fixture("news");
    let run = site.lapa(&["build", "--now", now]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn news_is_newest_first_and_paginated() {
    let site = built("2024-03-31T12:00");
    let first = site.page("lv/jaunumi/index.html");
    assert_eq!(first.texts("#pages a"), vec!["Piektā ziņa", "Ceturtā ziņa"]);
    assert_eq!(first.text("#pager .of"), "1/3");
    assert_eq!(first.count("#pager a[rel=prev]"), 0);
    assert_eq!(
        first.attr("#pager a[rel=next]", "href"),
        "/sub/lv/jaunumi/lapa/2/"
    );
    assert_eq!(
        first.attr("#pager a[aria-current=page]", "href"),
        "/sub/lv/jaunumi/"
    );
    let second = site.page("lv/jaunumi/lapa/2/index.html");
    assert_eq!(second.texts("#pages a"), vec!["Trešā ziņa", "Otrā ziņa"]);
    assert_eq!(
        second.attr("#pager a[rel=prev]", "href"),
        "/sub/lv/jaunumi/"
    );
    assert_eq!(
        second.attr("link[rel=canonical]", "href"),
        "https://example.org/sub/lv/jaunumi/lapa/2/"
    );
    let third = site.page("lv/jaunumi/lapa/3/index.html");
    assert_eq!(third.texts("#pages a"), vec!["Pirmā ziņa"]);
    assert_eq!(third.count("#pager a[rel=next]"), 0);
    assert!(!site.public().join("lv/jaunumi/lapa/4").exists());
    // English has one news item: one list page, no pager.
    let en = site.page("en/news/index.html");
    assert_eq!(en.texts("#pages a"), vec!["First news"]);
    assert_eq!(en.count("#pager"), 0);
}

#[test]
fn events_split_into_upcoming_and_past_by_now() {
    let site = built("2024-03-31T12:00");
    let page = site.page("lv/pasakumi/index.html");
    assert_eq!(
        page.texts("#upcoming a"),
        vec!["Pēc laika maiņas", "Divu dienu seminārs", "Notiek tagad"]
    );
    assert_eq!(page.texts("#past a"), vec!["Pirms laika maiņas"]);
    assert_eq!(
        page.texts("#upcoming .when"),
        vec![
            "2024. gada 2. aprīlis, 10:00–12:00",
            "2024. gada 14. maijs – 2024. gada 15. maijs",
            "2024. gada 1. jūnijs, 09:00–17:00"
        ]
    );

    let later = built("2024-06-01T12:00");
    let page = later.page("lv/pasakumi/index.html");
    assert_eq!(
        page.texts("#upcoming a"),
        vec!["Notiek tagad"],
        "an event that has not ended yet is upcoming"
    );
    assert_eq!(
        page.texts("#past a"),
        vec![
            "Divu dienu seminārs",
            "Pēc laika maiņas",
            "Pirms laika maiņas"
        ],
        "latest first"
    );
    assert_eq!(
        later
            .page("lv/pasakumi/pec-mainas/index.html")
            .count("#event .past"),
        1
    );
    let home = later.page("lv/index.html");
    assert_eq!(home.texts("#next-events a"), vec!["Notiek tagad"]);
    assert_eq!(
        home.texts("#latest a")[..2],
        ["Piektā ziņa", "Ceturtā ziņa"]
    );
    let en = later.page("en/events/after-the-clock-change/index.html");
    assert_eq!(en.text("#event .when"), "2 April 2024, 10:00–12:00");
}

#[test]
fn tags_and_municipalities_get_pages_with_latvian_letters_transliterated() {
    let site = built("2024-03-31T12:00");
    let index = site.page("lv/birkas/index.html");
    assert_eq!(
        index.texts("#terms a"),
        vec!["Ludza", "Ļoti svarīgi", "Sadarbība"]
    );
    assert_eq!(
        index.attrs("#terms a", "href"),
        vec![
            "/sub/lv/birkas/ludza/",
            "/sub/lv/birkas/loti-svarigi/",
            "/sub/lv/birkas/sadarbiba/"
        ]
    );
    assert_eq!(
        index.texts("#terms .count"),
        vec!["1 lapa", "1 lapa", "2 lapas"]
    );
    let merged = site.page("lv/birkas/sadarbiba/index.html");
    assert_eq!(merged.text("#term"), "Sadarbība");
    assert_eq!(merged.texts("#pages a"), vec!["Otrā ziņa", "Pirmā ziņa"]);
    let news = site.page("lv/jaunumi/c/index.html");
    assert_eq!(news.attr("#tags a", "href"), "/sub/lv/birkas/loti-svarigi/");
    assert_eq!(news.attr("#munis a", "href"), "/sub/lv/pasvaldibas/ludza/");
    assert_eq!(news.text("#munis a"), "Ludzas novads");

    let ludza = site.page("lv/pasvaldibas/ludza/index.html");
    assert_eq!(ludza.texts("#news a"), vec!["Trešā ziņa", "Pirmā ziņa"]);
    assert_eq!(ludza.texts("#past a"), vec!["Pirms laika maiņas"]);
    assert_eq!(
        ludza.attr("#switcher a[hreflang=en]", "href"),
        "/sub/en/municipalities/ludza/"
    );
    let municipalities = site.page("en/municipalities/index.html");
    assert_eq!(
        municipalities.texts("#terms a"),
        vec!["Ludza Municipality", "Rēzekne Municipality"]
    );
}

#[test]
fn merged_tag_spellings_are_reported_as_a_warning() {
    let site = Site::fixture("news");
    let run = site.build(&[]);
    assert!(run.stderr.contains("warning[tag-spellings-merged]: content/jaunumi/b.lv.md:4:8: The tags \"Sadarbība\", \"sadarbiba\" have the same address (sadarbiba) and are shown as one, \"Sadarbība\"."), "{}", run.stderr);
}

#[test]
fn atom_feeds_have_every_entry_with_stable_ids() {
    let site = built("2024-03-31T12:00");
    let read = |rel: &str| {
        atom_syndication::Feed::from_str(&std::fs::read_to_string(site.public().join(rel)).unwrap())
            .unwrap()
    };
    let all = read("lv/atom.xml");
    assert_eq!(all.id(), "https://example.org/sub/lv/atom.xml");
    let titles: Vec<&str> = all.entries().iter().map(|e| e.title().as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Piektā ziņa",
            "Ceturtā ziņa",
            "Trešā ziņa",
            "Otrā ziņa",
            "Pirmā ziņa"
        ]
    );
    let fourth = &all.entries()[1];
    assert_eq!(fourth.id(), "https://example.org/sub/lv/jaunumi/d/");
    assert_eq!(
        fourth.links()[0].href(),
        "https://example.org/sub/lv/jaunumi/d/"
    );
    assert_eq!(
        fourth.updated().to_rfc3339(),
        "2023-04-01T09:30:00+03:00",
        "Riga summer time"
    );
    assert_eq!(all.updated().to_rfc3339(), "2023-05-20T00:00:00+03:00");
    assert_eq!(
        fourth.summary().map(|s| s.as_str()),
        Some("<p>Kopsavilkums d.</p>\n")
    );

    let en = read("en/news/atom.xml");
    assert_eq!(en.entries().len(), 1);
    assert_eq!(
        en.entries()[0].updated().to_rfc3339(),
        "2023-01-12T00:00:00+02:00"
    );
    assert_eq!(
        en.entries()[0].published().map(|p| p.to_rfc3339()),
        Some("2023-01-10T00:00:00+02:00".to_string())
    );

    let ludza = read("lv/pasvaldibas/ludza/atom.xml");
    let titles: Vec<&str> = ludza.entries().iter().map(|e| e.title().as_str()).collect();
    assert_eq!(titles, vec!["Trešā ziņa", "Pirmā ziņa"]);
    let page = site.page("lv/jaunumi/a/index.html");
    assert_eq!(
        page.attrs("link[type='application/atom+xml']", "href"),
        vec!["/sub/lv/atom.xml", "/sub/lv/jaunumi/atom.xml"]
    );
}

/// The events of an .ics file: (UID, DTSTART value, its TZID or VALUE parameter).
fn ics_events(text: &str) -> Vec<(String, String, String)> {
    let unfolded = icalendar::parser::unfold(text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    assert!(
        calendar
            .components
            .iter()
            .any(|c| c.name.as_str() == "VTIMEZONE"),
        "a time zone definition"
    );
    calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|e| {
            let start = e.find_prop("DTSTART").unwrap();
            let param = start
                .params
                .iter()
                .find(|p| matches!(p.key.as_str(), "TZID" | "VALUE"))
                .map(|p| {
                    format!(
                        "{}={}",
                        p.key.as_str(),
                        p.val.as_ref().map(|v| v.as_str()).unwrap_or("")
                    )
                })
                .unwrap_or_default();
            (
                e.find_prop("UID").unwrap().val.as_str().to_string(),
                start.val.as_str().to_string(),
                param,
            )
        })
        .collect()
}

/// A local Riga time as UTC, the way a calendar app reads `DTSTART;TZID=Europe/Riga`.
fn riga_to_utc(local: &str) -> String {
    let dt = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%S", local).unwrap();
    dt.to_zoned(jiff::tz::TimeZone::get("Europe/Riga").unwrap())
        .unwrap()
        .timestamp()
        .to_string()
}

#[test]
fn ics_files_keep_local_times_across_the_daylight_saving_change() {
    let site = built("2024-03-31T12:00");
    let before = ics_events(
        &std::fs::read_to_string(
            site.public()
                .join("lv/pasakumi/pirms-mainas/pirms-mainas.ics"),
        )
        .unwrap(),
    );
    assert_eq!(
        before,
        vec![(
            "pasakumi-pirms-mainas@example.org".to_string(),
            "20240330T100000".to_string(),
            "TZID=Europe/Riga".to_string()
        )]
    );
    assert_eq!(
        riga_to_utc(&before[0].1),
        "2024-03-30T08:00:00Z",
        "EET, +02:00"
    );
    let after = ics_events(
        &std::fs::read_to_string(site.public().join("lv/pasakumi/pec-mainas/pec-mainas.ics"))
            .unwrap(),
    );
    assert_eq!(after[0].1, "20240402T100000");
    assert_eq!(
        riga_to_utc(&after[0].1),
        "2024-04-02T07:00:00Z",
        "EEST, +03:00"
    );
    let all_day = ics_events(
        &std::fs::read_to_string(
            site.public()
                .join("lv/pasakumi/divas-dienas/divas-dienas.ics"),
        )
        .unwrap(),
    );
    assert_eq!(all_day[0].1, "20240514");
    assert_eq!(all_day[0].2, "VALUE=DATE");
    let ics = std::fs::read_to_string(
        site.public()
            .join("lv/pasakumi/divas-dienas/divas-dienas.ics"),
    )
    .unwrap();
    assert!(
        ics.contains("DTEND;VALUE=DATE:20240516\r\n"),
        "the day after the last day"
    );
    assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
}

#[test]
fn calendars_have_every_event_and_uids_are_the_same_in_every_language_and_build() {
    let site = built("2024-03-31T12:00");
    let lv = ics_events(&std::fs::read_to_string(site.public().join("lv/kalendars.ics")).unwrap());
    assert_eq!(lv.len(), 4);
    let en = ics_events(&std::fs::read_to_string(site.public().join("en/calendar.ics")).unwrap());
    assert_eq!(en.len(), 1);
    let lv_after = lv.iter().find(|e| e.1 == "20240402T100000").unwrap();
    assert_eq!(en[0].0, lv_after.0, "translations share a UID");
    let again = built("2024-06-01T12:00");
    assert_eq!(
        std::fs::read(site.public().join("lv/kalendars.ics")).unwrap(),
        std::fs::read(again.public().join("lv/kalendars.ics")).unwrap(),
        "a calendar does not change with the build's now"
    );
    let page = site.page("lv/pasakumi/pec-mainas/index.html");
    assert_eq!(
        page.attr("#event .ics a", "href"),
        "/sub/lv/pasakumi/pec-mainas/pec-mainas.ics"
    );
}

#[test]
fn news_and_events_carry_schema_org_json_ld() {
    let site = built("2024-03-31T12:00");
    let ld = |rel: &str| -> serde_json::Value {
        serde_json::from_str(&site.page(rel).text("script[type='application/ld+json']")).unwrap()
    };
    let news = ld("en/news/first-news/index.html");
    assert_eq!(news["@type"], "NewsArticle");
    assert_eq!(news["headline"], "First news");
    assert_eq!(news["datePublished"], "2023-01-10T00:00:00+02:00");
    assert_eq!(news["dateModified"], "2023-01-12T00:00:00+02:00");
    let event = ld("lv/pasakumi/pirms-mainas/index.html");
    assert_eq!(event["@type"], "Event");
    assert_eq!(event["startDate"], "2024-03-30T10:00:00+02:00");
    assert_eq!(event["location"][0]["@type"], "Place");
    assert_eq!(event["location"][0]["address"], "Ludza, Kr. Barona iela 1");
    assert_eq!(
        event["eventAttendanceMode"],
        "https://schema.org/OfflineEventAttendanceMode"
    );
    let online = ld("lv/pasakumi/pec-mainas/index.html");
    assert_eq!(
        online["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    assert_eq!(online["location"][0]["@type"], "VirtualLocation");
}

#[test]
fn events_at_the_edge_of_the_calendar_build() {
    let site = Site::fixture("news");
    site.write(
        "content/pasakumi/beigas.lv.md",
        "---\ntitle: Pēdējā stunda\nstart: 9999-12-31T23:30\n---\n",
    );
    site.write(
        "content/pasakumi/sakums.lv.md",
        "---\ntitle: Pirmā diena\nstart: 0001-01-01\n---\n",
    );
    site.build(&[]);
    let ics = std::fs::read_to_string(site.public().join("lv/pasakumi/beigas/beigas.ics")).unwrap();
    assert!(
        ics.contains("DTSTART;TZID=Europe/Riga:99991231T233000\r\n"),
        "{ics}"
    );
}

#[test]
fn a_timed_start_with_a_date_only_end_runs_to_the_end_of_that_day() {
    let site = Site::fixture("news");
    site.write(
        "content/pasakumi/nedela.lv.md",
        "---\ntitle: Nedēļa\nstart: 2024-05-14T10:00\nend: 2024-05-15\n---\n",
    );
    site.build(&[]);
    let ics = std::fs::read_to_string(site.public().join("lv/pasakumi/nedela/nedela.ics")).unwrap();
    assert!(
        ics.contains("DTEND;TZID=Europe/Riga:20240516T000000\r\n"),
        "{ics}"
    );
}
