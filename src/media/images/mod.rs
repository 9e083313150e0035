//! Raster images (JPEG, PNG, WebP, GIF), one step a file: `probe` reads a file's facts
//! from its header and hashes its bytes; `plan` decides, from those facts and the
//! `images:` settings alone, which variants (width × format) to publish; `decode` turns
//! bytes into upright pixels within a memory limit; `resize` and `encode` make the
//! variants' bytes (nothing but pixels: no EXIF, GPS, XMP, ICC or text); `strip` writes
//! a GIF again frame by frame without its extensions and an upright JPEG without its
//! metadata segments (`jpeg` walks a JPEG's parts); `cache` runs all that once per
//! source and settings, in parallel, into files that later builds reuse; `error` says
//! what went wrong and `diagnose` words it for the page that uses the file.

mod cache;
mod decode;
mod diagnose;
mod encode;
mod error;
mod jpeg;
mod make;
mod plan;
mod probe;
mod resize;
mod strip;
#[cfg(test)]
mod tests;

pub(crate) use cache::{Cache, CacheKey, Processed};
pub(crate) use diagnose::{large_warning, misnamed_warning};
pub(crate) use error::ImageError;
pub(crate) use plan::{Variant, og_variant, plan};
pub(crate) use probe::{ImageFacts, MAX_PIXELS, probe};

/// The raster formats lapa publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum RasterFormat {
    /// JPEG (`.jpg`, `.jpeg`).
    Jpeg,
    /// PNG.
    Png,
    /// WebP (lossy, with alpha when the source has it).
    Webp,
    /// GIF, animated or not.
    Gif,
}

impl RasterFormat {
    /// The file extension lapa gives variants of this format (`jpg`, `png`, `webp`,
    /// `gif`); the original keeps its own name.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Gif => "gif",
        }
    }

    /// The media type (`image/webp`), for `<source type=…>`.
    pub(crate) fn mime(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Webp => "image/webp",
            Self::Gif => "image/gif",
        }
    }

    /// The format's name as people know it (`JPEG`), for messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
            Self::Webp => "WebP",
            Self::Gif => "GIF",
        }
    }

    /// Whether a file name's extension is one of a raster format lapa processes
    /// (`jpg`, `jpeg`, `png`, `webp`, `gif`, any case).
    pub(crate) fn from_extension(path: &std::path::Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "jpg" | "jpeg" => Some(Self::Jpeg),
            "png" => Some(Self::Png),
            "webp" => Some(Self::Webp),
            "gif" => Some(Self::Gif),
            _ => None,
        }
    }
}
