//! Text as visitors get it in every output (issue 8): the language's quotes in titles,
//! alt texts, breadcrumbs, lists, feeds, JSON-LD and calendars; the bilingual footer of
//! the 404 and root pages; vCards and the contacts page's JSON-LD; per-language slugs
//! of data pages; the indicators CSV; DTSTAMP; the event-times and future-news checks.

use crate::support::Site;

/// The bundled site with a news section holding a page whose texts use keyboard quotes
/// (and one typed with real quotes), a section with such a title, and an event.
fn quoted_site() -> Site {
    let site = Site::bundled();
    site.write(
        "content/jaunumi/centrs/index.lv.md",
        "---\ntitle: Centrs \"Latgale\" un 'mazais' ‘x’\ndate: 2023-06-01\nsummary: Par \"Latgale\" filiālēm.\nimage: foto.png\nimage_alt: Ēka \"Latgale\"\n---\nTeksts par \"Latgale\". ![Durvis \"Latgale\"](foto.png)\n",
    );
    site.write(
        "content/jaunumi/centrs/index.en.md",
        "---\ntitle: The \"Latgale\" centre's news\ndate: 2023-06-01\nsummary: About \"Latgale\" branches.\nimage: foto.png\nimage_alt: The \"Latgale\" building\n---\nText about \"Latgale\".\n",
    );
    site.write(
        "content/jaunumi/tipografija.lv.md",
        "---\ntitle: „Latgale“ un “Latgale” un «Latgale»\ndate: 2023-05-01\n---\nTeksts „Latgale“ un «Latgale».\n",
    );
    // A small PNG (lapa processes published images: it must be a real one).
    let png = crate::photos::png_alpha(4, 4);
    let path = site.root().join("content/jaunumi/centrs/foto.png");
    std::fs::write(path, &png).unwrap();
    site.write(
        "content/pasakumi/citats.lv.md",
        "---\ntitle: Diena \"Latgale\"\nstart: 2023-09-01T10:00\nsummary: Tikšanās \"Latgale\" centrā.\nlocation:\n  name: Centrs \"Latgale\"\n---\nTeksts.\n",
    );
    site
}

const LV: &str = "Centrs „Latgale“ un ‘mazais’ ‘x’";
const EN: &str = "The “Latgale” centre’s news";

#[test]
fn titles_get_the_language_quotes_in_every_html_place() {
    let site = quoted_site();
    site.build(&[]);
    let lv = site.page("lv/jaunumi/centrs/index.html");
    assert_eq!(lv.text("main h1"), LV);
    assert!(lv.text("title").starts_with(LV), "{}", lv.text("title"));
    assert_eq!(lv.attr("meta[property='og:title']", "content"), LV);
    assert_eq!(lv.text(".breadcrumbs [aria-current=page]"), LV);
    assert_eq!(
        lv.attr("meta[name=description]", "content"),
        "Par „Latgale“ filiālēm."
    );
    assert!(
        lv.attrs("main img", "alt")
            .contains(&"Ēka „Latgale“".to_string()),
        "{:?}",
        lv.attrs("main img", "alt")
    );
    assert!(
        lv.attrs("main img", "alt")
            .contains(&"Durvis „Latgale“".to_string()),
        "{:?}",
        lv.attrs("main img", "alt")
    );
    let ld = lv.text("script[type='application/ld+json']");
    let json: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(json["headline"], LV);
    let en = site.page("en/news/centrs/index.html");
    assert_eq!(en.text("main h1"), EN);
    assert_eq!(en.attr("meta[property='og:title']", "content"), EN);
    // Lists show the same title.
    let list = site.page("lv/jaunumi/index.html");
    assert!(list.texts("main a").contains(&LV.to_string()));
    // Typed quotes stay exactly as typed.
    let typed = site.page("lv/jaunumi/tipografija/index.html");
    assert_eq!(typed.text("main h1"), "„Latgale“ un “Latgale” un «Latgale»");
    assert!(
        typed
            .text("main")
            .contains("Teksts „Latgale“ un «Latgale»."),
        "{}",
        typed.text("main")
    );
}

