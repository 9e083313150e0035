//! Translations: pages that share a pair key (their source id, or `translation_key`) are
//! translations of each other; a language may have only one page per key.

use super::Page;
use super::paths::path_text;
use crate::diagnostics::Diagnostic;
use std::collections::HashMap;

/// Groups pages by pair key.
pub(super) fn pair(pages: &[Page], problems: &mut Vec<Diagnostic>) -> HashMap<String, Vec<usize>> {
    // Translations: one page per language per pair key.
    let mut by_pair: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, page) in pages.iter().enumerate() {
        let group = by_pair.entry(page.pair_key.clone()).or_default();
        if let Some(&other) = group.iter().find(|&&o| pages[o].lang == page.lang) {
            problems.push(
                Diagnostic::error("translation-key-duplicate")
                    .in_file(page.source.file())
                    .at(page.source.key_span("translation_key"))
                    .with("key", &page.pair_key)
                    .with("other", path_text(pages[other].source.file())),
            );
            continue;
        }
        group.push(i);
    }

    by_pair
}
