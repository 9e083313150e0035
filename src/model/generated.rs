//! The kinds of generated page (pages with no markdown file of their own, made from
//! `site.yaml`, data files and the other pages): what each shows (`ListInfo`) and how one
//! is made (`list_page`). Tags and municipalities are made in `taxonomies`, the embed
//! guides in `embed_guides`, the easy-read index in `easy_read`, the search page in
//! `search`.

use super::paths::path_text;
use super::{Page, PageKind};
use crate::config::SiteConfig;
use crate::load::front_matter::{FrontMatter, SectionKind};
use std::path::PathBuf;

/// Which kind of generated page a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum GeneratedKind {
    /// Front matter `tags`.
    Tags,
    /// Front matter `municipalities`.
    Municipalities,
    /// The "embed on your site" guide: its index lists the site-wide embeds and links a
    /// page per municipality with that municipality's (made in `embed_guides`).
    Embeds,
    /// The easy-to-read index of a language: it lists the language's easy-to-read
    /// pages, with the home page's easy version as its introduction (made in
    /// `easy_read`).
    EasyRead,
    /// The search page of a language: its form, results and the language's search
    /// index below it (made in `search`).
    Search,
}

impl GeneratedKind {
    /// The key of its folder name in `site.yaml`'s `slugs`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            GeneratedKind::Tags => "tags",
            GeneratedKind::Municipalities => "municipalities",
            GeneratedKind::Embeds => "embed",
            GeneratedKind::EasyRead => "easy_read",
            GeneratedKind::Search => "search",
        }
    }
}

/// What a generated list page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ListInfo {
    /// Which kind of generated page.
    pub kind: GeneratedKind,
    /// The term's slug or id; `None` for the index.
    pub term: Option<String>,
    /// For the index: its term pages, in display order (tags by name in the language's
    /// alphabetical order once `order_terms` has run; municipalities as in their file).
    pub terms: Vec<super::PageKey>,
    /// For the easy-read index whose introduction is the home page's easy version: that
    /// version's facts (who checked it).
    pub easy: Option<super::page::EasyFacts>,
}

impl ListInfo {
    /// How many items one list page of it shows (`paginate` in `site.yaml`).
    pub(crate) fn per_page(&self, config: &SiteConfig) -> usize {
        let paging = &config.paginate;
        match (self.kind, self.term.is_some()) {
            (GeneratedKind::Tags, true) => paging.tags,
            (GeneratedKind::Tags, false) => paging.tags_index,
            (GeneratedKind::Municipalities, true) => paging.municipalities,
            (GeneratedKind::Municipalities, false) => paging.municipalities_index,
            // A guide page lists embeds, never many: one page.
            (GeneratedKind::Embeds, _) => usize::MAX,
            // The easy-read index lists every easy page on one page: a reader of easy
            // texts should not have to page through a list.
            (GeneratedKind::EasyRead, _) => usize::MAX,
            // The search page lists nothing of its own.
            (GeneratedKind::Search, _) => usize::MAX,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn list_page(
    lang: &str,
    id: &str,
    path: String,
    title: String,
    parent: Option<super::PageKey>,
    kind: GeneratedKind,
    term: Option<String>,
    template: &str,
) -> Page {
    let front = FrontMatter {
        title: Some(title.clone()),
        template: Some(template.to_string()),
        ..FrontMatter::default()
    };
    let source = super::page_source::PageSource::Made {
        file: PathBuf::from(crate::config::SITE_FILE),
        rel: PathBuf::from(path_text(PathBuf::from(id).as_path())),
        front,
    };
    // Municipality pages pair across languages by id; tag pages do not (tags are free
    // text per language), so each language's tag page stands alone.
    let pair_key = match (&kind, &term) {
        (GeneratedKind::Tags, Some(slug)) => format!("{id}#{lang}/{slug}"),
        _ => id.to_string(),
    };
    Page {
        key: super::PageKey::Generated {
            kind,
            term: term.as_deref().map(Into::into),
            lang: lang.into(),
        },
        kind: PageKind::List,
        source,
        id: id.to_string(),
        lang: lang.to_string(),
        title,
        slug: term.clone().unwrap_or_default(),
        path,
        parent,
        children: Vec::new(),
        subsections: Vec::new(),
        pair_key,
        date: None,
        updated: None,
        section_kind: SectionKind::Pages,
        about: super::About::default(),
        variant: super::PageVariant::List(ListInfo {
            kind,
            term,
            terms: Vec::new(),
            easy: None,
        }),
        slug_span: None,
    }
}
