//! The accessibility statement's pages: when `content/data/accessibility.yaml` has been
//! read (`Datasets::accessibility`), one page per language at
//! `/<lang>/<slugs.accessibility>/`, keyed by the data file (`PageKey::DataFile`),
//! listed under the home page (breadcrumbs), paired across languages (`hreflang`, the
//! switcher) and in the sitemap like any page. What it shows is the file's `data` view,
//! which render reads; the model also says when the statement's last review is more
//! than a year old (`accessibility-review-stale`, in `build` and `check` alike).

use super::{About, Page, PageKey, PageKind, PageVariant};
use crate::config::SiteConfig;
use crate::data::Datasets;
use crate::data::accessibility::FILE;
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::load::front_matter::{FrontMatter, SectionKind};
use std::path::PathBuf;

/// The statement's template.
pub(crate) const TEMPLATE: &str = "accessibility.html";

/// The key of the statement's page in a language.
pub(crate) fn key(lang: &str) -> PageKey {
    PageKey::DataFile {
        file: FILE.into(),
        lang: lang.into(),
    }
}

/// Appends the statement's page in every language that has a home page, when the file
/// was read; `title` gives its title in a language (an interface text).
pub(super) fn add(
    pages: &mut Vec<Page>,
    config: &SiteConfig,
    datasets: &Datasets,
    files: &[DataFile],
    title: &dyn Fn(&str) -> String,
) {
    let Some(file) = files.iter().find(|f| f.name == FILE) else {
        return;
    };
    if datasets.accessibility.is_none() {
        return;
    }
    for language in &config.languages {
        let lang = language.code.as_str();
        let Some(home) = pages
            .iter()
            .find(|p| p.kind == PageKind::Home && p.lang == lang)
            .map(|p| p.key.clone())
        else {
            continue;
        };
        let slug = config.slug_for(FILE, lang);
        let title = title(lang);
        let id = format!("@{FILE}");
        let front = FrontMatter {
            title: Some(title.clone()),
            template: Some(TEMPLATE.to_string()),
            ..FrontMatter::default()
        };
        pages.push(Page {
            key: key(lang),
            kind: PageKind::Page,
            source: super::page_source::PageSource::Made {
                file: file.path.clone(),
                rel: PathBuf::from(&id),
                front,
            },
            id: id.clone(),
            lang: lang.to_string(),
            title,
            path: format!("{lang}/{slug}/"),
            slug,
            parent: Some(home),
            children: Vec::new(),
            subsections: Vec::new(),
            pair_key: id,
            date: None,
            updated: None,
            section_kind: SectionKind::Pages,
            about: About::default(),
            variant: PageVariant::Statement,
            slug_span: None,
        });
    }
}

/// The stale-review warning, when the statement's last review is more than a year
/// before the build's "now".
pub(super) fn warn_stale(
    datasets: &Datasets,
    files: &[DataFile],
    now: jiff::civil::DateTime,
    problems: &mut Vec<Diagnostic>,
) {
    if let (Some(statement), Some(file)) = (
        &datasets.accessibility,
        files.iter().find(|f| f.name == FILE),
    ) {
        problems.extend(statement.review_is_stale(file, now));
    }
}

impl super::Site {
    /// The accessibility statement's page in a language, if the site has one.
    pub(crate) fn statement(&self, lang: &str) -> Option<&Page> {
        self.get(&key(lang))
    }
}
