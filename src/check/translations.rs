//! Pages missing a translation: a page written in one site language with no version in
//! another (a warning per page and language, at the page's title, naming the file to
//! add). A translation written as a draft is on its way and not reported. Only pages from
//! markdown files (the home page's easy-to-read text among them, though it introduces a
//! generated page): data and list pages exist in every language.

use crate::diagnostics::{Diagnostic, display_path};
use crate::model::{Page, PageKey, Site};

/// Every page without a version in some site language.
pub(super) fn missing(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for page in site.pages() {
        // The home page's easy-to-read text is the easy-read index's introduction: its
        // translation is the other language's index having one.
        let home_easy_text = !matches!(page.key, PageKey::Source { .. })
            && page.key.is_easy()
            && page.easy_facts().is_some();
        if !matches!(page.key, PageKey::Source { .. }) && !home_easy_text {
            continue;
        }
        for language in &site.config.languages {
            let lang = &language.code;
            let translated = if home_easy_text {
                site.easy_index(lang)
                    .is_some_and(|index| index.easy_facts().is_some())
            } else {
                site.translation(page, lang).is_some()
            };
            // A draft translation is on its way, not missing.
            if *lang == page.lang || translated || site.has_draft_translation(page, lang) {
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
