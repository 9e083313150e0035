//! Splits a markdown file into its YAML front matter and body, and reads the front
//! matter into `FrontMatter`. Offsets stay relative to the whole file.

use crate::diagnostics::Diagnostic;
use crate::values::yaml::yaml_error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The section kinds of SPEC.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub(crate) enum SectionKind {
    /// Plain pages, ordered by weight and title.
    #[default]
    Pages,
    /// Dated news, newest first.
    News,
    /// Events, by start.
    Events,
    /// One page per item of a data file.
    Data,
}

/// An event's place.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Location {
    /// Name of the place.
    pub name: String,
    /// Street address.
    #[serde(default)]
    pub address: Option<String>,
}

/// Everything a markdown file's front matter may say (SPEC.md, "Front matter").
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct FrontMatter {
    /// Required.
    pub title: Option<String>,
    /// URL segment.
    pub slug: Option<String>,
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub date: Option<String>,
    /// Last substantive change.
    pub updated: Option<String>,
    /// For lists, feeds and meta description.
    pub summary: Option<String>,
    /// Left out unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Free-text tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Municipality ids.
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// Lead image (bundle file).
    pub image: Option<String>,
    /// Required with `image`.
    pub image_alt: Option<String>,
    /// Old URLs that redirect here.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Pairs translations whose file names differ.
    pub translation_key: Option<String>,
    /// Order among undated pages.
    pub weight: Option<i64>,
    /// Another template.
    pub template: Option<String>,
    /// Sections: what the section holds.
    pub kind: Option<SectionKind>,
    /// Sections: items per list page.
    pub paginate: Option<usize>,
    /// `kind: data` sections: the data file.
    pub data: Option<String>,
    /// `kind: data` sections: which list of the data file holds the items.
    pub items: Option<String>,
    /// Sections: the template of their pages (data sections: of their item pages).
    pub page_template: Option<String>,
    /// Events.
    pub start: Option<String>,
    /// Events.
    pub end: Option<String>,
    /// Events.
    pub location: Option<Location>,
    /// Events: an online address.
    pub online: Option<String>,
    /// Events: a registration address.
    pub registration: Option<String>,
    /// Easy-to-read versions: who checked the text (a list of names), read by the model.
    pub checked_by: Option<yaml_serde::Value>,
    /// Easy-to-read versions: when it was checked.
    pub checked_on: Option<String>,
    /// The theme's own fields: those under `extra:`, and (with a warning) any other
    /// field lapa does not know, for templates (`page.extra`).
    #[serde(flatten)]
    pub extra: BTreeMap<String, yaml_serde::Value>,
    /// The top-level fields lapa does not know (not those under `extra:`).
    #[serde(skip)]
    pub unknown: Vec<String>,
}

/// The fields every page takes (SPEC.md, "Front matter"); `extra:` holds free-form ones.
const PAGE_FIELDS: &[&str] = &[
    "title",
    "slug",
    "date",
    "updated",
    "summary",
    "draft",
    "tags",
    "municipalities",
    "image",
    "image_alt",
    "aliases",
    "translation_key",
    "weight",
    "template",
    "start",
    "end",
    "location",
    "online",
    "registration",
    "checked_by",
    "checked_on",
    "extra",
];

/// The fields only a section's `_index` takes.
const SECTION_FIELDS: &[&str] = &["kind", "paginate", "data", "items", "page_template"];

/// A split file.
#[derive(Debug, Clone)]
pub(crate) struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// Where the YAML starts in the file.
    pub yaml_offset: usize,
    /// Where the body starts in the file.
    pub body_offset: usize,
}

