//! Where a key path (`indicators[3].title`) is in a YAML text: a byte offset for
//! diagnostics. serde gives values without positions, so the positions come from a
//! second, event-level read of the same text (saphyr-parser), done only when a problem
//! needs to be reported.

use crate::diagnostics::LineIndex;
use saphyr_parser::{Event, Parser, Span};
use std::collections::HashMap;

/// Byte offsets of every key path in a YAML text. Keys point at the key itself,
/// sequence items at the item's first character.
pub(crate) fn key_offsets(text: &str) -> HashMap<String, usize> {
    let lines = LineIndex::new(text);
    let offset = |span: &Span| -> usize {
        let line_start = lines.line_start(span.start.line()).unwrap_or(0);
        let rest = &text[line_start.min(text.len())..];
        line_start
            + rest
                .char_indices()
                .nth(span.start.col())
                .map_or(rest.len(), |(i, _)| i)
    };
    let mut out = HashMap::new();
    let mut parser = Parser::new_from_str(text);
    // A stack of open containers: for maps, the pending key; for sequences, the next index.
    enum Frame {
        Map { path: String, key: Option<String> },
        Seq { path: String, index: usize },
    }
    let mut stack: Vec<Frame> = Vec::new();
    // Returns the path of the value that starts now, recording its position.
    fn value_path(
        stack: &mut [Frame],
        out: &mut HashMap<String, usize>,
        at: usize,
    ) -> Option<String> {
        match stack.last_mut()? {
            Frame::Map { path, key } => {
                let key = key.take()?;
                Some(if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                })
            }
            Frame::Seq { path, index } => {
                let p = format!("{path}[{index}]");
                *index += 1;
                out.entry(p.clone()).or_insert(at);
                Some(p)
            }
        }
    }
    while let Some(Ok((event, span))) = parser.next_event() {
        let at = offset(&span);
        match event {
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map { path, key }) = stack.last_mut()
                    && key.is_none()
                {
                    let full = if path.is_empty() {
                        value.to_string()
                    } else {
                        format!("{path}.{value}")
                    };
                    out.entry(full).or_insert(at);
                    *key = Some(value.to_string());
                    continue;
                }
                value_path(&mut stack, &mut out, at);
            }
            Event::MappingStart(..) => {
                let path = value_path(&mut stack, &mut out, at).unwrap_or_default();
                stack.push(Frame::Map { path, key: None });
            }
            Event::SequenceStart(..) => {
                let path = value_path(&mut stack, &mut out, at).unwrap_or_default();
                stack.push(Frame::Seq { path, index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            Event::Alias(..) => {
                value_path(&mut stack, &mut out, at);
            }
            _ => {}
        }
    }
    out
}

/// The offset of a key path, or of its nearest located parent. Reads the whole text: a
/// caller that locates many keys of one text reads it once with [`key_offsets`] and
/// looks each key up with [`nearest_offset`].
pub(crate) fn offset_of(text: &str, path: &str) -> Option<usize> {
    nearest_offset(&key_offsets(text), path)
}

/// The offset of a key path, or of its nearest located parent, among a text's
/// [`key_offsets`].
pub(crate) fn nearest_offset(offsets: &HashMap<String, usize>, path: &str) -> Option<usize> {
    let mut path = path.to_string();
    loop {
        if let Some(offset) = offsets.get(&path) {
            return Some(*offset);
        }
        let cut = path.rfind(['.', '['])?;
        path.truncate(cut);
    }
}

/// Where the text of a value starts, given the end of its key: after the colon and the
/// spaces, inside an opening quote, or on the first line of a block (`|` or `>`).
pub(crate) fn text_start(text: &str, key_end: usize) -> usize {
    let Some(rest) = text.get(key_end..) else {
        return key_end;
    };
    let after_colon = rest.strip_prefix(':').unwrap_or(rest);
    let value = after_colon.trim_start_matches([' ', '\t']);
    let mut at = key_end + (rest.len() - value.len());
    if value.starts_with(['"', '\'']) {
        at += 1;
    } else if value.starts_with(['|', '>'])
        && let Some(newline) = value.find('\n')
    {
        let block = &value[newline + 1..];
        let indent = block.len() - block.trim_start_matches(' ').len();
        at += newline + 1 + indent;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_starts_inside_quotes_and_blocks() {
        let text = "a: \"x\"\nb: y\nc: |\n  z\n";
        assert_eq!(&text[text_start(text, 1)..][..1], "x");
        assert_eq!(&text[text_start(text, 8)..][..1], "y");
        assert_eq!(&text[text_start(text, 13)..][..1], "z");
    }

    #[test]
    fn finds_nested_keys_and_items() {
        let text =
            "name: x\nitems:\n  - id: a\n    title: {lv: A}\n  - id: b\n    title:\n      lv: B\n";
        let offsets = key_offsets(text);
        assert_eq!(offsets["name"], 0);
        assert_eq!(&text[offsets["items[1].title"]..][..6], "title:");
        assert_eq!(&text[offsets["items[1].title.lv"]..][..3], "lv:");
        assert_eq!(&text[offsets["items[0].title.lv"]..][..3], "lv:");
        assert_eq!(
            offset_of(text, "items[1].title.en"),
            offsets.get("items[1].title").copied()
        );
    }
}
