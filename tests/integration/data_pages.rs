//! Pages from data files: indicators (overview, one page per indicator, chart, tables,
//! downloads), contacts (tel:, mailto:, vCards, JSON-LD) and the shortcodes.

use crate::support::Site;

fn built() -> Site {
    let site = Site::fixture("data");
    site.build(&[]);
    site
}

#[test]
fn a_data_section_makes_a_page_per_item_in_every_language() {
    let site = built();
    for id in ["grt-services", "no-progress", "budget"] {
        assert!(
            site.public()
                .join(format!("lv/raditaji/{id}/index.html"))
                .is_file()
        );
        assert!(
            site.public()
                .join(format!("en/indicators/{id}/index.html"))
                .is_file()
        );
    }
    let lv = site.page("lv/raditaji/grt-services/index.html");
    assert_eq!(lv.text("main h1"), "Personas ar GRT saņem pakalpojumus");
    assert_eq!(
        lv.attr("#switcher a[hreflang=en]", "href"),
        "/sub/en/indicators/grt-services/"
    );
    assert_eq!(
        lv.attr("#switcher a[hreflang=en]", "data-available"),
        "true"
    );
    assert_eq!(lv.texts("#breadcrumbs a"), vec!["Sākums", "Rādītāji"]);
    let overview = site.page("en/indicators/index.html");
    assert_eq!(
        overview.texts("#items li"),
        vec!["grt-services", "no-progress", "budget"]
    );
}

#[test]
fn the_overview_groups_indicators_with_targets_in_the_locale() {
    let site = built();
    let en = site.page("en/indicators/index.html");
    assert_eq!(
        en.texts("section[data-group] h2"),
        vec!["Services", "Money"]
    );
    assert_eq!(en.text("li[data-id=grt-services] .target"), "400 persons");
    assert_eq!(en.text("li[data-id=grt-services] .percent"), "97");
    assert_eq!(en.text("li[data-id=budget] .target"), "€7,596,069.00");
    assert_eq!(en.count("li[data-id=no-progress] .percent"), 0);
    let lv = site.page("lv/raditaji/index.html");
    assert_eq!(
        lv.text("li[data-id=budget] .target"),
        "7\u{a0}596\u{a0}069,00\u{a0}€"
    );
    assert_eq!(lv.text("li[data-id=grt-services] .target"), "400 personu");
}

#[test]
fn units_are_plural_aware_in_latvian() {
    let site = built();
    assert_eq!(
        site.page("lv/raditaji/index.html").texts("#units li"),
        vec![
            "0 personu",
            "1 persona",
            "2 personas",
            "11 personu",
            "21 persona"
        ]
    );
    assert_eq!(
        site.page("en/indicators/index.html").texts("#units li"),
        vec![
            "0 persons",
            "1 person",
            "2 persons",
            "11 persons",
            "21 persons"
        ]
    );
}

