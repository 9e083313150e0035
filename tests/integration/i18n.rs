//! Interface texts, CLDR plurals, numbers, money, percentages and dates in both languages.

use crate::support::Site;

#[test]
fn latvian_plurals_follow_cldr() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.page("lv/index.html");
    assert_eq!(
        page.texts("#plurals li"),
        vec![
            "0 lapu",
            "1 lapa",
            "2 lapas",
            "10 lapu",
            "11 lapu",
            "21 lapa",
            "22 lapas",
            "111 lapu",
            "1,5 lapas"
        ]
    );
}

#[test]
fn english_plurals_and_numbers() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.page("en/index.html");
    assert_eq!(
        page.texts("#plurals li"),
        vec![
            "0 pages",
            "1 page",
            "2 pages",
            "10 pages",
            "11 pages",
            "21 pages",
            "22 pages",
            "111 pages",
            "1.5 pages"
        ]
    );
}

#[test]
fn numbers_money_percent_and_dates_follow_the_locale() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let lv = site.page("lv/index.html");
    assert_eq!(lv.text("#money"), "7\u{a0}596\u{a0}069,00\u{a0}€");
    assert_eq!(lv.text("#number"), "7\u{a0}596\u{a0}069");
    assert_eq!(lv.text("#percent"), "85%");
    assert_eq!(lv.text("#start"), "2015. gada 1. decembris");
    assert_eq!(lv.text("#hello"), "Sveiki, Ilona!");
    let en = site.page("en/index.html");
    assert_eq!(en.text("#money"), "€7,596,069.00");
    assert_eq!(en.text("#number"), "7,596,069");
    assert_eq!(en.text("#percent"), "85%");
    assert_eq!(en.text("#start"), "1 December 2015");
    let news = site.page("lv/jaunumi/ligums/index.html");
    assert_eq!(news.text("#date"), "2023. gada 3. februāris");
    assert_eq!(news.attr("#date time", "datetime"), "2023-02-03");
    assert_eq!(
        site.page("en/news/agreement-signed/index.html")
            .text("#date"),
        "3 February 2023"
    );
}

#[test]
fn data_texts_are_in_the_pages_language() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert_eq!(site.page("lv/index.html").text("#project"), "Projekts");
    assert_eq!(site.page("en/index.html").text("#project"), "Project");
}

#[test]
fn lapa_speaks_latvian_when_asked() {
    let site = Site::fixture("basic");
    site.write("content/par.lv.md", "---\ntitle: Par\n---\n[x](@/nav.md)\n");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lapa"))
        .args(["--lang", "lv", "build"])
        .current_dir(site.root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("kļūda[link-target-missing]: content/par.lv.md:4:1: Saite \"@/nav.md\" ved uz failu, kas neeksistē."), "{stderr}");
    assert!(stderr.contains("1 kļūda, 0 brīdinājumu"), "{stderr}");
}
