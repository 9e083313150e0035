//! Source ids and output paths: the id a file has across languages, the folder it sits
//! in, and alias paths made safe to write.

use crate::load::Document;
use crate::load::file_name::DocumentKind;

/// `jaunumi/ligums.lv.md` → `jaunumi/ligums`; `jaunumi/ligums/index.md` → `jaunumi/ligums`;
/// `jaunumi/_index.en.md` → `jaunumi/_index`. In NFC, like the files' text, so a name
/// saved with decomposed letters (as some systems do) gives the same id and slug.
pub(super) fn source_id(doc: &Document) -> String {
    crate::diagnostics::normalize(&raw_source_id(doc)).into_owned()
}

fn raw_source_id(doc: &Document) -> String {
    let parent = doc.rel.parent().map(path_text).unwrap_or_default();
    let leaf = if doc.name.bundle {
        None
    } else {
        Some(doc.name.stem.as_str())
    };
    match (parent.is_empty(), leaf) {
        (true, Some(leaf)) => leaf.to_string(),
        (false, Some(leaf)) => format!("{parent}/{leaf}"),
        (_, None) => parent,
    }
}

/// The content folder a document is listed in: for a page, the folder of its file (or of
/// its bundle); for a section, the folder above it. `None` for the home page.
pub(super) fn listing_folder(id: &str, kind: DocumentKind) -> Option<String> {
    let node = match kind {
        DocumentKind::Section => id.strip_suffix("_index")?.trim_end_matches('/'),
        DocumentKind::Page => id,
    };
    if node.is_empty() {
        return None;
    }
    Some(
        node.rsplit_once('/')
            .map_or(String::new(), |(parent, _)| parent.to_string()),
    )
}

/// The section id of a folder (`jaunumi` → `jaunumi/_index`; `` → `_index`).
pub(super) fn section_id(folder: &str) -> String {
    if folder.is_empty() {
        "_index".to_string()
    } else {
        format!("{folder}/_index")
    }
}

pub(super) use crate::diagnostics::display_path as path_text;

/// An `aliases` entry → an output file path, or `None` when it would leave the output
/// folder or is not a path at all.
pub(super) fn alias_output(alias: &str) -> Option<String> {
    let path = match alias.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => alias,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let trimmed = path.trim_start_matches('/');
    let segments: Vec<&str> = trimmed.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty()
        || segments
            .iter()
            .any(|s| *s == "." || *s == ".." || s.contains(['\\', ':', '\0']))
    {
        return None;
    }
    let joined = segments.join("/");
    let is_file = !path.ends_with('/')
        && segments
            .last()
            .is_some_and(|s| s.ends_with(".html") || s.ends_with(".htm"));
    Some(if is_file {
        joined
    } else {
        format!("{joined}/index.html")
    })
}

/// What an output path may not hold as it is in a URL: spaces and the characters that
/// end or split an address (`#`, `?`, `%`, quotes, brackets; `,` which splits `srcset`).
/// Letters beyond ASCII are escaped too, so that every address lapa writes is plain ASCII.
const NOT_IN_URL_PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'\'')
    .add(b',')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// An output path as it is written in a URL: `lv/x/Foto no talkas.jpg` →
/// `lv/x/Foto%20no%20talkas.jpg`. Slashes stay; [`percent_decode`] reads it back.
pub(crate) fn url_path(path: &str) -> std::borrow::Cow<'_, str> {
    percent_encoding::utf8_percent_encode(path, NOT_IN_URL_PATH).into()
}

/// `foto%20jauna.jpg` → `foto jauna.jpg`, as a browser reads a relative address;
/// anything malformed stays as written.
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_paths_stay_inside() {
        assert_eq!(
            alias_output("/vecais/ligums.html").as_deref(),
            Some("vecais/ligums.html")
        );
        assert_eq!(
            alias_output("/vecais/ligums").as_deref(),
            Some("vecais/ligums/index.html")
        );
        assert_eq!(
            alias_output("https://old.example.lv/a/b/").as_deref(),
            Some("a/b/index.html")
        );
        assert_eq!(alias_output("/../../etc/passwd"), None);
        assert_eq!(alias_output("/"), None);
    }

    #[test]
    fn listing_folders() {
        assert_eq!(listing_folder("_index", DocumentKind::Section), None);
        assert_eq!(
            listing_folder("jaunumi/_index", DocumentKind::Section).as_deref(),
            Some("")
        );
        assert_eq!(
            listing_folder("a/b/_index", DocumentKind::Section).as_deref(),
            Some("a")
        );
        assert_eq!(
            listing_folder("a/x", DocumentKind::Page).as_deref(),
            Some("a")
        );
        assert_eq!(listing_folder("x", DocumentKind::Page).as_deref(), Some(""));
    }
}
