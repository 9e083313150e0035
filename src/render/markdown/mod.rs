//! Markdown → HTML for one page: CommonMark with tables, footnotes, strikethrough and
//! task lists; unique heading ids that keep every `{#id .class key=value}` attribute;
//! `@/` links resolved to the page language's URLs (never silently another language's
//! page, never a draft); relative image and document links checked against the page's
//! bundle; smart quotes per language; images checked for alt text, and the bundle's
//! raster images written as `<picture>` (through `Host::picture`); fenced code
//! highlighted with CSS classes; shortcode lines (found in pulldown-cmark's own parse)
//! rendered through the theme; footnotes numbered over the whole page with a titled,
//! linked list; task-list checkboxes labelled by their text. Problems are returned with
//! spans in the whole source file.

mod footnotes;
mod headings;
pub(crate) mod highlight;
pub(crate) mod marks;
pub(crate) mod quotes;
pub(crate) mod shortcodes;

use crate::diagnostics::Diagnostic;
use footnotes::Footnotes;
use headings::HeadingIds;
pub(crate) use highlight::Highlighter;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
pub(crate) use shortcodes::Call;
use std::ops::Range;
use std::path::Path;

/// What the markdown renderer asks of the rest of lapa. Problems come back without file
/// or span; the renderer places them.
pub(crate) trait Host: Sync {
    /// The URL of an `@/` link in a language (empty when there is none) and the problem
    /// with it, if any.
    fn resolve_link(&self, link: &str, lang: &str) -> (String, Option<Diagnostic>);
    /// The problem with a relative address of the page at `page_path` (`lv/x/`), if it
    /// names a bundle file that does not exist.
    fn check_file(&self, page_path: &str, dest: &str, image: bool) -> Option<Diagnostic>;
    /// Renders a shortcode of the page `page` (`None` for a text outside pages, such as
    /// a data file's description). A problem with one argument names it in its
    /// `argument`.
    fn render_shortcode(
        &self,
        call: &Call,
        lang: &str,
        page: Option<CurrentPage<'_>>,
    ) -> Result<String, Diagnostic>;
    /// The `<picture>` markup of a markdown image of the page at `page_path`, when `dest`
    /// names a raster image lapa processed (`None` for any other image, which stays an
    /// `<img>`). `eager`: the image is on the first screen.
    fn picture(&self, page_path: &str, dest: &str, image: &ImageText<'_>) -> Option<String>;
    /// An interface text of the site's locales (the footnote list's heading).
    fn interface_text(
        &self,
        lang: &str,
        key: &str,
        args: &[(&str, String)],
    ) -> Result<String, Diagnostic>;
    /// Ids the theme's templates use, which headings must not take (`main`).
    fn reserved_ids(&self) -> &[String];
    /// What a link to a document shows, when a relative address of the page at
    /// `page_path` names a published document; a problem when the theme's locales lack
    /// a text for it.
    fn document_link(
        &self,
        _page_path: &str,
        _dest: &str,
        _lang: &str,
    ) -> Option<Result<DocumentLink, Diagnostic>> {
        None
    }
}

/// What a link to a bundle document shows besides the text the author wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DocumentLink {
    /// `(PDF, 1,2 MB, 12 lappuses)`, put inside the link after its text.
    pub details: String,
    /// The document's own title, which replaces a link text that is empty or only the
    /// file name.
    pub title: Option<String>,
    /// The file's name (`plans.pdf`).
    pub file_name: String,
}

/// The page a markdown text belongs to, as its shortcodes see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CurrentPage<'a> {
    /// Its path below the base path (`lv/jaunumi/x/`), the folder its bundle files are
    /// published in.
    pub path: &'a str,
    /// Its URL (`/lv/jaunumi/x/`, with the base path).
    pub url: &'a str,
}

/// What a markdown image says besides its address.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ImageText<'a> {
    /// Its alt text.
    pub alt: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Whether it is on the first screen (not loaded lazily).
    pub eager: bool,
}

/// One markdown document to render.
pub(crate) struct Input<'a> {
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
    /// The page's path below the base path (`lv/jaunumi/x/`), whose bundle files
    /// relative addresses must name; `None` where there is no bundle (data files).
    pub page_path: Option<&'a str>,
    /// Put before every heading and footnote id: empty for a page's own text, something
    /// like `description-` for a text shown beside it, so that ids stay unique.
    pub id_prefix: &'a str,
    /// The page shows a lead image above its text (then every body image loads lazily;
    /// else the first, when among the first blocks, loads at once).
    pub lead_image: bool,
}

