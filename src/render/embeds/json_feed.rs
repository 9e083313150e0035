//! JSON Feed 1.1 (<https://www.jsonfeed.org/version/1.1/>) of a news or events widget:
//! the items the widget shows, in its order, for partners whose sites cannot hold an
//! iframe. An item's `content_html` is its summary as the widget shows it, with absolute
//! addresses (a page's body has the site's own relative ones, which a page elsewhere
//! could not follow); dates are RFC 3339 in Riga time, as in the Atom feeds. An event
//! carries its facts in the `_event` extension object (JSON Feed's custom objects), with
//! its `.ics` file.

use super::super::output::OutputFile;
use super::super::views::Cx;
use crate::diagnostics::Diagnostic;
use crate::model::embeds::Embed;
use crate::model::{Page, Site};
use crate::render::markdown::plain_text;
use crate::render::markdown_results::MarkdownResults;
use crate::render::views::{image_permalink, rfc3339};
use crate::values::dates::PageDate;
use serde::Serialize;

/// The version URL that opens every feed.
pub(crate) const VERSION: &str = "https://jsonfeed.org/version/1.1";

/// What a feed says about itself; its items are given apart.
pub(crate) struct FeedHead<'a> {
    /// The widget's title (`Jaunumi – Ludzas novads`).
    pub title: &'a str,
    /// Language code of the widget and its items.
    pub lang: &'a str,
    /// The output path of the full page the widget mirrors (`lv/jaunumi/`).
    pub home_page: &'a str,
    /// The feed's own output path (`embed/lv/news/feed.json`).
    pub feed: &'a str,
}

#[derive(Serialize)]
struct Feed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    language: &'a str,
    authors: Vec<Author>,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Author {
    name: String,
    url: String,
}

#[derive(Serialize)]
struct Item {
    id: String,
    url: String,
    title: String,
    content_html: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    language: String,
    #[serde(rename = "_event", skip_serializing_if = "Option::is_none")]
    event: Option<EventObject>,
}

/// `_event`: when and where an event happens, whether it is over by the build's "now",
/// and its calendar file. A time given with a date is RFC 3339; an all-day event's
/// `start` and `end` are dates (`2024-05-14`) and `all_day` is true.
#[derive(Serialize)]
struct EventObject {
    start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    all_day: bool,
    past: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Place>,
    #[serde(skip_serializing_if = "Option::is_none")]
    online: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registration: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ics_url: Option<String>,
}

#[derive(Serialize)]
struct Place {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<String>,
}

/// The feed of `items` (already chosen and ordered by the widget), as JSON text
/// (`None` only if serde_json fails on plain strings and lists, which it does not).
pub(crate) fn render(
    site: &Site,
    markdown: &MarkdownResults,
    head: &FeedHead<'_>,
    items: &[&Page],
) -> Option<String> {
    let lang = head.lang;
    let site_title = site.config.title.get(lang).unwrap_or_default();
    let home = site
        .home(lang)
        .map_or_else(|| site.config.base_url.clone(), |p| site.permalink(&p.path));
    let feed = Feed {
        version: VERSION,
        title: head.title,
        home_page_url: site.permalink(head.home_page),
        feed_url: site.permalink(head.feed),
        description: site.config.description.as_ref().and_then(|d| d.get(lang)),
        language: lang,
        authors: vec![Author {
            name: site_title.to_string(),
            url: home,
        }],
        items: items
            .iter()
            .map(|page| item(site, markdown, page))
            .collect(),
    };
    serde_json::to_string_pretty(&feed).ok()
}

/// The output file at `path`: the feed of a news or events `embed` whose full page is
/// `mirrors`, holding what the widget lists (`Site::embed_items`).
pub(super) fn file(
    cx: &Cx<'_>,
    path: &str,
    embed: &Embed,
    mirrors: &Page,
) -> Result<OutputFile, Diagnostic> {
    let title = super::title(cx.site, cx.i18n, embed)?;
    let head = FeedHead {
        title: &title,
        lang: &embed.lang,
        home_page: &mirrors.path,
        feed: path,
    };
    let items = cx.site.embed_items(embed, mirrors);
    let text = render(cx.site, cx.rendered, &head, &items).ok_or_else(|| super::unmade(path))?;
    Ok(OutputFile::text(path, text))
}

fn item(site: &Site, markdown: &MarkdownResults, page: &Page) -> Item {
    let permalink = site.permalink(&page.path);
    let content_html = markdown.summary_permalink_html(&page.key).to_string();
    Item {
        id: permalink.clone(),
        url: permalink,
        title: page.title.clone(),
        summary: plain_text(&content_html),
        content_html,
        image: page
            .about
            .image
            .as_ref()
            .map(|_| image_permalink(site, page)),
        date_published: page.date.as_ref().map(rfc3339),
        date_modified: page.updated.as_ref().map(rfc3339),
        tags: page.about.tags.clone(),
        language: page.lang.clone(),
        event: event_object(site, page),
    }
}

fn event_object(site: &Site, page: &Page) -> Option<EventObject> {
    let facts = page.event_facts()?;
    let when = facts.when;
    let all_day = !when.start.has_time;
    Some(EventObject {
        start: moment(&when.start),
        end: when.end.as_ref().map(moment),
        all_day,
        past: when.is_past(site.now),
        location: facts.location.as_ref().map(|l| Place {
            name: l.name.clone(),
            address: l.address.clone(),
        }),
        online: facts.online.clone(),
        registration: facts.registration.clone(),
        ics_url: site
            .outputs
            .event_calendar(&page.key)
            .map(|p| site.permalink(p)),
    })
}

