//! Issue 8, markdown and links that never lie: shortcodes only where CommonMark sees a
//! paragraph line, declared shortcode arguments, bundle files and lead images that
//! exist, links to drafts, footnotes, heading attributes and labelled task checkboxes.

use crate::bad_input::{assert_reports, fails_cleanly_in};
use crate::support::Site;

/// A page of the basic fixture with this body, built; returns the site.
fn page_with(body: &str) -> Site {
    let site = Site::fixture("basic");
    site.write(
        "content/par.lv.md",
        &format!("---\ntitle: Par mums\n---\n{body}"),
    );
    site.build(&[]);
    site
}

fn raw(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.public().join(rel)).unwrap()
}

const CALL: &str = "{{ skaits(n=1, label=\"x\") }}";

#[test]
fn shortcodes_are_found_only_on_paragraph_lines() {
    let body = format!(
        "\
- item

  ```
  {CALL}
  ```

~~~
{CALL}
~~~

````
```
{CALL}
````

```
{CALL}
``````

> ```
> {CALL}
> ```

- item

      {CALL}

Paragraph.

    {CALL}

<div>
{CALL}
</div>

<!--
{CALL}
-->

Text <!--
{CALL}
--> more.

> {CALL}

Before
{CALL}
after.

- {CALL}
"
    );
    let site = page_with(&body);
    let page = site.page("lv/par/index.html");
    // The block quote, the paragraph line and the tight list item.
    assert_eq!(page.count("main .shortcode-skaits"), 3);
    assert_eq!(page.count("main pre .shortcode-skaits"), 0);
    assert_eq!(page.count("main blockquote > .shortcode-skaits"), 1);
    assert_eq!(page.count("main li > .shortcode-skaits"), 1);
    let paragraphs = page.texts("main > p");
    assert!(paragraphs.contains(&"Before".to_string()), "{paragraphs:?}");
    assert!(paragraphs.contains(&"after.".to_string()), "{paragraphs:?}");
    // Seven code blocks keep the line exactly as written.
    let code = page.texts("main pre");
    assert_eq!(code.len(), 7, "{code:?}");
    for text in &code {
        assert!(text.contains(CALL), "{text}");
    }
    // HTML blocks and comments keep it too.
    let html = raw(&site, "lv/par/index.html");
    assert_eq!(
        html.matches(CALL).count(),
        3,
        "div, comment, inline comment"
    );
    assert!(html.contains(&format!("<!--\n{CALL}\n-->")));
}

#[test]
fn a_paragraph_is_closed_around_a_shortcode_and_reopened_after() {
    let site = page_with(&format!("Before\n{CALL}\nafter.\n"));
    let page = site.page("lv/par/index.html");
    assert_eq!(
        page.texts("main > p:not(.shortcode-skaits)"),
        vec!["Before", "after."]
    );
    assert_eq!(page.count("main > p.shortcode-skaits"), 1);
    assert_eq!(page.count("main p .shortcode-skaits"), 0);
}

#[test]
fn text_that_looks_like_lapas_placeholders_stays_as_the_author_wrote_it() {
    let site = page_with(&format!(
        "<!--lapa-shortcode-0-->\n\nTeksts <!--lapa-shortcode-0--> vidū.\n\n{CALL}\n\n\\{CALL}\n"
    ));
    let html = raw(&site, "lv/par/index.html");
    let page = site.page("lv/par/index.html");
    assert_eq!(page.count("main .shortcode-skaits"), 1);
    // In the body (and the summary, which repeats the first paragraph), never replaced.
    assert!(html.matches("<!--lapa-shortcode-0-->").count() >= 2);
    assert!(html.contains("<p>Teksts <!--lapa-shortcode-0--> vidū.</p>"));
    // An escaped call is text.
    assert!(
        page.texts("main p")
            .iter()
            .any(|t| t == "{{ skaits(n=1, label=„x“) }}")
    );
}

