//! The quick way for the commonest edit: markdown files whose front matter stayed as it
//! was, whose bodies name the same addresses, and whose warnings are the same. Then the
//! model is the same but for those pages' texts (`Site::text_swap`): the texts are put
//! in place in the last good model, those pages' markdown is rendered again (with that
//! of every page calling a shortcode, which may read anything), and only the outputs
//! that show a page whose rendered markdown changed are rendered again, found in the
//! index of which outputs each page is a source of. On an error the last good model is
//! put back as it was.

use super::rebuild::{Rebuilt, State};
use crate::build::BuildError;
use crate::diagnostics::{self, Diagnostic};
use crate::load::Kept;
use crate::model::outputs::{Output, OutputKind};
use crate::model::{Page, PageKey};
use crate::render::markdown::Highlighter;
use crate::render::output::OutputFile;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

/// What the quick way made of a change.
pub(super) enum Quick {
    /// It is not a text-only change: the state as it was.
    No(Box<State>),
    /// Done.
    Done(Box<Rebuilt>),
    /// The new texts have errors: the last good state, put back, and the problems.
    Failed(Box<State>, BuildError),
}

/// Before the changed files are read again: the warnings of each as last read, when
/// every one is a markdown file that could be read.
pub(super) fn before(kept: &Kept, changed: &[PathBuf]) -> Option<Vec<Vec<Diagnostic>>> {
    if changed.is_empty() {
        return None;
    }
    changed
        .iter()
        .map(|path| kept.document(path).map(|(_, warnings)| warnings.to_vec()))
        .collect()
}

