//! Addresses as a browser reads them: a link written in a page (relative, from the site
//! root, or the site's own absolute URL) → the output file it asks for and its
//! `#fragment`, so that `check` can look both up in the output table and in the ids of
//! the rendered pages. External addresses (`https://…` elsewhere, `mailto:`) are not
//! followed.

use crate::model::Site;
use crate::model::percent_decode;

/// Where an address leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Target {
    /// Another site, or a scheme lapa does not follow.
    External,
    /// A path of this site's output (below its base path, decoded, without query).
    Internal {
        /// The output file asked for, if the site has it (`lv/par/index.html`).
        output: Option<String>,
        /// The path as read (`lv/par/`), for messages.
        path: String,
        /// The `#fragment`, without `#`, when there is one.
        fragment: Option<String>,
    },
    /// A path from the server root that is not below the site's base path.
    OutsideBase,
}

/// The folder an output file is in, as a relative address starts from (`lv/par/`).
pub(super) fn folder_of(output: &str) -> &str {
    output.rfind('/').map_or("", |i| &output[..=i])
}

/// Reads an address written in a page whose folder is `from` (`lv/par/`).
pub(super) fn target(site: &Site, url: &str, from: &str) -> Target {
    let url = url.trim();
    let (before, fragment) = match url.split_once('#') {
        Some((b, f)) => (b, Some(percent_decode(f))),
        None => (url, None),
    };
    let before = before.split('?').next().unwrap_or("");
    let base_url = &site.config.base_url;
    let path = if let Some(rest) = before.strip_prefix(base_url.as_str()) {
        rest.to_string()
    } else if before.starts_with("//") || has_scheme(before) {
        return Target::External;
    } else if let Some(absolute) = before.strip_prefix('/') {
        let base = site.config.base_path.trim_start_matches('/');
        match absolute.strip_prefix(base) {
            Some(rest) => rest.to_string(),
            None if format!("{absolute}/") == base => String::new(),
            None => return Target::OutsideBase,
        }
    } else {
        match join(from, before) {
            Some(path) => path,
            None => return Target::OutsideBase,
        }
    };
    let path = percent_decode(&path);
    Target::Internal {
        output: output_of(site, &path),
        path,
        fragment,
    }
}

/// Whether an address starts with a scheme (`https:`, `mailto:`, `tel:`).
fn has_scheme(url: &str) -> bool {
    let first = url.split(['/', '?', '#']).next().unwrap_or("");
    first.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// `lv/par/` + `../x/` → `lv/x/`; `None` above the site root.
fn join(from: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let trailing = relative.is_empty() || relative.ends_with('/') || relative.ends_with("/.");
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    let mut path = parts.join("/");
    if (trailing || relative.ends_with("..")) && !path.is_empty() {
        path.push('/');
    }
    Some(path)
}

/// The output file a path asks for: `lv/par/` → `lv/par/index.html`; a folder without
/// its slash is served by its `index.html` too.
fn output_of(site: &Site, path: &str) -> Option<String> {
    let candidates = if path.is_empty() || path.ends_with('/') {
        vec![format!("{path}index.html")]
    } else {
        vec![path.to_string(), format!("{path}/index.html")]
    };
    candidates
        .into_iter()
        .find(|c| site.outputs.at(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_climb_and_keep_their_slash() {
        assert_eq!(join("lv/par/", "../x/").as_deref(), Some("lv/x/"));
        assert_eq!(
            join("lv/par/", "foto.jpg").as_deref(),
            Some("lv/par/foto.jpg")
        );
        assert_eq!(join("lv/par/", "..").as_deref(), Some("lv/"));
        assert_eq!(join("lv/", "../../x"), None);
        assert_eq!(join("lv/par/", "").as_deref(), Some("lv/par/"));
        assert!(has_scheme("mailto:a@b.lv") && has_scheme("https://x.lv/"));
        assert!(!has_scheme("lv/a:b") && !has_scheme("/x/"));
        assert_eq!(folder_of("lv/par/index.html"), "lv/par/");
        assert_eq!(folder_of("404.html"), "");
    }
}
