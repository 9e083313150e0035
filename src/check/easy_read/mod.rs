//! The easy-read rules of `lapa check`: warnings about an easy-to-read page's text that
//! breaks the usual rules of easy-to-read writing (long sentences and paragraphs, words
//! in capitals, italics, words hyphenated across lines, numbers written as words,
//! unexplained abbreviations, percentages), with thresholds and switches from
//! `site.yaml` (`easy_read.rules`). Only `check` runs them, never `build`.
//!
//! Here: the order of the rules over one page (`findings`, a pure function of the text)
//! and their warnings. `prose` reads the markdown into blocks of text with their places,
//! `words` and `sentences` split them; `lengths`, `capitals` (with abbreviations),
//! `numbers`, `hyphens` and `percentages` each find one kind of problem.

mod abbreviations;
mod hyphens;
mod lengths;
mod numbers;
mod percentages;
mod prose;
mod sentences;
mod words;

use crate::config::easy_read::EasyReadRules;
use crate::diagnostics::Diagnostic;
use crate::model::Site;
use std::ops::Range;
use std::path::Path;

/// One rule broken at one place.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Finding {
    /// The warning's id (`easy-read-long-sentence`).
    pub id: &'static str,
    /// Where in the file.
    pub span: Range<usize>,
    /// The message's arguments (what was found).
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    fn new(id: &'static str, span: Range<usize>) -> Self {
        Self {
            id,
            span,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The warning, in `file`.
    pub(super) fn diagnostic(&self, file: &Path) -> Diagnostic {
        let mut d = Diagnostic::warning(self.id)
            .in_file(file)
            .at(self.span.clone());
        for (name, value) in &self.args {
            d = d.with(name, value);
        }
        d
    }
}

/// The easy-read warnings of every easy-to-read text of the site (easy versions, and the
/// home page's easy text that introduces an easy-read index), with `site.yaml`'s rules.
pub(super) fn check(site: &Site) -> Vec<Diagnostic> {
    let rules = &site.config.easy_read.rules;
    site.easy_texts()
        .flat_map(|page| {
            findings(page.body(), page.body_offset(), rules)
                .into_iter()
                .map(|finding| finding.diagnostic(page.file()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// What an easy-read text breaks: `body` is the markdown after the front matter, which
/// starts at `offset` in its file; spans are the file's. In the order of the text.
pub(super) fn findings(body: &str, offset: usize, rules: &EasyReadRules) -> Vec<Finding> {
    let prose = prose::read(body, offset);
    let mut found = Vec::new();
    for block in &prose.blocks {
        let words = words::words(&block.text);
        let sentences = sentences::sentences(&words);
        found.extend(lengths::long_sentences(
            block,
            &words,
            &sentences,
            rules.sentence_words,
        ));
        found.extend(lengths::long_paragraph(
            block,
            &words,
            &sentences,
            rules.paragraph_sentences,
        ));
        found.extend(numbers::number_words(
            block,
            &words,
            rules.number_words_above,
        ));
        if rules.hyphenation {
            found.extend(hyphens::hyphenation(block, &words));
        }
        if rules.percentages {
            found.extend(percentages::percentages(block, &words));
        }
    }
    found.extend(abbreviations::capitals_and_abbreviations(
        &prose.blocks,
        rules.capitals,
        rules.abbreviations,
    ));
    if rules.italics {
        found.extend(prose.italics.iter().map(|italic| {
            Finding::new("easy-read-italics", italic.span.clone())
                .with("text", words::opening(&italic.text, 6))
        }));
    }
    found.sort_by_key(|f| (f.span.start, f.id));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const BAD: &str = "## Kas mēs esam\n\nMēs esam biedrība, kas palīdz cilvēkiem ar garīgās attīstības traucējumiem dzīvot savās mājās un strādāt kopā ar citiem.\n\nMēs strādājam. Mēs palīdzam. Mēs runājam. Mēs klausāmies. Mēs rakstām. Mēs dziedam.\n\nTas ir ĻOTI SVARĪGI.\n\nLasiet *uzmanīgi*.\n\nMēs strādājam ar pašvaldī-\nbām.\n\nMums ir divdesmit draugu.\n\nMūs atbalsta ESF.\n\nTā ir 30 % no visiem.\n\nNav problēmu: [mūsu lapa](https://example.org/ESF/SVARĪGI?x=50%25), 2023. gada 1. jūlijā.\n\n<!-- KOMENTĀRS: divdesmit, 50 % un *slīpi* -->\n\n```\nKODS: divdesmit 50 % *slīpi*\n```\n\nUn `KODS 50 %` rindā.\n";

    const GOOD: &str = "## Who we are\n\nWe are a group of people.\nWe help people with intellectual disabilities.\n\nThe European Social Fund (ESF) gives us money.\nThe ESF helps many people.\n\nWe have **20** friends.\n3 of 10 people in our town know us.\n\nWe met on 1 May 2023. It was a good day.\n\nWrite to us at <https://example.org/CONTACT-US>.\n\n`CODE 100% twenty`\n";

    #[test]
    fn every_rule_once_on_a_bad_text_and_none_on_a_good_one() {
        let found = findings(BAD, 40, &EasyReadRules::default());
        let seen: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.id, &BAD[f.span.start - 40..f.span.end - 40]))
            .collect();
        assert_eq!(
            seen,
            vec![
                (
                    "easy-read-long-sentence",
                    "Mēs esam biedrība, kas palīdz cilvēkiem ar garīgās attīstības traucējumiem dzīvot savās mājās un strādāt kopā ar citiem"
                ),
                (
                    "easy-read-long-paragraph",
                    "Mēs strādājam. Mēs palīdzam. Mēs runājam. Mēs klausāmies. Mēs rakstām. Mēs dziedam"
                ),
                ("easy-read-capitals", "ĻOTI SVARĪGI"),
                ("easy-read-italics", "*uzmanīgi*"),
                ("easy-read-hyphenation", "-"),
                ("easy-read-number-word", "divdesmit"),
                ("easy-read-abbreviation", "ESF"),
                ("easy-read-percentage", "30 %"),
            ]
        );
        assert_eq!(findings(GOOD, 0, &EasyReadRules::default()), Vec::new());
    }

    #[test]
    fn switches_and_thresholds() {
        let off = EasyReadRules {
            sentence_words: 100,
            paragraph_sentences: 100,
            number_words_above: 1000,
            capitals: false,
            italics: false,
            hyphenation: false,
            abbreviations: false,
            percentages: false,
        };
        assert_eq!(findings(BAD, 0, &off), Vec::new());
        let strict = EasyReadRules {
            sentence_words: 4,
            ..EasyReadRules::default()
        };
        let long = |rules: &EasyReadRules| {
            findings(GOOD, 0, rules)
                .iter()
                .filter(|f| f.id == "easy-read-long-sentence")
                .count()
        };
        assert_eq!(long(&EasyReadRules::default()), 0);
        assert_eq!(long(&strict), 7);
    }
}
