//! Menus from `site.yaml`, resolved per language: each entry's `@/` link becomes that
//! language's page and title (unless the entry gives its own title).

use super::Site;
use crate::config::SITE_FILE;
use crate::data::locate;
use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;

/// A resolved menu entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuItem {
    /// Shown text.
    pub title: String,
    /// URL (with base path, or an external address).
    pub url: String,
    /// The page it leads to, for marking the current one.
    pub page: Option<usize>,
}

/// Menus by name, then language.
pub type Menus = BTreeMap<String, BTreeMap<String, Vec<MenuItem>>>;

/// Resolves every menu in every language.
pub fn resolve(site: &Site, site_yaml: &str) -> (Menus, Vec<Diagnostic>) {
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
                    .map(|t| crate::i18n::quotes::smarten(t, lang));
                if entry.link.starts_with("@/") {
                    match site.resolve(&entry.link, lang) {
                        Some(target) => items.push(MenuItem {
                            title: own_title
                                .unwrap_or_else(|| site.pages[target.page].title.clone()),
                            url: site.link_url(&target),
                            page: Some(target.page),
                        }),
                        None => {
                            let key = format!("menus.{name}[{i}].link");
                            let at = locate::offset_of(site_yaml, &key).unwrap_or(0);
                            problems.push(
                                Diagnostic::error("link-target-missing")
                                    .in_file(SITE_FILE)
                                    .at(at..at + 4)
                                    .with("link", &entry.link),
                            );
                        }
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
