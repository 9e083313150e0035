//! Menus from `site.yaml`, resolved per language: each entry's `@/` link becomes that
//! language's page and title (unless the entry gives its own title). An entry whose page
//! is a draft is an error; one whose page exists only in another language, a warning.

use super::{Resolved, Site};
use crate::config::SITE_FILE;
use crate::diagnostics::Diagnostic;
use crate::values::yaml::locate;
use std::collections::BTreeMap;

/// A resolved menu entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MenuItem {
    /// Shown text.
    pub title: String,
    /// URL (with base path, or an external address).
    pub url: String,
    /// The page it leads to, for marking the current one.
    pub page: Option<super::PageKey>,
}

/// Menus by name, then language.
pub(crate) type Menus = BTreeMap<String, BTreeMap<String, Vec<MenuItem>>>;

/// Resolves every menu in every language.
pub(super) fn resolve(site: &Site, site_yaml: &str) -> (Menus, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut menus = BTreeMap::new();
    for (name, entries) in &site.config.menus {
        let mut per_language = BTreeMap::new();
        for language in &site.config.languages {
            let lang = &language.code;
            let mut items = Vec::new();
            for (i, entry) in entries.iter().enumerate() {
                let own_title = entry
                    .title
                    .as_ref()
                    .and_then(|t| t.get(lang))
                    .map(|t| crate::values::quotes::smarten(t, lang));
                if entry.link.starts_with("@/") {
                    let resolved = site.resolve_link(&entry.link, lang);
                    if let Some(d) = site.link_problem(&entry.link, lang, &resolved) {
                        let key = format!("menus.{name}[{i}].link");
                        let at = locate::offset_of(site_yaml, &key).unwrap_or(0);
                        problems.push(d.in_file(SITE_FILE).at(at..at + 4));
                    }
                    // A page of another language is shown (with a warning), never a
                    // draft's published translation in its place.
                    if let Resolved::Page(target) | Resolved::OtherLanguage(target) = resolved {
                        items.push(MenuItem {
                            title: own_title.unwrap_or_else(|| {
                                site.get(&target.page)
                                    .map(|p| p.title.clone())
                                    .unwrap_or_default()
                            }),
                            url: site.link_url(&target),
                            page: Some(target.page),
                        });
                    }
                } else {
                    items.push(MenuItem {
                        title: own_title.unwrap_or_else(|| entry.link.clone()),
                        url: entry.link.clone(),
                        page: None,
                    });
                }
            }
            per_language.insert(lang.clone(), items);
        }
        menus.insert(name.clone(), per_language);
    }
    (menus, problems)
}
