//! The site → output files in memory. Steps, in order: compile the theme's templates;
//! render every page's markdown (in parallel); render every page through its template
//! (in parallel); add the sitemap, robots.txt, 404 page, language chooser, alias
//! redirects, theme static files and bundle assets. Results are sorted by output path,
//! so the thread count never changes the output.

mod calendar;
mod contacts;
mod data_views;
mod feeds;
mod indicators;
pub mod markdown;
pub mod markdown_results;
pub mod output;
mod pages;
mod robots;
mod shortcodes;
mod sitemap;
mod special_pages;
pub mod templates;
pub mod views;

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::load::{FileToCopy, TextFile};
use crate::model::Site;
use data_views::DataViews;
use markdown::{Highlighter, Input, Rendered};
use output::{Content, OutputFile};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use templates::Templates;

/// The theme's files, as loaded.
pub struct Theme<'a> {
    /// Page templates.
    pub templates: &'a [TextFile],
    /// Shortcode templates.
    pub shortcodes: &'a [TextFile],
    /// Files copied to the output root.
    pub static_files: &'a [FileToCopy],
}

/// A successful render: the files and any warnings.
pub struct RenderedSite {
    /// Every output file, sorted by path.
    pub files: Vec<OutputFile>,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Renders the whole site.
pub fn render(
    site: Arc<Site>,
    theme: &Theme<'_>,
    i18n: Arc<I18n>,
) -> Result<RenderedSite, Vec<Diagnostic>> {
    let (data_views, mut problems) = DataViews::build(
        &site,
        &i18n,
        &shortcodes::LinkHost {
            site: &site,
            i18n: &i18n,
        },
    );
    let data_views = Arc::new(data_views);
    let (signatures, signature_problems) = shortcodes::Signatures::read(theme.shortcodes);
    let (templates, template_problems) = Templates::compile(
        theme.templates,
        theme.shortcodes,
        site.clone(),
        i18n.clone(),
        data_views.clone(),
    )
    .map_err(|mut template_problems| {
        template_problems.extend(problems.iter().cloned());
        template_problems.extend(signature_problems.iter().cloned());
        template_problems
    })?;
    problems.extend(template_problems);
    problems.extend(signature_problems);
    let shared = pages::Shared::new(&site, &data_views);
    let highlighter = Highlighter::default();
    let host = shortcodes::ShortcodeHost {
        site: &site,
        templates: &templates,
        signatures: &signatures,
        shared: &shared,
        data: &data_views,
        i18n: &i18n,
        reserved: shortcodes::theme_ids(theme.templates),
    };

    let rendered: Vec<(crate::model::PageKey, Rendered)> = site
        .pages()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|page| {
            let input = Input {
                body: page.source.body(),
                body_offset: page.source.body_offset,
                file: &page.source.file,
                lang: &page.lang,
                raw_html: true,
                page_url: &site.url(&page.path),
                page_path: Some(&page.path),
            };
            (
                page.key.clone(),
                markdown::render(&input, &host, &highlighter),
            )
        })
        .collect();

    problems.extend(
        rendered
            .iter()
            .flat_map(|(_, r)| r.problems.iter().cloned()),
    );
    let rendered = markdown_results::MarkdownResults::new(rendered);
    let mut files = Vec::new();
    let cx = views::Cx {
        site: &site,
        rendered: &rendered,
        data: &data_views,
        i18n: &i18n,
    };
    let results = pages::render(&cx, &templates, &shared)
        .into_iter()
        .chain(special_pages::render_root_and_not_found(
            &site, &templates, &shared,
        ))
        .chain(special_pages::render_aliases(&site, &templates, &shared));
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(d) => problems.push(d),
        }
    }
    files.push(sitemap::render(&site));
    if let Some(indicators) = &site.datasets.indicators {
        files.extend(indicators::downloads::render(
            indicators,
            &site.config.language_codes(),
            &i18n,
        ));
    }
    files.extend(contacts::vcards(&site));
    files.extend(calendar::render(&site));
    let now = site
        .now
        .to_zoned(crate::options::riga())
        .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_default();
    files.extend(feeds::render(&site, &rendered, &now));
    files.push(robots::render(&site));
    for asset in &site.assets {
        files.push(OutputFile {
            path: asset.output.clone(),
            content: Content::Copy(asset.source.clone()),
        });
    }

    // No two outputs on one path: an alias or a content file may not take the place of
    // a generated file (feed, calendar, 404 page…), nor a theme file a page's.
    let mut by_path: BTreeMap<String, OutputFile> = BTreeMap::new();
    for file in files {
        if by_path.contains_key(&file.path) {
            problems.push(Diagnostic::error("output-collision").with("url", &file.path));
            continue;
        }
        by_path.insert(file.path.clone(), file);
    }
    // A file and a folder cannot share a name (`a/b.html` and `a/b.html/index.html`).
    let paths: Vec<&String> = by_path.keys().collect();
    for pair in paths.windows(2) {
        if pair[1].starts_with(&format!("{}/", pair[0])) {
            problems.push(Diagnostic::error("output-collision").with("url", pair[0]));
        }
    }
    for file in theme.static_files {
        let path = crate::diagnostics::display_path(&file.rel);
        if by_path.contains_key(&path) {
            problems.push(
                Diagnostic::error("static-file-collision")
                    .in_file(
                        std::path::Path::new("themes")
                            .join(&site.config.theme)
                            .join("static")
                            .join(&file.rel),
                    )
                    .with("url", &path),
            );
            continue;
        }
        by_path.insert(
            path.clone(),
            OutputFile {
                path,
                content: Content::Copy(file.source.clone()),
            },
        );
    }

    problems.extend(site.warnings.iter().cloned());
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(RenderedSite {
        files: by_path.into_values().collect(),
        warnings: problems,
    })
}
