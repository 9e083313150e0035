//! `data` as templates see it, per language: every data file with its texts in that
//! language (from the model), and the files with a fixed shape enriched with what
//! templates cannot compute: indicator charts, percentages and page URLs; contact
//! `tel:`/`mailto:` links and vCard URLs; the accessibility statement's feedback
//! contacts. Built once per build, before any page renders.

use super::contacts;
use super::indicators;
use super::markdown::Host;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::model::{DataItem, Site};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// The enriched `data` of every language.
#[derive(Default)]
pub(crate) struct DataViews {
    by_language: BTreeMap<String, Json>,
}

impl DataViews {
    /// Builds the views; problems (e.g. a broken `@/` link in a description) are returned.
    pub(crate) fn build(site: &Site, i18n: &I18n, host: &dyn Host) -> (Self, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut by_language = BTreeMap::new();
        for language in &site.config.languages {
            let lang = &language.code;
            let mut data = site.data.for_language(lang);
            if let (Some(indicators), Some(view)) =
                (&site.datasets.indicators, data.get_mut("indicators"))
            {
                indicators::view::enrich(view, indicators, site, i18n, lang, host, &mut problems);
            }
            if let (Some(contacts), Some(view)) =
                (&site.datasets.contacts, data.get_mut("contacts"))
            {
                contacts::enrich(view, contacts, site, lang);
            }
            if let Some(statement) = &site.datasets.accessibility {
                super::statement::enrich(&mut data, statement);
            }
            by_language.insert(lang.clone(), data);
        }
        (Self { by_language }, problems)
    }

    /// `data` in a language.
    pub(crate) fn data(&self, lang: &str) -> Json {
        self.by_language.get(lang).cloned().unwrap_or(Json::Null)
    }

    /// The item of a data page.
    pub(crate) fn item(&self, lang: &str, item: &DataItem) -> Json {
        self.list(lang, &item.file, &item.list)
            .and_then(|l| l.get(item.index))
            .cloned()
            .unwrap_or(Json::Null)
    }

    /// A list of a data file.
    pub(crate) fn list(&self, lang: &str, file: &str, list: &str) -> Option<&Vec<Json>> {
        self.by_language.get(lang)?.get(file)?.get(list)?.as_array()
    }

    /// An item of a list by its `id`.
    pub(crate) fn find(&self, lang: &str, file: &str, list: &str, id: &str) -> Option<Json> {
        self.list(lang, file, list)?
            .iter()
            .find(|i| i.get("id").and_then(Json::as_str) == Some(id))
            .cloned()
    }
}
