//! Messages a person who edits content can act on: whole rendered messages in English and
//! Latvian (header, snippet, localised hint label), YAML errors in plain words at the
//! place to fix, one error for one slip in an `.ftl` file, and every problem of a run
//! reported together.

use crate::support::{Run, Site, run_lapa, tree};

/// `lapa --lang <lang> build --now …` in the site folder.
fn build_in(site: &Site, lang: &str) -> Run {
    run_lapa(site.root(), lang, &["build", "--now", "2024-01-15T12:00"])
}

/// The basic site, built once (so that a previous output exists), then changed.
fn changed(change: impl Fn(&Site)) -> Site {
    let site = Site::fixture("basic");
    site.build(&[]);
    change(&site);
    site
}

/// Runs the build in both languages: both fail with exit 1 and leave the output as it
/// was. Returns the English and the Latvian stderr.
fn fails_in_both(site: &Site) -> (String, String) {
    let before = site.tree();
    let mut out = Vec::new();
    for lang in ["en", "lv"] {
        let run = build_in(site, lang);
        assert_eq!(run.code, 1, "--lang {lang}:\n{}", run.stderr);
        assert!(tree(&site.public()) == before, "output changed");
        out.push(run.stderr);
    }
    (out.remove(0), out.remove(0))
}

fn assert_has(stderr: &str, expected: &str) {
    assert!(
        stderr.contains(expected),
        "expected:\n{expected}\nin:\n{stderr}"
    );
}

fn count(stderr: &str, what: &str) -> usize {
    stderr.matches(what).count()
}

#[test]
fn columns_count_letters_in_header_and_snippet_in_both_languages() {
    let site = changed(|s| {
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n\nSkatīt [šo](@/nav/tada.md).\n",
        )
    });
    let (en, lv) = fails_in_both(&site);
    assert_eq!(
        en,
        "error[link-target-missing]: content/par.lv.md:5:8: The link \"@/nav/tada.md\" points to a file that does not exist.
   ╭─[content/par.lv.md:5:8]
 4 │
 5 │ Skatīt [šo](@/nav/tada.md).
   ·        ───────────────────
   ╰────
  help: Check the path: it starts at content/, e.g. @/jaunumi/ligums.md.
1 error, 0 warnings
Nothing was written: the previous output is as it was.
"
    );
    assert_eq!(
        lv,
        "kļūda[link-target-missing]: content/par.lv.md:5:8: Saite \"@/nav/tada.md\" ved uz failu, kas neeksistē.
   ╭─[content/par.lv.md:5:8]
 4 │
 5 │ Skatīt [šo](@/nav/tada.md).
   ·        ───────────────────
   ╰────
  padoms: Pārbaudiet ceļu: tas sākas no content/, piemēram, @/jaunumi/ligums.md.
1 kļūda, 0 brīdinājumu
Nekas netika ierakstīts: iepriekšējais rezultāts palika, kā bija.
"
    );
}

#[test]
fn a_text_where_a_number_belongs_says_which_number_to_write() {
    let site = changed(|s| {
        s.write(
            "content/tikai-latviski.lv.md",
            "---\ntitle: Ārā\nweight: 540 bērni\n---\nx\n",
        )
    });
    let (en, lv) = fails_in_both(&site);
    assert_has(
        &en,
        "error[yaml-expected-number]: content/tikai-latviski.lv.md:3:9: weight: \"540 bērni\" is not a number.
   ╭─[content/tikai-latviski.lv.md:3:9]
 2 │ title: Ārā
 3 │ weight: 540 bērni
   ·         ─────────
 4 │ ---
   ╰────
  help: Write only the number: 540, not \"540 bērni\".
",
    );
    assert_has(
        &lv,
        "kļūda[yaml-expected-number]: content/tikai-latviski.lv.md:3:9: weight: \"540 bērni\" nav skaitlis.
   ╭─[content/tikai-latviski.lv.md:3:9]
 2 │ title: Ārā
 3 │ weight: 540 bērni
   ·         ─────────
 4 │ ---
   ╰────
  padoms: Rakstiet tikai skaitli: 540, nevis \"540 bērni\".
",
    );
}

