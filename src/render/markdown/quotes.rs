//! Smart quotes per language. pulldown-cmark's smart punctuation gives English quotes
//! (“…” and ‘…’); Latvian writes „…“, so the double quotes are swapped after the fact.
//! Single quotes stay as they are: ’ is also the apostrophe.

/// Rewrites the double quotes of an English-style smart text for a language.
pub fn localize_quotes(text: &str, lang: &str) -> Option<String> {
    if !matches!(lang, "lv" | "ltg") || !text.contains(['“', '”']) {
        return None;
    }
    Some(text.replace('“', "„").replace('”', "“"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_gets_low_high_quotes() {
        assert_eq!(
            localize_quotes("“Latgale”", "lv").as_deref(),
            Some("„Latgale“")
        );
        assert_eq!(localize_quotes("“Latgale”", "en"), None);
    }
}
