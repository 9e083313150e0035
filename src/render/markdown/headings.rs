//! Heading ids: from an explicit `{#id}` or from the heading's text, made unique on the
//! page (`vesture`, `vesture-1`, …).

use crate::model::slug::slugify;
use std::collections::HashSet;

/// Hands out unique ids within one page.
#[derive(Default)]
pub struct HeadingIds {
    used: HashSet<String>,
}

impl HeadingIds {
    /// A unique id for a heading; `explicit` wins over the text.
    pub fn assign(&mut self, explicit: Option<&str>, text: &str) -> String {
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
    }
}
