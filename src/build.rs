//! The pipeline of a build, for every command that needs one: load the sources, build
//! the site model and the interface texts, render in memory, and write the output only
//! when nothing failed. A build whose inputs have the fingerprint the last build recorded
//! (see `fingerprint`), and whose output is still as that build left it, skips render and
//! write: it would have produced the same bytes.

mod fingerprint;
pub(crate) mod live;

use crate::diagnostics::{self, Diagnostic, SourceTexts};
use crate::media::images::{Cache, CacheKey};
use crate::options::BuildOptions;
use crate::render::output::OutputFile;
use crate::render::{self, Theme};
use crate::write::{self, WriteError, WriteStats};
use crate::{i18n, load, model};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A finished build.
#[derive(Debug)]
pub(crate) struct BuildReport {
    /// HTML pages of the site (all languages).
    pub pages: usize,
    /// Files in the output.
    pub files: usize,
    /// What writing did.
    pub stats: WriteStats,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// The texts of the files read, for the warnings' snippets.
    pub texts: SourceTexts,
    /// Wall time.
    pub elapsed: Duration,
}

/// Why a build failed. In every case the previous output is untouched.
#[derive(Debug)]
pub(crate) enum BuildError {
    /// The site has errors (with the texts of the files read, for their snippets).
    Content(Vec<Diagnostic>, SourceTexts),
    /// The command was used wrongly (e.g. an output folder that holds sources).
    Usage(Diagnostic),
    /// The output could not be written.
    Write(WriteError),
}

/// Builds the site and writes it.
pub(crate) fn build_site(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    if let Err(unsafe_output) = write::check_output_folder(&options.root, &options.output) {
        return Err(BuildError::Usage(unsafe_output.diagnostic()));
    }
    let writer = write::Writer::begin(&options.output).map_err(BuildError::Write)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build();
    // Files go to the writer as they are rendered, never all held at once; the writer is
    // finished only when nothing failed (dropped otherwise, which leaves the previous
    // output as it was).
    let files = AtomicUsize::new(0);
    let write_error: Mutex<Option<WriteError>> = Mutex::new(None);
    let sink = |file: OutputFile| {
        files.fetch_add(1, Ordering::Relaxed);
        if let Err(e) = writer.add(file)
            && let Ok(mut first) = write_error.lock()
        {
            first.get_or_insert(e);
        }
    };
    let unchanged = |fingerprint: &str| writer.unchanged_since(fingerprint);
    let render_and_write = || run(options, &sink, Some(&unchanged), None);
    let outcome = match pool {
        Ok(pool) => pool.install(render_and_write),
        Err(_) => render_and_write(),
    }?;
    if let Some(e) = write_error.into_inner().ok().flatten() {
        return Err(BuildError::Write(e));
    }
    let (pages, warnings, texts) = (outcome.pages, outcome.warnings, outcome.texts);
    let (files, stats) = match outcome.skipped {
        // Nothing was added: what a full render would have found, every file unchanged.
        Some(stats) => (stats.unchanged, stats),
        None => (
            files.into_inner(),
            writer
                .finish_recording(outcome.fingerprint)
                .map_err(BuildError::Write)?,
        ),
    };
    // The cache keeps only what this site uses; a cache that cannot be tidied costs
    // disk space, never the build.
    if let Some((folder, keep)) = outcome.images
        && let Ok(cache) = Cache::open(&folder)
    {
        let _ = cache.prune(&keep);
    }
    Ok(BuildReport {
        pages,
        files,
        stats,
        warnings,
        texts,
        elapsed: started.elapsed(),
    })
}

/// A render whose files went to a sink: the page count, warnings and texts.
pub(crate) struct Outcome {
    /// Site pages.
    pub pages: usize,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// The texts of the files read, for the warnings' snippets.
    pub texts: SourceTexts,
    /// The fingerprint of the inputs to record for the next build, when it may skip
    /// (`None`: it may not, e.g. render found warnings that only a render re-creates).
    fingerprint: Option<String>,
    /// When render was skipped: the write stats the skipped build stands for.
    skipped: Option<WriteStats>,
    /// The image cache and the entries this build's images use (the others are pruned
    /// after the output is written).
    images: Option<(PathBuf, HashSet<CacheKey>)>,
}

