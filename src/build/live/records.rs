//! The search records of the kept site: each searchable page's record (its main
//! content's text, metadata and filters; not its HTML), made when the page's output is
//! rendered and kept between rebuilds, so that a language's index is made again from
//! them without rendering the language's pages again.
//!
//! A record is made again whenever its page's output is: what a record holds (the
//! page's rendered text, title, summary, date, section, tags, municipalities) is shown by
//! that output, so an output that is not rendered again keeps a record that is still
//! right.

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::model::Site;
use crate::render::output::{Content, OutputFile};
use crate::render::search::records::{self, Record};
use crate::render::{self, Prepared};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// The records of the searchable pages, by the path of the page's output.
#[derive(Default)]
pub(super) struct Records {
    by_path: HashMap<String, Arc<Record>>,
}

impl Records {
    /// Keeps the records of the searchable pages among the `files` just rendered.
    pub(super) fn keep(
        &mut self,
        site: &Site,
        prepared: &Prepared,
        i18n: &I18n,
        files: &[OutputFile],
    ) {
        let made: Vec<(String, Arc<Record>)> = files
            .par_iter()
            .filter_map(|file| {
                let Content::Bytes(html) = &file.content else {
                    return None;
                };
                let output = site.outputs.at(&file.path)?;
                let (page, kind) = render::search::index::searchable(site, output)?;
                let record = records::record(site, i18n, &prepared.markdown, page, kind, html);
                Some((file.path.clone(), Arc::new(record)))
            })
            .collect();
        self.by_path.extend(made);
    }

    /// Forgets the records of outputs that are no searchable page's now.
    pub(super) fn prune(&mut self, site: &Site) {
        self.by_path.retain(|path, _| {
            site.outputs
                .at(path)
                .is_some_and(|output| render::search::index::searchable(site, output).is_some())
        });
    }

    /// A language's records in the order its index takes them (its pages' output
    /// paths, as a full build adds them). A page without a kept record (none is
    /// expected: each was kept when its output was rendered) is rendered for it now.
    pub(super) fn of_language(
        &mut self,
        site: &Site,
        prepared: &Prepared,
        i18n: &I18n,
        lang: &str,
    ) -> Result<Vec<Arc<Record>>, Diagnostic> {
        let mut indexed: Vec<&crate::model::outputs::Output> = site
            .outputs
            .iter()
            .filter(|output| {
                render::search::index::searchable(site, output)
                    .is_some_and(|(page, _)| page.lang == lang)
            })
            .collect();
        indexed.sort_by(|a, b| a.path.cmp(&b.path));
        let missing: Vec<OutputFile> = indexed
            .iter()
            .filter(|output| !self.by_path.contains_key(&output.path))
            .map(|output| render::render_output(output, site, prepared, i18n))
            .collect::<Result<_, _>>()?;
        self.keep(site, prepared, i18n, &missing);
        Ok(indexed
            .iter()
            .filter_map(|output| self.by_path.get(&output.path).cloned())
            .collect())
    }
}
