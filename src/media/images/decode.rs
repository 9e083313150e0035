//! Bytes → upright pixels: the first (only) frame decoded within lapa's limits, then
//! turned as its EXIF orientation says. The pixels carry nothing else: EXIF, XMP, ICC
//! and text stay behind in the bytes.

use super::probe::still_decoder;
use super::{ImageError, ImageFacts};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder};

/// Decodes a still image (a JPEG, PNG, WebP or the first frame of a GIF) and applies its
/// orientation.
pub(super) fn decode(bytes: &[u8], facts: &ImageFacts) -> Result<DynamicImage, ImageError> {
    let mut decoder = still_decoder(bytes, facts.format)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| ImageError::from_image(&e))?;
    image.apply_orientation(orientation);
    Ok(image)
}
