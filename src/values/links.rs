//! Values that become links: only `https:`, `http:`, `mailto:`, `tel:` or addresses
//! without a scheme (paths inside the site) are allowed, so a data file, front matter or
//! a menu can never put `javascript:` or `data:` into an `href`. One check for all.

use crate::diagnostics::Diagnostic;

/// The schemes a link may have.
const ALLOWED: &[&str] = &["https", "http", "mailto", "tel"];

/// The scheme of a link value when it is not an allowed one (lower-cased, as a browser
/// reads it: leading spaces and control characters skipped, tabs and line breaks inside
/// dropped); `None` for allowed links and paths.
pub(crate) fn disallowed_scheme(value: &str) -> Option<String> {
    let cleaned: String = value
        .trim_start_matches(|c: char| c <= ' ' || c.is_whitespace() || c.is_control())
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    if !cleaned[end..].starts_with(':') {
        return None;
    }
    let scheme = &cleaned[..end];
    let well_formed = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let scheme = scheme.to_ascii_lowercase();
    if well_formed && ALLOWED.contains(&scheme.as_str()) {
        return None;
    }
    // Something before the colon that is no scheme at all (`"x y:z"`, control
    // characters) is refused too: a browser may still read a scheme into it.
    Some(if scheme.is_empty() {
        ":".to_string()
    } else {
        scheme
    })
}

/// Whether a data file's key names a value that becomes a link.
pub(crate) fn is_link_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    matches!(
        key.as_str(),
        "website"
            | "url"
            | "href"
            | "link"
            | "registration"
            | "online"
            | "image"
            | "logo"
            | "photo"
            | "picture"
            | "src"
            | "file"
            | "document"
            | "homepage"
            | "web"
    ) || key.ends_with("_url")
        || key.ends_with("_link")
        || key.ends_with("_image")
        || key.ends_with("_website")
}

/// The error for a link value with a disallowed scheme.
pub(crate) fn scheme_error(scheme: &str, value: &str) -> Diagnostic {
    Diagnostic::error("link-scheme-not-allowed")
        .with("scheme", scheme)
        .with("value", value.escape_debug())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_mail_and_phone_schemes_pass() {
        for ok in [
            "https://www.ludza.lv/",
            "HTTP://example.org",
            "mailto:info@example.lv",
            "tel:+37165707131",
            "/lv/kontakti/",
            "foto.jpg",
            "../plans.pdf",
            "#karte",
            "?q=1",
            "//cdn.example.org/x",
            "dokuments:v1/x.pdf",
        ] {
            // A colon after a slash is not a scheme.
            let expected = if ok.starts_with("dokuments") {
                Some("dokuments".to_string())
            } else {
                None
            };
            assert_eq!(disallowed_scheme(ok), expected, "{ok}");
        }
        for (bad, scheme) in [
            ("javascript:alert(1)", "javascript"),
            ("JaVaScRiPt:alert(1)", "javascript"),
            (" javascript:alert(1)", "javascript"),
            ("\u{1}\u{8}javascript:alert(1)", "javascript"),
            ("java\tscript:alert(1)", "javascript"),
            ("java\nscript:alert(1)", "javascript"),
            ("data:text/html;base64,PHNjcmlwdD4=", "data"),
            ("vbscript:msgbox", "vbscript"),
            ("file:///etc/passwd", "file"),
            ("\u{a0}javascript:x", "javascript"),
        ] {
            assert_eq!(disallowed_scheme(bad).as_deref(), Some(scheme), "{bad:?}");
        }
    }
}
