//! Splits a markdown file into its YAML front matter and body, and reads the front
//! matter into `FrontMatter`. Offsets stay relative to the whole file.

use crate::config::yaml_error;
use crate::diagnostics::Diagnostic;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The section kinds of SPEC.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
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
pub struct Location {
    /// Name of the place.
    pub name: String,
    /// Street address.
    #[serde(default)]
    pub address: Option<String>,
}

/// Everything a markdown file's front matter may say (SPEC.md, "Front matter").
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FrontMatter {
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
    /// Any other field, for templates (`page.extra`).
    #[serde(flatten)]
    pub extra: BTreeMap<String, yaml_serde::Value>,
}

/// A split file.
#[derive(Debug, Clone)]
pub struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// Where the YAML starts in the file.
    pub yaml_offset: usize,
    /// The markdown after the closing `---`.
    pub body: &'a str,
    /// Where the body starts in the file.
    pub body_offset: usize,
}

/// Finds the front matter; an error when the file does not start with `---` or the
/// closing line is missing.
pub fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
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
                body: &text[body_offset..],
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
pub fn parse(file: &Path, split: &Split<'_>) -> Result<FrontMatter, Diagnostic> {
    if split.yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    yaml_serde::from_str(split.yaml)
        .map_err(|e| yaml_error(file, split.yaml, split.yaml_offset, &e))
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
