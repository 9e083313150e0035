//! `robots.txt`: allow everything and point to the sitemap.

use super::output::OutputFile;
use crate::model::Site;

/// Renders robots.txt.
pub(super) fn render(site: &Site, path: &str) -> OutputFile {
    OutputFile::text(
        path,
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            site.config.base_url
        ),
    )
}
