//! Footnotes, numbered by lapa rather than by pulldown-cmark's HTML writer (which numbers
//! per call, so a note referenced in a heading came out as a second "1"). Numbers follow
//! the order of first reference in the whole page; notes never referenced follow. Every
//! id is namespaced (`fn-1`, `fnref-1`, `fnref-1-2` for a second reference) and the
//! list carries its own heading (`footnotes-title`), so heading ids can step aside. A
//! text shown beside a page's own (an indicator's description) puts a prefix before every
//! id, so two texts on one page never share one.

use super::escape;
use pulldown_cmark::{Event, Tag};
use std::collections::HashMap;
use std::ops::Range;

/// The id of the footnote list's heading.
pub(super) const TITLE_ID: &str = "footnotes-title";

/// Footnote numbers of one page.
#[derive(Debug, Default)]
pub(super) struct Footnotes {
    /// Label → number.
    numbers: HashMap<String, usize>,
    /// Number - 1 → how many references it has.
    references: Vec<usize>,
    /// References seen so far while rendering, per number - 1.
    seen: Vec<usize>,
    /// Put before every id written (`description-`), empty for a page's own text.
    prefix: String,
}

impl Footnotes {
    /// Numbers the footnotes of a parsed page.
    pub(super) fn number(events: &[(Event<'_>, Range<usize>)], prefix: &str) -> Self {
        let mut notes = Self {
            prefix: prefix.to_string(),
            ..Self::default()
        };
        let defined: Vec<&str> = events
            .iter()
            .filter_map(|(e, _)| match e {
                Event::Start(Tag::FootnoteDefinition(label)) => Some(label.as_ref()),
                _ => None,
            })
            .collect();
        for (event, _) in events {
            if let Event::FootnoteReference(label) = event
                && defined.contains(&label.as_ref())
            {
                let n = notes.assign(label);
                notes.references[n - 1] += 1;
            }
        }
        for label in defined {
            notes.assign(label);
        }
        notes.seen = vec![0; notes.references.len()];
        notes
    }

    fn assign(&mut self, label: &str) -> usize {
        let next = self.numbers.len() + 1;
        let n = *self.numbers.entry(label.to_string()).or_insert(next);
        if n == next {
            self.references.push(0);
        }
        n
    }

    /// The number of a label.
    pub(super) fn get(&self, label: &str) -> Option<usize> {
        self.numbers.get(label).copied()
    }

    /// An id as written: with the prefix.
    pub(super) fn id(&self, id: &str) -> String {
        format!("{}{id}", self.prefix)
    }

    /// Every id the footnotes use (before the prefix, which headings share), for headings
    /// to avoid.
    pub(super) fn ids(&self) -> Vec<String> {
        let mut ids = vec![TITLE_ID.to_string()];
        for (i, &count) in self.references.iter().enumerate() {
            let n = i + 1;
            ids.push(format!("fn-{n}"));
            for k in 1..=count.max(1) {
                ids.push(reference_id(n, k));
            }
        }
        ids
    }

    /// The HTML of the next reference to a label; `None` for a label without a note.
    pub(super) fn reference(&mut self, label: &str) -> Option<String> {
        let n = self.get(label)?;
        let seen = self.seen.get_mut(n - 1)?;
        *seen += 1;
        let seen = *seen;
        Some(format!(
            "<sup class=\"footnote-ref\"><a href=\"#{}\" id=\"{}\" role=\"doc-noteref\">{n}</a></sup>",
            self.id(&format!("fn-{n}")),
            self.id(&reference_id(n, seen))
        ))
    }

    /// The back-links of note `n`, one per reference; `label(k)` names the k-th.
    pub(super) fn back_links(&self, n: usize, label: &dyn Fn(usize) -> String) -> String {
        let count = self.references.get(n - 1).copied().unwrap_or(0);
        (1..=count)
            .map(|k| {
                let mark = if k == 1 {
                    "↩".to_string()
                } else {
                    format!("↩<sup>{k}</sup>")
                };
                format!(
                    " <a href=\"#{}\" class=\"footnote-back\" role=\"doc-backlink\" aria-label=\"{}\">{mark}</a>",
                    self.id(&reference_id(n, k)),
                    escape(&label(k))
                )
            })
            .collect()
    }
}

/// `fnref-1` for the first reference to note 1, `fnref-1-2` for the second.
fn reference_id(n: usize, k: usize) -> String {
    if k <= 1 {
        format!("fnref-{n}")
    } else {
        format!("fnref-{n}-{k}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    #[test]
    fn numbers_follow_the_first_reference() {
        let body = "# Title[^b]\n\nText[^a] and[^b] again[^a].\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n";
        let events: Vec<_> = Parser::new_ext(body, Options::ENABLE_FOOTNOTES)
            .into_offset_iter()
            .collect();
        let mut notes = Footnotes::number(&events, "");
        assert_eq!(notes.get("b"), Some(1));
        assert_eq!(notes.get("a"), Some(2));
        assert_eq!(notes.get("c"), Some(3));
        assert!(notes.reference("a").unwrap().contains("id=\"fnref-2\""));
        assert!(notes.reference("a").unwrap().contains("id=\"fnref-2-2\""));
        assert!(notes.ids().contains(&"fn-3".to_string()));
        assert_eq!(
            notes
                .back_links(2, &|k| format!("back {k}"))
                .matches("<a ")
                .count(),
            2
        );
    }
}
