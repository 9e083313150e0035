//! Documents in page bundles (issue 14): a link to one says its type, size and pages
//! inside the link text, in the page's language (decimal comma or point, Latvian plural
//! forms); a link with no text or only the file name takes the PDF's own title; the
//! `documents()` shortcode lists a page's documents or a section's. Fixture files come
//! from `tests/fixtures_gen/documents.rs`.

#[path = "../fixtures_gen/documents.rs"]
pub(crate) mod fixtures;

use crate::support::Site;
use fixtures::*;

/// The basic fixture with the default theme's `documents` shortcode, a bundle of every
/// kind of document (lv and en), a dated page with a document below the same section,
/// and the section's own document.
fn site() -> Site {
    let site = Site::fixture("basic");
    let shortcode = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes/default/shortcodes/documents.html"),
    )
    .unwrap();
    site.write("themes/plain/shortcodes/documents.html", &shortcode);
    // The list's own texts, which the basic fixture's locales leave out (its theme has
    // no list).
    site.write(
        "locales/lv/documents-list.ftl",
        "documents-list = Dokumenti\ndocuments-page = Lapā\ndocuments-none = Nav dokumentu.\n",
    );
    site.write(
        "locales/en/documents-list.ftl",
        "documents-list = Documents\ndocuments-page = On the page\ndocuments-none = No documents.\n",
    );
    let bundle = "content/kopiena/dokumenti";
    let files: Vec<(&str, Vec<u8>)> = vec![
        (
            "parskats.pdf",
            pdf_of_size(Some(&utf16("Gada pārskats 2025")), 1_234_567),
        ),
        ("plans-1.pdf", pdf(1, None, None)),
        ("plans-2.pdf", pdf(2, None, None)),
        ("plans-10.pdf", pdf(10, None, None)),
        ("plans-21.pdf", pdf(21, None, None)),
        ("xmp.pdf", pdf(3, None, Some("Plāns & tāme"))),
        ("latin.pdf", pdf(1, Some(&pdfdoc("Café – Übersicht")), None)),
        ("slegts.pdf", pdf_locked(4)),
        ("bojats.pdf", pdf_broken()),
        ("ligums.docx", docx("Līgums")),
        ("tabula.xlsx", xlsx()),
        ("slaidi.pptx", pptx()),
        ("teksts.odt", odt()),
        ("tabula.ods", ods()),
        ("dati.csv", csv(400)),
        ("pielikumi.zip", archive()),
    ];
    for (name, bytes) in &files {
        let path = site.root().join(bundle).join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    site.write(
        &format!("{bundle}/index.lv.md"),
        "---\ntitle: Dokumenti\n---\n\
         - [Pārskats](parskats.pdf)\n\
         - [](parskats.pdf)\n\
         - [parskats.pdf](parskats.pdf)\n\
         - [Viena](plans-1.pdf)\n\
         - [Divas](plans-2.pdf)\n\
         - [Desmit](plans-10.pdf)\n\
         - [Divdesmit viena](plans-21.pdf)\n\
         - [xmp.pdf](xmp.pdf)\n\
         - [latin.pdf](latin.pdf)\n\
         - [Slēgts](slegts.pdf)\n\
         - [Bojāts](bojats.pdf)\n\
         - [Līgums](ligums.docx)\n\
         - [Tabula](tabula.xlsx)\n\
         - [Slaidi](slaidi.pptx)\n\
         - [Teksts](teksts.odt)\n\
         - [Tabula](tabula.ods)\n\
         - [Dati](dati.csv)\n\
         - [Pielikumi](pielikumi.zip)\n\
         - [Ar *izcēlumu*](plans-2.pdf#page=2)\n\
         \n{{ documents() }}\n",
    );
    site.write(
        &format!("{bundle}/index.en.md"),
        "---\ntitle: Documents\nslug: documents\n---\n\
         - [Report](parskats.pdf)\n\
         - [One](plans-1.pdf)\n\
         - [Two](plans-2.pdf)\n\
         - [Ten](plans-10.pdf)\n\
         - [Twenty-one](plans-21.pdf)\n\
         - [](xmp.pdf)\n",
    );
    let meeting = site.root().join("content/kopiena/sapulce/protokols.pdf");
    std::fs::create_dir_all(meeting.parent().unwrap()).unwrap();
    std::fs::write(&meeting, pdf(2, Some(&utf16("Sapulces protokols")), None)).unwrap();
    site.write(
        "content/kopiena/sapulce/index.lv.md",
        "---\ntitle: Sapulce\ndate: 2024-01-10\n---\nProtokols: [protokols.pdf](protokols.pdf).\n",
    );
    std::fs::write(
        site.root().join("content/kopiena/nolikums.pdf"),
        pdf(5, None, None),
    )
    .unwrap();
    site.write(
        "content/kopiena/_index.lv.md",
        "---\ntitle: Kopiena\n---\nSkatīt [nolikumu](nolikums.pdf).\n",
    );
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par\n---\n## Kas mēs esam\n\nTeksts.\n\n{{ documents(from=\"@/kopiena/_index.md\") }}\n",
    );
    site
}

