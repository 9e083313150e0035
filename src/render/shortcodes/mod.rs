//! How markdown reaches the rest of lapa: `@/` links and bundle files through the site
//! model, interface texts through the locales, shortcodes through the theme's
//! `shortcodes/<name>.html` templates. A call's arguments are checked against the
//! template's declaration (`signature`) before it renders; every problem is placed in
//! the content file, with the template as a note.

pub(super) mod signature;

use super::data_views::DataViews;
use super::markdown::{Call, CurrentPage, Host, ImageText};
use super::pages::{Shared, base_context};
use super::templates::{SHORTCODE_PREFIX, Templates};
use crate::diagnostics::Diagnostic;
use crate::i18n::{ArgValue, I18n};
use crate::model::{BundleFile, Site};
use crate::render::ThemeFile;
use signature::Signature;
use std::collections::{BTreeMap, BTreeSet};

/// Names the shortcode's context gives from the page, never from an argument.
const PAGE_KEYS: [&str; 3] = ["lang", "page_path", "page_url"];

/// The theme's shortcodes: their declarations, read once.
pub(super) struct Signatures {
    by_name: BTreeMap<String, Signature>,
    /// Shortcodes whose declaration is broken (reported once, at the template): their
    /// calls render nothing rather than repeat the problem on every page.
    broken: BTreeSet<String>,
}

