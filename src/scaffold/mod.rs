//! `lapa new`: starts a news item, an event or a page as files in `content/`, one per
//! site language, with the front matter filled in and a comment line over each field
//! saying what it is for. It finds where they go from the site's own sections (the
//! section of kind `news` or `events`, or the section named), never overwrites a file,
//! and writes files that build and pass `check` as they are.

mod front_matter;
mod place;

use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::load::Document;
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// What to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A dated news bundle in the news section.
    News,
    /// An event bundle in the events section.
    Event,
    /// A page in the section at this path under `content/` (`izpratne`, `.` for the
    /// top level).
    Page(String),
}

/// What `new` was asked for.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    /// News, event or page.
    pub kind: Kind,
    /// The title, in the site's default language.
    pub title: String,
    /// `--section`: which news or events section, when the site has several.
    pub section: Option<String>,
    /// The date the item gets (news: its date; events: the day it starts).
    pub date: Date,
}

/// Whether a problem of `create` is a wrong use of the command (exit 2) rather than
/// a state of the site (exit 1).
pub(crate) fn is_usage(problem: &Diagnostic) -> bool {
    matches!(
        problem.id,
        "new-title-invalid"
            | "new-title-no-slug"
            | "new-section-unknown"
            | "new-section-data"
            | "new-section-not-of-kind"
            | "new-sections-several"
    )
}

/// The files made, relative to the site folder, default language first.
pub(crate) type Made = Vec<PathBuf>;

/// Creates the files of `request` in the site at `root`, whose `site.yaml` and
/// markdown documents are given. Nothing is written when a problem is found.
pub(crate) fn create(
    root: &Path,
    config: &SiteConfig,
    documents: &[Document],
    request: &Request,
) -> Result<Made, Diagnostic> {
    let title = request.title.trim();
    if title.is_empty() || title.chars().any(char::is_control) {
        return Err(Diagnostic::error("new-title-invalid").with("title", &request.title));
    }
    let slug = crate::values::slug::slugify(title);
    if slug.is_empty() {
        return Err(Diagnostic::error("new-title-no-slug").with("title", title));
    }
    let section = place::section(config, documents, &request.kind, request.section.as_deref())?;
    let files = place::files(config, &section, &request.kind, &slug, request.date);
    if let Some(existing) = files.iter().find(|(path, _)| root.join(path).exists()) {
        return Err(Diagnostic::error("new-exists")
            .with("path", crate::diagnostics::display_path(&existing.0)));
    }
    let mut made = Vec::new();
    for (path, lang) in &files {
        let text = front_matter::text(config, &request.kind, title, request.date, lang);
        let full = root.join(path);
        let written = full
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| {
                // `create_new`: a file that appeared since the check is not replaced.
                use std::io::Write;
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&full)
                    .and_then(|mut file| file.write_all(text.as_bytes()))
            });
        if let Err(e) = written {
            // The files this run made are taken back, so that no half item is left.
            for path in &made {
                let _ = std::fs::remove_file(root.join(path));
            }
            return Err(Diagnostic::error("new-unwritable")
                .with("path", crate::diagnostics::display_path(path))
                .with("details", e));
        }
        made.push(path.clone());
    }
    Ok(made)
}
