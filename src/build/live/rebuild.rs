//! One rebuild of the kept site: the steps of a full build (`build::run`), each reusing
//! what the last good build made when its inputs are the same: the interface texts when
//! no locale file and `site.yaml` changed, the compiled theme when no template did, each
//! page's markdown when nothing it reads changed (`affected`); then only the outputs
//! `affected` names are rendered. The model is built again from the kept sources. The
//! problems reported are those a full build reports.

use super::affected::{self, Changed};
use crate::build::{
    BuildError, Faults, build_model, check_units, quoted_texts, theme_of, unread_files,
};
use crate::diagnostics::{self, Diagnostic, SourceTexts};
use crate::i18n::{self, I18n};
use crate::load::{Kept, TextFile};
use crate::model::{self, PageKey, Site};
use crate::options::BuildOptions;
use crate::render::output::OutputFile;
use crate::render::{self, CompiledTheme, Prepared};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// What the last good build made, for the next one to reuse.
pub(super) struct State {
    /// The model.
    pub site: Arc<Site>,
    pub i18n: Arc<I18n>,
    pub i18n_problems: Vec<Diagnostic>,
    /// The locale files' texts the interface texts were made from.
    pub locales: Vec<(PathBuf, Arc<str>)>,
    pub config_text: Arc<str>,
    pub theme: Arc<KeptTheme>,
    pub prepared: Prepared,
    /// The texts of the files read, for the warnings' snippets.
    pub texts: SourceTexts,
    /// The warnings before the pages' markdown problems (the theme's, the data views').
    pub lead: Vec<Diagnostic>,
    /// The warnings after them (the model's, load's, the interface texts').
    pub tail: Vec<Diagnostic>,
    /// Which outputs each page is a source of, made when first asked for.
    pub by_source: OnceLock<HashMap<PageKey, Vec<usize>>>,
}

/// The theme compiled, with the files it was compiled from.
pub(super) struct KeptTheme {
    templates: Vec<TextFile>,
    shortcodes: Vec<TextFile>,
    pub compiled: CompiledTheme,
    problems: Vec<Diagnostic>,
}

/// A good rebuild: the new state, the outputs rendered again, the warnings.
pub(super) struct Rebuilt {
    pub state: State,
    pub files: Vec<OutputFile>,
    pub warnings: Vec<Diagnostic>,
    pub texts: SourceTexts,
    /// The model's outputs are those of the last good build (none is gone).
    pub same_outputs: bool,
    /// The search indexes to make again, `(folder, language)`: not rendered here (see
    /// `indexing`).
    pub indexes: Vec<(String, String)>,
}

/// Takes the search indexes out of the outputs to render: their folders and languages.
pub(super) fn take_indexes(todo: &mut Vec<&model::outputs::Output>) -> Vec<(String, String)> {
    let mut indexes = Vec::new();
    todo.retain(|output| match &output.kind {
        model::outputs::OutputKind::SearchIndex { lang } => {
            indexes.push((output.path.clone(), lang.clone()));
            false
        }
        _ => true,
    });
    indexes
}

/// Whether two lists of theme files hold the same files with the same texts.
fn same_files(a: &[TextFile], b: &[TextFile]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(a, b)| a.file == b.file && a.name == b.name && a.text == b.text)
}