#[test]
fn a_duplicate_key_is_reported_at_the_second_one() {
    let site = changed(|s| {
        s.write(
            "content/tikai-latviski.lv.md",
            "---\ntitle: Viens\nslug: viens\ntitle: Divi\n---\nx\n",
        )
    });
    let (en, lv) = fails_in_both(&site);
    assert_has(
        &en,
        "error[yaml-duplicate-key]: content/tikai-latviski.lv.md:4:1: The key title appears twice (first on line 2).
   ╭─[content/tikai-latviski.lv.md:4:1]
 3 │ slug: viens
 4 │ title: Divi
   · ─────
 5 │ ---
   ╰────
  help: Keep one of the two lines and delete the other.
",
    );
    assert_has(
        &lv,
        "kļūda[yaml-duplicate-key]: content/tikai-latviski.lv.md:4:1: Atslēga title ir divreiz (pirmo reizi 2. rindā).",
    );
    assert_has(
        &lv,
        "  padoms: Atstājiet vienu no abām rindām, otru izdzēsiet.\n",
    );
}

#[test]
fn a_duplicate_key_in_a_data_file_keeps_its_key_path() {
    let site = changed(|s| {
        s.write(
            "content/data/project.yaml",
            "name:\n  lv: Projekts\n  en: Project\n  lv: Otrs\nnumber: \"1\"\n",
        )
    });
    let (en, _) = fails_in_both(&site);
    assert_has(
        &en,
        "error[yaml-duplicate-key]: content/data/project.yaml:4:3: The key name.lv appears twice (first on line 2).",
    );
    // The templates that read the data are not reported as failing too.
    assert!(!en.contains("template-render"), "{en}");
}

#[test]
fn yaml_slips_are_named_after_their_cause() {
    let cases = [
        (
            "title: A\n\tslug: a\n",
            "yaml-tab",
            "3:1",
            "A tab is used for indentation here.",
        ),
        (
            "title: \"Sākums\nslug: a\n",
            "yaml-unclosed-quote",
            "2:8",
            "The quote \" opened here is never closed.",
        ),
        (
            "title: A\ntags: [a, b\n",
            "yaml-unclosed-bracket",
            "3:7",
            "The bracket [ opened here is never closed.",
        ),
        (
            "title:Sākums\nslug: a\n",
            "yaml-missing-space",
            "2:6",
            "The key title has no space after its colon.",
        ),
        (
            "title: Projekts: Latgale\n",
            "yaml-colon-in-value",
            "2:16",
            "This text contains a colon followed by a space, which YAML reads as a new key.",
        ),
        (
            "title: A\nlocation:\n  name: X\n    address: Y\n",
            "yaml-indentation",
            "5:5",
            "This line is indented differently from the lines around it.",
        ),
        (
            "title: A\ntags: birka\n",
            "yaml-expected-list",
            "3:7",
            "tags: a list belongs here, not the text \"birka\".",
        ),
        (
            "title: A\ndraft: jā\n",
            "yaml-expected-yes-no",
            "3:8",
            "draft: \"jā\" is neither true nor false.",
        ),
        (
            "title: A\nweight: 2.5\n",
            "yaml-expected-whole-number",
            "3:9",
            "weight: 2.5 is not a whole number.",
        ),
        (
            "title: A\nlocation:\n  name: X\n  adrese: Y\n",
            "yaml-unknown-field",
            "5:3",
            "location: there is no field \"adrese\" here.",
        ),
    ];
    for (yaml, id, place, text) in cases {
        let site = changed(|s| {
            s.write(
                "content/tikai-latviski.lv.md",
                &format!("---\n{yaml}---\nx\n"),
            )
        });
        let run = build_in(&site, "en");
        assert_eq!(run.code, 1, "{yaml:?}");
        assert_has(
            &run.stderr,
            &format!("error[{id}]: content/tikai-latviski.lv.md:{place}: {text}\n"),
        );
        assert_eq!(count(&run.stderr, "error["), 1, "{}", run.stderr);
    }
}

#[test]
fn the_colon_hint_shows_the_quoted_line() {
    let site = changed(|s| {
        s.write(
            "content/tikai-latviski.lv.md",
            "---\ntitle: Projekts: Latgale\n---\nx\n",
        )
    });
    let (en, lv) = fails_in_both(&site);
    assert_has(
        &en,
        "  help: Put the text in quotes: title: \"Projekts: Latgale\"\n",
    );
    assert_has(
        &lv,
        "  padoms: Lieciet tekstu pēdiņās: title: \"Projekts: Latgale\"\n",
    );
}

