//! oEmbed 1.0 (<https://oembed.com/>) answers: one `oembed.json` per widget, of type
//! `rich`, whose `html` is the snippet a partner would paste (the iframe of the widget
//! and `embed.js`), so that a CMS that understands oEmbed embeds a pasted address of the
//! full page. The full pages point here with a discovery `<link>` (`views::embeds`).
//! The files are static, so they answer no `maxwidth`/`maxheight`: `width` is a usual
//! content column's and `height` the widget's default, and the iframe takes the width it
//! is given anyway.

use crate::model::Site;
use crate::render::markdown::escape;
use serde::Serialize;

/// The width the answers give: the iframe itself is `width:100%`.
pub(crate) const WIDTH: u32 = 640;

/// How long (seconds) a consumer may keep an answer: a day. The snippet changes only with
/// the widget's title; what it shows is read live from the site.
pub(crate) const CACHE_AGE: u64 = 86_400;

/// A widget as its oEmbed answer and snippet describe it.
pub(crate) struct Widget<'a> {
    /// Its title (`Jaunumi – Ludzas novads`), also the iframe's accessible name.
    pub title: &'a str,
    /// Language code.
    pub lang: &'a str,
    /// The output path of its folder (`embed/lv/news/ludza/`).
    pub path: &'a str,
    /// Its default height in CSS pixels.
    pub height: u32,
}

#[derive(Serialize)]
struct Answer<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    version: &'static str,
    title: &'a str,
    provider_name: &'a str,
    provider_url: String,
    cache_age: u64,
    html: String,
    width: u32,
    height: u32,
}

/// The snippet a partner pastes: the widget's iframe (headings from `h2`) and the
/// script that sizes it.
pub(crate) fn snippet(site: &Site, widget: &Widget<'_>) -> String {
    let src = format!("{}?h=2", site.permalink(widget.path));
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-lapa-embed loading=\"lazy\" \
         style=\"width:100%;height:{}px;border:0\"></iframe>\n\
         <script src=\"{}\" async></script>",
        escape(&src),
        escape(widget.title),
        widget.height,
        escape(&site.permalink("embed.js")),
    )
}

/// The widget's `oembed.json` (`None` only if serde_json fails on plain strings and
/// numbers, which it does not).
pub(crate) fn render(site: &Site, widget: &Widget<'_>) -> Option<String> {
    let provider_url = site
        .home(widget.lang)
        .map_or_else(|| site.config.base_url.clone(), |p| site.permalink(&p.path));
    let answer = Answer {
        kind: "rich",
        version: "1.0",
        title: widget.title,
        provider_name: site.config.title.get(widget.lang).unwrap_or_default(),
        provider_url,
        cache_age: CACHE_AGE,
        html: snippet(site, widget),
        width: WIDTH,
        height: widget.height,
    };
    serde_json::to_string_pretty(&answer).ok()
}

#[cfg(test)]
mod tests {
    use super::super::test_site::news_site;
    use super::{Widget, render, snippet};
    use scraper::{Html, Selector};

    const WIDGET: Widget<'static> = Widget {
        title: "Jaunumi – \"Ludza\" & <co>",
        lang: "lv",
        path: "embed/lv/news/ludza/",
        height: 640,
    };

    #[test]
    fn the_answer_is_a_rich_oembed_with_the_snippet() {
        let site = news_site("2024-03-31T12:00");
        let text = render(&site, &WIDGET).expect("the answer");
        let answer: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(answer["type"], "rich");
        assert_eq!(answer["version"], "1.0");
        assert_eq!(answer["title"], WIDGET.title);
        assert_eq!(answer["provider_name"], "Testa vietne");
        assert_eq!(answer["provider_url"], "https://example.org/sub/lv/");
        assert_eq!(answer["width"], super::WIDTH);
        assert_eq!(answer["height"], 640);
        assert_eq!(answer["cache_age"], super::CACHE_AGE);
        assert_eq!(answer["html"], snippet(&site, &WIDGET).as_str());
    }

    #[test]
    fn the_snippet_is_the_iframe_and_the_script_with_its_title_escaped() {
        let site = news_site("2024-03-31T12:00");
        let html = snippet(&site, &WIDGET);
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/sub/embed/lv/news/ludza/?h=2\" \
             title=\"Jaunumi – &quot;Ludza&quot; &amp; &lt;co&gt;\" data-lapa-embed \
             loading=\"lazy\" style=\"width:100%;height:640px;border:0\"></iframe>\n\
             <script src=\"https://example.org/sub/embed.js\" async></script>"
        );
        let parsed = Html::parse_fragment(&html);
        let iframe = Selector::parse("iframe[data-lapa-embed]").expect("selector");
        let iframe = parsed.select(&iframe).next().expect("an iframe");
        assert_eq!(iframe.value().attr("title"), Some(WIDGET.title));
    }
}
