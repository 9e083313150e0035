//! Which files an image is published as, decided from its facts and the settings alone
//! (no pixels): the widths below its own (never upscaled), its own width when that is not
//! above the largest setting, each in the original format and in WebP, and for a lead
//! image a 1200 px wide Open Graph variant in a format social sites take.

use super::{ImageFacts, RasterFormat};
use crate::config::images::ImageSettings;

/// The width of an Open Graph image.
pub(crate) const OG_WIDTH: u32 = 1200;

/// One resized file of an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Variant {
    /// Its format (first, so that variants sort by format, then width).
    pub format: RasterFormat,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels (the original's aspect ratio, rounded).
    pub height: u32,
}

impl Variant {
    /// Its file name beside the original whose name without extension is `stem`:
    /// `foto` → `foto-480.webp`.
    pub(crate) fn file_name(&self, stem: &str) -> String {
        format!("{stem}-{}.{}", self.width, self.format.extension())
    }
}

/// The variants of an image, sorted by format, then width; none for an animated GIF.
/// `og`: the image is a lead image, so the Open Graph variant ([`og_variant`]) is among
/// them when it is not the original itself.
pub(crate) fn plan(facts: &ImageFacts, settings: &ImageSettings, og: bool) -> Vec<Variant> {
    if facts.animated {
        return Vec::new();
    }
    let own = facts.width;
    let largest = settings.widths.last().copied().unwrap_or(0);
    let mut widths: Vec<u32> = settings
        .widths
        .iter()
        .copied()
        .filter(|&w| w < own)
        .collect();
    if own <= largest {
        widths.push(own);
    }
    let mut formats = Vec::new();
    if facts.format != RasterFormat::Webp {
        formats.push(facts.format);
    }
    if settings.webp || facts.format == RasterFormat::Webp {
        formats.push(RasterFormat::Webp);
    }
    let mut variants: Vec<Variant> = formats
        .iter()
        .flat_map(|&format| widths.iter().map(move |&width| sized(facts, width, format)))
        .collect();
    if og && let Some(og) = og_variant(facts) {
        variants.push(og);
    }
    variants.sort();
    variants.dedup();
    variants
}

/// The Open Graph variant of a lead image: 1200 px wide, in JPEG or PNG (a WebP becomes
/// PNG when it may be transparent, else JPEG; a GIF becomes PNG). `None` when the
/// original serves as it is: it is at most 1200 px wide, or an animated GIF.
pub(crate) fn og_variant(facts: &ImageFacts) -> Option<Variant> {
    if facts.animated || facts.width <= OG_WIDTH {
        return None;
    }
    let format = match facts.format {
        RasterFormat::Jpeg => RasterFormat::Jpeg,
        RasterFormat::Webp if !facts.alpha => RasterFormat::Jpeg,
        RasterFormat::Png | RasterFormat::Webp | RasterFormat::Gif => RasterFormat::Png,
    };
    Some(sized(facts, OG_WIDTH, format))
}

/// A variant `width` wide with the image's aspect ratio (height rounded, at least 1).
fn sized(facts: &ImageFacts, width: u32, format: RasterFormat) -> Variant {
    let own = u64::from(facts.width.max(1));
    let height = (u64::from(facts.height) * u64::from(width) + own / 2) / own;
    Variant {
        format,
        width,
        height: u32::try_from(height.max(1)).unwrap_or(u32::MAX),
    }
}
