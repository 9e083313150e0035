//! A block's text → its words: what stands between spaces, with the punctuation around
//! it told apart from the word itself (`(ESF),` → `ESF`), and whether it is an address,
//! a number or a word in capitals.

use std::ops::Range;

/// One word of a block's text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Word<'a> {
    /// What stands between spaces (`(ESF),`).
    pub raw: &'a str,
    /// Its place in the block's text.
    pub raw_range: Range<usize>,
    /// The word without the punctuation around it (`ESF`; `u.c` keeps its inner dots).
    pub core: &'a str,
    /// Its place in the block's text.
    pub range: Range<usize>,
}

impl Word<'_> {
    /// The punctuation after the word (`.`, `),`, `?!`).
    pub(super) fn tail(&self) -> &str {
        let end = self.range.end - self.raw_range.start;
        self.raw.get(end..).unwrap_or("")
    }

    /// The punctuation before the word (`(`, `„`).
    pub(super) fn head(&self) -> &str {
        let start = self.range.start - self.raw_range.start;
        self.raw.get(..start).unwrap_or("")
    }

    /// An address or an e-mail address, which no word rule reads.
    pub(super) fn is_address(&self) -> bool {
        let lower = self.raw.to_lowercase();
        lower.contains("://") || lower.starts_with("www.") || lower.contains('@')
    }

    /// Whether it starts with a lower-case letter (a sentence does not).
    pub(super) fn starts_lower(&self) -> bool {
        self.core.chars().next().is_some_and(char::is_lowercase)
    }
}

/// The words of a text, in order; punctuation alone (`–`, `…`) is no word.
pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    let mut start = None;
    let mut push = |from: usize, to: usize| {
        let raw = &text[from..to];
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let trail = raw.len() - raw.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        if lead + trail >= raw.len() {
            return;
        }
        let range = from + lead..to - trail;
        found.push(Word {
            raw,
            raw_range: from..to,
            core: &text[range.clone()],
            range,
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                push(s, i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    found
}

/// The first words of a text (at most `count`), with `…` when there are more: how a
/// message names a sentence or a paragraph.
pub(super) fn opening(text: &str, count: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    let mut shown = all
        .iter()
        .take(count)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if all.len() > count {
        // `…` after a word, not after its comma or full stop.
        shown.truncate(shown.trim_end_matches([',', '.', ';', ':']).len());
        shown.push('…');
    }
    shown
}

/// Letters only, all of them capitals, at least `min` of them (`ESF`, `SVARĪGI`).
pub(super) fn is_capitals(word: &str, min: usize) -> bool {
    word.chars().count() >= min && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_punctuation_apart() {
        let text = "Fonds (ESF), u.c. – 3,5 „vārdi”!";
        let cores: Vec<_> = words(text).iter().map(|w| w.core).collect();
        assert_eq!(cores, vec!["Fonds", "ESF", "u.c", "3,5", "vārdi"]);
        let esf = &words(text)[1];
        assert_eq!((esf.head(), esf.tail()), ("(", "),"));
        assert_eq!(&text[esf.range.clone()], "ESF");
        assert_eq!(words(text)[4].tail(), "”!");
    }

    #[test]
    fn addresses_capitals_and_openings() {
        assert!(words("https://x.lv/A")[0].is_address());
        assert!(words("info@lapa.lv")[0].is_address());
        assert!(!words("lapa")[0].is_address());
        assert!(is_capitals("ĀBOLS", 3));
        assert!(!is_capitals("ES", 3));
        assert!(!is_capitals("COVID19", 3));
        assert!(!is_capitals("LiAA", 3));
        assert_eq!(opening("Viens divi trīs četri", 3), "Viens divi trīs…");
        assert_eq!(opening("Viens divi", 3), "Viens divi");
        assert_eq!(
            opening("Viens. Divi. Trīs. Četri.", 3),
            "Viens. Divi. Trīs…"
        );
    }
}
