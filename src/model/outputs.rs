//! Every output file belongs to exactly one source: page files (with the list pages of
//! paginated sections and generated lists), alias redirects and bundle assets claim their
//! paths here, and a second claim is an error naming both files.

use super::pagination::{pager_count, pager_path};
use super::paths::{alias_output, path_text};
use super::{Alias, AssetCopy, Page, same_url};
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Claims the output paths of pages, aliases and assets.
pub fn claim_all(
    pages: &[Page],
    assets: Vec<(PathBuf, AssetCopy)>,
    config: &SiteConfig,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<Alias>, Vec<AssetCopy>) {
    // Every output file belongs to one source.
    let mut outputs: BTreeMap<String, PathBuf> = BTreeMap::new();
    // The span is worked out only for a clash: locating a key re-reads the front matter.
    let mut claim = |output: String,
                     file: &Path,
                     name: Option<PathBuf>,
                     problems: &mut Vec<Diagnostic>,
                     span: &dyn Fn() -> std::ops::Range<usize>| {
        let name = name.unwrap_or_else(|| file.to_path_buf());
        if let Some(first) = outputs.get(&output) {
            problems.push(same_url(first, &name, file).at(span()).with("url", &output));
        } else {
            outputs.insert(output, name);
        }
    };
    // A data page is named by its item: `content/data/indicators.yaml (indicators[3])`.
    let name_of = |page: &Page| {
        page.data_item.as_ref().map(|d| {
            PathBuf::from(format!(
                "{} ({}[{}])",
                path_text(&page.source.file),
                d.list,
                d.index
            ))
        })
    };
    for page in pages.iter() {
        for number in 2..=pager_count(page, config) {
            claim(
                format!("{}index.html", pager_path(page, config, number)),
                &page.source.file,
                None,
                problems,
                &|| page.source.key_span("paginate"),
            );
        }
        claim(
            format!("{}index.html", page.path),
            &page.source.file,
            name_of(page),
            problems,
            &|| {
                page.slug_span
                    .clone()
                    .unwrap_or_else(|| page.source.key_span("slug"))
            },
        );
    }

    let mut aliases = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        for (n, alias) in page.source.front.aliases.iter().enumerate() {
            let span = || page.source.key_span(&format!("aliases[{n}]"));
            match alias_output(alias) {
                Some(output) => {
                    claim(output.clone(), &page.source.file, None, problems, &span);
                    aliases.push(Alias { output, target: i });
                }
                None => problems.push(
                    Diagnostic::error("alias-invalid")
                        .in_file(&page.source.file)
                        .at(span())
                        .with("alias", alias),
                ),
            }
        }
    }

    // Bundle files and files pages use, where `assets::place` put them.
    let mut asset_copies: Vec<AssetCopy> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (file, copy) in assets {
        if !seen.insert((file.clone(), copy.output.clone())) {
            continue;
        }
        claim(copy.output.clone(), &file, None, problems, &|| 0..0);
        asset_copies.push(copy);
    }

    (aliases, asset_copies)
}
