//! The markdown body's quote pass: pulldown-cmark's smart punctuation decides which
//! keyboard quotes open and close; the marks come from the one rule every text shares
//! (`values::quotes`). Quotes typed as real quotes are left exactly as typed.

use crate::values::quotes::{Mark, mark};

/// A text event of pulldown-cmark's smart punctuation, given the source it came from:
/// a quote made from a keyboard quote gets the language's mark; anything else (typed
/// quotes above all) is returned unchanged (`None`).
pub(crate) fn localize_event_text(text: &str, source: &str, lang: &str) -> Option<String> {
    if !matches!(source, "\"" | "'") {
        return None;
    }
    let which = match text {
        "“" => Mark::DoubleOpen,
        "”" => Mark::DoubleClose,
        "‘" => Mark::SingleOpen,
        "’" => Mark::SingleClose,
        _ => return None,
    };
    Some(mark(which, lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::quotes::smarten;

    #[test]
    fn only_keyboard_quotes_change() {
        for typed in ["„", "“", "”", "«"] {
            assert_eq!(localize_event_text("“", typed, "lv"), None);
        }
        assert_eq!(localize_event_text("“", "\"", "lv").as_deref(), Some("„"));
        assert_eq!(localize_event_text("”", "\"", "lv").as_deref(), Some("“"));
        assert_eq!(localize_event_text("”", "\"", "en").as_deref(), Some("”"));
    }

    /// The plain-text rule decides like the markdown body does.
    #[test]
    fn plain_text_agrees_with_the_markdown_body() {
        let samples = [
            "\"Latgale\" projekts",
            "Viņš teica: \"jā\" - un aizgāja.",
            "(\"DI\"), \"GRT\".",
            "It's \"the 'inner' one\" here",
            "5\" ekrāns un \"beigas",
            "\"\"tukšs\"\"",
            "a\"b\"c 'd' e'f",
        ];
        for text in samples {
            for lang in ["lv", "en"] {
                let html = super::super::render_inline(text, lang, &|_| None);
                let body = html
                    .trim()
                    .trim_start_matches("<p>")
                    .trim_end_matches("</p>")
                    .to_string();
                assert_eq!(smarten(text, lang), body, "{text} ({lang})");
            }
        }
    }
}
