//! The functions and filters templates call: `t()` for interface texts, `url()` for `@/`
//! links, `asset()` for theme files, `picture()` for a published image's `<picture>`, and the CLDR formats `number`, `money`, `percent`,
//! `date`, `datetime`. Each reads the page's language from the context (`lang`) unless
//! given `lang=`.

use super::call_error::CallError;
use super::plain_texts::PlainTexts;
use crate::i18n::{ArgValue, DateStyle, I18n, TextError};
use crate::model::{Resolved, Site};
use crate::render::data_views::DataViews;
use crate::values::dates;
use std::sync::Arc;
use tera::{Error, Kwargs, State, Tera, Value};

/// The names of every function and filter, so that templates using them compile before
/// any site is bound; until `register` replaces them, each says it is not bound.
pub(super) fn declare(tera: &mut Tera) {
    let unbound = || Error::message("lapa's template functions are not bound to a site");
    for name in [
        "indicator",
        "contact",
        "t",
        "url",
        "asset",
        "picture",
        "documents",
    ] {
        tera.register_function(name, move |_: Kwargs, _: &State| -> Result<Value, Error> {
            Err(unbound())
        });
    }
    for name in ["number", "money", "percent", "date", "datetime"] {
        tera.register_filter(
            name,
            move |_: Value, _: Kwargs, _: &State| -> Result<Value, Error> { Err(unbound()) },
        );
    }
}

/// Registers everything on a Tera instance, for one site.
pub(super) fn register(tera: &mut Tera, site: Arc<Site>, i18n: Arc<I18n>, data: Arc<DataViews>) {
    for (name, file, list) in [
        ("indicator", "indicators", "indicators"),
        ("contact", "contacts", "contacts"),
    ] {
        let data = data.clone();
        tera.register_function(
            name,
            move |kwargs: Kwargs, state: &State| -> Result<Value, Error> {
                let id: &str = kwargs.must_get("id")?;
                let lang = language(&kwargs, state)?;
                data.find(&lang, file, list, id)
                    .map(|item| Value::from_serializable(&item))
                    .ok_or_else(|| {
                        CallError::new("template-data-id-unknown")
                            .with("function", name)
                            .with("id", id)
                            .with("file", format!("content/data/{file}.yaml"))
                            .into()
                    })
            },
        );
    }
    let texts = i18n.clone();
    let plain_texts = PlainTexts::default();
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> Result<Value, Error> {
            let key: &str = kwargs.must_get("key")?;
            let lang = language(&kwargs, state)?;
            let plain = kwargs
                .iter()
                .all(|(name, _)| matches!(name.as_str(), Some("key" | "lang")));
            if plain && let Some(text) = plain_texts.get(&lang, key) {
                return Ok(text);
            }
            let mut args = Vec::new();
            for (name, value) in kwargs.iter() {
                let name = name.to_string();
                if name == "key" || name == "lang" {
                    continue;
                }
                let value = match value.as_f64() {
                    Some(n) if value.is_number() => ArgValue::Number(n),
                    _ => ArgValue::Text(
                        value
                            .as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| value.to_string()),
                    ),
                };
                args.push((name, value));
            }
            args.sort_by(|a, b| a.0.cmp(&b.0));
            let text = texts.text(&lang, key, &args).map_err(|e| -> Error {
                match e {
                    TextError::MissingKey => CallError::new("template-text-missing")
                        .with("key", key)
                        .with("lang", &lang),
                    TextError::UnknownLanguage => unknown_language(&lang),
                    TextError::Format(details) => CallError::new("template-text-format")
                        .with("key", key)
                        .with("lang", &lang)
                        .with("details", details),
                }
                .into()
            })?;
            let text = Value::from(text);
            if plain {
                plain_texts.keep(&lang, key, &text);
            }
            Ok(text)
        },
    );

    let links = site.clone();
    tera.register_function(
        "url",
        move |kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let path: &str = kwargs.must_get("path")?;
            let lang = language(&kwargs, state)?;
            if !path.starts_with("@/") {
                return Err(CallError::new("template-url-not-content")
                    .with("path", path)
                    .into());
            }
            // Never another language's page in silence: a theme links the page of the
            // language it renders, or names the other one (`@/kontakti.lv.md`).
            match links.resolve_link(path, &lang) {
                Resolved::Page(target) => Ok(links.link_url(&target)),
                other => Err(link_error(&links, path, &lang, other)),
            }
        },
    );
    super::document_list::register(tera, site.clone(), i18n.clone());

    let base_path = site.config.base_path.clone();
    tera.register_function(
        "asset",
        move |kwargs: Kwargs, _: &State| -> Result<String, Error> {
            let path: &str = kwargs.must_get("path")?;
            Ok(format!("{base_path}{}", path.trim_start_matches('/')))
        },
    );

    let pictures = site.clone();
    tera.register_function(
        "picture",
        move |kwargs: Kwargs, state: &State| -> Result<Value, Error> {
            picture(&pictures, &kwargs, state).map(|html| Value::safe_string(&html))
        },
    );

    let formats = i18n.clone();
    tera.register_filter(
        "number",
        move |value: Value, kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let n = number(&value)?;
            let decimals = kwargs.get::<u64>("decimals")?.map(|d| d.min(20) as u8);
            Ok(with_formats(&formats, &kwargs, state)?.number(n, decimals))
        },
    );
    let formats = i18n.clone();
    tera.register_filter(
        "money",
        move |value: Value, kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let n = number(&value)?;
            let currency = kwargs.get::<&str>("currency")?.unwrap_or("EUR").to_string();
            with_formats(&formats, &kwargs, state)?
                .money(n, &currency)
                .ok_or_else(|| {
                    CallError::new("template-currency-unknown")
                        .with("currency", &currency)
                        .into()
                })
        },
    );
    let formats = i18n.clone();
    tera.register_filter(
        "percent",
        move |value: Value, kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let n = number(&value)?;
            let decimals = kwargs.get::<u64>("decimals")?.map(|d| d.min(20) as u8);
            Ok(with_formats(&formats, &kwargs, state)?.percent(n, decimals))
        },
    );
    let formats = i18n.clone();
    tera.register_filter(
        "date",
        move |value: Value, kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let date = date_value(&value, "date")?;
            let style = match kwargs.get::<&str>("format")? {
                Some(f) => f.parse::<DateStyle>().map_err(|_| {
                    Error::from(CallError::new("template-date-format-unknown").with("format", f))
                })?,
                None => DateStyle::Long,
            };
            Ok(with_formats(&formats, &kwargs, state)?.date(date.date(), style))
        },
    );
    tera.register_filter(
        "datetime",
        move |value: Value, kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let date = date_value(&value, "datetime")?;
            let f = with_formats(&i18n, &kwargs, state)?;
            let day = f.date(date.date(), DateStyle::Long);
            Ok(if date.has_time {
                format!("{day}, {}", f.time(date.datetime.time()))
            } else {
                day
            })
        },
    );
}

