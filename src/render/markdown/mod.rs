//! Markdown → HTML for one page: CommonMark with tables, footnotes, strikethrough and
//! task lists; unique heading ids; `@/` links resolved to the page language's URLs;
//! smart quotes per language; images checked for alt text; fenced code highlighted with
//! CSS classes; shortcode lines rendered through the theme. Problems are returned with
//! spans in the whole source file.

mod headings;
pub mod highlight;
pub mod quotes;
pub mod shortcodes;

use crate::diagnostics::Diagnostic;
use headings::HeadingIds;
pub use highlight::Highlighter;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use serde_json::{Map, Value};
use std::ops::Range;
use std::path::Path;

/// What the markdown renderer asks of the rest of lapa.
pub trait Host: Sync {
    /// The URL of an `@/` link in a language, `None` when the file does not exist.
    fn resolve_link(&self, link: &str, lang: &str) -> Option<String>;
    /// Renders a shortcode; `Err` carries a diagnostic without file or span.
    fn render_shortcode(
        &self,
        name: &str,
        args: &Map<String, Value>,
        lang: &str,
    ) -> Result<String, Diagnostic>;
}

/// One markdown document to render.
pub struct Input<'a> {
    /// The markdown.
    pub body: &'a str,
    /// Where `body` starts in its file.
    pub body_offset: usize,
    /// The file, relative to the site root, for messages.
    pub file: &'a Path,
    /// The page's language.
    pub lang: &'a str,
    /// Whether raw HTML passes through (page bodies) or is shown as text (data values).
    pub raw_html: bool,
    /// The page's URL: relative links of the first paragraph are made to start from it,
    /// so that the summary works on list pages too.
    pub page_url: &'a str,
}

/// A heading, for tables of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    /// 1–6.
    pub level: u8,
    /// Its id.
    pub id: String,
    /// Its text.
    pub title: String,
}

/// The rendered page body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// The first paragraph's HTML.
    pub first_paragraph: String,
    /// Headings in order.
    pub toc: Vec<TocEntry>,
    /// Problems, with spans in the whole file.
    pub problems: Vec<Diagnostic>,
}

const PLACEHOLDER: &str = "<!--lapa-shortcode-";

