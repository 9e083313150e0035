//! Smart quotes per language, one rule for every text a visitor reads. Only the plain
//! keyboard quotes `"` and `'` change; quotes typed as real quotes („…“, “…”, «…») stay
//! exactly as typed. Double quotes become „…“ in Latvian (and Latgalian) and “…” in
//! other languages; single quotes become ‘…’ and an apostrophe ’ everywhere.
//!
//! The model runs `smarten` over a page's plain texts (titles, image alt text, places)
//! in the page's language; markdown bodies take the opening/closing decision from
//! pulldown-cmark's smart punctuation and only the marks from here
//! (`render/markdown/quotes.rs`). `smarten` decides as pulldown-cmark does (CommonMark's
//! flanking rules), so a title and a body sentence come out alike.

/// Which quote mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Opening double quote.
    DoubleOpen,
    /// Closing double quote.
    DoubleClose,
    /// Opening single quote.
    SingleOpen,
    /// Closing single quote or apostrophe.
    SingleClose,
}

/// The character a language writes for a quote mark.
pub(crate) fn mark(which: Mark, lang: &str) -> char {
    let low_high = matches!(lang, "lv" | "ltg");
    match (which, low_high) {
        (Mark::DoubleOpen, true) => '„',
        (Mark::DoubleClose, true) => '“',
        (Mark::DoubleOpen, false) => '“',
        (Mark::DoubleClose, false) => '”',
        (Mark::SingleOpen, _) => '‘',
        (Mark::SingleClose, _) => '’',
    }
}

/// Punctuation in CommonMark's sense (Unicode P and S): anything that is neither a
/// letter, a digit, a combining mark nor white space.
fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace() && !is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// Plain text with its keyboard quotes made typographic for a language. Text inside
/// backticks and web or mail addresses is left alone.
pub(crate) fn smarten(text: &str, lang: &str) -> String {
    if !text.contains(['"', '\'']) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let protected = protected_ranges(&chars);
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut double_open = false;
    let mut single_open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '"' | '\'') || protected.iter().any(|r| r.contains(&i)) {
            out.push(c);
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        // CommonMark's flanking rules, as pulldown-cmark applies them to quotes.
        let can_open = next.is_some_and(|n| !n.is_whitespace())
            && prev.is_none_or(|p| {
                p.is_whitespace() || is_punctuation(p) && (c != '\'' || !matches!(p, ']' | ')'))
            });
        let can_close = prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| n.is_whitespace() || is_punctuation(n));
        if c == '\'' {
            if let (Some(open), true) = (single_open, can_close) {
                out[open] = mark(Mark::SingleOpen, lang);
                single_open = None;
            } else if can_open {
                single_open = Some(out.len());
            }
            out.push(mark(Mark::SingleClose, lang));
        } else if can_close && double_open {
            double_open = false;
            out.push(mark(Mark::DoubleClose, lang));
        } else {
            double_open |= can_open;
            out.push(mark(Mark::DoubleOpen, lang));
        }
    }
    out.into_iter().collect()
}

/// Character ranges whose quotes must not change: `code` spans, markdown link
/// destinations with their titles (`](url "title")`) and addresses (`https://…`,
/// `mailto:…`, `www.…`) up to the next white space.
fn protected_ranges(chars: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`'
            && let Some(len) = chars[i + 1..].iter().position(|&c| c == '`')
        {
            ranges.push(i..i + len + 2);
            i += len + 2;
            continue;
        }
        if chars[i] == ']'
            && chars.get(i + 1) == Some(&'(')
            && let Some(len) = chars[i + 2..].iter().position(|&c| c == ')')
        {
            ranges.push(i..i + len + 3);
            i += len + 3;
            continue;
        }
        let word_start = i == 0 || chars[i - 1].is_whitespace();
        let rest: String = chars[i..chars.len().min(i + 8)].iter().collect();
        let lower = rest.to_ascii_lowercase();
        if word_start
            && (lower.starts_with("http://")
                || lower.starts_with("https://")
                || lower.starts_with("mailto:")
                || lower.starts_with("www."))
        {
            let len = chars[i..]
                .iter()
                .position(|c| c.is_whitespace())
                .unwrap_or(chars.len() - i);
            ranges.push(i..i + len);
            i += len;
            continue;
        }
        i += 1;
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_quotes_follow_the_language() {
        assert_eq!(smarten("\"Latgale\" projekts", "lv"), "„Latgale“ projekts");
        assert_eq!(
            smarten("The \"Latgale\" centre", "en"),
            "The “Latgale” centre"
        );
        assert_eq!(smarten("Ilona's plan", "en"), "Ilona’s plan");
        assert_eq!(smarten("'Latgale'", "en"), "‘Latgale’");
    }

    #[test]
    fn typed_quotes_stay_as_typed() {
        for typed in ["„Latgale“", "“Latgale”", "«Latgale»", "‚x‘ and ’"] {
            assert_eq!(smarten(typed, "lv"), typed);
            assert_eq!(smarten(typed, "en"), typed);
        }
    }

    #[test]
    fn quotes_next_to_punctuation_and_nested() {
        assert_eq!(smarten("(\"DI\"), \"GRT\".", "lv"), "(„DI“), „GRT“.");
        assert_eq!(smarten("\"Teica: 'jā'\"", "lv"), "„Teica: ‘jā’“");
        assert_eq!(smarten("\"Latgale\"!", "en"), "“Latgale”!");
    }

    #[test]
    fn code_and_addresses_keep_their_quotes() {
        assert_eq!(
            smarten("Komanda `lapa \"x\"` un \"y\"", "lv"),
            "Komanda `lapa \"x\"` un „y“"
        );
        assert_eq!(
            smarten("https://x.lv/?q=\"a\" \"b\"", "en"),
            "https://x.lv/?q=\"a\" “b”"
        );
        assert_eq!(
            smarten("[\"a\"](https://x.lv \"t\") \"b\"", "lv"),
            "[„a“](https://x.lv \"t\") „b“"
        );
    }
}
