//! What a content file's name says: page or section, bundle or not, language, easy-read.
//! `ligums.en.md` is the English page `ligums`; `ligums/index.md` a bundle in the default
//! language; `_index.lv.md` a section; `ligums.lv.easy.md` the easy-to-read version.
//! Only a last `.<code>` that is a site language, or looks like a language code (two or
//! three lower-case letters), is a language suffix: `protokols-v1.2.md` is the page
//! `protokols-v1.2` in the default language, not a page in the language "2".

/// What kind of document a markdown file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocumentKind {
    /// `_index.<lang>.md`: a section's own page.
    Section,
    /// `<name>.<lang>.md` or `<name>/index.<lang>.md`.
    Page,
}

/// A markdown file name, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FileName {
    /// Page or section.
    pub kind: DocumentKind,
    /// `index.*` inside a folder: the folder is the page's bundle.
    pub bundle: bool,
    /// The name without language and extension (`ligums`, `index`, `_index`).
    pub stem: String,
    /// The language code written in the name, if any.
    pub lang: Option<String>,
    /// `.easy` next to the language (`x.lv.easy.md`, also `x.easy.lv.md`).
    pub easy: bool,
}

/// Takes a markdown file name apart; `None` when it is not markdown. `is_language` says
/// which codes are site languages.
pub(crate) fn parse(name: &str, is_language: &dyn Fn(&str) -> bool) -> Option<FileName> {
    let base = name.strip_suffix(".md")?;
    let (base, mut easy) = match base.strip_suffix(".easy") {
        Some(b) => (b, true),
        None => (base, false),
    };
    let (mut stem, lang) = match base.rsplit_once('.') {
        Some((stem, code)) if !stem.is_empty() && is_language_suffix(code, is_language) => {
            (stem, Some(code.to_string()))
        }
        _ => (base, None),
    };
    if !easy
        && lang.is_some()
        && let Some(s) = stem.strip_suffix(".easy")
    {
        (stem, easy) = (s, true);
    }
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

/// A site language, or something written like one (`de`, `ltg`, `EN`): the latter is
/// then reported as an unknown language rather than silently becoming part of the name.
fn is_language_suffix(code: &str, is_language: &dyn Fn(&str) -> bool) -> bool {
    is_language(code) || crate::values::ids::looks_like_language_code(&code.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(code: &str) -> bool {
        matches!(code, "lv" | "en")
    }

    #[test]
    fn names_are_taken_apart() {
        let f = parse("ligums.en.md", &site).unwrap();
        assert_eq!(
            (f.stem.as_str(), f.lang.as_deref(), f.kind, f.bundle),
            ("ligums", Some("en"), DocumentKind::Page, false)
        );
        let f = parse("_index.md", &site).unwrap();
        assert_eq!((f.kind, f.lang), (DocumentKind::Section, None));
        let f = parse("index.lv.md", &site).unwrap();
        assert!(f.bundle);
        let f = parse("x.lv.easy.md", &site).unwrap();
        assert!(f.easy);
        assert_eq!(f.lang.as_deref(), Some("lv"));
        let f = parse("x.easy.lv.md", &site).unwrap();
        assert_eq!((f.stem.as_str(), f.easy), ("x", true));
        assert!(parse("foto.jpg", &site).is_none());
    }

    #[test]
    fn dots_in_names_are_not_languages() {
        let f = parse("protokols-v1.2.md", &site).unwrap();
        assert_eq!((f.stem.as_str(), f.lang), ("protokols-v1.2", None));
        let f = parse("protokols-v1.2.lv.md", &site).unwrap();
        assert_eq!(
            (f.stem.as_str(), f.lang.as_deref()),
            ("protokols-v1.2", Some("lv"))
        );
        let f = parse("protokols-v1.2.easy.md", &site).unwrap();
        assert_eq!(
            (f.stem.as_str(), f.lang, f.easy),
            ("protokols-v1.2", None, true)
        );
        let f = parse("plans.2024.gads.md", &site).unwrap();
        assert_eq!(f.stem, "plans.2024.gads");
        // Written like a language: reported as an unknown one.
        assert_eq!(
            parse("ligums.de.md", &site).unwrap().lang.as_deref(),
            Some("de")
        );
        assert_eq!(
            parse("ligums.EN.md", &site).unwrap().lang.as_deref(),
            Some("EN")
        );
    }
}
