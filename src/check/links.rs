//! Internal links and their `#anchors`, from where they are written: page markdown
//! (addresses without `@/`, and the `#fragment` of `@/` links, whose page the build has
//! already checked), menus in `site.yaml`, and the theme (links in the rendered HTML that
//! come from neither, reported once per template). Bundle files named by relative
//! addresses are the build's to check (`bundle-file-missing`); this adds files and pages
//! named from the site root (`/lv/par/`, `/img/logo.svg`).

use super::addresses::{self, Target};
use super::{Ids, PageMarks, ThemeProblemKind, ThemeProblems};
use crate::config::SITE_FILE;
use crate::diagnostics::{Diagnostic, SourceTexts};
use crate::model::outputs::OutputKind;
use crate::model::{BundleFile, Page, PageKey, Site};
use crate::render::markdown::marks::MarkKind;
use crate::values::yaml::locate;
use std::collections::HashMap;
use std::path::Path;

/// How many of a page's ids a hint lists.
const IDS_SHOWN: usize = 12;

/// The forms a markdown address of `page` takes in the rendered HTML: `@/` links
/// resolved, relative ones also as the page's first paragraph writes them on list pages.
pub(super) fn as_rendered(site: &Site, page: &Page, dest: &str) -> Vec<String> {
    if dest.starts_with("@/") {
        return site.resolve_url(dest, &page.lang).into_iter().collect();
    }
    let mut forms = vec![dest.to_string()];
    if !dest.is_empty() && !dest.starts_with(['/', '#', '?']) && !dest.contains(':') {
        forms.push(format!("{}{dest}", site.url(&page.path)));
    }
    forms
}

/// The problem with a theme link of the output at `from` whose own ids are `ids`, if any
/// (an anchor on another page is checked once every page is read).
pub(super) fn theme_problem(
    target: &Target,
    from: &str,
    ids: &[String],
) -> Option<ThemeProblemKind> {
    match target {
        Target::External => None,
        Target::OutsideBase | Target::Internal { output: None, .. } => {
            Some(ThemeProblemKind::Broken)
        }
        Target::Internal {
            output: Some(output),
            fragment: Some(fragment),
            ..
        } => {
            let here = output == from;
            let fine = is_top(fragment) || (here && ids.iter().any(|id| id == fragment));
            (!fine).then(|| ThemeProblemKind::Anchor {
                output: output.clone(),
                fragment: fragment.clone(),
            })
        }
        Target::Internal { .. } => None,
    }
}

/// Links and images in every page's markdown.
pub(super) fn markdown(
    site: &Site,
    pages: &HashMap<PageKey, PageMarks>,
    ids: &Ids,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for page in site.pages() {
        let Some(marks) = pages.get(&page.key) else {
            continue;
        };
        for mark in &marks.marks {
            let image = match mark.kind {
                MarkKind::Link => false,
                MarkKind::Image => true,
                MarkKind::Heading(_) => continue,
            };
            let place = |d: Diagnostic| d.in_file(page.file()).at(mark.span.clone());
            if let Some(d) = address_problem(site, page, &mark.dest, image, ids) {
                problems.push(place(d));
            }
        }
    }
    problems
}

/// The problem with one markdown address of a page, if any.
fn address_problem(
    site: &Site,
    page: &Page,
    dest: &str,
    image: bool,
    ids: &Ids,
) -> Option<Diagnostic> {
    if dest.starts_with("@/") {
        // The page itself is the build's to check; its anchor is not.
        let target = site.resolve(dest, &page.lang)?;
        let output = page_output(site, &target.page)?;
        return anchor_problem(site, ids, dest, output, target.fragment.as_deref()?);
    }
    match addresses::target(site, dest, &page.path) {
        Target::External => None,
        Target::OutsideBase if dest.starts_with('/') => Some(outside_base(site, dest)),
        Target::OutsideBase | Target::Internal { output: None, .. } => {
            // A relative file address is the build's (`bundle-file-missing`).
            (site.bundle_file(&page.path, dest, image) == BundleFile::NotChecked)
                .then(|| Diagnostic::error("link-broken").with("link", dest))
        }
        Target::Internal {
            output: Some(output),
            fragment: Some(fragment),
            ..
        } => anchor_problem(site, ids, dest, &output, &fragment),
        Target::Internal { .. } => None,
    }
}

