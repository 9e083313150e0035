//! A raster file's facts without decoding its pixels: the format (from its bytes, not
//! its name), the size after EXIF orientation, whether it is animated, and the hash of
//! its bytes that keys the cache. A header that announces more than [`MAX_PIXELS`] is
//! refused here, before any pixel memory is taken.

use super::jpeg::Part;
use super::{ImageError, RasterFormat};
use image::metadata::Orientation;
use image::{ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use std::path::Path;

/// The most pixels lapa decodes (width × height): a 48-megapixel phone photo fits,
/// a decompression bomb does not.
pub(crate) const MAX_PIXELS: u64 = 100_000_000;

/// The longest side lapa decodes, whatever the pixel count.
const MAX_SIDE: u32 = 30_000;

/// What [`probe`] found out about a raster file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ImageFacts {
    /// The format of its bytes.
    pub format: RasterFormat,
    /// Width in pixels as displayed (after EXIF orientation).
    pub width: u32,
    /// Height in pixels as displayed (after EXIF orientation).
    pub height: u32,
    /// File size in bytes.
    pub bytes: u64,
    /// xxh3-128 of the file's bytes.
    pub hash: u128,
    /// An animated GIF (more than one frame): published whole, never resized.
    pub animated: bool,
    /// Whether its pixels may be transparent (an alpha channel or a transparent colour).
    pub alpha: bool,
    /// The EXIF orientation (1..=8; 1 when there is none).
    pub orientation: u8,
}

/// Reads a raster file's facts. Errors: [`ImageError::Io`] when it cannot be read,
/// [`ImageError::Unsupported`] for a format lapa does not publish (HEIC, AVIF, TIFF,
/// BMP, animated WebP, not an image), [`ImageError::Corrupt`] for a header that does not
/// read, [`ImageError::TooLarge`] beyond [`MAX_PIXELS`].
pub(crate) fn probe(path: &Path) -> Result<ImageFacts, ImageError> {
    let bytes = std::fs::read(path).map_err(|e| ImageError::io(path, &e))?;
    probe_bytes(&bytes)
}

/// [`probe`] of bytes already read.
pub(crate) fn probe_bytes(bytes: &[u8]) -> Result<ImageFacts, ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    let format = sniff(bytes)?;
    if format == RasterFormat::Jpeg && !jpeg_is_whole(bytes) {
        return Err(ImageError::Truncated);
    }
    let mut facts = match format {
        RasterFormat::Gif => probe_gif(bytes)?,
        _ => probe_still(bytes, format)?,
    };
    facts.bytes = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    facts.hash = xxhash_rust::xxh3::xxh3_128(bytes);
    Ok(facts)
}

/// The format of the bytes, or what unsupported thing they are.
pub(super) fn sniff(bytes: &[u8]) -> Result<RasterFormat, ImageError> {
    let unsupported = |found: &str| ImageError::Unsupported {
        found: found.to_string(),
    };
    if let Some(brand) = iso_brand(bytes) {
        return Err(unsupported(brand));
    }
    match image::guess_format(bytes) {
        Ok(ImageFormat::Jpeg) => Ok(RasterFormat::Jpeg),
        Ok(ImageFormat::Png) => Ok(RasterFormat::Png),
        Ok(ImageFormat::WebP) => Ok(RasterFormat::Webp),
        Ok(ImageFormat::Gif) => Ok(RasterFormat::Gif),
        Ok(other) => Err(unsupported(
            other
                .extensions_str()
                .first()
                .map_or("unknown".to_string(), |e| e.to_ascii_uppercase())
                .as_str(),
        )),
        Err(_) => Err(unsupported("unknown")),
    }
}

/// Whether a JPEG's picture data ends with the end-of-image marker. Its segments are
/// walked to the first start of scan; after it, the entropy-coded data cannot hold the
/// bytes `FF D9` (a data `FF` is always followed by `00` or a restart marker), so finding
/// them means the picture is whole (what phones append after it, such as Samsung's
/// trailer or a motion photo's video, comes after). A structure that cannot be walked
/// counts as whole: the decoder judges it.
pub(super) fn jpeg_is_whole(bytes: &[u8]) -> bool {
    for part in super::jpeg::parts(bytes) {
        match part {
            Part::Segment {
                marker: 0xDA, end, ..
            } => {
                return bytes
                    .get(end..)
                    .is_some_and(|data| data.windows(2).any(|w| w == [0xFF, 0xD9]));
            }
            Part::End | Part::Broken => return true,
            Part::Segment { .. } | Part::Scan(_) => {}
        }
    }
    true
}

