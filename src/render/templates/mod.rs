//! Tera setup: the theme's templates and shortcodes compiled from the theme alone
//! (`CompiledTemplates`), then bound to one build's site, interface texts and data
//! (`CompiledTemplates::bind`, which clones the compiled templates and registers lapa's
//! functions and filters for that site, without compiling anything again); template
//! errors turned into diagnostics that name the template file, line and column, and the
//! page being rendered.
//!
//! Tera 2 functions see the render context only as plain values (`State::get`), which
//! cannot hold the model, so `url()`, `t()` and the rest reach the site through what
//! `bind` gives them, not through the context.

mod call_error;
mod document_list;
mod functions;
mod plain_texts;
mod undefined;

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::model::Site;
use crate::render::ThemeFile;
use crate::render::data_views::DataViews;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Context, ErrorKind, Tera};

/// Whether a diagnostic is one lapa tells in its own words about a template's run (a
/// refused call, a name not there), rather than Tera's text inside `template-render`.
pub(crate) fn is_told_by_lapa(id: &str) -> bool {
    call_error::is_call_error(id)
        || matches!(
            id,
            "template-variable-undefined" | "template-field-undefined"
        )
}

/// Shortcode templates live under this prefix in the Tera instance.
pub(crate) const SHORTCODE_PREFIX: &str = "shortcodes/";

/// The theme's templates, compiled once, not yet bound to a site.
pub(crate) struct CompiledTemplates {
    tera: Tera,
    /// Template name → file (relative to the site root), for messages.
    files: Arc<Vec<(String, PathBuf)>>,
}

/// The compiled templates bound to one build's site.
pub(crate) struct Templates {
    tera: Tera,
    /// Template name → file (relative to the site root), for messages.
    files: Arc<Vec<(String, PathBuf)>>,
}

impl CompiledTemplates {
    /// Compiles the theme. Every template with a syntax error is reported and stands in
    /// as an empty template, so that the pages can still be rendered to find their own
    /// problems in the same run (the build fails anyway).
    pub(crate) fn compile(
        templates: &[ThemeFile<'_>],
        shortcodes: &[ThemeFile<'_>],
    ) -> Result<(Self, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".htm", ".xml", ".svg"]);
        functions::declare(&mut tera);
        let mut files = Vec::new();
        let mut all = Vec::new();
        for t in templates {
            files.push((t.name.to_string(), t.file.to_path_buf()));
            all.push((t.name.to_string(), t.text));
        }
        for s in shortcodes {
            let name = format!("{SHORTCODE_PREFIX}{}.html", s.name);
            files.push((name.clone(), s.file.to_path_buf()));
            all.push((name, s.text));
        }
        let this = Templates {
            tera: Tera::new(),
            files: Arc::new(files),
        };

        // Each file alone first, so that every syntax error is found, not only the first.
        let mut problems = Vec::new();
        for (name, text) in &mut all {
            let mut alone = Tera::new();
            alone.register_from(&tera);
            if let Err(e) = alone.add_raw_template(name, text)
                && matches!(e.kind(), ErrorKind::SyntaxError(_))
            {
                problems.push(this.diagnostic(&e, None));
                *text = "";
            }
        }
        if let Err(e) = tera.add_raw_templates(all.iter().map(|(n, t)| (n.as_str(), *t))) {
            problems.push(this.diagnostic(&e, None));
            return Err(problems);
        }
        Ok((
            Self {
                tera,
                files: this.files,
            },
            problems,
        ))
    }

    /// The templates for one build: lapa's functions and filters answer for `site`.
    pub(crate) fn bind(&self, site: Arc<Site>, i18n: Arc<I18n>, data: Arc<DataViews>) -> Templates {
        let mut tera = self.tera.clone();
        functions::register(&mut tera, site, i18n, data);
        Templates {
            tera,
            files: self.files.clone(),
        }
    }
}

impl Templates {
    /// Whether the theme has a template.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders a template for the page in `page_file`.
    pub(crate) fn render(
        &self,
        name: &str,
        context: &Context,
        page_file: Option<&Path>,
    ) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|e| self.diagnostic(&e, page_file))
    }

    /// Renders a template for the page in `page_file` into bytes (UTF-8, as Tera writes
    /// only text), without the copy and check a `String` costs.
    pub(crate) fn render_bytes(
        &self,
        name: &str,
        context: &Context,
        page_file: Option<&Path>,
    ) -> Result<Vec<u8>, Diagnostic> {
        // Room for a typical page, so that the buffer rarely grows.
        let mut bytes = Vec::with_capacity(32 * 1024);
        self.tera
            .render_to(name, context, &mut bytes)
            .map_err(|e| self.diagnostic(&e, page_file))?;
        Ok(bytes)
    }

    fn file_of(&self, name: &str) -> PathBuf {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| PathBuf::from(name))
    }

    /// A Tera error as a diagnostic in the template's file.
    fn diagnostic(&self, error: &tera::Error, page_file: Option<&Path>) -> Diagnostic {
        let page = page_file
            .map(crate::diagnostics::display_path)
            .unwrap_or_default();
        // The same problem reads differently with and without a page being rendered.
        let with_page = |d: Diagnostic| {
            if page.is_empty() {
                d
            } else {
                let id = match d.id {
                    "template-render" => "template-render-page",
                    "template-missing" => "template-missing-page",
                    other => other,
                };
                Diagnostic { id, ..d }.with("page", &page).with("pages", 1)
            }
        };
        match error.kind() {
            // One of lapa's functions or filters refused a call: its own message.
            ErrorKind::RenderingError(report)
                if let Some(call) = call_error::find(report.message()) =>
            {
                let mut d = Diagnostic::error(call.id)
                    .in_file(self.file_of(report.filename()))
                    .at(report.span().range.clone());
                for (name, value) in &call.args {
                    d = d.with(name, value);
                }
                // Every call message names the page it was made for, when there is one.
                d.with("page", &page)
                    .with("pages", usize::from(!page.is_empty()))
            }
            // A variable or field that is not there: lapa's own message.
            ErrorKind::RenderingError(report)
                if let Some(missing) = undefined::read(report.message()) =>
            {
                Diagnostic::error(missing.id)
                    .in_file(self.file_of(report.filename()))
                    .at(report.span().range.clone())
                    .with("missing", &missing.name)
                    .with("available", &missing.available)
                    .with(
                        "count",
                        missing
                            .available
                            .split(", ")
                            .filter(|n| !n.is_empty())
                            .count(),
                    )
                    .with("page", &page)
                    .with("pages", usize::from(!page.is_empty()))
            }
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
                let id = if matches!(error.kind(), ErrorKind::SyntaxError(_)) {
                    "template-syntax"
                } else {
                    "template-render"
                };
                let mut details = report.message().to_string();
                let mut source = std::error::Error::source(error);
                while let Some(s) = source {
                    details.push_str(": ");
                    details.push_str(&s.to_string());
                    source = s.source();
                }
                with_page(
                    Diagnostic::error(id)
                        .in_file(self.file_of(report.filename()))
                        .at(report.span().range.clone())
                        .with("details", details),
                )
            }
            ErrorKind::TemplateNotFound(name) => {
                with_page(Diagnostic::error("template-missing").with("template", name))
            }
            ErrorKind::MissingParent { current, parent } => Diagnostic::error("template-missing")
                .in_file(self.file_of(current))
                .with("template", parent),
            other => {
                with_page(Diagnostic::error("template-render").with("details", other.to_string()))
            }
        }
    }
}
