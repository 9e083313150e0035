//! The output table: every file the build writes, with its kind, the page it shows (if
//! any) and the sources it is made from. The model claims each path once (`claims`) and
//! records what each output reads (`dependencies`); render looks paths up here and never
//! invents one, so a collision is found before anything renders, with both files named.

use super::PageKey;
use super::embeds::{Embed, EmbedFormat};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// What an output file is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum OutputKind {
    /// A page (`number` 1) or list page `number` of a paginated one; `shows` is the page.
    Page {
        /// 1-based.
        number: usize,
    },
    /// A redirect page for an old address; `shows` is the target.
    Alias,
    /// The Atom feed of all news of a language.
    NewsFeed {
        /// Language code.
        lang: String,
    },
    /// The Atom feed of a news section or a municipality; `shows` is that page.
    PageFeed,
    /// The iCalendar file of all events of a language.
    Calendar {
        /// Language code.
        lang: String,
    },
    /// The iCalendar file of one event; `shows` is the event page.
    EventCalendar,
    /// A contact's vCard in a language.
    VCard {
        /// The contact's id.
        contact: String,
        /// Language code.
        lang: String,
    },
    /// `data/indicators.csv`.
    IndicatorsCsv,
    /// `data/indicators.json`.
    IndicatorsJson,
    /// `sitemap.xml`.
    Sitemap,
    /// `robots.txt`.
    Robots,
    /// `404.html`.
    NotFound,
    /// The language chooser at the root (`index.html`).
    LanguageChooser,
    /// A bundle file copied next to its page.
    Asset {
        /// Where it is read.
        source: PathBuf,
    },
    /// A published raster image: its stripped original or one of its sizes (which one:
    /// `Site::images`), made from the file by the media cache.
    Image {
        /// Where the image is read.
        source: PathBuf,
    },
    /// A file of an embed; `shows` is the full page it mirrors.
    Embed {
        /// Which widget in which language.
        embed: Embed,
        /// Which of its files.
        format: EmbedFormat,
    },
    /// The search index of a language: a folder of files (Pagefind's bundle) whose
    /// names follow from their content, below its search page; `shows` is the search
    /// page, the sources are the pages it indexes.
    SearchIndex {
        /// Language code.
        lang: String,
    },
    /// A theme file copied as it is.
    Static {
        /// Where it is read.
        source: PathBuf,
    },
}

/// Something an output is made from: when it changes, the output may change.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Source {
    /// A page (its source file's front matter and markdown, or its data item).
    Page(PageKey),
    /// What a page shows of another as a way to it (breadcrumbs, the language switcher
    /// and hreflang links, menus, tag and municipality links, its section's feed link):
    /// that page's title, address, kind, section kind, language, parent, list and feed
    /// address, not its text, dates or the pages it lists.
    Heading(PageKey),
    /// A data file, or one record (by `id`) of it.
    Data {
        /// The file's name (`contacts`).
        file: Arc<str>,
        /// The record's id.
        record: Option<Arc<str>>,
    },
    /// The interface texts (Fluent messages) of a language.
    Messages {
        /// Language code.
        lang: Arc<str>,
    },
    /// A theme template by name (`page.html`).
    Template(Arc<str>),
    /// A theme shortcode by name.
    Shortcode(Arc<str>),
    /// `site.yaml`.
    SiteConfig,
    /// A file copied as it is (bundle asset or theme static file).
    File(PathBuf),
}

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Output {
    /// Relative to the output root, forward slashes (`lv/jaunumi/index.html`).
    pub path: String,
    /// What it is.
    pub kind: OutputKind,
    /// The page it shows, if any.
    pub shows: Option<PageKey>,
    /// What it is made from (see `dependencies` for what is recorded).
    pub sources: Vec<Source>,
}

impl Output {
    /// Whether the output is a folder of files (a search index) rather than one file.
    pub(crate) fn is_folder(&self) -> bool {
        matches!(self.kind, OutputKind::SearchIndex { .. })
    }
}

/// Every output of the site, sorted by path.
#[derive(Debug, Default)]
pub(crate) struct OutputTable {
    outputs: Vec<Output>,
    by_path: HashMap<String, usize>,
    by_kind: HashMap<(OutputKind, Option<PageKey>), usize>,
}

impl OutputTable {
    /// A table of outputs (sorted here by path).
    pub(super) fn new(mut outputs: Vec<Output>) -> Self {
        outputs.sort_by(|a, b| a.path.cmp(&b.path));
        let mut by_path = HashMap::with_capacity(outputs.len());
        let mut by_kind = HashMap::with_capacity(outputs.len());
        for (i, output) in outputs.iter().enumerate() {
            by_path.insert(output.path.clone(), i);
            if output.kind != OutputKind::Alias {
                by_kind
                    .entry((output.kind.clone(), output.shows.clone()))
                    .or_insert(i);
            }
        }
        Self {
            outputs,
            by_path,
            by_kind,
        }
    }

    /// Every output, sorted by path.
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Output> {
        self.outputs.iter()
    }

    /// The output at a path.
    pub(crate) fn at(&self, path: &str) -> Option<&Output> {
        self.by_path.get(path).map(|&i| &self.outputs[i])
    }

    /// The output that makes the file at a path: the output at that path, or the folder
    /// output (a search index) holding it.
    pub(crate) fn owner(&self, path: &str) -> Option<&Output> {
        self.at(path).or_else(|| {
            path.match_indices('/')
                .filter_map(|(i, _)| self.at(&path[..i]))
                .find(|o| o.is_folder())
        })
    }

    /// The path of an output of a kind that shows a page (or none).
    pub(crate) fn path_of(&self, kind: &OutputKind, shows: Option<&PageKey>) -> Option<&str> {
        self.by_kind
            .get(&(kind.clone(), shows.cloned()))
            .map(|&i| self.outputs[i].path.as_str())
    }

    /// The feed of a news section or municipality page.
    pub(crate) fn feed_of(&self, page: &PageKey) -> Option<&str> {
        self.path_of(&OutputKind::PageFeed, Some(page))
    }

    /// The feed of all news of a language.
    pub(crate) fn news_feed(&self, lang: &str) -> Option<&str> {
        let kind = OutputKind::NewsFeed {
            lang: lang.to_string(),
        };
        self.path_of(&kind, None)
    }

    /// The calendar of all events of a language.
    pub(crate) fn calendar(&self, lang: &str) -> Option<&str> {
        let kind = OutputKind::Calendar {
            lang: lang.to_string(),
        };
        self.path_of(&kind, None)
    }

    /// The calendar file of one event.
    pub(crate) fn event_calendar(&self, page: &PageKey) -> Option<&str> {
        self.path_of(&OutputKind::EventCalendar, Some(page))
    }

    /// A contact's vCard in a language.
    pub(crate) fn vcard(&self, contact: &str, lang: &str) -> Option<&str> {
        let kind = OutputKind::VCard {
            contact: contact.to_string(),
            lang: lang.to_string(),
        };
        self.path_of(&kind, None)
    }

    /// A file of an embed, if the site makes it.
    pub(crate) fn embed(&self, embed: &Embed, format: EmbedFormat) -> Option<&Output> {
        self.at(&embed.path(format))
            .filter(|o| matches!(&o.kind, OutputKind::Embed { embed: e, format: f } if e == embed && *f == format))
    }

    pub(super) fn outputs_mut(&mut self) -> std::slice::IterMut<'_, Output> {
        self.outputs.iter_mut()
    }
}
