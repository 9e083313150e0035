//! An easy-read page's markdown → the text a reader reads, block by block (paragraphs,
//! headings, list items, table cells), each with a map back to its place in the source
//! file; and the places of its italics. Read from pulldown-cmark's offset iterator; code
//! (fenced, indented, inline), HTML and its comments, shortcode lines, image texts,
//! footnote references and the text of bare addresses (`<https://…>`) are left out, so
//! the rules never read them.

use crate::render::markdown::shortcodes;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::ops::Range;

/// One block of running text: what a reader reads, and where each part is in the file.
#[derive(Debug, Default)]
pub(super) struct Block {
    /// The text: events' texts, line breaks as `\n`, left-out parts as one space.
    pub text: String,
    /// Parts of `text` and their places in the file, in order.
    pieces: Vec<Piece>,
}

/// A part of a block's text from one event.
#[derive(Debug)]
struct Piece {
    /// Where it starts in the block's text.
    at: usize,
    /// How long it is there.
    len: usize,
    /// Where its event is in the file.
    source: Range<usize>,
    /// Whether the text is the source byte for byte (no entity, no escape), so that any
    /// place inside it has an exact place in the file.
    exact: bool,
}

impl Block {
    /// The place in the file of a byte of the text: exact inside a part written as it
    /// reads, else the start of its event.
    pub(super) fn source(&self, at: usize) -> usize {
        let index = self
            .pieces
            .partition_point(|p| p.at <= at)
            .saturating_sub(1);
        match self.pieces.get(index) {
            Some(p) if p.exact => p.source.start + (at - p.at).min(p.len),
            Some(p) if at >= p.at + p.len => p.source.end,
            Some(p) => p.source.start,
            None => 0,
        }
    }

    /// The place in the file of a range of the text.
    pub(super) fn span(&self, range: &Range<usize>) -> Range<usize> {
        let start = self.source(range.start);
        let end = if range.end > range.start {
            self.source(range.end - 1) + 1
        } else {
            start
        };
        start..end.max(start)
    }

    fn push(&mut self, text: &str, source: Range<usize>, exact: bool) {
        self.pieces.push(Piece {
            at: self.text.len(),
            len: text.len(),
            source,
            exact,
        });
        self.text.push_str(text);
    }

    /// A left-out part (code, an image): one space, so the words around it stay apart.
    fn gap(&mut self, source: Range<usize>) {
        if !self.text.ends_with([' ', '\n']) && !self.text.is_empty() {
            self.push(" ", source, false);
        }
    }
}

/// Italic text: markdown emphasis (`*x*`, `_x_`) or an `<em>`/`<i>` tag.
#[derive(Debug, PartialEq)]
pub(super) struct Italic {
    /// Its place in the file (the opening marker or tag, on to its end where known).
    pub span: Range<usize>,
    /// Its text.
    pub text: String,
}

/// The readable text of a markdown body.
#[derive(Debug, Default)]
pub(super) struct Prose {
    /// Blocks in order.
    pub blocks: Vec<Block>,
    /// Italics in order.
    pub italics: Vec<Italic>,
}

