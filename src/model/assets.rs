//! Which of `content/`'s other files (not pages, not data) are published, and where:
//! a file in a page bundle (the folder of an `index.<lang>.md`, sub-folders included)
//! goes next to every language version of that page; any other file only when a page
//! uses it (a relative link or image in its markdown or HTML, or its `image:`), at the
//! address that page's link leads to. Every other file is a warning and stays out.
//! Clutter and sources were already set aside by `load::content_file`.

use super::paths::percent_decode;
use super::{AssetCopy, Page, PageKind};
use crate::diagnostics::{Diagnostic, normalize};
use crate::load::{Document, FileToCopy};
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The content folders that are page bundles (drafts and easy-read versions included:
/// their files wait with them).
pub(super) fn bundle_folders(documents: &[Document]) -> BTreeSet<String> {
    documents
        .iter()
        .filter(|d| d.name.bundle)
        .filter_map(|d| d.rel.parent().map(folder_text))
        .collect()
}

/// Decides where each file goes; returns (the file for messages, the copy).
pub(super) fn place(
    pages: &[Page],
    bundles: &BTreeSet<String>,
    files: Vec<FileToCopy>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(PathBuf, AssetCopy)> {
    let mut out = Vec::new();
    let mut used: Option<BTreeMap<String, BTreeSet<String>>> = None;
    for file in files {
        let shown = Path::new("content").join(&file.rel);
        let rel = folder_text(&file.rel);
        if let Some(bundle) = bundle_of(&rel, bundles) {
            let inside = rel[bundle.len()..].trim_start_matches('/');
            // The bundle's page in every language it has; none when it is a draft.
            for page in pages
                .iter()
                .filter(|p| p.kind == PageKind::Page && p.source.is_bundle())
                .filter(|p| p.data_item().is_none() && p.id == bundle)
            {
                out.push((
                    shown.clone(),
                    AssetCopy {
                        source: file.source.clone(),
                        output: format!("{}{inside}", page.path),
                    },
                ));
            }
            continue;
        }
        let used = used.get_or_insert_with(|| references(pages));
        match used.get(normalize(&rel).as_ref()) {
            Some(outputs) => out.extend(outputs.iter().map(|output| {
                (
                    shown.clone(),
                    AssetCopy {
                        source: file.source.clone(),
                        output: output.clone(),
                    },
                )
            })),
            None => problems.push(
                Diagnostic::warning("asset-without-page")
                    .in_file(&shown)
                    .at(0..0),
            ),
        }
    }
    out
}

/// The nearest folder above a file (`a/b/c.jpg`) that is a bundle.
fn bundle_of<'a>(rel: &str, bundles: &'a BTreeSet<String>) -> Option<&'a str> {
    let mut folder = rel;
    while let Some((parent, _)) = folder.rsplit_once('/') {
        if let Some(b) = bundles.get(parent) {
            return Some(b);
        }
        folder = parent;
    }
    None
}

/// What the pages link to: content path → the output paths their links lead to.
fn references(pages: &[Page]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for page in pages
        .iter()
        .filter(|p| p.kind != PageKind::List && p.data_item().is_none())
    {
        let folder: Vec<&str> = page
            .id
            .trim_end_matches("_index")
            .split('/')
            .filter(|s| !s.is_empty())
            .collect();
        let url: Vec<&str> = page.path.split('/').filter(|s| !s.is_empty()).collect();
        let mut add = |dest: &str| {
            if let Some((content, output)) = resolve(&folder, &url, dest) {
                out.entry(content).or_default().insert(output);
            }
        };
        if let Some(image) = &page.source.front().image {
            add(image);
        }
        for dest in destinations(page.source.body()) {
            add(&dest);
        }
    }
    out
}

/// Every address a markdown body's links, images and HTML name, in order: what decides
/// which content files the body publishes.
pub(super) fn destinations(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                out.push(dest_url.to_string());
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                out.extend(html_addresses(&html).into_iter().map(str::to_string));
            }
            _ => {}
        }
    }
    out
}

/// A relative address of a page whose content folder is `folder` and whose URL
/// segments are `url` → (the content file it names, the output path it leads to).
fn resolve(folder: &[&str], url: &[&str], dest: &str) -> Option<(String, String)> {
    let dest = dest.trim();
    let relative = !dest.is_empty()
        && !dest.starts_with(['/', '#', '?', '@'])
        && dest.find(':').is_none_or(|c| dest[..c].contains('/'));
    if !relative {
        return None;
    }
    let path = percent_decode(dest.split(['?', '#']).next().unwrap_or(""));
    let (mut folder, mut url) = (folder.to_vec(), url.to_vec());
    let segments: Vec<&str> = path.split('/').collect();
    let mut content = Vec::new();
    let mut output = Vec::new();
    for segment in &segments {
        match *segment {
            "" | "." => {}
            ".." => {
                if !content.is_empty() {
                    content.pop();
                    output.pop();
                } else {
                    // Above the page's own folder: leaving content/ or the language.
                    folder.pop()?;
                    if url.len() <= 1 {
                        return None;
                    }
                    url.pop();
                }
            }
            s => {
                content.push(s);
                output.push(s);
            }
        }
    }
    let content: Vec<&str> = folder.iter().copied().chain(content).collect();
    let output: Vec<&str> = url.iter().copied().chain(output).collect();
    Some((normalize(&content.join("/")).into_owned(), output.join("/")))
}

/// `src="…"` and `href="…"` values in raw HTML.
fn html_addresses(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    for attribute in ["src=", "href="] {
        let mut from = 0;
        while let Some(found) = lower[from..].find(attribute) {
            let start = from + found + attribute.len();
            from = start;
            let Some(quote) = html[start..]
                .chars()
                .next()
                .filter(|c| matches!(c, '"' | '\''))
            else {
                continue;
            };
            if let Some(len) = html[start + 1..].find(quote) {
                out.push(&html[start + 1..start + 1 + len]);
            }
        }
    }
    out
}

fn folder_text(path: &Path) -> String {
    crate::diagnostics::display_path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_resolve_like_a_browser() {
        let section = (["jaunumi"].as_slice(), ["lv", "news"].as_slice());
        assert_eq!(
            resolve(section.0, section.1, "plans.pdf"),
            Some(("jaunumi/plans.pdf".into(), "lv/news/plans.pdf".into()))
        );
        let page = (
            ["jaunumi", "ligums"].as_slice(),
            ["lv", "news", "agreement"].as_slice(),
        );
        assert_eq!(
            resolve(page.0, page.1, "../Plans%20A.pdf?x#y"),
            Some(("jaunumi/Plans A.pdf".into(), "lv/news/Plans A.pdf".into()))
        );
        assert_eq!(resolve(page.0, page.1, "../../../x.pdf"), None);
        assert_eq!(resolve(page.0, page.1, "https://x.lv/a.pdf"), None);
        assert_eq!(resolve(page.0, page.1, "/lv/a.pdf"), None);
        assert_eq!(resolve(page.0, page.1, "@/par.md"), None);
    }

    #[test]
    fn html_addresses_are_found() {
        assert_eq!(
            html_addresses("<img SRC=\"a.jpg\" alt=x><a href='b.pdf'>b</a>"),
            ["a.jpg", "b.pdf"]
        );
    }
}
