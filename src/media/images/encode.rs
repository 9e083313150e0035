//! Pixels → file bytes in each format lapa publishes. Only pixels go in, so nothing but
//! pixels comes out: jpeg-encoder writes a JFIF header (it is 2–3× faster than image's
//! own JPEG encoder, with SIMD), image's PNG encoder the image chunks, libwebp (through
//! the `webp` crate) a lossy VP8 stream with an alpha chunk when there is alpha; none of
//! them writes EXIF, XMP, ICC or text.

use super::resize::Frame;
use super::{ImageError, RasterFormat};
use image::codecs::gif::GifEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{DynamicImage, ExtendedColorType, ImageEncoder};

/// The quality of a re-encoded original (JPEG, WebP): high, so that the published
/// original is as good as the upload to the eye.
pub(super) const ORIGINAL_QUALITY: u8 = 90;

/// A frame in `format` at `quality` (JPEG and WebP; PNG is lossless, GIF quantised).
pub(super) fn encode(
    frame: &Frame<'_>,
    format: RasterFormat,
    quality: u8,
) -> Result<Vec<u8>, ImageError> {
    let failed = |e: image::ImageError| ImageError::Corrupt {
        detail: e.to_string(),
    };
    let mut out = Vec::new();
    let color = if frame.alpha {
        ExtendedColorType::Rgba8
    } else {
        ExtendedColorType::Rgb8
    };
    match format {
        RasterFormat::Jpeg => jpeg(frame, quality, &mut out)?,
        RasterFormat::Png => png_encoder(&mut out)
            .write_image(&frame.data, frame.width, frame.height, color)
            .map_err(failed)?,
        RasterFormat::Webp => out = webp(frame, quality)?,
        RasterFormat::Gif => {
            let rgba: Vec<u8> = if frame.alpha {
                frame.data.to_vec()
            } else {
                frame
                    .data
                    .chunks_exact(3)
                    .flat_map(|p| [p[0], p[1], p[2], 255])
                    .collect()
            };
            GifEncoder::new_with_speed(&mut out, 10)
                .encode(&rgba, frame.width, frame.height, ExtendedColorType::Rgba8)
                .map_err(failed)?;
        }
    }
    Ok(out)
}

/// A decoded PNG again, losslessly, in its own colour type and bit depth.
pub(super) fn png_original(image: &DynamicImage) -> Result<Vec<u8>, ImageError> {
    let mut out = Vec::new();
    png_encoder(&mut out)
        .write_image(
            image.as_bytes(),
            image.width(),
            image.height(),
            image.color().into(),
        )
        .map_err(|e| ImageError::Corrupt {
            detail: e.to_string(),
        })?;
    Ok(out)
}

/// JPEG (jpeg-encoder subsamples colour 4:2:0 below quality 90 and keeps it whole from
/// there, so a re-encoded original keeps sharp colour edges).
fn jpeg(frame: &Frame<'_>, quality: u8, out: &mut Vec<u8>) -> Result<(), ImageError> {
    let failed = |detail: String| ImageError::Corrupt { detail };
    let side = |n: u32| u16::try_from(n).map_err(|_| failed(format!("{n} pixels")));
    jpeg_encoder::Encoder::new(out, quality)
        .encode(
            &frame.rgb(),
            side(frame.width)?,
            side(frame.height)?,
            jpeg_encoder::ColorType::Rgb,
        )
        .map_err(|e| failed(e.to_string()))
}

fn png_encoder(out: &mut Vec<u8>) -> PngEncoder<&mut Vec<u8>> {
    PngEncoder::new_with_quality(out, CompressionType::Default, FilterType::Adaptive)
}

/// Lossy WebP (alpha kept, compressed losslessly by libwebp beside the lossy colour).
fn webp(frame: &Frame<'_>, quality: u8) -> Result<Vec<u8>, ImageError> {
    let failed = |detail: String| ImageError::Corrupt { detail };
    let layout = if frame.alpha {
        webp::PixelLayout::Rgba
    } else {
        webp::PixelLayout::Rgb
    };
    let mut config = webp::WebPConfig::new().map_err(|()| failed("WebP settings".to_string()))?;
    config.lossless = 0;
    config.alpha_compression = 1;
    config.quality = f32::from(quality);
    config.method = 4;
    let encoded = webp::Encoder::new(&frame.data, layout, frame.width, frame.height)
        .encode_advanced(&config)
        .map_err(|e| failed(format!("{e:?}")))?;
    Ok(encoded.to_vec())
}