/// Rebuilds from the kept sources. `last` is the last good build (none at first);
/// `files` the files changed on disk since (`None`: any may have).
pub(super) fn rebuild(
    options: &BuildOptions,
    kept: &Kept,
    last: Option<&State>,
    files: Option<&[PathBuf]>,
) -> Result<Rebuilt, BuildError> {
    let (mut sources, mut problems) = kept.sources();
    let mut texts = std::mem::take(&mut sources.texts);
    let unread = unread_files(&problems);
    let theme_found = !problems.iter().any(|d| d.id == "theme-missing");
    let locales: Vec<(PathBuf, Arc<str>)> = sources
        .locales
        .iter()
        .map(|f| (f.file.clone(), f.text.clone()))
        .collect();
    let config_text = sources.config_text.clone();
    let same_texts = last.filter(|l| l.config_text == config_text && l.locales == locales);
    let (i18n, i18n_problems) = match same_texts {
        Some(l) => (Some(l.i18n.clone()), l.i18n_problems.clone()),
        None => {
            let (i18n, problems) =
                i18n::locales::load(&sources.config, std::mem::take(&mut sources.locales));
            (i18n.map(Arc::new), problems)
        }
    };
    problems.extend(i18n_problems.iter().cloned());
    let templates = std::mem::take(&mut sources.templates);
    let shortcodes = std::mem::take(&mut sources.shortcodes);
    let embeds = model::embeds::offered_by(templates.iter().map(|t| t.name.as_str()));
    let search = model::search::offered_by(templates.iter().map(|t| t.name.as_str()));
    let site = build_model(
        sources,
        options,
        embeds,
        search,
        i18n.as_deref(),
        &unread,
        &mut problems,
    );
    quoted_texts(&site, &mut texts);
    let Some(i18n) = i18n.filter(|_| theme_found) else {
        return Err(BuildError::Content(problems, texts));
    };
    problems.extend(check_units(&site, &i18n));
    let faults = Faults::of(&problems, unread);
    let kept_theme = last
        .map(|l| &l.theme)
        .filter(|t| same_files(&t.templates, &templates) && same_files(&t.shortcodes, &shortcodes));
    let theme = match kept_theme {
        Some(theme) => theme.clone(),
        None => match CompiledTheme::compile(&theme_of(&templates, &shortcodes)) {
            Ok((compiled, problems)) => Arc::new(KeptTheme {
                templates,
                shortcodes,
                compiled,
                problems,
            }),
            Err(mut compile_problems) => {
                compile_problems.extend(render::data_view_problems(&site, &i18n));
                problems.extend(compile_problems.into_iter().filter(|d| !faults.follow(d)));
                return Err(BuildError::Content(problems, texts));
            }
        },
    };
    let site = Arc::new(site);
    let changed = last.map(|l| Changed {
        before: &l.site,
        site: &site,
        everything: !Arc::ptr_eq(&l.theme, &theme)
            || !Arc::ptr_eq(&l.i18n, &i18n)
            || l.config_text != config_text,
        data: affected::data_changed(&l.site, &site),
        // An image's size or files (a photo replaced) change the markup of the pages
        // showing it.
        assets_alike: l.site.assets == site.assets && l.site.images == site.images,
        files,
    });
    let reuse = |page: &model::Page| {
        let (changed, last) = (changed.as_ref()?, last?);
        changed.markdown_reusable(page, last.prepared.markdown.kept(&page.key))
    };
    let (prepared, prepare_problems) =
        render::prepare_reusing(&site, &theme.compiled, &i18n, &reuse);
    let mut rendered_problems = theme.problems.clone();
    let prepare_len = prepare_problems.len();
    rendered_problems.extend(prepare_problems);
    let mut todo: Vec<&model::outputs::Output> = match (&changed, last) {
        (Some(changed), Some(last)) => {
            let (before, after) = (&last.prepared.markdown, &prepared.markdown);
            let pages = changed.pages(before, after);
            let views_alike = prepared.theme.same_views(&last.prepared.theme);
            changed.outputs(&pages, before, after, views_alike)
        }
        _ => site.outputs.iter().collect(),
    };
    let indexes = take_indexes(&mut todo);
    let results = render::render_outputs(todo, &site, &prepared, &i18n);
    let mut files = Vec::with_capacity(results.len());
    let mut render_errors = Vec::new();
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => render_errors.push(problem),
        }
    }
    diagnostics::sort(&mut render_errors);
    rendered_problems.extend(render_errors);
    rendered_problems.extend(site.warnings.iter().cloned());
    if diagnostics::has_errors(&problems) || diagnostics::has_errors(&rendered_problems) {
        problems.extend(rendered_problems.into_iter().filter(|d| !faults.follow(d)));
        return Err(BuildError::Content(problems, texts));
    }
    let markdown_problems: usize = site
        .pages()
        .filter_map(|p| prepared.markdown.kept(&p.key))
        .map(|m| m.body.problems.len())
        .sum();
    let lead_len = (theme.problems.len() + prepare_len).saturating_sub(markdown_problems);
    let lead = rendered_problems
        .get(..lead_len)
        .unwrap_or_default()
        .to_vec();
    let mut tail = site.warnings.clone();
    tail.extend(problems.iter().cloned());
    rendered_problems.extend(problems);
    // Made now for the first build (the quick way's first edit need not wait for it),
    // else when first asked for.
    let by_source = match last {
        None => OnceLock::from(affected::by_source(&site)),
        Some(_) => OnceLock::new(),
    };
    Ok(Rebuilt {
        state: State {
            site,
            i18n,
            i18n_problems,
            locales,
            config_text,
            theme,
            prepared,
            texts: texts.clone(),
            lead,
            tail,
            by_source,
        },
        files,
        warnings: rendered_problems,
        texts,
        same_outputs: false,
        indexes,
    })
}
