//! A language's search index as an output: which outputs are searchable pages
//! (`searchable`), the index made from records arriving while the pages render
//! (`in_order`, what a full render does), and the index made on its own by rendering the
//! language's pages again (`alone`, for rendering one output by itself).

use super::bundle::Indexer;
use super::records::{self, Record};
use crate::diagnostics::Diagnostic;
use crate::model::outputs::{Output, OutputKind};
use crate::model::search::RecordKind;
use crate::model::{Page, Site};
use crate::render::output::{Content, OutputFile};
use crate::render::{BoundTheme, pages, views};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::mpsc::Receiver;

/// The page an output shows and its kind of record, when it is a searchable page's
/// (first) page.
pub(crate) fn searchable<'a>(site: &'a Site, output: &Output) -> Option<(&'a Page, RecordKind)> {
    let OutputKind::Page { number: 1 } = output.kind else {
        return None;
    };
    let page = site.get(output.shows.as_ref()?)?;
    Some((page, crate::model::search::record_kind(page)?))
}

/// A language's search index from records sent with their place in the output table's
/// order (in any order: each is added once those before it are, so the index is the
/// same whatever thread rendered what first).
pub(in crate::render) fn in_order(
    lang: &str,
    path: &str,
    records: Receiver<(usize, Record)>,
) -> Result<OutputFile, Diagnostic> {
    let failed = |error| index_failed(path, error);
    let mut indexer = Indexer::new(lang).map_err(failed)?;
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (place, record) in records {
        waiting.insert(place, record);
        while let Some(record) = waiting.remove(&next) {
            indexer.add(record).map_err(failed)?;
            next += 1;
        }
    }
    // A page that failed to render leaves a gap (and the build fails anyway).
    for record in waiting.into_values() {
        indexer.add(record).map_err(failed)?;
    }
    bundle_output(path, indexer.finish())
}

/// A language's search index on its own: every searchable page of the language is
/// rendered again for its record (`render_each` keeps the records of the pages it
/// renders instead), in the order of their outputs, as `render_each` adds them.
pub(in crate::render) fn alone(
    cx: &views::Cx<'_>,
    theme: &BoundTheme,
    lang: &str,
    path: &str,
) -> Result<OutputFile, Diagnostic> {
    let site = cx.site;
    let mut indexed: Vec<(&Output, &Page, RecordKind)> = site
        .outputs
        .iter()
        .filter_map(|o| {
            let (page, kind) = searchable(site, o)?;
            (page.lang == lang).then_some((o, page, kind))
        })
        .collect();
    indexed.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let records: Vec<Record> = indexed
        .into_par_iter()
        .map(|(output, page, kind)| {
            let file =
                pages::render_page(cx, &theme.templates, &theme.shared, page, 1, &output.path)?;
            Ok(match &file.content {
                Content::Bytes(html) => Some(records::record(
                    site,
                    cx.i18n,
                    cx.rendered,
                    page,
                    kind,
                    html,
                )),
                _ => None,
            })
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?
        .into_iter()
        .flatten()
        .collect();
    bundle_output(path, super::bundle::build(lang, records))
}

/// The output file of a made bundle, or the error of one Pagefind could not make.
fn bundle_output(
    path: &str,
    made: Result<Vec<(String, Vec<u8>)>, String>,
) -> Result<OutputFile, Diagnostic> {
    Ok(OutputFile {
        path: path.to_string(),
        content: Content::Files(made.map_err(|error| index_failed(path, error))?),
    })
}

/// Pagefind's failure to make the index at `path`.
fn index_failed(path: &str, error: String) -> Diagnostic {
    Diagnostic::error("search-index-failed")
        .with("path", path)
        .with("error", error)
}
