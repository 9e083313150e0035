//! Pagination: a section with `paginate: N` lists N pages per list page; page 1 is the
//! section's own URL, the others `…/lapa/2/` (the folder name per language from
//! `site.yaml`'s `slugs.page`).

use super::{Page, PageKey, PageKind, Site};
use crate::config::SiteConfig;

/// One list page of a paginated section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pager {
    /// The section.
    pub section: PageKey,
    /// 1-based.
    pub number: usize,
    /// How many list pages the section has.
    pub total: usize,
}

impl Pager {
    /// Which of the section's children this list page shows.
    pub fn range(&self, section: &Page) -> std::ops::Range<usize> {
        let per_page = section.source.front.paginate.unwrap_or(usize::MAX).max(1);
        let len = section.children.len();
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
    pub fn pager_path(&self, section: &Page, number: usize) -> String {
        pager_path(section, &self.config, number)
    }

    /// The list pages of a section: one when it is not paginated.
    pub fn pagers(&self, section: &Page) -> Vec<Pager> {
        let total = pager_count(section);
        (1..=total)
            .map(|number| Pager {
                section: section.key.clone(),
                number,
                total,
            })
            .collect()
    }
}
