//! The functions and filters templates call: `t()` for interface texts, `url()` for `@/`
//! links, `asset()` for theme files, and the CLDR formats `number`, `money`, `percent`,
//! `date`, `datetime`. Each reads the page's language from the context (`lang`) unless
//! given `lang=`.

use super::plain_texts::PlainTexts;
use crate::i18n::{ArgValue, DateStyle, I18n, TextError};
use crate::model::Site;
use crate::render::data_views::DataViews;
use crate::values::dates;
use std::sync::Arc;
use tera::{Error, Kwargs, State, Tera, Value};

/// The names of every function and filter, so that templates using them compile before
/// any site is bound; until `register` replaces them, each says it is not bound.
pub(super) fn declare(tera: &mut Tera) {
    let unbound = || Error::message("lapa's template functions are not bound to a site");
    for name in ["indicator", "contact", "t", "url", "asset"] {
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
                        Error::message(format!(
                            "there is no {name} with id \"{id}\" in content/data/{file}.yaml"
                        ))
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
            let text = texts.text(&lang, key, &args).map_err(|e| match e {
                TextError::MissingKey => Error::message(format!(
                    "there is no interface text \"{key}\" in locales/{lang}/"
                )),
                TextError::UnknownLanguage => {
                    Error::message(format!("\"{lang}\" is not one of the site's languages"))
                }
                TextError::Format(details) => {
                    Error::message(format!("the interface text \"{key}\" ({lang}): {details}"))
                }
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
                return Err(Error::message(format!(
                    "url(path=\"{path}\"): the path must start with @/ and name a file in content/"
                )));
            }
            links.resolve_url(path, &lang).ok_or_else(|| {
                Error::message(format!(
                    "url(path=\"{path}\"): there is no such file in content/"
                ))
            })
        },
    );

    let base_path = site.config.base_path.clone();
    tera.register_function(
        "asset",
        move |kwargs: Kwargs, _: &State| -> Result<String, Error> {
            let path: &str = kwargs.must_get("path")?;
            Ok(format!("{base_path}{}", path.trim_start_matches('/')))
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
                    Error::message(format!("\"{currency}\" is not an ISO 4217 currency code"))
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
            let text = value
                .as_str()
                .ok_or_else(|| Error::message("date: expects a date such as 2023-02-03"))?;
            let date = dates::parse(text).ok_or_else(|| {
                Error::message(format!("date: \"{text}\" is not a date such as 2023-02-03"))
            })?;
            let style = match kwargs.get::<&str>("format")? {
                Some(f) => f.parse::<DateStyle>().map_err(|_| {
                    Error::message(format!(
                        "date: unknown format \"{f}\"; use long, medium, short or weekday"
                    ))
                })?,
                None => DateStyle::Long,
            };
            Ok(with_formats(&formats, &kwargs, state)?.date(date.date(), style))
        },
    );
    tera.register_filter(
        "datetime",
        move |value: Value, kwargs: Kwargs, state: &State| -> Result<String, Error> {
            let text = value.as_str().ok_or_else(|| {
                Error::message("datetime: expects a date such as 2023-02-03T10:00")
            })?;
            let date = dates::parse(text).ok_or_else(|| {
                Error::message(format!(
                    "datetime: \"{text}\" is not a date such as 2023-02-03T10:00"
                ))
            })?;
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

/// The language a call asks for: borrowed from `lang=`, or the context's `lang` as Tera
/// holds it (a cheap clone; copying it into a `String` on every `t()` call cost 3 % of a
/// build).
enum Lang<'k> {
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

fn language<'k>(kwargs: &'k Kwargs, state: &State) -> Result<Lang<'k>, Error> {
    if let Some(lang) = kwargs.get::<&str>("lang")? {
        return Ok(Lang::Given(lang));
    }
    let value = state
        .get::<Value>("lang")?
        .ok_or_else(|| Error::message("no lang in this template's context; pass lang=\"…\""))?;
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
        .ok_or_else(|| Error::message(format!("\"{lang}\" is not one of the site's languages")))
}

fn number(value: &Value) -> Result<f64, Error> {
    value
        .as_f64()
        .or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
        .ok_or_else(|| Error::message(format!("expected a number, got {value}")))
}
