//! Shortcodes: a paragraph line that is only `{{ name(arg=value, …) }}` is replaced by the
//! rendered `themes/<theme>/shortcodes/<name>.html`. Which lines are paragraph lines is
//! decided by pulldown-cmark's own parse of the page (its events and their offsets), so
//! a line in fenced or indented code, an HTML block or an HTML comment is never a
//! shortcode and stays exactly as written. No placeholder text is put into the markdown:
//! the call's events are replaced by the rendered HTML in the event stream.
//! Arguments are strings (`"…"`), numbers, or `true`/`false`. `\{{` keeps a line as text.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use serde_json::{Map, Value};
use std::ops::Range;

/// A shortcode call found in the markdown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Call {
    /// The shortcode's name.
    pub name: String,
    /// Its arguments.
    pub args: Map<String, Value>,
    /// Where each argument (`key=value`) is in the markdown body.
    pub arg_spans: Vec<(String, Range<usize>)>,
    /// Where the call is in the markdown body.
    pub span: Range<usize>,
}

/// A line that looks like a shortcode but cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BadCall {
    /// Where it is in the body.
    pub span: Range<usize>,
    /// What is wrong: a selector of the `shortcode-malformed` message (`not-closed`,
    /// `quote`, …).
    pub reason: &'static str,
    /// The part of the call the reason is about (a name, an argument, a value).
    pub value: String,
}

/// Why a call cannot be read, and the part it is about.
type Unreadable = (&'static str, String);

/// A shortcode line of a paragraph: which events it covers, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// Indices of its first and last event.
    pub events: Range<usize>,
    /// The call, or why it cannot be read.
    pub call: Result<Call, BadCall>,
}

