//! Every output file belongs to exactly one source: page files, alias redirects and
//! bundle assets claim their paths here, and a second claim is an error naming both files.

use super::pagination::{pager_count, pager_path};
use super::paths::{alias_output, path_text, section_id};
use super::{Alias, AssetCopy, Page, PageIndex, PageKind, same_url};
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::load::FileToCopy;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Claims the output paths of pages, aliases and assets.
pub fn claim_all(
    pages: &[Page],
    by_id: &PageIndex,
    assets: Vec<FileToCopy>,
    config: &SiteConfig,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<Alias>, Vec<AssetCopy>) {
    // Every output file belongs to one source.
    let languages = &config.language_codes();
    // Output → the name of its source in messages (a data page's is its item).
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
        for number in 2..=pager_count(page) {
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

    // Bundle and section files go next to every language version of their page.
    let mut asset_copies = Vec::new();
    for asset in assets {
        let folder = asset.rel.parent().map(path_text).unwrap_or_default();
        let owners: Vec<usize> = [folder.clone(), section_id(&folder)]
            .iter()
            .flat_map(|id| {
                languages
                    .iter()
                    .filter_map(|l| by_id.get(&(id.clone(), l.clone())).copied())
            })
            .filter(|&p| pages[p].source.name.bundle || pages[p].kind != PageKind::Page)
            .collect();
        if owners.is_empty() {
            problems.push(
                Diagnostic::warning("asset-without-page")
                    .in_file(Path::new("content").join(&asset.rel)),
            );
            continue;
        }
        let file_name = asset
            .rel
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        for owner in owners {
            let output = format!("{}{}", pages[owner].path, file_name);
            claim(
                output.clone(),
                &Path::new("content").join(&asset.rel),
                None,
                problems,
                &|| 0..0,
            );
            asset_copies.push(AssetCopy {
                source: asset.source.clone(),
                output,
            });
        }
    }

    (aliases, asset_copies)
}
