//! Accessibility lints on what people write: link texts that are empty or say nothing out
//! of context ("šeit", "read more"), image text alternatives that are file names, and
//! heading levels that skip one (an `h2` followed by an `h4`), found in the rendered page
//! (the theme's `h1` included) and placed at the markdown heading when it is one.
//! A missing alt text is the build's (`image-missing-alt`).

use super::PageMarks;
use super::html::Heading;
use crate::diagnostics::Diagnostic;
use crate::model::{Page, PageKey, Site};
use crate::render::markdown::marks::{Mark, MarkKind};
use std::collections::HashMap;

/// Link texts that do not say where a link leads, in every site language (compared
/// without case and surrounding punctuation).
const VAGUE: &[&str] = &[
    // Latvian
    "šeit",
    "te",
    "spied šeit",
    "spiediet šeit",
    "klikšķini šeit",
    "klikšķiniet šeit",
    "spied te",
    "lasīt vairāk",
    "lasiet vairāk",
    "lasīt tālāk",
    "vairāk",
    "uzzināt vairāk",
    "uzziniet vairāk",
    "sīkāk",
    "saite",
    "šī saite",
    // English
    "here",
    "click here",
    "click",
    "read more",
    "more",
    "learn more",
    "more info",
    "details",
    "link",
    "this link",
    "this",
    "continue reading",
];

/// Image file extensions: an alt text ending in one is a file name.
const IMAGE_EXTENSIONS: &[&str] = &[
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".avif", ".tif", ".tiff", ".bmp", ".heic",
];

/// Link and alt texts of every page's markdown.
pub(super) fn texts(site: &Site, pages: &HashMap<PageKey, PageMarks>) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for page in site.pages() {
        let Some(marks) = pages.get(&page.key) else {
            continue;
        };
        for mark in &marks.marks {
            let problem = match mark.kind {
                MarkKind::Link => link_text(mark),
                MarkKind::Image => alt_text(mark),
                MarkKind::Heading(_) => None,
            };
            problems.extend(problem.map(|d| d.in_file(page.file()).at(mark.span.clone())));
        }
    }
    problems
}

fn link_text(mark: &Mark) -> Option<Diagnostic> {
    let text = mark.text.trim();
    if text.is_empty() {
        return Some(Diagnostic::error("link-text-empty").with("link", &mark.dest));
    }
    let plain = text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    VAGUE.contains(&plain.as_str()).then(|| {
        Diagnostic::warning("link-text-vague")
            .with("text", text)
            .with("link", &mark.dest)
    })
}

fn alt_text(mark: &Mark) -> Option<Diagnostic> {
    let alt = mark.text.trim();
    if alt.is_empty() {
        return None;
    }
    let lower = alt.to_lowercase();
    let file = mark.dest.rsplit('/').next().unwrap_or("").to_lowercase();
    let stem = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s);
    let is_file_name = IMAGE_EXTENSIONS.iter().any(|e| lower.ends_with(e))
        || (!file.is_empty() && (lower == file || lower == stem));
    is_file_name.then(|| {
        Diagnostic::warning("image-alt-file-name")
            .with("alt", alt)
            .with("image", &mark.dest)
    })
}

/// A heading that comes more than one level below the one before it.
#[derive(Debug, Clone)]
pub(super) struct Skip {
    /// Its level.
    pub level: u8,
    /// The level before it.
    pub previous: u8,
    /// Its id, if it has one.
    pub id: Option<String>,
    /// Its text.
    pub text: String,
}

/// The skipped levels of a page's headings, in order.
pub(super) fn skipped_headings(headings: &[Heading]) -> Vec<Skip> {
    let mut skips = Vec::new();
    let mut previous: Option<u8> = None;
    for heading in headings {
        if let Some(p) = previous
            && heading.level > p + 1
        {
            skips.push(Skip {
                level: heading.level,
                previous: p,
                id: heading.id.clone(),
                text: heading.text.clone(),
            });
        }
        previous = Some(heading.level);
    }
    skips
}

/// The skip as a problem of the page's markdown, when the heading is one of its own.
pub(super) fn heading_in_markdown(
    skip: &Skip,
    page: Option<(&Page, &PageMarks)>,
) -> Option<Diagnostic> {
    let (page, marks) = page?;
    let id = skip.id.as_deref()?;
    let index = marks.heading_ids.iter().position(|h| h == id)?;
    let mark = marks
        .marks
        .iter()
        .filter(|m| matches!(m.kind, MarkKind::Heading(_)))
        .nth(index)?;
    let expected = skip.previous + 1;
    Some(
        Diagnostic::warning("heading-level-skipped")
            .in_file(page.file())
            .at(mark.span.clone())
            .with("level", skip.level)
            .with("previous", skip.previous)
            .with("expected", expected)
            .with("marks", "#".repeat(usize::from(expected))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(kind: MarkKind, dest: &str, text: &str) -> Mark {
        Mark {
            kind,
            dest: dest.into(),
            text: text.into(),
            span: 0..1,
        }
    }

    #[test]
    fn vague_and_empty_link_texts_and_file_name_alts() {
        let id = |d: Option<Diagnostic>| d.map(|d| d.id);
        assert_eq!(
            id(link_text(&mark(MarkKind::Link, "/x/", " Šeit! "))),
            Some("link-text-vague")
        );
        assert_eq!(
            id(link_text(&mark(MarkKind::Link, "/x/", "Read more…"))),
            Some("link-text-vague")
        );
        assert_eq!(
            id(link_text(&mark(MarkKind::Link, "/x/", ""))),
            Some("link-text-empty")
        );
        assert_eq!(
            id(link_text(&mark(MarkKind::Link, "/x/", "Projekta pārskats"))),
            None
        );
        assert_eq!(
            id(alt_text(&mark(
                MarkKind::Image,
                "a/IMG_2041.JPG",
                "IMG_2041"
            ))),
            Some("image-alt-file-name")
        );
        assert_eq!(
            id(alt_text(&mark(MarkKind::Image, "x.png", "foto.jpg"))),
            Some("image-alt-file-name")
        );
        assert_eq!(
            id(alt_text(&mark(MarkKind::Image, "x.png", "Ludzas pils"))),
            None
        );
    }

    #[test]
    fn only_a_jump_of_two_levels_or_more_is_a_skip() {
        let h = |level| Heading {
            level,
            id: None,
            text: String::new(),
        };
        let skips = skipped_headings(&[h(1), h(2), h(3), h(2), h(4), h(1), h(3)]);
        let levels: Vec<_> = skips.iter().map(|s| (s.previous, s.level)).collect();
        assert_eq!(levels, vec![(2, 4), (1, 3)]);
    }
}
