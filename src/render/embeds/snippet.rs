//! The snippet partners paste: the widget's iframe and the sizing script, with the
//! site's absolute addresses (the guide page shows it, oEmbed's `html` carries it). Its
//! preview on the guide page is the same iframe at the site's own address, so that it
//! works on a staging copy too.

use crate::model::Site;
use crate::model::embeds::Embed;
use crate::render::markdown::escape;

/// The partner script's path from the site's root.
pub(crate) const SCRIPT: &str = "embed.js";

/// The path of the script inside every embed document.
pub(crate) const FRAME_SCRIPT: &str = "js/embed-frame.js";

/// The iframe of an embed whose document is at `src` (with `?h=2`, the heading level
/// its widget's title takes), named `title`, as high as its widget's default height.
pub(crate) fn iframe(src: &str, embed: &Embed, title: &str) -> String {
    format!(
        "<iframe src=\"{}?h=2\" title=\"{}\" data-lapa-embed loading=\"lazy\" style=\"width:100%;height:{}px;border:0\"></iframe>",
        escape(src),
        escape(title),
        embed.widget.default_height()
    )
}

/// The snippet to copy: the iframe at the embed's permalink, then the script.
pub(crate) fn snippet(site: &Site, embed: &Embed, title: &str) -> String {
    format!(
        "{}\n<script src=\"{}\" async></script>",
        iframe(&site.permalink(&embed.folder()), embed, title),
        escape(&site.permalink(SCRIPT))
    )
}
