//! What is read and what gets published: clutter and unbuilt sources never reach the
//! output, stray files are reported, bundle files and files pages use are published;
//! dotted file names, unknown front-matter fields, values cut at ` #`, link schemes and
//! decomposed letters.

use crate::bad_input::{assert_reports, fails_cleanly_in};
use crate::support::Site;

/// The output's file names, relative to `public/`.
fn outputs(site: &Site) -> Vec<String> {
    site.tree().into_iter().map(|(path, _)| path).collect()
}

fn has_output(site: &Site, path: &str) -> bool {
    outputs(site).iter().any(|p| p == path)
}

#[test]
fn clutter_sources_and_stray_notes_are_never_published() {
    let site = Site::fixture("basic");
    let clutter = [
        "content/Thumbs.db",
        "content/desktop.ini",
        "content/kopiena/.DS_Store",
        "content/kopiena/galerija/Thumbs.db",
        "content/kopiena/galerija/~$plans.docx",
        "content/kopiena/galerija/foto.svg.bak",
        "content/kopiena/galerija/foto.svg~",
        "content/kopiena/galerija/.index.lv.md.swp",
        "content/kopiena/galerija/eksports.tmp",
        "content/kopiena/galerija/.~lock.plans.docx#",
        "content/.git/config",
    ];
    for file in clutter {
        site.write(file, "x");
    }
    site.write("content/kopiena/galerija/plans.pdf", "%PDF-1.4");
    site.write("content/kopiena/galerija/pielikumi/tabula.csv", "a,b\n");
    site.write("content/kopiena/piezimes.txt", "Jāpiezvana Ilonai.\n");
    std::fs::write(
        site.root().join("content/jaunumi/vecs-foto.jpg"),
        [0xff, 0xd8, 0xff, 0xe0, 0x00],
    )
    .unwrap();
    site.write("content/jaunumi/ideja.lv.MD", "---\ntitle: Ideja\n---\nx\n");
    site.write(
        "content/jaunumi/cits.Markdown",
        "---\ntitle: Cits\n---\nx\n",
    );
    site.write("content/data/piezimes.md", "---\ntitle: Piezīmes\n---\nx\n");
    site.write("content/data/Kontakti.YAML", "contacts: []\n");
    site.write("content/jaunumi/dati.yaml", "a: 1\n");
    let run = site.build(&[]);

    let files = outputs(&site);
    for name in [
        "Thumbs.db",
        "desktop.ini",
        ".DS_Store",
        "~$plans.docx",
        ".bak",
        "~",
        ".swp",
        ".tmp",
        ".~lock",
        "config",
        "piezimes",
        "ideja",
        "cits",
        ".MD",
        ".Markdown",
        ".YAML",
        ".yaml",
        "dati",
    ] {
        let leaked: Vec<_> = files.iter().filter(|f| f.contains(name)).collect();
        assert!(leaked.is_empty(), "{name} leaked: {leaked:?}");
    }
    assert!(has_output(&site, "lv/kopiena/galerija/plans.pdf"));
    assert!(has_output(
        &site,
        "lv/kopiena/galerija/pielikumi/tabula.csv"
    ));
    assert!(has_output(&site, "lv/kopiena/galerija/foto.svg"));

    // Clutter is skipped silently; the rest is named.
    for file in clutter {
        assert!(
            !run.stderr.contains(file),
            "{file} reported:\n{}",
            run.stderr
        );
    }
    for header in [
        "warning[asset-without-page]: content/kopiena/piezimes.txt:1:1:",
        "warning[asset-without-page]: content/jaunumi/vecs-foto.jpg:1:1:",
        "warning[markdown-name-not-built]: content/jaunumi/ideja.lv.MD:1:1:",
        "warning[markdown-name-not-built]: content/jaunumi/cits.Markdown:1:1:",
        "warning[markdown-in-data-folder]: content/data/piezimes.md:1:1:",
        "warning[data-file-name-not-read]: content/data/Kontakti.YAML:1:1:",
        "warning[yaml-outside-data-folder]: content/jaunumi/dati.yaml:1:1:",
    ] {
        assert_reports(&run.stderr, header);
    }
    assert_reports(&run.stderr, "Rename it to ideja.lv.md.");
    assert_reports(&run.stderr, "Rename it to Kontakti.yaml.");
}

