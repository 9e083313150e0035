//! A PDF's title and page count, read with `lopdf`: first its metadata alone (the
//! trailer, the Info dictionary and the page tree's count, without parsing the whole
//! file); then, only when the Info dictionary has no title, the document's XMP packet
//! (`dc:title`, which PDF 2.0 prefers). Text strings are decoded by lopdf as PDF defines
//! them: UTF-16BE after a byte-order mark, UTF-8 after one (PDF 2.0), PDFDocEncoding
//! otherwise. A file that cannot be read (broken, or locked by a password) gives
//! nothing, a broken one marked damaged; a PDF locked only against editing is read with
//! the empty password.

use super::{clean_title, xmp};

/// What a PDF says about itself.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Inside {
    /// Its title, when it has a real one.
    pub title: Option<String>,
    /// Its number of pages, when it has any.
    pub pages: Option<u32>,
    /// Its structure could not be read and it is not locked: cut short or damaged (a
    /// lopdf failure of its own, a panic, does not count).
    pub damaged: bool,
}

/// The most an XMP packet may decompress to (a real one is a few kilobytes).
const XMP_LIMIT: usize = 4 << 20;

/// Reads a PDF's title and pages; nothing for a file lopdf cannot read.
pub(super) fn read(data: &[u8]) -> Inside {
    // lopdf reads untrusted input: a bug of its own on a strange file must not stop the
    // build, so it runs behind a panic guard and such a file just has no details.
    std::panic::catch_unwind(|| read_unguarded(data)).unwrap_or_default()
}

fn read_unguarded(data: &[u8]) -> Inside {
    let Ok(metadata) = lopdf::Document::load_metadata_mem(data) else {
        // A file locked by a password may not even show its structure: not damaged.
        let locked = data.windows(8).any(|w| w == b"/Encrypt");
        return Inside {
            damaged: !locked,
            ..Inside::default()
        };
    };
    let pages = (metadata.page_count > 0).then_some(metadata.page_count);
    let readable = pages.is_some() || !metadata.encrypted;
    let title = metadata
        .title
        .as_deref()
        .and_then(clean_title)
        .or_else(|| readable.then(|| xmp_title(data)).flatten());
    Inside {
        title,
        pages,
        damaged: false,
    }
}

/// The title of the document's XMP packet (the catalog's `Metadata` stream).
fn xmp_title(data: &[u8]) -> Option<String> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(XMP_LIMIT * 4),
        ..Default::default()
    };
    let document = lopdf::Document::load_mem_with_options(data, options).ok()?;
    let reference = document
        .catalog()
        .ok()?
        .get(b"Metadata")
        .ok()?
        .as_reference()
        .ok()?;
    let stream = document.get_object(reference).ok()?.as_stream().ok()?;
    let packet = stream.get_plain_content_with_limit(XMP_LIMIT).ok()?;
    xmp::title(&String::from_utf8_lossy(&packet)).and_then(|t| clean_title(&t))
}

#[cfg(test)]
#[path = "../../../tests/fixtures_gen/documents.rs"]
mod fixtures;

#[cfg(test)]
mod tests {
    use super::fixtures::{pdf, pdf_broken, pdf_locked, pdf_of_size, pdfdoc, utf16};
    use super::*;

    fn title(inside: &Inside) -> Option<&str> {
        inside.title.as_deref()
    }

    #[test]
    fn info_titles_decode_from_pdfdocencoding_and_utf16() {
        let latin = read(&pdf(2, Some(&pdfdoc("Café – Übersicht €")), None));
        assert_eq!(title(&latin), Some("Café – Übersicht €"));
        assert_eq!(latin.pages, Some(2));
        let latvian = read(&pdf(
            12,
            Some(&utf16("Gada pārskats 2025 — ļoti svarīgs")),
            None,
        ));
        assert_eq!(title(&latvian), Some("Gada pārskats 2025 — ļoti svarīgs"));
        assert_eq!(latvian.pages, Some(12));
    }

    #[test]
    fn xmp_gives_the_title_when_info_has_none() {
        let inside = read(&pdf(1, None, Some("Plāns & tāme")));
        assert_eq!(title(&inside), Some("Plāns & tāme"));
        assert_eq!(inside.pages, Some(1));
        let junk = read(&pdf(3, Some(b"Microsoft Word - plans.docx"), None));
        assert_eq!(
            junk,
            Inside {
                title: None,
                pages: Some(3),
                damaged: false,
            }
        );
    }

    #[test]
    fn locked_and_broken_files_give_nothing_and_broken_ones_are_damaged() {
        assert_eq!(read(&pdf_locked(4)), Inside::default());
        let broken = read(&pdf_broken());
        assert_eq!(
            (broken.title, broken.pages, broken.damaged),
            (None, None, true)
        );
        let mut cut = pdf(3, None, None);
        cut.truncate(cut.len() * 2 / 3);
        assert!(read(&cut).damaged, "a PDF cut short");
        assert!(read(b"").damaged, "an empty file");
    }

    #[test]
    fn a_padded_file_is_still_read() {
        let data = pdf_of_size(Some(b"Skenets"), 1_234_567);
        assert_eq!(data.len(), 1_234_567);
        let inside = read(&data);
        assert_eq!((title(&inside), inside.pages), (Some("Skenets"), Some(1)));
    }
}
