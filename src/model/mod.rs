//! Sources → the site: every page and section in every language with its slug, URL,
//! parent, children and translations; aliases; bundle assets and images; menus. Problems that need
//! the whole site to see (two pages on one URL, a menu link to a missing file) are found
//! here. The model is plain data; rendering reads it and never changes it.

mod assets;
mod build;
mod bundles;
mod claims;
mod data_pages;
mod dependencies;
pub(crate) mod document_files;
mod easy_read;
mod embed_guides;
pub(crate) mod embeds;
pub(crate) mod events;
pub(crate) mod generated;
pub(crate) mod images;
mod keys;
mod links;
mod menus;
pub(crate) mod outputs;
mod page;
mod page_source;
mod pages;
pub(crate) mod pagination;
mod paths;
pub(crate) mod search;
pub(crate) mod statement;
mod svgs;
pub(crate) mod taxonomies;
mod text_swap;
mod time_facts;
mod translations;
mod tree;
mod typography;

use crate::config::SiteConfig;
use crate::data::LocalizedData;
use crate::diagnostics::Diagnostic;
pub(crate) use bundles::{BundleFile, files_list, output_of};
pub(crate) use keys::PageKey;
pub(crate) use links::Resolved;
pub(crate) use menus::Menus;
pub(crate) use page::SectionKind;
pub(crate) use page::{
    About, DataItem, Draft, EventFacts, HOME_ITEMS, Page, PageKind, PageVariant,
};
use paths::path_text;
pub(crate) use paths::percent_decode;
use std::collections::HashMap;
use std::path::Path;
use std::path::PathBuf;

/// A content file copied next to a page's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AssetCopy {
    /// Where it is read.
    pub source: PathBuf,
    /// Output file, relative to the output root.
    pub output: String,
}

/// The whole site.
#[derive(Debug)]
pub(crate) struct Site {
    /// Settings.
    pub config: SiteConfig,
    /// Every page in every language, ordered by language (site order) then path. Other
    /// stages reach pages by key (`get`) or by iterating (`pages`); positions stay here.
    pages: Vec<Page>,
    /// Bundle files.
    pub assets: Vec<AssetCopy>,
    /// The documents among them, with what their links say, by output path.
    pub documents: document_files::DocumentFiles,
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
    /// Every output file with its kind, what it shows and what it is made from.
    pub outputs: outputs::OutputTable,
    /// The published raster images and the files each becomes.
    pub images: images::Images,
    /// The folder processed images are cached in (absolute; set by the build, which
    /// knows the site's folder; `None`: images are not processed, e.g. in unit tests).
    pub image_cache: Option<PathBuf>,
    /// Texts of files that are not sources (an SVG) which messages quote.
    pub message_texts: Vec<(PathBuf, std::sync::Arc<str>)>,
    /// The embeds the site offers partner sites (none when the theme has no embed
    /// templates).
    pub embeds: embeds::Embeds,
    /// Warnings found while building the model.
    pub warnings: Vec<crate::diagnostics::Diagnostic>,
    by_id: PageIndex,
    by_key: HashMap<PageKey, usize>,
    lookups: Lookups,
    /// Drafts left out of this build, so that links to them are reported as such.
    drafts: Vec<Draft>,
    by_pair: HashMap<String, Vec<usize>>,
}

