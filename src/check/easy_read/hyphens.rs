//! Words divided by hyphens: a word split across source lines with a hyphen at the end
//! of the first (`vārd-` / `su`), and soft hyphens (U+00AD, `&shy;`), which let a browser
//! divide a word. Easy-to-read texts keep every word whole. A hyphen at a line's end
//! before `un`, `vai`, `and`, `or` shares an ending (`pirms- un pēcskolas`) and stays.

use super::Finding;
use super::prose::Block;
use super::words::Word;

/// The soft hyphen.
const SOFT_HYPHEN: char = '\u{AD}';

/// Words after which a hyphen at a line's end is a shared ending, not a split word.
const JOINING: &[&str] = &["un", "vai", "ne", "nedz", "and", "or", "nor", "to"];

/// Every split word and every word with soft hyphens of a block.
pub(super) fn hyphenation(block: &Block, words: &[Word<'_>]) -> Vec<Finding> {
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if word.raw.contains(SOFT_HYPHEN) {
            let at = word.raw_range.start + word.raw.find(SOFT_HYPHEN).unwrap_or(0);
            found.push(
                Finding::new(
                    "easy-read-hyphenation",
                    block.span(&(at..at + SOFT_HYPHEN.len_utf8())),
                )
                .with("word", word.core.replace(SOFT_HYPHEN, ""))
                .with("kind", "soft"),
            );
        }
        let Some(next) = words.get(i + 1) else {
            continue;
        };
        let between = block
            .text
            .get(word.range.end..next.range.start)
            .unwrap_or("");
        let split = between.starts_with('-')
            && between[1..].trim_matches([' ', '\t']) == "\n"
            && word.core.chars().last().is_some_and(char::is_alphabetic)
            && next.starts_lower()
            && !JOINING.contains(&next.core);
        if split {
            let at = word.range.end;
            found.push(
                Finding::new("easy-read-hyphenation", block.span(&(at..at + 1)))
                    .with("word", format!("{}{}", word.core, next.core))
                    .with("kind", "split"),
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::{prose, words};
    use super::*;

    fn run(body: &str) -> Vec<(String, &'static str, usize)> {
        let prose = prose::read(body, 0);
        let mut found = Vec::new();
        for block in &prose.blocks {
            let words = words::words(&block.text);
            for f in hyphenation(block, &words) {
                let kind = if f.args[1].1 == "soft" {
                    "soft"
                } else {
                    "split"
                };
                found.push((f.args[0].1.clone(), kind, f.span.start));
            }
        }
        found
    }

    #[test]
    fn a_word_split_across_lines_and_soft_hyphens() {
        let body =
            "Mēs strādājam ar pašvaldī-\nbām katru dienu.\n\nIzglī\u{AD}tība un ap&shy;mācība.\n";
        assert_eq!(
            run(body),
            vec![
                ("pašvaldībām".to_string(), "split", body.find('-').unwrap()),
                (
                    "Izglītība".to_string(),
                    "soft",
                    body.find('\u{AD}').unwrap()
                ),
                ("apmācība".to_string(), "soft", body.find("&shy;").unwrap()),
            ]
        );
    }

    #[test]
    fn hyphens_that_stay() {
        for body in [
            "Bērni pirms-\nun pēcskolas vecumā.",
            "Pre-\nand after-school children.",
            "Tas ir ES-fonds un e-pasts.",
            "Teksts –\nturpinās.",
            "Gads 2023-\n2024.",
        ] {
            assert_eq!(run(body), Vec::new(), "{body}");
        }
    }
}
