//! A GIF written again without what is not picture: the screen, the palette, the loop
//! count and every frame (its timing, disposal, transparency and compressed pixels,
//! copied as they are) are kept; comments, XMP, ICC and other application blocks are
//! not. Nothing is decompressed, so an animation keeps every frame exactly.

use super::ImageError;
use std::io::Cursor;

/// The GIF's bytes without metadata.
pub(super) fn strip_gif(bytes: &[u8], animated: bool) -> Result<Vec<u8>, ImageError> {
    let corrupt = |detail: String| ImageError::Corrupt { detail };
    let mut options = gif::DecodeOptions::new();
    options.skip_frame_decoding(true);
    let mut decoder = options
        .read_info(Cursor::new(bytes))
        .map_err(|e| corrupt(e.to_string()))?;
    let palette = decoder.global_palette().unwrap_or_default().to_vec();
    let repeat = decoder.repeat();
    let mut out = Vec::new();
    {
        let mut encoder = gif::Encoder::new(&mut out, decoder.width(), decoder.height(), &palette)
            .map_err(|e| corrupt(e.to_string()))?;
        if animated {
            encoder
                .set_repeat(repeat)
                .map_err(|e| corrupt(e.to_string()))?;
        }
        while let Some(frame) = decoder
            .read_next_frame()
            .map_err(|e| corrupt(e.to_string()))?
        {
            encoder
                .write_lzw_pre_encoded_frame(frame)
                .map_err(|e| corrupt(e.to_string()))?;
        }
    }
    Ok(out)
}
