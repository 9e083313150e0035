//! The site → output files. Steps, in order: build the data views and compile the
//! theme's templates for this site (`prepare`); render every page's markdown once (in
//! parallel, `MarkdownResults`); then render each output of the model's table on its
//! own (`render_output`, a pure function of the output, the site, the markdown results
//! and the theme). A full render is a parallel map over the table; results come back in
//! the table's order (by path), so the thread count never changes the output.

mod calendar;
mod contacts;
mod data_views;
pub(crate) mod embeds;
mod feeds;
mod indicators;
pub(crate) mod markdown;
pub(crate) mod markdown_results;
pub(crate) mod output;
mod pages;
pub(crate) mod pictures;
mod robots;
pub(crate) mod search;
mod shortcodes;
mod sitemap;
mod special_pages;
mod statement;
pub(crate) mod templates;
pub(crate) mod views;

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::model::Site;
use crate::model::outputs::{Output, OutputKind};
use data_views::DataViews;
use markdown::Highlighter;
use markdown_results::MarkdownResults;
use output::{Content, OutputFile};
use rayon::prelude::*;
use std::sync::Arc;
use templates::Templates;

/// The theme's files, as loaded.
pub(crate) struct Theme<'a> {
    /// Page templates.
    pub templates: Vec<ThemeFile<'a>>,
    /// Shortcode templates.
    pub shortcodes: Vec<ThemeFile<'a>>,
}

/// One template file of the theme.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ThemeFile<'a> {
    /// Its name: `page.html`, or a shortcode's name (`skaits`).
    pub name: &'a str,
    /// The file, relative to the site root, for messages.
    pub file: &'a std::path::Path,
    /// Its text.
    pub text: &'a str,
}

/// The theme's templates ready for one build of one site, with the per-language values
/// every template's context starts from.
pub(crate) struct BoundTheme {
    templates: Templates,
    shared: pages::Shared,
}

impl BoundTheme {
    /// Whether every template starts from the same per-language values in both builds
    /// (the site view and `data`).
    pub(crate) fn same_views(&self, other: &BoundTheme) -> bool {
        self.shared.by_language == other.shared.by_language
    }
}

/// A bound theme let go of its site (`BoundTheme::unbind`), so that the site can change
/// in place: what it built from the site (the per-language values) is kept, to bind
/// again to the same site changed only in pages' texts (which those values never show).
pub(crate) struct Unbound {
    shared: pages::Shared,
}

impl BoundTheme {
    /// Lets go of the site, keeping what was built from it.
    pub(crate) fn unbind(self) -> Unbound {
        Unbound {
            shared: self.shared,
        }
    }
}

impl CompiledTheme {
    /// Binds the theme again to a site changed since `unbound` was bound to it only in
    /// pages' texts.
    pub(crate) fn bind_again(
        &self,
        unbound: Unbound,
        site: &Arc<Site>,
        i18n: &Arc<I18n>,
        markdown: &MarkdownResults,
    ) -> BoundTheme {
        let templates =
            self.templates
                .bind(site.clone(), i18n.clone(), markdown.data_views().clone());
        BoundTheme {
            templates,
            shared: unbound.shared,
        }
    }

    /// Renders the markdown of some pages again, as `prepare` would for this site
    /// (`highlighter` may be kept from one call to the next: its syntaxes load once).
    pub(crate) fn render_markdown(
        &self,
        theme: &BoundTheme,
        site: &Site,
        i18n: &I18n,
        markdown: &MarkdownResults,
        pages: &[&crate::model::Page],
        highlighter: &Highlighter,
    ) -> Vec<Arc<markdown_results::PageMarkdown>> {
        let data = markdown.data();
        let host = shortcodes::ShortcodeHost {
            site,
            templates: &theme.templates,
            signatures: &self.signatures,
            shared: &theme.shared,
            data,
            i18n,
            reserved: self.reserved.clone(),
        };
        pages
            .par_iter()
            .map(|page| {
                Arc::new(markdown_results::render_page(
                    site,
                    page,
                    &host,
                    highlighter,
                ))
            })
            .collect()
    }
}

/// What every output of one build reads besides the model: the bound theme and the
/// rendered markdown. Problems found on the way are returned with it.
pub(crate) struct Prepared {
    /// The theme, bound to the site.
    pub theme: BoundTheme,
    /// Every page's markdown and the data views.
    pub markdown: MarkdownResults,
    /// The media cache's file behind each image output.
    pub images: pictures::ImageFiles,
}

