//! Every bad input: a clear message with file, line and column, exit code 1, every
//! problem reported, and the previous output left exactly as it was.

use crate::support::Site;

/// Builds the fixture, breaks it with `edit`, and checks that the failed build names the
/// problem and leaves the previous output untouched. Returns stderr.
fn fails_cleanly(edit: impl FnOnce(&Site)) -> String {
    fails_cleanly_in("basic", edit)
}

/// `fails_cleanly` for another fixture.
pub fn fails_cleanly_in(fixture: &str, edit: impl FnOnce(&Site)) -> String {
    let site = Site::fixture(fixture);
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

pub fn assert_reports(stderr: &str, expected: &str) {
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
    assert_reports(
        &stderr,
        "error[yaml-unclosed-bracket]: content/par.lv.md:3:7: The bracket [ opened here is never closed.",
    );
}

#[test]
fn malformed_yaml_in_a_data_file() {
    let stderr =
        fails_cleanly(|s| s.write("content/data/project.yaml", "name:\n  lv: A\n   en: B\n"));
    assert_reports(
        &stderr,
        "error[yaml-indentation]: content/data/project.yaml:3:4:",
    );
}

#[test]
fn malformed_site_yaml() {
    let stderr = fails_cleanly(|s| s.write("content/site.yaml", "base_url: [\n"));
    assert_reports(&stderr, "error[yaml-invalid]: content/site.yaml:2:1:");
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
        "error[fluent-missing-key]: locales/lv/main.ftl:12:1: The interface text \"only-latvian\" is missing in \"en\".",
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
    // Found while rendering, in the same run.
    assert_reports(
        &stderr,
        "error[link-target-missing]: content/par.lv.md:4:1:",
    );
    assert_reports(&stderr, "3 errors, 0 warnings");
}

mod data {
    //! Bad data files: the message names the file, key path and line.
    use super::{assert_reports, fails_cleanly_in};
    use crate::support::Site;

    fn replace_in(site: &Site, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(site.root().join(rel)).unwrap();
        assert!(text.contains(from), "{from:?} not in {rel}");
        site.write(rel, &text.replacen(from, to, 1));
    }

    fn indicators(from: &str, to: &str) -> String {
        let (from, to) = (from.to_string(), to.to_string());
        fails_cleanly_in("data", move |s| {
            replace_in(s, "content/data/indicators.yaml", &from, &to)
        })
    }

    #[test]
    fn a_text_without_one_of_the_languages() {
        let stderr = indicators(
            "title: {lv: Bez progresa, en: Without progress}",
            "title: {lv: Bez progresa}",
        );
        assert_reports(
            &stderr,
            "error[data-text-missing-language]: content/data/indicators.yaml:34:5: indicators[1].title: no \"en\" text.",
        );
    }

    #[test]
    fn a_duplicate_id() {
        let stderr = indicators("id: no-progress", "id: grt-services");
        assert_reports(
            &stderr,
            "error[data-duplicate-id]: content/data/indicators.yaml:32:5: indicators[1].id: the id \"grt-services\" is used twice in this file.",
        );
    }

    #[test]
    fn a_malformed_id() {
        let stderr = indicators("id: no-progress", "id: No Progress");
        assert_reports(
            &stderr,
            "error[data-bad-id]: content/data/indicators.yaml:32:5: indicators[1].id: \"No Progress\" cannot be an id.",
        );
    }

    #[test]
    fn an_unknown_group() {
        let stderr = indicators("group: money", "group: nauda");
        assert_reports(
            &stderr,
            "error[data-unknown-group]: content/data/indicators.yaml:38:5: indicators[2].group: there is no group \"nauda\".",
        );
    }

    #[test]
    fn an_unknown_municipality() {
        let stderr = indicators("balvi: 12", "atlantida: 12");
        assert_reports(
            &stderr,
            "error[data-unknown-municipality]: content/data/indicators.yaml:30:7: indicators[0].by_municipality.atlantida: \"atlantida\" is not in content/data/municipalities.yaml.",
        );
    }

    #[test]
    fn a_value_that_is_not_a_number() {
        let stderr = indicators("target: 21", "target: twenty-one");
        assert_reports(
            &stderr,
            "error[yaml-expected-number]: content/data/indicators.yaml:36:13: indicators[1].target: \"twenty-one\" is not a number.",
        );
        // The templates that read the data are not reported as failing too.
        assert!(!stderr.contains("template-render"), "{stderr}");
    }

    #[test]
    fn an_absurdly_large_value() {
        let stderr = indicators("target: 21", "target: 1.7e308");
        assert_reports(
            &stderr,
            "error[data-negative]: content/data/indicators.yaml:",
        );
        assert_reports(&stderr, "indicators[1].target: 170000000000000000000");
    }

    #[test]
    fn a_negative_value() {
        let stderr = indicators("value: 250", "value: -250");
        assert_reports(
            &stderr,
            "error[data-negative]: content/data/indicators.yaml:24:9: indicators[0].progress[1].value: -250 is not a number between 0 and 1 000 000 000 000 000.",
        );
    }

    #[test]
    fn progress_dates_out_of_order() {
        let stderr = indicators("date: 2022-12-31", "date: 2021-06-30");
        assert_reports(
            &stderr,
            "error[data-dates-out-of-order]: content/data/indicators.yaml:23:9: indicators[0].progress[1].date: 2021-06-30 does not come after the entry before it.",
        );
    }

    #[test]
    fn a_unit_without_a_fluent_message() {
        let stderr = indicators(
            "unit: unit-persons\n    target: 21",
            "unit: unit-people\n    target: 21",
        );
        assert_reports(
            &stderr,
            "error[data-unit-unknown]: content/data/indicators.yaml:35:5: indicators[1].unit: there is no interface text \"unit-people\" in locales/lv/.",
        );
    }

    #[test]
    fn a_data_section_naming_a_missing_file() {
        let stderr = fails_cleanly_in("data", |s| {
            replace_in(
                s,
                "content/raditaji/_index.lv.md",
                "data: indicators.yaml",
                "data: radītāji.yaml",
            )
        });
        assert_reports(
            &stderr,
            "error[data-file-missing]: content/raditaji/_index.lv.md:4:1: There is no data file \"radītāji.yaml\" in content/data/.",
        );
    }

    #[test]
    fn an_unknown_municipality_in_front_matter() {
        let stderr = fails_cleanly_in("data", |s| {
            s.write(
                "content/jaunumi/x.lv.md",
                "---\ntitle: X\ndate: 2023-01-01\nmunicipalities: [ludza, atlantida]\n---\n",
            )
        });
        assert_reports(
            &stderr,
            "error[unknown-municipality]: content/jaunumi/x.lv.md:4:",
        );
        assert_reports(
            &stderr,
            "\"atlantida\" is not a municipality in content/data/municipalities.yaml.",
        );
    }

    #[test]
    fn a_bad_phone_number() {
        let stderr = fails_cleanly_in("data", |s| {
            replace_in(
                s,
                "content/data/contacts.yaml",
                "phone: \"65707131\"",
                "phone: \"zvaniet\"",
            )
        });
        assert_reports(
            &stderr,
            "error[data-bad-phone]: content/data/contacts.yaml:6:5: contacts[0].phone: \"zvaniet\" is not a phone number.",
        );
    }
}

mod events {
    //! Bad news and event input.
    use super::{assert_reports, fails_cleanly_in};

    #[test]
    fn an_event_without_start() {
        let stderr = fails_cleanly_in("news", |s| {
            s.write(
                "content/pasakumi/x.lv.md",
                "---\ntitle: Bez sākuma\nlocation: {name: Ludza}\n---\n",
            )
        });
        assert_reports(
            &stderr,
            "error[event-missing-start]: content/pasakumi/x.lv.md:2:1: This event has no start.",
        );
    }

    #[test]
    fn an_end_before_the_start() {
        let stderr = fails_cleanly_in("news", |s| {
            s.write(
                "content/pasakumi/x.lv.md",
                "---\ntitle: Atpakaļ\nstart: 2024-05-02T10:00\nend: 2024-05-01T12:00\n---\n",
            )
        });
        assert_reports(
            &stderr,
            "error[event-end-before-start]: content/pasakumi/x.lv.md:4:1: The event ends (2024-05-01T12:00) before it starts (2024-05-02T10:00).",
        );
    }

    #[test]
    fn an_unparseable_time() {
        let stderr = fails_cleanly_in("news", |s| {
            s.write(
                "content/pasakumi/x.lv.md",
                "---\ntitle: X\nstart: 2024-05-02 pl. 10\n---\n",
            )
        });
        assert_reports(
            &stderr,
            "error[date-invalid]: content/pasakumi/x.lv.md:3:1: start: \"2024-05-02 pl. 10\" is not a date.",
        );
    }

    #[test]
    fn a_tag_that_slugifies_to_nothing() {
        let stderr = fails_cleanly_in("news", |s| {
            s.write(
                "content/jaunumi/x.lv.md",
                "---\ntitle: X\ndate: 2023-06-01\ntags: [\"!!!\"]\n---\n",
            )
        });
        assert_reports(&stderr, "error[tag-slug-empty]: content/jaunumi/x.lv.md:4:");
        assert_reports(&stderr, "The tag \"!!!\" gives an empty address.");
    }

    #[test]
    fn an_unknown_municipality_in_an_event() {
        let stderr = fails_cleanly_in("news", |s| {
            s.write(
                "content/pasakumi/x.lv.md",
                "---\ntitle: X\nstart: 2024-05-02T10:00\nmunicipalities: [atlantida]\n---\n",
            )
        });
        assert_reports(
            &stderr,
            "error[unknown-municipality]: content/pasakumi/x.lv.md:4:",
        );
    }
}

#[test]
fn an_alias_on_a_generated_file() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\naliases: [\"/index.html\"]\n---\n",
        )
    });
    assert_reports(
        &stderr,
        "error[output-collision]: Two things would be written to index.html",
    );
}

