//! `lapa new`: a news item, an event and a page start as one file per language with
//! their front matter filled in; the files build as they are; an existing file is never
//! replaced; a wrong section is a usage error, in English and in Latvian.

use crate::support::{Site, run_lapa};

fn read(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn news_starts_as_a_dated_bundle_in_both_languages_and_builds() {
    let site = Site::bundled();
    let title = "Jauns dienas centrs: „Saulīte“ \"Ludzā\"";
    let run = site.lapa(&["new", "news", title, "--now", "2024-01-10T09:30"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let folder = "content/jaunumi/2024-01-10-jauns-dienas-centrs-saulite-ludza";
    let lv = format!("{folder}/index.lv.md");
    let en = format!("{folder}/index.en.md");
    assert_eq!(
        run.stdout.lines().take(2).collect::<Vec<_>>(),
        [format!("Created {lv}"), format!("Created {en}")]
    );
    let lv_text = read(&site, &lv);
    assert!(lv_text.contains("\ndate: 2024-01-10\n"), "{lv_text}");
    assert!(lv_text.contains("\nsummary: \"\"\n"));
    assert!(lv_text.contains("\ntags: []\n"));
    assert!(
        lv_text.contains("# Virsraksts:"),
        "Latvian comments: {lv_text}"
    );
    assert!(!lv_text.contains("draft"));
    let en_text = read(&site, &en);
    assert!(
        en_text.contains("# The title:"),
        "English comments: {en_text}"
    );
    assert!(
        en_text.contains("\ndraft: true\n"),
        "the translation waits: {en_text}"
    );

    site.build(&[]);
    let page = site.page("lv/jaunumi/2024-01-10-jauns-dienas-centrs-saulite-ludza/index.html");
    // Straight quotes become Latvian ones, as everywhere in the site.
    let shown = "Jauns dienas centrs: „Saulīte“ „Ludzā“";
    assert_eq!(page.text("h1"), shown);
    assert_eq!(page.attr("time", "datetime"), "2024-01-10");
    let list = site.page("lv/jaunumi/index.html");
    assert!(list.texts(".entry-title").iter().any(|t| t == shown));
    assert!(
        !site
            .public()
            .join("en/news/2024-01-10-jauns-dienas-centrs-saulite-ludza")
            .exists(),
        "the untranslated draft is not published"
    );
}

#[test]
fn an_event_has_its_times_and_builds_without_an_empty_place() {
    let site = Site::bundled();
    let run = site.lapa(&["new", "event", "Tikšanās Rēzeknē", "--now", "2024-03-05"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lv = "content/pasakumi/2024-03-05-tiksanas-rezekne/index.lv.md";
    let text = read(&site, lv);
    assert!(text.contains("\nstart: 2024-03-05T10:00\n"), "{text}");
    assert!(text.contains("\nend: 2024-03-05T12:00\n"));
    assert!(text.contains("\nlocation:\n  name: \"\"\n  address: \"\"\n"));
    site.build(&[]);
    let page = site.page("lv/pasakumi/2024-03-05-tiksanas-rezekne/index.html");
    assert_eq!(page.text("h1"), "Tikšanās Rēzeknē");
    assert_eq!(
        page.attr(".event-facts time", "datetime"),
        "2024-03-05T10:00"
    );
    // The place left empty is not shown as an empty "Where".
    assert_eq!(page.count(".event-facts dt"), 1);
}

#[test]
fn a_page_goes_into_the_named_section() {
    let site = Site::bundled();
    let run = site.lapa(&["new", "page", "izpratne", "Kas ir atbalsta persona?"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = read(&site, "content/izpratne/kas-ir-atbalsta-persona.lv.md");
    assert!(text.starts_with("---\n# Virsraksts:"), "{text}");
    assert!(text.contains("\ntitle: \"Kas ir atbalsta persona?\"\n"));
    assert!(!text.contains("date:"));
    assert!(
        site.root()
            .join("content/izpratne/kas-ir-atbalsta-persona.en.md")
            .is_file()
    );
    site.build(&[]);
    let page = site.page("lv/izpratne/kas-ir-atbalsta-persona/index.html");
    assert_eq!(page.text("h1"), "Kas ir atbalsta persona?");
}

#[test]
fn an_existing_file_is_never_replaced() {
    let site = Site::bundled();
    let args = ["new", "news", "Ziņa", "--now", "2024-01-10"];
    assert_eq!(site.lapa(&args).code, 0);
    let lv = "content/jaunumi/2024-01-10-zina/index.lv.md";
    site.write(
        lv,
        "---\ntitle: Mans teksts\ndate: 2024-01-10\n---\nSvarīgs teksts.\n",
    );
    let again = site.lapa(&args);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stdout.is_empty());
    insta::assert_snapshot!("new_exists.en", again.stderr);
    assert_eq!(
        read(&site, lv),
        "---\ntitle: Mans teksts\ndate: 2024-01-10\n---\nSvarīgs teksts.\n"
    );
}

#[test]
fn a_wrong_section_is_wrong_usage_in_both_languages() {
    let site = Site::bundled();
    for lang in ["en", "lv"] {
        let run = run_lapa(
            site.root(),
            lang,
            &["new", "page", "nav-tadas", "Virsraksts"],
        );
        assert_eq!(run.code, 2, "{}", run.stderr);
        insta::assert_snapshot!(format!("new_section_unknown.{lang}"), run.stderr);
    }
    // A data section's pages come from its data file.
    let run = site.lapa(&["new", "page", "rezultati", "Virsraksts"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("new-section-data"), "{}", run.stderr);
    assert!(
        !site
            .root()
            .join("content/rezultati/virsraksts.lv.md")
            .exists()
    );
}

#[test]
fn a_site_without_a_news_section_says_how_to_add_one() {
    let site = Site::fixture("basic");
    for lang in ["lv", "en"] {
        let file = format!("content/jaunumi/_index.{lang}.md");
        site.write(&file, &read(&site, &file).replace("kind: news\n", ""));
    }
    let run = site.lapa(&["new", "news", "Ziņa"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("new-no-section"), "{}", run.stderr);
    assert!(run.stderr.contains("kind: news"), "{}", run.stderr);
}

#[test]
fn a_title_without_letters_is_refused() {
    let site = Site::bundled();
    let run = site.lapa(&["new", "news", "!!!"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("new-title-no-slug"), "{}", run.stderr);
}

#[test]
fn what_new_makes_passes_check() {
    let site = Site::bundled();
    for args in [
        vec!["new", "news", "Jauna ziņa", "--now", "2024-01-10"],
        vec!["new", "event", "Jauns pasākums", "--now", "2024-02-10"],
        vec!["new", "page", "izpratne", "Jauna lapa"],
    ] {
        let run = site.lapa(&args);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let run = site.lapa(&["check", "--now", "2024-01-15T12:00", "--format", "json"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // No problem names a file `new` made (the bundled site's own two warnings stay).
    let problems: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let about_new: Vec<&serde_json::Value> = problems
        .iter()
        .filter(|p| {
            let file = p["file"].as_str().unwrap_or_default();
            file.contains("2024-01-10-jauna-zina")
                || file.contains("2024-02-10-jauns-pasakums")
                || file.contains("jauna-lapa")
        })
        .collect();
    assert!(about_new.is_empty(), "{about_new:#?}");
    assert!(
        problems.iter().all(|p| p["id"] == "message-unused"),
        "{problems:#?}"
    );
}
