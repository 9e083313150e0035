//! The `documents()` template function: the documents of a page's bundle, or with
//! `from="@/…/_index.md"` those of a section and of every page below it, as a list of
//! items (`render::documents::DocumentItem`) for the theme's `documents` shortcode. The
//! page is `page=` (its path, `lv/jaunumi/x/`) or the shortcode's own (`page_path` in
//! its context).

use super::call_error::CallError;
use super::functions::{language, link_error};
use crate::i18n::I18n;
use crate::model::{Resolved, Site};
use crate::render::documents::{self, TextMissing};
use std::sync::Arc;
use tera::{Error, Kwargs, State, Tera, Value};

/// Registers `documents()` for one site.
pub(super) fn register(tera: &mut Tera, site: Arc<Site>, i18n: Arc<I18n>) {
    tera.register_function(
        "documents",
        move |kwargs: Kwargs, state: &State| -> Result<Value, Error> {
            let lang = language(&kwargs, state)?;
            let from = kwargs.get::<&str>("from")?.filter(|f| !f.is_empty());
            let missing = |m: TextMissing| -> Error {
                CallError::new("template-text-missing")
                    .with("key", m.key)
                    .with("lang", &lang)
                    .into()
            };
            let items = match from {
                Some(path) => {
                    if !path.starts_with("@/") {
                        return Err(CallError::new("template-url-not-content")
                            .with("path", path)
                            .into());
                    }
                    let page = match site.resolve_link(path, &lang) {
                        Resolved::Page(target) => site.get(&target.page),
                        other => return Err(link_error(&site, path, &lang, other)),
                    };
                    let Some(page) = page else {
                        return Err(link_error(&site, path, &lang, Resolved::Missing));
                    };
                    documents::items(&site, &i18n, &lang, site.documents_below(&page.path))
                        .map_err(missing)?
                }
                None => {
                    let given = kwargs.get::<&str>("page")?.map(str::to_string);
                    let page_path = match given {
                        Some(path) => path,
                        None => state
                            .get::<Value>("page_path")?
                            .and_then(|v| v.as_str().map(str::to_string))
                            .ok_or_else(|| {
                                Error::from(CallError::new("template-documents-no-page"))
                            })?,
                    };
                    documents::items(&site, &i18n, &lang, site.documents_of(&page_path))
                        .map_err(missing)?
                }
            };
            Ok(Value::from_serializable(&items))
        },
    );
}
