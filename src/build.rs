//! The pipeline of a build, for every command that needs one: load the sources, build
//! the site model and the interface texts, render in memory, and write the output only
//! when nothing failed.

use crate::diagnostics::Diagnostic;
use crate::options::BuildOptions;
use crate::render::{self, Theme};
use crate::write::{self, WriteError, WriteStats};
use crate::{i18n, load, model};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A finished build.
#[derive(Debug)]
pub struct BuildReport {
    /// HTML pages of the site (all languages).
    pub pages: usize,
    /// Files in the output.
    pub files: usize,
    /// What writing did.
    pub stats: WriteStats,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// Wall time.
    pub elapsed: Duration,
}

/// Why a build failed. In every case the previous output is untouched.
#[derive(Debug)]
pub enum BuildError {
    /// The site has errors.
    Content(Vec<Diagnostic>),
    /// The command was used wrongly (e.g. an output folder that holds sources).
    Usage(Diagnostic),
    /// The output could not be written.
    Write(WriteError),
}

/// Builds the site and writes it.
pub fn build_site(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    if let Err(unsafe_output) = write::check_output_folder(&options.root, &options.output) {
        return Err(BuildError::Usage(unsafe_output.diagnostic()));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build();
    let render_all = || render_site(options);
    let rendered = match pool {
        Ok(pool) => pool.install(render_all),
        Err(_) => render_all(),
    }?;
    let stats = write::write(&options.output, &rendered.files.files).map_err(BuildError::Write)?;
    Ok(BuildReport {
        pages: rendered.pages,
        files: rendered.files.files.len(),
        stats,
        warnings: rendered.files.warnings,
        elapsed: started.elapsed(),
    })
}

/// The rendered site and its page count.
pub struct Rendered {
    /// Output files and warnings.
    pub files: render::RenderedSite,
    /// Site pages.
    pub pages: usize,
}

/// Everything up to writing: returns the output in memory.
pub fn render_site(options: &BuildOptions) -> Result<Rendered, BuildError> {
    let mut sources =
        load::load(&options.root, options.base_url.as_deref()).map_err(BuildError::Content)?;
    let i18n = i18n::locales::load(&sources.config, &sources.locales);
    let templates = std::mem::take(&mut sources.templates);
    let shortcodes = std::mem::take(&mut sources.shortcodes);
    let static_files = std::mem::take(&mut sources.static_files);
    let model_options = model::ModelOptions {
        drafts: options.drafts,
        now: options.now,
    };
    let site = model::build(sources, &model_options, i18n.as_ref().ok());
    let (site, i18n) = match (site, i18n) {
        (Ok(site), Ok(i18n)) => (site, i18n),
        (site, i18n) => {
            let mut problems = site.err().unwrap_or_default();
            problems.extend(i18n.err().unwrap_or_default());
            return Err(BuildError::Content(problems));
        }
    };
    check_units(&site, &i18n)?;
    let pages = site.pages.len();
    let theme = Theme {
        templates: &templates,
        shortcodes: &shortcodes,
        static_files: &static_files,
    };
    let files =
        render::render(Arc::new(site), &theme, Arc::new(i18n)).map_err(BuildError::Content)?;
    Ok(Rendered { files, pages })
}

/// Every indicator unit must be an interface text in every language.
fn check_units(site: &model::Site, i18n: &i18n::I18n) -> Result<(), BuildError> {
    let Some(indicators) = &site.datasets.indicators else {
        return Ok(());
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
    if problems.is_empty() {
        Ok(())
    } else {
        Err(BuildError::Content(problems))
    }
}
