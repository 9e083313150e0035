//! Values that YAML cut short at ` #`: in `title: Projekts #1 rezultāti` everything from
//! ` #` on is a comment, so the title is "Projekts". Found in the source text (a plain,
//! unquoted value followed on its line by spaces and `#`), with an event-level read
//! (saphyr-parser) that gives each value's place. Numbers, true/false, null and dates are
//! left alone: a comment after them cannot have cut a text.

use crate::diagnostics::LineIndex;
use saphyr_parser::{Event, Parser, ScalarStyle};

/// A value cut at a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CutValue {
    /// What YAML read.
    pub value: String,
    /// The byte offset of the `#` in the text.
    pub comment_at: usize,
    /// The text of the line from the `#` on.
    pub comment: String,
}

/// Every plain text value in a YAML text that a ` #` on its line cut short.
pub(super) fn find(text: &str) -> Vec<CutValue> {
    // Most texts have no comment at all: no need for a second read.
    if !text.contains(" #") && !text.contains("\t#") {
        return Vec::new();
    }
    let lines = LineIndex::new(text);
    let mut out = Vec::new();
    let mut parser = Parser::new_from_str(text);
    while let Some(Ok((event, span))) = parser.next_event() {
        let Event::Scalar(value, ScalarStyle::Plain, ..) = event else {
            continue;
        };
        if value.contains('\n') || !is_text(&value) {
            continue;
        }
        let Some(line_start) = lines.line_start(span.start.line()) else {
            continue;
        };
        let line = &text[line_start.min(text.len())..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let Some((start, _)) = line.char_indices().nth(span.start.col()) else {
            continue;
        };
        // An empty value (`title: #1 rezultāti`) is placed at its key's colon; it is
        // reported only when the "comment" reads like text (`#1`, `#Ludza`), not like a
        // note (`# to do`).
        let skip = if value.is_empty() {
            ":"
        } else {
            value.as_ref()
        };
        let Some(rest) = line[start..].strip_prefix(skip) else {
            continue;
        };
        let comment = rest.trim_start_matches([' ', '\t']);
        let reads_like_text = !value.is_empty()
            || comment[1.min(comment.len())..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace());
        if comment.len() < rest.len() && comment.starts_with('#') && reads_like_text {
            let hash = line_start + start + skip.len() + (rest.len() - comment.len());
            out.push(CutValue {
                value: value.to_string(),
                comment_at: hash,
                comment: comment.trim_end().to_string(),
            });
        }
    }
    out
}

/// Whether a plain value is read as a text (not a number, true/false, null or date).
fn is_text(value: &str) -> bool {
    if value.is_empty() {
        return true;
    }
    let lower = value.to_ascii_lowercase();
    let keyword = matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~"
    );
    let number = value.parse::<f64>().is_ok() || lower.starts_with("0x") || lower.starts_with("0o");
    let date = value.len() >= 10
        && value.as_bytes()[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    !(keyword || number || date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_cut_at_a_hash() {
        let text = "title: Projekts #1 rezultāti\nslug: a#b\nend: 2023-12-31  # checked\n\
                    tags:\n  - Ludza #sadarbība\n  - \"Ok #1\"\nweight: 3 # first\nsummary: Teksts\n";
        let found = find(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].value, "Projekts");
        assert_eq!(&text[found[0].comment_at..][..2], "#1");
        assert_eq!(found[0].comment, "#1 rezultāti");
        assert_eq!(found[1].value, "Ludza");
    }

    #[test]
    fn a_value_that_became_all_comment_is_found() {
        let text = "title: #1 rezultāti\nsummary: # vēlāk\n";
        let found = find(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].value.as_str(), found[0].comment_at), ("", 7));
    }

    #[test]
    fn places_are_right_after_latvian_letters() {
        let text = "nosaukums: Ūdens ķēde #2\n";
        let found = find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].comment_at..], "#2\n");
    }
}
