//! What a guide page lists (`GeneratedKind::Embeds`): `embeds`, each embed of its language
//! (site-wide ones on the index, a municipality's on its page) with its title, what it
//! shows, the snippet as text and highlighted, its preview iframe and its files; on the
//! index `municipalities`, the municipalities' guide pages; on a municipality's page
//! `municipality` (`{id, name}`).

use super::super::pages::Shared;
use super::super::views::Cx;
use super::snippet;
use crate::diagnostics::Diagnostic;
use crate::model::Page;
use crate::model::embeds::EmbedFormat;
use crate::model::generated::ListInfo;
use serde_json::{Value, json};

/// The extra variables of a guide page.
pub(in crate::render) fn guide_context(
    cx: &Cx<'_>,
    shared: &Shared,
    page: &Page,
    list: &ListInfo,
) -> Result<Vec<(&'static str, Value)>, Diagnostic> {
    let site = cx.site;
    let mut embeds = Vec::new();
    for offered in site.embeds.of(&page.lang, list.term.as_deref()) {
        let embed = &offered.embed;
        let title = super::title(site, cx.i18n, embed)?;
        let code = snippet::snippet(site, embed, &title);
        let folder = embed.folder();
        let files: Vec<Value> = EmbedFormat::ALL
            .iter()
            .filter_map(|&format| {
                let output = site.outputs.embed(embed, format)?;
                Some(json!({"format": format.name(), "url": site.url(&output.path)}))
            })
            .collect();
        // `news`, `news-ludza`, `indicators-grt`: unique on the page, for its ids.
        let id = folder
            .trim_start_matches(&format!("embed/{}/", embed.lang))
            .trim_end_matches('/')
            .replace('/', "-");
        embeds.push(json!({
            "id": id,
            "widget": embed.widget.name(),
            "title": title,
            "source_url": site.get(&offered.mirrors).map(|p| site.url(&p.path)),
            "snippet": code,
            "snippet_html": shared.highlighter.highlight(&code, "html"),
            "preview": snippet::iframe(&site.url(&folder), embed, &title),
            // The address to paste into a CMS that embeds pasted addresses (oEmbed).
            "address": site.permalink(&folder),
            "files": files,
        }));
    }
    let mut out = vec![("embeds", Value::from(embeds))];
    if let Some(id) = &list.term {
        let name = super::municipality_name(site, id, &page.lang);
        out.push(("municipality", json!({"id": id, "name": name})));
    } else {
        let municipalities: Vec<Value> = site
            .pages_of(&list.terms)
            .map(|p| {
                json!({
                    "id": p.list().and_then(|l| l.term.clone()),
                    "name": p.list().and_then(|l| l.term.as_deref()).map(|id| super::municipality_name(site, id, &page.lang)),
                    "url": site.url(&p.path),
                })
            })
            .collect();
        out.push(("municipalities", Value::from(municipalities)));
    }
    Ok(out)
}
