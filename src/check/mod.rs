//! `lapa check`: everything a build validates, found by the build's own pipeline
//! (`build::render_site_observed`, whose rendered files go nowhere), plus what only the
//! whole rendered site shows. While the site renders, each HTML output is read once as it
//! streams past (`html`): its ids, the addresses it links to and its headings; the page
//! markdown's links, images and headings come with their places from the markdown results.
//! When everything is rendered, each kind of check runs over what was gathered:
//! `links` (internal links and `#anchors` from markdown, menus and the theme),
//! `accessibility` (link texts, alt texts, heading levels), `translations`, `orphans`,
//! `messages` (interface texts nobody uses), `statement` (a site without an
//! accessibility statement) and `easy_read` (the easy-to-read writing rules, on
//! easy-to-read pages' markdown). Nothing is written.

mod accessibility;
mod addresses;
mod easy_read;
mod html;
mod links;
mod messages;
mod orphans;
mod statement;
mod translations;

use crate::build::{self, BuildError};
use crate::diagnostics::{self, Diagnostic, SourceTexts};
use crate::model::outputs::{Output, OutputKind};
use crate::model::{PageKey, Site};
use crate::options::BuildOptions;
use crate::render::markdown::marks::Mark;
use crate::render::markdown_results::MarkdownResults;
use crate::render::output::{Content, OutputFile};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// What a check found.
pub(crate) struct CheckReport {
    /// Every problem, the build's and the checks', sorted by file and place.
    pub problems: Vec<Diagnostic>,
    /// The texts of the files read, for snippets.
    pub texts: SourceTexts,
    /// Pages of the site (0 when the site could not be modelled).
    pub pages: usize,
}

/// Checks the site without writing anything.
pub(crate) fn check(options: &BuildOptions) -> CheckReport {
    let gathered = Gathered::default();
    let observe = |site: &Arc<Site>, markdown: &MarkdownResults| gathered.prepare(site, markdown);
    let sink = |file: OutputFile| gathered.read(&file);
    let run = || build::render_site_observed(options, &sink, &observe);
    // The same worker threads as `build` (`--threads`).
    let outcome = match rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build()
    {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    };
    let (mut problems, texts, pages) = match outcome {
        Ok(outcome) => (outcome.warnings, outcome.texts, outcome.pages),
        Err(BuildError::Content(problems, texts)) => (problems, texts, 0),
        Err(BuildError::Usage(problem)) => (vec![problem], SourceTexts::default(), 0),
        // Nothing is written, so nothing can fail to be.
        Err(BuildError::Write(_)) => (Vec::new(), SourceTexts::default(), 0),
    };
    let pages = gathered
        .prepared
        .get()
        .map_or(pages, |p| p.site.pages().len());
    problems.extend(gathered.finish(&texts));
    diagnostics::sort(&mut problems);
    CheckReport {
        problems,
        texts,
        pages,
    }
}

/// One page's markdown as `check` reads it.
#[derive(Debug, Default)]
pub(super) struct PageMarks {
    /// Links, images and headings with their places.
    pub marks: Vec<Mark>,
    /// The ids its headings got, in order (one per heading mark).
    pub heading_ids: Vec<String>,
}

/// The site as rendering starts: the model and every page's markdown marks.
struct Prepared {
    site: Arc<Site>,
    pages: HashMap<PageKey, PageMarks>,
    /// Addresses as they appear in the HTML that come from markdown or menus: they are
    /// checked at their source, not as the theme's.
    sourced: HashSet<String>,
}

/// The output's ids, by output path.
pub(super) type Ids = HashMap<String, Vec<String>>;

/// A problem the theme makes on many pages, reported once.
#[derive(Debug)]
pub(super) struct ThemeProblem {
    /// The first page (output path) it was found on.
    pub page: String,
    /// The template that page is rendered with.
    pub template: PathBuf,
    /// On how many pages.
    pub pages: usize,
    /// What it is.
    pub kind: ThemeProblemKind,
}

/// What a theme problem is.
#[derive(Debug, Clone)]
pub(super) enum ThemeProblemKind {
    /// A link to no output.
    Broken,
    /// A link to an output without that id (checked when every output is read).
    Anchor {
        /// The output linked to.
        output: String,
        /// The id.
        fragment: String,
    },
    /// A skipped heading level.
    Heading {
        /// This heading's level.
        level: u8,
        /// The one before.
        previous: u8,
        /// Its text.
        text: String,
    },
}

/// Theme problems by what they are: the link, or the heading levels (`h2>h4`).
pub(super) type ThemeProblems = BTreeMap<String, ThemeProblem>;

/// What the outputs showed, gathered as they stream past.
#[derive(Default)]
struct Found {
    ids: Ids,
    /// Pages some other page links to.
    linked: HashSet<PageKey>,
    theme: ThemeProblems,
    /// Problems placed in page markdown (headings).
    problems: Vec<Diagnostic>,
}

#[derive(Default)]
struct Gathered {
    prepared: OnceLock<Prepared>,
    found: Mutex<Found>,
}

