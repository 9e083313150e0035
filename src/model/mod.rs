//! Sources → the site: every page and section in every language with its slug, URL,
//! parent, children and translations; aliases; bundle assets; menus. Problems that need
//! the whole site to see (two pages on one URL, a menu link to a missing file) are found
//! here. The model is plain data; rendering reads it and never changes it.

mod assets;
mod build;
mod bundles;
mod data_pages;
pub mod events;
mod links;
mod menus;
mod outputs;
mod pages;
pub mod pagination;
mod paths;
pub mod taxonomies;
mod translations;
mod tree;
mod typography;

use crate::config::SiteConfig;
use crate::data::LocalizedData;
use crate::diagnostics::Diagnostic;
use crate::load::Document;
use crate::load::front_matter::SectionKind;
use crate::values::dates::PageDate;
pub use bundles::{BundleFile, files_list};
pub use links::{LinkTarget, Resolved};
pub use menus::{MenuItem, Menus};
use paths::path_text;
use std::collections::HashMap;
use std::path::Path;
use std::path::PathBuf;

/// What a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `content/_index.<lang>.md`.
    Home,
    /// `content/<dir>/_index.<lang>.md`.
    Section,
    /// Any other markdown file.
    Page,
    /// A generated list: a tag or municipality index, or a term's page.
    List,
}

/// One page of the site in one language.
#[derive(Debug, Clone)]
pub struct Page {
    /// Home, section or page.
    pub kind: PageKind,
    /// The source file.
    pub source: Document,
    /// Identity of the source across languages: `jaunumi/ligums`, `jaunumi/_index`, `_index`.
    pub id: String,
    /// Language code.
    pub lang: String,
    /// From front matter.
    pub title: String,
    /// The last URL segment (empty for home pages).
    pub slug: String,
    /// The URL path below the base path: `lv/jaunumi/ligums/`.
    pub path: String,
    /// The section (or home page) this page is listed in.
    pub parent: Option<usize>,
    /// For sections and home: the pages listed, in display order.
    pub children: Vec<usize>,
    /// For sections and home: the sections below, in display order.
    pub subsections: Vec<usize>,
    /// What translations share.
    pub pair_key: String,
    /// Publication date.
    pub date: Option<PageDate>,
    /// Last substantive change.
    pub updated: Option<PageDate>,
    /// For sections: what they hold; for pages: their section's kind.
    pub section_kind: SectionKind,
    /// For pages made from a data file: which item.
    pub data_item: Option<DataItem>,
    /// For event pages: when.
    pub event: Option<events::Event>,
    /// For generated list pages: what they list.
    pub list: Option<taxonomies::ListInfo>,
    /// Where the page's address is written when that is not its front matter's `slug`
    /// (a data item's `slug` or `id`), for messages.
    pub slug_span: Option<std::ops::Range<usize>>,
}

/// A draft left out of the build (without `--drafts`).
#[derive(Debug, Clone)]
pub struct Draft {
    /// Its source id.
    pub id: String,
    /// Its language.
    pub lang: String,
    /// What its translations share.
    pub pair_key: String,
    /// The file, for messages.
    pub file: PathBuf,
}

/// Where a data page's item is: `data.<file>.<list>[index]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataItem {
    /// The data file's name (`indicators`).
    pub file: String,
    /// The list in it (`indicators`).
    pub list: String,
    /// The item's position in the list.
    pub index: usize,
}

/// An old URL that redirects to a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// Output file, relative to the output root (`vecais/ceļš/index.html`).
    pub output: String,
    /// The page it redirects to.
    pub target: usize,
}

/// A content file copied next to a page's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetCopy {
    /// Where it is read.
    pub source: PathBuf,
    /// Output file, relative to the output root.
    pub output: String,
}

/// The whole site.
#[derive(Debug)]
pub struct Site {
    /// Settings.
    pub config: SiteConfig,
    /// Every page in every language, ordered by language (site order) then path.
    pub pages: Vec<Page>,
    /// Redirects.
    pub aliases: Vec<Alias>,
    /// Bundle files.
    pub assets: Vec<AssetCopy>,
    /// Data for templates.
    pub data: LocalizedData,
    /// The data files with a fixed shape.
    pub datasets: crate::data::Datasets,
    /// Every data file as read, to place messages about them.
    pub data_files: Vec<crate::load::DataFile>,
    /// Menus by name, then language.
    pub menus: Menus,
    /// The build's "now".
    pub now: jiff::civil::DateTime,
    /// Warnings found while building the model.
    pub warnings: Vec<crate::diagnostics::Diagnostic>,
    by_id: PageIndex,
    lookups: Lookups,
    /// Drafts left out of this build, so that links to them are reported as such.
    drafts: Vec<Draft>,
    by_pair: HashMap<String, Vec<usize>>,
}