/// Renders a markdown body.
pub fn render(input: &Input<'_>, host: &dyn Host, highlighter: &Highlighter) -> Rendered {
    let mut problems = Vec::new();
    let at = |span: Range<usize>| input.body_offset + span.start..input.body_offset + span.end;

    // Shortcodes first: each call line becomes an HTML comment placeholder.
    let (calls, bad_calls) = shortcodes::find(input.body);
    for bad in bad_calls {
        problems.push(
            Diagnostic::error("shortcode-malformed")
                .in_file(input.file)
                .at(at(bad.span))
                .with("details", bad.details),
        );
    }
    let mut body = String::with_capacity(input.body.len());
    let mut shifts: Vec<(usize, isize)> = Vec::new(); // (position in new body, shift so far)
    let mut rendered_calls = Vec::new();
    let mut last = 0;
    let mut shift: isize = 0;
    for (n, call) in calls.iter().enumerate() {
        body.push_str(&input.body[last..call.span.start]);
        let placeholder = format!("{PLACEHOLDER}{n}-->");
        body.push_str(&placeholder);
        last = call.span.end;
        shift += call.span.len() as isize - placeholder.len() as isize;
        shifts.push((body.len(), shift));
        match host.render_shortcode(&call.name, &call.args, input.lang) {
            Ok(html) => rendered_calls.push(html),
            Err(d) => {
                // A template error keeps its place in the template and names the page.
                let d = match d.file {
                    Some(_) => d.with("page", crate::diagnostics::display_path(input.file)),
                    None => d.in_file(input.file).at(at(call.span.clone())),
                };
                problems.push(d);
                rendered_calls.push(String::new());
            }
        }
    }
    body.push_str(&input.body[last..]);
    let original = |pos: usize| -> usize {
        let s = shifts
            .iter()
            .rev()
            .find(|(p, _)| *p <= pos)
            .map_or(0, |(_, s)| *s);
        (pos as isize + s).max(0) as usize
    };
    let at_original = |span: Range<usize>| {
        input.body_offset + original(span.start)..input.body_offset + original(span.end)
    };

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut ids = HeadingIds::default();
    let mut toc = Vec::new();
    let mut first_paragraph: Option<Range<usize>> = None;
    let mut depth = 0usize;
    let mut parser = Parser::new_ext(&body, options).into_offset_iter();

    while let Some((event, range)) = parser.next() {
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                let mut inner = Vec::new();
                let mut text = String::new();
                for (e, r) in parser.by_ref() {
                    match e {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(ref t) | Event::Code(ref t) => text.push_str(t),
                        _ => {}
                    }
                    // Links inside a heading are links too.
                    let e = with_dest(e, |dest| {
                        resolve_at(dest, host, input.lang, &mut |link| {
                            problems.push(
                                Diagnostic::error("link-target-missing")
                                    .in_file(input.file)
                                    .at(at_original(r.clone()))
                                    .with("link", link),
                            );
                        })
                    });
                    inner.push(localize_text(e, source_of(&body, &r), input.lang));
                }
                let id = ids.assign(id.as_deref(), &text);
                let mut inner_html = String::new();
                pulldown_cmark::html::push_html(&mut inner_html, inner.into_iter());
                let class = if classes.is_empty() {
                    String::new()
                } else {
                    format!(
                        " class=\"{}\"",
                        escape(
                            &classes
                                .iter()
                                .map(|c| c.as_ref())
                                .collect::<Vec<_>>()
                                .join(" ")
                        )
                    )
                };
                let n = level_number(level);
                events.push(Event::Html(CowStr::from(format!(
                    "<h{n} id=\"{}\"{class}>{inner_html}</h{n}>\n",
                    escape(&id)
                ))));
                toc.push(TocEntry {
                    level: n,
                    id,
                    title: text,
                });
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if dest_url.starts_with("@/") => {
                let dest_url = resolve_at(dest_url, host, input.lang, &mut |link| {
                    problems.push(
                        Diagnostic::error("link-target-missing")
                            .in_file(input.file)
                            .at(at_original(range.clone()))
                            .with("link", link),
                    );
                });
                depth += 1;
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let mut inner = Vec::new();
                let mut alt = String::new();
                for (e, r) in parser.by_ref() {
                    if let Event::End(TagEnd::Image) = e {
                        break;
                    }
                    // The alt text gets the language's quotes like any other text.
                    let e = localize_text(e, source_of(&body, &r), input.lang);
                    if let Event::Text(ref t) | Event::Code(ref t) = e {
                        alt.push_str(t);
                    }
                    inner.push(e);
                }
                if alt.trim().is_empty() {
                    problems.push(
                        Diagnostic::warning("image-missing-alt")
                            .in_file(input.file)
                            .at(at_original(range.clone()))
                            .with("image", dest_url.to_string()),
                    );
                }
                let dest_url = resolve_at(dest_url, host, input.lang, &mut |link| {
                    problems.push(
                        Diagnostic::error("link-target-missing")
                            .in_file(input.file)
                            .at(at_original(range.clone()))
                            .with("link", link),
                    );
                });
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
                events.extend(inner);
                events.push(Event::End(TagEnd::Image));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match &kind {
                    CodeBlockKind::Fenced(lang) => lang.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let mut code = String::new();
                for (e, _) in parser.by_ref() {
                    match e {
                        Event::End(TagEnd::CodeBlock) => break,
                        Event::Text(t) => code.push_str(&t),
                        _ => {}
                    }
                }
                events.push(Event::Html(CowStr::from(
                    highlighter.highlight(&code, &language),
                )));
            }
            Event::Start(Tag::Paragraph) => {
                if depth == 0 && first_paragraph.is_none() {
                    first_paragraph = Some(events.len()..events.len());
                }
                depth += 1;
                events.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                depth -= 1;
                events.push(Event::End(TagEnd::Paragraph));
                if depth == 0
                    && let Some(r) = &mut first_paragraph
                    && r.end == r.start
                {
                    r.end = events.len();
                }
            }
            Event::Start(tag) => {
                depth += 1;
                events.push(Event::Start(tag));
            }
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                events.push(Event::End(tag));
            }
            Event::Html(html) | Event::InlineHtml(html)
                if html.trim_start().starts_with(PLACEHOLDER) =>
            {
                let n: Option<usize> = html
                    .trim()
                    .strip_prefix(PLACEHOLDER)
                    .and_then(|s| s.strip_suffix("-->"))
                    .and_then(|s| s.parse().ok());
                let out = n
                    .and_then(|n| rendered_calls.get(n))
                    .cloned()
                    .unwrap_or_default();
                events.push(Event::Html(CowStr::from(out)));
            }
            Event::Html(html) | Event::InlineHtml(html) if !input.raw_html => {
                events.push(Event::Text(html))
            }
            other => events.push(localize_text(other, source_of(&body, &range), input.lang)),
        }
    }

    let mut first = String::new();
    if let Some(r) = first_paragraph.filter(|r| r.end > r.start) {
        let summary = events[r].iter().cloned().map(|e| {
            with_dest(e, |dest| {
                let relative =
                    !dest.is_empty() && !dest.starts_with(['/', '#', '?']) && !dest.contains(':');
                if relative {
                    CowStr::from(format!("{}{dest}", input.page_url))
                } else {
                    dest
                }
            })
        });
        pulldown_cmark::html::push_html(&mut first, summary);
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered {
        html,
        first_paragraph: first,
        toc,
        problems,
    }
}

