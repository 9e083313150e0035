//! Pagination: a section with `paginate: N` lists N pages per list page, and a generated
//! list (a tag's or municipality's page, their indexes) as many as `site.yaml`'s
//! `paginate` says for its kind; page 1 is the list's own URL, the others `…/lapa/2/`
//! (the folder name per language from `site.yaml`'s `slugs.page`).

use super::{Page, PageKey, PageKind, Site};
use crate::config::SiteConfig;

/// One list page of a paginated section or generated list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pager {
    /// The section or generated list.
    pub section: PageKey,
    /// 1-based.
    pub number: usize,
    /// How many list pages the section has.
    pub total: usize,
}

impl Pager {
    /// Which of the list's items (`listed`) this list page shows.
    pub(crate) fn range(&self, section: &Page, config: &SiteConfig) -> std::ops::Range<usize> {
        let per_page = per_page(section, config).unwrap_or(usize::MAX);
        let len = listed(section).len();
        let start = (self.number - 1).saturating_mul(per_page).min(len);
        start..start.saturating_add(per_page).min(len)
    }
}

/// What a list page lists, in display order: an index's term pages, otherwise the
/// page's children.
pub(crate) fn listed(page: &Page) -> &[PageKey] {
    match page.list() {
        Some(list) if list.term.is_none() => &list.terms,
        _ => &page.children,
    }
}

/// How many items one list page of a page shows; `None` when it is not paginated.
pub(crate) fn per_page(page: &Page, config: &SiteConfig) -> Option<usize> {
    match (page.list(), page.kind) {
        (Some(list), _) => Some(list.per_page(config)),
        (None, PageKind::Page) => None,
        (None, _) => page.source.front().paginate.filter(|&n| n > 0),
    }
}

/// The URL path of list page `number` of a page.
pub(crate) fn pager_path(page: &Page, config: &SiteConfig, number: usize) -> String {
    if number <= 1 {
        page.path.clone()
    } else {
        format!(
            "{}{}/{number}/",
            page.path,
            config.slug_for("page", &page.lang)
        )
    }
}

/// How many list pages a page has: one unless it is paginated.
pub(crate) fn pager_count(page: &Page, config: &SiteConfig) -> usize {
    match per_page(page, config) {
        Some(n) => listed(page).len().div_ceil(n).max(1),
        None => 1,
    }
}

impl Site {
    /// The URL path of list page `number` of a section.
    pub(crate) fn pager_path(&self, section: &Page, number: usize) -> String {
        pager_path(section, &self.config, number)
    }

    /// List page `number` of a page.
    pub(crate) fn pager(&self, section: &Page, number: usize) -> Pager {
        Pager {
            section: section.key.clone(),
            number,
            total: pager_count(section, &self.config),
        }
    }

    /// The items list page `pager` shows, in display order.
    pub(crate) fn shown<'a>(&'a self, section: &'a Page, pager: &Pager) -> &'a [PageKey] {
        listed(section)
            .get(pager.range(section, &self.config))
            .unwrap_or_default()
    }
}
