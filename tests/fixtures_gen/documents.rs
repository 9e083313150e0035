//! Documents as staff upload them, made from nothing but std, for the tests (included
//! with `#[path]`): PDFs with and without a title (in the Info dictionary as
//! PDFDocEncoding or UTF-16BE, or only in XMP), with n pages, password-locked and
//! broken; office files as the zip containers they are (DOCX, XLSX, PPTX, ODT, ODS);
//! CSV; ZIP.
#![allow(dead_code, unreachable_pub)]

/// A PDF of `pages` blank A4 pages; `info_title` is the Info dictionary's `Title` as the
/// string's bytes (see `pdfdoc` and `utf16`), `xmp_title` a title in an XMP packet.
pub fn pdf(pages: u32, info_title: Option<&[u8]>, xmp_title: Option<&str>) -> Vec<u8> {
    pdf_with(pages, info_title, xmp_title, false, 0)
}

/// A PDF locked by a user password lapa does not have: its objects cannot be read.
pub fn pdf_locked(pages: u32) -> Vec<u8> {
    pdf_with(pages, Some(b"Locked title"), None, true, 0)
}

/// A file that starts like a PDF and is none.
pub fn pdf_broken() -> Vec<u8> {
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthe rest was never uploaded"
        .to_vec()
}

/// A text string in PDFDocEncoding (Latin-1 for most letters; `–`, `—`, `€` at their
/// own codes); characters it lacks become `?`.
pub fn pdfdoc(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '–' => 0x85,
            '—' => 0x84,
            '€' => 0xA0,
            c if (c as u32) < 0x7F
                || ((c as u32) >= 0xA1 && (c as u32) <= 0xFF && c != '\u{AD}') =>
            {
                c as u32 as u8
            }
            _ => b'?',
        })
        .collect()
}

/// A text string in UTF-16BE with its byte-order mark.
pub fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn pdf_with(
    pages: u32,
    info_title: Option<&[u8]>,
    xmp_title: Option<&str>,
    locked: bool,
    padding: usize,
) -> Vec<u8> {
    // 1 catalog, 2 page tree, 3 info, 4 XMP, 5 encryption, 6… pages.
    let first_page = 6;
    let kids: Vec<String> = (0..pages)
        .map(|i| format!("{} 0 R", first_page + i))
        .collect();
    let metadata = if xmp_title.is_some() {
        " /Metadata 4 0 R"
    } else {
        ""
    };
    let mut objects: Vec<Vec<u8>> = vec![
        format!("<< /Type /Catalog /Pages 2 0 R{metadata} >>").into_bytes(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        )
        .into_bytes(),
    ];
    let title = info_title
        .map(|t| format!(" /Title <{}>", hex(t)))
        .unwrap_or_default();
    objects.push(format!("<< /Producer (lapa tests){title} >>").into_bytes());
    let packet = format!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n\
         <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n\
         </rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>",
        xmp_title
            .unwrap_or("")
            .replace('&', "&amp;")
            .replace('<', "&lt;")
    );
    let mut stream = format!(
        "<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n",
        packet.len()
    )
    .into_bytes();
    stream.extend_from_slice(packet.as_bytes());
    stream.extend_from_slice(b"\nendstream");
    objects.push(stream);
    // RC4 40-bit standard security with made-up hashes: no password opens it.
    objects.push(
        format!(
            "<< /Filter /Standard /V 1 /R 2 /O <{}> /U <{}> /P -44 >>",
            hex(&[0x5A; 32]),
            hex(&[0xA5; 32])
        )
        .into_bytes(),
    );
    for _ in 0..pages {
        objects.push(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_vec());
    }
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    // Filler: whole comment lines of up to 64 bytes.
    let mut left = padding;
    while left > 0 {
        let line = left.min(64);
        if line >= 2 {
            out.push(b'%');
            out.extend(std::iter::repeat_n(b'x', line - 2));
        }
        out.push(b'\n');
        left -= line;
    }
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    let encrypt = if locked {
        format!(" /Encrypt 5 0 R /ID [<{0}> <{0}>]", hex(&[7; 16]))
    } else {
        String::new()
    };
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 3 0 R{encrypt} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A ZIP archive of `files` (name, bytes), stored without compression, in order.
pub fn zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32fast::hash(data);
        let size = data.len() as u32;
        let header = |signature: u32, central_entry: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&signature.to_le_bytes());
            if central_entry {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&0u16.to_le_bytes()); // stored
            h.extend_from_slice(&0u16.to_le_bytes()); // time
            h.extend_from_slice(&0x21u16.to_le_bytes()); // 1980-01-01
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central_entry {
                h.extend_from_slice(&0u16.to_le_bytes()); // comment
                h.extend_from_slice(&0u16.to_le_bytes()); // disk
                h.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                h.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(data);
        central.extend(header(0x0201_4b50, true));
    }
    let start = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="PART"/></Relationships>"#;

fn content_types(part: &str, content_type: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{part}" ContentType="{content_type}"/></Types>"#
    )
}

fn office(part: &str, content_type: &str, body: &str) -> Vec<u8> {
    let types = content_types(part, content_type);
    let rels = RELS.replace("PART", part);
    zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        (part, body.as_bytes()),
    ])
}

/// A Word document with one paragraph.
pub fn docx(text: &str) -> Vec<u8> {
    office(
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"#
        ),
    )
}

/// An Excel workbook part.
pub fn xlsx() -> Vec<u8> {
    office(
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"#,
    )
}

/// A PowerPoint presentation part.
pub fn pptx() -> Vec<u8> {
    office(
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>"#,
    )
}

fn open_document(mimetype: &str) -> Vec<u8> {
    let manifest = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
    );
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"><office:body/></office:document-content>"#;
    // The mimetype comes first, stored, as OpenDocument requires.
    zip(&[
        ("mimetype", mimetype.as_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

/// An OpenDocument text.
pub fn odt() -> Vec<u8> {
    open_document("application/vnd.oasis.opendocument.text")
}

/// An OpenDocument spreadsheet.
pub fn ods() -> Vec<u8> {
    open_document("application/vnd.oasis.opendocument.spreadsheet")
}

/// A CSV table of `rows` rows.
pub fn csv(rows: usize) -> Vec<u8> {
    let mut out = String::from("mēnesis,apmeklētāji\n");
    for i in 0..rows {
        out.push_str(&format!("{},{}\n", i % 12 + 1, 100 + i * 7));
    }
    out.into_bytes()
}

/// A ZIP archive of a few text files.
pub fn archive() -> Vec<u8> {
    zip(&[
        ("lasimani.txt", "Pielikumi.\n".as_bytes()),
        ("dati/tabula.csv", &csv(3)),
    ])
}

/// A one-page PDF of exactly `bytes` bytes (a scanned document's weight): comment lines
/// after the header fill it.
pub fn pdf_of_size(info_title: Option<&[u8]>, bytes: usize) -> Vec<u8> {
    // The `startxref` figure grows with the padding: settle it in a few rounds.
    let mut padding = 0;
    let mut out = pdf_with(1, info_title, None, false, padding);
    for _ in 0..4 {
        if out.len() >= bytes {
            break;
        }
        padding += bytes - out.len();
        out = pdf_with(1, info_title, None, false, padding);
    }
    while out.len() > bytes && padding > 0 {
        padding -= 1;
        out = pdf_with(1, info_title, None, false, padding);
    }
    out
}
