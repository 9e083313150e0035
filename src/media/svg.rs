//! Whether an SVG can run script when a browser opens it: a `<script>` element, an event
//! attribute (`onload=`…), a `javascript:` address in any attribute, or a document
//! embedded in it (`<iframe>`, `<embed>`, `<object>`, e.g. inside `<foreignObject>`).
//! Read with quick-xml, so the place of the first finding is exact; an SVG that is not
//! well-formed XML is not shown by browsers as an image at all, so what follows its
//! first error is not read.

use crate::diagnostics::{Diagnostic, LineIndex};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::ops::Range;
use std::path::Path;

/// What kind of script an SVG carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScriptKind {
    /// A `<script>` element.
    Element,
    /// An event attribute (`onclick=`, `onload=`…).
    Handler,
    /// A `javascript:` (or `vbscript:`) address in an attribute.
    Address,
    /// An embedded document (`<iframe>`, `<embed>`, `<object>`).
    Embedded,
}

/// The first script found in an SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SvgScript {
    /// Its kind.
    pub kind: ScriptKind,
    /// The element's or attribute's name as written (`script`, `onload`, `xlink:href`).
    pub name: String,
    /// Byte offsets of that name in the SVG's text.
    pub span: Range<usize>,
    /// 1-based line of the span's start.
    pub line: usize,
    /// 1-based column (in characters) of the span's start.
    pub column: usize,
}

impl SvgScript {
    /// The `svg-script` error in the SVG `svg` (relative to the site folder) at the
    /// script, naming the page that uses it.
    pub(crate) fn diagnostic(&self, svg: &Path, page: &Path) -> Diagnostic {
        let what = match self.kind {
            ScriptKind::Element => "script",
            ScriptKind::Handler => "handler",
            ScriptKind::Address => "address",
            ScriptKind::Embedded => "embedded",
        };
        Diagnostic::error("svg-script")
            .in_file(svg)
            .at(self.span.clone())
            .with("what", what)
            .with("name", &self.name)
            .with("line", self.line)
            .with("column", self.column)
            .with("page", page.display())
    }
}

/// The first script in an SVG's text, or `None` when it has none.
pub(crate) fn svg_script(text: &str) -> Option<SvgScript> {
    let mut reader = Reader::from_str(text);
    loop {
        let start = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let (kind, name) = match reader.read_event() {
            Ok(Event::Start(element) | Event::Empty(element)) => {
                match in_element(text, &element, start) {
                    Some(found) => found,
                    None => continue,
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => continue,
        };
        let index = LineIndex::new(text);
        let (line, column) = index.line_column(text, name.start);
        return Some(SvgScript {
            kind,
            name: text.get(name.clone()).unwrap_or_default().to_string(),
            span: name,
            line,
            column,
        });
    }
}

/// A script in one element (its name or one of its attributes), with the span of the
/// name that shows it. `start`: the element's offset (its `<`).
fn in_element(
    text: &str,
    element: &BytesStart<'_>,
    start: usize,
) -> Option<(ScriptKind, Range<usize>)> {
    let local = element.local_name();
    let local = local.as_ref().to_ascii_lowercase();
    let name_span = || {
        let at = start + 1;
        at..at + element.name().as_ref().len()
    };
    match local.as_str() {
        "script" => return Some((ScriptKind::Element, name_span())),
        "iframe" | "embed" | "object" => return Some((ScriptKind::Embedded, name_span())),
        _ => {}
    }
    for attribute in element.attributes().with_checks(false).flatten() {
        let key = attribute.key.as_ref();
        let span = offset_in(text, key.as_bytes()).map_or_else(name_span, |at| at..at + key.len());
        let key_name = attribute.key.local_name().as_ref().to_ascii_lowercase();
        if key_name.starts_with("on") {
            return Some((ScriptKind::Handler, span));
        }
        if runs_script(&attribute.value) {
            return Some((ScriptKind::Address, span));
        }
    }
    None
}

/// A value that is a script address once entities, spaces and case are set aside
/// (`java&#x09;script:`, ` JavaScript:`).
fn runs_script(value: &str) -> bool {
    let decoded =
        quick_xml::escape::unescape(value).map_or_else(|_| value.to_string(), |v| v.into_owned());
    let squeezed: String = decoded
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    squeezed.starts_with("javascript:") || squeezed.starts_with("vbscript:")
}

/// Where a slice borrowed from `text` starts in it.
fn offset_in(text: &str, slice: &[u8]) -> Option<usize> {
    let base = text.as_ptr() as usize;
    let at = (slice.as_ptr() as usize).checked_sub(base)?;
    (at + slice.len() <= text.len()).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(svg: &str) -> Option<(ScriptKind, String, usize, usize)> {
        svg_script(svg).map(|s| {
            assert_eq!(&svg[s.span.clone()], s.name);
            (s.kind, s.name, s.line, s.column)
        })
    }

    #[test]
    fn a_drawing_without_script_passes() {
        let svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n  <a xlink:href=\"https://example.org/\"><rect width=\"10\" height=\"10\" fill=\"#c00\"/></a>\n  <text>onload</text>\n</svg>\n";
        assert_eq!(found(svg), None);
    }

    #[test]
    fn script_elements_handlers_addresses_and_embedded_documents_are_found() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect/>\n  <script>alert(1)</script>\n</svg>";
        assert_eq!(
            found(svg),
            Some((ScriptKind::Element, "script".to_string(), 3, 4))
        );
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"\n     onload=\"alert(1)\"/>";
        assert_eq!(
            found(svg),
            Some((ScriptKind::Handler, "onload".to_string(), 2, 6))
        );
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\" Java&#x09;Script:alert(1)\"><rect/></a></svg>";
        assert_eq!(
            found(svg).map(|f| (f.0, f.1)),
            Some((ScriptKind::Address, "xlink:href".to_string()))
        );
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>";
        assert_eq!(found(svg).map(|f| f.1), Some("to".to_string()));
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><html:iframe xmlns:html=\"http://www.w3.org/1999/xhtml\" src=\"x.html\"/></foreignObject></svg>";
        assert_eq!(
            found(svg).map(|f| (f.0, f.1)),
            Some((ScriptKind::Embedded, "html:iframe".to_string()))
        );
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><SCRIPT>x()</SCRIPT></body></foreignObject></svg>";
        assert_eq!(found(svg).map(|f| f.0), Some(ScriptKind::Element));
    }

    #[test]
    fn the_diagnostic_is_in_the_svg_and_names_the_page() {
        let svg = "<svg>\n<script/>\n</svg>";
        let script = svg_script(svg).unwrap();
        let problem = script.diagnostic(
            Path::new("content/x/logo.svg"),
            Path::new("content/x/index.lv.md"),
        );
        assert_eq!(problem.id, "svg-script");
        assert_eq!(problem.span, Some(7..13));
        assert_eq!(problem.arg("line"), Some("2"));
        assert_eq!(problem.arg("column"), Some("2"));
        assert_eq!(problem.arg("what"), Some("script"));
        assert_eq!(problem.arg("page"), Some("content/x/index.lv.md"));
    }
}
