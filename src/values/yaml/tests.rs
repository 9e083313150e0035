//! Unit tests of YAML error conversion: each kind of slip becomes its problem, placed
//! where the fix goes.

use super::*;
use crate::values::text::Text;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Shape {
    title: Option<String>,
    count: Option<u32>,
    budget: Option<f64>,
    tags: Option<Vec<String>>,
    draft: Option<bool>,
    name: Option<Text>,
    place: Option<Place>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Place {
    name: String,
    address: Option<String>,
}

fn problem(yaml: &str) -> Problem {
    let error = yaml_serde::from_str::<Shape>(yaml).unwrap_err();
    explain(yaml, &error)
}

fn place(yaml: &str, problem: &Problem) -> (usize, usize) {
    LineIndex::new(yaml).line_column(yaml, problem.span.start)
}

#[test]
fn duplicate_keys_point_at_the_second() {
    let yaml = "title: A\ncount: 3\ntitle: B\n";
    let p = problem(yaml);
    assert_eq!(p.id, "yaml-duplicate-key");
    assert_eq!(place(yaml, &p), (3, 1));
    assert_eq!(p.args, vec![("key", "title".into()), ("first", "1".into())]);

    let yaml = "place:\n  name: X\n  name: Y\n";
    let error = yaml_serde::from_str::<yaml_serde::Value>(yaml).unwrap_err();
    let p = explain(yaml, &error);
    assert_eq!(p.id, "yaml-duplicate-key");
    assert_eq!(place(yaml, &p), (3, 3));
    assert_eq!(p.args[0], ("key", "place.name".into()));
}

#[test]
fn text_where_a_number_belongs() {
    let yaml = "title: Ā\ncount: 540 bērni\n";
    let p = problem(yaml);
    assert_eq!(p.id, "yaml-expected-number");
    assert_eq!(place(yaml, &p), (2, 8));
    assert_eq!(
        p.args,
        vec![
            ("key", "count".into()),
            ("value", "540 bērni".into()),
            ("number", "540".into())
        ]
    );
    let p = problem("budget: 7 596 069,00 EUR\n");
    assert_eq!(p.args[2], ("number", "7596069.00".into()));
    let p = problem("budget: daudz\n");
    assert_eq!(p.args[2], ("number", "none".into()));
    assert_eq!(problem("count: 5.5\n").id, "yaml-expected-whole-number");
    assert_eq!(problem("count: -5\n").id, "yaml-expected-count");
}

#[test]
fn other_shapes() {
    let p = problem("tags: birka\n");
    assert_eq!(p.id, "yaml-expected-list");
    assert_eq!(p.args[2], ("example", "tags: [birka]".into()));
    assert_eq!(problem("draft: jā\n").id, "yaml-expected-yes-no");
    assert_eq!(problem("title: [a]\n").id, "yaml-expected-text");
    assert_eq!(problem("name: [a]\n").id, "yaml-expected-text");
    assert_eq!(problem("place: Rīga\n").id, "yaml-expected-fields");
    let p = problem("place:\n  name: X\n  adres: Y\n");
    assert_eq!(p.id, "yaml-unknown-field");
    assert_eq!(
        p.args[1..],
        [("field", "adres".into()), ("known", "name, address".into())]
    );
    assert_eq!(problem("place:\n  address: Y\n").id, "yaml-missing-field");
}

#[test]
fn syntax_slips() {
    let yaml = "title: A\n\tcount: 5\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-tab", (2, 1)));

    let yaml = "title: \"Sākums\ncount: 5\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-unclosed-quote", (1, 8)));

    let yaml = "title: A\ntags: [a, b\ncount: 5\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-unclosed-bracket", (2, 7)));

    let yaml = "title:A\ncount: 5\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-missing-space", (1, 6)));

    let yaml = "count: 5\ntitle: Projekts: Latgale\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-colon-in-value", (2, 16)));
    assert_eq!(
        p.args,
        vec![("fixed", "title: \"Projekts: Latgale\"".into())]
    );

    let yaml = "place:\n  name: X\n    address: Y\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-indentation", (3, 5)));

    let yaml = "place:\n  name: X\n address: Y\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-indentation", (3, 2)));

    assert_eq!(problem("title: @x\n").id, "yaml-reserved-character");

    let yaml = "title: [\n";
    let p = problem(yaml);
    assert_eq!((p.id, place(yaml, &p)), ("yaml-unclosed-bracket", (1, 8)));
}

#[test]
fn no_library_wording_in_arguments() {
    for yaml in [
        "count: x\n",
        "title: [\n",
        "a: b: c\n",
        "- a\n",
        "title: 'x\n",
        "place: {name: x\n",
    ] {
        let p = problem(yaml);
        for (_, value) in &p.args {
            assert!(!value.contains("expected"), "{yaml:?}: {p:?}");
        }
    }
}

#[test]
fn every_prefix_of_bad_yaml_is_explained_without_panic() {
    let texts = [
        "title: \"Sākums\"\ntags: [ā, b]\nplace:\n  name: Rīga\n  address: 'Ielа 1'\n",
        "budget: 7 596 069,00 €\r\ncount: -1\r\n\tname: {lv: ā, en: b}\n",
        "\u{feff}title: a: b: c\n- x\n  - y: [\n",
        "place: {name: \"ā\", address: [}\ndraft: jā # komentārs\n",
    ];
    for text in texts {
        for (end, _) in text.char_indices() {
            let yaml = &text[..end];
            for error in [
                yaml_serde::from_str::<Shape>(yaml).err(),
                yaml_serde::from_str::<yaml_serde::Value>(yaml).err(),
            ]
            .into_iter()
            .flatten()
            {
                let p = explain(yaml, &error);
                assert!(p.span.start <= yaml.len() + 1, "{yaml:?}: {p:?}");
            }
        }
    }
}
