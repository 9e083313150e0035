//! A rendered page → the text of its main content, as its search record holds it: the
//! text inside the theme's `data-pagefind-body` element (or, in a theme that marks none,
//! inside `<main>`), less what is inside `data-pagefind-ignore` elements, scripts and
//! styles. Read with html5ever's tokenizer as a stream: only the text is kept.

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// The main content's text of a page, words separated by single spaces.
pub(crate) fn main_text(html: &str) -> String {
    let sink = Sink {
        state: RefCell::new(State::default()),
    };
    let input = BufferQueue::default();
    input.push_back(html5ever::tendril::StrTendril::from_slice(from_body(html)));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let state = tokenizer.sink.state.into_inner();
    let text = if state.found_body {
        state.body
    } else {
        state.main
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page from the tag that marks the main content on (nothing before it is read:
/// the head and the header are most of a page's bytes), or the whole page when no tag
/// does.
fn from_body(html: &str) -> &str {
    html.find("data-pagefind-body")
        .and_then(|at| html.get(..at)?.rfind('<'))
        .and_then(|tag| html.get(tag..))
        .unwrap_or(html)
}

/// What an open element started.
#[derive(Debug, Clone, Copy, Default)]
struct Opened {
    body: bool,
    main: bool,
    ignore: bool,
    skip: bool,
}

#[derive(Default)]
struct State {
    /// Open elements (not void ones), with what each started.
    open: Vec<(String, Opened)>,
    /// How many open elements are a `data-pagefind-body`, `<main>`, ignored, skipped.
    body_depth: usize,
    main_depth: usize,
    ignore_depth: usize,
    skip_depth: usize,
    /// The page has a `data-pagefind-body` element.
    found_body: bool,
    body: String,
    main: String,
}

impl State {
    fn enter(&mut self, opened: Opened, delta: isize) {
        let step = |n: &mut usize, on: bool| {
            if on {
                *n = n.saturating_add_signed(delta);
            }
        };
        step(&mut self.body_depth, opened.body);
        step(&mut self.main_depth, opened.main);
        step(&mut self.ignore_depth, opened.ignore);
        step(&mut self.skip_depth, opened.skip);
    }

    /// A word break (block elements, `<br>`).
    fn space(&mut self) {
        self.body.push(' ');
        self.main.push(' ');
    }

    fn text(&mut self, text: &str) {
        if self.ignore_depth > 0 || self.skip_depth > 0 {
            return;
        }
        if self.body_depth > 0 {
            self.body.push_str(text);
        }
        if self.main_depth > 0 {
            self.main.push_str(text);
        }
    }
}

struct Sink {
    state: RefCell<State>,
}

/// Elements with no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements inside running text: no word break at their edges.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "strong", "sub", "sup", "time", "u", "var",
];

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                if !INLINE.contains(&name) {
                    state.space();
                }
                if tag.kind == TagKind::EndTag {
                    if let Some(at) = state.open.iter().rposition(|(n, _)| n == name) {
                        let closed: Vec<(String, Opened)> = state.open.drain(at..).collect();
                        for (_, opened) in closed {
                            state.enter(opened, -1);
                        }
                    }
                    return TokenSinkResult::Continue;
                }
                let has = |attr: &str| tag.attrs.iter().any(|a| &*a.name.local == attr);
                let opened = Opened {
                    body: has("data-pagefind-body"),
                    main: name == "main",
                    ignore: has("data-pagefind-ignore"),
                    skip: matches!(name, "script" | "style" | "template" | "noscript"),
                };
                state.found_body |= opened.body;
                if !VOID.contains(&name) && !tag.self_closing {
                    state.enter(opened, 1);
                    state.open.push((name.to_string(), opened));
                }
                match name {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" => TokenSinkResult::RawData(RawKind::Rawtext),
                    "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::Continue,
                }
            }
            Token::CharacterTokens(text) => {
                state.text(&text);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_marked_body_less_ignored_parts_and_scripts() {
        let page = "<html><body><header>Izvēlne</header><main id=main><nav>Ceļš</nav>\
            <article data-pagefind-body><h1>Pasākums</h1><p data-pagefind-ignore>Viegli\
            <b>lasīt</b></p><p>Dienas<em>centrā</em> <br>notiek<script>let x = 1;</script>\
            </p><img src=a.png alt=bilde><footer data-pagefind-ignore=all>Birkas</footer>\
            <p>beigas</p></article></main><footer>Kājene</footer></body></html>";
        assert_eq!(main_text(page), "Pasākums Dienascentrā notiek beigas");
    }

    #[test]
    fn without_a_marked_body_the_main_element() {
        let page = "<html><body><header>Izvēlne</header><main><h1>Virsraksts</h1>\
            <p>Teksts</p></main><footer>Kājene</footer></body></html>";
        assert_eq!(main_text(page), "Virsraksts Teksts");
    }
}
