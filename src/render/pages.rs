//! Site pages → HTML files: each page, section and home page through its template
//! with the views of `views`.

use super::data_views::DataViews;
use super::output::OutputFile;
use super::templates::Templates;
use super::views::{self, Cx};
use crate::diagnostics::Diagnostic;
use crate::model::{Page, Site};
use tera::{Context, Value};

/// Per-language values that every page of that language shares, built once.
pub(super) struct Shared {
    /// `(lang, site view, data)`.
    pub by_language: Vec<(String, Value, Value)>,
    /// The page-number links of every paginated page.
    pub pager_links: views::PagerLinks,
    /// Highlights the guide pages' snippets (its syntaxes load on first use).
    pub highlighter: super::markdown::Highlighter,
}

impl Shared {
    /// Builds the shared views.
    pub(super) fn new(site: &Site, data: &DataViews) -> Self {
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
        Self {
            by_language,
            pager_links: views::PagerLinks::new(site),
            highlighter: Default::default(),
        }
    }

    /// The site view and data of a language.
    pub(super) fn get(&self, lang: &str) -> (Value, Value) {
        self.by_language
            .iter()
            .find(|(l, _, _)| l == lang)
            .map(|(_, s, d)| (s.clone(), d.clone()))
            .unwrap_or_else(|| (Value::none(), Value::none()))
    }
}

/// The context every template of a page's language starts from.
pub(super) fn base_context(site: &Site, shared: &Shared, lang: &str) -> Context {
    let (site_view, data) = shared.get(lang);
    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert_value("site", site_view);
    context.insert_value("data", data);
    context.insert("now", &site.now.strftime("%Y-%m-%dT%H:%M").to_string());
    context
}

/// Renders list page `number` of a page (1: the page itself) to `path`.
pub(super) fn render_page(
    cx: &Cx<'_>,
    templates: &Templates,
    shared: &Shared,
    page: &Page,
    number: usize,
    path: &str,
) -> Result<OutputFile, Diagnostic> {
    let site = cx.site;
    let template = page.template();
    if !templates.has(template) {
        return Err(Diagnostic::error("template-missing")
            .in_file(page.file())
            .at(page.template_span())
            .with("template", template));
    }
    let pager = site.pager(page, number);
    let paginated = pager.total > 1;
    let mut context = base_context(site, shared, &page.lang);
    context.insert_value(
        "page",
        views::page_view(cx, page, paginated.then_some(&pager)),
    );
    context.insert_value(
        "paginator",
        if paginated {
            views::paginator_view(site, &shared.pager_links, &pager)
        } else {
            Value::none()
        },
    );
    context.insert_value("translations", views::translations_view(site, page));
    context.insert_value("alternates", views::alternates_view(site, page));
    context.insert_value("breadcrumbs", views::breadcrumbs_view(site, page));
    let menus = views::menus_view(site, page);
    // `menu` is `menus.main`, the same value.
    let menu = menus
        .as_map()
        .and_then(|m| m.get(&tera::value::Key::Str("main")))
        .cloned()
        .unwrap_or_else(|| views::menu_view(site, page));
    context.insert_value("menu", menu);
    context.insert_value("menus", menus);
    context.insert_value("feeds", views::feeds_view(site, page, cx.i18n));
    context.insert(
        "embed_links",
        &super::embeds::discovery::links_view(cx, page)?,
    );
    context.insert(
        "canonical",
        &site.permalink(&site.pager_path(page, pager.number)),
    );
    if let Some(list) = page.list() {
        for (name, value) in views::list_context(cx, page, list, &pager) {
            context.insert_value(name, value);
        }
        if list.kind == crate::model::generated::GeneratedKind::Search {
            context.insert_value("search", super::search::context_view(site, page));
        }
        if list.kind == crate::model::generated::GeneratedKind::Embeds {
            for (name, value) in super::embeds::guide_context(cx, shared, page, list)? {
                context.insert(name, &value);
            }
        }
    }
    let html = templates.render_bytes(template, &context, Some(page.file()))?;
    Ok(OutputFile::bytes(path, html))
}