/// Menu entries of `site.yaml`: addresses from the site root and the anchors of `@/`
/// entries, in every language.
pub(super) fn menus(site: &Site, texts: &SourceTexts, ids: &Ids) -> Vec<Diagnostic> {
    let offsets = texts
        .get(Path::new(SITE_FILE))
        .map(locate::key_offsets)
        .unwrap_or_default();
    let mut problems = Vec::new();
    for (name, entries) in &site.config.menus {
        for (i, entry) in entries.iter().enumerate() {
            let at =
                locate::nearest_offset(&offsets, &format!("menus.{name}[{i}].link")).unwrap_or(0);
            let place = |d: Diagnostic| d.in_file(SITE_FILE).at(at..at + 4);
            let link = entry.link.as_str();
            if link.starts_with("@/") {
                for language in &site.config.languages {
                    let problem = site.resolve(link, &language.code).and_then(|target| {
                        let output = page_output(site, &target.page)?;
                        anchor_problem(site, ids, link, output, target.fragment.as_deref()?)
                    });
                    problems.extend(problem.map(place));
                }
                continue;
            }
            let problem = match addresses::target(site, link, "") {
                Target::OutsideBase => Some(outside_base(site, link)),
                Target::Internal { output: None, .. } => {
                    Some(Diagnostic::error("link-broken").with("link", link))
                }
                Target::Internal {
                    output: Some(output),
                    fragment: Some(fragment),
                    ..
                } => anchor_problem(site, ids, link, &output, &fragment),
                _ => None,
            };
            problems.extend(problem.map(place));
        }
    }
    problems
}

/// The theme's problems, once each, naming the first page they were found on and how
/// many pages have them. A problem is placed in the template that writes it literally
/// (the page's own, else a base or partial template), else in the page's template.
pub(super) fn theme(
    site: &Site,
    found: ThemeProblems,
    ids: &Ids,
    texts: &SourceTexts,
) -> Vec<Diagnostic> {
    let folder = Path::new("themes").join(&site.config.theme);
    let theme_texts: Vec<(&Path, &str)> = texts
        .sorted()
        .into_iter()
        .filter(|(file, _)| file.starts_with(&folder))
        .collect();
    let mut problems = Vec::new();
    for (what, problem) in found {
        let (d, needle) = match &problem.kind {
            ThemeProblemKind::Broken => (
                Diagnostic::error("theme-link-broken").with("link", &what),
                what.clone(),
            ),
            ThemeProblemKind::Anchor { output, fragment } => {
                if !anchor_missing(ids, output, fragment) {
                    continue;
                }
                (
                    Diagnostic::error("theme-link-anchor-missing")
                        .with("link", &what)
                        .with("anchor", fragment),
                    format!("#{fragment}"),
                )
            }
            ThemeProblemKind::Heading {
                level,
                previous,
                text,
            } => (
                Diagnostic::warning("theme-heading-level-skipped")
                    .with("level", level)
                    .with("previous", previous)
                    .with("expected", previous + 1)
                    .with("text", text.trim()),
                format!("<h{level}"),
            ),
        };
        let own = texts
            .get(&problem.template)
            .map(|t| (problem.template.as_path(), t));
        let place = own
            .into_iter()
            .chain(theme_texts.iter().copied())
            .find_map(|(file, text)| text.find(&needle).map(|at| (file, at)));
        let d = match place {
            Some((file, at)) => d.in_file(file).at(at..at + needle.len()),
            None => d.in_file(&problem.template),
        };
        problems.push(
            d.with("page", url_of(site, &problem.page))
                .with("pages", problem.pages),
        );
    }
    problems
}

/// The output of a page's first (or only) HTML file.
fn page_output<'s>(site: &'s Site, page: &PageKey) -> Option<&'s str> {
    site.outputs
        .path_of(&OutputKind::Page { number: 1 }, Some(page))
}

/// `link-anchor-missing` when the HTML output `output` has no id `fragment`.
fn anchor_problem(
    site: &Site,
    ids: &Ids,
    link: &str,
    output: &str,
    fragment: &str,
) -> Option<Diagnostic> {
    anchor_missing(ids, output, fragment).then(|| {
        let known = ids.get(output).map_or(&[][..], Vec::as_slice);
        let mut shown: Vec<&str> = known
            .iter()
            .map(String::as_str)
            .filter(|id| !id.starts_with("fn-") && !id.starts_with("fnref"))
            .take(IDS_SHOWN)
            .collect();
        if known.len() > IDS_SHOWN {
            shown.push("…");
        }
        Diagnostic::error("link-anchor-missing")
            .with("link", link)
            .with("anchor", fragment)
            .with("target", url_of(site, output))
            .with("ids", shown.join(", "))
    })
}

/// Whether an HTML output that was rendered lacks an id (an output that is not HTML, or
/// failed to render, is not judged).
fn anchor_missing(ids: &Ids, output: &str, fragment: &str) -> bool {
    !is_top(fragment)
        && ids
            .get(output)
            .is_some_and(|known| !known.iter().any(|id| id == fragment))
}

/// `#` and `#top` lead to the top of any page.
fn is_top(fragment: &str) -> bool {
    fragment.is_empty() || fragment.eq_ignore_ascii_case("top")
}

fn outside_base(site: &Site, link: &str) -> Diagnostic {
    Diagnostic::error("link-outside-base")
        .with("link", link)
        .with("base", &site.config.base_path)
}

/// The address an output is seen at (`lv/par/index.html` → `/lv/par/`).
pub(super) fn url_of(site: &Site, output: &str) -> String {
    site.url(output.strip_suffix("index.html").unwrap_or(output))
}