impl Input<'_> {
    /// The page this text belongs to, when it is a page's.
    pub(crate) fn current_page(&self) -> Option<CurrentPage<'_>> {
        self.page_path.map(|path| CurrentPage {
            path,
            url: self.page_url,
        })
    }
}

/// A body image in the first this many blocks may be on the first screen.
const FIRST_SCREEN_BLOCKS: usize = 2;

/// A heading, for tables of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct TocEntry {
    /// 1–6.
    pub level: u8,
    /// Its id.
    pub id: String,
    /// Its text.
    pub title: String,
}

/// The rendered page body.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rendered {
    /// The HTML.
    pub html: String,
    /// The first paragraph's HTML.
    pub first_paragraph: String,
    /// Headings in order.
    pub toc: Vec<TocEntry>,
    /// The `@/` links it resolved, as written, in order.
    pub links: Vec<String>,
    /// The shortcodes it called, by name, in order of first call.
    pub shortcodes: Vec<String>,
    /// Its links, images and headings with their places, for `check`.
    pub marks: Vec<marks::Mark>,
    /// Problems, with spans in the whole file.
    pub problems: Vec<Diagnostic>,
}

/// The markdown extensions lapa uses.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The renderer's state for one document.
struct Context<'i> {
    input: &'i Input<'i>,
    host: &'i dyn Host,
    problems: Vec<Diagnostic>,
    footnotes: Footnotes,
    links: Vec<String>,
}

impl Context<'_> {
    /// A span of the body → a span of the file.
    fn at(&self, span: &Range<usize>) -> Range<usize> {
        self.input.body_offset + span.start..self.input.body_offset + span.end
    }

    /// Places a problem at a span of the body.
    fn report(&mut self, d: Diagnostic, span: &Range<usize>) {
        let at = self.at(span);
        self.problems.push(d.in_file(self.input.file).at(at));
    }

    /// A link's or image's address: `@/` resolved, a relative file checked, a scheme
    /// other than the web's, mail's and phone's refused (`javascript:`, `data:`…).
    fn address<'a>(&mut self, dest: CowStr<'a>, image: bool, span: &Range<usize>) -> CowStr<'a> {
        if let Some(scheme) = crate::values::links::disallowed_scheme(&dest) {
            let problem = Diagnostic::error("markdown-link-scheme-not-allowed")
                .with("scheme", &scheme)
                .with("value", dest.escape_debug());
            self.report(problem, span);
            return CowStr::from("");
        }
        if dest.starts_with("@/") {
            if !self.links.iter().any(|l| *l == *dest) {
                self.links.push(dest.to_string());
            }
            let (url, problem) = self.host.resolve_link(&dest, self.input.lang);
            if let Some(d) = problem {
                self.report(d, span);
            }
            return CowStr::from(url);
        }
        if let Some(page_path) = self.input.page_path
            && let Some(d) = self.host.check_file(page_path, &dest, image)
        {
            self.report(d, span);
        }
        dest
    }

    /// An inline event as lapa writes it: addresses resolved, quotes localised, footnote
    /// references numbered.
    fn inline<'a>(&mut self, event: Event<'a>, span: &Range<usize>) -> Event<'a> {
        match event {
            Event::Start(Tag::Link { .. }) => {
                with_dest(event, |dest| self.address(dest, false, span))
            }
            Event::Start(Tag::Image { .. }) => {
                with_dest(event, |dest| self.address(dest, true, span))
            }
            Event::FootnoteReference(label) => match self.footnotes.reference(&label) {
                Some(html) => Event::InlineHtml(CowStr::from(html)),
                None => Event::Text(CowStr::from(format!("[^{label}]"))),
            },
            other => localize_text(other, source_of(self.input.body, span), self.input.lang),
        }
    }

    /// What a link to a bundle document shows, when `dest` names one.
    fn document(&mut self, dest: &str, span: &Range<usize>) -> Option<DocumentLink> {
        let page_path = self.input.page_path?;
        match self.host.document_link(page_path, dest, self.input.lang)? {
            Ok(link) => Some(link),
            Err(d) => {
                self.report(d, span);
                None
            }
        }
    }

    /// An interface text, or its key (with a problem) when the site lacks it.
    fn text(&mut self, key: &str, args: &[(&str, String)]) -> String {
        match self.host.interface_text(self.input.lang, key, args) {
            Ok(text) => text,
            Err(d) => {
                self.problems.push(d);
                key.to_string()
            }
        }
    }
}