#[test]
fn no_library_wording_reaches_the_reader() {
    let front_matter = [
        "title: A\nweight: daudz\n",
        "title: [a]\n",
        "title: A\nlocation: Rīga\n",
        "title: A\nkind: blogs\n",
        "- a\n- b\n",
        "title: 'A\n",
        "title: {lv: A\n",
        "title: A\n  slug: b\n",
        "title: A\n tags: [a]\n",
        "title: `A`\n",
        "title: A\nstart: 2024-01-01\nlocation:\n  address: X\n",
    ];
    for yaml in front_matter {
        let site = changed(|s| {
            s.write(
                "content/tikai-latviski.lv.md",
                &format!("---\n{yaml}---\nx\n"),
            )
        });
        for lang in ["en", "lv"] {
            let run = build_in(&site, lang);
            assert_eq!(run.code, 1, "{yaml:?}");
            for raw in [
                // (with its space: the ids say yaml-expected-…)
                "expected ",
                "invalid type",
                "mapping values",
                "at line",
                "f64",
                "i64",
                "struct",
                "sequence",
                "help:",
            ] {
                if lang == "en" && raw == "help:" {
                    continue;
                }
                assert!(
                    !run.stderr.contains(raw),
                    "{raw:?} in {yaml:?} {lang}: {}",
                    run.stderr
                );
            }
        }
    }
}

#[test]
fn site_yaml_errors_are_explained_too() {
    let site = changed(|s| {
        let text = std::fs::read_to_string(s.root().join("content/site.yaml")).unwrap();
        s.write(
            "content/site.yaml",
            &text.replace("theme: plain", "theme: plain\ntheme: other"),
        )
    });
    let (en, _) = fails_in_both(&site);
    assert_has(
        &en,
        "error[yaml-duplicate-key]: content/site.yaml:9:1: The key theme appears twice (first on line 8).",
    );
}

#[test]
fn one_slip_in_an_ftl_file_is_one_error_at_its_line() {
    let site = changed(|s| {
        let text = std::fs::read_to_string(s.root().join("locales/lv/main.ftl")).unwrap();
        s.write(
            "locales/lv/main.ftl",
            &text.replace("hello = Sveiki", "hello Sveiki"),
        )
    });
    let (en, lv) = fails_in_both(&site);
    assert_eq!(
        en,
        "error[fluent-syntax]: locales/lv/main.ftl:6:7: This line has no \"=\" between the key and the text.
   ╭─[locales/lv/main.ftl:6:7]
 5 │ }
 6 │ hello Sveiki, { $name }!
   ·       ─
 7 │
   ╰────
  help: Write \"key = text\". If this line continues the text above, indent it with spaces.
1 error, 0 warnings
Nothing was written: the previous output is as it was.
"
    );
    assert_has(
        &lv,
        "kļūda[fluent-syntax]: locales/lv/main.ftl:6:7: Šajā rindā starp atslēgu un tekstu nav \"=\".",
    );
    assert_has(&lv, "1 kļūda, 0 brīdinājumu");
}

