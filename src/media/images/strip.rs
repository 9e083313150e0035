//! Files written again without what is not picture, nothing decompressed:
//! - a GIF: the screen, the palette, the loop count and every frame (its timing,
//!   disposal, transparency and compressed pixels, copied as they are) are kept;
//!   comments, XMP, ICC and other application blocks are not, so an animation keeps
//!   every frame exactly;
//! - an upright JPEG: its tables, frame and scans are copied as they are (no second
//!   generation of compression, no time spent encoding), with the JFIF and Adobe headers
//!   and its colour profile; EXIF, XMP, IPTC, comments, maker blocks and whatever follows
//!   the picture (a phone's trailer, the extra pictures of a multi-picture file, a
//!   motion photo's video) are not.

use super::ImageError;
use super::jpeg::Part;
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

/// The upright JPEG's bytes without metadata; `None` when its structure cannot be walked
/// to its end (the caller encodes the decoded picture instead).
pub(super) fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..2).filter(|soi| *soi == [0xFF, 0xD8])?);
    for part in super::jpeg::parts(bytes) {
        match part {
            Part::Segment { marker, bytes, .. } => {
                if keeps(marker, bytes.get(4..).unwrap_or_default()) {
                    out.extend_from_slice(bytes);
                }
            }
            Part::Scan(data) => out.extend_from_slice(data),
            Part::End => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Some(out);
            }
            Part::Broken => return None,
        }
    }
    None
}

/// Whether a JPEG segment is picture (tables, frame, scan, restart interval) or a header
/// that says how to read it (JFIF, Adobe's colour transform, the ICC colour profile).
fn keeps(marker: u8, payload: &[u8]) -> bool {
    match marker {
        0xE0 => payload.starts_with(b"JFIF\0") || payload.starts_with(b"JFXX\0"),
        0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
        0xEE => payload.starts_with(b"Adobe"),
        // Other application segments (EXIF, XMP, IPTC, maker blocks…) and comments.
        0xE1 | 0xE3..=0xED | 0xEF | 0xFE => false,
        _ => true,
    }
}