/// Asked with a build's fingerprint before render: the write stats when the previous
/// output stands for this build (render and write skipped).
type Unchanged<'a> = dyn Fn(&str) -> Option<WriteStats> + Sync + 'a;

/// Everything up to writing: each output file goes to `sink` as it is rendered (when the
/// result is an error, the files handed over must be thrown away). Every problem of the run is
/// reported together: a file that cannot be read is left out and the rest is loaded; the
/// model is built from what was read and keeps pages with errors; the site is rendered
/// whenever the theme and the languages allow it, so that a broken link or template is
/// reported in the same run as a page without a title. Problems that only follow from
/// one already reported (a link to a file that could not be read, a template failing on
/// a page whose own front matter is wrong) are left out.
pub(crate) fn render_site_into(
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) + Sync),
) -> Result<Outcome, BuildError> {
    run(options, sink, None, None)
}

/// `render_site_into` for `check`: the same validation, with `observe` shown the site and
/// every page's rendered markdown before the outputs render (when the theme compiles).
pub(crate) fn render_site_observed(
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) + Sync),
    observe: &render::Observe<'_>,
) -> Result<Outcome, BuildError> {
    run(options, sink, None, Some(observe))
}

/// `render_site_into`, which asks `unchanged` (if given) with the inputs' fingerprint
/// whether the render may be skipped, and shows `observe` (if given) the prepared site.
fn run(
    options: &BuildOptions,
    sink: &(dyn Fn(OutputFile) + Sync),
    unchanged: Option<&Unchanged<'_>>,
    observe: Option<&render::Observe<'_>>,
) -> Result<Outcome, BuildError> {
    let (mut sources, mut problems) = load::load(&options.root, options.base_url.as_deref())
        .map_err(|(problems, texts)| BuildError::Content(problems, texts))?;
    let mut texts = std::mem::take(&mut sources.texts);
    let unread = unread_files(&problems);
    let theme_found = !problems.iter().any(|d| d.id == "theme-missing");
    let (i18n, i18n_problems) =
        i18n::locales::load(&sources.config, std::mem::take(&mut sources.locales));
    problems.extend(i18n_problems);
    let templates = std::mem::take(&mut sources.templates);
    let shortcodes = std::mem::take(&mut sources.shortcodes);
    let embeds = model::embeds::offered_by(templates.iter().map(|t| t.name.as_str()));
    let search = model::search::offered_by(templates.iter().map(|t| t.name.as_str()));
    let site = build_model(
        sources,
        options,
        embeds,
        search,
        i18n.as_ref(),
        &unread,
        &mut problems,
    );
    quoted_texts(&site, &mut texts);
    let Some(i18n) = i18n.filter(|_| theme_found) else {
        return Err(BuildError::Content(problems, texts));
    };
    problems.extend(check_units(&site, &i18n));
    let faults = Faults::of(&problems, unread);
    let pages = site.pages().len();
    let fingerprint = unchanged
        .filter(|_| !diagnostics::has_errors(&problems))
        .and_then(|_| fingerprint::fingerprint(options, &texts, &site));
    if let (Some(unchanged), Some(fingerprint)) = (unchanged, &fingerprint)
        && let Some(stats) = unchanged(fingerprint)
    {
        // Recorded only after a render whose warnings were the model's alone: the
        // warnings are those a render would report, in its order.
        let mut warnings = site.warnings.clone();
        warnings.extend(problems);
        return Ok(Outcome {
            pages,
            warnings,
            texts,
            fingerprint: None,
            skipped: Some(stats),
            images: None,
        });
    }
    let model_warnings = site.warnings.len();
    let images = image_keys(&site);
    let theme = theme_of(&templates, &shortcodes);
    let rendered = render::render_into(Arc::new(site), &theme, Arc::new(i18n), sink, observe);
    let files = match rendered {
        Ok(mut warnings) if !diagnostics::has_errors(&problems) => {
            // Render's own warnings (markdown, templates) come back only from a render:
            // such a build is not skipped next time.
            let quiet = warnings.len() == model_warnings;
            warnings.extend(problems);
            return Ok(Outcome {
                pages,
                warnings,
                texts,
                fingerprint: fingerprint.filter(|_| quiet),
                skipped: None,
                images,
            });
        }
        Ok(warnings) => warnings,
        Err(render_problems) => render_problems,
    };
    problems.extend(files.into_iter().filter(|d| !faults.follow(d)));
    Err(BuildError::Content(problems, texts))
}

