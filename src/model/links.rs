//! `@/` links: a link to a source file (`@/jaunumi/ligums.md#vesture`) becomes the URL of
//! that page in the linking page's language, or in the language the link names
//! (`@/kontakti.en.md`). The file's language suffix is optional. A link never changes
//! language silently: a draft left out of the build is reported as a draft (not replaced
//! by its published translation), and a page that exists only in another language is
//! returned as such, for the caller to report. `.easy` before `.md` (`@/ligums.easy.md`,
//! `@/ligums.en.easy.md`) names the page's easy-to-read version.

use super::Site;
use crate::diagnostics::{Diagnostic, display_path};
use pulldown_cmark::{Event, Parser, Tag};
use std::path::PathBuf;

/// What an `@/` link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LinkTarget {
    /// The page.
    pub page: super::PageKey,
    /// `#fragment` without the `#`, if any.
    pub fragment: Option<String>,
}

/// Where an `@/` link leads, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// The page in the wanted language (the file itself or its translation).
    Page(LinkTarget),
    /// The file has no version in the wanted language; this is another language's page.
    OtherLanguage(LinkTarget),
    /// The file (in the wanted language) is a draft, left out of this build.
    Draft(PathBuf),
    /// No such file.
    Missing,
}

impl Site {
    /// Where an `@/…` link of a page in `lang` leads.
    pub(crate) fn resolve_link(&self, link: &str, lang: &str) -> Resolved {
        let Some((link, easy)) = easy_link(link) else {
            return self.resolve_file(link, lang);
        };
        // The easy version of the page the link would lead to; in the wanted language
        // when it has one there, else another language's.
        let easy_of = |t: &LinkTarget| {
            self.get(&t.page)
                .and_then(|page| self.easy_version(page))
                .map(|page| LinkTarget {
                    page: page.key.clone(),
                    fragment: t.fragment.clone(),
                })
        };
        match self.resolve_file(&link, lang) {
            Resolved::Page(t) => {
                if let Some(target) = easy_of(&t) {
                    return Resolved::Page(target);
                }
                let explicit = easy.explicit_language;
                let other = self.get(&t.page).and_then(|page| {
                    self.translations(page)
                        .find_map(|p| self.easy_version(p))
                        .filter(|_| !explicit)
                });
                match other {
                    Some(page) => Resolved::OtherLanguage(LinkTarget {
                        page: page.key.clone(),
                        fragment: t.fragment,
                    }),
                    None => Resolved::Missing,
                }
            }
            Resolved::OtherLanguage(t) => {
                easy_of(&t).map_or(Resolved::Missing, Resolved::OtherLanguage)
            }
            other => other,
        }
    }

    /// Where an `@/…` link to a page's own file leads.
    fn resolve_file(&self, link: &str, lang: &str) -> Resolved {
        let Some(rest) = link.strip_prefix("@/") else {
            return Resolved::Missing;
        };
        let (path, fragment) = match rest.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (rest, None),
        };
        let path = path.trim_end_matches('/');
        let path = path.strip_suffix(".md").unwrap_or(path);
        // An explicit language suffix: `kontakti.en`.
        let (path, wanted, explicit) = match path.rsplit_once('.') {
            Some((p, l)) if self.config.has_language(l) => (p, l, true),
            _ => (path, lang, false),
        };
        let path = path.strip_suffix("/index").unwrap_or(path);
        let path = if path == "index" { "_index" } else { path };
        let target = |page: &super::Page| LinkTarget {
            page: page.key.clone(),
            fragment: fragment.clone(),
        };
        let candidates = [path.to_string(), format!("{path}/_index")];
        for id in candidates.iter().filter(|id| !id.is_empty()) {
            if let Some(page) = self.page(id, wanted) {
                return Resolved::Page(target(page));
            }
            if let Some(draft) = self.drafts.iter().find(|d| d.id == *id && d.lang == wanted) {
                return Resolved::Draft(draft.file.clone());
            }
            // The file exists in another language: its translation, or itself.
            let other = self
                .config
                .languages
                .iter()
                .find_map(|l| self.page(id, &l.code));
            if let Some(other) = other {
                if let Some(page) = self.translation(other, wanted) {
                    return Resolved::Page(target(page));
                }
                let pair_key = &other.pair_key;
                if let Some(draft) = self
                    .drafts
                    .iter()
                    .find(|d| d.pair_key == *pair_key && d.lang == wanted)
                {
                    return Resolved::Draft(draft.file.clone());
                }
                if explicit {
                    return Resolved::Missing;
                }
                return Resolved::OtherLanguage(target(other));
            }
            // Every version of the file is a draft.
            if let Some(draft) = self.drafts.iter().find(|d| d.id == *id) {
                return Resolved::Draft(draft.file.clone());
            }
        }
        Resolved::Missing
    }
}

/// What an `@/…` link to an easy-to-read version says besides its page's file.
struct EasyLink {
    /// The link names a language (`@/ligums.en.easy.md`).
    explicit_language: bool,
}

