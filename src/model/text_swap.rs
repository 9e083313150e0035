//! A markdown file whose front matter stayed as it was: the model reads nothing else of
//! its text but the addresses its body names (which publish content files), so when
//! those are the same too the new text can take the old one's place in the model
//! without building it again (`serve`).

use super::page_source::PageSource;
use super::{PageKey, Site, assets};
use crate::load::Document;
use std::sync::Arc;

/// The model cannot take a new text in place: it must be built again.
#[derive(Debug)]
pub(crate) struct NotInPlace;

impl Site {
    /// Whether `new` (the file read again) can replace the text of the page made from
    /// that file in place: the same file, language and front matter text, and its body
    /// names the same addresses. `Ok(None)`: no page is made from the file (a draft
    /// left out).
    pub(crate) fn text_swap(&self, new: &Document) -> Result<Option<PageKey>, NotInPlace> {
        let Some(page) = self.pages.iter().find(|p| match &p.source {
            PageSource::File(doc) => doc.file == new.file,
            PageSource::Made { .. } => false,
        }) else {
            return Ok(None);
        };
        let PageSource::File(old) = &page.source else {
            return Err(NotInPlace);
        };
        let same_front = old.rel == new.rel
            && old.lang == new.lang
            && old.yaml_offset == new.yaml_offset
            && old.body_offset == new.body_offset
            && old.text.get(..old.body_offset) == new.text.get(..new.body_offset);
        if !same_front || assets::destinations(old.body()) != assets::destinations(new.body()) {
            return Err(NotInPlace);
        }
        Ok(Some(page.key.clone()))
    }

    /// Puts `text` in place of the text of the page `key` (checked with `text_swap`);
    /// returns the text it had.
    pub(crate) fn swap_text(&mut self, key: &PageKey, text: Arc<str>) -> Option<Arc<str>> {
        let &i = self.by_key.get(key)?;
        match &mut self.pages.get_mut(i)?.source {
            PageSource::File(doc) => Some(std::mem::replace(&mut doc.text, text)),
            PageSource::Made { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ModelOptions, Site};
    use std::path::Path;
    use std::sync::Arc;

    fn news_site() -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
        let (sources, _) = crate::load::load(&root, None).expect("the fixture loads");
        let options = ModelOptions {
            drafts: false,
            now: crate::options::resolve_now(Some("2024-01-15T12:00"), None).expect("now"),
            embeds: false,
            search: false,
        };
        super::super::build(sources, &options, None).0
    }

    fn document(site: &Site, id: &str) -> crate::load::Document {
        let page = site.page(id, "lv").expect(id);
        page.source.document().expect("a markdown file").clone()
    }

    #[test]
    fn a_body_edit_is_taken_in_place() {
        let mut site = news_site();
        let mut doc = document(&site, "jaunumi/a");
        doc.text = format!("{}\nVēl viens teikums.\n", doc.text).into();
        let key = site.text_swap(&doc).expect("in place").expect("a page");
        let old = site.swap_text(&key, doc.text.clone()).expect("swapped");
        assert!(!Arc::ptr_eq(&old, &doc.text));
        assert!(
            site.get(&key)
                .expect("page")
                .body()
                .ends_with("Vēl viens teikums.\n")
        );
    }

    #[test]
    fn a_front_matter_edit_or_a_new_address_is_not() {
        let site = news_site();
        let mut doc = document(&site, "jaunumi/a");
        doc.text = doc.text.replacen("title:", "title: X", 1).into();
        assert!(site.text_swap(&doc).is_err());
        let mut doc = document(&site, "jaunumi/a");
        doc.text = format!("{}\n[fails](fails.pdf)\n", doc.text).into();
        assert!(site.text_swap(&doc).is_err());
    }
}
