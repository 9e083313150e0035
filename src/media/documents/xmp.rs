//! The title of an XMP packet: `dc:title`'s `rdf:Alt`, the `x-default` entry, else the
//! first. Read with quick-xml; anything else in the packet is ignored.

use quick_xml::Reader;
use quick_xml::events::Event;

/// The title an XMP packet gives, as written.
pub(super) fn title(packet: &str) -> Option<String> {
    let mut reader = Reader::from_str(packet);
    let mut in_title = false;
    // Inside an `rdf:li` of the title: whether it is the default language's.
    let mut item: Option<bool> = None;
    let mut text = String::new();
    let mut first: Option<String> = None;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => match e.name().as_ref() {
                "dc:title" => in_title = true,
                "rdf:li" if in_title => {
                    let default = e
                        .attributes()
                        .flatten()
                        .any(|a| a.key.as_ref() == "xml:lang" && a.value.as_ref() == "x-default");
                    item = Some(default);
                    text.clear();
                }
                _ => {}
            },
            Event::Text(t) if item.is_some() => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if item.is_some() => {
                let name = r.xml10_content();
                text.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                }
            }
            Event::CData(t) if item.is_some() => text.push_str(&t.into_inner()),
            Event::End(e) => match e.name().as_ref() {
                "rdf:li" if in_title => {
                    if item.take() == Some(true) {
                        return Some(text);
                    }
                    first.get_or_insert_with(|| text.clone());
                }
                "dc:title" => return first,
                _ => {}
            },
            Event::Eof => return first,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_language_title_is_taken() {
        let packet = r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="en">Plan</rdf:li><rdf:li xml:lang="x-default">Plāns &amp; tāme &#x2013; 2024</rdf:li></rdf:Alt></dc:title>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"#;
        assert_eq!(title(packet).as_deref(), Some("Plāns & tāme – 2024"));
    }

    #[test]
    fn without_a_default_the_first_title_and_without_a_title_none() {
        let packet = "<x><dc:title><rdf:Alt><rdf:li xml:lang=\"lv\">Pirmais</rdf:li><rdf:li xml:lang=\"en\">First</rdf:li></rdf:Alt></dc:title></x>";
        assert_eq!(title(packet).as_deref(), Some("Pirmais"));
        assert_eq!(title("<x><dc:creator>A</dc:creator></x>"), None);
        assert_eq!(title("<x><dc:title"), None);
    }
}