/// The texts of the bundle page's list of links (not the documents list), in order.
fn link_texts(site: &Site, page: &str) -> Vec<String> {
    site.page(page)
        .texts("main > ul:not(.document-list) > li > a")
}

fn details(site: &Site, page: &str) -> Vec<String> {
    site.page(page)
        .texts("main > ul:not(.document-list) > li > a > span.file-info")
}

#[test]
fn document_links_say_type_size_and_pages_in_each_language() {
    let site = site();
    site.build(&[]);
    let lv = link_texts(&site, "lv/kopiena/dokumenti/index.html");
    assert_eq!(
        lv[..9],
        [
            "Pārskats (PDF, 1,2 MB, 1 lappuse)",
            // No text, or only the file name: the PDF's own title.
            "Gada pārskats 2025 (PDF, 1,2 MB, 1 lappuse)",
            "Gada pārskats 2025 (PDF, 1,2 MB, 1 lappuse)",
            "Viena (PDF, 1,1 kB, 1 lappuse)",
            "Divas (PDF, 1,2 kB, 2 lappuses)",
            "Desmit (PDF, 2,0 kB, 10 lappušu)",
            "Divdesmit viena (PDF, 3,1 kB, 21 lappuse)",
            // The title only XMP gives; one in PDFDocEncoding.
            "Plāns & tāme (PDF, 1,3 kB, 3 lappuses)",
            "Café – Übersicht (PDF, 1,1 kB, 1 lappuse)",
        ]
        .map(str::to_string)
    );
    let en = link_texts(&site, "en/community/documents/index.html");
    assert_eq!(
        en,
        [
            "Report (PDF, 1.2 MB, 1 page)",
            "One (PDF, 1.1 kB, 1 page)",
            "Two (PDF, 1.2 kB, 2 pages)",
            "Ten (PDF, 2.0 kB, 10 pages)",
            "Twenty-one (PDF, 3.1 kB, 21 pages)",
            "Plāns & tāme (PDF, 1.3 kB, 3 pages)",
        ]
        .map(str::to_string)
    );
}

