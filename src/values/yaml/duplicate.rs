//! A key written twice in one mapping, found with an event-level read (saphyr-parser)
//! since serde reports only that there is one.

use super::Problem;
use crate::diagnostics::LineIndex;
use saphyr_parser::{Event, Parser};
use std::collections::HashMap;

/// The second occurrence of a key in one mapping, found with an event-level read.
pub(super) fn duplicate_key(yaml: &str, lines: &LineIndex) -> Option<Problem> {
    enum Frame {
        Map {
            path: String,
            seen: HashMap<String, usize>,
            key: Option<String>,
        },
        Seq {
            path: String,
            index: usize,
        },
    }
    // The path of the value that starts now, and mark the parent as waiting for a key.
    fn child_path(stack: &mut [Frame]) -> String {
        match stack.last_mut() {
            Some(Frame::Map { path, key, .. }) => {
                let key = key.take().unwrap_or_default();
                join(path, &key)
            }
            Some(Frame::Seq { path, index }) => {
                *index += 1;
                format!("{path}[{}]", *index - 1)
            }
            None => String::new(),
        }
    }
    fn join(path: &str, key: &str) -> String {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    }
    let byte_of = |char_index: usize| {
        yaml.char_indices()
            .nth(char_index)
            .map_or(yaml.len(), |(i, _)| i)
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(yaml);
    while let Some(Ok((event, span))) = parser.next_event() {
        match event {
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map { path, seen, key }) = stack.last_mut()
                    && key.is_none()
                {
                    let at = byte_of(span.start.index());
                    if let Some(first) = seen.get(value.as_ref()) {
                        let (first_line, _) = lines.line_column(yaml, *first);
                        return Some(
                            Problem::new("yaml-duplicate-key", at..at + value.len())
                                .with("key", join(path, &value))
                                .with("first", first_line.to_string()),
                        );
                    }
                    seen.insert(value.to_string(), at);
                    *key = Some(value.to_string());
                } else {
                    child_path(&mut stack);
                }
            }
            Event::Alias(_) => {
                child_path(&mut stack);
            }
            Event::MappingStart(..) => {
                let path = child_path(&mut stack);
                stack.push(Frame::Map {
                    path,
                    seen: HashMap::new(),
                    key: None,
                });
            }
            Event::SequenceStart(..) => {
                let path = child_path(&mut stack);
                stack.push(Frame::Seq { path, index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            _ => {}
        }
    }
    None
}
