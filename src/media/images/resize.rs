//! Pixels at another size: 8-bit RGB or RGBA (alpha premultiplied while filtering),
//! Lanczos3 by fast_image_resize. [`Frame`] is the one pixel type every variant is made
//! from, borrowed from the decoded image when it already is 8-bit RGB(A).

use super::ImageError;
use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{PixelType, ResizeOptions, Resizer};
use image::DynamicImage;
use std::borrow::Cow;

/// 8-bit pixels, RGB or RGBA, row by row.
pub(super) struct Frame<'a> {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether there are four channels (RGBA) rather than three.
    pub alpha: bool,
    /// The samples.
    pub data: Cow<'a, [u8]>,
}

impl<'a> Frame<'a> {
    /// The decoded image as 8-bit RGB, or RGBA when it has alpha; borrowed when it
    /// already is one of those.
    pub(super) fn of(image: &'a DynamicImage) -> Self {
        let alpha = image.color().has_alpha();
        let data = match image {
            DynamicImage::ImageRgb8(buffer) => Cow::Borrowed(buffer.as_raw().as_slice()),
            DynamicImage::ImageRgba8(buffer) => Cow::Borrowed(buffer.as_raw().as_slice()),
            other if alpha => Cow::Owned(other.to_rgba8().into_raw()),
            other => Cow::Owned(other.to_rgb8().into_raw()),
        };
        Self {
            width: image.width(),
            height: image.height(),
            alpha,
            data,
        }
    }

    fn pixel_type(&self) -> PixelType {
        if self.alpha {
            PixelType::U8x4
        } else {
            PixelType::U8x3
        }
    }

    /// The same picture `width` × `height` (Lanczos3).
    pub(super) fn resized(&self, width: u32, height: u32) -> Result<Frame<'static>, ImageError> {
        let failed = |detail: String| ImageError::Corrupt { detail };
        let source = ImageRef::new(self.width, self.height, &self.data, self.pixel_type())
            .map_err(|e| failed(e.to_string()))?;
        let mut target = Image::new(width, height, self.pixel_type());
        Resizer::new()
            .resize(&source, &mut target, &ResizeOptions::new())
            .map_err(|e| failed(e.to_string()))?;
        Ok(Frame {
            width,
            height,
            alpha: self.alpha,
            data: Cow::Owned(target.into_vec()),
        })
    }

    /// The pixels without alpha (for JPEG), borrowed when there is none.
    pub(super) fn rgb(&self) -> Cow<'_, [u8]> {
        if !self.alpha {
            return Cow::Borrowed(&self.data);
        }
        Cow::Owned(
            self.data
                .chunks_exact(4)
                .flat_map(|pixel| pixel.iter().take(3).copied())
                .collect(),
        )
    }
}
