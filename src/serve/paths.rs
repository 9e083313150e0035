//! A request's path → the output path it names, strictly: only a path that spells an
//! output of the site plainly is answered. Percent escapes are decoded once per segment;
//! a segment that decodes to `.`, `..`, a slash, a backslash, a NUL or another control
//! character, or to bytes that are not UTF-8, or an empty segment inside the path (`//`,
//! which would make an absolute path), names nothing. The output is looked up by exact
//! path in the site kept in memory, never joined to a folder on disk.

use percent_encoding::percent_decode_str;

/// What a request path asks for.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Wanted {
    /// An output path (relative to the output root, forward slashes); a folder's path
    /// (ending in `/`) names its `index.html`.
    Output(String),
    /// A path without an ending slash: the output of that path, or else a folder whose
    /// `index.html` is answered by a redirect to the path with `/` (so that relative links
    /// in it work).
    File(String),
    /// Nothing the site could hold.
    Nothing,
}

/// The output a request path names, under the site's base path `prefix` (`/` or
/// `/di/`).
pub(crate) fn wanted(request_path: &str, prefix: &str) -> Wanted {
    let Some(rest) = request_path.strip_prefix(prefix) else {
        return Wanted::Nothing;
    };
    if rest.is_empty() {
        return Wanted::Output("index.html".to_string());
    }
    let mut segments = Vec::new();
    let mut parts = rest.split('/').peekable();
    while let Some(raw) = parts.next() {
        let last = parts.peek().is_none();
        if raw.is_empty() {
            if last {
                // A folder: its index page.
                segments.push("index.html".to_string());
                break;
            }
            return Wanted::Nothing;
        }
        match segment(raw) {
            Some(s) => segments.push(s),
            None => return Wanted::Nothing,
        }
    }
    let path = segments.join("/");
    if rest.ends_with('/') {
        Wanted::Output(path)
    } else {
        Wanted::File(path)
    }
}

/// One path segment, decoded, or `None` when it is not a plain file or folder name.
fn segment(raw: &str) -> Option<String> {
    let decoded = percent_decode_str(raw).decode_utf8().ok()?;
    let plain = decoded != "."
        && decoded != ".."
        && !decoded
            .chars()
            .any(|c| c == '/' || c == '\\' || c.is_control());
    plain.then(|| decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(path: &str) -> Wanted {
        Wanted::Output(path.to_string())
    }

    #[test]
    fn plain_paths_name_outputs() {
        assert_eq!(wanted("/", "/"), output("index.html"));
        assert_eq!(wanted("/lv/", "/"), output("lv/index.html"));
        assert_eq!(
            wanted("/style.css", "/"),
            Wanted::File("style.css".to_string())
        );
        assert_eq!(wanted("/lv/jaunumi/", "/"), output("lv/jaunumi/index.html"));
        assert_eq!(
            wanted("/lv/jaunumi", "/"),
            Wanted::File("lv/jaunumi".to_string())
        );
        assert_eq!(
            wanted("/lv/z%C4%AB%C4%BCu-iela.html", "/"),
            Wanted::File("lv/zīļu-iela.html".to_string())
        );
        assert_eq!(wanted("/di/lv/", "/di/"), output("lv/index.html"));
        assert_eq!(wanted("/di/", "/di/"), output("index.html"));
    }

    #[test]
    fn paths_that_leave_or_bend_the_output_name_nothing() {
        for attack in [
            "/../etc/passwd",
            "/lv/../../etc/passwd",
            "/lv/./index.html",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/lv/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/..%2fetc%2fpasswd",
            "/lv%2findex.html",
            "/..%5cetc%5cpasswd",
            "/lv\\..\\..\\etc\\passwd",
            "//etc/passwd",
            "/lv//index.html",
            "/index.html%00.css",
            "/%ff%fe.html",
            "/%C0%AE%C0%AE/etc/passwd",
            "/lv/%0a.html",
            "/other/index.html",
        ] {
            let prefix = if attack.starts_with("/other") {
                "/di/"
            } else {
                "/"
            };
            assert_eq!(wanted(attack, prefix), Wanted::Nothing, "{attack}");
        }
    }
}
