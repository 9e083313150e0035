//! One image's files made from its bytes: decoded once, turned upright, the original
//! encoded again (an upright JPEG or a GIF stripped without decoding instead) and every
//! variant resized from the next larger one (cheaper than from the full size, and as
//! sharp at these ratios), all encoded in parallel, each written to its path as soon as
//! it is made.

use super::decode::decode;
use super::encode::{ORIGINAL_QUALITY, encode, png_original};
use super::resize::Frame;
use super::strip::{strip_gif, strip_jpeg};
use super::{ImageError, ImageFacts, RasterFormat, Variant};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Writes the stripped original to `original` and each variant to its path.
pub(super) fn make(
    bytes: &[u8],
    facts: &ImageFacts,
    original: &Path,
    variants: &[(Variant, PathBuf)],
    quality: u8,
) -> Result<(), ImageError> {
    if facts.format == RasterFormat::Gif {
        write(original, &strip_gif(bytes, facts.animated)?)?;
        if variants.is_empty() {
            return Ok(());
        }
    }
    // An upright JPEG keeps its own compressed picture; a turned one is encoded again.
    let kept_jpeg = (facts.format == RasterFormat::Jpeg && facts.orientation == 1)
        .then(|| strip_jpeg(bytes))
        .flatten();
    if let Some(stripped) = &kept_jpeg {
        write(original, stripped)?;
    }
    let image = decode(bytes, facts)?;
    let full = Frame::of(&image);
    let sizes = sizes(&full, variants)?;
    let frame_of = |width: u32| {
        sizes
            .iter()
            .find(|frame| frame.width == width)
            .unwrap_or(&full)
    };
    // The original is the largest job: it goes first, so that it runs beside the rest.
    let jobs: Vec<Option<&(Variant, PathBuf)>> = std::iter::once(None)
        .filter(|_| facts.format != RasterFormat::Gif && kept_jpeg.is_none())
        .chain(variants.iter().map(Some))
        .collect();
    jobs.par_iter().try_for_each(|job| match job {
        None => {
            let bytes = match facts.format {
                RasterFormat::Png => png_original(&image)?,
                format => encode(&full, format, ORIGINAL_QUALITY)?,
            };
            write(original, &bytes)
        }
        Some((variant, path)) => {
            let frame = frame_of(variant.width);
            write(path, &encode(frame, variant.format, quality)?)
        }
    })
}

/// Every width the variants need below the full one, widest first, each resized from
/// the smallest frame already made that is at least twice as wide (else from the full
/// one): far cheaper than from the full size, and as sharp, since one Lanczos pass over
/// a picture at least twice the size leaves nothing of the earlier one to see.
fn sizes(
    full: &Frame<'_>,
    variants: &[(Variant, PathBuf)],
) -> Result<Vec<Frame<'static>>, ImageError> {
    let mut wanted: Vec<(u32, u32)> = variants
        .iter()
        .map(|(v, _)| (v.width, v.height))
        .filter(|&(width, _)| width < full.width)
        .collect();
    wanted.sort_unstable_by(|a, b| b.cmp(a));
    wanted.dedup_by_key(|(width, _)| *width);
    let mut frames: Vec<Frame<'static>> = Vec::with_capacity(wanted.len());
    for (width, height) in wanted {
        let source = frames
            .iter()
            .rev()
            .find(|frame| frame.width >= width.saturating_mul(2));
        let next = match source {
            Some(larger) => larger.resized(width, height)?,
            None => full.resized(width, height)?,
        };
        frames.push(next);
    }
    Ok(frames)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), ImageError> {
    std::fs::write(path, bytes).map_err(|e| ImageError::io(path, &e))
}
