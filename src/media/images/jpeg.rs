//! A JPEG's structure, walked part by part without decoding: the marker segments (with
//! or without a length) and the compressed data after each start of scan. One walker
//! for every reader of that structure (`probe` asks whether the picture is whole,
//! `strip` copies the parts it keeps).

/// One part of a JPEG after its start-of-image marker.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Part<'a> {
    /// A marker and its segment (`FF xx`, then the length and payload when it has them).
    Segment {
        /// The marker's second byte (`0xDA` for a start of scan).
        marker: u8,
        /// The whole segment, marker first.
        bytes: &'a [u8],
        /// Where it ends in the file.
        end: usize,
    },
    /// The compressed data after a start of scan, up to the next marker (a data `FF` is
    /// followed by `00`, a restart marker `FF D0..D7` is part of the data).
    Scan(&'a [u8]),
    /// The end-of-image marker: the picture is whole (what follows it is not walked).
    End,
    /// The bytes stop, or do not hold a marker, where one must be.
    Broken,
}

/// The parts of `bytes`, a JPEG (its first two bytes, the start-of-image marker, are
/// skipped unread); the last is [`Part::End`] or [`Part::Broken`].
pub(super) fn parts(bytes: &[u8]) -> impl Iterator<Item = Part<'_>> {
    let mut at = 2;
    let mut in_scan = false;
    let mut over = false;
    std::iter::from_fn(move || {
        if over {
            return None;
        }
        let part = next(bytes, &mut at, &mut in_scan);
        over = matches!(part, Part::End | Part::Broken);
        Some(part)
    })
}

fn next<'a>(bytes: &'a [u8], at: &mut usize, in_scan: &mut bool) -> Part<'a> {
    if std::mem::take(in_scan) {
        let Some(data) = bytes.get(*at..) else {
            return Part::Broken;
        };
        let Some(length) = data
            .windows(2)
            .position(|w| w[0] == 0xFF && !matches!(w[1], 0x00 | 0xD0..=0xD7 | 0xFF))
        else {
            return Part::Broken;
        };
        *at += length;
        return Part::Scan(&data[..length]);
    }
    // Fill bytes before a marker.
    while bytes.get(*at) == Some(&0xFF) && bytes.get(*at + 1) == Some(&0xFF) {
        *at += 1;
    }
    let (Some(&0xFF), Some(&marker)) = (bytes.get(*at), bytes.get(*at + 1)) else {
        return Part::Broken;
    };
    let start = *at;
    let end = match marker {
        0xD9 => return Part::End,
        // Markers without a length.
        0x01 | 0xD0..=0xD8 => start + 2,
        _ => match bytes.get(start + 2..start + 4) {
            Some(length) => start + 2 + usize::from(u16::from_be_bytes([length[0], length[1]])),
            None => return Part::Broken,
        },
    };
    let Some(segment) = bytes.get(start..end) else {
        return Part::Broken;
    };
    *at = end;
    *in_scan = marker == 0xDA;
    Part::Segment {
        marker,
        bytes: segment,
        end,
    }
}
