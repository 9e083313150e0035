//! A page of the model: its kind, its stable key, what it says about itself (`About`),
//! what it is besides a text (`PageVariant`: event, data item, generated list), and where
//! it comes from (private to the model). Drafts left out and data items are described
//! here too.

use super::page_source::PageSource;
use super::{PageKey, events, generated};
use crate::values::dates::PageDate;
use std::path::{Path, PathBuf};

/// What a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageKind {
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
pub(crate) struct Page {
    /// What the page is, independent of sort order.
    pub key: PageKey,
    /// Home, section or page.
    pub kind: PageKind,
    /// The source file, read only inside the model: other stages read the typed fields
    /// (`about`, `variant`, `body()`, `file()`). A generated list page's stands for
    /// `site.yaml` and has no text.
    pub(in crate::model) source: PageSource,
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
    pub parent: Option<PageKey>,
    /// For sections and home: the pages listed, in display order.
    pub children: Vec<PageKey>,
    /// For sections and home: the sections below, in display order.
    pub subsections: Vec<PageKey>,
    /// What translations share.
    pub pair_key: String,
    /// Publication date.
    pub date: Option<PageDate>,
    /// Last substantive change.
    pub updated: Option<PageDate>,
    /// For sections: what they hold; for pages: their section's kind.
    pub section_kind: SectionKind,
    /// What the page says about itself besides its title and dates.
    pub about: About,
    /// What the page is besides a text: an event, a data item, a generated list.
    pub variant: PageVariant,
    /// Where the page's address is written when that is not its front matter's `slug`
    /// (a data item's `slug` or `id`), for messages.
    pub slug_span: Option<std::ops::Range<usize>>,
}

/// What a page says about itself, from its front matter: what lists, feeds, meta tags
/// and templates show besides its title and dates.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct About {
    /// Front matter `summary` (markdown).
    pub summary: Option<String>,
    /// The lead image: a bundle file, a site path or an address.
    pub image: Option<String>,
    /// Its text alternative.
    pub image_alt: Option<String>,
    /// Free-text tags, as written.
    pub tags: Vec<String>,
    /// Municipality ids.
    pub municipalities: Vec<String>,
    /// The theme's own fields (`page.extra`).
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl About {
    /// Reads the fields from front matter.
    pub(crate) fn read(front: &crate::load::front_matter::FrontMatter) -> Self {
        Self {
            summary: front.summary.clone(),
            image: front.image.clone(),
            image_alt: front.image_alt.clone(),
            tags: front.tags.clone(),
            municipalities: front.municipalities.clone(),
            extra: front
                .extra
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), serde_json::to_value(v).ok()?)))
                .collect(),
        }
    }
}

/// What a page is besides a text.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum PageVariant {
    /// A page of text (a dated page in a news section is a news item).
    #[default]
    Text,
    /// An event in an events section.
    Event(EventFacts),
    /// A page made from an item of a data file.
    DataItem(DataItem),
    /// A generated list: a tag or municipality index, or a term's page.
    List(generated::ListInfo),
    /// The accessibility statement, made from `accessibility.yaml` (`model::statement`).
    Statement,
    /// The easy-to-read version of a page.
    Easy(EasyFacts),
}

/// What an easy-to-read page says about itself besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct EasyFacts {
    /// Who checked the text (people with intellectual disability, as easy-to-read
    /// practice requires), from front matter `checked_by`; empty when nobody did.
    pub checked_by: Vec<String>,
    /// When they checked it (`checked_on`).
    pub checked_on: Option<PageDate>,
}

/// An event page's facts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EventFacts {
    /// When.
    pub when: events::Event,
    /// Where.
    pub location: Option<Location>,
    /// An online address.
    pub online: Option<String>,
    /// A registration address.
    pub registration: Option<String>,
}

pub(crate) use crate::load::front_matter::{Location, SectionKind};

/// How many items the home page shows of news and of events.
pub(crate) const HOME_ITEMS: usize = 5;

impl Page {
    /// When the page's event happens, for event pages.
    pub(crate) fn event(&self) -> Option<events::Event> {
        match &self.variant {
            PageVariant::Event(facts) => Some(facts.when),
            _ => None,
        }
    }

    /// The facts of an event page.
    pub(crate) fn event_facts(&self) -> Option<&EventFacts> {
        match &self.variant {
            PageVariant::Event(facts) => Some(facts),
            _ => None,
        }
    }

