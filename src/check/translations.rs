//! Pages missing a translation: a page written in one site language with no version in
//! another (a warning per page and language, at the page's title, naming the file to
//! add). A translation written as a draft is on its way and not reported. Only pages from
//! markdown files: data and list pages exist in every language.

use crate::diagnostics::{Diagnostic, display_path};
use crate::model::{Page, PageKey, Site};

/// Every page without a version in some site language.
pub(super) fn missing(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for page in site.pages() {
        if !matches!(page.key, PageKey::Source { .. }) {
            continue;
        }
        for language in &site.config.languages {
            let lang = &language.code;
            // A draft translation is on its way, not missing.
            if *lang == page.lang
                || site.translation(page, lang).is_some()
                || site.has_draft_translation(page, lang)
            {
                continue;
            }
            problems.push(
                Diagnostic::warning("translation-missing")
                    .in_file(page.file())
                    .at(page.title_span())
                    .with("lang", lang)
                    .with("expected", expected_file(page, lang)),
            );
        }
    }
    problems
}

/// The file the translation would be: `content/par.lv.md` → `content/par.en.md`, and an
/// easy-to-read version's `content/par.lv.easy.md` → `content/par.en.easy.md`.
fn expected_file(page: &Page, lang: &str) -> String {
    let file = display_path(page.file());
    let stem = file.strip_suffix(".md").unwrap_or(&file);
    let (stem, easy) = match stem.strip_suffix(".easy") {
        Some(stem) => (stem, ".easy"),
        None => (stem, ""),
    };
    let own = format!(".{}", page.lang);
    let stem = stem.strip_suffix(own.as_str()).unwrap_or(stem);
    format!("{stem}.{lang}{easy}.md")
}