/// A timed moment as RFC 3339, a date alone as `YYYY-MM-DD`.
fn moment(date: &PageDate) -> String {
    if date.has_time {
        rfc3339(date)
    } else {
        date.date().strftime("%Y-%m-%d").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::{news_site, summaries};
    use super::{FeedHead, render};
    use crate::model::Page;
    use serde_json::Value;

    fn feed_of(site: &crate::model::Site, items: &[&Page]) -> (String, Value) {
        let head = FeedHead {
            title: "Jaunumi",
            lang: "lv",
            home_page: "lv/jaunumi/",
            feed: "embed/lv/news/feed.json",
        };
        let text = render(site, &summaries(site), &head, items).expect("the feed");
        let json = serde_json::from_str(&text).expect("the feed is JSON");
        (text, json)
    }

    #[test]
    fn a_news_feed_holds_the_items_given_in_their_order_with_absolute_addresses() {
        let site = news_site("2024-03-31T12:00");
        let news: Vec<&Page> = site.news("lv").take(2).collect();
        let (text, feed) = feed_of(&site, &news);
        assert!(
            text.starts_with("{\n  \"version\": \"https://jsonfeed.org/version/1.1\","),
            "the version comes first: {text}"
        );
        assert_eq!(feed["title"], "Jaunumi");
        assert_eq!(feed["language"], "lv");
        assert_eq!(feed["home_page_url"], "https://example.org/sub/lv/jaunumi/");
        assert_eq!(
            feed["feed_url"],
            "https://example.org/sub/embed/lv/news/feed.json"
        );
        assert_eq!(feed["authors"][0]["name"], "Testa vietne");
        assert_eq!(feed["authors"][0]["url"], "https://example.org/sub/lv/");
        let items = feed["items"].as_array().expect("items");
        let titles: Vec<&str> = items.iter().filter_map(|i| i["title"].as_str()).collect();
        assert_eq!(titles, ["Piektā ziņa", "Ceturtā ziņa"]);
        let first = &items[0];
        let url = site.permalink(&news[0].path);
        assert_eq!(first["id"], url.as_str());
        assert_eq!(first["url"], url.as_str());
        assert_eq!(first["date_published"], "2023-05-20T00:00:00+03:00");
        assert_eq!(
            first["content_html"],
            format!("Kopsavilkums e. <a href=\"{url}\">&amp; more</a>").as_str()
        );
        assert_eq!(first["summary"], "Kopsavilkums e. & more");
        assert_eq!(first["language"], "lv");
        assert!(first.get("_event").is_none(), "news has no event object");
        assert!(first.get("tags").is_none(), "no tags, no key");
    }

    #[test]
    fn an_item_says_its_tags_and_no_change_it_has_not_had() {
        let site = news_site("2024-03-31T12:00");
        let first = site.page("jaunumi/a", "lv").expect("jaunumi/a");
        let (_, feed) = feed_of(&site, &[first]);
        assert_eq!(feed["items"][0]["tags"], serde_json::json!(["Sadarbība"]));
        assert!(first.updated.is_none());
        assert!(feed["items"][0].get("date_modified").is_none());
    }

    #[test]
    fn an_event_carries_its_facts_and_calendar_in_the_event_object() {
        let site = news_site("2024-03-31T12:00");
        let (upcoming, past) = site.split_events(site.pages().filter(|p| p.lang == "lv"));
        let mut shown = upcoming.clone();
        shown.extend(past.iter().take(1));
        let (_, feed) = feed_of(&site, &shown);
        let events: Vec<&Value> = feed["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| &i["_event"])
            .collect();
        // Pēc laika maiņas: timed, online.
        assert_eq!(events[0]["start"], "2024-04-02T10:00:00+03:00");
        assert_eq!(events[0]["end"], "2024-04-02T12:00:00+03:00");
        assert_eq!(events[0]["all_day"], false);
        assert_eq!(events[0]["past"], false);
        assert_eq!(events[0]["online"], "https://example.org/tiessaiste");
        assert_eq!(
            events[0]["ics_url"],
            format!(
                "{}{}.ics",
                site.permalink(&upcoming[0].path),
                upcoming[0].slug
            )
            .as_str()
        );
        // Divu dienu seminārs: all day, two days, a place without an address.
        assert_eq!(events[1]["start"], "2024-05-14");
        assert_eq!(events[1]["end"], "2024-05-15");
        assert_eq!(events[1]["all_day"], true);
        assert_eq!(
            events[1]["location"],
            serde_json::json!({"name": "Rēzekne"})
        );
        // Notiek tagad: registration.
        assert_eq!(events[2]["registration"], "https://example.org/pieteikties");
        // Pirms laika maiņas: over by now (before the clock change: +02:00).
        assert_eq!(events[3]["past"], true);
        assert_eq!(events[3]["start"], "2024-03-30T10:00:00+02:00");
        assert_eq!(
            events[3]["location"],
            serde_json::json!({"name": "Ludzas kultūras nams", "address": "Ludza, Kr. Barona iela 1"})
        );
    }

    #[test]
    fn an_empty_widget_has_an_empty_list_of_items() {
        let site = news_site("2024-03-31T12:00");
        let (_, feed) = feed_of(&site, &[]);
        assert_eq!(feed["items"], serde_json::json!([]));
    }
}