/// After they were read again (`kept`): the quick way, when it applies.
pub(super) fn apply(
    kept: &Kept,
    state: State,
    changed: &[PathBuf],
    before: &[Vec<Diagnostic>],
    highlighter: &Highlighter,
) -> Quick {
    let mut swaps: Vec<(PageKey, Arc<str>, PathBuf)> = Vec::new();
    for (path, warnings) in changed.iter().zip(before) {
        let Some((document, now)) = kept.document(path) else {
            return Quick::No(Box::new(state));
        };
        if now != warnings.as_slice() {
            return Quick::No(Box::new(state));
        }
        match state.site.text_swap(document) {
            Ok(Some(key)) => {
                if !swaps.iter().any(|(k, _, _)| *k == key) {
                    swaps.push((key, document.text.clone(), document.file.clone()));
                }
            }
            Ok(None) => {}
            Err(_) => return Quick::No(Box::new(state)),
        }
    }
    let State {
        mut site,
        i18n,
        i18n_problems,
        locales,
        config_text,
        theme,
        prepared,
        mut texts,
        lead,
        tail,
        by_source,
    } = state;
    let crate::render::Prepared {
        theme: bound,
        mut markdown,
        images,
    } = prepared;
    let unbound = bound.unbind();
    let Some(model) = Arc::get_mut(&mut site) else {
        let bound = theme.compiled.bind_again(unbound, &site, &i18n, &markdown);
        return Quick::No(Box::new(State {
            site,
            i18n,
            i18n_problems,
            locales,
            config_text,
            theme,
            prepared: crate::render::Prepared {
                theme: bound,
                markdown,
                images,
            },
            texts,
            lead,
            tail,
            by_source,
        }));
    };
    let mut undo: Vec<(PageKey, Arc<str>)> = Vec::new();
    for (key, text, file) in &swaps {
        if let Some(old) = model.swap_text(key, text.clone()) {
            undo.push((key.clone(), old));
        }
        texts.insert(file, text.clone());
    }
    let bound = theme.compiled.bind_again(unbound, &site, &i18n, &markdown);
    // The pages whose markdown is made again: the edited ones and every page calling a
    // shortcode.
    let todo: Vec<&Page> = site
        .pages()
        .filter(|p| {
            swaps.iter().any(|(k, _, _)| *k == p.key)
                || markdown
                    .kept(&p.key)
                    .is_some_and(|m| !m.body.shortcodes.is_empty())
        })
        .collect();
    let rendered =
        theme
            .compiled
            .render_markdown(&bound, &site, &i18n, &markdown, &todo, highlighter);
    let mut changed_pages: BTreeSet<PageKey> = BTreeSet::new();
    let mut old_markdown = Vec::new();
    for (page, new) in todo.iter().zip(rendered) {
        let alike = markdown
            .kept(&page.key)
            .is_some_and(|old| old.shows_alike(&new));
        if !alike {
            changed_pages.insert(page.key.clone());
        }
        if let Some(old) = markdown.replace(page.key.clone(), new) {
            old_markdown.push((page.key.clone(), old));
        }
    }
    drop(todo);
    let index = by_source.get_or_init(|| super::affected::by_source(&site));
    let mut indices: BTreeSet<usize> = BTreeSet::new();
    for key in &changed_pages {
        indices.extend(index.get(key).into_iter().flatten().copied());
    }
    let table = site.outputs.iter().as_slice();
    let mut outputs: Vec<&Output> = indices
        .into_iter()
        .filter_map(|i| table.get(i))
        // The sitemap shows no page's text.
        .filter(|o| o.kind != OutputKind::Sitemap)
        .collect();
    let indexes = super::rebuild::take_indexes(&mut outputs);
    let prepared = crate::render::Prepared {
        theme: bound,
        markdown,
        images,
    };
    let results: Vec<Result<OutputFile, Diagnostic>> = outputs
        .into_par_iter()
        .map(|output| crate::render::render_output(output, &site, &prepared, &i18n))
        .collect();
    let mut files = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => errors.push(problem),
        }
    }
    diagnostics::sort(&mut errors);
    let mut warnings = lead.clone();
    for page in site.pages() {
        if let Some(m) = prepared.markdown.kept(&page.key) {
            warnings.extend(m.body.problems.iter().cloned());
        }
    }
    warnings.extend(errors);
    warnings.extend(tail.iter().cloned());
    let state = State {
        site,
        i18n,
        i18n_problems,
        locales,
        config_text,
        theme,
        prepared,
        texts,
        lead,
        tail,
        by_source,
    };
    if diagnostics::has_errors(&warnings) {
        let texts = state.texts.clone();
        let state = put_back(state, undo, old_markdown);
        return Quick::Failed(Box::new(state), BuildError::Content(warnings, texts));
    }
    let texts = state.texts.clone();
    Quick::Done(Box::new(Rebuilt {
        state,
        files,
        warnings,
        texts,
        same_outputs: true,
        indexes,
    }))
}

/// Puts the last good texts and markdown back.
fn put_back(
    state: State,
    undo: Vec<(PageKey, Arc<str>)>,
    old_markdown: Vec<(PageKey, Arc<crate::render::markdown_results::PageMarkdown>)>,
) -> State {
    let State {
        mut site,
        i18n,
        i18n_problems,
        locales,
        config_text,
        theme,
        prepared,
        mut texts,
        lead,
        tail,
        by_source,
    } = state;
    let crate::render::Prepared {
        theme: bound,
        mut markdown,
        images,
    } = prepared;
    let unbound = bound.unbind();
    if let Some(model) = Arc::get_mut(&mut site) {
        for (key, text) in undo {
            if let Some(page) = model.get(&key) {
                texts.insert(page.file(), text.clone());
            }
            model.swap_text(&key, text);
        }
    }
    for (key, old) in old_markdown {
        markdown.replace(key, old);
    }
    let bound = theme.compiled.bind_again(unbound, &site, &i18n, &markdown);
    State {
        site,
        i18n,
        i18n_problems,
        locales,
        config_text,
        theme,
        prepared: crate::render::Prepared {
            theme: bound,
            markdown,
            images,
        },
        texts,
        lead,
        tail,
        by_source,
    }
}