#[test]
fn feeds_and_calendars_get_the_language_quotes() {
    let site = quoted_site();
    site.build(&[]);
    let atom = std::fs::read_to_string(site.public().join("lv/atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&atom).unwrap();
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("title")))
        .filter_map(|t| t.text())
        .collect();
    assert!(titles.contains(&LV), "{titles:?}");
    let ics = std::fs::read_to_string(site.public().join("lv/kalendars.ics")).unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded
            .lines()
            .any(|l| l == "SUMMARY:Diena „Latgale“\r" || l == "SUMMARY:Diena „Latgale“"),
        "{unfolded}"
    );
    assert!(unfolded.contains("LOCATION:Centrs „Latgale“"), "{unfolded}");
    assert!(
        unfolded.contains("DESCRIPTION:Tikšanās „Latgale“ centrā."),
        "{unfolded}"
    );
}

#[test]
fn the_404_and_root_pages_show_the_footer_facts_in_both_languages() {
    let site = Site::bundled();
    site.build(&[]);
    for file in ["404.html", "index.html"] {
        let page = site.page(file);
        for (lang, number, lead, funding) in [
            (
                "lv",
                "Projekta Nr. 9.2.2.1/15/I/005",
                "Vadošais partneris: Latgales plānošanas reģions",
                "Eiropas Sociālā fonda",
            ),
            (
                "en",
                "Project No. 9.2.2.1/15/I/005",
                "Lead partner: Latgale Planning Region",
                "European Social Fund",
            ),
        ] {
            let footer = page.text(&format!("footer [lang={lang}]"));
            assert!(footer.contains(number), "{file} {lang}: {footer}");
            assert!(footer.contains(lead), "{file} {lang}: {footer}");
            assert!(footer.contains(funding), "{file} {lang}: {footer}");
        }
        assert_eq!(page.count("footer .footer-project-name"), 2, "{file}");
    }
}

/// The lines of a vCard, unfolded.
fn vcard(site: &Site, rel: &str) -> Vec<String> {
    let text = std::fs::read_to_string(site.public().join(rel)).unwrap();
    assert!(text.ends_with("\r\n"));
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_string)
        .collect()
}

#[test]
fn vcards_have_a_structured_name() {
    let site = Site::bundled();
    site.build(&[]);
    let person = vcard(&site, "data/contacts/lv/ilona-meksa.vcf");
    assert!(
        person.contains(&"N:Mekša;Ilona;;;".to_string()),
        "{person:?}"
    );
    assert!(person.contains(&"FN:Ilona Mekša".to_string()));
    let office = vcard(&site, "data/contacts/en/lpr.vcf");
    assert!(
        office.contains(&"N:Latgale Planning Region;;;;".to_string()),
        "{office:?}"
    );
    // N comes right after FN, once.
    assert_eq!(office.iter().filter(|l| l.starts_with("N:")).count(), 1);
}

