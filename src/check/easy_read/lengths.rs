//! Sentences with too many words and paragraphs with too many sentences, named by their
//! first words and placed at their start (up to the end of that line).

use super::Finding;
use super::prose::Block;
use super::words::{Word, opening};
use std::ops::Range;

/// How many words of a sentence or paragraph a message quotes.
const QUOTED_WORDS: usize = 6;

/// Every sentence of a block with more than `limit` words.
pub(super) fn long_sentences(
    block: &Block,
    words: &[Word<'_>],
    sentences: &[Range<usize>],
    limit: usize,
) -> Vec<Finding> {
    sentences
        .iter()
        .filter(|s| s.len() > limit)
        .filter_map(|s| {
            let text = quoted(block, words, s)?;
            Some(
                Finding::new("easy-read-long-sentence", first_line(block, words, s)?)
                    .with("start", text)
                    .with("words", s.len())
                    .with("limit", limit),
            )
        })
        .collect()
}

/// The block, when it has more than `limit` sentences.
pub(super) fn long_paragraph(
    block: &Block,
    words: &[Word<'_>],
    sentences: &[Range<usize>],
    limit: usize,
) -> Option<Finding> {
    if sentences.len() <= limit {
        return None;
    }
    let all = 0..words.len();
    Some(
        Finding::new("easy-read-long-paragraph", first_line(block, words, &all)?)
            .with("start", quoted(block, words, &all)?)
            .with("sentences", sentences.len())
            .with("limit", limit),
    )
}

/// The first words of some words of a block, as the reader reads them.
fn quoted(block: &Block, words: &[Word<'_>], range: &Range<usize>) -> Option<String> {
    let first = words.get(range.start)?;
    let last = words.get(range.end.checked_sub(1)?)?;
    let text = block.text.get(first.raw_range.start..last.raw_range.end)?;
    Some(opening(text, QUOTED_WORDS))
}

/// The place in the file of some words, from the first to the last on the first's line.
fn first_line(block: &Block, words: &[Word<'_>], range: &Range<usize>) -> Option<Range<usize>> {
    let first = words.get(range.start)?;
    let line_end = block
        .text
        .get(first.range.start..)
        .and_then(|rest| rest.find('\n'))
        .map_or(block.text.len(), |n| first.range.start + n);
    let end = words
        .get(range.clone())?
        .iter()
        .take_while(|w| w.range.end <= line_end)
        .last()
        .map_or(first.range.end, |w| w.range.end);
    Some(block.span(&(first.range.start..end)))
}

#[cfg(test)]
mod tests {
    use super::super::{prose, sentences, words};
    use super::*;

    fn run(body: &str, sentence_words: usize, paragraph_sentences: usize) -> Vec<Finding> {
        let prose = prose::read(body, 0);
        let mut found = Vec::new();
        for block in &prose.blocks {
            let words = words::words(&block.text);
            let sentences = sentences::sentences(&words);
            found.extend(long_sentences(block, &words, &sentences, sentence_words));
            found.extend(long_paragraph(
                block,
                &words,
                &sentences,
                paragraph_sentences,
            ));
        }
        found
    }

    #[test]
    fn a_long_sentence_is_named_and_placed_on_its_first_line() {
        let body =
            "Īss teikums.\nŠis teikums ir garš, jo tajā ir\nļoti daudz vārdu, vairāk nekā vajag.\n";
        let found = run(body, 8, 5);
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(f.id, "easy-read-long-sentence");
        assert_eq!(&body[f.span.clone()], "Šis teikums ir garš, jo tajā ir");
        assert_eq!(
            f.args,
            vec![
                ("start", "Šis teikums ir garš, jo tajā…".to_string()),
                ("words", "13".to_string()),
                ("limit", "8".to_string()),
            ]
        );
    }

    #[test]
    fn english_words_are_counted_without_dashes() {
        let body = "The office – on the first floor – is open from 9 to 5 every day.";
        assert!(run(body, 14, 5).is_empty());
        assert_eq!(run(body, 13, 5)[0].args[1], ("words", "14".to_string()));
    }

    #[test]
    fn a_paragraph_with_too_many_sentences() {
        let body = "Viens. Divi. Trīs.\n\nČetri. Pieci.\n";
        let found = run(body, 15, 2);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "easy-read-long-paragraph");
        assert_eq!(found[0].span, 0.."Viens. Divi. Trīs".len());
        assert_eq!(found[0].args[1], ("sentences", "3".to_string()));
        assert!(run(body, 15, 3).is_empty());
    }
}
