//! The fragment partners paste into their own pages: the same markup as the embed's
//! document, with every address lapa wrote made absolute, since the fragment is read on
//! another host. lapa writes its addresses from the site's root (`/di/lv/…`, the base
//! path first), so those are the ones changed; an address that already names a host
//! (`//…`, `https://…`) or a page's own anchor is left as it is.

/// `html` with every `href`, `src` and `srcset` that starts at the base path prefixed by
/// the site's scheme and host.
pub(super) fn absolute_addresses(html: &str, base_url: &str, base_path: &str) -> String {
    let origin = base_url
        .strip_suffix(base_path)
        .unwrap_or_else(|| base_url.trim_end_matches('/'));
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = next_value(rest) {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        if after.starts_with('/') && !after.starts_with("//") {
            out.push_str(origin);
        }
        // Past the attribute's opening quote and first character.
        let step = after.chars().next().map_or(0, char::len_utf8);
        out.push_str(&after[..step]);
        rest = &after[step..];
    }
    out.push_str(rest);
    out
}

/// Where the next address attribute's value starts.
fn next_value(text: &str) -> Option<usize> {
    [" href=\"", " src=\"", " srcset=\""]
        .iter()
        .filter_map(|name| text.find(name).map(|i| i + name.len()))
        .min()
}

#[cfg(test)]
mod tests {
    use super::absolute_addresses;

    #[test]
    fn addresses_from_the_root_get_the_host() {
        let html = r##"<a href="/di/lv/a/">a</a> <img src="/di/img/x.svg" alt=""> <a href="https://other.example/">o</a> <a href="#x">x</a> <a href="mailto:a@b.lv">m</a>"##;
        assert_eq!(
            absolute_addresses(html, "https://www.example.org/di/", "/di/"),
            r##"<a href="https://www.example.org/di/lv/a/">a</a> <img src="https://www.example.org/di/img/x.svg" alt=""> <a href="https://other.example/">o</a> <a href="#x">x</a> <a href="mailto:a@b.lv">m</a>"##
        );
        assert_eq!(
            absolute_addresses(r#"<a href="/lv/">x</a>"#, "https://example.org/", "/"),
            r#"<a href="https://example.org/lv/">x</a>"#
        );
    }
}