#[test]
fn the_contacts_json_ld_names_each_contacts_own_organisation() {
    let site = Site::bundled();
    site.build(&[]);
    let page = site.page("lv/kontakti/index.html");
    let ld = page.text("script[type='application/ld+json']");
    let json: serde_json::Value = serde_json::from_str(&ld).unwrap();
    let graph = json["@graph"].as_array().expect("a graph");
    let of = |name: &str| {
        graph
            .iter()
            .find(|o| o["contactPoint"][0]["name"] == name)
            .map(|o| o["name"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(
        of("Ilona Mekša").as_deref(),
        Some("Ludzas novada pašvaldība")
    );
    assert_eq!(
        of("Latgales plānošanas reģions").as_deref(),
        Some("Latgales plānošanas reģions")
    );
    assert!(!ld.contains("Latgales DI"), "not the site title: {ld}");
}

#[test]
fn indicator_pages_have_latvian_addresses_and_stay_paired() {
    let site = Site::bundled();
    site.build(&[]);
    let lv = site.page("lv/rezultati/latgales-di-plans/index.html");
    assert_eq!(
        lv.attr("link[rel=alternate][hreflang=en]", "href"),
        "https://www.example.org/di/en/results/regional-di-plan/"
    );
    assert!(!site.public().join("lv/rezultati/regional-di-plan").exists());
    let en = site.page("en/results/regional-di-plan/index.html");
    assert_eq!(
        en.attr("link[rel=alternate][hreflang=lv]", "href"),
        "https://www.example.org/di/lv/rezultati/latgales-di-plans/"
    );
    // Shortcode cards and the overview link to the Latvian address.
    let overview = site.page("lv/rezultati/index.html");
    assert!(
        overview
            .attrs("main a", "href")
            .contains(&"/di/lv/rezultati/latgales-di-plans/".to_string())
    );
}

#[test]
fn a_plain_data_slug_serves_every_language_and_at_links_still_work() {
    let site = Site::bundled();
    let path = site.root().join("content/data/indicators.yaml");
    let yaml = std::fs::read_to_string(&path)
        .unwrap()
        .replace("    slug: {lv: latgales-di-plans}", "    slug: di-plans");
    std::fs::write(&path, yaml).unwrap();
    site.write(
        "content/saite.lv.md",
        "---\ntitle: Saite\n---\n[Plāns](@/rezultati/regional-di-plan.md)\n",
    );
    site.build(&[]);
    assert!(
        site.public()
            .join("lv/rezultati/di-plans/index.html")
            .exists()
    );
    assert!(
        site.public()
            .join("en/results/di-plans/index.html")
            .exists()
    );
    assert_eq!(
        site.page("lv/saite/index.html")
            .attr("main a[href*=rezultati]", "href"),
        "/di/lv/rezultati/di-plans/"
    );
}

#[test]
fn two_data_pages_on_one_slug_are_a_url_collision() {
    let site = Site::bundled();
    let path = site.root().join("content/data/indicators.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap().replace(
        "    slug: {lv: latgales-di-plans}",
        "    slug: {lv: kopejais-budzets}",
    );
    std::fs::write(&path, yaml).unwrap();
    let run = site.build_fails();
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .position(|l| l == "    slug: {lv: kopejais-budzets}")
        .unwrap()
        + 1;
    // Reported at the second item's slug, whichever of the two comes later.
    let last = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("kopejais-budzets"))
        .map(|(n, _)| n + 1)
        .max()
        .unwrap();
    let header = "error[url-collision]: content/data/indicators.yaml:";
    assert!(run.stderr.contains(header), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("indicators.yaml:{line}:"))
            || run.stderr.contains(&format!("indicators.yaml:{last}:")),
        "{}",
        run.stderr
    );
}

/// The rows of a CSV without quoting inside (enough for the bundled figures' first cells).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    rows
}

#[test]
fn the_indicators_csv_names_units_and_says_when_figures_are_illustrative() {
    let site = Site::bundled();
    site.build(&[]);
    let text = std::fs::read_to_string(site.public().join("data/indicators.csv")).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
    let rows = csv_rows(text);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert!(!header.iter().any(|h| h.starts_with("note")));
    let assessed = rows
        .iter()
        .find(|r| r[col("id")] == "grt-persons-assessed")
        .unwrap();
    assert_eq!(assessed[col("unit_lv")], "personas");
    assert_eq!(assessed[col("unit_en")], "people");
    assert!(!text.contains("unit-"), "no message ids");
    assert!(rows.iter().all(|r| r.len() == header.len()));

    let path = site.root().join("content/data/indicators.yaml");
    let yaml = std::fs::read_to_string(&path)
        .unwrap()
        .replace("illustrative: false", "illustrative: true");
    std::fs::write(&path, yaml).unwrap();
    site.build(&[]);
    let text = std::fs::read_to_string(site.public().join("data/indicators.csv")).unwrap();
    let rows = csv_rows(text.trim_start_matches('\u{feff}'));
    assert_eq!(rows[0][0], "note_lv");
    assert_eq!(rows[0][1], "note_en");
    assert!(rows[1][0].contains("piemērs"), "{:?}", rows[1]);
    assert!(rows[1][1].contains("only an example"), "{:?}", rows[1]);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
}