#[test]
fn every_kind_is_named_and_unreadable_pdfs_still_link() {
    let site = site();
    let run = site.build(&[]);
    // The broken PDF is a warning at its link; the locked one is not damaged.
    let damaged: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning[document-damaged]"))
        .collect();
    assert_eq!(damaged.len(), 1, "{}", run.stderr);
    assert!(
        damaged[0].starts_with("warning[document-damaged]: content/kopiena/dokumenti/index.lv.md:14:3: The document content/kopiena/dokumenti/bojats.pdf looks damaged"),
        "{}",
        damaged[0]
    );
    let page = "lv/kopiena/dokumenti/index.html";
    let all = details(&site, page);
    let kinds: Vec<&str> = all
        .iter()
        .map(|d| {
            d.trim_start_matches('(')
                .split(',')
                .next()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        kinds[9..],
        [
            "PDF", "PDF", "DOCX", "XLSX", "PPTX", "ODT", "ODS", "CSV", "ZIP", "PDF"
        ]
    );
    // A locked and a broken PDF: type and size, no pages; the link text stays.
    let texts = link_texts(&site, page);
    assert!(texts[9].starts_with("Slēgts (PDF, 1,"), "{}", texts[9]);
    assert!(texts[9].ends_with(" kB)"), "{}", texts[9]);
    assert_eq!(texts[10], "Bojāts (PDF, 81 B)");
    // Sizes in the language's format, with a unit: a decimal comma in Latvian.
    assert!(all[16].starts_with("(CSV, 2,8 kB"), "{}", all[16]);
    // The details are inside the link, after text with markup too.
    assert_eq!(texts[18], "Ar izcēlumu (PDF, 1,2 kB, 2 lappuses)");
    let html = std::fs::read_to_string(site.public().join(page)).unwrap();
    assert!(html.contains(
        "<a href=\"plans-2.pdf#page=2\">Ar <em>izcēlumu</em> <span class=\"file-info\">(PDF, 1,2 kB, 2 lappuses)</span></a>"
    ));
    // Every document is published as it was.
    for name in ["bojats.pdf", "slegts.pdf", "pielikumi.zip", "dati.csv"] {
        assert!(
            site.public()
                .join("lv/kopiena/dokumenti")
                .join(name)
                .is_file()
        );
    }
}

#[test]
fn the_documents_shortcode_lists_a_pages_documents() {
    let site = site();
    site.build(&[]);
    let page = site.page("lv/kopiena/dokumenti/index.html");
    assert_eq!(
        page.attr("main ul.document-list", "aria-label"),
        "Dokumenti"
    );
    let titles = page.texts("main .document-list .document-link");
    assert_eq!(titles.len(), 16);
    // In file name order; a PDF's own title, else a name made from the file name.
    assert_eq!(titles[0], "Bojats (PDF, 81 B)");
    assert_eq!(titles[1], "Dati (CSV, 2,8 kB)");
    assert!(titles.contains(&"Gada pārskats 2025 (PDF, 1,2 MB, 1 lappuse)".to_string()));
    assert!(titles.contains(&"Plans 10 (PDF, 2,0 kB, 10 lappušu)".to_string()));
    assert_eq!(
        page.attrs("main .document-list .document-link", "href")[0],
        "/sub/lv/kopiena/dokumenti/bojats.pdf"
    );
    // The page's own list names no page.
    assert_eq!(page.count("main .document-list .document-page"), 0);
}

#[test]
fn a_document_named_with_spaces_commas_and_latvian_letters_is_linked_escaped() {
    let site = site();
    let bundle = site.root().join("content/faili");
    std::fs::create_dir_all(&bundle).unwrap();
    std::fs::write(bundle.join("Gada pārskats, 2025.pdf"), pdf(2, None, None)).unwrap();
    site.write(
        "content/faili/index.lv.md",
        "---\ntitle: Faili\n---\n- [Pārskats](<Gada pārskats, 2025.pdf>)\n\n{{ documents() }}\n",
    );
    site.build(&[]);
    let page = site.page("lv/faili/index.html");
    let escaped = "Gada%20p%C4%81rskats%2C%202025.pdf";
    assert_eq!(
        page.attrs("main .document-list .document-link", "href"),
        [format!("/sub/lv/faili/{escaped}")]
    );
    // The author's own link, escaped by the markdown renderer; both lead to the file.
    let own = page.attr("main > ul:not(.document-list) a", "href");
    assert_eq!(
        percent_encoding::percent_decode_str(&own)
            .decode_utf8()
            .unwrap(),
        "Gada pārskats, 2025.pdf"
    );
    assert!(
        site.public()
            .join("lv/faili/Gada pārskats, 2025.pdf")
            .is_file()
    );
    assert_eq!(
        page.text("main > ul:not(.document-list) a .file-info"),
        "(PDF, 1,2 kB, 2 lappuses)"
    );
}

#[test]
fn the_documents_shortcode_lists_a_section_with_each_documents_page() {
    let site = site();
    site.build(&[]);
    let page = site.page("lv/par/index.html");
    let links = page.texts("main .document-list .document-link");
    // The dated page first, then the undated ones by address: the section's own
    // document, then its bundle's.
    assert_eq!(links[0], "Sapulces protokols (PDF, 1,3 kB, 2 lappuses)");
    assert_eq!(links[1], "Nolikums (PDF, 1,5 kB, 5 lappuses)");
    assert_eq!(links.len(), 2 + 16);
    let pages = page.texts("main .document-list .document-page");
    assert_eq!(pages[0], "Lapā Sapulce, 2024. gada 10. janvāris");
    assert_eq!(pages[1], "Lapā Kopiena");
    assert_eq!(pages[2], "Lapā Dokumenti");
    assert_eq!(
        page.attrs("main .document-list .document-page a", "href")[0],
        "/sub/lv/kopiena/sapulce/"
    );
    assert_eq!(
        page.attrs("main .document-list .document-page time", "datetime"),
        ["2024-01-10"]
    );
}

#[test]
fn a_document_missing_from_the_bundle_is_an_error_in_links_and_the_list_names_none() {
    let site = site();
    site.write(
        "content/kopiena/sapulce/index.lv.md",
        "---\ntitle: Sapulce\ndate: 2024-01-10\n---\nProtokols: [protokols.pdf](protokols.pdf), [darba kārtība](kartiba.docx).\n\n{{ documents() }}\n",
    );
    let run = site.build_fails();
    assert!(
        run.stderr.contains(
            "error[bundle-file-missing]: content/kopiena/sapulce/index.lv.md:5:44: There is no file \"kartiba.docx\" next to this page."
        ),
        "{}",
        run.stderr
    );
}
