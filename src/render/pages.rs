//! Site pages → HTML files: each page, section and home page through its template
//! with the views of `templates::views`, in parallel.

use super::data_views::DataViews;
use super::output::OutputFile;
use super::templates::views::Cx;
use super::templates::{Templates, listings, views};
use crate::diagnostics::Diagnostic;
use crate::model::pagination::Pager;
use crate::model::{PageKind, Site};
use rayon::prelude::*;
use tera::{Context, Value};

/// Per-language values that every page of that language shares, built once.
pub struct Shared {
    /// `(lang, site view, data)`.
    pub by_language: Vec<(String, Value, Value)>,
}

impl Shared {
    /// Builds the shared views.
    pub fn new(site: &Site, data: &DataViews) -> Self {
        let by_language = site
            .config
            .languages
            .iter()
            .map(|l| {
                let site_view = Value::from_serializable(&views::site_view(site, &l.code));
                let data = Value::from_serializable(&data.data(&l.code));
                (l.code.clone(), site_view, data)
            })
            .collect();
        Self { by_language }
    }

    /// The site view and data of a language.
    pub fn get(&self, lang: &str) -> (Value, Value) {
        self.by_language
            .iter()
            .find(|(l, _, _)| l == lang)
            .map(|(_, s, d)| (s.clone(), d.clone()))
            .unwrap_or_else(|| (Value::none(), Value::none()))
    }
}

/// The context every template of a page's language starts from.
pub fn base_context(site: &Site, shared: &Shared, lang: &str) -> Context {
    let (site_view, data) = shared.get(lang);
    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert_value("site", site_view);
    context.insert_value("data", data);
    context.insert("now", &site.now.strftime("%Y-%m-%dT%H:%M").to_string());
    context
}

/// Renders every page (and every list page of a paginated section).
pub fn render(
    cx: &Cx<'_>,
    templates: &Templates,
    shared: &Shared,
) -> Vec<Result<OutputFile, Diagnostic>> {
    let jobs: Vec<(usize, Pager)> = (0..cx.site.pages.len())
        .flat_map(|i| cx.site.pagers(i).into_iter().map(move |p| (i, p)))
        .collect();
    jobs.into_par_iter()
        .map(|(i, pager)| render_one(cx, i, &pager, templates, shared))
        .collect()
}

fn render_one(
    cx: &Cx<'_>,
    index: usize,
    pager: &Pager,
    templates: &Templates,
    shared: &Shared,
) -> Result<OutputFile, Diagnostic> {
    let site = cx.site;
    let page = &site.pages[index];
    let template = match (&page.source.front.template, page.kind) {
        (Some(t), _) => t.clone(),
        (None, PageKind::Home) => "index.html".to_string(),
        (None, PageKind::Section) => "section.html".to_string(),
        (None, PageKind::Page | PageKind::List) => "page.html".to_string(),
    };
    if !templates.has(&template) {
        let span = if page.source.front.template.is_some() {
            page.source.key_span("template")
        } else {
            0..0
        };
        return Err(Diagnostic::error("template-missing")
            .in_file(&page.source.file)
            .at(span)
            .with("template", template));
    }
    let paginated = pager.total > 1;
    let mut context = base_context(site, shared, &page.lang);
    context.insert(
        "page",
        &views::page_view(cx, index, paginated.then_some(pager)),
    );
    context.insert(
        "paginator",
        &(if paginated {
            listings::paginator_view(site, pager)
        } else {
            serde_json::Value::Null
        }),
    );
    context.insert("translations", &views::translations_view(site, index));
    context.insert("alternates", &views::alternates_view(site, index));
    context.insert("breadcrumbs", &views::breadcrumbs_view(site, index));
    context.insert("menu", &views::menu_view(site, index));
    context.insert("menus", &views::menus_view(site, index));
    context.insert("feeds", &listings::feeds_view(site, index, cx.i18n));
    let path = site.pager_path(index, pager.number);
    context.insert("canonical", &site.permalink(&path));
    if let Some(list) = &page.list {
        for (name, value) in listings::list_context(cx, index, list, pager) {
            context.insert(name, &value);
        }
    }
    let html = templates.render(&template, &context, Some(&page.source.file))?;
    Ok(OutputFile::text(format!("{path}index.html"), html))
}