/// The theme compiled from its files alone: templates, shortcode declarations and the
/// ids its templates write. It can be bound to any site (`prepare`), so a changed site
/// does not compile the theme again.
pub(crate) struct CompiledTheme {
    templates: templates::CompiledTemplates,
    signatures: shortcodes::Signatures,
    reserved: Vec<String>,
}

impl CompiledTheme {
    /// Compiles the theme; `Err` when its templates cannot be compiled at all.
    pub(crate) fn compile(theme: &Theme<'_>) -> Result<(Self, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (signatures, mut problems) = shortcodes::Signatures::read(&theme.shortcodes);
        let (templates, template_problems) =
            templates::CompiledTemplates::compile(&theme.templates, &theme.shortcodes).map_err(
                |mut template_problems| {
                    template_problems.append(&mut problems.clone());
                    template_problems
                },
            )?;
        problems.extend(template_problems);
        Ok((
            Self {
                templates,
                signatures,
                reserved: shortcodes::theme_ids(&theme.templates),
            },
            problems,
        ))
    }
}

/// The data views of a site: problems in them are reported even when the theme cannot
/// be compiled.
fn data_views(site: &Site, i18n: &I18n) -> (DataViews, Vec<Diagnostic>) {
    DataViews::build(site, i18n, &shortcodes::LinkHost { site, i18n })
}

/// The problems of the data views alone (for a build whose theme cannot be compiled).
pub(crate) fn data_view_problems(site: &Site, i18n: &I18n) -> Vec<Diagnostic> {
    data_views(site, i18n).1
}

/// Builds the data views, binds the theme to the site and renders every page's markdown.
pub(crate) fn prepare(
    site: &Arc<Site>,
    theme: &CompiledTheme,
    i18n: &Arc<I18n>,
) -> (Prepared, Vec<Diagnostic>) {
    prepare_reusing(site, theme, i18n, &|_| None)
}

/// A page's markdown as an earlier build rendered it, when rendering it again would give
/// the same result.
pub(crate) type Reuse<'a> =
    dyn Fn(&crate::model::Page) -> Option<Arc<markdown_results::PageMarkdown>> + Sync + 'a;

/// `prepare`, rendering only the markdown of pages `reuse` has no result for.
pub(crate) fn prepare_reusing(
    site: &Arc<Site>,
    theme: &CompiledTheme,
    i18n: &Arc<I18n>,
    reuse: &Reuse<'_>,
) -> (Prepared, Vec<Diagnostic>) {
    let (data_views, mut problems) = data_views(site, i18n);
    let data_views = Arc::new(data_views);
    let (images, image_problems) = pictures::process(site);
    problems.extend(image_problems);
    let templates = theme
        .templates
        .bind(site.clone(), i18n.clone(), data_views.clone());
    let shared = pages::Shared::new(site, &data_views);
    let highlighter = Highlighter::default();
    let host = shortcodes::ShortcodeHost {
        site,
        templates: &templates,
        signatures: &theme.signatures,
        shared: &shared,
        data: &data_views,
        i18n,
        reserved: theme.reserved.clone(),
    };
    // A page's translations side by side (each thread takes a run of neighbours), so
    // that the highlighter still holds a code block when another language's page has it
    // too; results go back into the site's order.
    let mut pages: Vec<(usize, &crate::model::Page)> = site.pages().enumerate().collect();
    pages.sort_by(|(_, a), (_, b)| a.pair_key.cmp(&b.pair_key));
    type Markdown = Arc<markdown_results::PageMarkdown>;
    let mut rendered: Vec<(usize, crate::model::PageKey, Markdown)> = pages
        .into_par_iter()
        .map(|(i, page)| {
            let markdown = reuse(page).unwrap_or_else(|| {
                Arc::new(markdown_results::render_page(
                    site,
                    page,
                    &host,
                    &highlighter,
                ))
            });
            (i, page.key.clone(), markdown)
        })
        .collect();
    rendered.sort_by_key(|(i, _, _)| *i);
    let rendered: Vec<(crate::model::PageKey, Markdown)> = rendered
        .into_iter()
        .map(|(_, key, markdown)| (key, markdown))
        .collect();
    problems.extend(
        rendered
            .iter()
            .flat_map(|(_, r)| r.body.problems.iter().cloned()),
    );
    let markdown = MarkdownResults::new(rendered, data_views);
    (
        Prepared {
            theme: BoundTheme { templates, shared },
            markdown,
            images,
        },
        problems,
    )
}

