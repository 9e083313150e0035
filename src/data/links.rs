//! Values that become links (`website`, `url`, `registration`, `image`…): only `https:`,
//! `http:`, `mailto:`, `tel:` or addresses without a scheme (paths inside the site) are
//! allowed, so a data file or front matter can never put `javascript:` or `data:` into
//! an `href`. One check, `disallowed_scheme`, for data files, front matter and menus.

use super::{DataFile, at_key};
use crate::diagnostics::Diagnostic;
use yaml_serde::Value as Yaml;

/// The schemes a link may have.
const ALLOWED: &[&str] = &["https", "http", "mailto", "tel"];

/// The scheme of a link value when it is not an allowed one (lower-cased, as a browser
/// reads it: leading spaces and control characters skipped, tabs and line breaks inside
/// dropped); `None` for allowed links and paths.
pub fn disallowed_scheme(value: &str) -> Option<String> {
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
pub fn is_link_key(key: &str) -> bool {
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
pub fn scheme_error(scheme: &str, value: &str) -> Diagnostic {
    Diagnostic::error("link-scheme-not-allowed")
        .with("scheme", scheme)
        .with("value", value.escape_debug())
}

/// Checks every link-like value of a data file, at any depth.
pub fn check_file(file: &DataFile) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    walk(file, &file.value, "", false, &mut problems);
    problems
}

fn walk(file: &DataFile, value: &Yaml, path: &str, link: bool, problems: &mut Vec<Diagnostic>) {
    match value {
        Yaml::String(s) if link => {
            if let Some(scheme) = disallowed_scheme(s) {
                let key = if path.is_empty() { "value" } else { path };
                let error = scheme_error(&scheme, s);
                let mut located = at_key(file, error.id, key);
                located.args.extend(error.args);
                problems.push(located);
            }
        }
        Yaml::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(file, item, &format!("{path}[{i}]"), link, problems);
            }
        }
        Yaml::Mapping(map) => {
            for (k, v) in map {
                let Some(k) = k.as_str() else { continue };
                let child = if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                };
                walk(file, v, &child, link || is_link_key(k), problems);
            }
        }
        Yaml::Tagged(tagged) => walk(file, &tagged.value, path, link, problems),
        _ => {}
    }
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

    #[test]
    fn link_values_in_data_files_are_checked_at_any_depth() {
        let text = "municipalities:\n  - id: a\n    website: javascript:alert(1)\n  - id: b\n    website: {lv: \"https://a.lv\", en: \" data:x\"}\nname: javascript:ok-as-text\n";
        let file = DataFile {
            name: "municipalities".into(),
            path: "content/data/municipalities.yaml".into(),
            text: text.into(),
            value: yaml_serde::from_str(text).unwrap(),
        };
        let problems = check_file(&file);
        let keys: Vec<_> = problems.iter().map(|d| d.arg("key").unwrap()).collect();
        assert_eq!(
            keys,
            ["municipalities[0].website", "municipalities[1].website.en"]
        );
        assert_eq!(&text[problems[0].span.clone().unwrap()], "website");
    }
}