    /// The item of a data page.
    pub(crate) fn data_item(&self) -> Option<&DataItem> {
        match &self.variant {
            PageVariant::DataItem(item) => Some(item),
            _ => None,
        }
    }

    /// What a generated list page lists.
    pub(crate) fn list(&self) -> Option<&generated::ListInfo> {
        match &self.variant {
            PageVariant::List(list) => Some(list),
            _ => None,
        }
    }

    /// An easy-to-read page's facts: an easy version's, or the easy-read index's when
    /// the home page's easy version is its introduction.
    pub(crate) fn easy_facts(&self) -> Option<&EasyFacts> {
        match &self.variant {
            PageVariant::Easy(facts) => Some(facts),
            PageVariant::List(list) => list.easy.as_ref(),
            _ => None,
        }
    }

    /// The markdown body (empty for pages without a markdown file).
    pub(crate) fn body(&self) -> &str {
        self.source.body()
    }

    /// Where the body starts in the file (a byte offset into the file's text): a problem at
    /// byte `n` of `body()` is at `body_offset() + n` of the file, the span a
    /// `Diagnostic` takes, and the reporter turns that into line and column.
    pub(crate) fn body_offset(&self) -> usize {
        self.source.body_offset()
    }

    /// Whether two builds' pages are the same in everything another stage can read of
    /// them: their fields, their source file's text and the facts the model gave a page
    /// it made. (`serve` re-renders what shows a page that is not.)
    pub(crate) fn same_as(&self, other: &Page) -> bool {
        let same_source = match (&self.source, &other.source) {
            (PageSource::File(a), PageSource::File(b)) => {
                a.file == b.file && a.rel == b.rel && a.lang == b.lang && a.text == b.text
            }
            (
                PageSource::Made { file, rel, front },
                PageSource::Made {
                    file: other_file,
                    rel: other_rel,
                    front: other_front,
                },
            ) => {
                file == other_file
                    && rel == other_rel
                    && format!("{front:?}") == format!("{other_front:?}")
            }
            _ => false,
        };
        same_source
            && self.key == other.key
            && self.kind == other.kind
            && self.id == other.id
            && self.lang == other.lang
            && self.title == other.title
            && self.slug == other.slug
            && self.path == other.path
            && self.parent == other.parent
            && self.children == other.children
            && self.subsections == other.subsections
            && self.pair_key == other.pair_key
            && self.date == other.date
            && self.updated == other.updated
            && self.section_kind == other.section_kind
            && self.about == other.about
            && self.variant == other.variant
            && self.slug_span == other.slug_span
            && self.template() == other.template()
    }

    /// The file the page comes from, for messages (`site.yaml` for generated lists).
    pub(crate) fn file(&self) -> &Path {
        self.source.file()
    }

    /// Where its front matter writes the title, for problems about the whole page.
    pub(crate) fn title_span(&self) -> std::ops::Range<usize> {
        self.source.key_span("title")
    }

    /// Where its front matter names its template (empty when it does not).
    pub(crate) fn template_span(&self) -> std::ops::Range<usize> {
        if self.source.front().template.is_some() {
            self.source.key_span("template")
        } else {
            0..0
        }
    }

    /// The theme template the page is rendered with: its front matter's `template`, else
    /// the default of its kind.
    pub(crate) fn template(&self) -> &str {
        let easy_index = self
            .list()
            .is_some_and(|l| l.kind == generated::GeneratedKind::EasyRead);
        match (&self.source.front().template, self.kind) {
            // The easy-read index's introduction is the home page's easy version, whose
            // front matter does not choose the index's template.
            _ if easy_index => super::easy_read::INDEX_TEMPLATE,
            (Some(t), _) => t,
            (None, _) if matches!(self.variant, PageVariant::Easy(_)) => super::easy_read::TEMPLATE,
            (None, PageKind::Home) => "index.html",
            (None, PageKind::Section) => "section.html",
            (None, PageKind::Page | PageKind::List) => "page.html",
        }
    }
}

/// A draft left out of the build (without `--drafts`).
#[derive(Debug, Clone)]
pub(crate) struct Draft {
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
pub(crate) struct DataItem {
    /// The data file's name (`indicators`).
    pub file: String,
    /// The list in it (`indicators`).
    pub list: String,
    /// The item's position in the list.
    pub index: usize,
}
