//! What templates see, as JSON-like values built from the model and the rendered
//! markdown: one file per job. `page` is the page being rendered and the summaries of
//! the pages it lists; `site` the site in one language; `navigation` the translations,
//! breadcrumbs and menus; `events`, `taxonomies`, `paginator`, `feeds` and
//! `structured_data` the parts of a page that only some pages have. Names here are the
//! contract documented in `docs/templates.md`.

mod events;
mod feeds;
mod navigation;
mod page;
mod paginator;
mod site;
mod structured_data;
mod taxonomies;

pub(crate) use feeds::feeds_view;
pub(crate) use navigation::{
    alternates_view, breadcrumbs_view, menu_view, menus_view, translations_view,
};
pub(crate) use page::{page_view, summaries};
pub(crate) use paginator::{PagerLinks, paginator_view};
pub(crate) use site::site_view;
pub(crate) use structured_data::{image_permalink, rfc3339};
pub(crate) use taxonomies::list_context;

use crate::i18n::I18n;
use crate::model::Site;
use crate::render::data_views::DataViews;
use crate::render::markdown_results::MarkdownResults;

/// What the page views are built from.
pub(crate) struct Cx<'a> {
    /// The model.
    pub site: &'a Site,
    /// Every page's rendered markdown, by page key.
    pub rendered: &'a MarkdownResults,
    /// Enriched data.
    pub data: &'a DataViews,
    /// Interface texts and formats.
    pub i18n: &'a I18n,
}