/// Renders a markdown body.
pub(crate) fn render(input: &Input<'_>, host: &dyn Host, highlighter: &Highlighter) -> Rendered {
    let parsed: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(input.body, options())
        .into_offset_iter()
        .collect();
    let marks = marks::collect(&parsed, input.body_offset);
    let mut cx = Context {
        input,
        host,
        problems: Vec::new(),
        footnotes: Footnotes::default(),
        links: Vec::new(),
    };

    // Shortcode lines, as CommonMark sees them, become the theme's HTML.
    let lines = shortcodes::find(input.body, &parsed);
    let mut called: Vec<String> = Vec::new();
    for line in &lines {
        if let Ok(call) = &line.call
            && !called.contains(&call.name)
        {
            called.push(call.name.clone());
        }
    }
    let parsed = shortcodes::splice(parsed, &lines, |line| match &line.call {
        Ok(call) => Some(
            match host.render_shortcode(call, input.lang, input.current_page()) {
                Ok(html) => html,
                Err(d) => {
                    // At the argument it is about: named by the problem, else the one
                    // whose value the problem names (a missing `from="@/…"` path).
                    let named = d.arg("argument").map(str::to_string).or_else(|| {
                        let path = d.arg("path")?;
                        call.args
                            .iter()
                            .find(|(_, v)| v.as_str() == Some(path))
                            .map(|(k, _)| k.clone())
                    });
                    let span = named
                        .and_then(|a| call.arg_spans.iter().find(|(k, _)| *k == a))
                        .map_or_else(|| call.span.clone(), |(_, s)| s.clone());
                    cx.report(d, &span);
                    String::new()
                }
            },
        ),
        Err(bad) => {
            cx.report(
                Diagnostic::error("shortcode-malformed")
                    .with("reason", bad.reason)
                    .with("value", &bad.value),
                &bad.span,
            );
            None
        }
    });

    cx.footnotes = Footnotes::number(&parsed, input.id_prefix);
    let mut ids = HeadingIds::reserving(
        host.reserved_ids()
            .iter()
            .cloned()
            .chain(cx.footnotes.ids()),
    );
    let mut events: Vec<Event<'_>> = Vec::new();
    // Images lapa does not process, written as `<img>` HTML, by their place in `events`:
    // the summary rebases their addresses.
    let mut plain_images: Vec<(usize, PlainImage)> = Vec::new();
    let mut toc = Vec::new();
    let mut first_paragraph: Option<Range<usize>> = None;
    let mut depth = 0usize;
    // A footnote definition being read: its label and where its events start.
    let mut definition: Option<(String, usize)> = None;
    let mut definitions: Vec<(String, Vec<Event<'_>>)> = Vec::new();
    // An open task item label: its depth, where its checkbox is in `events`, and where
    // its marker is in the body.
    let mut task_label: Option<TaskLabel> = None;
    // Top-level blocks started so far, and whether an image was seen (the first screen).
    let mut blocks = 0usize;
    let mut images = 0usize;
    // An open link to a bundle document: where its text starts in `events`, and what it
    // shows besides that text.
    let mut document: Option<(usize, DocumentLink)> = None;
    let mut parser = parsed.into_iter();

    while let Some((event, range)) = parser.next() {
        if task_label.as_ref().is_some_and(|t| t.depth == depth) && closes_label(&event) {
            close_task_label(&mut cx, &mut events, task_label.take());
        }
        if depth == 0 && matches!(event, Event::Start(_) | Event::Html(_) | Event::Rule) {
            blocks += 1;
        }
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let mut inner = Vec::new();
                let mut text = String::new();
                for (e, r) in parser.by_ref() {
                    match e {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(ref t) | Event::Code(ref t) => text.push_str(t),
                        _ => {}
                    }
                    inner.push(cx.inline(e, &r));
                }
                let id = cx.footnotes.id(&ids.assign(id.as_deref(), &text));
                let mut inner_html = String::new();
                pulldown_cmark::html::push_html(&mut inner_html, inner.into_iter());
                let classes: Vec<&str> = classes.iter().map(|c| c.as_ref()).collect();
                let attrs: Vec<(&str, Option<&str>)> = attrs
                    .iter()
                    .map(|(k, v)| (k.as_ref(), v.as_deref()))
                    .collect();
                let (attributes, rejected) = headings::attributes(&classes, &attrs);
                for name in rejected {
                    cx.report(
                        Diagnostic::warning("heading-attribute-invalid").with("name", name),
                        &range,
                    );
                }
                let n = level_number(level);
                events.push(Event::Html(CowStr::from(format!(
                    "<h{n} id=\"{}\"{attributes}>{inner_html}</h{n}>\n",
                    escape(&id)
                ))));
                toc.push(TocEntry {
                    level: n,
                    id,
                    title: text,
                });
            }
            Event::Start(Tag::Image { .. }) => {
                let mut inner = Vec::new();
                let mut alt = String::new();
                for (e, r) in parser.by_ref() {
                    if let Event::End(TagEnd::Image) = e {
                        break;
                    }
                    // The alt text gets the language's quotes like any other text.
                    let e = cx.inline(e, &r);
                    if let Event::Text(ref t) | Event::Code(ref t) = e {
                        alt.push_str(t);
                    }
                    inner.push(e);
                }
                if let Event::Start(Tag::Image { dest_url, .. }) = &event
                    && alt.trim().is_empty()
                {
                    let d = Diagnostic::warning("image-missing-alt").with("image", dest_url);
                    cx.report(d, &range);
                }
                images += 1;
                let event = cx.inline(event, &range);
                // A processed raster image of the bundle: its `<picture>`.
                if let (
                    Some(page_path),
                    Event::Start(Tag::Image {
                        dest_url, title, ..
                    }),
                ) = (input.page_path, &event)
                {
                    let text = ImageText {
                        alt: &alt,
                        title,
                        eager: !input.lead_image && images == 1 && blocks <= FIRST_SCREEN_BLOCKS,
                    };
                    if let Some(html) = host.picture(page_path, dest_url, &text) {
                        events.push(Event::InlineHtml(CowStr::from(html)));
                        continue;
                    }
                }
                // Any other image (an SVG, another site's): a plain `<img>` that loads
                // by the same first-screen rule, without holding up the page's text.
                if let Event::Start(Tag::Image {
                    dest_url, title, ..
                }) = &event
                {
                    let image = PlainImage {
                        src: dest_url.to_string(),
                        alt: alt.clone(),
                        title: title.to_string(),
                        eager: !input.lead_image && images == 1 && blocks <= FIRST_SCREEN_BLOCKS,
                    };
                    events.push(Event::InlineHtml(CowStr::from(image.html(&image.src))));
                    plain_images.push((events.len() - 1, image));
                    continue;
                }
                events.push(event);
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
            Event::Start(Tag::FootnoteDefinition(label)) => {
                depth += 1;
                definition = Some((label.to_string(), events.len()));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                depth = depth.saturating_sub(1);
                if let Some((label, start)) = definition.take() {
                    definitions.push((label, events.drain(start..).collect()));
                }
            }
            Event::TaskListMarker(checked) => {
                task_label = Some(TaskLabel {
                    depth,
                    checkbox: events.len(),
                    marker: range.clone(),
                });
                events.push(Event::InlineHtml(CowStr::from(format!(
                    "<label class=\"task\"><input type=\"checkbox\" disabled=\"\"{}> ",
                    if checked { " checked=\"\"" } else { "" }
                ))));
            }
            Event::Start(Tag::Paragraph) => {
                if depth == 0 && first_paragraph.is_none() {
                    first_paragraph = Some(events.len()..events.len());
                }
                depth += 1;
                events.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                depth = depth.saturating_sub(1);
                events.push(Event::End(TagEnd::Paragraph));
                if depth == 0
                    && let Some(r) = &mut first_paragraph
                    && r.end == r.start
                {
                    r.end = events.len();
                }
            }
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                depth += 1;
                let link = cx.document(dest_url, &range);
                let event = cx.inline(event, &range);
                events.push(event);
                document = link.map(|link| (events.len(), link));
            }
            Event::End(TagEnd::Link) => {
                depth = depth.saturating_sub(1);
                if let Some((start, link)) = document.take() {
                    document_details(&mut events, start, link);
                }
                events.push(Event::End(TagEnd::Link));
            }
            Event::Start(tag) => {
                depth += 1;
                let event = cx.inline(Event::Start(tag), &range);
                events.push(event);
            }
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                events.push(Event::End(tag));
            }
            Event::Html(html) | Event::InlineHtml(html) if !input.raw_html => {
                events.push(Event::Text(html))
            }
            other => {
                let event = cx.inline(other, &range);
                events.push(event);
            }
        }
    }
    close_task_label(&mut cx, &mut events, task_label.take());

    let mut first = String::new();
    if let Some(r) = first_paragraph.filter(|r| r.end > r.start && r.end <= events.len()) {
        // Relative addresses start from the page, wherever the summary is shown.
        let rebase = |dest: &str| -> Option<String> {
            let relative =
                !dest.is_empty() && !dest.starts_with(['/', '#', '?']) && !dest.contains(':');
            relative.then(|| format!("{}{dest}", input.page_url))
        };
        let start = r.start;
        let summary = events[r]
            .iter()
            .enumerate()
            .filter(|(_, e)| !matches!(e, Event::InlineHtml(h) if h.starts_with("<sup class=\"footnote-ref\"")))
            .map(|(i, e)| {
                if let Some((_, image)) = plain_images.iter().find(|(at, _)| *at == start + i) {
                    let src = rebase(&image.src).unwrap_or_else(|| image.src.clone());
                    return Event::InlineHtml(CowStr::from(image.html(&src)));
                }
                with_dest(e.clone(), |dest| rebase(&dest).map_or(dest, CowStr::from))
            });
        pulldown_cmark::html::push_html(&mut first, summary);
    }
    let mut html = String::with_capacity(input.body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if !definitions.is_empty() {
        html.push_str(&footnote_list(&mut cx, definitions));
    }
    // Every page's HTML is held until the build ends: copied into exactly its size, as
    // an allocator may keep a block it is asked to shrink (mimalloc does, down to half).
    Rendered {
        html: html.as_str().to_owned(),
        first_paragraph: first.as_str().to_owned(),
        toc,
        links: cx.links,
        shortcodes: called,
        marks,
        problems: cx.problems,
    }
}

