//! The `Content-Type` of an output, from its file name: the registered media type
//! (`mime_guess`'s table; lapa's `atom.xml` feeds as Atom), with `charset=utf-8` on every text lapa writes (HTML, CSS,
//! scripts, feeds, calendars, contact cards, JSON, SVG, CSV), since lapa writes UTF-8.

/// The media type to send for an output path.
pub(crate) fn content_type(path: &str) -> String {
    let extension = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let essence = match extension.as_str() {
        // Not in every table, or not as browsers want them.
        "js" | "mjs" => "text/javascript".to_string(),
        "ics" => "text/calendar".to_string(),
        "vcf" => "text/vcard".to_string(),
        // lapa's feeds are `atom.xml`.
        "xml" if path.ends_with("atom.xml") => "application/atom+xml".to_string(),
        "xml" => "application/xml".to_string(),
        "atom" => "application/atom+xml".to_string(),
        "webmanifest" => "application/manifest+json".to_string(),
        _ => mime_guess::from_ext(&extension)
            .first_raw()
            .unwrap_or("application/octet-stream")
            .to_string(),
    };
    if is_text(&essence) {
        format!("{essence}; charset=utf-8")
    } else {
        essence
    }
}

/// Whether a media type is text lapa writes in UTF-8.
fn is_text(essence: &str) -> bool {
    essence.starts_with("text/")
        || essence.ends_with("+xml")
        || essence.ends_with("+json")
        || essence == "application/xml"
        || essence == "application/json"
}

#[cfg(test)]
mod tests {
    use super::content_type;

    #[test]
    fn each_kind_of_output_has_its_type() {
        for (path, expected) in [
            ("lv/index.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("js/site.js", "text/javascript; charset=utf-8"),
            ("lv/pasakumi/calendar.ics", "text/calendar; charset=utf-8"),
            ("lv/kontakti/anna.vcf", "text/vcard; charset=utf-8"),
            ("sitemap.xml", "application/xml; charset=utf-8"),
            ("lv/atom.xml", "application/atom+xml; charset=utf-8"),
            ("feed.atom", "application/atom+xml; charset=utf-8"),
            ("data.json", "application/json; charset=utf-8"),
            ("logo.svg", "image/svg+xml; charset=utf-8"),
            ("table.csv", "text/csv; charset=utf-8"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("photo.JPG", "image/jpeg"),
            ("photo.png", "image/png"),
            ("photo.webp", "image/webp"),
            ("font.woff2", "font/woff2"),
            ("report.pdf", "application/pdf"),
            ("no-extension", "application/octet-stream"),
        ] {
            assert_eq!(content_type(path), expected, "{path}");
        }
    }
}
