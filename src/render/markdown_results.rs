//! Every page's markdown rendered once per build, by page key: what the page's own HTML
//! and every list, feed and summary that shows the page read.

use super::data_views::DataViews;
use super::markdown::Rendered;
use crate::model::PageKey;
use std::collections::HashMap;
use std::sync::Arc;

/// The rendered markdown of every page, and the data views (whose descriptions are
/// markdown too).
pub struct MarkdownResults {
    pages: HashMap<PageKey, Rendered>,
    data: Arc<DataViews>,
}

impl MarkdownResults {
    /// Gathers rendered pages; of two with one key, the first is kept.
    pub fn new(pages: impl IntoIterator<Item = (PageKey, Rendered)>, data: Arc<DataViews>) -> Self {
        let mut map = HashMap::new();
        for (key, rendered) in pages {
            map.entry(key).or_insert(rendered);
        }
        Self { pages: map, data }
    }

    /// `data` as templates see it.
    pub fn data(&self) -> &DataViews {
        &self.data
    }

    /// A page's rendered markdown (empty for a page without any).
    pub fn get(&self, key: &PageKey) -> &Rendered {
        static EMPTY: std::sync::OnceLock<Rendered> = std::sync::OnceLock::new();
        self.pages
            .get(key)
            .unwrap_or_else(|| EMPTY.get_or_init(Rendered::default))
    }
}
