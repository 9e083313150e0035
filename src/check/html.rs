//! One rendered HTML output → what `check` needs of it: the ids it holds (targets of
//! `#anchors`), the addresses it links to (with the element that holds them) and its
//! headings in order. Read with html5ever's tokenizer as a stream: nothing of the page is
//! kept but these lists, so a 10 000-page site is checked one page at a time.

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// An address in the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Address {
    /// As written in `href` or `src`.
    pub url: String,
    /// Whether it is a link people follow (`<a href>`), not a stylesheet, image or script.
    pub followed: bool,
}

/// A heading of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Heading {
    /// 1–6.
    pub level: u8,
    /// Its id, if it has one.
    pub id: Option<String>,
    /// Its text.
    pub text: String,
}

/// What one page holds.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// Every `id` (and `<a name>`).
    pub ids: Vec<String>,
    /// Every address it links to or loads.
    pub addresses: Vec<Address>,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
}

/// Reads a page.
pub(super) fn scan(html: &str) -> Scan {
    let sink = Sink {
        scan: RefCell::new(Scan::default()),
        heading: RefCell::new(None),
    };
    let input = BufferQueue::default();
    input.push_back(html5ever::tendril::StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.scan.into_inner()
}

struct Sink {
    scan: RefCell<Scan>,
    /// The heading being read.
    heading: RefCell<Option<Heading>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let level = heading_level(name);
                if tag.kind == TagKind::EndTag {
                    if level.is_some()
                        && let Some(heading) = self.heading.borrow_mut().take()
                    {
                        self.scan.borrow_mut().headings.push(heading);
                    }
                    return TokenSinkResult::Continue;
                }
                let mut scan = self.scan.borrow_mut();
                let mut id = None;
                for attr in &tag.attrs {
                    let value = attr.value.to_string();
                    match (&*attr.name.local, name) {
                        ("id", _) | ("name", "a") => {
                            id.get_or_insert_with(|| value.clone());
                            scan.ids.push(value);
                        }
                        ("href", "a" | "area") => scan.addresses.push(Address {
                            url: value,
                            followed: true,
                        }),
                        ("href", "link") | ("src", "img" | "script" | "source" | "iframe") => {
                            scan.addresses.push(Address {
                                url: value,
                                followed: false,
                            })
                        }
                        _ => {}
                    }
                }
                if let Some(level) = level {
                    *self.heading.borrow_mut() = Some(Heading {
                        level,
                        id,
                        text: String::new(),
                    });
                }
                match name {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" => TokenSinkResult::RawData(RawKind::Rawtext),
                    "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::Continue,
                }
            }
            Token::CharacterTokens(text) => {
                if let Some(heading) = self.heading.borrow_mut().as_mut() {
                    heading.text.push_str(&text);
                }
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_addresses_and_headings_are_read_but_not_from_scripts() {
        let page = scan(
            "<html><head><link rel=stylesheet href=\"/css/a.css\"><script>let s = '<a href=\"/x/\">';</script></head>\
             <body><a class=skip href=#main>Skip</a><main id=main><h1>Virsraksts</h1>\
             <h3 id=\"v\">Vēsture <em>un</em> tagad</h3><img src=\"f.jpg\" alt=\"\"><a name=old></a></main></body></html>",
        );
        assert_eq!(page.ids, vec!["main", "v", "old"]);
        let urls: Vec<_> = page
            .addresses
            .iter()
            .map(|a| (a.url.as_str(), a.followed))
            .collect();
        assert_eq!(
            urls,
            vec![("/css/a.css", false), ("#main", true), ("f.jpg", false)]
        );
        assert_eq!(page.headings.len(), 2);
        assert_eq!(page.headings[1].level, 3);
        assert_eq!(page.headings[1].text, "Vēsture un tagad");
        assert_eq!(page.headings[1].id.as_deref(), Some("v"));
    }
}