/// Finds the front matter; an error when the file does not start with `---` or the
/// closing line is missing.
pub(crate) fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[bom..];
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    if rest[..first_line_end].trim_end() != "---" {
        return Err(Diagnostic::error("front-matter-missing")
            .in_file(file)
            .at(bom..bom));
    }
    let yaml_offset = bom + first_line_end;
    let mut offset = yaml_offset;
    for line in text[yaml_offset..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            let body_offset = offset + line.len();
            return Ok(Split {
                yaml: &text[yaml_offset..offset],
                yaml_offset,
                body_offset,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("front-matter-unclosed")
        .in_file(file)
        .at(bom..bom + 3))
}

/// Reads the front matter's YAML.
pub(crate) fn parse(file: &Path, split: &Split<'_>) -> Result<FrontMatter, Diagnostic> {
    if split.yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    let mut front: FrontMatter = yaml_serde::from_str(split.yaml)
        .map_err(|e| yaml_error(file, split.yaml, split.yaml_offset, &e))?;
    front.unknown = front
        .extra
        .keys()
        .filter(|k| k.as_str() != "extra")
        .cloned()
        .collect();
    if let Some(yaml_serde::Value::Mapping(own)) = front.extra.remove("extra") {
        for (key, value) in own {
            if let Some(key) = key.as_str() {
                front.extra.entry(key.to_string()).or_insert(value);
            }
        }
    }
    Ok(front)
}

/// Warnings about fields: one lapa does not know (with the nearest known field, when one
/// is close), and a section's field in a page that is not a section.
pub(crate) fn check_fields(
    file: &Path,
    split: &Split<'_>,
    front: &FrontMatter,
    section: bool,
) -> Vec<Diagnostic> {
    let section_fields_set = [
        ("kind", front.kind.is_some()),
        ("paginate", front.paginate.is_some()),
        ("data", front.data.is_some()),
        ("items", front.items.is_some()),
        ("page_template", front.page_template.is_some()),
    ];
    let misplaced: Vec<&str> = section_fields_set
        .iter()
        .filter(|(_, set)| *set && !section)
        .map(|(name, _)| *name)
        .collect();
    if front.unknown.is_empty() && misplaced.is_empty() {
        return Vec::new();
    }
    let offsets = crate::values::yaml::locate::key_offsets(split.yaml);
    // A key the locator cannot find (odd characters in it) is placed at the start of
    // the front matter, without a length that could cut through a letter.
    let span = |key: &str| match offsets.get(key) {
        Some(&at) => split.yaml_offset + at..split.yaml_offset + at + key.len(),
        None => split.yaml_offset..split.yaml_offset,
    };
    let mut out = Vec::new();
    for key in &front.unknown {
        let known: Vec<&str> = if section {
            PAGE_FIELDS.iter().chain(SECTION_FIELDS).copied().collect()
        } else {
            PAGE_FIELDS.to_vec()
        };
        let diagnostic = match nearest(key, &known) {
            Some(near) => Diagnostic::warning("front-matter-unknown-field-near").with("near", near),
            None => Diagnostic::warning("front-matter-unknown-field"),
        };
        out.push(diagnostic.in_file(file).at(span(key)).with("field", key));
    }
    for key in misplaced {
        out.push(
            Diagnostic::warning("front-matter-section-field")
                .in_file(file)
                .at(span(key))
                .with("field", key),
        );
    }
    out
}

/// The known field closest to `field`, if it is close enough to be a slip of the keyboard:
/// the same up to letter case and `-`/`_`, or one edit away (two for longer names).
pub(crate) fn nearest<'a>(field: &str, known: &[&'a str]) -> Option<&'a str> {
    let field = field.to_lowercase().replace('-', "_");
    let limit = match field.chars().count() {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    };
    known
        .iter()
        .map(|k| (edit_distance(&field, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edit distance counting insertions, deletions, substitutions and swaps of two
/// neighbouring letters as one each (optimal string alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_keeps_offsets() {
        let text = "---\ntitle: A\n---\nBody\n";
        let s = split(Path::new("x.md"), text).unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(&text[s.body_offset..], "Body\n");
        let fm = parse(Path::new("x.md"), &s).unwrap();
        assert_eq!(fm.title.as_deref(), Some("A"));
    }

    #[test]
    fn unknown_fields_name_the_nearest_known_one() {
        assert_eq!(nearest("sumary", PAGE_FIELDS), Some("summary"));
        assert_eq!(nearest("titel", PAGE_FIELDS), Some("title"));
        assert_eq!(nearest("Title", PAGE_FIELDS), Some("title"));
        assert_eq!(nearest("image-alt", PAGE_FIELDS), Some("image_alt"));
        assert_eq!(nearest("tag", PAGE_FIELDS), Some("tags"));
        assert_eq!(nearest("autors", PAGE_FIELDS), None);
        assert_eq!(nearest("xy", PAGE_FIELDS), None);
    }

    #[test]
    fn extra_fields_are_free_and_others_are_reported() {
        let text = "---\ntitle: A\nsumary: B\nextra:\n  autors: Ilona\nkind: news\n---\n";
        let s = split(Path::new("x.md"), text).unwrap();
        let fm = parse(Path::new("x.md"), &s).unwrap();
        assert_eq!(fm.unknown, ["sumary"]);
        assert!(fm.extra.contains_key("autors"));
        let found = check_fields(Path::new("x.md"), &s, &fm, false);
        let ids: Vec<_> = found.iter().map(|d| d.id).collect();
        assert_eq!(
            ids,
            [
                "front-matter-unknown-field-near",
                "front-matter-section-field"
            ]
        );
        assert_eq!(&text[found[0].span.clone().unwrap()], "sumary");
        assert_eq!(&text[found[1].span.clone().unwrap()], "kind");
        assert_eq!(check_fields(Path::new("x.md"), &s, &fm, true).len(), 1);
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error() {
        assert_eq!(
            split(Path::new("x.md"), "# Hi").unwrap_err().id,
            "front-matter-missing"
        );
        assert_eq!(
            split(Path::new("x.md"), "---\ntitle: A\n").unwrap_err().id,
            "front-matter-unclosed"
        );
    }
}