/// Finds the shortcode lines among a parsed body's events: lines of paragraphs (or of
/// tight list items, whose paragraphs have no tags) made only of text, outside any
/// emphasis or link, whose source is `{{ … }}`.
pub(crate) fn find(body: &str, events: &[(Event<'_>, Range<usize>)]) -> Vec<Line> {
    let mut lines = Vec::new();
    // Block tags open around the current event; inline text counts when the innermost
    // is a paragraph or a list item.
    let mut blocks: Vec<bool> = Vec::new();
    let mut inline_depth = 0usize;
    let mut current: Option<Range<usize>> = None; // events of the current line
    let mut plain = true; // the current line holds only text
    let finish = |current: &mut Option<Range<usize>>, plain: &mut bool, lines: &mut Vec<Line>| {
        if let Some(r) = current.take()
            && *plain
            && let Some(line) = read_line(body, events, r)
        {
            lines.push(line);
        }
        *plain = true;
    };
    for (i, (event, _)) in events.iter().enumerate() {
        let in_text = blocks.last().copied().unwrap_or(false);
        match event {
            Event::Start(tag) if is_inline(tag) => {
                inline_depth += 1;
                plain = false;
                extend(&mut current, i);
            }
            Event::End(tag) if is_inline_end(tag) => {
                inline_depth = inline_depth.saturating_sub(1);
                extend(&mut current, i);
            }
            Event::Start(tag) => {
                finish(&mut current, &mut plain, &mut lines);
                inline_depth = 0;
                blocks.push(matches!(tag, Tag::Paragraph | Tag::Item));
            }
            Event::End(_) => {
                finish(&mut current, &mut plain, &mut lines);
                inline_depth = 0;
                blocks.pop();
            }
            Event::SoftBreak | Event::HardBreak if inline_depth == 0 => {
                finish(&mut current, &mut plain, &mut lines);
            }
            Event::Text(_) if in_text => extend(&mut current, i),
            _ if in_text => {
                plain = false;
                extend(&mut current, i);
            }
            _ => finish(&mut current, &mut plain, &mut lines),
        }
    }
    lines
}

fn extend(current: &mut Option<Range<usize>>, i: usize) {
    match current {
        Some(r) => r.end = i + 1,
        None => *current = Some(i..i + 1),
    }
}

/// Whether a tag is inline (it can sit inside a line of text).
pub(crate) fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// Whether a tag's end closes an inline tag (see `is_inline`).
pub(crate) fn is_inline_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// A line of text events → a shortcode line, if its source is `{{ … }}`.
fn read_line(body: &str, events: &[(Event<'_>, Range<usize>)], r: Range<usize>) -> Option<Line> {
    let start = events.get(r.start)?.1.start;
    let end = events.get(r.end.checked_sub(1)?)?.1.end;
    let source = body.get(start..end)?;
    let trimmed_start = start + (source.len() - source.trim_start().len());
    let trimmed = source.trim();
    // `\{{ … }}` is the author asking for the text as it is.
    if body[..trimmed_start].ends_with('\\') {
        return None;
    }
    let span = trimmed_start..trimmed_start + trimmed.len();
    let opened = trimmed.strip_prefix("{{")?;
    let Some(inner) = opened.strip_suffix("}}") else {
        // `{{ name(` starts a call: one that does not end the line with `}}` is a
        // mistake, never text to publish as it is.
        return looks_like_call(opened).then(|| Line {
            events: r,
            call: Err(BadCall {
                span,
                reason: if opened.contains("}}") {
                    "text-after"
                } else {
                    "not-closed"
                },
                value: String::new(),
            }),
        });
    };
    let inner_offset = trimmed_start + 2 + (inner.len() - inner.trim_start().len());
    let call = match parse_call(inner.trim()) {
        Ok((name, args, spans)) => Ok(Call {
            name,
            args,
            arg_spans: spans
                .into_iter()
                .map(|(k, s)| (k, inner_offset + s.start..inner_offset + s.end))
                .collect(),
            span,
        }),
        Err((reason, value)) => Err(BadCall {
            span,
            reason,
            value,
        }),
    };
    Some(Line { events: r, call })
}

/// The events with each shortcode line replaced by `rendered(line)` as HTML. In a
/// paragraph, the paragraph is closed before the shortcode and opened again after it;
/// empty paragraphs and line breaks next to a shortcode are dropped.
pub(crate) fn splice<'a>(
    events: Vec<(Event<'a>, Range<usize>)>,
    lines: &[Line],
    mut rendered: impl FnMut(&Line) -> Option<String>,
) -> Vec<(Event<'a>, Range<usize>)> {
    if lines.is_empty() {
        return events;
    }
    let mut out: Vec<(Event<'a>, Range<usize>)> = Vec::with_capacity(events.len());
    let mut shortcode_at: Vec<bool> = Vec::with_capacity(events.len());
    let mut next = lines.iter().peekable();
    let mut in_paragraph = false;
    let mut skip_until = 0;
    for (i, (event, range)) in events.into_iter().enumerate() {
        if i < skip_until {
            continue;
        }
        match &event {
            Event::Start(Tag::Paragraph) => in_paragraph = true,
            Event::End(TagEnd::Paragraph) => in_paragraph = false,
            _ => {}
        }
        if let Some(line) = next.next_if(|l| l.events.start == i)
            && let Some(html) = rendered(line)
        {
            skip_until = line.events.end;
            let span = match &line.call {
                Ok(c) => c.span.clone(),
                Err(b) => b.span.clone(),
            };
            if in_paragraph {
                out.push((Event::End(TagEnd::Paragraph), span.clone()));
                shortcode_at.push(false);
            }
            out.push((Event::Html(CowStr::from(html)), span.clone()));
            shortcode_at.push(true);
            if in_paragraph {
                out.push((Event::Start(Tag::Paragraph), span));
                shortcode_at.push(false);
            }
            continue;
        }
        out.push((event, range));
        shortcode_at.push(false);
    }
    // Tidy up: no line breaks at a shortcode or a paragraph's edge, no empty paragraphs.
    let mut tidy: Vec<(Event<'a>, Range<usize>)> = Vec::with_capacity(out.len());
    let mut tidy_shortcode: Vec<bool> = Vec::with_capacity(out.len());
    for ((event, range), shortcode) in out.into_iter().zip(shortcode_at) {
        let is_break = matches!(event, Event::SoftBreak | Event::HardBreak);
        let after_edge = matches!(tidy.last(), Some((Event::Start(Tag::Paragraph), _)))
            || tidy_shortcode.last() == Some(&true);
        if is_break && after_edge {
            continue;
        }
        if shortcode || matches!(event, Event::End(TagEnd::Paragraph)) {
            while matches!(tidy.last(), Some((Event::SoftBreak | Event::HardBreak, _))) {
                tidy.pop();
                tidy_shortcode.pop();
            }
        }
        if matches!(event, Event::End(TagEnd::Paragraph))
            && matches!(tidy.last(), Some((Event::Start(Tag::Paragraph), _)))
        {
            tidy.pop();
            tidy_shortcode.pop();
            continue;
        }
        tidy.push((event, range));
        tidy_shortcode.push(shortcode);
    }
    tidy
}

/// Whether text after `{{` starts like a call: a name, then `(`.
fn looks_like_call(text: &str) -> bool {
    let text = text.trim_start();
    let name_end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(text.len());
    name_end > 0 && text[name_end..].trim_start().starts_with('(')
}

/// `name(key="value", n=3)` → the name, the arguments and where each argument is in
/// `text`.
type Parsed = (String, Map<String, Value>, Vec<(String, Range<usize>)>);

fn parse_call(text: &str) -> Result<Parsed, Unreadable> {
    let open = text
        .find('(')
        .ok_or_else(|| ("no-open", text.trim().to_string()))?;
    let name = text[..open].trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(("name", name.to_string()));
    }
    let rest = text[open + 1..]
        .strip_suffix(')')
        .ok_or_else(|| ("no-close", name.to_string()))?;
    let rest_offset = open + 1;
    let mut args = Map::new();
    let mut spans = Vec::new();
    let mut chars = rest.char_indices().peekable();
    loop {
        while chars
            .next_if(|(_, c)| c.is_whitespace() || *c == ',')
            .is_some()
        {}
        let Some(&(key_start, _)) = chars.peek() else {
            break;
        };
        let mut key_end = key_start;
        while let Some((i, c)) = chars.next_if(|(_, c)| c.is_ascii_alphanumeric() || *c == '_') {
            key_end = i + c.len_utf8();
        }
        let key = &rest[key_start..key_end];
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        if key.is_empty() || chars.next().map(|(_, c)| c) != Some('=') {
            let piece = rest[key_start..]
                .split([',', ' ', ')'])
                .next()
                .unwrap_or_default();
            return Err(("pair", piece.to_string()));
        }
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let value = match chars.peek().map(|(_, c)| *c) {
            Some(q @ ('"' | '\'')) => {
                chars.next();
                let mut s = String::new();
                loop {
                    match chars.next() {
                        Some((_, '\\')) => {
                            if let Some((_, c)) = chars.next() {
                                s.push(c);
                            }
                        }
                        Some((_, c)) if c == q => break,
                        Some((_, c)) => s.push(c),
                        None => return Err(("quote", key.to_string())),
                    }
                }
                Value::String(s)
            }
            Some(_) => {
                let (start, _) = *chars.peek().ok_or_else(|| ("no-value", key.to_string()))?;
                let mut end = start;
                while let Some((i, c)) = chars.next_if(|(_, c)| *c != ',' && !c.is_whitespace()) {
                    end = i + c.len_utf8();
                }
                let word = &rest[start..end];
                match word {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    _ => word
                        .parse::<i64>()
                        .map(Value::from)
                        .or_else(|_| word.parse::<f64>().map(Value::from))
                        .map_err(|_| ("value", word.to_string()))?,
                }
            }
            None => return Err(("no-value", key.to_string())),
        };
        let value_end = chars.peek().map_or(rest.len(), |(i, _)| *i);
        let span = rest_offset + key_start..rest_offset + value_end;
        if args.insert(key.to_string(), value).is_some() {
            return Err(("twice", key.to_string()));
        }
        spans.push((key.to_string(), span));
    }
    Ok((name.to_string(), args, spans))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn lines(body: &str) -> Vec<Line> {
        let events: Vec<_> = Parser::new_ext(body, Options::all())
            .into_offset_iter()
            .collect();
        find(body, &events)
    }

    fn names(body: &str) -> Vec<String> {
        lines(body)
            .into_iter()
            .filter_map(|l| l.call.ok().map(|c| c.name))
            .collect()
    }

    #[test]
    fn calls_on_their_own_paragraph_line_are_found() {
        let body = "Text {{ not(this=1) }}\n\n{{ indicator(id=\"grt-services\", n=3, big=true) }}\n```\n{{ x() }}\n```\n";
        let found = lines(body);
        assert_eq!(found.len(), 1);
        let call = found[0].call.clone().unwrap();
        assert_eq!(call.name, "indicator");
        assert_eq!(call.args["id"], "grt-services");
        assert_eq!(call.args["n"], 3);
        assert_eq!(call.args["big"], true);
        assert_eq!(
            &body[call.span.clone()],
            "{{ indicator(id=\"grt-services\", n=3, big=true) }}"
        );
        let spans: Vec<&str> = call
            .arg_spans
            .iter()
            .map(|(_, s)| &body[s.clone()])
            .collect();
        assert_eq!(spans, vec!["id=\"grt-services\"", "n=3", "big=true"]);
    }

    #[test]
    fn code_html_and_comments_hold_no_shortcodes() {
        for body in [
            "~~~\n{{ a() }}\n~~~\n",
            "````\n```\n{{ a() }}\n````\n",
            "- item\n\n  ```\n  {{ a() }}\n  ```\n",
            "> ```\n> {{ a() }}\n> ```\n",
            "- item\n\n      {{ a() }}\n",
            "    {{ a() }}\n",
            "<div>\n{{ a() }}\n</div>\n",
            "<!--\n{{ a() }}\n-->\n",
            "Text <!--\n{{ a() }}\n-->\n",
            "\\{{ a() }}\n",
            "*emphasis\n{{ a() }}\nstill*\n",
            "| a |\n|---|\n| {{ a() }} |\n",
            "# {{ a() }}\n",
        ] {
            assert!(names(body).is_empty(), "{body:?}");
        }
    }

    #[test]
    fn paragraph_lines_in_quotes_and_lists_are_found() {
        assert_eq!(names("> {{ a() }}\n"), vec!["a"]);
        assert_eq!(names("- {{ a() }}\n- x\n  {{ b() }}\n"), vec!["a", "b"]);
        assert_eq!(names("Before\n{{ a() }}\nafter\n"), vec!["a"]);
    }

    #[test]
    fn a_paragraph_is_split_around_a_shortcode() {
        let body = "Before\n{{ a() }}\nafter\n\n{{ b() }}\n";
        let events: Vec<_> = Parser::new(body).into_offset_iter().collect();
        let found = find(body, &events);
        let out = splice(events, &found, |l| {
            Some(format!("<div>{}</div>", l.call.as_ref().unwrap().name))
        });
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, out.into_iter().map(|(e, _)| e));
        assert_eq!(
            html,
            "<p>Before</p>\n<div>a</div>\n<p>after</p>\n<div>b</div>"
        );
    }

    fn reasons(body: &str) -> Vec<(&'static str, String)> {
        lines(body)
            .into_iter()
            .filter_map(|l| l.call.err().map(|b| (b.reason, b.value)))
            .collect()
    }

    #[test]
    fn malformed_calls_are_reported() {
        let found = lines("{{ card(id=\"x) }}\n\n{{ card(a=1, a=2) }}\n");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|l| l.call.is_err()));
        assert_eq!(
            reasons("{{ card(id=\"x) }}\n\n{{ card(a=1, a=2) }}\n\n{{ card(a=maybe) }}\n"),
            vec![
                ("quote", "id".to_string()),
                ("twice", "a".to_string()),
                ("value", "maybe".to_string())
            ]
        );
    }

    #[test]
    fn an_unclosed_call_or_text_after_one_is_reported_not_published() {
        assert_eq!(
            reasons("{{ card(id=\"x\")\n\nText.\n\n{{ card() }} and more\n\n- {{ card(\n"),
            vec![
                ("not-closed", String::new()),
                ("text-after", String::new()),
                ("not-closed", String::new())
            ]
        );
        // Braces that do not start a call stay text.
        assert!(reasons("{{ just braces\n\n{{\n\nText {{ card( }}\n").is_empty());
    }
}