impl Site {
    /// Every page, in a stable order (language in site order, then source id).
    pub(crate) fn pages(&self) -> std::slice::Iter<'_, Page> {
        self.pages.iter()
    }

    /// The page of a key.
    pub(crate) fn get(&self, key: &PageKey) -> Option<&Page> {
        self.by_key.get(key).map(|&i| &self.pages[i])
    }

    /// A page's position in `pages`, for views that keep something per page.
    pub(crate) fn position(&self, key: &PageKey) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// The pages of a list of keys, in its order.
    pub(crate) fn pages_of<'a>(
        &'a self,
        keys: &'a [PageKey],
    ) -> impl Iterator<Item = &'a Page> + 'a {
        keys.iter().filter_map(|k| self.get(k))
    }

    /// The page of a source id in a language.
    pub(crate) fn page(&self, id: &str, lang: &str) -> Option<&Page> {
        self.index_of(id, lang).map(|i| &self.pages[i])
    }

    fn index_of(&self, id: &str, lang: &str) -> Option<usize> {
        self.by_id.get(&(id.to_string(), lang.to_string())).copied()
    }

    /// A page's translations (itself included), in site language order: pages are
    /// ordered by language first, so each group's indices already are.
    pub(crate) fn translations<'a>(&'a self, page: &Page) -> impl Iterator<Item = &'a Page> + 'a {
        self.by_pair
            .get(&page.pair_key)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.pages[i])
    }

    /// The translation of a page into a language, if there is one.
    pub(crate) fn translation<'a>(&'a self, page: &Page, lang: &str) -> Option<&'a Page> {
        self.translations(page).find(|p| p.lang == lang)
    }

    /// Whether a page's translation into a language exists as a draft left out of this
    /// build.
    pub(crate) fn has_draft_translation(&self, page: &Page, lang: &str) -> bool {
        self.drafts
            .iter()
            .any(|d| d.pair_key == page.pair_key && d.lang == lang)
    }

    /// A generated page: a list index (`term` = `None`) or a term's page.
    pub(crate) fn list_page(
        &self,
        kind: generated::GeneratedKind,
        lang: &str,
        term: Option<&str>,
    ) -> Option<&Page> {
        self.get(&PageKey::Generated {
            kind,
            term: term.map(Into::into),
            lang: lang.into(),
        })
    }

    /// News pages of a language, newest first.
    pub(crate) fn news<'a>(&'a self, lang: &str) -> impl ExactSizeIterator<Item = &'a Page> + 'a {
        self.lookups
            .news
            .get(lang)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.pages[i])
    }

    /// Event pages among `pages` split by the build's "now": upcoming soonest first, past
    /// latest first.
    pub(crate) fn split_events<'a>(
        &self,
        pages: impl Iterator<Item = &'a Page>,
    ) -> (Vec<&'a Page>, Vec<&'a Page>) {
        let (mut past, mut upcoming): (Vec<&Page>, Vec<&Page>) = pages
            .filter(|p| p.event().is_some())
            .partition(|p| p.event().is_some_and(|e| e.is_past(self.now)));
        let start = |p: &&Page| p.event().map(|e| e.start);
        upcoming.sort_by(|a, b| start(a).cmp(&start(b)).then_with(|| a.id.cmp(&b.id)));
        past.sort_by(|a, b| start(b).cmp(&start(a)).then_with(|| a.id.cmp(&b.id)));
        (upcoming, past)
    }

    /// A data file by name (`indicators`).
    pub(crate) fn data_file(&self, name: &str) -> Option<&crate::load::DataFile> {
        self.data_files.iter().find(|f| f.name == name)
    }

    /// The home page of a language.
    pub(crate) fn home(&self, lang: &str) -> Option<&Page> {
        self.page("_index", lang)
    }

    /// Where a reader who wants `page` in `lang`, which it lacks, is sent: the nearest
    /// section above with a translation in `lang`, else that language's home page.
    pub(crate) fn nearest_in(&self, page: &Page, lang: &str) -> Option<&Page> {
        self.ancestors(page)
            .into_iter()
            .rev()
            .find_map(|ancestor| self.translation(ancestor, lang))
            .or_else(|| self.home(lang))
    }

    /// The URL path of an output path, with the base path (`/di/lv/jaunumi/`); a file
    /// name's spaces and letters beyond ASCII escaped (`Foto%20no%20talkas.jpg`).
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{}", self.config.base_path, paths::url_path(path))
    }

    /// The absolute URL of an output path (`https://…/di/lv/jaunumi/`), escaped as `url`.
    pub(crate) fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.config.base_url, paths::url_path(path))
    }

    /// The chain of sections above a page, from the home page down to its parent.
    pub(crate) fn ancestors<'a>(&'a self, page: &'a Page) -> Vec<&'a Page> {
        let mut chain: Vec<&Page> = Vec::new();
        let mut current = page.parent.as_ref().and_then(|k| self.get(k));
        while let Some(p) = current {
            if chain.iter().any(|c| c.key == p.key) {
                break;
            }
            chain.push(p);
            current = p.parent.as_ref().and_then(|k| self.get(k));
        }
        chain.reverse();
        chain
    }
}

pub(crate) use build::build;

/// What the build was asked for, as far as the model cares.
pub(crate) struct ModelOptions {
    /// Include drafts.
    pub drafts: bool,
    /// The build's "now".
    pub now: jiff::civil::DateTime,
    /// The theme has the embed templates (`embeds::BASE_TEMPLATE`): the site gets its
    /// embeds and the guide pages.
    pub embeds: bool,
    /// The theme has the search page's template (`search::TEMPLATE`): each language gets
    /// its search page and index.
    pub search: bool,
}

/// Answers asked for every page, worked out once when the model is complete.
#[derive(Debug, Default)]
struct Lookups {
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

/// Pages by key; of two pages with one key (an error reported with its files), the first.
fn index_by_key(pages: &[Page]) -> HashMap<PageKey, usize> {
    let mut by_key = HashMap::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        by_key.entry(page.key.clone()).or_insert(i);
    }
    by_key
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
