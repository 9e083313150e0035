//! What templates see, as Tera values built from the model and the rendered markdown:
//! one file per job. Each view is a `Serialize` struct with fixed field names, turned
//! into one Tera map (`to_value`) with no JSON in between; Tera values inside a view
//! (each page's summary and term links, made once per pass, see `ViewCache`) are shared, not copied. `page` is the page being rendered and the summaries of
//! the pages it lists; `site` the site in one language; `navigation` the translations,
//! breadcrumbs and menus; `events`, `taxonomies`, `paginator`, `feeds` and
//! `structured_data` the parts of a page that only some pages have. Names here are the
//! contract documented in `docs/templates.md`.

mod cache;
mod events;
mod feeds;
mod navigation;
mod page;
mod paginator;
mod site;
mod structured_data;
mod taxonomies;

pub(crate) use cache::ViewCache;
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
use serde::Serialize;
use tera::Value;

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
    /// The views made so far in this pass over the outputs.
    pub cache: &'a ViewCache,
}

/// A view as a Tera value. A view that cannot be one (never with lapa's views; a
/// front-matter value Tera has no type for) is none, which templates test as false.
pub(crate) fn to_value(view: &impl Serialize) -> Value {
    Value::try_from_serializable(view).unwrap_or_else(|_| Value::none())
}
