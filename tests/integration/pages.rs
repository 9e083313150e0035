//! Pages, sections, slugs, translations, menus and breadcrumbs.

use crate::support::Site;

#[test]
fn translations_are_paired_and_linked_both_ways() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let lv = site.page("lv/jaunumi/ligums/index.html");
    assert_eq!(
        lv.attr("#switcher a[hreflang=en]", "href"),
        "/sub/en/news/agreement-signed/"
    );
    assert_eq!(
        lv.attr("#switcher a[hreflang=en]", "data-available"),
        "true"
    );
    assert_eq!(
        lv.attr("link[rel=alternate][hreflang=en]", "href"),
        "https://example.org/sub/en/news/agreement-signed/"
    );
    assert_eq!(
        lv.attr("link[rel=alternate][hreflang=x-default]", "href"),
        "https://example.org/sub/"
    );
    let en = site.page("en/news/agreement-signed/index.html");
    assert_eq!(
        en.attr("#switcher a[hreflang=lv]", "href"),
        "/sub/lv/jaunumi/ligums/"
    );
    assert_eq!(
        en.attr("link[rel=alternate][hreflang=lv]", "href"),
        "https://example.org/sub/lv/jaunumi/ligums/"
    );
}

#[test]
fn translation_key_pairs_files_with_different_names() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let en = site.page("en/about-us/index.html");
    assert_eq!(en.attr("#switcher a[hreflang=lv]", "href"), "/sub/lv/par/");
    let lv = site.page("lv/par/index.html");
    assert_eq!(
        lv.attr("#switcher a[hreflang=en]", "href"),
        "/sub/en/about-us/"
    );
}

#[test]
fn missing_translation_leads_to_the_nearest_section_and_says_so() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let only_lv = site.page("lv/tikai-latviski/index.html");
    assert_eq!(
        only_lv.attr("#switcher a[hreflang=en]", "data-available"),
        "false"
    );
    assert_eq!(only_lv.attr("#switcher a[hreflang=en]", "href"), "/sub/en/");
    assert_eq!(only_lv.count("link[rel=alternate][hreflang=en]"), 0);
    let gallery = site.page("lv/kopiena/galerija/index.html");
    assert_eq!(
        gallery.attr("#switcher a[hreflang=en]", "href"),
        "/sub/en/community/"
    );
}

#[test]
fn slugs_come_from_front_matter_or_transliterated_names() {
    let site = Site::fixture("basic");
    site.write(
        "content/jaunumi/Sabiedrībā balstīti pakalpojumi.lv.md",
        "---\ntitle: X\ndate: 2023-01-01\n---\n",
    );
    site.write(
        "content/jaunumi/ziņa.lv.md",
        "---\ntitle: Y\ndate: 2023-01-02\nslug: Ļoti Svarīga ZIŅA!\n---\n",
    );
    site.build(&[]);
    assert!(
        site.public()
            .join("lv/jaunumi/sabiedriba-balstiti-pakalpojumi/index.html")
            .is_file()
    );
    assert!(
        site.public()
            .join("lv/jaunumi/loti-svariga-zina/index.html")
            .is_file()
    );
    // Section slugs per language.
    assert!(
        site.public()
            .join("en/news/agreement-signed/index.html")
            .is_file()
    );
}

#[test]
fn a_slug_cannot_leave_the_output_folder() {
    let site = Site::fixture("basic");
    site.write(
        "content/jaunumi/x.lv.md",
        "---\ntitle: X\ndate: 2023-01-01\nslug: ../../../escape\n---\n",
    );
    site.build(&[]);
    assert!(site.public().join("lv/jaunumi/escape/index.html").is_file());
    assert!(!site.root().parent().unwrap().join("escape").exists());
}

#[test]
fn sections_list_their_pages_newest_first_and_drafts_stay_out() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let news = site.page("lv/jaunumi/index.html");
    assert_eq!(
        news.texts("#pages a"),
        vec!["Līgums parakstīts", "Vecāks jaunums"]
    );
    assert!(!site.public().join("lv/jaunumi/melnraksts").exists());

    site.build(&["--drafts"]);
    let news = site.page("lv/jaunumi/index.html");
    assert_eq!(
        news.texts("#pages a"),
        vec!["Melnraksts", "Līgums parakstīts", "Vecāks jaunums"]
    );
    assert!(
        site.public()
            .join("lv/jaunumi/melnraksts/index.html")
            .is_file()
    );
}

#[test]
fn menus_and_breadcrumbs_follow_the_language() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let en = site.page("en/news/agreement-signed/index.html");
    assert_eq!(en.texts("#menu a"), vec!["News", "About"]);
    assert_eq!(
        en.attrs("#menu a", "href"),
        vec!["/sub/en/news/", "/sub/en/about-us/"]
    );
    assert_eq!(en.attr("#menu a.active", "href"), "/sub/en/news/");
    assert_eq!(en.texts("#breadcrumbs a"), vec!["Home", "News"]);
    let home = site.page("lv/index.html");
    assert_eq!(home.count("#breadcrumbs li"), 0);
}

#[test]
fn aliases_redirect_to_their_page() {
    let site = Site::fixture("basic");
    site.build(&[]);
    for alias in ["vecie/ligums.html", "vecie/ligums-2/index.html"] {
        let page = site.page(alias);
        assert_eq!(
            page.attr("link[rel=canonical]", "href"),
            "https://example.org/sub/lv/jaunumi/ligums/"
        );
        assert!(
            page.attr("meta[http-equiv=refresh]", "content")
                .ends_with("url=https://example.org/sub/lv/jaunumi/ligums/")
        );
    }
}

#[test]
fn bundle_files_are_copied_next_to_their_page() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert!(site.public().join("lv/kopiena/galerija/foto.svg").is_file());
    let page = site.page("lv/kopiena/galerija/index.html");
    assert_eq!(page.attr("main > p img", "src"), "foto.svg");
    assert_eq!(page.attr("main > p img", "alt"), "Ludzas pils drupas");
    // The summary (the first paragraph) is shown on list pages too: its links start
    // from the page, not from wherever it is shown.
    assert_eq!(
        page.attr("#summary img", "src"),
        "/sub/lv/kopiena/galerija/foto.svg"
    );
}

#[test]
fn root_chooser_and_not_found_page_speak_every_language() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let root = site.page("index.html");
    assert_eq!(
        root.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/sub/lv/"
    );
    assert_eq!(root.attrs("a", "href"), vec!["/sub/lv/", "/sub/en/"]);
    let not_found = site.page("404.html");
    assert_eq!(
        not_found.texts("p[lang]"),
        vec!["Sveiki, 404!", "Hello, 404!"]
    );
}

#[test]
fn base_url_flag_moves_the_site_to_another_folder() {
    let site = Site::fixture("basic");
    site.build(&["--base-url", "http://127.0.0.1:9999/staging/copy"]);
    let page = site.page("lv/par/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "http://127.0.0.1:9999/staging/copy/lv/par/"
    );
    assert_eq!(
        page.attr("#switcher a[hreflang=en]", "href"),
        "/staging/copy/en/about-us/"
    );
}