/// An `@/` link naming an easy-to-read version (`.easy.md`, `.<lang>.easy.md` or
/// `.easy.<lang>.md`, with an optional `#fragment`), rewritten as the link to its page's
/// file; `None` for any other link.
fn easy_link(link: &str) -> Option<(String, EasyLink)> {
    let rest = link.strip_prefix("@/")?;
    let (path, fragment) = match rest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (rest, None),
    };
    let path = path.strip_suffix(".md")?;
    let (path, explicit_language) = match path.strip_suffix(".easy") {
        Some(page) => (
            page.to_string(),
            page.rsplit_once('.').is_some_and(|(_, l)| is_code(l)),
        ),
        None => {
            let (stem, code) = path.rsplit_once('.')?;
            let page = stem.strip_suffix(".easy")?;
            if !is_code(code) {
                return None;
            }
            (format!("{page}.{code}"), true)
        }
    };
    let mut page = format!("@/{path}.md");
    if let Some(fragment) = fragment {
        page.push('#');
        page.push_str(fragment);
    }
    Some((page, EasyLink { explicit_language }))
}

/// Written like a language code (`lv`, `en`, `ltg`).
fn is_code(code: &str) -> bool {
    crate::values::ids::looks_like_language_code(code)
}

impl Site {
    /// The page an `@/…` link leads to, in its language or, failing that, another
    /// language's (for templates and feeds; the build has reported the latter already).
    pub(crate) fn resolve(&self, link: &str, lang: &str) -> Option<LinkTarget> {
        match self.resolve_link(link, lang) {
            Resolved::Page(t) | Resolved::OtherLanguage(t) => Some(t),
            Resolved::Draft(_) | Resolved::Missing => None,
        }
    }

    /// The URL an `@/` link leads to in a language, if its file exists.
    pub(crate) fn resolve_url(&self, link: &str, lang: &str) -> Option<String> {
        self.resolve(link, lang).map(|t| self.link_url(&t))
    }

    /// The absolute URL an `@/` link leads to (for feeds, read away from the site).
    pub(crate) fn resolve_permalink(&self, link: &str, lang: &str) -> Option<String> {
        let target = self.resolve(link, lang)?;
        let url = self.permalink(&self.get(&target.page)?.path);
        Some(match &target.fragment {
            Some(f) => format!("{url}#{f}"),
            None => url,
        })
    }

    /// The URL of a resolved link.
    pub(crate) fn link_url(&self, target: &LinkTarget) -> String {
        let url = self
            .get(&target.page)
            .map_or_else(String::new, |p| self.url(&p.path));
        match &target.fragment {
            Some(f) => format!("{url}#{f}"),
            None => url,
        }
    }

    /// The problem with a link that does not lead to a page in its language, if any:
    /// `link-target-missing`, `link-to-draft` (errors) or `link-other-language` (a
    /// warning), without file or span.
    pub(crate) fn link_problem(
        &self,
        link: &str,
        lang: &str,
        resolved: &Resolved,
    ) -> Option<Diagnostic> {
        match resolved {
            Resolved::Page(_) => None,
            Resolved::Missing => Some(Diagnostic::error("link-target-missing").with("link", link)),
            Resolved::Draft(file) => Some(
                Diagnostic::error("link-to-draft")
                    .with("link", link)
                    .with("draft", display_path(file)),
            ),
            Resolved::OtherLanguage(t) => {
                let page = self.get(&t.page)?;
                Some(
                    Diagnostic::warning("link-other-language")
                        .with("link", link)
                        .with("lang", lang)
                        .with("target", display_path(page.source.file()))
                        .with("target_lang", &page.lang)
                        .with("explicit", format!("@/{}", display_path(page.source.rel()))),
                )
            }
        }
    }

    /// Checks the `@/` links in front-matter summaries, which are rendered by templates
    /// (where problems cannot be collected), and that none has a scheme lapa does not
    /// link to (`javascript:`).
    pub(super) fn check_front_matter_links(&self) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        for page in &self.pages {
            let Some(summary) = &page.source.front().summary else {
                continue;
            };
            for event in Parser::new(summary) {
                let dest = match &event {
                    Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                        dest_url
                    }
                    _ => continue,
                };
                if let Some(scheme) = crate::values::links::disallowed_scheme(dest) {
                    problems.push(
                        crate::values::links::scheme_error(&scheme, dest)
                            .with("key", "summary")
                            .in_file(page.source.file())
                            .at(page.source.key_span("summary")),
                    );
                    continue;
                }
                if !dest.starts_with("@/") {
                    continue;
                }
                let resolved = self.resolve_link(dest, &page.lang);
                if let Some(d) = self.link_problem(dest, &page.lang, &resolved) {
                    problems.push(
                        d.in_file(page.source.file())
                            .at(page.source.key_span("summary")),
                    );
                }
            }
        }
        problems
    }
}
