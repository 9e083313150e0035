//! Where `new` puts its files: the section (found by kind, or named), and one file per
//! site language in it.

use super::Kind;
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::load::Document;
use crate::load::file_name::DocumentKind;
use crate::load::front_matter::SectionKind;
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// A section of the site: its folder under `content/` (empty for the top level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Section {
    /// `jaunumi`, `izpratne/gramatas`, or empty.
    pub folder: PathBuf,
}

/// The section the new files go to.
pub(crate) fn section(
    config: &SiteConfig,
    documents: &[Document],
    kind: &Kind,
    chosen: Option<&str>,
) -> Result<Section, Diagnostic> {
    // The sections, each once (by its default-language `_index`, else any).
    let mut sections: Vec<(PathBuf, Option<SectionKind>)> = Vec::new();
    for doc in documents
        .iter()
        .filter(|d| d.name.kind == DocumentKind::Section)
    {
        let folder = doc.rel.parent().unwrap_or(Path::new("")).to_path_buf();
        match sections.iter_mut().find(|(f, _)| *f == folder) {
            Some(entry) if doc.lang == config.default_language => entry.1 = doc.front.kind,
            Some(_) => {}
            None => sections.push((folder, doc.front.kind)),
        }
    }
    sections.sort_by(|a, b| a.0.cmp(&b.0));
    let folder_text = |f: &Path| {
        if f.as_os_str().is_empty() {
            ".".to_string()
        } else {
            crate::diagnostics::display_path(f)
        }
    };
    let wanted = match kind {
        Kind::News => SectionKind::News,
        Kind::Event => SectionKind::Events,
        Kind::Page(name) => {
            let name = name.trim_matches('/');
            let folder = if name == "." { "" } else { name };
            let found = sections.iter().find(|(f, _)| {
                crate::diagnostics::display_path(f) == folder
                    || (folder.is_empty() && f.as_os_str().is_empty())
            });
            return match found {
                Some((f, Some(SectionKind::Data))) => {
                    Err(Diagnostic::error("new-section-data").with("section", folder_text(f)))
                }
                Some((f, _)) => Ok(Section { folder: f.clone() }),
                None => Err(Diagnostic::error("new-section-unknown")
                    .with("section", name)
                    .with(
                        "sections",
                        sections
                            .iter()
                            .filter(|(_, k)| !matches!(k, Some(SectionKind::Data)))
                            .map(|(f, _)| folder_text(f))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )),
            };
        }
    };
    let of_kind: Vec<&PathBuf> = sections
        .iter()
        .filter(|(_, k)| *k == Some(wanted))
        .map(|(f, _)| f)
        .collect();
    let kind_name = if wanted == SectionKind::News {
        "news"
    } else {
        "events"
    };
    let listed = || {
        of_kind
            .iter()
            .map(|f| folder_text(f))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (chosen, of_kind.as_slice()) {
        (Some(name), _) => {
            let name = name.trim_matches('/');
            of_kind
                .iter()
                .find(|f| crate::diagnostics::display_path(f) == name)
                .map(|f| Section {
                    folder: (*f).clone(),
                })
                .ok_or_else(|| {
                    Diagnostic::error("new-section-not-of-kind")
                        .with("section", name)
                        .with("kind", kind_name)
                        .with("sections", listed())
                })
        }
        (None, [only]) => Ok(Section {
            folder: (*only).clone(),
        }),
        (None, []) => Err(Diagnostic::error("new-no-section").with("kind", kind_name)),
        (None, _) => Err(Diagnostic::error("new-sections-several")
            .with("kind", kind_name)
            .with("sections", listed())),
    }
}

/// The files to make, relative to the site folder, with their language, the default
/// language first: a bundle `<date>-<slug>/index.<lang>.md` for news and events, a page
/// `<slug>.<lang>.md` otherwise.
pub(crate) fn files(
    config: &SiteConfig,
    section: &Section,
    kind: &Kind,
    slug: &str,
    date: Date,
) -> Vec<(PathBuf, String)> {
    let folder = Path::new("content").join(&section.folder);
    let mut languages: Vec<&str> = vec![config.default_language.as_str()];
    languages.extend(
        config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .filter(|code| *code != config.default_language),
    );
    languages
        .into_iter()
        .map(|lang| {
            let path = match kind {
                Kind::News | Kind::Event => folder
                    .join(format!("{date}-{slug}"))
                    .join(format!("index.{lang}.md")),
                Kind::Page(_) => folder.join(format!("{slug}.{lang}.md")),
            };
            (path, lang.to_string())
        })
        .collect()
}