#[test]
fn a_shortcode_argument_it_does_not_take_is_an_error_at_the_argument() {
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\nTeksts.\n\n{{ skaits(n=2, label=\"a\", colour=\"red\") }}\n",
        )
    });
    assert_reports(
        &stderr,
        "error[shortcode-argument-unknown]: content/par.lv.md:6:27: The shortcode \"skaits\" has no argument \"colour\".",
    );
    assert_reports(&stderr, "note: themes/plain/shortcodes/skaits.html:1:4:");
}

#[test]
fn a_missing_required_argument_and_a_wrong_type_are_errors() {
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n{{ skaits(label=\"a\") }}\n\n> {{ skaits(n=\"divi\", label=\"a\") }}\n",
        )
    });
    assert_reports(
        &stderr,
        "error[shortcode-argument-missing]: content/par.lv.md:4:1: The shortcode \"skaits\" needs the argument \"n\".",
    );
    assert_reports(
        &stderr,
        "error[shortcode-argument-invalid]: content/par.lv.md:6:13: n=divi is not right for the shortcode \"skaits\": it takes a whole number, e.g. 3.",
    );
    assert_reports(&stderr, "note: themes/plain/shortcodes/skaits.html:1:10:");
}

#[test]
fn an_unknown_id_is_an_error_naming_the_content_file_and_then_the_template() {
    let stderr = fails_cleanly_in("data", |s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\nTeksts.\n\n{{ indicator(id=\"nav\") }}\n",
        )
    });
    assert_reports(
        &stderr,
        "error[shortcode-id-unknown]: content/par.lv.md:6:14: There is no \"nav\" in content/data/indicators.yaml for the shortcode \"indicator\".",
    );
    assert_reports(
        &stderr,
        "note: themes/plain/shortcodes/indicator.html:1:10:",
    );
    assert!(!stderr.contains("error[template-render"), "{stderr}");
}

#[test]
fn the_bundled_theme_checks_heading_values() {
    let site = Site::bundled();
    let file = "content/projekts/rezultati.lv.md";
    let text = std::fs::read_to_string(site.root().join(file)).unwrap();
    let call = "{{ indicator(id=\"grt-persons-services\") }}";
    let line = text.lines().position(|l| l == call).unwrap() + 1;
    site.write(
        file,
        &text.replace(
            call,
            "{{ indicator(id=\"grt-persons-services\", heading=9) }}",
        ),
    );
    let run = site.lapa(&["build", "--now", "2024-01-15T12:00"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_reports(
        &run.stderr,
        &format!(
            "error[shortcode-argument-not-one-of]: {file}:{line}:41: heading=9 is not one of the values the shortcode \"indicator\" takes: 2, 3, 4."
        ),
    );
    assert_reports(
        &run.stderr,
        "note: themes/default/shortcodes/indicator.html:5:4:",
    );
}

#[test]
fn a_declaration_lapa_cannot_read_is_an_error_at_the_templates_line() {
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "themes/plain/shortcodes/skaits.html",
            "{# args:\n  n: integer (required)\n  label: colour\n#}\n<p>{{ n }}</p>\n",
        )
    });
    assert_reports(
        &stderr,
        "error[shortcode-args-malformed]: themes/plain/shortcodes/skaits.html:3:3: This argument declaration cannot be read: \"colour\" is not a type.",
    );
}

