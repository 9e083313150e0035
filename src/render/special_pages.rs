//! Pages that belong to no single language or page: the bilingual `404.html`, the
//! language chooser at `/`, and redirect pages for `aliases`.

use super::output::OutputFile;
use super::pages::{Shared, base_context};
use super::templates::Templates;
use crate::diagnostics::Diagnostic;
use crate::model::{Page, Site};

/// `404.html` or the root `index.html`, through `template`.
pub(super) fn render_every_language(
    site: &Site,
    templates: &Templates,
    shared: &Shared,
    template: &str,
    path: &str,
) -> Result<OutputFile, Diagnostic> {
    let mut context = base_context(site, shared, &site.config.default_language);
    // These pages speak every language at once: the footer shows the project's facts
    // from each language's data and links each language's accessibility statement.
    let every_language: Vec<std::collections::BTreeMap<&str, tera::Value>> = site
        .config
        .languages
        .iter()
        .map(|l| {
            std::collections::BTreeMap::from([
                ("code", tera::Value::from(l.code.as_str())),
                ("data", shared.get(&l.code).1),
                (
                    "accessibility_url",
                    tera::Value::from_serializable(
                        &site.statement(&l.code).map(|p| site.url(&p.path)),
                    ),
                ),
            ])
        })
        .collect();
    context.insert("every_language", &every_language);
    if !templates.has(template) {
        return Err(Diagnostic::error("template-missing").with("template", template));
    }
    templates
        .render(template, &context, None)
        .map(|html| OutputFile::text(path, html))
}

/// The redirect page of an alias to `target`.
pub(super) fn render_alias(
    site: &Site,
    templates: &Templates,
    shared: &Shared,
    target: &Page,
    path: &str,
) -> Result<OutputFile, Diagnostic> {
    if !templates.has("alias.html") {
        return Err(Diagnostic::error("template-missing").with("template", "alias.html"));
    }
    let mut context = base_context(site, shared, &target.lang);
    context.insert("target", &site.permalink(&target.path));
    templates
        .render("alias.html", &context, Some(target.file()))
        .map(|html| OutputFile::text(path, html))
}
