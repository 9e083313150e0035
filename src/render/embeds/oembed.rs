//! oEmbed 1.0 (<https://oembed.com/>) answers: one `oembed.json` per embed, of type
//! `rich`, whose `html` is the snippet a partner would paste (`snippet`), so that a CMS
//! that understands oEmbed embeds a pasted address of the full page; the full pages point
//! here with a discovery `<link>` (`discovery`). The files are static, so they answer no
//! `maxwidth`/`maxheight`: `width` is a usual content column's, `height` the widget's
//! default, and the iframe takes the width it is given anyway.

use super::super::output::OutputFile;
use super::super::views::Cx;
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::model::embeds::Embed;
use serde::Serialize;

/// The width the answers give (CSS pixels): the iframe itself is `width:100%`.
pub(crate) const WIDTH: u32 = 640;

/// How long (seconds) a consumer may keep an answer: a day. The snippet changes only
/// with the widget's title; what the widget shows is read live from the site.
pub(crate) const CACHE_AGE: u64 = 86_400;

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

/// The `oembed.json` of an embed titled `title`, as JSON text (`None` only if
/// serde_json fails on plain strings and numbers, which it does not).
pub(crate) fn render(site: &Site, embed: &Embed, title: &str) -> Option<String> {
    let lang = &*embed.lang;
    let provider_url = site
        .home(lang)
        .map_or_else(|| site.config.base_url.clone(), |p| site.permalink(&p.path));
    let answer = Answer {
        kind: "rich",
        version: "1.0",
        title,
        provider_name: site.config.title.get(lang).unwrap_or_default(),
        provider_url,
        cache_age: CACHE_AGE,
        html: super::snippet::snippet(site, embed, title),
        width: WIDTH,
        height: embed.widget.default_height(),
    };
    serde_json::to_string_pretty(&answer).ok()
}

/// The output file at `path`: the answer of `embed`.
pub(super) fn file(cx: &Cx<'_>, path: &str, embed: &Embed) -> Result<OutputFile, Diagnostic> {
    let title = super::title(cx.site, cx.i18n, embed)?;
    let text = render(cx.site, embed, &title).ok_or_else(|| super::unmade(path))?;
    Ok(OutputFile::text(path, text))
}

#[cfg(test)]
mod tests {
    use super::super::test_site::news_site;
    use super::render;
    use crate::model::embeds::{Embed, Widget};
    use scraper::{Html, Selector};

    const TITLE: &str = "Jaunumi – \"Ludza\" & <co>";

    fn ludza_news() -> Embed {
        Embed {
            widget: Widget::News {
                municipality: Some("ludza".into()),
            },
            lang: "lv".into(),
        }
    }

    #[test]
    fn the_answer_is_a_rich_oembed_whose_html_is_the_snippet() {
        let site = news_site("2024-03-31T12:00");
        let embed = ludza_news();
        let text = render(&site, &embed, TITLE).expect("the answer");
        assert!(text.starts_with("{\n  \"type\": \"rich\",\n  \"version\": \"1.0\","));
        let answer: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(answer["title"], TITLE);
        assert_eq!(answer["provider_name"], "Testa vietne");
        assert_eq!(answer["provider_url"], "https://example.org/sub/lv/");
        assert_eq!(answer["width"], super::WIDTH);
        assert_eq!(answer["height"], 640);
        assert_eq!(answer["cache_age"], super::CACHE_AGE);
        let html = answer["html"].as_str().expect("html");
        assert_eq!(
            html,
            super::super::snippet::snippet(&site, &embed, TITLE),
            "the snippet the guide page shows"
        );
        let parsed = Html::parse_fragment(html);
        let iframe = Selector::parse("iframe[data-lapa-embed]").expect("selector");
        let iframe = parsed.select(&iframe).next().expect("an iframe");
        assert_eq!(
            iframe.value().attr("title"),
            Some(TITLE),
            "escaped and read back"
        );
        assert_eq!(
            iframe.value().attr("src"),
            Some("https://example.org/sub/embed/lv/news/ludza/?h=2")
        );
        let script = Selector::parse("script[async]").expect("selector");
        let script = parsed.select(&script).next().expect("the script");
        assert_eq!(
            script.value().attr("src"),
            Some("https://example.org/sub/embed.js")
        );
    }
}