/// The image cache of a site and the entries its images use: none when the site has no
/// images and no cache.
fn image_keys(site: &model::Site) -> Option<(PathBuf, HashSet<CacheKey>)> {
    let folder = site
        .image_cache
        .clone()
        .filter(|f| !site.images.is_empty() || f.is_dir())?;
    let settings = &site.config.images;
    let keys = site
        .images
        .iter()
        .map(|image| CacheKey::of(&image.facts, settings, image.og))
        .collect();
    Some((folder, keys))
}

/// Markdown and data files that could not be read: they are not in the model.
fn unread_files(problems: &[Diagnostic]) -> Vec<PathBuf> {
    problems
        .iter()
        .filter(|d| d.is_error())
        .filter_map(|d| d.file.clone())
        .filter(|f| {
            f.extension()
                .is_some_and(|e| e == "md" || e == "yaml" || e == "yml")
        })
        .collect()
}

/// What a run's problems before render say about the problems render finds: which of
/// them only follow from one already reported.
struct Faults {
    /// Markdown and data files that could not be read.
    unread: Vec<PathBuf>,
    /// Files whose own errors make their rendered page meaningless.
    faulty: Vec<String>,
    /// A data file with an error leaves every template without (part of) its data.
    data_faulty: bool,
    /// Two pages on one address are also two outputs on one path.
    url_collision: bool,
}

impl Faults {
    fn of(problems: &[Diagnostic], unread: Vec<PathBuf>) -> Self {
        let faulty: Vec<String> = problems
            .iter()
            .filter(|d| d.is_error())
            .filter_map(|d| d.file.as_deref().map(diagnostics::display_path))
            .collect();
        Self {
            unread,
            data_faulty: faulty.iter().any(|f| f.starts_with("content/data/")),
            faulty,
            url_collision: problems.iter().any(|d| d.id == "url-collision"),
        }
    }

    /// Whether a problem render found follows from one reported before it.
    fn follow(&self, d: &Diagnostic) -> bool {
        links_to_unread(d, &self.unread)
            || template_on_faulty_page(d, &self.faulty, self.data_faulty)
            || id_in_faulty_data_file(d, &self.faulty)
            || (self.url_collision && d.id == "output-collision")
    }
}

/// The site model from the sources (templates and shortcodes taken out); its errors
/// join `problems`, less the links that only fail because their file could not be read.
/// The texts of files they quote that are not sources (an SVG) are the site's
/// `message_texts` (see `quoted_texts`).
pub(crate) fn build_model(
    sources: load::Sources,
    options: &BuildOptions,
    embeds: bool,
    search: bool,
    i18n: Option<&i18n::I18n>,
    unread: &[PathBuf],
    problems: &mut Vec<Diagnostic>,
) -> model::Site {
    let model_options = model::ModelOptions {
        drafts: options.drafts,
        now: options.now,
        embeds,
        search,
    };
    let (mut site, model_errors) = model::build(sources, &model_options, i18n);
    site.image_cache = Some(site.config.images.cache_dir(&options.root));
    // A cache inside the output would be published (or deleted) by every build.
    problems.extend(
        site.config
            .images
            .cache_problem(&options.root, &options.output),
    );
    problems.extend(
        model_errors
            .into_iter()
            .filter(|d| !links_to_unread(d, unread)),
    );
    site
}

