//! What a content file's name says: page or section, bundle or not, language, easy-read.
//! `ligums.en.md` is the English page `ligums`; `ligums/index.md` a bundle in the default
//! language; `_index.lv.md` a section; `ligums.lv.easy.md` the easy-to-read version.

/// What kind of document a markdown file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// `_index.<lang>.md`: a section's own page.
    Section,
    /// `<name>.<lang>.md` or `<name>/index.<lang>.md`.
    Page,
}

/// A markdown file name, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileName {
    /// Page or section.
    pub kind: DocumentKind,
    /// `index.*` inside a folder: the folder is the page's bundle.
    pub bundle: bool,
    /// The name without language and extension (`ligums`, `index`, `_index`).
    pub stem: String,
    /// The language code written in the name, if any.
    pub lang: Option<String>,
    /// `.easy` before `.md`.
    pub easy: bool,
}

/// Takes a markdown file name apart; `None` when it is not markdown.
pub fn parse(name: &str) -> Option<FileName> {
    let base = name.strip_suffix(".md")?;
    let (base, easy) = match base.strip_suffix(".easy") {
        Some(b) => (b, true),
        None => (base, false),
    };
    let (stem, lang) = match base.rsplit_once('.') {
        Some((stem, lang)) if !stem.is_empty() => (stem, Some(lang.to_string())),
        _ => (base, None),
    };
    let kind = if stem == "_index" {
        DocumentKind::Section
    } else {
        DocumentKind::Page
    };
    Some(FileName {
        kind,
        bundle: stem == "index",
        stem: stem.to_string(),
        lang,
        easy,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_taken_apart() {
        let f = parse("ligums.en.md").unwrap();
        assert_eq!(
            (f.stem.as_str(), f.lang.as_deref(), f.kind, f.bundle),
            ("ligums", Some("en"), DocumentKind::Page, false)
        );
        let f = parse("_index.md").unwrap();
        assert_eq!((f.kind, f.lang), (DocumentKind::Section, None));
        let f = parse("index.lv.md").unwrap();
        assert!(f.bundle);
        let f = parse("x.lv.easy.md").unwrap();
        assert!(f.easy);
        assert_eq!(f.lang.as_deref(), Some("lv"));
        assert!(parse("foto.jpg").is_none());
    }
}