/// Renders one output of the table. The same output always gives the same bytes,
/// whether rendered alone or with the rest.
pub(crate) fn render_output(
    output: &Output,
    site: &Site,
    prepared: &Prepared,
    i18n: &I18n,
) -> Result<OutputFile, Diagnostic> {
    let cache = views::ViewCache::none();
    render_sharing(output, site, prepared, i18n, &cache)
}

/// Renders some outputs of the table in parallel (`render_output` of each, in their
/// order), making each page's summary and term link once for all of them.
pub(crate) fn render_outputs(
    outputs: Vec<&Output>,
    site: &Site,
    prepared: &Prepared,
    i18n: &I18n,
) -> Vec<Result<OutputFile, Diagnostic>> {
    let cache = views::ViewCache::new(site);
    outputs
        .into_par_iter()
        .map(|output| render_sharing(output, site, prepared, i18n, &cache))
        .collect()
}

/// `render_output`, with the views made so far in this pass over the outputs.
fn render_sharing(
    output: &Output,
    site: &Site,
    prepared: &Prepared,
    i18n: &I18n,
    cache: &views::ViewCache,
) -> Result<OutputFile, Diagnostic> {
    let (markdown, theme) = (&prepared.markdown, &prepared.theme);
    let (templates, shared) = (&theme.templates, &theme.shared);
    let shown = output.shows.as_ref().and_then(|k| site.get(k));
    let cx = views::Cx {
        site,
        rendered: markdown,
        data: markdown.data(),
        i18n,
        cache,
    };
    let file = match (&output.kind, shown) {
        (OutputKind::Page { number }, Some(page)) => {
            return pages::render_page(&cx, templates, shared, page, *number, &output.path);
        }
        (OutputKind::Alias, Some(target)) => {
            return special_pages::render_alias(site, templates, shared, target, &output.path);
        }
        (OutputKind::NotFound, _) => {
            return special_pages::render_every_language(
                site,
                templates,
                shared,
                "404.html",
                &output.path,
            );
        }
        (OutputKind::LanguageChooser, _) => {
            return special_pages::render_every_language(
                site,
                templates,
                shared,
                "root.html",
                &output.path,
            );
        }
        (OutputKind::Embed { embed, format }, Some(mirrors)) => {
            return embeds::render(
                &cx,
                templates,
                shared,
                &output.path,
                embed,
                *format,
                mirrors,
            );
        }
        (OutputKind::NewsFeed { .. } | OutputKind::PageFeed, _) => {
            feeds::render(site, markdown, output)
        }
        (OutputKind::Calendar { .. } | OutputKind::EventCalendar, _) => {
            calendar::render(site, markdown, output)
        }
        (OutputKind::VCard { .. }, _) => contacts::vcard(site, output),
        (OutputKind::IndicatorsCsv | OutputKind::IndicatorsJson, _) => {
            indicators::downloads::render(site, i18n, output)
        }
        (OutputKind::Sitemap, _) => Some(sitemap::render(site, &output.path)),
        (OutputKind::Robots, _) => Some(robots::render(site, &output.path)),
        (OutputKind::SearchIndex { lang }, Some(_)) => {
            return search::index::alone(&cx, theme, lang, &output.path);
        }
        (OutputKind::Asset { source } | OutputKind::Static { source }, _) => Some(OutputFile {
            path: output.path.clone(),
            content: Content::Copy(source.clone()),
        }),
        // A processed image: a copy of the media cache's file (made in `prepare`).
        (OutputKind::Image { .. }, _) => prepared.images.get(&output.path).map(|made| OutputFile {
            path: output.path.clone(),
            content: Content::Copy(made.to_path_buf()),
        }),
        _ => None,
    };
    file.ok_or_else(|| unmade(&output.path))
}

/// The model claims only what it can make; an output it cannot make (or a JSON file
/// serde refuses) is lapa's own bug, told as such.
pub(super) fn unmade(path: &str) -> Diagnostic {
    Diagnostic::error("output-unmade").with("path", path)
}