#[test]
fn files_pages_use_are_published_where_their_links_lead() {
    let site = Site::fixture("basic");
    site.write(
        "content/kopiena/_index.lv.md",
        "---\ntitle: Kopiena\n---\n[Plāns](plans.pdf) un <img src=\"karte.svg\" alt=\"Karte\">\n",
    );
    let pdf = crate::documents::fixtures::pdf(1, None, None);
    std::fs::write(site.root().join("content/kopiena/plans.pdf"), &pdf).unwrap();
    site.write("content/kopiena/karte.svg", "<svg/>");
    site.write(
        "content/jaunumi/atskaite.lv.md",
        "---\ntitle: Atskaite\ndate: 2023-03-01\n---\nSkatīt [atskaiti](../Atskaite%202023.pdf).\n",
    );
    std::fs::write(site.root().join("content/jaunumi/Atskaite 2023.pdf"), &pdf).unwrap();
    // A draft bundle's files wait with it, without a warning.
    site.write(
        "content/jaunumi/gaidams/index.lv.md",
        "---\ntitle: Gaidāms\ndate: 2023-04-01\ndraft: true\n---\nx\n",
    );
    // A real photo: lapa processes the images it publishes.
    std::fs::write(
        site.root().join("content/jaunumi/gaidams/foto.jpg"),
        crate::photos::phone_jpeg(40, 30, 1),
    )
    .unwrap();
    let run = site.build(&[]);
    assert!(has_output(&site, "lv/kopiena/plans.pdf"));
    assert!(has_output(&site, "lv/kopiena/karte.svg"));
    assert!(has_output(&site, "lv/jaunumi/Atskaite 2023.pdf"));
    // The English section does not link to them: they are not copied there.
    assert!(!has_output(&site, "en/community/plans.pdf"));
    assert!(!outputs(&site).iter().any(|f| f.contains("gaidams")));
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);

    site.build(&["--drafts"]);
    assert!(has_output(&site, "lv/jaunumi/gaidams/foto.jpg"));
}

#[test]
fn dots_in_file_and_folder_names_are_not_languages() {
    let site = Site::fixture("basic");
    site.write(
        "content/protokols-v1.2.md",
        "---\ntitle: Protokols 1.2\n---\nx\n",
    );
    site.write(
        "content/kopiena/sanaksme-v2.1.lv.md",
        "---\ntitle: Sanāksme 2.1\n---\nx\n",
    );
    site.write(
        "content/kopiena/sanaksme-v2.1.en.md",
        "---\ntitle: Meeting 2.1\n---\nx\n",
    );
    site.write(
        "content/kopiena/v1.2/index.lv.md",
        "---\ntitle: Versija\n---\n![Foto](foto.svg)\n",
    );
    site.write("content/kopiena/v1.2/foto.svg", "<svg/>");
    site.write(
        "content/kopiena/plans.2024.gads.lv.md",
        "---\ntitle: Plāns 2024. gadam\n---\nx\n",
    );
    site.write(
        "content/kopiena/plans.2024.gads.lv.easy.md",
        "---\ntitle: Plāns\n---\nx\n",
    );
    let run = site.build(&[]);
    assert!(
        !run.stderr.contains("unknown-language-suffix"),
        "{}",
        run.stderr
    );
    assert!(has_output(&site, "lv/protokols-v1-2/index.html"));
    assert!(has_output(&site, "lv/kopiena/sanaksme-v2-1/index.html"));
    assert!(has_output(&site, "en/community/sanaksme-v2-1/index.html"));
    assert!(has_output(&site, "lv/kopiena/v1-2/foto.svg"));
    // The two language versions are one page's translations.
    let page = site.page("lv/kopiena/sanaksme-v2-1/index.html");
    assert!(
        page.attrs("link[rel=alternate][hreflang=en]", "href")
            .iter()
            .any(|h| h.ends_with("/en/community/sanaksme-v2-1/")),
        "no English alternate"
    );
    // `.easy` before `.lv` after dotted names: the page's easy-to-read version.
    assert!(has_output(&site, "lv/kopiena/plans-2024-gads/index.html"));
    assert!(has_output(
        &site,
        "lv/viegla-valoda/kopiena/plans-2024-gads/index.html"
    ));

    // A suffix written like a language code is still checked.
    let stderr = fails_cleanly_in("basic", |s| {
        s.write("content/kopiena/plans.de.md", "---\ntitle: Plan\n---\nx\n")
    });
    assert_reports(
        &stderr,
        "error[unknown-language-suffix]: content/kopiena/plans.de.md",
    );
}

#[test]
fn unknown_front_matter_fields_name_the_nearest_known_one() {
    let site = Site::fixture("basic");
    site.write(
        "content/kopiena/zina.lv.md",
        "---\ntitle: Ziņa\nsumary: Īsi\ntitel: X\nautors: Ilona\nkind: news\nextra:\n  fotografs: Jānis\n---\nx\n",
    );
    site.write(
        "content/kopiena/_index.lv.md",
        "---\ntitle: Kopiena\npaginate: 5\nkind: pages\n---\n",
    );
    let run = site.build(&[]);
    assert_reports(
        &run.stderr,
        "warning[front-matter-unknown-field-near]: content/kopiena/zina.lv.md:3:1: lapa does not know the field \"sumary\": did you mean \"summary\"?",
    );
    assert_reports(
        &run.stderr,
        "warning[front-matter-unknown-field-near]: content/kopiena/zina.lv.md:4:1: lapa does not know the field \"titel\": did you mean \"title\"?",
    );
    assert_reports(
        &run.stderr,
        "warning[front-matter-unknown-field]: content/kopiena/zina.lv.md:5:1: lapa does not know the field \"autors\".\n",
    );
    assert_reports(
        &run.stderr,
        "warning[front-matter-section-field]: content/kopiena/zina.lv.md:6:1:",
    );
    assert!(!run.stderr.contains("fotografs"), "{}", run.stderr);
    assert!(!run.stderr.contains("_index.lv.md"), "{}", run.stderr);
}

