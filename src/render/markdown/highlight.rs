//! Fenced code → HTML with CSS classes (syntect). The syntax set is loaded the first time
//! a page has a code block, once per build, and shared by the rendering threads. A block
//! met again (the same code in another language's version of a page, a snippet repeated
//! across pages) reuses its HTML: syntect's parser is the dearest step of markdown. The
//! blocks kept are the recently used ones, within a bound: pages are rendered with their
//! translations side by side (`render::prepare`), so a block shared by a page's languages
//! is met again soon, however many pages the site has.

use super::escape;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// The prefix of every class name; the theme's stylesheet uses it.
pub(crate) const CLASS_PREFIX: &str = "hl-";

/// How many bytes (code and highlighted HTML) each of the reuse cache's two generations
/// holds at most, so that a site of many distinct code blocks does not hold them all for
/// the whole build.
const GENERATION_BYTES: usize = 1 << 20;

/// Highlights code; loads syntax definitions on first use.
#[derive(Default)]
pub(crate) struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
    done: Mutex<Done>,
}

/// Blocks already highlighted, `(language, code)` → HTML, in two generations: blocks go
/// into `current`; when it is full it becomes `previous` (the older one is dropped), and
/// a block found in `previous` moves back into `current`. What is used stays; what is not
/// goes within two generations.
#[derive(Default)]
struct Done {
    current: HashMap<(String, String), String>,
    previous: HashMap<(String, String), String>,
    /// The bytes `current` holds.
    bytes: usize,
}

impl Done {
    fn get(&mut self, key: &(String, String)) -> Option<String> {
        if let Some(html) = self.current.get(key) {
            return Some(html.clone());
        }
        let html = self.previous.remove(key)?;
        self.insert(key.clone(), html.clone());
        Some(html)
    }

    fn insert(&mut self, key: (String, String), html: String) {
        let bytes = key.0.len() + key.1.len() + html.len();
        if bytes > GENERATION_BYTES {
            return;
        }
        if self.bytes + bytes > GENERATION_BYTES {
            self.previous = std::mem::take(&mut self.current);
            self.bytes = 0;
        }
        self.bytes += bytes;
        self.current.insert(key, html);
    }
}

impl Highlighter {
    /// `<pre><code>` with classed spans, or plain escaped code for an unknown language.
    pub(crate) fn highlight(&self, code: &str, language: &str) -> String {
        let language = language.split([',', ' ']).next().unwrap_or("").trim();
        if language.is_empty() {
            return format!("<pre><code>{}</code></pre>\n", escape(code));
        }
        let key = (language.to_string(), code.to_string());
        if let Some(html) = self.done.lock().ok().and_then(|mut d| d.get(&key)) {
            return html;
        }
        let html = self.highlight_anew(code, language);
        if let Ok(mut done) = self.done.lock() {
            done.insert(key, html.clone());
        }
        html
    }

    /// Highlights a block with a (non-empty) language.
    fn highlight_anew(&self, code: &str, language: &str) -> String {
        let escaped = || escape(code);
        let syntaxes = self.syntaxes.get_or_init(SyntaxSet::load_defaults_newlines);
        let Some(syntax) = syntaxes
            .find_syntax_by_token(language)
            .or_else(|| syntaxes.find_syntax_by_extension(language))
        else {
            return format!(
                "<pre><code class=\"language-{}\">{}</code></pre>\n",
                escape(language),
                escaped()
            );
        };
        let mut generator = ClassedHTMLGenerator::new_with_class_style(
            syntax,
            syntaxes,
            ClassStyle::SpacedPrefixed {
                prefix: CLASS_PREFIX,
            },
        );
        for line in LinesWithEndings::from(code) {
            if generator
                .parse_html_for_line_which_includes_newline(line)
                .is_err()
            {
                return format!("<pre><code>{}</code></pre>\n", escaped());
            }
        }
        format!(
            "<pre class=\"{CLASS_PREFIX}code\"><code class=\"language-{}\">{}</code></pre>\n",
            escape(language),
            generator.finalize()
        )
    }

    #[cfg(test)]
    /// Whether the syntax set was ever loaded (tests: pages without code don't load it).
    pub(crate) fn is_loaded(&self) -> bool {
        self.syntaxes.get().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntaxes_load_only_for_code_with_a_language() {
        let highlighter = Highlighter::default();
        assert_eq!(
            highlighter.highlight("a < b", ""),
            "<pre><code>a &lt; b</code></pre>\n"
        );
        assert!(!highlighter.is_loaded());
        let html = highlighter.highlight("let x = 1;\n", "rust");
        assert!(highlighter.is_loaded());
        assert!(html.contains("class=\"hl-storage"), "{html}");
        assert_eq!(highlighter.highlight("let x = 1;\n", "rust"), html);
        assert_ne!(highlighter.highlight("let y = 1;\n", "rust"), html);
        assert_ne!(highlighter.highlight("let x = 1;\n", "text"), html);
    }

    #[test]
    fn the_cache_keeps_what_is_used_within_its_bound() {
        let key = |n: usize| ("py".to_string(), format!("x = {n}"));
        let html = "h".repeat(GENERATION_BYTES / 4);
        let mut done = Done::default();
        done.insert(key(0), html.clone());
        for n in 1..20 {
            done.insert(key(n), html.clone());
            // Block 0 is used all along: it stays.
            assert!(done.get(&key(0)).is_some(), "block 0 after {n}");
        }
        // The others went, two generations at most are held.
        assert!(done.get(&key(1)).is_none());
        assert!(done.current.len() + done.previous.len() <= 8);
        // A block larger than a generation is not kept at all.
        done.insert(key(99), "h".repeat(GENERATION_BYTES + 1));
        assert!(done.get(&key(99)).is_none());
    }
}