/// A link's or image's event with its address changed by `change`; other events as
/// they are.
fn with_dest<'a>(event: Event<'a>, change: impl FnOnce(CowStr<'a>) -> CowStr<'a>) -> Event<'a> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: change(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: change(dest_url),
            title,
            id,
        }),
        other => other,
    }
}

/// An `@/` address → the URL of that file's page; `missing` hears of one that does not
/// exist (which then links nowhere). Other addresses pass through.
fn resolve_at<'a>(
    dest: CowStr<'a>,
    host: &dyn Host,
    lang: &str,
    missing: &mut dyn FnMut(String),
) -> CowStr<'a> {
    if !dest.starts_with("@/") {
        return dest;
    }
    match host.resolve_link(&dest, lang) {
        Some(url) => CowStr::from(url),
        None => {
            missing(dest.to_string());
            CowStr::from(String::new())
        }
    }
}

/// The source text of an event (empty when the range is not in it).
fn source_of<'s>(body: &'s str, range: &Range<usize>) -> &'s str {
    body.get(range.clone()).unwrap_or("")
}

/// A text event with the quotes smart punctuation made from keyboard quotes in the
/// language's form; typed quotes stay as typed.
fn localize_text<'a>(event: Event<'a>, source: &str, lang: &str) -> Event<'a> {
    match event {
        Event::Text(t) => match quotes::localize_event_text(&t, source, lang) {
            Some(s) => Event::Text(CowStr::from(s)),
            None => Event::Text(t),
        },
        other => other,
    }
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// Renders a short markdown text from front matter (a summary) to HTML: its `@/` links
/// resolve through `resolve`, and any HTML in it is shown as text.
pub fn render_inline(text: &str, lang: &str, resolve: &dyn Fn(&str) -> Option<String>) -> String {
    let parser = Parser::new_ext(
        text,
        Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_STRIKETHROUGH,
    )
    .into_offset_iter()
    .map(|(e, range)| match e {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        e @ Event::Start(Tag::Link { .. } | Tag::Image { .. }) => with_dest(e, |dest| {
            if dest.starts_with("@/") {
                CowStr::from(resolve(&dest).unwrap_or_default())
            } else {
                dest
            }
        }),
        other => localize_text(other, source_of(text, &range), lang),
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

/// The text of some HTML, tags removed and whitespace collapsed (for meta descriptions).
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(name), '>') => {
                // Block ends separate words; inline tags (a, em…) do not.
                let name = name
                    .trim_start_matches('/')
                    .split([' ', '/'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if matches!(
                    name.as_str(),
                    "p" | "br"
                        | "li"
                        | "div"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "td"
                        | "th"
                        | "tr"
                ) {
                    out.push(' ');
                }
                tag = None;
            }
            (Some(name), c) => name.push(c),
            (None, c) => out.push(c),
        }
    }
    let text = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn plain_text_keeps_punctuation_next_to_links() {
        assert_eq!(
            plain_text("<p>Skatīt <a href=\"x\">šo</a>.</p>\n<p>Otrs &amp; trešais</p>"),
            "Skatīt šo. Otrs & trešais"
        );
    }
}