/// Ends a link to a bundle document: a text that is empty or only the file name becomes
/// the document's own title (or its file name), and the details follow inside the link,
/// so that screen readers read them with it (`Plāns (PDF, 1,2 MB, 12 lappuses)`).
fn document_details(events: &mut Vec<Event<'_>>, start: usize, link: DocumentLink) {
    let text = events.get(start..).unwrap_or_default();
    let plain = text
        .iter()
        .all(|e| matches!(e, Event::Text(_) | Event::Code(_)));
    if plain {
        let written: String = text
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let written = written.trim();
        if written.is_empty() || written == link.file_name {
            let name = link.title.unwrap_or(link.file_name);
            events.truncate(start);
            events.push(Event::Text(CowStr::from(name)));
        }
    }
    events.push(Event::InlineHtml(CowStr::from(format!(
        " <span class=\"file-info\">{}</span>",
        escape(&link.details)
    ))));
}

/// A task item's label while its text is read.
struct TaskLabel {
    /// The block depth it is open at.
    depth: usize,
    /// Where its checkbox (and the label's start) is in the events.
    checkbox: usize,
    /// Where its `[ ]` marker is in the body.
    marker: Range<usize>,
}

/// Closes a task item's label. An item with no text would leave its checkbox without a
/// name for screen readers: its checkbox is left out and the author told
/// (`task-item-empty`).
fn close_task_label(cx: &mut Context<'_>, events: &mut Vec<Event<'_>>, label: Option<TaskLabel>) {
    let Some(label) = label else {
        return;
    };
    let has_text = events.iter().skip(label.checkbox + 1).any(|e| match e {
        Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => !t.trim().is_empty(),
        Event::SoftBreak | Event::HardBreak => false,
        _ => true,
    });
    if has_text {
        events.push(Event::InlineHtml(CowStr::from("</label>")));
    } else {
        if let Some(checkbox) = events.get_mut(label.checkbox) {
            *checkbox = Event::Text(CowStr::from(""));
        }
        cx.report(Diagnostic::warning("task-item-empty"), &label.marker);
    }
}

