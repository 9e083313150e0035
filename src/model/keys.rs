//! Stable identities of pages: a `PageKey` names a page by what it is made from (a
//! source file, a data item, a generated list), never by its position in the site's
//! list of pages, so that it is the same in every build and lists, menus, links and
//! render results can refer to a page by it. Positions stay inside `model`. Its texts are
//! shared (`Arc<str>`), so that the many lists and dependency records holding keys clone
//! them without allocating.

use super::generated::GeneratedKind;
use std::fmt;
use std::sync::Arc;

/// Which version of a source a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub(crate) enum Variant {
    /// The page as written.
    #[default]
    Normal,
    /// Its easy-to-read version (`<name>.<lang>.easy.md`), published under the
    /// language's easy-read folder.
    Easy,
}

/// What a page is, independent of sort order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum PageKey {
    /// A markdown file: its source id (`jaunumi/ligums`, `jaunumi/_index`, `_index`),
    /// language and variant.
    Source {
        /// Source id.
        id: Arc<str>,
        /// Language code.
        lang: Arc<str>,
        /// Which version.
        variant: Variant,
    },
    /// A page made from an item of a data file's list.
    DataItem {
        /// The data file's name (`indicators`).
        file: Arc<str>,
        /// The list in it (`indicators`).
        list: Arc<str>,
        /// The item's `id`.
        item: Arc<str>,
        /// Language code.
        lang: Arc<str>,
    },
    /// A page made from a whole data file (the accessibility statement).
    DataFile {
        /// The data file's name (`accessibility`).
        file: Arc<str>,
        /// Language code.
        lang: Arc<str>,
    },
    /// A generated page: a list index (`term` = `None`) or a term's page.
    Generated {
        /// Tags or municipalities.
        kind: GeneratedKind,
        /// The term's slug or id.
        term: Option<Arc<str>>,
        /// Language code.
        lang: Arc<str>,
    },
}

impl PageKey {
    /// The key of a markdown file's page.
    pub(crate) fn source(id: &str, lang: &str) -> Self {
        PageKey::Source {
            id: id.into(),
            lang: lang.into(),
            variant: Variant::Normal,
        }
    }

    /// The key of a markdown file's easy-to-read version.
    pub(crate) fn easy(id: &str, lang: &str) -> Self {
        PageKey::Source {
            id: id.into(),
            lang: lang.into(),
            variant: Variant::Easy,
        }
    }

    /// Whether the page is easy-to-read: a page's easy version or a language's easy-read
    /// index (whose introduction is the home page's easy version).
    pub(crate) fn is_easy(&self) -> bool {
        matches!(
            self,
            PageKey::Source {
                variant: Variant::Easy,
                ..
            } | PageKey::Generated {
                kind: GeneratedKind::EasyRead,
                ..
            }
        )
    }
}

impl fmt::Display for PageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageKey::Source { id, lang, variant } => match variant {
                Variant::Normal => write!(f, "{id} ({lang})"),
                Variant::Easy => write!(f, "{id} ({lang}, easy)"),
            },
            PageKey::DataItem {
                file,
                list,
                item,
                lang,
            } => write!(f, "data/{file}:{list}/{item} ({lang})"),
            PageKey::DataFile { file, lang } => write!(f, "data/{file} ({lang})"),
            PageKey::Generated { kind, term, lang } => match term {
                Some(term) => write!(f, "@{}/{term} ({lang})", kind.key()),
                None => write!(f, "@{} ({lang})", kind.key()),
            },
        }
    }
}
