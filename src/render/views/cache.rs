//! Views made once per pass over the outputs and shared by every output of it: each
//! page's summary (a news page is listed by its section, its tags and its municipality)
//! and each term page's link (`{name, url}`, shown by every page with that term). Tera
//! values are shared by reference count, so a list holds its summaries for the price of
//! a pointer each. `ViewCache::none` keeps nothing (one output rendered alone); either
//! way a view has the same value.

use super::Cx;
use crate::model::Page;
use crate::model::Site;
use std::sync::OnceLock;
use tera::Value;

/// What one pass over the outputs has made so far, by page position (`Site::position`).
pub(crate) struct ViewCache {
    /// Each page's summary view; empty when nothing is kept.
    summaries: Vec<OnceLock<Value>>,
    /// Each term page's link; empty when nothing is kept.
    links: Vec<OnceLock<Value>>,
}

impl ViewCache {
    /// A place for the views of every page of `site`.
    pub(crate) fn new(site: &Site) -> Self {
        let places = || site.pages().map(|_| OnceLock::new()).collect();
        Self {
            summaries: places(),
            links: places(),
        }
    }

    /// Keeps nothing: each view is made when asked for.
    pub(crate) fn none() -> Self {
        Self {
            summaries: Vec::new(),
            links: Vec::new(),
        }
    }

    /// A page's summary view, as lists show it.
    pub(super) fn summary(&self, cx: &Cx<'_>, page: &Page) -> Value {
        kept(&self.summaries, cx.site, page, || {
            super::page::summary_view(cx, page)
        })
    }

    /// The link to a term page, made by `make` the first time.
    pub(super) fn link(&self, site: &Site, term: &Page, make: impl FnOnce() -> Value) -> Value {
        kept(&self.links, site, term, make)
    }
}

fn kept(
    places: &[OnceLock<Value>],
    site: &Site,
    page: &Page,
    make: impl FnOnce() -> Value,
) -> Value {
    match site.position(&page.key).and_then(|i| places.get(i)) {
        Some(place) => place.get_or_init(make).clone(),
        None => make(),
    }
}
