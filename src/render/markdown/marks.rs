//! What a page's markdown says where, for `check`: every link (its address as written and
//! its text), image (address and alt text) and heading (level), with its span in the whole
//! file. Read from pulldown-cmark's offset iterator while the page renders, so that a
//! problem found later in the rendered site can be placed at the markdown that made it.

use super::level_number;
use pulldown_cmark::{Event, Tag, TagEnd};
use std::ops::Range;

/// What a mark is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MarkKind {
    /// A link: `[text](dest)`.
    Link,
    /// An image: `![alt](dest)`.
    Image,
    /// A heading of level 1–6.
    Heading(u8),
}

/// One link, image or heading of a page's markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mark {
    /// What it is.
    pub kind: MarkKind,
    /// The address as written (empty for headings).
    pub dest: String,
    /// The link's text, the image's alt text or the heading's text, as plain text.
    pub text: String,
    /// Where it is in the whole file.
    pub span: Range<usize>,
}

/// The marks of a parsed body, in order; `offset` is where the body starts in its file.
pub(super) fn collect(parsed: &[(Event<'_>, Range<usize>)], offset: usize) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    // The marks whose text is being read (a link may hold an image).
    let mut open: Vec<usize> = Vec::new();
    for (event, range) in parsed {
        let span = offset + range.start..offset + range.end;
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                open.push(marks.len());
                marks.push(mark(MarkKind::Link, dest_url, span));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                open.push(marks.len());
                marks.push(mark(MarkKind::Image, dest_url, span));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                open.push(marks.len());
                marks.push(mark(MarkKind::Heading(level_number(*level)), "", span));
            }
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::Heading(_)) => {
                open.pop();
            }
            Event::Text(text) | Event::Code(text) => {
                for &i in &open {
                    if let Some(m) = marks.get_mut(i) {
                        m.text.push_str(text);
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                for &i in &open {
                    if let Some(m) = marks.get_mut(i) {
                        m.text.push(' ');
                    }
                }
            }
            _ => {}
        }
    }
    marks
}

fn mark(kind: MarkKind, dest: &str, span: Range<usize>) -> Mark {
    Mark {
        kind,
        dest: dest.to_string(),
        text: String::new(),
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    #[test]
    fn links_images_and_headings_keep_their_place_and_text() {
        let body = "## Vēsture\n\nSkatīt [šeit](/lv/x/) un [![Logo](logo.png)](@/par.md).\n";
        let parsed: Vec<_> = Parser::new(body).into_offset_iter().collect();
        let marks = collect(&parsed, 4);
        assert_eq!(marks[0].kind, MarkKind::Heading(2));
        assert_eq!(marks[0].text, "Vēsture");
        assert_eq!(marks[1].dest, "/lv/x/");
        assert_eq!(marks[1].text, "šeit");
        assert_eq!(
            &body[marks[1].span.start - 4..marks[1].span.end - 4],
            "[šeit](/lv/x/)"
        );
        assert_eq!(
            (marks[2].kind.clone(), marks[2].text.as_str()),
            (MarkKind::Link, "Logo")
        );
        assert_eq!(
            (marks[3].kind.clone(), marks[3].dest.as_str()),
            (MarkKind::Image, "logo.png")
        );
    }
}
