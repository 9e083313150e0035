//! Markdown: @/ links, heading ids, quotes, shortcodes, tables, footnotes, code.

use crate::support::Site;

#[test]
fn at_links_become_the_url_in_the_pages_language() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let lv = site.page("lv/jaunumi/ligums/index.html");
    assert_eq!(lv.attr("main > p a", "href"), "/sub/lv/par/#kas-mes-esam");
    let en = site.page("en/news/agreement-signed/index.html");
    assert_eq!(
        en.attr("main > p a", "href"),
        "/sub/en/about-us/#who-we-are"
    );
    let home = site.page("en/index.html");
    assert_eq!(home.attr("main p a", "href"), "/sub/en/news/");
}

#[test]
fn headings_get_unique_ids() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.page("lv/jaunumi/ligums/index.html");
    assert_eq!(
        page.attrs("main h2", "id"),
        vec!["ko-tas-nozime", "ko-tas-nozime-1"]
    );
}

#[test]
fn quotes_follow_the_language() {
    let site = Site::fixture("basic");
    site.build(&[]);
    assert_eq!(
        site.page("lv/par/index.html").text("main h2 + p"),
        "Mēs esam „Latgale“."
    );
    assert_eq!(
        site.page("en/about-us/index.html").text("main h2 + p"),
        "We are “Latgale”."
    );
}

#[test]
fn shortcodes_render_theme_templates_with_their_arguments() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.page("lv/par/index.html");
    assert_eq!(page.attr(".shortcode-skaits", "data-n"), "21");
    assert_eq!(page.text(".shortcode-skaits"), "21 lapa (lapas)");
}

#[test]
fn tables_footnotes_strikethrough_and_task_lists() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.page("lv/par/index.html");
    assert_eq!(page.texts("main table th"), vec!["A", "B"]);
    assert_eq!(page.count("main section.footnotes li[id^=fn-]"), 1);
    assert_eq!(page.text("main del"), "svītru");
    assert_eq!(page.count("main li input[type=checkbox][checked]"), 1);
}

#[test]
fn fenced_code_is_highlighted_with_classes() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let page = site.page("lv/par/index.html");
    assert_eq!(page.attr("main pre code", "class"), "language-rust");
    assert!(
        page.count("main pre code span.hl-storage") >= 1,
        "keywords are classed spans"
    );
    assert_eq!(page.count("main pre [style]"), 0, "no inline styles");
}

#[test]
fn an_image_without_alt_text_is_reported() {
    let site = Site::fixture("basic");
    site.write(
        "content/kopiena/galerija/index.lv.md",
        "---\ntitle: Galerija\n---\n![](foto.svg)\n",
    );
    let run = site.build(&[]);
    assert!(
        run.stderr
            .contains("warning[image-missing-alt]: content/kopiena/galerija/index.lv.md:4:1"),
        "{}",
        run.stderr
    );
}

#[test]
fn html_in_a_front_matter_summary_is_shown_as_text() {
    let site = Site::fixture("basic");
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par\nsummary: \"Labs <img src=x onerror=alert(1)> teksts\"\n---\nTeksts.\n",
    );
    site.build(&[]);
    let page = site.page("lv/par/index.html");
    assert_eq!(page.count("#summary img"), 0);
    assert_eq!(
        page.text("#summary"),
        "Labs <img src=x onerror=alert(1)> teksts"
    );
}

#[test]
fn at_links_in_headings_and_summaries_resolve_too() {
    let site = Site::fixture("basic");
    site.write("content/par.lv.md", "---\ntitle: Par\nsummary: \"Skatīt [jaunumus](@/jaunumi/_index.md).\"\n---\n## Skatīt [līgumu](@/jaunumi/ligums.md)\n\nTeksts.\n");
    site.build(&[]);
    let page = site.page("lv/par/index.html");
    assert_eq!(page.attr("main h2 a", "href"), "/sub/lv/jaunumi/ligums/");
    assert_eq!(page.attr("#summary a", "href"), "/sub/lv/jaunumi/");
}

#[test]
fn a_shortcode_knows_the_page_it_is_on() {
    let site = Site::fixture("basic");
    site.write(
        "themes/plain/shortcodes/vieta.html",
        "{# args: page_url: text = \"x\" #}\n<p class=\"vieta\" data-path=\"{{ page_path }}\" data-url=\"{{ page_url }}\">{{ lang }}</p>\n",
    );
    site.write(
        "content/kopiena/galerija/index.lv.md",
        "---\ntitle: Galerija\n---\n![Ludzas pils drupas](foto.svg)\n\n{{ vieta(page_url=\"/cits/\") }}\n",
    );
    site.build(&[]);
    let page = site.page("lv/kopiena/galerija/index.html");
    // The page's bundle folder below the base path and its URL; an argument of the same
    // name never hides them.
    assert_eq!(
        page.attr("main .vieta", "data-path"),
        "lv/kopiena/galerija/"
    );
    assert_eq!(
        page.attr("main .vieta", "data-url"),
        "/sub/lv/kopiena/galerija/"
    );
    assert_eq!(page.text("main .vieta"), "lv");
}