impl Signatures {
    /// Reads every shortcode's declaration; one that cannot be read is an error.
    pub(super) fn read(shortcodes: &[ThemeFile<'_>]) -> (Self, Vec<Diagnostic>) {
        let mut by_name = BTreeMap::new();
        let mut broken = BTreeSet::new();
        let mut problems = Vec::new();
        for file in shortcodes {
            match signature::read(file.file.to_path_buf(), file.text) {
                Ok(s) => {
                    by_name.insert(file.name.to_string(), s);
                }
                Err(p) => {
                    broken.insert(file.name.to_string());
                    problems.extend(p);
                }
            }
        }
        (Self { by_name, broken }, problems)
    }
}

/// The ids the theme's templates write literally (`id="main"`), which headings must not
/// take.
pub(super) fn theme_ids(templates: &[ThemeFile<'_>]) -> Vec<String> {
    let mut ids: Vec<String> = templates
        .iter()
        .flat_map(|t| t.text.split("id=\"").skip(1))
        .filter_map(|rest| rest.split('"').next())
        .filter(|id| !id.is_empty() && !id.contains(['{', '}', ' ', '<']))
        .map(str::to_string)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The markdown renderer's view of the site.
pub(super) struct ShortcodeHost<'a> {
    /// The model, for links.
    pub site: &'a Site,
    /// The compiled theme.
    pub templates: &'a Templates,
    /// What each shortcode takes.
    pub signatures: &'a Signatures,
    /// Per-language views.
    pub shared: &'a Shared,
    /// `data`, for the ids shortcodes name.
    pub data: &'a DataViews,
    /// Interface texts.
    pub i18n: &'a I18n,
    /// Ids of the theme.
    pub reserved: Vec<String>,
}

impl Host for ShortcodeHost<'_> {
    fn resolve_link(&self, link: &str, lang: &str) -> (String, Option<Diagnostic>) {
        resolve_link(self.site, link, lang)
    }

    fn check_file(&self, page_path: &str, dest: &str, image: bool) -> Option<Diagnostic> {
        check_file(self.site, page_path, dest, image)
    }

    fn picture(&self, page_path: &str, dest: &str, image: &ImageText<'_>) -> Option<String> {
        super::pictures::markdown_picture(self.site, page_path, dest, image)
    }

    fn render_shortcode(
        &self,
        call: &Call,
        lang: &str,
        page: Option<CurrentPage<'_>>,
    ) -> Result<String, Diagnostic> {
        let name = &call.name;
        let template = format!("{SHORTCODE_PREFIX}{name}.html");
        if self.signatures.broken.contains(name) {
            return Ok(String::new());
        }
        let Some(signature) = self.signatures.by_name.get(name) else {
            return Err(Diagnostic::error("shortcode-unknown")
                .with("name", name)
                .with("theme", &self.site.config.theme));
        };
        let known_ids = |file: &str, list: &str| {
            self.data.list(lang, file, list).map(|items| {
                items
                    .iter()
                    .filter_map(|i| i.get("id").and_then(|v| v.as_str()).map(str::to_string))
                    .collect()
            })
        };
        let args = signature::apply(signature, name, &call.args, &known_ids)?;
        let mut context = base_context(self.site, self.shared, lang);
        for (key, value) in &args {
            if PAGE_KEYS.contains(&key.as_str()) {
                continue;
            }
            context.insert(key.clone(), value);
        }
        context.insert("args", &args);
        // The page the shortcode is on: its bundle's folder below the base path
        // (`lv/jaunumi/x/`) and its URL, for what the template lists or links relative
        // to it (`documents()`, `picture()`).
        if let Some(page) = page {
            context.insert("page_path", page.path);
            context.insert("page_url", page.url);
        }
        // A template error is reported at the call, with the template's place as a note.
        self.templates
            .render(&template, &context, None)
            .map(|html| html.trim().to_string())
            .map_err(|d| {
                // A function or filter the shortcode's template calls refused, or a name
                // it uses is not there: that problem, told at the call, with the
                // template's place as a note.
                if crate::render::templates::is_told_by_lapa(d.id) {
                    let (file, span) = match &d.file {
                        Some(file) => (file.clone(), d.span.clone()),
                        None => (signature.file.clone(), None),
                    };
                    return d
                        .note("note-shortcode-template", file, span)
                        .with("name", name);
                }
                let details = d.arg("details").map(str::to_string).unwrap_or_else(|| {
                    d.args
                        .iter()
                        .map(|(_, v)| v.as_str())
                        .collect::<Vec<_>>()
                        .join(": ")
                });
                let (file, span) = match d.file {
                    Some(file) => (file, d.span),
                    None => (signature.file.clone(), None),
                };
                Diagnostic::error("shortcode-render")
                    .with("name", name)
                    .with("details", details)
                    .note("note-shortcode-template", file, span)
            })
    }

    fn interface_text(
        &self,
        lang: &str,
        key: &str,
        args: &[(&str, String)],
    ) -> Result<String, Diagnostic> {
        interface_text(self.i18n, lang, key, args)
    }

    fn reserved_ids(&self) -> &[String] {
        &self.reserved
    }
}

pub(super) fn resolve_link(site: &Site, link: &str, lang: &str) -> (String, Option<Diagnostic>) {
    let resolved = site.resolve_link(link, lang);
    let problem = site.link_problem(link, lang, &resolved);
    let url = match resolved {
        crate::model::Resolved::Page(t) | crate::model::Resolved::OtherLanguage(t) => {
            site.link_url(&t)
        }
        _ => String::new(),
    };
    (url, problem)
}

fn check_file(site: &Site, page_path: &str, dest: &str, image: bool) -> Option<Diagnostic> {
    match site.bundle_file(page_path, dest, image) {
        BundleFile::NotChecked | BundleFile::Exists => None,
        BundleFile::Outside => Some(Diagnostic::error("bundle-file-outside").with("file", dest)),
        BundleFile::Missing {
            name,
            nearby,
            case_match,
        } => {
            let d = match case_match {
                Some(actual) => Diagnostic::error("bundle-file-case").with("actual", actual),
                None => Diagnostic::error("bundle-file-missing"),
            };
            Some(
                d.with("file", name)
                    .with("files", crate::model::files_list(&nearby)),
            )
        }
    }
}

fn interface_text(
    i18n: &I18n,
    lang: &str,
    key: &str,
    args: &[(&str, String)],
) -> Result<String, Diagnostic> {
    let args: Vec<(String, ArgValue)> = args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<f64>() {
                Ok(n) => ArgValue::Number(n),
                Err(_) => ArgValue::Text(v.clone()),
            };
            (k.to_string(), value)
        })
        .collect();
    i18n.text(lang, key, &args).map_err(|_| {
        Diagnostic::error("interface-text-missing")
            .with("key", key)
            .with("lang", lang)
    })
}

/// For markdown outside pages (descriptions in data files): links resolve, shortcodes
/// are not available, and there is no bundle.
pub(super) struct LinkHost<'a> {
    /// The model, for links.
    pub site: &'a Site,
    /// Interface texts.
    pub i18n: &'a I18n,
}

impl Host for LinkHost<'_> {
    fn resolve_link(&self, link: &str, lang: &str) -> (String, Option<Diagnostic>) {
        resolve_link(self.site, link, lang)
    }

    fn check_file(&self, _: &str, _: &str, _: bool) -> Option<Diagnostic> {
        None
    }

    fn picture(&self, _: &str, _: &str, _: &ImageText<'_>) -> Option<String> {
        None
    }

    fn render_shortcode(
        &self,
        call: &Call,
        _: &str,
        _: Option<CurrentPage<'_>>,
    ) -> Result<String, Diagnostic> {
        Err(Diagnostic::error("shortcode-not-here").with("name", &call.name))
    }

    fn interface_text(
        &self,
        lang: &str,
        key: &str,
        args: &[(&str, String)],
    ) -> Result<String, Diagnostic> {
        interface_text(self.i18n, lang, key, args)
    }

    fn reserved_ids(&self) -> &[String] {
        &[]
    }
}
