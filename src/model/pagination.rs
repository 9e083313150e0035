//! Pagination: a section with `paginate: N` lists N pages per list page; page 1 is the
//! section's own URL, the others `…/lapa/2/` (the folder name per language from
//! `site.yaml`'s `slugs.page`).

use super::{Page, PageKind, Site};
use crate::config::SiteConfig;

/// One list page of a paginated section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    /// The section.
    pub section: usize,
    /// 1-based.
    pub number: usize,
    /// How many list pages the section has.
    pub total: usize,
}

impl Pager {
    /// Which of the section's children this list page shows.
    pub fn range(&self, site: &Site) -> std::ops::Range<usize> {
        let per_page = site.pages[self.section]
            .source
            .front
            .paginate
            .unwrap_or(usize::MAX)
            .max(1);
        let len = site.pages[self.section].children.len();
        let start = ((self.number - 1) * per_page).min(len);
        start..(start + per_page).min(len)
    }
}

/// The URL path of list page `number` of a page.
pub fn pager_path(page: &Page, config: &SiteConfig, number: usize) -> String {
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
pub fn pager_count(page: &Page) -> usize {
    match page.source.front.paginate {
        Some(n) if n > 0 && page.kind != PageKind::Page => page.children.len().div_ceil(n).max(1),
        _ => 1,
    }
}

impl Site {
    /// The URL path of list page `number` of a section.
    pub fn pager_path(&self, section: usize, number: usize) -> String {
        pager_path(&self.pages[section], &self.config, number)
    }

    /// The list pages of a section: one when it is not paginated.
    pub fn pagers(&self, section: usize) -> Vec<Pager> {
        let total = pager_count(&self.pages[section]);
        (1..=total)
            .map(|number| Pager {
                section,
                number,
                total,
            })
            .collect()
    }
}
