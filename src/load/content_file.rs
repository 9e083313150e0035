//! What a file in `content/` is, decided in one place from its path alone: the site
//! settings, a page source, a data file, clutter (editor and system files, skipped
//! without a word), a source lapa does not build (reported, never published), or any
//! other file. Whether one of those other files is published (it sits in a page bundle,
//! or a page uses it) needs the pages and is decided in `model::assets`.

use std::path::{Component, Path};

/// Extensions people give markdown files; lapa builds only lower-case `.md`.
const MARKDOWN_EXTENSIONS: &[&str] = &[
    "md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext",
];
/// Extensions of data files; lapa reads lower-case `.yaml` and `.yml`.
const YAML_EXTENSIONS: &[&str] = &["yaml", "yml"];

/// What a content file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ContentFile {
    /// `content/site.yaml`.
    Settings,
    /// A markdown file lapa builds into a page.
    Page,
    /// `content/data/<name>.yaml`.
    Data,
    /// Editor, office or system clutter, and hidden files: skipped silently.
    Clutter,
    /// A source file lapa does not build or read: reported, never published.
    NotBuilt(NotBuilt),
    /// Anything else: a bundle file, a file a page uses, or a stray one.
    Other,
}

/// Why a source file is not built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NotBuilt {
    /// Markdown with another extension or letter case (`par.lv.MD`, `x.markdown`):
    /// the name it should have.
    MarkdownName(String),
    /// Markdown inside `content/data/`.
    MarkdownInData,
    /// A YAML file with another letter case in `content/data/` (`projekts.YAML`): the
    /// name it should have.
    DataName(String),
    /// A YAML file outside `content/data/` or in a folder below it.
    DataElsewhere,
}

/// Decides what the file at `rel` (relative to `content/`) is.
pub(crate) fn classify(rel: &Path) -> ContentFile {
    let names: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_string_lossy().to_string()),
            _ => None,
        })
        .collect();
    let Some(name) = names.last() else {
        return ContentFile::Clutter;
    };
    if names.iter().any(|n| is_clutter(n)) {
        return ContentFile::Clutter;
    }
    let in_data = names.len() > 1 && names[0] == "data";
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, ext),
        _ => (name.as_str(), ""),
    };
    let lower = extension.to_ascii_lowercase();
    if names.len() == 1 && name == "site.yaml" {
        return ContentFile::Settings;
    }
    if MARKDOWN_EXTENSIONS.contains(&lower.as_str()) {
        return if in_data {
            ContentFile::NotBuilt(NotBuilt::MarkdownInData)
        } else if extension == "md" {
            ContentFile::Page
        } else {
            ContentFile::NotBuilt(NotBuilt::MarkdownName(format!("{stem}.md")))
        };
    }
    if YAML_EXTENSIONS.contains(&lower.as_str()) {
        return match (in_data && names.len() == 2, extension == lower) {
            (true, true) => ContentFile::Data,
            (true, false) => ContentFile::NotBuilt(NotBuilt::DataName(format!("{stem}.{lower}"))),
            (false, _) => ContentFile::NotBuilt(NotBuilt::DataElsewhere),
        };
    }
    ContentFile::Other
}

/// Files and folders that editors, office programs and operating systems leave behind,
/// and hidden files in general (`.DS_Store`, `.~lock.x.docx#`, `.git/`): never content.
pub(crate) fn is_clutter(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || name.ends_with('~')
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || matches!(
            lower.as_str(),
            "thumbs.db" | "ehthumbs.db" | "desktop.ini" | "__macosx" | "icon\r"
        )
        || [
            ".bak",
            ".swp",
            ".swo",
            ".tmp",
            ".temp",
            ".orig",
            ".crdownload",
            ".part",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str) -> ContentFile {
        classify(Path::new(path))
    }

    #[test]
    fn clutter_is_recognised_anywhere() {
        for path in [
            "Thumbs.db",
            "jaunumi/.DS_Store",
            "kopiena/galerija/desktop.ini",
            "kopiena/galerija/~$ligums.docx",
            "par.lv.md.bak",
            "par.lv.md~",
            "jaunumi/.par.lv.md.swp",
            "jaunumi/x.TMP",
            "jaunumi/.~lock.plans.docx#",
            "jaunumi/#ligums.lv.md#",
            ".git/config",
            "__MACOSX/foto.jpg",
            "kopiena/.hidden/foto.jpg",
        ] {
            assert_eq!(kind(path), ContentFile::Clutter, "{path}");
        }
    }

    #[test]
    fn sources_in_other_cases_are_not_built() {
        assert_eq!(kind("par.lv.md"), ContentFile::Page);
        assert_eq!(kind("site.yaml"), ContentFile::Settings);
        assert_eq!(kind("data/project.yaml"), ContentFile::Data);
        assert_eq!(kind("data/project.yml"), ContentFile::Data);
        assert_eq!(
            kind("par.lv.MD"),
            ContentFile::NotBuilt(NotBuilt::MarkdownName("par.lv.md".into()))
        );
        assert_eq!(
            kind("jaunumi/x.Markdown"),
            ContentFile::NotBuilt(NotBuilt::MarkdownName("x.md".into()))
        );
        assert_eq!(
            kind("data/piezimes.md"),
            ContentFile::NotBuilt(NotBuilt::MarkdownInData)
        );
        assert_eq!(
            kind("data/project.YAML"),
            ContentFile::NotBuilt(NotBuilt::DataName("project.yaml".into()))
        );
        assert_eq!(
            kind("jaunumi/dati.yaml"),
            ContentFile::NotBuilt(NotBuilt::DataElsewhere)
        );
        assert_eq!(
            kind("data/vecie/dati.yaml"),
            ContentFile::NotBuilt(NotBuilt::DataElsewhere)
        );
        assert_eq!(kind("kopiena/galerija/foto.jpg"), ContentFile::Other);
        assert_eq!(kind("jaunumi/piezimes.txt"), ContentFile::Other);
    }
}