impl Site {
    /// The page of a source id in a language.
    pub fn page(&self, id: &str, lang: &str) -> Option<usize> {
        self.by_id.get(&(id.to_string(), lang.to_string())).copied()
    }

    /// A page's translations (itself included), in site language order: pages are
    /// ordered by language first, so each group's indices already are.
    pub fn translations(&self, page: usize) -> &[usize] {
        self.by_pair
            .get(&self.pages[page].pair_key)
            .map_or(&[], Vec::as_slice)
    }

    /// The translation of a page into a language, if there is one.
    pub fn translation(&self, page: usize, lang: &str) -> Option<usize> {
        self.translations(page)
            .iter()
            .copied()
            .find(|i| self.pages[*i].lang == lang)
    }

    /// A generated list page: a taxonomy's index (`term` = `None`) or a term's page.
    pub fn list_page(
        &self,
        taxonomy: taxonomies::Taxonomy,
        lang: &str,
        term: Option<&str>,
    ) -> Option<usize> {
        self.lookups
            .lists
            .get(&(taxonomy, lang.to_string(), term.map(str::to_string)))
            .copied()
    }

    /// News pages of a language, newest first.
    pub fn news(&self, lang: &str) -> &[usize] {
        self.lookups.news.get(lang).map_or(&[], Vec::as_slice)
    }

    /// Event pages among `pages` split by the build's "now": upcoming soonest first, past
    /// latest first.
    pub fn split_events(&self, pages: impl Iterator<Item = usize>) -> (Vec<usize>, Vec<usize>) {
        let (mut past, mut upcoming): (Vec<usize>, Vec<usize>) = pages
            .filter(|&i| self.pages[i].event.is_some())
            .partition(|&i| self.pages[i].event.is_some_and(|e| e.is_past(self.now)));
        let start = |i: &usize| self.pages[*i].event.map(|e| e.start);
        upcoming.sort_by(|a, b| {
            start(a)
                .cmp(&start(b))
                .then_with(|| self.pages[*a].id.cmp(&self.pages[*b].id))
        });
        past.sort_by(|a, b| {
            start(b)
                .cmp(&start(a))
                .then_with(|| self.pages[*a].id.cmp(&self.pages[*b].id))
        });
        (upcoming, past)
    }

    /// A data file by name (`indicators`).
    pub fn data_file(&self, name: &str) -> Option<&crate::load::DataFile> {
        self.data_files.iter().find(|f| f.name == name)
    }

    /// The home page of a language.
    pub fn home(&self, lang: &str) -> Option<usize> {
        self.page("_index", lang)
    }

    /// A URL path with the base path (`/di/lv/jaunumi/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.config.base_path, path)
    }

    /// An absolute URL (`https://…/di/lv/jaunumi/`).
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.config.base_url, path)
    }

    /// The chain of sections above a page, from the home page down to its parent.
    pub fn ancestors(&self, page: usize) -> Vec<usize> {
        let mut chain = Vec::new();
        let mut current = self.pages[page].parent;
        while let Some(p) = current {
            if chain.contains(&p) {
                break;
            }
            chain.push(p);
            current = self.pages[p].parent;
        }
        chain.reverse();
        chain
    }
}

pub use build::build;

/// What the build was asked for, as far as the model cares.
pub struct ModelOptions {
    /// Include drafts.
    pub drafts: bool,
    /// The build's "now".
    pub now: jiff::civil::DateTime,
}

/// Answers asked for every page, worked out once when the model is complete.
#[derive(Debug, Default)]
struct Lookups {
    /// (taxonomy, language, term) → generated list page.
    lists: HashMap<(taxonomies::Taxonomy, String, Option<String>), usize>,
    /// Language → its news pages, newest first.
    news: HashMap<String, Vec<usize>>,
    /// Output paths of bundle files (`lv/jaunumi/atklasana/foto.jpg`).
    assets: std::collections::HashSet<String>,
}

impl Lookups {
    fn new(pages: &[Page], assets: &[AssetCopy]) -> Self {
        let mut lookups = Lookups {
            assets: assets.iter().map(|a| a.output.clone()).collect(),
            ..Lookups::default()
        };
        for (i, page) in pages.iter().enumerate() {
            if let Some(list) = &page.list {
                lookups
                    .lists
                    .insert((list.taxonomy, page.lang.clone(), list.term.clone()), i);
            }
            if taxonomies::is_news(page) {
                lookups.news.entry(page.lang.clone()).or_default().push(i);
            }
        }
        for news in lookups.news.values_mut() {
            news.sort_by(|&a, &b| taxonomies::newest_first(&pages[a], &pages[b]));
        }
        lookups
    }
}

/// Pages by (source id, language).
type PageIndex = HashMap<(String, String), usize>;

/// Two files claim one output path.
pub(crate) fn same_url(first: &Path, second: &Path, at: &Path) -> Diagnostic {
    Diagnostic::error("url-collision")
        .in_file(at)
        .with("first", path_text(first))
        .with("second", path_text(second))
}
