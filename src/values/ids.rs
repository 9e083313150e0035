//! Names lapa checks before they become parts of addresses or keys: ids of data items
//! and front matter (`grt-services`) and language codes (`lv`, `en`, `ltg`).

/// Whether an id is usable in URLs and front matter: lower-case ASCII letters, digits
/// and single dashes.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Two or three lower-case ASCII letters (`lv`, `en`, `ltg`).
pub(crate) fn looks_like_language_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("grt-services"));
        assert!(!is_valid_id("GRT"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id(""));
        assert!(looks_like_language_code("ltg"));
        assert!(!looks_like_language_code("LV"));
    }
}
