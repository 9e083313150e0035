//! Writes a small bilingual (lv, en) site folder, ready for `lapa build`, whose pages use
//! photos and documents as staff upload them (issue 14): a news page bundle with three
//! 4000×3000 phone photos (the second stored turned, EXIF orientation 6; all with camera EXIF,
//! a GPS position and XMP), a lead image, a PNG with transparency, a clean SVG and documents
//! linked from the text; and a documents page. The browser check
//! (`tests/browser/check-media.mjs`) and the bytes figure (`scripts/media-bytes.mjs`) build it.
//!
//!   cargo run --release --example media_site -- DIR [--photo-width 4000] [--repo REPO]
//!
//! DIR gets `content/` (written here) and `themes/`, `locales/` (copied from this
//! repository, the default theme; or from REPO, e.g. another branch's worktree). An existing `DIR/content` is replaced. `--photo-width`
//! makes smaller photos (4:3) for quick runs. The pages:
//!   lv/jaunumi/atverto-durvju-diena/   en/news/open-day/      the photos, images, documents
//!   lv/dokumenti/                      en/documents/          documents (and the
//!                                                              `documents()` list when the
//!                                                              theme has that shortcode)

#[path = "../tests/fixtures_gen/photos.rs"]
mod photos;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The news bundle, below `content/`.
const NEWS: &str = "jaunumi/atverto-durvju-diena";
/// The documents page's bundle, below `content/`.
const DOCS: &str = "dokumenti";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut photo_width = 4000u32;
    let mut repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--photo-width" => match args.next().and_then(|w| w.parse().ok()) {
                Some(w) if (64..=8000).contains(&w) => photo_width = w,
                _ => return usage("--photo-width needs a number of pixels, 64..=8000"),
            },
            "--repo" => match args.next() {
                Some(r) => repo = PathBuf::from(r),
                None => return usage("--repo needs a folder with themes/ and locales/"),
            },
            "-h" | "--help" => {
                println!("usage: media_site DIR [--photo-width 4000] [--repo REPO]");
                return ExitCode::SUCCESS;
            }
            _ if dir.is_none() && !arg.starts_with('-') => dir = Some(PathBuf::from(arg)),
            _ => return usage(&format!("unexpected argument {arg}")),
        }
    }
    let Some(dir) = dir else {
        return usage("give the folder to write the site into");
    };
    match write_site(&dir, &repo, photo_width) {
        Ok(()) => {
            println!("media_site: wrote {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("media_site: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("media_site: {problem}\nusage: media_site DIR [--photo-width 4000] [--repo REPO]");
    ExitCode::from(2)
}

fn write_site(dir: &Path, repo: &Path, photo_width: u32) -> std::io::Result<()> {
    let content = dir.join("content");
    if content.exists() {
        std::fs::remove_dir_all(&content)?;
    }
    for folder in ["themes", "locales"] {
        let to = dir.join(folder);
        if to.exists() {
            std::fs::remove_dir_all(&to)?;
        }
        copy_tree(&repo.join(folder), &to)?;
    }
    let has_documents_shortcode = repo
        .join("themes/default/shortcodes/documents.html")
        .is_file();

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut text = |path: &str, body: &str| files.push((path.to_string(), body.as_bytes().into()));
    text("site.yaml", SITE_YAML);
    text("_index.lv.md", HOME_LV);
    text("_index.en.md", HOME_EN);
    text("kontakti.lv.md", CONTACTS_LV);
    text("kontakti.en.md", CONTACTS_EN);
    text("jaunumi/_index.lv.md", NEWS_SECTION_LV);
    text("jaunumi/_index.en.md", NEWS_SECTION_EN);
    text("pasakumi/_index.lv.md", EVENTS_LV);
    text("pasakumi/_index.en.md", EVENTS_EN);
    text(&format!("{NEWS}/index.lv.md"), NEWS_LV);
    text(&format!("{NEWS}/index.en.md"), NEWS_EN);
    text(&format!("{NEWS}/karte.svg"), MAP_SVG);
    text(&format!("{NEWS}/apmekletaji.csv"), VISITORS_CSV);
    let list = |lang: &str| -> String {
        if !has_documents_shortcode {
            return String::new();
        }
        let (own, news) = if lang == "lv" {
            ("Visi šīs lapas dokumenti", "Jaunumu dokumenti")
        } else {
            ("All documents of this page", "Documents in the news")
        };
        format!(
            "\n## {own}\n\n{{{{ documents() }}}}\n\n## {news}\n\n{{{{ documents(from=\"@/jaunumi/_index.md\") }}}}\n"
        )
    };
    text(
        &format!("{DOCS}/index.lv.md"),
        &format!("{DOCS_LV}{}", list("lv")),
    );
    text(
        &format!("{DOCS}/index.en.md"),
        &format!("{DOCS_EN}{}", list("en")),
    );
    text(&format!("{DOCS}/budzets-2026.csv"), BUDGET_CSV);

    files.push((
        format!("{NEWS}/atbalsta-plans.pdf"),
        pdf(
            Some("Dienas centra atbalsta plāns 2026"),
            12,
            "Atbalsta plans",
        ),
    ));
    files.push((
        format!("{DOCS}/gada-parskats.pdf"),
        pdf(Some("Projekta gada pārskats 2025"), 1, "Gada parskats"),
    ));
    files.push((
        format!("{DOCS}/skenets-ligums.pdf"),
        pdf(None, 3, "Skenets ligums"),
    ));
    files.push((format!("{NEWS}/shema.png"), photos::png_alpha(1200, 800)));

    // the photos, made in parallel: (file, upright width, height, orientation)
    let h = photo_width * 3 / 4;
    let shots = [
        ("vaks.jpg", photo_width * 3 / 5, photo_width * 2 / 5, 1u16),
        ("ierasanas.jpg", photo_width, h, 1),
        ("darbnica.jpg", photo_width, h, 6),
        ("pagalms.jpg", photo_width, h, 1),
    ];
    let made: Vec<(String, Vec<u8>)> = std::thread::scope(|s| {
        let handles: Vec<_> = shots
            .iter()
            .map(|&(name, w, h, o)| {
                s.spawn(move || (format!("{NEWS}/{name}"), photos::phone_jpeg(w, h, o)))
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    if made.len() != shots.len() {
        return Err(std::io::Error::other("a photo thread failed"));
    }
    files.extend(made);

    for (rel, bytes) in files {
        let path = content.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// A small but valid PDF: `pages` A4 pages of text, a cross-reference table, and an Info
/// dictionary with `title` (UTF-16 with a byte-order mark, so Latvian letters survive) when
/// given. Each page carries some 4 KB of text so the file size is not trivial.
fn pdf(title: Option<&str>, pages: u32, heading: &str) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    // 1 catalog, 2 pages, 3 font, then page + content pairs, then info
    let page_ids: Vec<u32> = (0..pages).map(|i| 4 + 2 * i).collect();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {pages} >>",
        page_ids
            .iter()
            .map(|id| format!("{id} 0 R"))
            .collect::<Vec<_>>()
            .join(" ")
    ));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into());
    for (i, id) in page_ids.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            id + 1
        ));
        let mut stream = format!("BT /F1 18 Tf 56 780 Td ({heading}, {}) Tj ET\n", i + 1);
        for line in 0..60u32 {
            stream.push_str(&format!(
                "BT /F1 9 Tf 56 {} Td (Rinda {line}: pakalpojumi sabiedriba, atbalsts dzivei majas, {i}-{line}) Tj ET\n",
                750 - line * 11
            ));
        }
        objects.push(format!(
            "<< /Length {} >>\nstream\n{stream}endstream",
            stream.len()
        ));
    }
    let info_id = 4 + 2 * pages;
    let mut info = String::from("<< /Producer (lapa media_site example)");
    if let Some(title) = title {
        let hex: String = std::iter::once(0xFEFFu16)
            .chain(title.encode_utf16())
            .map(|u| format!("{u:04X}"))
            .collect();
        info.push_str(&format!(" /Title <{hex}>"));
    }
    info.push_str(" >>");
    objects.push(info);

    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref_at = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for at in offsets {
        out.extend_from_slice(format!("{at:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref_at}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

const SITE_YAML: &str = r#"# The media example site (examples/media_site.rs): photos and documents as staff upload them.
base_url: "https://www.example.org/di/"
default_language: lv
languages:
  - code: lv
    name: Latviešu
  - code: en
    name: English
theme: default
title:
  lv: "Dienas centrs Rēzeknē"
  en: "Day centre in Rēzekne"
description:
  lv: "Ziņas un dokumenti par dienas centru Rēzeknē."
  en: "News and documents about the day centre in Rēzekne."
menus:
  main:
    - link: "@/jaunumi/_index.md"
      title: {lv: "Jaunumi", en: "News"}
    - link: "@/dokumenti/index.md"
      title: {lv: "Dokumenti", en: "Documents"}
    - link: "@/kontakti.md"
      title: {lv: "Kontakti", en: "Contacts"}
"#;

const HOME_LV: &str = "---
title: Dienas centrs Rēzeknē
---

Dienas centrā pieaugušie ar garīga rakstura traucējumiem var pavadīt dienu kopā ar citiem, \
apgūt jaunas prasmes un saņemt atbalstu.
";

const HOME_EN: &str = "---
title: Day centre in Rēzekne
---

At the day centre adults with mental disabilities can spend the day with others, learn new \
skills and get support.
";

const CONTACTS_LV: &str = "---
title: Kontakti
---

Dienas centrs, Atbrīvošanas aleja 1, Rēzekne. Tālrunis [+371 64 600 000](tel:+37164600000).
";

const CONTACTS_EN: &str = "---
title: Contacts
slug: contacts
---

Day centre, Atbrīvošanas aleja 1, Rēzekne. Phone [+371 64 600 000](tel:+37164600000).
";

const NEWS_SECTION_LV: &str = "---
title: Jaunumi
kind: news
---

Ziņas par dienas centru.
";

const NEWS_SECTION_EN: &str = "---
title: News
slug: news
kind: news
---

News about the day centre.
";

const EVENTS_LV: &str = "---
title: Pasākumi
kind: events
---
";

const EVENTS_EN: &str = "---
title: Events
slug: events
kind: events
---
";

const NEWS_LV: &str = "---
title: Atvērto durvju diena dienas centrā
date: 2026-09-14
tags: [Rēzekne, dienas centrs]
image: vaks.jpg
image_alt: Dienas centra ēka Rēzeknē rudens rītā
summary: Septembrī dienas centrs Rēzeknē aicināja ciemos kaimiņus, ģimenes un pašvaldības darbiniekus.
---

Septembrī dienas centrs Rēzeknē aicināja ciemos kaimiņus, ģimenes un pašvaldības darbiniekus. \
Apmeklētāji iepazinās ar telpām, darbnīcām un cilvēkiem, kas šeit pavada savas dienas.

Dienas centrs darbojas otro gadu. To apmeklē 24 pieaugušie ar garīga rakstura traucējumiem, \
kuri agrāk dzīvoja valsts sociālās aprūpes centrā vai pavadīja dienas mājās vieni.

![Apmeklētāji ierodas pie dienas centra ieejas](ierasanas.jpg \"Pirmie viesi ierodas desmitos no rīta\")

Pirmie viesi ieradās jau desmitos no rīta. Dienas centra darbinieki un apmeklētāji paši \
vadīja ekskursijas: parādīja virtuvi, atpūtas istabu un dārzu, ko pavasarī iekopa kopā.

Daudzi kaimiņi dienas centrā bija pirmo reizi. „Es nezināju, ka te tik daudz notiek,“ \
teica kāda kundze no blakus mājas.

## Darbnīcas

Keramikas darbnīcā apmeklētāji rādīja, kā top krūzes un bļodas. Katrs viesis varēja \
izmēģināt podnieka ripu.

![Keramikas darbnīcā uz galda žūst krūzes un bļodas](darbnica.jpg)

Audēju darbnīcā top celiņi, kurus dienas centrs pārdod tirdziņos. Ienākumi paliek \
darbnīcai: par tiem pērk dziju un krāsas.

Pēcpusdienā dārzā notika kopīgas pusdienas. Zupu vārīja apmeklētāji kopā ar darbiniekiem.

![Dārzā pie gariem galdiem pusdieno viesi un apmeklētāji](pagalms.jpg)

## Kā mūs atrast

Dienas centrs atrodas 10 minūšu gājienā no stacijas.

![Shēma: ceļš no stacijas līdz dienas centram](shema.png)

![Rēzeknes karte ar dienas centra vietu](karte.svg)

## Dokumenti

- [Dienas centra atbalsta plāns](atbalsta-plans.pdf)
- [Apmeklētāju skaits pa mēnešiem](apmekletaji.csv)
";

const NEWS_EN: &str = "---
title: Open day at the day centre
slug: open-day
date: 2026-09-14
tags: [Rēzekne, day centre]
image: vaks.jpg
image_alt: The day centre building in Rēzekne on an autumn morning
summary: In September the day centre in Rēzekne invited neighbours, families and municipal staff.
---

In September the day centre in Rēzekne invited neighbours, families and municipal staff. \
Visitors saw the rooms, the workshops and the people who spend their days here.

The day centre opened two years ago. 24 adults with mental disabilities come here; before, \
they lived in a state social care centre or spent their days at home alone.

![Visitors arriving at the day centre's entrance](ierasanas.jpg \"The first guests arrive at ten in the morning\")

The first guests came at ten in the morning. Staff and visitors led the tours themselves: \
the kitchen, the common room and the garden they planted together in spring.

Many neighbours came to the day centre for the first time. “I had no idea so much goes on \
here,” said a woman from next door.

## Workshops

In the pottery workshop visitors showed how mugs and bowls are made. Every guest could try \
the potter's wheel.

![Mugs and bowls drying on a table in the pottery workshop](darbnica.jpg)

The weaving workshop makes rugs that the day centre sells at fairs. The money stays with the \
workshop: it buys yarn and dyes.

In the afternoon everyone had lunch in the garden. Visitors cooked the soup with the staff.

![Guests and visitors having lunch at long tables in the garden](pagalms.jpg)

## How to find us

The day centre is a 10 minute walk from the station.

![Diagram: the way from the station to the day centre](shema.png)

![A map of Rēzekne with the day centre marked](karte.svg)

## Documents

- [The day centre's support plan](atbalsta-plans.pdf)
- [Visitors by month](apmekletaji.csv)
";

const DOCS_LV: &str = "---
title: Dokumenti
---

Dienas centra plāni un pārskati.

- [Projekta gada pārskats 2025](gada-parskats.pdf)
- [Skenēts sadarbības līgums](skenets-ligums.pdf)
- [Dienas centra budžets 2026](budzets-2026.csv)
";

const DOCS_EN: &str = "---
title: Documents
slug: documents
---

The day centre's plans and reports.

- [Annual report 2025 of the project](gada-parskats.pdf)
- [Scanned cooperation agreement](skenets-ligums.pdf)
- [The day centre's budget for 2026](budzets-2026.csv)
";

const VISITORS_CSV: &str = "mēnesis,apmeklētāji\n2026-01,19\n2026-02,20\n2026-03,21\n2026-04,22\n2026-05,22\n2026-06,23\n2026-07,21\n2026-08,22\n2026-09,24\n";

const BUDGET_CSV: &str =
    "pozīcija,eiro\nalgas,84200\ntelpas,12600\nmateriāli,5400\ntransports,3900\n";

/// A clean SVG (no script): a simple map with the day centre marked.
const MAP_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 240" width="400" height="240" role="img" aria-labelledby="t">
  <title id="t">Rēzekne</title>
  <rect width="400" height="240" fill="#eef3e8"/>
  <path d="M0 170 C80 150 160 200 240 170 S360 140 400 150" stroke="#5b8cc9" stroke-width="14" fill="none"/>
  <path d="M40 0 L120 240 M0 60 L400 90" stroke="#b9b2a4" stroke-width="8"/>
  <rect x="60" y="30" width="40" height="24" fill="#7a6f5d"/>
  <circle cx="250" cy="95" r="12" fill="#c62828"/>
  <text x="268" y="100" font-family="sans-serif" font-size="16" fill="#222">Dienas centrs</text>
</svg>
"##;