#[test]
fn an_unclosed_brace_in_an_ftl_file_points_at_the_brace() {
    let site = changed(|s| {
        let text = std::fs::read_to_string(s.root().join("locales/en/main.ftl")).unwrap();
        let broken = text
            .lines()
            .map(|l| {
                if l.starts_with("hello = ") {
                    "hello = Hello, { $name!"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        s.write("locales/en/main.ftl", &broken)
    });
    let run = build_in(&site, "en");
    assert_eq!(run.code, 1);
    let line = std::fs::read_to_string(site.root().join("locales/en/main.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("hello = "))
        .unwrap()
        + 1;
    assert_has(
        &run.stderr,
        &format!(
            "error[fluent-syntax]: locales/en/main.ftl:{line}:16: A {{ here is not closed with }}"
        ),
    );
    assert_eq!(count(&run.stderr, "error["), 1, "{}", run.stderr);
}

#[test]
fn a_key_really_missing_in_one_language_is_still_reported() {
    let site = changed(|s| {
        let text = std::fs::read_to_string(s.root().join("locales/lv/main.ftl")).unwrap();
        let without: String = text
            .lines()
            .filter(|l| !l.starts_with("hello = "))
            .map(|l| format!("{l}\n"))
            .collect();
        // And a slip elsewhere in the same file.
        s.write(
            "locales/lv/main.ftl",
            &without.replace("tags-title = Birkas", "tags-title Birkas"),
        )
    });
    let run = build_in(&site, "en");
    assert_eq!(run.code, 1);
    assert_has(
        &run.stderr,
        "error[fluent-missing-key]: locales/en/main.ftl:",
    );
    assert_has(
        &run.stderr,
        "The interface text \"hello\" is missing in \"lv\".",
    );
    assert_has(&run.stderr, "error[fluent-syntax]: locales/lv/main.ftl:");
    // tags-title is broken, not missing.
    assert!(
        !run.stderr.contains("\"tags-title\" is missing"),
        "{}",
        run.stderr
    );
    assert_eq!(count(&run.stderr, "error["), 2, "{}", run.stderr);
}

#[test]
fn a_byte_order_mark_in_an_ftl_file_is_accepted() {
    let site = Site::fixture("basic");
    let text = std::fs::read_to_string(site.root().join("locales/lv/main.ftl")).unwrap();
    site.write("locales/lv/main.ftl", &format!("\u{feff}{text}"));
    let run = build_in(&site, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let page = site.page("lv/birkas/index.html");
    assert!(page.count("html") == 1);
}

#[test]
fn model_and_render_problems_are_reported_in_one_run() {
    let site = changed(|s| {
        s.write(
            "content/tikai-latviski.lv.md",
            "---\nslug: tikai\n---\nTeksts.\n",
        );
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n\nSkatīt [šo](@/nav/tada.md).\n",
        );
        let tag =
            std::fs::read_to_string(s.root().join("themes/plain/templates/tag.html")).unwrap();
        s.write(
            "themes/plain/templates/tag.html",
            &format!("{tag}{{% if %}}\n"),
        );
    });
    let (en, lv) = fails_in_both(&site);
    assert_has(
        &en,
        "error[page-missing-title]: content/tikai-latviski.lv.md:2:1: The page has no title.",
    );
    assert_has(
        &en,
        "error[link-target-missing]: content/par.lv.md:5:8: The link \"@/nav/tada.md\" points to a file that does not exist.",
    );
    assert_has(
        &en,
        "error[template-syntax]: themes/plain/templates/tag.html:3:7:",
    );
    assert_has(&en, "3 errors, 0 warnings\n");
    assert_eq!(count(&en, "error["), 3, "{en}");
    assert_has(&lv, "3 kļūdas, 0 brīdinājumu\n");
}

#[test]
fn a_link_to_a_file_that_cannot_be_read_is_not_reported_again() {
    let site = changed(|s| {
        s.write(
            "content/tikai-latviski.lv.md",
            "---\ntitle: A\ntags: [a\n---\nx\n",
        );
        s.write(
            "content/par.lv.md",
            "---\ntitle: Par\n---\n\n[Tikai](@/tikai-latviski.md) un [nav](@/nav.md).\n",
        );
    });
    let (en, _) = fails_in_both(&site);
    assert_has(
        &en,
        "error[yaml-unclosed-bracket]: content/tikai-latviski.lv.md:3:7:",
    );
    assert_has(&en, "error[link-target-missing]: content/par.lv.md:5:");
    assert_has(&en, "\"@/nav.md\"");
    assert!(!en.contains("\"@/tikai-latviski.md\""), "{en}");
    assert_eq!(count(&en, "error["), 2, "{en}");
}

#[test]
fn warnings_use_the_localised_hint_label() {
    let site = Site::fixture("basic");
    site.write("content/kopiena/lieks.txt", "x");
    let run = build_in(&site, "lv");
    assert_eq!(run.code, 0, "{}", run.stderr);
    if run.stderr.contains("brīdinājums[") {
        assert!(run.stderr.contains("  padoms: "), "{}", run.stderr);
        assert!(!run.stderr.contains("help:"), "{}", run.stderr);
    }
}

#[test]
fn a_data_file_that_cannot_be_read_is_not_reported_again_as_missing() {
    let site = Site::fixture("data");
    site.build(&[]);
    let text = std::fs::read_to_string(site.root().join("content/data/indicators.yaml")).unwrap();
    site.write(
        "content/data/indicators.yaml",
        &text.replacen("    unit: unit-persons", "    unit unit-persons", 1),
    );
    let run = build_in(&site, "en");
    assert_eq!(run.code, 1);
    assert_has(
        &run.stderr,
        "error[yaml-not-key-value]: content/data/indicators.yaml:13:5: This line is not \"key: value\".",
    );
    assert_eq!(count(&run.stderr, "error["), 1, "{}", run.stderr);
}
