//! The reload script in served HTML: `serve` adds one `<script>` element, pointing at its
//! own `/__lapa/live.js`, to each HTML page as it sends it. The site kept in memory and
//! any built output never hold it.

/// Where `serve` answers with the reload script.
pub(crate) const SCRIPT_PATH: &str = "/__lapa/live.js";

/// Where `serve` answers with the reload events.
pub(crate) const EVENTS_PATH: &str = "/__lapa/events";

/// The element added to each page.
const TAG: &[u8] = b"<script src=\"/__lapa/live.js\" defer></script>\n";

/// The page with the reload script before its last `</body>` (at its end without one).
pub(crate) fn inject(html: &[u8]) -> Vec<u8> {
    let at = html
        .windows(b"</body".len())
        .rposition(|w| w.eq_ignore_ascii_case(b"</body"))
        .unwrap_or(html.len());
    let (before, after) = html.split_at(at);
    [before, TAG, after].concat()
}

#[cfg(test)]
mod tests {
    use super::inject;

    #[test]
    fn the_script_goes_before_the_body_ends() {
        let page = b"<!doctype html><html><body><p>x</p></BODY></html>";
        assert_eq!(
            String::from_utf8(inject(page)).unwrap(),
            "<!doctype html><html><body><p>x</p>\
             <script src=\"/__lapa/live.js\" defer></script>\n</BODY></html>"
        );
        assert!(inject(b"<p>x").ends_with(b"</script>\n"));
    }
}
