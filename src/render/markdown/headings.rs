//! Heading ids: from an explicit `{#id}` or from the heading's text, made unique on the
//! page (`vesture`, `vesture-1`, …) and kept clear of the ids the theme and the footnotes
//! use (`main`, `fn-1`). The other heading attributes (`{.class key=value}`) are all kept.

use crate::values::slug::slugify;
use std::collections::HashSet;

/// Hands out unique ids within one page.
#[derive(Default)]
pub(super) struct HeadingIds {
    used: HashSet<String>,
}

impl HeadingIds {
    /// Hands out ids that are none of `reserved`.
    pub(super) fn reserving(reserved: impl IntoIterator<Item = String>) -> Self {
        Self {
            used: reserved.into_iter().collect(),
        }
    }

    /// A unique id for a heading; `explicit` wins over the text.
    pub(super) fn assign(&mut self, explicit: Option<&str>, text: &str) -> String {
        let base = match explicit {
            Some(id) if !id.is_empty() => id.to_string(),
            _ => {
                let slug = slugify(text);
                if slug.is_empty() {
                    "section".to_string()
                } else {
                    slug
                }
            }
        };
        let mut id = base.clone();
        let mut n = 1;
        while !self.used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// The attributes of a heading after its id: ` class="a b" data-x="1"`, escaped. Names
/// that cannot be HTML attribute names are returned apart, for a warning.
pub(super) fn attributes(
    classes: &[&str],
    attrs: &[(&str, Option<&str>)],
) -> (String, Vec<String>) {
    let mut classes: Vec<&str> = classes.to_vec();
    let mut out = String::new();
    let mut rejected = Vec::new();
    let mut rest = String::new();
    for (name, value) in attrs {
        if name.eq_ignore_ascii_case("class") {
            classes.extend(value.iter().flat_map(|v| v.split_whitespace()));
            continue;
        }
        if !is_attribute_name(name) || name.eq_ignore_ascii_case("id") {
            rejected.push(name.to_string());
            continue;
        }
        rest.push_str(&format!(
            " {}=\"{}\"",
            name.to_ascii_lowercase(),
            super::escape(value.unwrap_or(""))
        ));
    }
    if !classes.is_empty() {
        out.push_str(&format!(" class=\"{}\"", super::escape(&classes.join(" "))));
    }
    out.push_str(&rest);
    (out, rejected)
}

/// A name HTML accepts for an attribute written in markup (letters, digits, `-`, `_`,
/// `:`, `.`, starting with a letter).
fn is_attribute_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_per_page() {
        let mut ids = HeadingIds::default();
        assert_eq!(ids.assign(None, "Vēsture"), "vesture");
        assert_eq!(ids.assign(None, "Vēsture"), "vesture-1");
        assert_eq!(ids.assign(Some("x"), "Vēsture"), "x");
        assert_eq!(ids.assign(None, "!!"), "section");
        let mut ids = HeadingIds::reserving(["main".to_string(), "fn-1".to_string()]);
        assert_eq!(ids.assign(None, "Main"), "main-1");
        assert_eq!(ids.assign(Some("fn-1"), ""), "fn-1-1");
    }

    #[test]
    fn every_attribute_is_kept_and_escaped() {
        let (html, rejected) = attributes(
            &["a", "b"],
            &[
                ("data-x", Some("1 \"2\"")),
                ("hidden", None),
                ("\"x\"", Some("y")),
                ("class", Some("c")),
            ],
        );
        assert_eq!(
            html,
            " class=\"a b c\" data-x=\"1 &quot;2&quot;\" hidden=\"\""
        );
        assert_eq!(rejected, vec!["\"x\""]);
    }
}
