//! `embed_links`, what a full page announces in its `<head>` of the embeds that mirror
//! it (a news or events section, a municipality's page, the indicators overview, an
//! indicator's page, the project card, the contacts page): each embed's oEmbed answer
//! (`<link rel="alternate" type="application/json+oembed">`, so that a CMS embeds the
//! page's pasted address) and, for news and events, its JSON Feed. Addresses are
//! absolute: the links are read by other hosts. In catalogue order, so the first is the
//! page's own widget (a municipality's page: its news, then events, then contacts).

use super::super::views::Cx;
use crate::diagnostics::Diagnostic;
use crate::model::Page;
use crate::model::embeds::EmbedFormat;
use serde_json::{Value, json};

/// `embed_links` = `[{widget, title, oembed_url, feed_url}]` for `page` (empty for a
/// page no embed mirrors; `feed_url` none for widgets without a feed).
pub(in crate::render) fn links_view(cx: &Cx<'_>, page: &Page) -> Result<Value, Diagnostic> {
    let site = cx.site;
    let mut links = Vec::new();
    for offered in site.embeds.iter().filter(|o| o.mirrors == page.key) {
        let embed = &offered.embed;
        let Some(answer) = site.outputs.embed(embed, EmbedFormat::OEmbed) else {
            continue;
        };
        let feed = site
            .outputs
            .embed(embed, EmbedFormat::JsonFeed)
            .map(|o| site.permalink(&o.path));
        links.push(json!({
            "widget": embed.widget.name(),
            "title": super::title(site, cx.i18n, embed)?,
            "oembed_url": site.permalink(&answer.path),
            "feed_url": feed,
        }));
    }
    Ok(Value::from(links))
}
