//! The "embed on your site" guide pages: per language an index at
//! `/<lang>/<slugs.embed>/` (the site-wide embeds, and links to the municipalities'
//! guide pages) and a page per municipality below it with that municipality's embeds.
//! They are generated list pages (`GeneratedKind::Embeds`), so that breadcrumbs,
//! translations, the sitemap and URL collisions treat them like tag and municipality
//! pages; what they show is read from the embed catalogue (`embeds`) by render.

use super::embeds::Embeds;
use super::generated::{GeneratedKind, list_page};
use super::{Page, PageKind, PageVariant};
use crate::config::SiteConfig;

/// The guide pages' template.
pub(crate) const TEMPLATE: &str = "embed-guide.html";

/// A guide page's title: an interface text by key and language, with the
/// municipality's name for a municipality's page.
pub(super) type Title<'a> = dyn Fn(&str, &str, Option<&str>) -> String + 'a;

/// Appends each language's guide pages for the embeds of `embeds` (none when it is
/// empty): the index, then one page per municipality that has embeds, in catalogue
/// order.
pub(super) fn add(pages: &mut Vec<Page>, config: &SiteConfig, embeds: &Embeds, title: &Title<'_>) {
    if embeds.is_empty() {
        return;
    }
    let key = GeneratedKind::Embeds.key();
    for language in &config.languages {
        let lang = language.code.as_str();
        let home = pages
            .iter()
            .find(|p| p.kind == PageKind::Home && p.lang == lang)
            .map(|p| p.key.clone());
        let index_path = format!("{lang}/{}/", config.slug_for(key, lang));
        let index = pages.len();
        pages.push(list_page(
            lang,
            &format!("@{key}"),
            index_path.clone(),
            title("embed-guide-title", lang, None),
            home,
            GeneratedKind::Embeds,
            None,
            TEMPLATE,
        ));
        let index_key = pages[index].key.clone();
        let mut municipalities: Vec<(&str, &super::PageKey)> = Vec::new();
        for offered in embeds.iter().filter(|o| &*o.embed.lang == lang) {
            if let Some(id) = offered.embed.widget.municipality()
                && !municipalities.iter().any(|(m, _)| *m == id)
            {
                municipalities.push((id, &offered.mirrors));
            }
        }
        let mut terms = Vec::with_capacity(municipalities.len());
        for (id, mirrors) in municipalities {
            // Named like the municipality's own page.
            let name = pages
                .iter()
                .find(|p| p.key == *mirrors)
                .map_or(id, |p| p.title.as_str())
                .to_string();
            let page = list_page(
                lang,
                &format!("@{key}/{id}"),
                format!("{index_path}{id}/"),
                title("embed-guide-municipality-title", lang, Some(&name)),
                Some(index_key.clone()),
                GeneratedKind::Embeds,
                Some(id.to_string()),
                TEMPLATE,
            );
            terms.push(page.key.clone());
            pages.push(page);
        }
        if let Some(PageVariant::List(list)) = pages.get_mut(index).map(|p| &mut p.variant) {
            list.terms = terms;
        }
    }
}