#[test]
fn an_error_inside_a_shortcode_template_points_at_the_call() {
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "themes/plain/shortcodes/skaits.html",
            "{# args: n: integer (required), label: text (required) #}\n<p>{{ n / 0 }}</p>\n",
        )
    });
    assert_reports(
        &stderr,
        "error[shortcode-render]: content/par.lv.md:8:1: The shortcode \"skaits\" failed:",
    );
    assert_reports(&stderr, "note: themes/plain/shortcodes/skaits.html:2:");
    // A name the template is not given: lapa's own message, at the call too.
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "themes/plain/shortcodes/skaits.html",
            "{# args: n: integer (required), label: text (required) #}\n<p>{{ nothing.here }}</p>\n",
        )
    });
    assert_reports(
        &stderr,
        "error[template-variable-undefined]: content/par.lv.md:8:1: The template uses \"nothing\", which it is not given.",
    );
    assert_reports(&stderr, "note: themes/plain/shortcodes/skaits.html:2:");
    // A function the template calls that refuses: its own message, at the call too.
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "themes/plain/shortcodes/skaits.html",
            "{# args: n: integer (required), label: text (required) #}\n<p>{{ t(key=\"nav-tada\") }}</p>\n",
        )
    });
    assert_reports(
        &stderr,
        "error[template-text-missing]: content/par.lv.md:8:1: The template asks for the interface text \"nav-tada\", which locales/lv/ does not have.",
    );
    assert_reports(&stderr, "note: themes/plain/shortcodes/skaits.html:2:");
}

#[test]
fn a_missing_bundle_image_or_document_is_an_error_at_its_place() {
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "content/kopiena/galerija/index.lv.md",
            "---\ntitle: Galerija\n---\n![Pils](foto.svg)\n\nTeksts ![Nav](nav.jpg) un [plāns](plans.pdf).\n\n![Pils](Foto.SVG)\n\n[Ārā](../../../../x.pdf)\n",
        )
    });
    assert_reports(
        &stderr,
        "error[bundle-file-missing]: content/kopiena/galerija/index.lv.md:6:8: There is no file \"nav.jpg\" next to this page.",
    );
    assert_reports(&stderr, "Files next to this page: foto.svg.");
    assert_reports(
        &stderr,
        "error[bundle-file-missing]: content/kopiena/galerija/index.lv.md:6:27: There is no file \"plans.pdf\"",
    );
    assert_reports(
        &stderr,
        "error[bundle-file-case]: content/kopiena/galerija/index.lv.md:8:1: The file \"Foto.SVG\" is called \"foto.svg\"",
    );
    assert_reports(
        &stderr,
        "error[bundle-file-outside]: content/kopiena/galerija/index.lv.md:10:1:",
    );
}

#[test]
fn encoded_names_suffixes_external_and_at_links_are_fine() {
    let site = Site::fixture("basic");
    std::fs::copy(
        site.root().join("content/kopiena/galerija/foto.svg"),
        site.root().join("content/kopiena/galerija/foto jauna.svg"),
    )
    .unwrap();
    site.write(
        "content/kopiena/galerija/index.lv.md",
        "---\ntitle: Galerija\nimage: foto.svg\nimage_alt: Pils\n---\n![Pils](foto%20jauna.svg)\n\n![Pils](<foto jauna.svg>)\n\n![Pils](foto.svg?v=2#x)\n\n[Lapa](https://example.org/a.pdf) [Par](@/par.md) [Vieta](#x) [Sadaļa](../)\n",
    );
    let run = site.build(&[]);
    assert!(!run.stderr.contains("bundle-file"), "{}", run.stderr);
    let page = site.page("lv/kopiena/galerija/index.html");
    assert_eq!(page.count("main > p img"), 3);
}

#[test]
fn a_lead_image_that_is_not_a_bundle_file_is_an_error_at_its_line() {
    for (image, id) in [
        ("nav.jpg", "lead-image-missing"),
        ("../foto.svg", "lead-image-outside-bundle"),
        ("/home/anna/foto.svg", "lead-image-outside-bundle"),
        ("https://example.org/foto.svg", "lead-image-outside-bundle"),
    ] {
        let stderr = fails_cleanly_in("basic", |s| {
            s.write(
                "content/kopiena/galerija/index.lv.md",
                &format!(
                    "---\ntitle: Galerija\nimage: \"{image}\"\nimage_alt: Pils\n---\nTeksts.\n"
                ),
            )
        });
        assert_reports(
            &stderr,
            &format!("error[{id}]: content/kopiena/galerija/index.lv.md:3:1:"),
        );
    }
}