/// `picture(src, alt, sizes?, loading?, class?, priority?, page?)`: the `<picture>` of a
/// published raster image; `src` is its address as `page.image` gives it, or relative to
/// the page (`page=`, a shortcode's `page_path`, else the page being rendered). A published file lapa does not process (an
/// SVG) is a plain `<img>`.
fn picture(site: &Site, kwargs: &Kwargs, state: &State) -> Result<String, Error> {
    use crate::render::pictures::{Loading, PictureOptions, picture_html};
    let src: &str = kwargs.must_get("src")?;
    let alt = kwargs.get::<&str>("alt")?.unwrap_or_default();
    let priority = kwargs.get::<bool>("priority")?.unwrap_or(false);
    let loading = match kwargs.get::<&str>("loading")? {
        _ if priority => Loading::Priority,
        None | Some("lazy") => Loading::Lazy,
        Some("eager") => Loading::Eager,
        Some(other) => {
            return Err(CallError::new("template-picture-loading")
                .with("loading", other)
                .into());
        }
    };
    // The output path: below the base path, or relative to the page's own address.
    let base = site.config.base_path.as_str();
    let path = match src.strip_prefix(base).filter(|_| src.starts_with('/')) {
        Some(path) => Some(crate::model::percent_decode(path)),
        None => {
            // The page: `page=` (a shortcode passes its `page_path` on), the shortcode's
            // `page_path`, or the page being rendered.
            let page_path = match kwargs.get::<&str>("page")? {
                Some(path) => path.to_string(),
                None => match state.get::<Value>("page_path")? {
                    Some(path) => path.as_str().unwrap_or_default().to_string(),
                    None => {
                        let page = state.get::<Value>("page")?;
                        let url = page
                            .as_ref()
                            .and_then(|p| p.get_from_path("url"))
                            .and_then(|u| u.as_str().map(str::to_string))
                            .unwrap_or_default();
                        url.strip_prefix(base).unwrap_or(&url).to_string()
                    }
                },
            };
            crate::model::output_of(&page_path, src)
        }
    };
    let unknown = || Error::from(CallError::new("template-picture-unknown").with("src", src));
    let path = path.ok_or_else(unknown)?;
    if let Some(image) = site.images.get(&path) {
        let options = PictureOptions {
            alt,
            title: None,
            sizes: kwargs.get::<&str>("sizes")?,
            loading,
            class: kwargs.get::<&str>("class")?,
        };
        return Ok(picture_html(site, image, &options));
    }
    if site.outputs.at(&path).is_none() {
        return Err(unknown());
    }
    let escape = crate::render::markdown::escape;
    let mut html = format!(
        "<img src=\"{}\" alt=\"{}\"",
        escape(&site.url(&path)),
        escape(alt)
    );
    if let Some(class) = kwargs.get::<&str>("class")? {
        html.push_str(&format!(" class=\"{}\"", escape(class)));
    }
    match loading {
        Loading::Lazy => html.push_str(" loading=\"lazy\""),
        Loading::Eager => {}
        Loading::Priority => html.push_str(" fetchpriority=\"high\""),
    }
    html.push_str(" decoding=\"async\">");
    Ok(html)
}

