//! Fenced code → HTML with CSS classes (syntect). The syntax set is loaded the first time
//! a page has a code block, once per build, and shared by the rendering threads. A block
//! met again (the same code in another language's version of a page, a snippet repeated
//! across pages) reuses its HTML: syntect's parser is the dearest step of markdown.

use super::escape;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// The prefix of every class name; the theme's stylesheet uses it.
pub(crate) const CLASS_PREFIX: &str = "hl-";

/// How many bytes of highlighted HTML the reuse cache keeps at most, so that a site of
/// many distinct code blocks does not hold them all for the whole build.
const CACHE_BYTES: usize = 8 << 20;

/// Highlights code; loads syntax definitions on first use.
#[derive(Default)]
pub(crate) struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
    done: Mutex<Done>,
}

/// Blocks already highlighted.
#[derive(Default)]
struct Done {
    /// `(language, code)` → HTML.
    html: HashMap<(String, String), String>,
    /// The HTML bytes held.
    bytes: usize,
}

impl Highlighter {
    /// `<pre><code>` with classed spans, or plain escaped code for an unknown language.
    pub(crate) fn highlight(&self, code: &str, language: &str) -> String {
        let language = language.split([',', ' ']).next().unwrap_or("").trim();
        if language.is_empty() {
            return format!("<pre><code>{}</code></pre>\n", escape(code));
        }
        let key = (language.to_string(), code.to_string());
        if let Some(html) = self
            .done
            .lock()
            .ok()
            .and_then(|d| d.html.get(&key).cloned())
        {
            return html;
        }
        let html = self.highlight_anew(code, language);
        if let Ok(mut done) = self.done.lock()
            && done.bytes + html.len() <= CACHE_BYTES
        {
            done.bytes += html.len();
            done.html.insert(key, html.clone());
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
}
