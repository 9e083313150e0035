//! How markdown reaches the rest of lapa: `@/` links through the site model, shortcodes
//! through the theme's `shortcodes/<name>.html` templates with their arguments, the
//! page's language, `site` and `data`.

use super::markdown::Host;
use super::pages::{Shared, base_context};
use super::templates::{SHORTCODE_PREFIX, Templates};
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use serde_json::{Map, Value};

/// The markdown renderer's view of the site.
pub struct ShortcodeHost<'a> {
    /// The model, for links.
    pub site: &'a Site,
    /// The compiled theme.
    pub templates: &'a Templates,
    /// Per-language views.
    pub shared: &'a Shared,
}

impl Host for ShortcodeHost<'_> {
    fn resolve_link(&self, link: &str, lang: &str) -> Option<String> {
        self.site.resolve_url(link, lang)
    }

    fn render_shortcode(
        &self,
        name: &str,
        args: &Map<String, Value>,
        lang: &str,
    ) -> Result<String, Diagnostic> {
        let template = format!("{SHORTCODE_PREFIX}{name}.html");
        if !self.templates.has(&template) {
            return Err(Diagnostic::error("shortcode-unknown")
                .with("name", name)
                .with("theme", &self.site.config.theme));
        }
        let mut context = base_context(self.site, self.shared, lang);
        for (key, value) in args {
            if key == "lang" {
                continue;
            }
            context.insert(key.clone(), value);
        }
        context.insert("args", args);
        // A template error inside a shortcode is reported at the shortcode's template;
        // the markdown renderer adds the page and the call's place.
        self.templates
            .render(&template, &context, None)
            .map(|html| html.trim().to_string())
    }
}

/// For markdown outside pages (descriptions in data files): links resolve, shortcodes
/// are not available.
pub struct LinkHost<'a> {
    /// The model, for links.
    pub site: &'a Site,
}

impl Host for LinkHost<'_> {
    fn resolve_link(&self, link: &str, lang: &str) -> Option<String> {
        self.site.resolve_url(link, lang)
    }

    fn render_shortcode(
        &self,
        name: &str,
        _: &Map<String, Value>,
        _: &str,
    ) -> Result<String, Diagnostic> {
        Err(Diagnostic::error("shortcode-not-here").with("name", name))
    }
}