impl Gathered {
    /// Keeps the model and each page's marks (called once, before any output renders).
    fn prepare(&self, site: &Arc<Site>, markdown: &MarkdownResults) {
        let mut pages = HashMap::new();
        let mut sourced = HashSet::new();
        for page in site.pages() {
            let rendered = markdown.get(&page.key);
            for mark in &rendered.marks {
                if matches!(
                    mark.kind,
                    crate::render::markdown::marks::MarkKind::Heading(_)
                ) {
                    continue;
                }
                sourced.extend(links::as_rendered(site, page, &mark.dest));
            }
            pages.insert(
                page.key.clone(),
                PageMarks {
                    marks: rendered.marks.clone(),
                    heading_ids: rendered.toc.iter().map(|t| t.id.clone()).collect(),
                },
            );
        }
        for menu in site.menus.values() {
            for items in menu.values() {
                sourced.extend(items.iter().map(|i| i.url.clone()));
            }
        }
        let _ = self.prepared.set(Prepared {
            site: site.clone(),
            pages,
            sourced,
        });
    }

    /// Reads one rendered output (HTML only) and keeps what the checks need of it.
    fn read(&self, file: &OutputFile) {
        let (Some(prepared), Content::Bytes(bytes)) = (self.prepared.get(), &file.content) else {
            return;
        };
        let site = &prepared.site;
        let Some(output) = site
            .outputs
            .at(&file.path)
            .filter(|_| file.path.ends_with(".html"))
        else {
            return;
        };
        let scan = html::scan(&String::from_utf8_lossy(bytes));
        let template = template_of(site, output);
        let shown = output.shows.as_ref().and_then(|k| site.get(k));
        let mut theme = Vec::new();
        let mut linked = Vec::new();
        for address in &scan.addresses {
            let target = addresses::target(site, &address.url, addresses::folder_of(&file.path));
            if address.followed
                && output.kind != OutputKind::Alias
                && let addresses::Target::Internal {
                    output: Some(to), ..
                } = &target
                && let Some(to_page) = site.outputs.at(to).and_then(|o| o.shows.as_ref())
                && let Some(to_page) = site.get(to_page)
                && shown.is_none_or(|from| from.pair_key != to_page.pair_key)
            {
                linked.push(to_page.key.clone());
            }
            if prepared.sourced.contains(&address.url) {
                continue;
            }
            if let Some(kind) = links::theme_problem(&target, &file.path, &scan.ids) {
                theme.push((address.url.clone(), kind));
            }
        }
        let mut problems = Vec::new();
        if matches!(output.kind, OutputKind::Page { number: 1 }) {
            let marks = shown.and_then(|p| prepared.pages.get(&p.key).map(|m| (p, m)));
            for skip in accessibility::skipped_headings(&scan.headings) {
                match accessibility::heading_in_markdown(&skip, marks) {
                    Some(problem) => problems.push(problem),
                    None => theme.push((
                        format!("h{}>h{}", skip.previous, skip.level),
                        ThemeProblemKind::Heading {
                            level: skip.level,
                            previous: skip.previous,
                            text: skip.text.clone(),
                        },
                    )),
                }
            }
        }
        let Ok(mut found) = self.found.lock() else {
            return;
        };
        found
            .ids
            .insert(file.path.clone(), headings_first(scan.ids, &scan.headings));
        found.linked.extend(linked);
        found.problems.extend(problems);
        if let Some(template) = template {
            for (what, kind) in theme {
                let entry = found.theme.entry(what).or_insert_with(|| ThemeProblem {
                    page: file.path.clone(),
                    template: template.clone(),
                    pages: 0,
                    kind: kind.clone(),
                });
                entry.pages += 1;
                // The first page by path is named, whichever thread got there first.
                if file.path < entry.page {
                    entry.page = file.path.clone();
                    entry.template = template.clone();
                    entry.kind = kind;
                }
            }
        }
    }

    /// Runs the checks that need every output, over what was gathered.
    fn finish(self, texts: &SourceTexts) -> Vec<Diagnostic> {
        let Some(prepared) = self.prepared.into_inner() else {
            return Vec::new();
        };
        let Ok(found) = self.found.into_inner() else {
            return Vec::new();
        };
        let site = &prepared.site;
        let mut problems = found.problems;
        problems.extend(links::markdown(site, &prepared.pages, &found.ids));
        problems.extend(links::menus(site, texts, &found.ids));
        problems.extend(links::theme(site, found.theme, &found.ids, texts));
        problems.extend(accessibility::texts(site, &prepared.pages));
        problems.extend(translations::missing(site));
        problems.extend(orphans::find(site, &found.linked));
        problems.extend(messages::unused(site, texts));
        problems.extend(statement::missing(site));
        problems.extend(easy_read::check(site));
        problems
    }
}

/// A page's ids with its headings' first, in order (hints list them).
fn headings_first(mut ids: Vec<String>, headings: &[html::Heading]) -> Vec<String> {
    ids.sort_by_key(|id| !headings.iter().any(|h| h.id.as_ref() == Some(id)));
    ids
}

/// The template file an HTML output is rendered with.
fn template_of(site: &Site, output: &Output) -> Option<PathBuf> {
    let name = match &output.kind {
        OutputKind::Page { .. } => output.shows.as_ref().and_then(|k| site.get(k))?.template(),
        OutputKind::Alias => "alias.html",
        OutputKind::NotFound => "404.html",
        OutputKind::LanguageChooser => "root.html",
        OutputKind::Embed { embed, .. } => embed.widget.template(),
        _ => return None,
    };
    Some(
        PathBuf::from("themes")
            .join(&site.config.theme)
            .join("templates")
            .join(name),
    )
}
