//! Every bad input: a clear message with file, line and column, exit code 1, every
//! problem reported, and the previous output left exactly as it was.

use crate::support::Site;

/// Builds the fixture, breaks it with `edit`, and checks that the failed build names the
/// problem and leaves the previous output untouched. Returns stderr.
fn fails_cleanly(edit: impl FnOnce(&Site)) -> String {
    let site = Site::fixture("basic");
    site.build(&[]);
    let before = site.tree();
    edit(&site);
    let run = site.build_fails();
    assert_eq!(
        site.tree(),
        before,
        "the previous output must stay as it was"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("lapa-"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder left behind");
    assert!(run.stderr.contains("Nothing was written"), "{}", run.stderr);
    run.stderr
}

fn assert_reports(stderr: &str, expected: &str) {
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

#[test]
fn malformed_yaml_in_front_matter() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\ntags: [a, b\n---\nx\n",
        )
    });
    assert_reports(&stderr, "error[yaml-invalid]: content/par.lv.md:");
    assert_reports(&stderr, "This YAML cannot be read");
}

#[test]
fn malformed_yaml_in_a_data_file() {
    let stderr =
        fails_cleanly(|s| s.write("content/data/project.yaml", "name:\n  lv: A\n   en: B\n"));
    assert_reports(&stderr, "error[yaml-invalid]: content/data/project.yaml:3:");
}

#[test]
fn malformed_site_yaml() {
    let stderr = fails_cleanly(|s| s.write("content/site.yaml", "base_url: [\n"));
    assert_reports(&stderr, "error[yaml-invalid]: content/site.yaml:");
}

#[test]
fn a_page_without_title() {
    let stderr = fails_cleanly(|s| s.write("content/par.lv.md", "---\nslug: par\n---\nx\n"));
    assert_reports(
        &stderr,
        "error[page-missing-title]: content/par.lv.md:2:1: The page has no title.",
    );
    assert_reports(&stderr, "Add a line \"title: …\" to the front matter.");
}

#[test]
fn news_without_date() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/jaunumi/bez-datuma.lv.md",
            "---\ntitle: Bez datuma\n---\nx\n",
        )
    });
    assert_reports(
        &stderr,
        "error[news-missing-date]: content/jaunumi/bez-datuma.lv.md:2:1: This news item has no date.",
    );
}

#[test]
fn an_unparseable_date() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/jaunumi/x.lv.md",
            "---\ntitle: X\ndate: 3.02.2023\n---\n",
        )
    });
    assert_reports(
        &stderr,
        "error[date-invalid]: content/jaunumi/x.lv.md:3:1: date: \"3.02.2023\" is not a date.",
    );
}

#[test]
fn an_unknown_language_suffix() {
    let stderr = fails_cleanly(|s| s.write("content/par.de.md", "---\ntitle: Über uns\n---\n"));
    assert_reports(
        &stderr,
        "error[unknown-language-suffix]: content/par.de.md: The file name says the language is \"de\", which is not one of the site's languages (lv, en).",
    );
}

#[test]
fn a_data_text_without_one_of_the_languages() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/data/project.yaml",
            "name:\n  lv: Projekts\nbudget:\n  total: 1\n",
        )
    });
    assert_reports(
        &stderr,
        "error[data-text-missing-language]: content/data/project.yaml:1:1: name: no \"en\" text.",
    );
}

#[test]
fn a_broken_at_link() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\nSkatīt [šo](@/nav/tada.md).\n",
        )
    });
    assert_reports(
        &stderr,
        "error[link-target-missing]: content/par.lv.md:4:8: The link \"@/nav/tada.md\" points to a file that does not exist.",
    );
}

#[test]
fn a_broken_menu_link_in_site_yaml() {
    let stderr = fails_cleanly(|s| {
        let text = std::fs::read_to_string(s.root().join("content/site.yaml")).unwrap();
        s.write("content/site.yaml", &text.replace("@/par.md", "@/nav.md"));
    });
    assert_reports(
        &stderr,
        "error[link-target-missing]: content/site.yaml:15:7",
    );
}

