//! `@/` links: a link to a source file (`@/jaunumi/ligums.md#vesture`) becomes the URL of
//! that page in the linking page's language, or in the language the link names
//! (`@/kontakti.en.md`). The file's language suffix is optional.

use super::Site;

/// What an `@/` link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// The page.
    pub page: usize,
    /// `#fragment` without the `#`, if any.
    pub fragment: Option<String>,
}

impl Site {
    /// Resolves an `@/…` link for a page in `lang`; `None` when no such source file exists.
    pub fn resolve(&self, link: &str, lang: &str) -> Option<LinkTarget> {
        let rest = link.strip_prefix("@/")?;
        let (path, fragment) = match rest.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (rest, None),
        };
        let path = path.trim_end_matches('/');
        let path = path.strip_suffix(".md").unwrap_or(path);
        // An explicit language suffix: `kontakti.en`.
        let (path, wanted) = match path.rsplit_once('.') {
            Some((p, l)) if self.config.has_language(l) => (p, l),
            _ => (path, lang),
        };
        let path = path.strip_suffix("/index").unwrap_or(path);
        let path = if path == "index" { "_index" } else { path };
        let candidates = [path.to_string(), format!("{path}/_index")];
        for id in candidates.iter().filter(|id| !id.is_empty()) {
            if let Some(page) = self.page(id, wanted) {
                return Some(LinkTarget { page, fragment });
            }
            // The file exists in another language: its translation, or itself.
            let any = self
                .config
                .languages
                .iter()
                .find_map(|l| self.page(id, &l.code));
            if let Some(other) = any {
                let page = self.translation(other, wanted).unwrap_or(other);
                return Some(LinkTarget { page, fragment });
            }
        }
        None
    }

    /// The URL an `@/` link leads to in a language, if its file exists.
    pub fn resolve_url(&self, link: &str, lang: &str) -> Option<String> {
        self.resolve(link, lang).map(|t| self.link_url(&t))
    }

    /// The absolute URL an `@/` link leads to (for feeds, read away from the site).
    pub fn resolve_permalink(&self, link: &str, lang: &str) -> Option<String> {
        let target = self.resolve(link, lang)?;
        let url = self.permalink(&self.pages[target.page].path);
        Some(match &target.fragment {
            Some(f) => format!("{url}#{f}"),
            None => url,
        })
    }

    /// The URL of a resolved link.
    pub fn link_url(&self, target: &LinkTarget) -> String {
        let url = self.url(&self.pages[target.page].path);
        match &target.fragment {
            Some(f) => format!("{url}#{f}"),
            None => url,
        }
    }
}