/// HEIC/HEIF/AVIF: an ISO media file (`ftyp` box) of one of their brands.
fn iso_brand(bytes: &[u8]) -> Option<&'static str> {
    if bytes.get(4..8) != Some(b"ftyp") {
        return None;
    }
    let brand = bytes.get(8..12)?;
    Some(match brand {
        b"avif" | b"avis" => "AVIF",
        b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" => "HEIC",
        b"mif1" | b"msf1" => "HEIF",
        _ => "ISO media",
    })
}

/// The limits every decoder of lapa runs with.
pub(super) fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    // Room for the largest image in 16-bit RGBA, and no more.
    limits.max_alloc = Some(MAX_PIXELS * 8);
    limits
}

/// Refuses a header beyond the limits.
pub(super) fn check_size(width: u32, height: u32) -> Result<(), ImageError> {
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE {
        return Err(ImageError::TooLarge { width, height });
    }
    if width == 0 || height == 0 {
        return Err(ImageError::Corrupt {
            detail: format!("{width}×{height} pixels"),
        });
    }
    Ok(())
}

/// A decoder of JPEG, PNG or WebP bytes, its header read, its size checked.
pub(super) fn still_decoder(
    bytes: &[u8],
    format: RasterFormat,
) -> Result<impl ImageDecoder + '_, ImageError> {
    let image_format = match format {
        RasterFormat::Jpeg => ImageFormat::Jpeg,
        RasterFormat::Png => ImageFormat::Png,
        RasterFormat::Webp => ImageFormat::WebP,
        RasterFormat::Gif => ImageFormat::Gif,
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format);
    reader.no_limits();
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| ImageError::from_image(&e))?;
    let (width, height) = decoder.dimensions();
    check_size(width, height)?;
    decoder
        .set_limits(limits())
        .map_err(|e| ImageError::from_image(&e))?;
    Ok(decoder)
}

fn probe_still(bytes: &[u8], format: RasterFormat) -> Result<ImageFacts, ImageError> {
    if format == RasterFormat::Webp && is_animated_webp(bytes) {
        return Err(ImageError::Unsupported {
            found: "animated WebP".to_string(),
        });
    }
    let mut decoder = still_decoder(bytes, format)?;
    let (width, height) = decoder.dimensions();
    // A broken EXIF block is no reason to refuse the picture: it is upright then.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let alpha = decoder.color_type().has_alpha();
    let (width, height) = if swaps_sides(orientation) {
        (height, width)
    } else {
        (width, height)
    };
    Ok(ImageFacts {
        format,
        width,
        height,
        bytes: 0,
        hash: 0,
        animated: false,
        alpha,
        orientation: orientation.to_exif(),
    })
}

/// Whether an orientation turns the picture by a quarter (width and height trade places).
pub(super) fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// A WebP whose VP8X header has the animation flag.
fn is_animated_webp(bytes: &[u8]) -> bool {
    bytes.get(12..16) == Some(b"VP8X") && bytes.get(20).is_some_and(|flags| flags & 0x02 != 0)
}

/// A GIF's facts: its screen size and whether it has a second frame, read without
/// decompressing any frame.
fn probe_gif(bytes: &[u8]) -> Result<ImageFacts, ImageError> {
    let corrupt = |e: gif::DecodingError| ImageError::Corrupt {
        detail: e.to_string(),
    };
    let mut options = gif::DecodeOptions::new();
    options.skip_frame_decoding(true);
    let mut decoder = options.read_info(Cursor::new(bytes)).map_err(corrupt)?;
    let (width, height) = (u32::from(decoder.width()), u32::from(decoder.height()));
    check_size(width, height)?;
    let mut frames = 0;
    let mut alpha = false;
    while frames < 2 {
        match decoder.next_frame_info().map_err(corrupt)? {
            Some(frame) => {
                alpha |= frame.transparent.is_some();
                frames += 1;
            }
            None => break,
        }
    }
    if frames == 0 {
        return Err(ImageError::Corrupt {
            detail: "no frame".to_string(),
        });
    }
    Ok(ImageFacts {
        format: RasterFormat::Gif,
        width,
        height,
        bytes: 0,
        hash: 0,
        animated: frames > 1,
        alpha,
        orientation: 1,
    })
}
