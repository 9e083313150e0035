//! `sitemap.xml`: every page with its absolute URL, last change, and `xhtml:link`
//! alternates for its translations (and `x-default`).

use super::output::OutputFile;
use crate::model::Site;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// Renders the sitemap.
pub(super) fn render(site: &Site, path: &str) -> OutputFile {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let mut urlset = BytesStart::new("urlset");
    urlset.push_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
    urlset.push_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"));
    let _ = writer.write_event(Event::Start(urlset));
    let mut pages: Vec<&crate::model::Page> = site.pages().collect();
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    for page in pages {
        let _ = writer.write_event(Event::Start(BytesStart::new("url")));
        element(&mut writer, "loc", &site.permalink(&page.path));
        if let Some(date) = page.updated.or(page.date) {
            element(&mut writer, "lastmod", &date.date().to_string());
        }
        let translations: Vec<&crate::model::Page> = site.translations(page).collect();
        if translations.len() > 1 {
            for t in translations {
                alternate(&mut writer, &t.lang, &site.permalink(&t.path));
            }
            alternate(&mut writer, "x-default", &site.config.base_url);
        }
        let _ = writer.write_event(Event::End(BytesEnd::new("url")));
    }
    let _ = writer.write_event(Event::End(BytesEnd::new("urlset")));
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    OutputFile {
        path: path.to_string(),
        content: super::output::Content::Bytes(bytes),
    }
}

fn element(writer: &mut Writer<Vec<u8>>, name: &str, text: &str) {
    let _ = writer.write_event(Event::Start(BytesStart::new(name)));
    let _ = writer.write_event(Event::Text(BytesText::new(text)));
    let _ = writer.write_event(Event::End(BytesEnd::new(name)));
}

fn alternate(writer: &mut Writer<Vec<u8>>, hreflang: &str, href: &str) {
    let mut link = BytesStart::new("xhtml:link");
    link.push_attribute(("rel", "alternate"));
    link.push_attribute(("hreflang", hreflang));
    link.push_attribute(("href", href));
    let _ = writer.write_event(Event::Empty(link));
}