fn closes_label(event: &Event<'_>) -> bool {
    match event {
        Event::End(_) | Event::Html(_) | Event::Rule => true,
        Event::Start(tag) => !shortcodes::is_inline(tag),
        _ => false,
    }
}

/// The footnote list: a heading from the site's interface texts, each note with links
/// back to its references.
fn footnote_list(cx: &mut Context<'_>, definitions: Vec<(String, Vec<Event<'_>>)>) -> String {
    let title = cx.text("footnotes-title", &[]);
    let mut by_number: Vec<(usize, Vec<Event<'_>>)> = definitions
        .into_iter()
        .filter_map(|(label, events)| cx.footnotes.get(&label).map(|n| (n, events)))
        .collect();
    by_number.sort_by_key(|(n, _)| *n);
    let mut html = format!(
        "<section class=\"footnotes\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n<ol>\n",
        escape(&title),
        id = cx.footnotes.id(footnotes::TITLE_ID)
    );
    for (n, mut events) in by_number {
        let back = cx.text("footnote-back", &[("n", n.to_string())]);
        let links = cx.footnotes.back_links(n, &|k| {
            if k == 1 {
                back.clone()
            } else {
                format!("{back} ({k})")
            }
        });
        // The back-links end the note's last paragraph, or follow the note.
        let link_event = Event::InlineHtml(CowStr::from(links));
        match events.last() {
            Some(Event::End(TagEnd::Paragraph)) => {
                let at = events.len() - 1;
                events.insert(at, link_event);
            }
            _ => events.push(link_event),
        }
        html.push_str(&format!(
            "<li id=\"{}\">",
            cx.footnotes.id(&format!("fn-{n}"))
        ));
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        html.push_str("</li>\n");
    }
    html.push_str("</ol>\n</section>\n");
    html
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
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// Renders a short markdown text from front matter (a summary) to HTML: its `@/` links
/// resolve through `resolve`, and any HTML in it is shown as text.
pub(crate) fn render_inline(
    text: &str,
    lang: &str,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> String {
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
            } else if crate::values::links::disallowed_scheme(&dest).is_some() {
                // Reported where the summary is read; never written into an `href`.
                CowStr::from("")
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
pub(crate) fn plain_text(html: &str) -> String {
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

/// The `<img>` of an image lapa does not process: `loading="lazy"` unless it may be on
/// the first screen, `decoding="async"` always.
struct PlainImage {
    src: String,
    alt: String,
    title: String,
    /// Among the first screen's blocks: loads at once.
    eager: bool,
}

impl PlainImage {
    /// The `<img>`, its address given (the page's own, or rebased for the summary).
    fn html(&self, src: &str) -> String {
        let mut href = String::new();
        // Writing into a String cannot fail.
        let _ = pulldown_cmark_escape::escape_href(&mut href, src);
        let mut html = format!("<img src=\"{href}\" alt=\"{}\"", escape(&self.alt));
        if !self.title.is_empty() {
            html.push_str(&format!(" title=\"{}\"", escape(&self.title)));
        }
        if !self.eager {
            html.push_str(" loading=\"lazy\"");
        }
        html.push_str(" decoding=\"async\">");
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A host that knows one page, one bundle file and one shortcode taking anything.
    struct TestHost(Vec<String>);

    impl Host for TestHost {
        fn resolve_link(&self, link: &str, _: &str) -> (String, Option<Diagnostic>) {
            match link {
                "@/par.md" => ("/lv/par/".to_string(), None),
                _ => (
                    String::new(),
                    Some(Diagnostic::error("link-target-missing").with("link", link)),
                ),
            }
        }
        fn check_file(&self, _: &str, dest: &str, _: bool) -> Option<Diagnostic> {
            (dest != "foto.jpg").then(|| Diagnostic::error("bundle-file-missing"))
        }
        fn picture(&self, _: &str, dest: &str, image: &ImageText<'_>) -> Option<String> {
            (dest == "foto.jpg").then(|| format!("<picture>{}</picture>", image.eager))
        }
        fn render_shortcode(
            &self,
            call: &Call,
            _: &str,
            page: Option<CurrentPage<'_>>,
        ) -> Result<String, Diagnostic> {
            let path = page.map_or("-", |p| p.path);
            Ok(format!(
                "<div class=\"sc\" data-page=\"{path}\">{}</div>",
                call.name
            ))
        }
        fn interface_text(
            &self,
            _: &str,
            key: &str,
            _: &[(&str, String)],
        ) -> Result<String, Diagnostic> {
            Ok(key.to_string())
        }
        fn reserved_ids(&self) -> &[String] {
            &self.0
        }
    }

    fn html(body: &str) -> Rendered {
        let input = Input {
            body,
            body_offset: 10,
            file: Path::new("content/x.lv.md"),
            lang: "lv",
            raw_html: true,
            page_url: "/lv/x/",
            page_path: Some("lv/x/"),
            id_prefix: "",
            lead_image: false,
        };
        render(
            &input,
            &TestHost(vec!["main".into()]),
            &Highlighter::default(),
        )
    }

    #[test]
    fn odd_markdown_never_panics_and_shortcodes_render_once() {
        let pieces = [
            "{{ a() }}",
            "\\{{ a() }}",
            "```",
            "~~~",
            "    ",
            "> ",
            "- ",
            "1. ",
            "- [ ] ",
            "[^1]",
            "[^1]: n",
            "# H {#main .c k=v}",
            "<!--",
            "-->",
            "<div>",
            "*",
            "**",
            "`",
            "![x](foto.jpg)",
            "![](nav.png)",
            "[p](@/par.md)",
            "[q](@/nav.md)",
            "\n",
            "\n\n",
            "ā",
            "\r\n",
            "{{",
            "}}",
            "{{ b(x=\"",
            "|a|\n|-|\n|{{ a() }}|",
        ];
        // Every pair and triple of pieces, as a cheap, deterministic fuzz.
        for a in pieces {
            for b in pieces {
                for c in ["\n", "{{ a() }}\n", "\n\n[^1]: x\n"] {
                    let body = format!("{a}{b}\n{c}");
                    let out = html(&body);
                    assert!(!out.html.contains("lapa-"), "{body:?}");
                }
            }
        }
    }

    #[test]
    fn problems_are_placed_in_the_whole_file() {
        let out = html("Text ![x](nav.png) [q](@/nav.md)\n");
        let spans: Vec<_> = out
            .problems
            .iter()
            .map(|d| d.span.clone().unwrap())
            .collect();
        assert_eq!(spans, vec![15..28, 29..42]);
        let out = html("## Main\n\n## T {#main}\n");
        assert_eq!(out.toc[0].id, "main-1");
        assert_eq!(out.toc[1].id, "main-2");
    }

    #[test]
    fn shortcodes_get_the_page_they_are_on() {
        let out = html("{{ a() }}\n");
        assert!(out.html.contains("data-page=\"lv/x/\""), "{}", out.html);
        let input = Input {
            body: "{{ a() }}\n",
            body_offset: 0,
            file: Path::new("content/data/x.yaml"),
            lang: "lv",
            raw_html: false,
            page_url: "",
            page_path: None,
            id_prefix: "",
            lead_image: false,
        };
        let out = render(&input, &TestHost(Vec::new()), &Highlighter::default());
        assert!(out.html.contains("data-page=\"-\""), "{}", out.html);
    }

    #[test]
    fn only_a_first_screen_image_of_a_page_without_a_lead_image_is_eager() {
        // `foto.jpg` is the host's processed image: its picture says whether it is eager.
        let first = html("![a](foto.jpg)\n\nTeksts.\n\n![b](foto.jpg)\n");
        assert!(
            first.html.contains("<picture>true</picture>"),
            "{}",
            first.html
        );
        assert_eq!(first.html.matches("<picture>false</picture>").count(), 1);
        let late = html("Viens.\n\nDivi.\n\nTrīs.\n\n![a](foto.jpg)\n");
        assert!(
            late.html.contains("<picture>false</picture>"),
            "{}",
            late.html
        );
        // Any other image stays an `<img>`.
        let other = html("![a](https://example.com/x.jpg)\n");
        assert!(
            other
                .html
                .contains("<img src=\"https://example.com/x.jpg\" alt=\"a\"")
        );
    }

    #[test]
    fn plain_text_keeps_punctuation_next_to_links() {
        assert_eq!(
            plain_text("<p>Skatīt <a href=\"x\">šo</a>.</p>\n<p>Otrs &amp; trešais</p>"),
            "Skatīt šo. Otrs & trešais"
        );
    }
}