#[test]
fn a_template_syntax_error() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "themes/plain/templates/page.html",
            "{% extends \"base.html\" %}\n{% block main %}{{ page.title }{% endblock main %}\n",
        )
    });
    assert_reports(
        &stderr,
        "error[template-syntax]: themes/plain/templates/page.html:2:",
    );
}

#[test]
fn a_template_rendering_error_names_the_page() {
    let stderr = fails_cleanly(|s| {
        s.write("themes/plain/templates/page.html", "{% extends \"base.html\" %}\n{% block main %}{{ page.nothing.here }}{% endblock main %}\n")
    });
    assert_reports(
        &stderr,
        "error[template-render-page]: themes/plain/templates/page.html:2:",
    );
    assert_reports(&stderr, "while making content/");
}

#[test]
fn a_missing_fluent_key_in_one_language() {
    let stderr = fails_cleanly(|s| {
        let text = std::fs::read_to_string(s.root().join("locales/lv/main.ftl")).unwrap();
        s.write(
            "locales/lv/main.ftl",
            &format!("{text}only-latvian = Tikai latviski\n"),
        );
    });
    assert_reports(
        &stderr,
        "error[fluent-missing-key]: locales/lv/main.ftl:7:1: The interface text \"only-latvian\" is missing in \"en\".",
    );
}

#[test]
fn a_fluent_key_missing_everywhere_fails_where_the_template_asks_for_it() {
    let stderr = fails_cleanly(|s| {
        s.write("themes/plain/templates/page.html", "{% extends \"base.html\" %}\n{% block main %}{{ t(key=\"nowhere\") }}{% endblock main %}\n")
    });
    assert_reports(
        &stderr,
        "there is no interface text \"nowhere\" in locales/lv/",
    );
}

#[test]
fn two_pages_on_one_url() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/jaunumi/cits.lv.md",
            "---\ntitle: Cits\ndate: 2023-01-01\nslug: ligums\n---\n",
        )
    });
    assert_reports(
        &stderr,
        "error[url-collision]: content/jaunumi/ligums.lv.md",
    );
    assert_reports(
        &stderr,
        "Two files claim the same address: content/jaunumi/cits.lv.md and content/jaunumi/ligums.lv.md.",
    );
}

#[test]
fn a_page_and_a_bundle_with_the_same_name() {
    let stderr = fails_cleanly(|s| s.write("content/par/index.lv.md", "---\ntitle: Par 2\n---\n"));
    assert_reports(&stderr, "error[url-collision]");
}

#[test]
fn an_unknown_shortcode() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n\n{{ nav_tada(id=\"x\") }}\n",
        )
    });
    assert_reports(
        &stderr,
        "error[shortcode-unknown]: content/par.lv.md:5:1: There is no shortcode \"nav_tada\".",
    );
}

#[test]
fn a_malformed_shortcode() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n{{ skaits(n=\"3) }}\n",
        )
    });
    assert_reports(&stderr, "error[shortcode-malformed]: content/par.lv.md:4:1");
}

#[test]
fn an_alias_that_leaves_the_site() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\naliases: [\"/../../etc/x.html\"]\n---\n",
        )
    });
    assert_reports(&stderr, "error[alias-invalid]: content/par.lv.md:3:");
}

#[test]
fn a_slug_that_is_empty() {
    let stderr =
        fails_cleanly(|s| s.write("content/par.lv.md", "---\ntitle: Par\nslug: \"!!!\"\n---\n"));
    assert_reports(&stderr, "error[slug-empty]: content/par.lv.md:3:1");
}

#[test]
fn a_file_without_front_matter() {
    let stderr = fails_cleanly(|s| s.write("content/par.lv.md", "# Par mums\n"));
    assert_reports(
        &stderr,
        "error[front-matter-missing]: content/par.lv.md:1:1",
    );
}

#[test]
fn every_problem_of_a_run_is_reported() {
    let stderr = fails_cleanly(|s| {
        s.write("content/par.lv.md", "---\nslug: par\n---\n[x](@/nav.md)\n");
        s.write("content/jaunumi/x.lv.md", "---\ntitle: X\n---\n");
    });
    assert_reports(&stderr, "error[news-missing-date]: content/jaunumi/x.lv.md");
    assert_reports(&stderr, "error[page-missing-title]: content/par.lv.md");
    assert_reports(&stderr, "2 errors, 0 warnings");
}