/// `x,y` pairs of an SVG `points` attribute.
fn points(text: &str) -> Vec<(f64, f64)> {
    text.split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[test]
fn the_chart_draws_the_data() {
    let site = built();
    let page = site.page("lv/raditaji/grt-services/index.html");
    assert_eq!(page.attr("#chart svg", "role"), "img");
    assert_eq!(
        page.text("#chart svg title"),
        "Personas ar GRT saņem pakalpojumus"
    );
    assert!(
        page.text("#chart svg desc")
            .contains("no 120 līdz 389; mērķis 400"),
        "{}",
        page.text("#chart svg desc")
    );
    // Plot area: x 64…456, y 28…272 for 0…400 (the axis top is the target, 400).
    let y = |v: f64| 28.0 + 244.0 - v / 400.0 * 244.0;
    let line = points(&page.attr("#chart polyline.chart-line", "points"));
    let days = |d: &str| jiff::civil::Date::strptime("%Y-%m-%d", d).unwrap();
    let span = (days("2023-06-30") - days("2021-12-31")).get_days() as f64;
    let x = |d: &str| 64.0 + (days(d) - days("2021-12-31")).get_days() as f64 / span * 392.0;
    let expected = [
        ("2021-12-31", 120.0),
        ("2022-12-31", 250.0),
        ("2023-06-30", 389.0),
    ];
    assert_eq!(line.len(), expected.len());
    for ((px, py), (date, value)) in line.iter().zip(expected) {
        assert!(
            (px - x(date)).abs() < 0.11,
            "x of {date}: {px} vs {}",
            x(date)
        );
        assert!(
            (py - y(value)).abs() < 0.11,
            "y of {value}: {py} vs {}",
            y(value)
        );
    }
    assert_eq!(page.texts("#chart .chart-value"), vec!["120", "250", "389"]);
    assert_eq!(page.count("#chart circle.chart-point"), 3);
    assert_eq!(
        page.attr("#chart line.chart-target", "y1"),
        format!("{:.1}", y(400.0))
    );
    assert_eq!(page.text("#chart .chart-target-label"), "Mērķis: 400");
    assert_eq!(
        page.texts("#chart .chart-axis-label")[..5],
        ["0", "100", "200", "300", "400"]
    );
}

#[test]
fn tables_equal_the_data() {
    let site = built();
    let page = site.page("en/indicators/grt-services/index.html");
    assert_eq!(
        page.texts("#progress td"),
        vec![
            "2021-12-31",
            "120",
            "2022-12-31",
            "250",
            "2023-06-30",
            "389"
        ]
    );
    assert_eq!(
        page.texts("#history td"),
        vec!["387", "2023-02-03", "Leaflet"]
    );
    assert_eq!(
        page.attrs("#municipalities li", "data-id"),
        vec!["aglona", "ludza", "balvi"],
        "largest first"
    );
    assert_eq!(
        page.text("#municipalities li[data-id=ludza]"),
        "Ludza Municipality: 40"
    );
    assert_eq!(page.text("#latest"), "389 / 97");
    assert_eq!(page.attr("#description a", "href"), "/sub/en/about-us/");
    let none = site.page("en/indicators/no-progress/index.html");
    assert_eq!(none.count("#chart"), 0);
    assert_eq!(none.count("#progress td"), 0);
}

/// Splits simple CSV (no quoted commas in this fixture).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

#[test]
fn csv_and_json_downloads_round_trip() {
    let site = built();
    let bytes = std::fs::read(site.public().join("data/indicators.csv")).unwrap();
    assert_eq!(
        &bytes[..3],
        b"\xEF\xBB\xBF",
        "a byte order mark for spreadsheet programs"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let rows = csv_rows(&text);
    // The fixture's figures are illustrative: two note columns come first.
    assert_eq!(rows[0][..2], ["note_lv", "note_en"]);
    assert_eq!(rows[0][2..6], ["id", "group", "title_lv", "title_en"]);
    assert_eq!(
        rows[1][2..6],
        [
            "grt-services",
            "services",
            "Personas ar GRT saņem pakalpojumus",
            "Persons with intellectual disabilities receive services"
        ]
    );
    let column = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    assert_eq!(rows[1][column("target")], "400");
    assert_eq!(rows[1][column("latest_value")], "389");
    assert_eq!(rows[3][column("latest_value")], "6456658.53");
    assert_eq!(rows.len(), 4);

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.public().join("data/indicators.json")).unwrap())
            .unwrap();
    let source: serde_json::Value = yaml_serde::from_str(
        &std::fs::read_to_string(site.root().join("content/data/indicators.yaml")).unwrap(),
    )
    .unwrap();
    for (out, input) in json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .zip(source["indicators"].as_array().unwrap())
    {
        assert_eq!(out["id"], input["id"]);
        assert_eq!(out["title"], input["title"], "both languages' titles");
        assert_eq!(out["target"].as_f64(), input["target"].as_f64());
        let values = |v: &serde_json::Value| {
            v["progress"]
                .as_array()
                .map(|p| {
                    p.iter()
                        .map(|e| {
                            (
                                e["date"].as_str().unwrap().to_string(),
                                e["value"].as_f64().unwrap(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        assert_eq!(values(out), values(input));
    }
    let overview = site.page("en/indicators/index.html");
    assert_eq!(
        overview.attrs("#csv a", "href"),
        vec!["/sub/data/indicators.csv", "/sub/data/indicators.json"]
    );
}

#[test]
fn contacts_get_tel_mailto_vcard_and_json_ld() {
    let site = built();
    let page = site.page("lv/par/index.html");
    assert_eq!(page.attr(".contact-card a.tel", "href"), "tel:+37165707131");
    assert_eq!(
        page.attr(".contact-card a.mail", "href"),
        "mailto:ilona.meksa@ludza.lv"
    );
    assert_eq!(
        page.attr(".contact-card a.vcard", "href"),
        "/sub/data/contacts/lv/ilona.vcf"
    );
    let vcard = std::fs::read_to_string(site.public().join("data/contacts/lv/ilona.vcf")).unwrap();
    let lines: Vec<&str> = vcard.split("\r\n").collect();
    assert_eq!(lines[..3], ["BEGIN:VCARD", "VERSION:3.0", "FN:Ilona Mekša"]);
    assert!(lines.contains(&"TEL;TYPE=WORK,VOICE:+37165707131"));
    assert!(lines.contains(&"EMAIL;TYPE=INTERNET,WORK:ilona.meksa@ludza.lv"));
    assert!(
        std::fs::read_to_string(site.public().join("data/contacts/en/ilona.vcf"))
            .unwrap()
            .contains("ORG:Ludza Municipality")
    );
    let script = page.text("script[type='application/ld+json']");
    let ld: serde_json::Value = serde_json::from_str(&script).unwrap();
    // Each contact under its own organisation.
    let organisation = &ld["@graph"][0];
    assert_eq!(organisation["@type"], "GovernmentOrganization");
    assert_eq!(organisation["contactPoint"][0]["@type"], "ContactPoint");
    assert_eq!(organisation["contactPoint"][0]["telephone"], "+37165707131");
}

#[test]
fn the_indicator_shortcode_shows_a_card() {
    let site = built();
    let page = site.page("lv/par/index.html");
    assert_eq!(page.attr(".indicator-card", "data-id"), "grt-services");
    assert_eq!(
        page.attr(".indicator-card a", "href"),
        "/sub/lv/raditaji/grt-services/"
    );
}

#[test]
fn the_project_card_shortcode_formats_money_percent_and_dates_per_language() {
    let site = built();
    let lv = site.page("lv/par/index.html");
    assert_eq!(
        lv.text(".project-card .total"),
        "7\u{a0}596\u{a0}069,00\u{a0}€"
    );
    assert_eq!(
        lv.text(".project-card .esf"),
        "6\u{a0}456\u{a0}658,53\u{a0}€"
    );
    assert_eq!(lv.text(".project-card .share"), "85%");
    assert_eq!(
        lv.text(".project-card .period"),
        "2015. gada 1. decembris – 2023. gada 31. decembris"
    );
    let en = site.page("en/about-us/index.html");
    assert_eq!(en.text(".project-card .total"), "€7,596,069.00");
    assert_eq!(en.text(".project-card .esf"), "€6,456,658.53");
    assert_eq!(en.text(".project-card .share"), "85%");
    assert_eq!(
        en.text(".project-card .period"),
        "1 December 2015 – 31 December 2023"
    );
}

#[test]
fn a_description_with_headings_and_footnotes_keeps_every_id_on_its_page_unique() {
    let site = Site::fixture("data");
    let path = site.root().join("content/data/indicators.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let described = "description: {lv: \"## Avoti\\n\\nSkaitlis[^a].\\n\\n[^a]: Pēc Ludzas datiem.\", en: \"## Sources\\n\\nA figure[^a].\\n\\n[^a]: From Ludza.\"}";
    let old =
        "description: {lv: \"Skatīt [kontaktus](@/par.md).\", en: \"See [about](@/par.md).\"}";
    assert!(yaml.contains(old));
    site.write(
        "content/data/indicators.yaml",
        &yaml.replacen(old, described, 1),
    );
    site.build(&[]);
    let page = site.page("en/indicators/grt-services/index.html");
    let ids = page.attrs("[id]", "id");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "duplicate ids in {ids:?}");
    assert_eq!(page.attr("#description-fn-1", "id"), "description-fn-1");
    assert_eq!(
        page.attr(".footnote-ref a", "href"),
        "#description-fn-1",
        "the reference leads to its note"
    );
    assert_eq!(page.count("#description-sources"), 1);
}