/// The DTSTAMP values of a calendar.
fn stamps(site: &Site, rel: &str) -> Vec<String> {
    std::fs::read_to_string(site.public().join(rel))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("DTSTAMP:"))
        .map(|s| s.trim().to_string())
        .collect()
}

#[test]
fn dtstamp_is_never_in_the_future_and_stays_the_same_across_builds() {
    let site = Site::bundled();
    site.write(
        "content/pasakumi/ar-datumu.lv.md",
        "---\ntitle: Ar datumu\ndate: 2023-10-01\nupdated: 2030-01-01\nstart: 2031-01-01T10:00\n---\nTeksts.\n",
    );
    site.lapa(&["build", "--now", "2024-01-15T12:00"]);
    let first = stamps(&site, "lv/kalendars.ics");
    assert!(!first.is_empty());
    for stamp in &first {
        // Basic format compares as text: nothing after --now (10:00Z is 12:00 in Riga).
        assert!(stamp.as_str() <= "20240115T100000Z", "{stamp}");
    }
    let dated = stamps(&site, "lv/pasakumi/ar-datumu/ar-datumu.ics");
    // `updated` lies ahead, so the `date` (Riga midnight) is used.
    assert_eq!(dated, vec!["20230930T210000Z".to_string()]);
    let before = site.tree();
    site.lapa(&["build", "--now", "2024-01-15T12:00"]);
    assert_eq!(before, site.tree(), "same inputs, same bytes");
    let run = site.lapa(&["build", "--now", "2025-06-01T08:00"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        first,
        stamps(&site, "lv/kalendars.ics"),
        "stable across builds"
    );
}

#[test]
fn language_versions_of_an_event_with_different_times_fail() {
    let site = Site::bundled();
    let path = site
        .root()
        .join("content/pasakumi/piemers-atverto-durvju-diena.en.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replace("start: 2027-03-10T14:00", "start: 2027-03-10T15:00");
    assert_ne!(text, changed);
    let line = changed
        .lines()
        .position(|l| l.starts_with("start:"))
        .unwrap()
        + 1;
    std::fs::write(&path, changed).unwrap();
    let run = site.build_fails();
    let header = format!(
        "error[event-times-differ]: content/pasakumi/piemers-atverto-durvju-diena.en.md:{line}:1:"
    );
    assert!(run.stderr.contains(&header), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/pasakumi/piemers-atverto-durvju-diena.lv.md:3"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_news_item_dated_after_now_is_a_warning_at_its_date() {
    let site = Site::bundled();
    site.write(
        "content/jaunumi/nakotne.lv.md",
        "---\ntitle: Nākotnē\ndate: 2024-02-01\n---\nTeksts.\n",
    );
    site.write(
        "content/jaunumi/melnraksts.lv.md",
        "---\ntitle: Melnraksts\ndate: 2024-02-01\ndraft: true\n---\nTeksts.\n",
    );
    let run = site.build(&["--drafts"]);
    assert!(
        run.stderr
            .contains("warning[news-date-in-future]: content/jaunumi/nakotne.lv.md:3:1:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("draft: true"), "{}", run.stderr);
    assert!(!run.stderr.contains("melnraksts"), "{}", run.stderr);
    // Today's news is not in the future.
    let site = Site::bundled();
    site.write(
        "content/jaunumi/sodien.lv.md",
        "---\ntitle: Šodien\ndate: 2024-01-15\n---\nTeksts.\n",
    );
    let run = site.build(&[]);
    assert!(
        !run.stderr.contains("news-date-in-future"),
        "{}",
        run.stderr
    );
}
