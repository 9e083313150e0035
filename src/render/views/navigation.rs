//! How a page leads elsewhere: `translations` (the language switcher), `alternates`
//! (hreflang links), `breadcrumbs`, `menu` and `menus` with the current entry marked.

use super::to_value;
use crate::model::{Page, PageKind, Site};
use serde::Serialize;
use tera::Value;

/// One language of the switcher.
#[derive(Serialize)]
struct TranslationView<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    available: bool,
    current: bool,
}

/// One hreflang link.
#[derive(Serialize)]
struct AlternateView<'a> {
    hreflang: &'a str,
    href: String,
}

/// A link with a title (a breadcrumb).
#[derive(Serialize)]
struct LinkView<'a> {
    title: &'a str,
    url: String,
}

/// A menu entry.
#[derive(Serialize)]
struct MenuItemView<'a> {
    title: &'a str,
    url: &'a str,
    active: bool,
    current: bool,
}

/// `translations`: one entry per site language, for the language switcher.
pub(crate) fn translations_view(site: &Site, page: &Page) -> Value {
    let entries: Vec<Value> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let (url, available) = match site.translation(page, &l.code) {
                Some(t) => (site.url(&t.path), true),
                None => {
                    let path = site
                        .nearest_in(page, &l.code)
                        .map_or_else(|| format!("{}/", l.code), |p| p.path.clone());
                    (site.url(&path), false)
                }
            };
            to_value(&TranslationView {
                code: &l.code,
                name: &l.name,
                url,
                available,
                current: l.code == page.lang,
            })
        })
        .collect();
    Value::from(entries)
}

/// `alternates`: hreflang links to existing translations plus `x-default`.
pub(crate) fn alternates_view(site: &Site, page: &Page) -> Value {
    let mut entries: Vec<Value> = site
        .translations(page)
        .map(|t| {
            to_value(&AlternateView {
                hreflang: &t.lang,
                href: site.permalink(&t.path),
            })
        })
        .collect();
    entries.push(to_value(&AlternateView {
        hreflang: "x-default",
        href: site.config.base_url.clone(),
    }));
    Value::from(entries)
}

/// `breadcrumbs`: home down to the parent.
pub(crate) fn breadcrumbs_view(site: &Site, page: &Page) -> Value {
    Value::from(
        site.ancestors(page)
            .into_iter()
            .map(|a| {
                to_value(&LinkView {
                    title: &a.title,
                    url: site.url(&a.path),
                })
            })
            .collect::<Vec<_>>(),
    )
}

/// `menu`: the main menu in the page's language, the current entry marked.
pub(crate) fn menu_view(site: &Site, page: &Page) -> Value {
    named_menu_view(site, page, "main")
}

/// `menus`: every menu of `site.yaml` by name, like `menu`.
pub(crate) fn menus_view(site: &Site, page: &Page) -> Value {
    Value::from(
        site.menus
            .keys()
            .map(|name| (name.clone(), named_menu_view(site, page, name)))
            .collect::<std::collections::BTreeMap<String, Value>>(),
    )
}

fn named_menu_view(site: &Site, page: &Page, name: &str) -> Value {
    let ancestors = site.ancestors(page);
    let items = site
        .menus
        .get(name)
        .and_then(|m| m.get(&page.lang))
        .map_or(&[][..], Vec::as_slice);
    Value::from(
        items
            .iter()
            .map(|item| {
                let current = item.page.as_ref() == Some(&page.key);
                let active = current
                    || item.page.as_ref().is_some_and(|p| {
                        ancestors
                            .iter()
                            .any(|a| a.key == *p && a.kind != PageKind::Home)
                    });
                to_value(&MenuItemView {
                    title: &item.title,
                    url: &item.url,
                    active,
                    current,
                })
            })
            .collect::<Vec<_>>(),
    )
}