#[test]
fn values_cut_at_a_hash_are_reported_where_the_comment_starts() {
    let site = Site::fixture("basic");
    site.write(
        "content/kopiena/rezultati.lv.md",
        "---\ntitle: Projekts #1 rezultāti\ntags: [\"Ludza #1\"]\n---\nx\n",
    );
    let project = std::fs::read_to_string(site.root().join("content/data/project.yaml")).unwrap();
    site.write(
        "content/data/project.yaml",
        &project.replace("  lv: Projekts\n", "  lv: Ūdens projekts #2\n"),
    );
    let settings = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &settings.replace("  lv: Testa vietne\n", "  lv: Testa vietne #2\n"),
    );
    let run = site.build(&[]);
    assert_reports(
        &run.stderr,
        "warning[yaml-value-cut-at-comment]: content/site.yaml:10:20:",
    );
    assert_reports(
        &run.stderr,
        "warning[yaml-value-cut-at-comment]: content/kopiena/rezultati.lv.md:2:17: The value stops before \"#1 rezultāti\"",
    );
    assert_reports(
        &run.stderr,
        "warning[yaml-value-cut-at-comment]: content/data/project.yaml:2:22:",
    );
    assert_eq!(
        run.stderr.matches("yaml-value-cut-at-comment").count(),
        3,
        "{}",
        run.stderr
    );
    assert_eq!(
        site.page("lv/kopiena/rezultati/index.html").text("h1"),
        "Projekts"
    );
}

#[test]
fn link_values_with_other_schemes_are_errors() {
    let stderr = fails_cleanly_in("data", |s| {
        let path = s.root().join("content/data/municipalities.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replacen("name:", "website: \" JaVaScRiPt:alert(1)\"\n    name:", 1);
        s.write("content/data/municipalities.yaml", &text);
        s.write(
            "content/kopiena/sanaksme.lv.md",
            "---\ntitle: Sanāksme\nregistration: \"data:text/html,<script>x</script>\"\nimage: vbscript:x\nimage_alt: X\nextra:\n  website: \"FILE:///etc/passwd\"\n---\nx\n",
        );
    });
    assert_reports(
        &stderr,
        "error[link-scheme-not-allowed]: content/kopiena/sanaksme.lv.md:3:1: registration: \"data:text/html,<script>x</script>\" is not an address lapa links to (data:).",
    );
    assert_reports(
        &stderr,
        "error[link-scheme-not-allowed]: content/kopiena/sanaksme.lv.md:4:1: image:",
    );
    assert_reports(
        &stderr,
        "error[link-scheme-not-allowed]: content/kopiena/sanaksme.lv.md:7:3: extra.website: \"FILE:///etc/passwd\" is not an address lapa links to (file:).",
    );
    assert!(
        stderr.contains("error[link-scheme-not-allowed]: content/data/municipalities.yaml:")
            && stderr.contains(
                ".website: \" JaVaScRiPt:alert(1)\" is not an address lapa links to (javascript:)."
            ),
        "{stderr}"
    );
}

#[test]
fn decomposed_letters_read_like_composed_ones() {
    let site = Site::fixture("basic");
    // "Sadarbība" typed with a + combining macron (U+0304).
    let decomposed = "Sadarbi\u{304}ba";
    site.write(
        "content/kopiena/a.lv.md",
        &format!("---\ntitle: {decomposed}\ntags: [{decomposed}]\n---\nx\n"),
    );
    site.write(
        "content/kopiena/b.lv.md",
        "---\ntitle: Cita\ntags: [Sadarbība]\n---\nx\n",
    );
    let run = site.build(&[]);
    assert!(
        !run.stderr.contains("tag-spellings-merged"),
        "{}",
        run.stderr
    );
    assert_eq!(site.page("lv/kopiena/a/index.html").text("h1"), "Sadarbība");
    let tag_pages: Vec<_> = outputs(&site)
        .into_iter()
        .filter(|f| f.starts_with("lv/birkas/sadarb"))
        .collect();
    assert_eq!(tag_pages, ["lv/birkas/sadarbiba/index.html"]);
    let tag_page = site.page("lv/birkas/sadarbiba/index.html");
    assert_eq!(tag_page.text("h1"), "Sadarbība");

    // A problem after a decomposed letter is placed where an editor shows it.
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "content/kopiena/c.lv.md",
            &format!("---\ntitle: C\n---\n{decomposed} [šo](@/nav/tada.md).\n"),
        )
    });
    assert_reports(
        &stderr,
        "error[link-target-missing]: content/kopiena/c.lv.md:4:11:",
    );
}
