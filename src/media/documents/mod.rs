//! Documents a page links (PDF, office files, CSV, ZIP): what kind each is by its
//! extension, its size, and for PDFs the title and page count the file itself gives
//! (`pdf`). A document lapa cannot read inside (a broken or password-protected PDF) is
//! still a document: it has no title and no page count. How they are shown is render's.

mod pdf;
mod xmp;

use std::path::Path;

/// The kinds of document a link's details name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum DocumentKind {
    /// Portable Document Format.
    Pdf,
    /// Word (Office Open XML).
    Docx,
    /// Excel (Office Open XML).
    Xlsx,
    /// PowerPoint (Office Open XML).
    Pptx,
    /// OpenDocument text.
    Odt,
    /// OpenDocument spreadsheet.
    Ods,
    /// OpenDocument presentation.
    Odp,
    /// Word 97–2003.
    Doc,
    /// Excel 97–2003.
    Xls,
    /// PowerPoint 97–2003.
    Ppt,
    /// Rich Text Format.
    Rtf,
    /// Comma-separated values.
    Csv,
    /// A ZIP archive.
    Zip,
}

impl DocumentKind {
    /// The kind a file name's extension names, in any letter case (`Plans.PDF`).
    pub(crate) fn of_name(name: &str) -> Option<Self> {
        let (stem, extension) = name.rsplit_once('.')?;
        if stem.is_empty() || stem.ends_with('/') {
            return None;
        }
        Some(match extension.to_ascii_lowercase().as_str() {
            "pdf" => Self::Pdf,
            "docx" => Self::Docx,
            "xlsx" => Self::Xlsx,
            "pptx" => Self::Pptx,
            "odt" => Self::Odt,
            "ods" => Self::Ods,
            "odp" => Self::Odp,
            "doc" => Self::Doc,
            "xls" => Self::Xls,
            "ppt" => Self::Ppt,
            "rtf" => Self::Rtf,
            "csv" => Self::Csv,
            "zip" => Self::Zip,
            _ => return None,
        })
    }

    /// The name visitors know it by, the same in every language (`PDF`, `DOCX`).
    pub(crate) fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Docx => "DOCX",
            Self::Xlsx => "XLSX",
            Self::Pptx => "PPTX",
            Self::Odt => "ODT",
            Self::Ods => "ODS",
            Self::Odp => "ODP",
            Self::Doc => "DOC",
            Self::Xls => "XLS",
            Self::Ppt => "PPT",
            Self::Rtf => "RTF",
            Self::Csv => "CSV",
            Self::Zip => "ZIP",
        }
    }
}

/// What a link to a document says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DocumentFacts {
    /// Its kind.
    pub kind: DocumentKind,
    /// Its size in bytes.
    pub bytes: u64,
    /// The title the file gives itself (a PDF's Info `Title` or XMP `dc:title`), when it
    /// gives a real one.
    pub title: Option<String>,
    /// Its number of pages (PDF).
    pub pages: Option<u32>,
    /// A PDF whose structure cannot be read and that is not locked: cut short or
    /// damaged. It is published and linked (without title and pages), with a warning.
    pub damaged: bool,
}

/// Reads what a link says about the document at `path` (of `kind`): its size, and for a
/// PDF its title and pages when the file can be read inside. Only a file that cannot be
/// read at all is an error.
pub(crate) fn read(path: &Path, kind: DocumentKind) -> std::io::Result<DocumentFacts> {
    let (bytes, title, pages, damaged) = match kind {
        DocumentKind::Pdf => {
            let data = std::fs::read(path)?;
            let inside = pdf::read(&data);
            (
                data.len() as u64,
                inside.title,
                inside.pages,
                inside.damaged,
            )
        }
        _ => {
            let bytes = std::fs::metadata(path)?.len();
            (bytes, None, None, false)
        }
    };
    Ok(DocumentFacts {
        kind,
        bytes,
        title,
        pages,
        damaged,
    })
}

/// A title as visitors should read it: whitespace collapsed; none when it is empty, a
/// placeholder, or only names a file (`Microsoft Word - plans.docx`, `plans.pdf`), which
/// office programs write when the author gave none.
pub(crate) fn clean_title(raw: &str) -> Option<String> {
    let title = raw
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let lower = title.to_lowercase();
    let placeholder = matches!(lower.as_str(), "" | "untitled" | "title" | "bez nosaukuma");
    let file_name = title
        .rsplit_once('.')
        .is_some_and(|(_, ext)| DocumentKind::of_name(&format!("x.{ext}")).is_some());
    (!placeholder && !file_name).then_some(title)
}

/// A readable name made from a file name, for a document without a title:
/// `gada_parskats-2023.pdf` → `Gada parskats 2023`.
pub(crate) fn name_from_file(file_name: &str) -> String {
    let stem = file_name
        .rsplit('/')
        .next()
        .unwrap_or(file_name)
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem);
    let words: Vec<&str> = stem
        .split(|c: char| c == '_' || c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => file_name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_extension_in_any_case() {
        assert_eq!(DocumentKind::of_name("Plans.PDF"), Some(DocumentKind::Pdf));
        assert_eq!(DocumentKind::of_name("a.b.xlsx"), Some(DocumentKind::Xlsx));
        assert_eq!(DocumentKind::of_name(".pdf"), None);
        assert_eq!(DocumentKind::of_name("foto.jpg"), None);
        assert_eq!(DocumentKind::of_name("pdf"), None);
    }

    #[test]
    fn titles_that_only_name_a_file_are_not_titles() {
        assert_eq!(
            clean_title("  Gada\n pārskats\t2023 "),
            Some("Gada pārskats 2023".to_string())
        );
        assert_eq!(clean_title("Microsoft Word - plans.docx"), None);
        assert_eq!(clean_title("Untitled"), None);
        assert_eq!(clean_title(" "), None);
        assert_eq!(clean_title("Versija 2.1"), Some("Versija 2.1".to_string()));
    }

    #[test]
    fn names_from_files_read_as_words() {
        assert_eq!(
            name_from_file("gada_parskats-2023.pdf"),
            "Gada parskats 2023"
        );
        assert_eq!(name_from_file("x/ļoti  labs.docx"), "Ļoti labs");
        assert_eq!(name_from_file("_.pdf"), "_.pdf");
    }
}