#[test]
fn a_link_to_a_draft_says_which_file_links_to_which_draft() {
    let edit = |s: &Site| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\nTeksts.\n\nSkatīt [melnrakstu](@/jaunumi/melnraksts.md).\n",
        )
    };
    let stderr = fails_cleanly_in("basic", edit);
    assert_reports(
        &stderr,
        "error[link-to-draft]: content/par.lv.md:6:8: The link \"@/jaunumi/melnraksts.md\" leads to content/jaunumi/melnraksts.lv.md, which is a draft and is not published.",
    );
    assert_reports(&stderr, "Publish the draft");
    let stderr = fails_cleanly_in("basic", |s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\nsummary: \"Sk. [melnrakstu](@/jaunumi/melnraksts.md).\"\n---\nTeksts.\n",
        )
    });
    assert_reports(&stderr, "error[link-to-draft]: content/par.lv.md:3:1:");
    // With --drafts the link is fine.
    let site = Site::fixture("basic");
    edit(&site);
    site.build(&["--drafts"]);
    assert_eq!(
        site.page("lv/par/index.html").attr("main p a", "href"),
        "/sub/lv/jaunumi/melnraksts/"
    );
}

#[test]
fn a_menu_never_switches_language_for_a_draft() {
    let edit = |s: &Site| {
        let yaml = std::fs::read_to_string(s.root().join("content/site.yaml")).unwrap();
        s.write(
            "content/site.yaml",
            &yaml.replace(
                "    - link: \"@/par.md\"",
                "    - link: \"@/jaunumi/ligums.md\"\n    - link: \"@/par.md\"",
            ),
        );
        let lv = std::fs::read_to_string(s.root().join("content/jaunumi/ligums.lv.md")).unwrap();
        s.write(
            "content/jaunumi/ligums.lv.md",
            &lv.replace("tags: [Ludza]", "tags: [Ludza]\ndraft: true"),
        );
    };
    let stderr = fails_cleanly_in("basic", edit);
    assert_reports(
        &stderr,
        "error[link-to-draft]: content/site.yaml:15:7: The link \"@/jaunumi/ligums.md\" leads to content/jaunumi/ligums.lv.md",
    );
    let site = Site::fixture("basic");
    edit(&site);
    site.build(&["--drafts"]);
    assert_eq!(
        site.page("lv/index.html").attrs("#menu a", "href")[1],
        "/sub/lv/jaunumi/ligums/"
    );
}

#[test]
fn a_menu_item_of_another_language_is_a_warning() {
    let site = Site::fixture("basic");
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &yaml.replace(
            "    - link: \"@/par.md\"",
            "    - link: \"@/tikai-latviski.md\"\n    - link: \"@/par.md\"",
        ),
    );
    let run = site.build(&[]);
    assert_reports(
        &run.stderr,
        "warning[link-other-language]: content/site.yaml:15:7: The link \"@/tikai-latviski.md\" leads to content/tikai-latviski.lv.md (lv): there is no \"en\" version of that page.",
    );
}