/// The markdown structure lapa renders (smart punctuation left out: quotes stay as
/// written, so texts keep their places).
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Reads a markdown body that starts at `offset` in its file.
pub(super) fn read(body: &str, offset: usize) -> Prose {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(body, options())
        .into_offset_iter()
        .collect();
    let skipped: HashSet<usize> = shortcodes::find(body, &events)
        .into_iter()
        .flat_map(|line| line.events)
        .collect();
    let at = |r: &Range<usize>| offset + r.start..offset + r.end;
    let mut prose = Prose::default();
    let mut block = Block::default();
    // Inside code, an image or a bare address: text is left out until its end.
    let mut hidden = 0usize;
    // Open emphases and `<em>`/`<i>` tags: where they start and their text so far.
    let mut open: Vec<(Range<usize>, String)> = Vec::new();
    let mut open_tags: Vec<(Range<usize>, String)> = Vec::new();
    // Open links: whether each is a bare address.
    let mut links: Vec<bool> = Vec::new();
    let flush = |block: &mut Block, prose: &mut Prose| {
        let done = std::mem::take(block);
        if done.text.chars().any(char::is_alphanumeric) {
            prose.blocks.push(done);
        }
    };
    for (i, (event, range)) in events.iter().enumerate() {
        let source = at(range);
        if skipped.contains(&i) {
            block.gap(source);
            continue;
        }
        match event {
            Event::Start(Tag::Emphasis) => open.push((source, String::new())),
            Event::End(TagEnd::Emphasis) => {
                if let Some((start, text)) = open.pop() {
                    prose.italics.push(Italic {
                        span: start.start..source.end.max(start.end),
                        text,
                    });
                }
            }
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => {
                hidden += 1;
                block.gap(source);
            }
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => hidden = hidden.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                // A bare address's text is the address itself.
                let written = body.get(range.clone()).unwrap_or("");
                let bare =
                    written.starts_with('<') && written.ends_with('>') || written == &**dest_url;
                if bare {
                    hidden += 1;
                    block.gap(source);
                }
                links.push(bare);
            }
            Event::End(TagEnd::Link) if links.pop() == Some(true) => {
                hidden = hidden.saturating_sub(1);
            }
            Event::Start(tag) if !shortcodes::is_inline(tag) => flush(&mut block, &mut prose),
            Event::End(tag) if !shortcodes::is_inline_end(tag) => flush(&mut block, &mut prose),
            Event::Text(text) if hidden == 0 => {
                let exact = body.get(range.clone()) == Some(&**text);
                block.push(text, source, exact);
                for (_, italic) in open.iter_mut().chain(open_tags.iter_mut()) {
                    italic.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak if hidden == 0 => {
                block.push("\n", source, false);
                for (_, italic) in open.iter_mut().chain(open_tags.iter_mut()) {
                    italic.push(' ');
                }
            }
            Event::InlineHtml(html) => match italic_tag(html) {
                Some(true) => open_tags.push((source, String::new())),
                Some(false) => {
                    if let Some((start, text)) = open_tags.pop() {
                        prose.italics.push(Italic {
                            span: start.start..source.end,
                            text,
                        });
                    }
                }
                None => block.gap(source),
            },
            Event::Html(html) => {
                prose.italics.extend(block_italics(html, source.start));
            }
            Event::Code(_) | Event::FootnoteReference(_) | Event::InlineMath(_) => {
                block.gap(source);
            }
            _ => {}
        }
    }
    // An `<em>` never closed is still italics, to the end of its tag.
    prose.italics.extend(
        open_tags
            .into_iter()
            .map(|(span, text)| Italic { span, text }),
    );
    flush(&mut block, &mut prose);
    prose.italics.sort_by_key(|i| i.span.start);
    prose
}

/// `Some(true)` for an opening `<em>`/`<i>` tag, `Some(false)` for a closing one.
fn italic_tag(html: &str) -> Option<bool> {
    let lower = html.trim().to_ascii_lowercase();
    let (closing, rest) = match lower.strip_prefix("</") {
        Some(rest) => (true, rest),
        None => (false, lower.strip_prefix('<')?),
    };
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    matches!(name.as_str(), "em" | "i").then_some(!closing)
}

/// The `<em>`/`<i>` elements of a piece of an HTML block (comments left out), with
/// their text up to the closing tag in the same piece.
fn block_italics(html: &str, offset: usize) -> Vec<Italic> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(lt) = html.get(rest..).and_then(|s| s.find('<')) {
        let start = rest + lt;
        let tail = html.get(start..).unwrap_or("");
        if tail.starts_with("<!--") {
            rest = tail
                .find("-->")
                .map_or(html.len(), |end| start + end + "-->".len());
            continue;
        }
        let tag_end = tail.find('>').map_or(html.len(), |e| start + e + 1);
        rest = tag_end;
        if italic_tag(html.get(start..tag_end).unwrap_or("")) != Some(true) {
            continue;
        }
        let inner = html.get(tag_end..).unwrap_or("");
        let close = inner.find("</").unwrap_or(inner.len());
        let text = strip_tags(inner.get(..close).unwrap_or(""));
        found.push(Italic {
            span: offset + start..offset + tag_end + close,
            text,
        });
    }
    found
}

/// The text of some HTML without its tags.
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<String> {
        read(body, 0).blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn blocks_leave_out_code_html_comments_and_addresses() {
        let body = "# Virsraksts\n\nPirmais teikums ar `kodu` un [saiti](https://x.lv/A).\n\n```\nKODS ŠEIT\n```\n\n<!-- KOMENTĀRS -->\n\n- viens\n- divi <https://EXAMPLE.org>\n\n{{ indicator(id=\"x\") }}\n\n![ATTĒLS](a.png) Teksts.\n";
        assert_eq!(
            texts(body),
            vec![
                "Virsraksts",
                "Pirmais teikums ar  un saiti.",
                "viens",
                "divi ",
                " Teksts."
            ]
        );
    }

    #[test]
    fn places_map_back_to_the_file() {
        let body = "Vārds &amp; **trekns**\nteksts.\n";
        let prose = read(body, 100);
        let block = &prose.blocks[0];
        assert_eq!(block.text, "Vārds & trekns\nteksts.");
        let at = block.text.find("trekns").unwrap();
        assert_eq!(block.source(at), 100 + body.find("trekns").unwrap());
        let at = block.text.find("teksts").unwrap();
        assert_eq!(
            block.span(&(at..at + "teksts".len())),
            100 + body.find("teksts").unwrap()..100 + body.find("teksts").unwrap() + 6
        );
        // The entity's text maps to the entity.
        let amp = block.text.find('&').unwrap();
        assert_eq!(block.source(amp), 100 + body.find("&amp;").unwrap());
    }

    #[test]
    fn italics_in_markdown_and_html() {
        let body = "Ir *slīpi* un __trekni__ un _arī slīpi_.\n\nTeksts <em>uzsvērts</em> un <i>vēl</i>.\n\n<p>Bloks <EM>iekšā</EM></p>\n\n<!-- <em>nē</em> -->\n";
        let prose = read(body, 0);
        let found: Vec<_> = prose.italics.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            found,
            vec!["slīpi", "arī slīpi", "uzsvērts", "vēl", "iekšā"]
        );
        let first = &prose.italics[0];
        assert_eq!(&body[first.span.clone()], "*slīpi*");
        let tag = &prose.italics[2];
        assert_eq!(&body[tag.span.clone()], "<em>uzsvērts</em>");
    }
}
