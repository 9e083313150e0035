//! `site` in a language: titles, languages, and the addresses of the site-wide lists,
//! feeds and calendars, and of the accessibility statement.

use crate::model::Site;
use crate::model::generated::GeneratedKind;
use serde_json::{Value, json};

/// `site` in a language.
pub(crate) fn site_view(site: &Site, lang: &str) -> Value {
    let calendar_url = site.outputs.calendar(lang).map(|p| site.url(p));
    let list_url = |kind| site.list_page(kind, lang, None).map(|p| site.url(&p.path));
    let news_feed_url = site.outputs.news_feed(lang).map(|p| site.url(p));
    let static_url = |path: &str| site.outputs.at(path).map(|o| site.url(&o.path));
    let config = &site.config;
    let languages: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            let url = site
                .home(&l.code)
                .map(|h| site.url(&h.path))
                .unwrap_or_else(|| site.url(&format!("{}/", l.code)));
            let accessibility_url = site.statement(&l.code).map(|p| site.url(&p.path));
            let easy_read_url = site.easy_index(&l.code).map(|p| site.url(&p.path));
            let search_url = site
                .list_page(GeneratedKind::Search, &l.code, None)
                .map(|p| site.url(&p.path));
            json!({
                "code": l.code,
                "name": l.name,
                "url": url,
                "accessibility_url": accessibility_url,
                "easy_read_url": easy_read_url,
                "search_url": search_url,
            })
        })
        .collect();
    let titles: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            json!({
                "code": l.code,
                "title": config.title.get(&l.code),
                "description": config.description.as_ref().and_then(|d| d.get(&l.code)),
            })
        })
        .collect();
    json!({
        "title": config.title.get(lang),
        "description": config.description.as_ref().and_then(|d| d.get(lang)),
        "base_url": config.base_url,
        "base_path": config.base_path,
        "languages": languages,
        "default_language": config.default_language,
        "titles": titles,
        "calendar_url": calendar_url,
        "news_feed_url": news_feed_url,
        "tags_url": list_url(GeneratedKind::Tags),
        "municipalities_url": list_url(GeneratedKind::Municipalities),
        "embed_guide_url": list_url(GeneratedKind::Embeds),
        // The accessibility statement (`accessibility.yaml`), linked from every footer.
        "accessibility_url": site.statement(lang).map(|p| site.url(&p.path)),
        // The language's easy-read index (the header links it), when it has one.
        "easy_read_url": list_url(GeneratedKind::EasyRead),
        // The language's search page (the header's search field leads there), when the
        // theme has `search.html`.
        "search_url": list_url(GeneratedKind::Search),
        // The European Easy-to-Read Logo, when the site provides it (`easy_read.logo`).
        "easy_read_logo_url": site.easy_read_logo_url(),
        // The partner script (the guide's previews load it) and the one inside every
        // embed document, when the theme has them: without them an embed still works,
        // at the snippet's height, scrolling.
        "embed_script_url": static_url(crate::render::embeds::snippet::SCRIPT),
        "embed_frame_script_url": static_url(crate::render::embeds::snippet::FRAME_SCRIPT),
    })
}
