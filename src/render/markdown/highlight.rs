//! Fenced code → HTML with CSS classes (syntect). The syntax set is loaded the first time
//! a page has a code block, once per build, and shared by the rendering threads.

use super::escape;
use std::sync::OnceLock;
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// The prefix of every class name; the theme's stylesheet uses it.
pub(crate) const CLASS_PREFIX: &str = "hl-";

/// Highlights code; loads syntax definitions on first use.
#[derive(Default)]
pub(crate) struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
}

impl Highlighter {
    /// `<pre><code>` with classed spans, or plain escaped code for an unknown language.
    pub(crate) fn highlight(&self, code: &str, language: &str) -> String {
        let language = language.split([',', ' ']).next().unwrap_or("").trim();
        let escaped = || escape(code);
        if language.is_empty() {
            return format!("<pre><code>{}</code></pre>\n", escaped());
        }
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
    }
}