/// Adds the texts of the files the model's messages quote that load did not read (an SVG
/// with a script) to the texts messages are shown with.
pub(crate) fn quoted_texts(site: &model::Site, texts: &mut SourceTexts) {
    for (file, text) in &site.message_texts {
        texts.insert(file.clone(), text.clone());
    }
}

/// The theme's template files as render takes them.
pub(crate) fn theme_of<'a>(
    templates: &'a [load::TextFile],
    shortcodes: &'a [load::TextFile],
) -> Theme<'a> {
    let files = |list: &'a [load::TextFile]| {
        list.iter()
            .map(|t| render::ThemeFile {
                name: &t.name,
                file: &t.file,
                text: &t.text,
            })
            .collect()
    };
    Theme {
        templates: files(templates),
        shortcodes: files(shortcodes),
    }
}

/// Whether a template failed on a page that was already faulty (its own file has an
/// error, or a data file every template reads has one): that failure follows from it.
fn template_on_faulty_page(problem: &Diagnostic, faulty: &[String], data_faulty: bool) -> bool {
    let runtime = matches!(
        problem.id,
        "template-render" | "template-render-page" | "shortcode-render"
    ) || render::templates::is_told_by_lapa(problem.id);
    // A shortcode's failure is placed in the page's own file, with the shortcode's
    // template as a note.
    let page_faulty = problem
        .arg("page")
        .filter(|page| !page.is_empty())
        .or_else(|| {
            problem
                .has_note("note-shortcode-template")
                .then(|| problem.file.as_deref().map(diagnostics::display_path))
                .flatten()
                .and_then(|f| faulty.iter().find(|x| **x == f).map(String::as_str))
        })
        .is_some_and(|page| faulty.iter().any(|f| f == page));
    runtime && (data_faulty || page_faulty)
}

/// Whether a shortcode's id was looked up in a data file that has errors of its own (an
/// id there may be missing only because the file could not be read).
fn id_in_faulty_data_file(problem: &Diagnostic, faulty: &[String]) -> bool {
    problem.id == "shortcode-id-unknown"
        && problem
            .arg("file")
            .is_some_and(|file| faulty.iter().any(|f| f == file))
}

/// Whether a problem is a link to a markdown file, or a data section's data file, that
/// could not be read (and is reported as such).
fn links_to_unread(problem: &Diagnostic, unread: &[PathBuf]) -> bool {
    // A data section naming a data file that exists but could not be read.
    if problem.id == "data-file-missing"
        && let Some(name) = problem.arg("file")
    {
        let path = format!("content/data/{name}");
        return unread.iter().any(|f| diagnostics::display_path(f) == path);
    }
    let Some(link) = problem.arg("link").and_then(|l| l.strip_prefix("@/")) else {
        return false;
    };
    let link = link.split('#').next().unwrap_or(link);
    let target = link.strip_suffix(".md").unwrap_or(link);
    unread.iter().any(|file| {
        let file = diagnostics::display_path(file);
        let Some(rel) = file.strip_prefix("content/") else {
            return false;
        };
        let stem = rel.strip_suffix(".md").unwrap_or(rel);
        // `par.lv.md` answers `@/par.md` as well as `@/par.lv.md`.
        let without_lang = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
        stem == target || without_lang == target
    })
}

/// Every indicator unit must be an interface text in every language.
fn check_units(site: &model::Site, i18n: &i18n::I18n) -> Vec<Diagnostic> {
    let Some(indicators) = &site.datasets.indicators else {
        return Vec::new();
    };
    let file = site.data_file("indicators");
    let mut problems = Vec::new();
    for (key, unit) in indicators.units() {
        for language in &site.config.languages {
            if !i18n.has(&language.code, unit) {
                problems.push(
                    file.map_or_else(
                        || Diagnostic::error("data-unit-unknown").with("key", &key),
                        |f| crate::data::at_key(f, "data-unit-unknown", &key),
                    )
                    .with("unit", unit)
                    .with("lang", &language.code),
                );
            }
        }
    }
    problems
}
