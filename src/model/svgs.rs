//! Published SVG files go out as they are, so none may carry script (a `<script>`
//! element, an `on…=` handler, a `javascript:` address, script in a `<foreignObject>`):
//! a visitor's browser would run it on the site's own address. Each is read once and
//! checked by `media::svg`; a problem is placed at the script, in the SVG file.

use super::AssetCopy;
use crate::diagnostics::Diagnostic;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Whether a file name names an SVG.
fn is_svg(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// Checks every published SVG (once per source file); `page_of` names the page that
/// publishes an output path. Returns the texts of those with a problem, so that messages
/// can quote them.
pub(super) fn check(
    assets: &[(PathBuf, AssetCopy)],
    page_of: &dyn Fn(&str) -> Option<PathBuf>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(PathBuf, Arc<str>)> {
    let mut files: BTreeMap<&Path, (&Path, PathBuf)> = BTreeMap::new();
    for (file, copy) in assets.iter().filter(|(file, _)| is_svg(file)) {
        let page = page_of(&copy.output).unwrap_or_else(|| file.clone());
        files
            .entry(copy.source.as_path())
            .or_insert((file.as_path(), page));
    }
    let found: Vec<(Diagnostic, PathBuf, Arc<str>)> = files
        .into_par_iter()
        .filter_map(|(source, (file, page))| {
            let text = std::fs::read(source).ok()?;
            let text = String::from_utf8_lossy(&text);
            let script = crate::media::svg::svg_script(&text)?;
            let page = crate::diagnostics::display_path(&page);
            let problem = script.diagnostic(file, Path::new(&page));
            Some((problem, file.to_path_buf(), Arc::from(text.as_ref())))
        })
        .collect();
    found
        .into_iter()
        .map(|(problem, file, text)| {
            problems.push(problem);
            (file, text)
        })
        .collect()
}