/// Why an `@/` link of a template does not lead to a page of the language: a draft, a
/// missing file, or only another language's page (never taken in silence: a theme links
/// the page of the language it renders, or names the other one, `@/kontakti.lv.md`).
pub(super) fn link_error(links: &Site, path: &str, lang: &str, resolved: Resolved) -> Error {
    match resolved {
        Resolved::Page(_) | Resolved::Missing => CallError::new("template-url-missing")
            .with("path", path)
            .into(),
        other @ Resolved::OtherLanguage(_) => {
            // The same facts as the markdown link's warning: where the page is, and how
            // to name it on purpose.
            let facts = links.link_problem(path, lang, &other);
            let fact = |name| {
                facts
                    .as_ref()
                    .and_then(|d| d.arg(name))
                    .unwrap_or_default()
                    .to_string()
            };
            CallError::new("template-url-other-language")
                .with("path", path)
                .with("lang", lang)
                .with("target", fact("target"))
                .with("explicit", fact("explicit"))
                .into()
        }
        Resolved::Draft(file) => CallError::new("template-url-draft")
            .with("path", path)
            .with("draft", crate::diagnostics::display_path(&file))
            .into(),
    }
}

/// The language a call asks for: borrowed from `lang=`, or the context's `lang` as Tera
/// holds it (a cheap clone; copying it into a `String` on every `t()` call cost 3 % of a
/// build).
pub(super) enum Lang<'k> {
    Given(&'k str),
    Context(Value),
    Shown(String),
}

impl std::ops::Deref for Lang<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lang::Given(lang) => lang,
            Lang::Context(value) => value.as_str().unwrap_or_default(),
            Lang::Shown(lang) => lang,
        }
    }
}

impl std::fmt::Display for Lang<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

pub(super) fn language<'k>(kwargs: &'k Kwargs, state: &State) -> Result<Lang<'k>, Error> {
    if let Some(lang) = kwargs.get::<&str>("lang")? {
        return Ok(Lang::Given(lang));
    }
    let value = state
        .get::<Value>("lang")?
        .ok_or_else(|| Error::from(CallError::new("template-no-language")))?;
    Ok(if value.as_str().is_some() {
        Lang::Context(value)
    } else {
        Lang::Shown(value.to_string())
    })
}

fn with_formats<'a>(
    i18n: &'a I18n,
    kwargs: &Kwargs,
    state: &State,
) -> Result<&'a crate::i18n::Formats, Error> {
    let lang = language(kwargs, state)?;
    i18n.language(&lang)
        .map(|l| &l.formats)
        .ok_or_else(|| unknown_language(&lang).into())
}

/// A language that is not one of the site's.
fn unknown_language(lang: &str) -> CallError {
    CallError::new("template-language-unknown").with("lang", lang)
}

/// The date a `date` or `datetime` filter is given.
fn date_value(value: &Value, filter: &str) -> Result<dates::PageDate, Error> {
    value.as_str().and_then(dates::parse).ok_or_else(|| {
        CallError::new("template-not-a-date")
            .with("filter", filter)
            .with("value", value)
            .into()
    })
}

fn number(value: &Value) -> Result<f64, Error> {
    value
        .as_f64()
        .or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
        .ok_or_else(|| {
            CallError::new("template-not-a-number")
                .with("value", value)
                .into()
        })
}