#[test]
fn footnotes_are_numbered_over_the_whole_page_with_namespaced_ids() {
    let site = page_with(
        "## Virsraksts[^b]\n\n## Menu\n\n## fn 1\n\nTeksts[^a] un[^b] vēl[^a].\n\n[^a]: Pirmā.\n[^b]: Otrā.\n",
    );
    let page = site.page("lv/par/index.html");
    assert_eq!(page.texts("main .footnote-ref a"), vec!["1", "2", "1", "2"]);
    assert_eq!(
        page.attrs("main .footnote-ref a", "id"),
        vec!["fnref-1", "fnref-2", "fnref-1-2", "fnref-2-2"]
    );
    assert_eq!(
        page.attrs("main .footnote-ref a", "href"),
        vec!["#fn-1", "#fn-2", "#fn-1", "#fn-2"]
    );
    assert_eq!(
        page.attrs("main h2", "id")[..3],
        ["virsraksts", "menu-1", "fn-1-1"]
    );
    assert_eq!(
        page.text("main section.footnotes > h2#footnotes-title"),
        "Piezīmes"
    );
    assert_eq!(
        page.attrs("main section.footnotes li", "id"),
        vec!["fn-1", "fn-2"]
    );
    assert_eq!(
        page.texts("main section.footnotes li p")[0].trim_end_matches(['↩', '2', ' ']),
        "Otrā."
    );
    assert_eq!(
        page.attrs(
            "main section.footnotes li#fn-1 a.footnote-back",
            "aria-label"
        ),
        vec!["Atpakaļ uz atsauci 1", "Atpakaļ uz atsauci 1 (2)"]
    );
    assert_eq!(
        page.attrs("main section.footnotes li#fn-1 a.footnote-back", "href"),
        vec!["#fnref-1", "#fnref-1-2"]
    );
    let en = Site::fixture("basic");
    en.write(
        "content/about-us.en.md",
        "---\ntitle: About us\ntranslation_key: par\n---\nText[^x].\n\n[^x]: A note.\n",
    );
    en.build(&[]);
    assert_eq!(
        en.page("en/about-us/index.html").text("#footnotes-title"),
        "Notes"
    );
}

#[test]
fn heading_attributes_are_all_kept_and_escaped() {
    let site = page_with("## Plāns {#plans .svarigs .plats data-nr=3 title=a&b}\n\nTeksts.\n");
    let page = site.page("lv/par/index.html");
    assert_eq!(page.attr("main h2", "id"), "plans");
    assert_eq!(page.attr("main h2", "class"), "svarigs plats");
    assert_eq!(page.attr("main h2", "data-nr"), "3");
    assert_eq!(page.attr("main h2", "title"), "a&b");
    let html = raw(&site, "lv/par/index.html");
    assert!(html.contains("title=\"a&amp;b\""), "escaped");
}

#[test]
fn task_checkboxes_are_labelled_by_their_text_and_stay_disabled() {
    let site = page_with(
        "- [x] Izdarīts [saite](https://example.org)\n- [ ] Nav\n  - apakšpunkts\n\n1. [ ] Vaļīgs\n\n   Otra rindkopa.\n",
    );
    let page = site.page("lv/par/index.html");
    assert_eq!(page.count("main input[type=checkbox]"), 3);
    assert_eq!(
        page.count("main label.task > input[type=checkbox][disabled]"),
        3
    );
    assert_eq!(page.count("main label.task > input[checked]"), 1);
    assert_eq!(
        page.texts("main label.task"),
        vec!["Izdarīts saite", "Nav", "Vaļīgs"]
    );
    // The nested list is not part of the label.
    assert_eq!(page.count("main label.task ul"), 0);
}

#[test]
fn an_empty_task_item_loses_its_checkbox_and_the_author_is_told_where() {
    let site = Site::fixture("basic");
    site.write(
        "content/par.lv.md",
        "---\ntitle: Par mums\n---\n- [ ] \n- [x]\n- [ ] Īsts\n",
    );
    let run = site.build(&[]);
    let page = site.page("lv/par/index.html");
    // Every checkbox left has a name: the text of its label.
    assert_eq!(page.count("main input[type=checkbox]"), 1);
    assert_eq!(page.texts("main label.task"), vec!["Īsts"]);
    assert_eq!(page.count("main li"), 3);
    for line in ["content/par.lv.md:4:3", "content/par.lv.md:5:3"] {
        assert!(
            run.stderr
                .contains(&format!("warning[task-item-empty]: {line}")),
            "{line} in:\n{}",
            run.stderr
        );
    }
}
