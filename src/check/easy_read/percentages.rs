//! Percentages: `%` (and `‰`), with the number before it, and the words `procents`,
//! `procentiem`, `procentuāli`…, `percent`, `percentage`, `per cent`. Easy-to-read texts
//! say "3 of 10" or "a few", "many" instead.

use super::Finding;
use super::prose::Block;
use super::words::Word;

/// Every percentage of a block.
pub(super) fn percentages(block: &Block, words: &[Word<'_>]) -> Vec<Finding> {
    let mut ranges = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let lower = word.core.to_lowercase();
        if lower.starts_with("procent") || lower.starts_with("percent") {
            ranges.push(word.range.clone());
        } else if lower == "per"
            && word.tail().is_empty()
            && let Some(next) = words.get(i + 1)
            && next.core.eq_ignore_ascii_case("cent")
        {
            ranges.push(word.range.start..next.range.end);
        }
    }
    for (at, sign) in block.text.match_indices(['%', '‰']) {
        ranges.push(number_before(&block.text, at)..at + sign.len());
    }
    ranges.sort_by_key(|r| r.start);
    ranges
        .into_iter()
        .map(|range| {
            Finding::new("easy-read-percentage", block.span(&range))
                .with("text", block.text.get(range).unwrap_or(""))
        })
        .collect()
}

/// Where the number before a sign starts (`25%`, `30 %`, `2,5 %`), or the sign itself
/// when no number stands there.
fn number_before(text: &str, sign: usize) -> usize {
    let before = text.get(..sign).unwrap_or("");
    let spaced = before.trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    let number = spaced.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let digits = &spaced[number.len()..];
    if digits.chars().any(|c| c.is_ascii_digit()) {
        number.len() + (digits.len() - digits.trim_start_matches(['.', ',']).len())
    } else {
        sign
    }
}

#[cfg(test)]
mod tests {
    use super::super::{prose, words};
    use super::*;

    fn run(body: &str) -> Vec<String> {
        let prose = prose::read(body, 0);
        let mut found = Vec::new();
        for block in &prose.blocks {
            let words = words::words(&block.text);
            found.extend(
                percentages(block, &words)
                    .into_iter()
                    .map(|f| f.args[0].1.clone()),
            );
        }
        found
    }

    #[test]
    fn signs_and_words() {
        assert_eq!(
            run("Tā ir 25% no visiem, vēl 30 % un ap 40 procentiem. Procentuāli maz."),
            vec!["25%", "30 %", "procentiem", "Procentuāli"]
        );
        assert_eq!(
            run("About 63 percent, a percentage, 5 per cent and (10%)."),
            vec!["percent", "percentage", "per cent", "10%"]
        );
    }

    #[test]
    fn no_percentage_no_warning() {
        assert!(run("3 no 10 cilvēkiem patīk. Per aspera. `50%` kodā.").is_empty());
    }
}