#[test]
fn a_date_that_looks_like_a_number_is_quoted_as_written() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/jaunumi/x.lv.md",
            "---\ntitle: X\ndate: \"20230115\"\n---\n",
        )
    });
    assert_reports(&stderr, "date: \"20230115\" is not a date.");
}

#[test]
fn a_broken_at_link_in_a_heading_or_image() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n## Skatīt [x](@/nav-tada.md)\n\n![bilde](@/nav-bilde.md)\n",
        )
    });
    assert_reports(&stderr, "error[link-target-missing]: content/par.lv.md:4:");
    assert_reports(
        &stderr,
        "The link \"@/nav-tada.md\" points to a file that does not exist.",
    );
    assert_reports(
        &stderr,
        "error[link-target-missing]: content/par.lv.md:6:1: The link \"@/nav-bilde.md\"",
    );
}

#[test]
fn a_lead_image_without_alt_text() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/kopiena/galerija/index.lv.md",
            "---\ntitle: Galerija\nimage: foto.svg\n---\n",
        )
    });
    assert_reports(
        &stderr,
        "error[image-alt-missing]: content/kopiena/galerija/index.lv.md:3:1: The lead image has no text alternative.",
    );
}

#[test]
fn a_file_and_a_folder_with_one_name() {
    let stderr = fails_cleanly(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\naliases: [\"/a/b.html\", \"/a/b.html/c/\"]\n---\n",
        )
    });
    assert_reports(
        &stderr,
        "error[output-collision]: Two things would be written to a/b.html",
    );
}