/// Renders every output of the table in parallel, handing each file to `sink` as it is
/// made; returns the problems. Which thread makes a file never changes its bytes.
///
/// The outputs go one language at a time (of the page each shows; then those showing
/// none): lists show pages of their own language, so the views kept for one language
/// (`ViewCache`) are let go before the next language's are made, which halves the memory
/// they hold at two languages.
pub(crate) fn render_each(
    site: &Site,
    prepared: &Prepared,
    i18n: &I18n,
    sink: &(dyn Fn(OutputFile) + Sync),
) -> Vec<Diagnostic> {
    let mut by_language: std::collections::BTreeMap<Option<&str>, Vec<&Output>> =
        std::collections::BTreeMap::new();
    for output in site.outputs.iter() {
        let lang = output
            .shows
            .as_ref()
            .and_then(|k| site.get(k))
            .map(|p| &*p.lang);
        by_language.entry(lang).or_default().push(output);
    }
    let markdown = &prepared.markdown;
    let mut problems: Vec<Diagnostic> = Vec::new();
    for outputs in by_language.into_values() {
        let cache = views::ViewCache::new(site);
        // The language's search index is made while its pages render, from their
        // records (their text only, not their HTML): each goes to one indexing thread.
        let (indexes, outputs): (Vec<&Output>, Vec<&Output>) = outputs
            .into_iter()
            .partition(|o| matches!(o.kind, OutputKind::SearchIndex { .. }));
        let index = indexes.first().and_then(|index| match &index.kind {
            OutputKind::SearchIndex { lang } => Some((*index, lang.as_str())),
            _ => None,
        });
        std::thread::scope(|scope| {
            let (send, indexing) = match index {
                Some((index, lang)) => {
                    let (send, receive) = std::sync::mpsc::channel();
                    let indexing =
                        scope.spawn(move || search::index::in_order(lang, &index.path, receive));
                    (Some(send), Some(indexing))
                }
                None => (None, None),
            };
            // Each searchable page's place in the index: the order of the table.
            let places: std::collections::HashMap<&str, usize> = outputs
                .iter()
                .filter(|o| send.is_some() && search::index::searchable(site, o).is_some())
                .enumerate()
                .map(|(place, o)| (o.path.as_str(), place))
                .collect();
            let keep_record = |output: &Output, file: &OutputFile| {
                let (Some(send), Some(&place), Content::Bytes(html)) =
                    (&send, places.get(output.path.as_str()), &file.content)
                else {
                    return;
                };
                if let Some((page, kind)) = search::index::searchable(site, output) {
                    let record = search::records::record(site, i18n, markdown, page, kind, html);
                    let _ = send.send((place, record));
                }
            };
            problems.par_extend(
                outputs.into_par_iter().filter_map(|output| {
                    match render_sharing(output, site, prepared, i18n, &cache) {
                        Ok(file) => {
                            keep_record(output, &file);
                            sink(file);
                            None
                        }
                        Err(problem) => Some(problem),
                    }
                }),
            );
            drop(send);
            if let Some(indexing) = indexing {
                match indexing.join() {
                    Ok(Ok(file)) => file.into_files().into_iter().for_each(sink),
                    Ok(Err(problem)) => problems.push(problem),
                    Err(_) => problems.push(unmade(index.map_or("", |(o, _)| o.path.as_str()))),
                }
            }
        });
    }
    crate::diagnostics::sort(&mut problems);
    problems
}

/// Shown the site and every page's rendered markdown once they are ready, before any
/// output renders (`check` reads the links, images and headings there).
pub(crate) type Observe<'a> = dyn Fn(&Arc<Site>, &MarkdownResults) + Sync + 'a;

/// Renders the whole site, handing each file to `sink` as it is made (in any order):
/// the warnings on success, every problem when something failed (the files already
/// handed over must then be thrown away). `observe`, if given, is shown the prepared
/// site first.
pub(crate) fn render_into(
    site: Arc<Site>,
    theme: &Theme<'_>,
    i18n: Arc<I18n>,
    sink: &(dyn Fn(OutputFile) + Sync),
    observe: Option<&Observe<'_>>,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let (compiled, mut problems) = match CompiledTheme::compile(theme) {
        Ok(compiled) => compiled,
        Err(mut problems) => {
            problems.extend(data_views(&site, &i18n).1);
            return Err(problems);
        }
    };
    let (prepared, prepare_problems) = prepare(&site, &compiled, &i18n);
    problems.extend(prepare_problems);
    if let Some(observe) = observe {
        observe(&site, &prepared.markdown);
    }
    problems.extend(render_each(&site, &prepared, &i18n, sink));
    problems.extend(site.warnings.iter().cloned());
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(problems)
}
