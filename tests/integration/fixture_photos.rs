//! The image fixtures (`tests/fixtures_gen/photos.rs`) carry what the media tests claim
//! lapa strips and corrects: read back with a real EXIF reader (kamadak-exif), the PNG
//! chunks walked with their CRCs checked (flate2's CRC-32), and the stored pixels compared
//! with the upright scene through the EXIF orientation table (not through the generator's
//! own transformation).

use crate::photos;
use exif::{In, Tag, Value};

/// The JPEG segments before the scan: (marker, payload).
fn jpeg_segments(jpeg: &[u8]) -> Vec<(u8, Vec<u8>)> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "SOI");
    let mut out = Vec::new();
    let mut i = 2;
    while i + 4 <= jpeg.len() {
        assert_eq!(jpeg[i], 0xFF, "a marker at {i}");
        let marker = jpeg[i + 1];
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        out.push((marker, jpeg[i + 4..i + 2 + len].to_vec()));
        if marker == 0xDA {
            break;
        }
        i += 2 + len;
    }
    out
}

/// The PNG chunks (type, data), every CRC checked.
fn png_chunks(png: &[u8]) -> Vec<([u8; 4], Vec<u8>)> {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "signature");
    let mut out = Vec::new();
    let mut i = 8;
    while i < png.len() {
        let len = u32::from_be_bytes(png[i..i + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = png[i + 4..i + 8].try_into().unwrap();
        let data = &png[i + 8..i + 8 + len];
        let crc = u32::from_be_bytes(png[i + 8 + len..i + 12 + len].try_into().unwrap());
        let mut check = flate2::Crc::new();
        check.update(&kind);
        check.update(data);
        assert_eq!(
            check.sum(),
            crc,
            "CRC of chunk {}",
            String::from_utf8_lossy(&kind)
        );
        out.push((kind, data.to_vec()));
        i += 12 + len;
    }
    out
}

fn rationals(exif: &exif::Exif, tag: Tag) -> Vec<f64> {
    match &exif.get_field(tag, In::PRIMARY).expect("the field").value {
        Value::Rational(v) => v.iter().map(|r| r.to_f64()).collect(),
        other => panic!("{tag}: not rationals: {other:?}"),
    }
}

fn text(exif: &exif::Exif, tag: Tag) -> String {
    exif.get_field(tag, In::PRIMARY)
        .unwrap_or_else(|| panic!("{tag} missing"))
        .display_value()
        .to_string()
        .trim_matches('"')
        .to_string()
}

/// Checks camera EXIF and the GPS position as a reader sees them.
fn assert_camera_and_gps(exif: &exif::Exif) {
    assert_eq!(text(exif, Tag::Make), photos::CAMERA_MAKE);
    assert_eq!(text(exif, Tag::Model), photos::CAMERA_MODEL);
    assert!(text(exif, Tag::DateTimeOriginal).starts_with("2026-09-14 10:42:07"));
    assert_eq!(text(exif, Tag::GPSLatitudeRef), "N");
    assert_eq!(text(exif, Tag::GPSLongitudeRef), "E");
    let degrees = |v: Vec<f64>| v[0] + v[1] / 60.0 + v[2] / 3600.0;
    let lat = degrees(rationals(exif, Tag::GPSLatitude));
    let lon = degrees(rationals(exif, Tag::GPSLongitude));
    assert!((lat - photos::GPS_DECIMAL.0).abs() < 1e-3, "latitude {lat}");
    assert!(
        (lon - photos::GPS_DECIMAL.1).abs() < 1e-3,
        "longitude {lon}"
    );
}

/// Where the stored pixel (x, y) is shown in the upright `w`×`h` image, by the EXIF
/// specification's table (which side row 0 and column 0 of the stored image are shown on).
fn shown_at(orientation: u16, x: u32, y: u32, w: u32, h: u32) -> (u32, u32) {
    match orientation {
        2 => (w - 1 - x, y),         // row 0 top, column 0 right
        3 => (w - 1 - x, h - 1 - y), // row 0 bottom, column 0 right
        4 => (x, h - 1 - y),         // row 0 bottom, column 0 left
        5 => (y, x),                 // row 0 left, column 0 top
        6 => (w - 1 - y, x),         // row 0 right, column 0 top
        7 => (w - 1 - y, h - 1 - x), // row 0 right, column 0 bottom
        8 => (y, h - 1 - x),         // row 0 left, column 0 bottom
        _ => (x, y),
    }
}

fn near(px: [u8; 3], want: [u8; 3]) -> bool {
    px.iter()
        .zip(want)
        .all(|(a, b)| (i32::from(*a) - i32::from(b)).abs() < 60)
}

#[test]
fn phone_jpegs_carry_orientation_camera_gps_and_xmp_and_store_the_scene_rotated() {
    let (w, h) = (160u32, 120u32);
    for orientation in 1..=8u16 {
        let jpeg = photos::phone_jpeg(w, h, orientation);

        let exif = exif::Reader::new()
            .read_from_container(&mut std::io::Cursor::new(&jpeg))
            .expect("EXIF readable");
        let field = exif
            .get_field(Tag::Orientation, In::PRIMARY)
            .expect("orientation");
        assert_eq!(field.value.get_uint(0), Some(u32::from(orientation)));
        assert_camera_and_gps(&exif);

        let segments = jpeg_segments(&jpeg);
        let xmp = segments
            .iter()
            .find(|(m, p)| *m == 0xE1 && p.starts_with(b"http://ns.adobe.com/xap/1.0/\0"))
            .expect("an XMP APP1 segment");
        let xmp = String::from_utf8_lossy(&xmp.1);
        assert!(xmp.contains("exif:GPSLatitude=\"56,30."), "{xmp}");
        assert!(xmp.contains("exif:GPSLongitude=\"27,19."), "{xmp}");
        assert!(
            segments
                .iter()
                .any(|(m, p)| *m == 0xE1 && p.starts_with(b"Exif\0\0")),
            "an EXIF APP1 segment"
        );

        // the stored pixels, put where the EXIF table says they are shown
        let stored = image::load_from_memory(&jpeg).expect("decodes").to_rgb8();
        let (sw, sh) = if orientation >= 5 { (h, w) } else { (w, h) };
        assert_eq!(
            (stored.width(), stored.height()),
            (sw, sh),
            "orientation {orientation}"
        );
        let mut shown = image::RgbImage::new(w, h);
        for (x, y, px) in stored.enumerate_pixels() {
            let (sx, sy) = shown_at(orientation, x, y, w, h);
            shown.put_pixel(sx, sy, *px);
        }
        let at = |x: u32, y: u32| shown.get_pixel(x, y).0;
        assert!(
            near(at(w / 2, h / 10), photos::RED),
            "orientation {orientation}: top {:?}",
            at(w / 2, h / 10)
        );
        assert!(
            near(at(w / 2, h - 1 - h / 10), photos::BLUE),
            "orientation {orientation}: bottom {:?}",
            at(w / 2, h - 1 - h / 10)
        );
        assert!(
            near(at(w * 8 / 100, h / 2), photos::GREEN),
            "orientation {orientation}: mark {:?}",
            at(w * 8 / 100, h / 2)
        );
        assert!(
            !near(at(w - 1 - w * 8 / 100, h / 2), photos::GREEN),
            "orientation {orientation}: the mark is at the left, not the right"
        );
        // the generator's own inverse agrees with the table
        assert_eq!(photos::display_upright(&stored, orientation), shown);
    }
}

#[test]
fn a_full_size_phone_photo_weighs_what_a_phones_does() {
    let jpeg = photos::phone_jpeg(4000, 3000, 6);
    let mb = jpeg.len() as f64 / 1e6;
    assert!((2.0..=5.0).contains(&mb), "{mb:.2} MB");
    let (w, h) = image::ImageReader::new(std::io::Cursor::new(&jpeg))
        .with_guessed_format()
        .unwrap()
        .into_dimensions()
        .unwrap();
    assert_eq!((w, h), (3000, 4000), "stored turned, shown 4000×3000");
}

#[test]
fn png_alpha_has_transparency_and_text_xmp_exif_and_time_chunks_with_right_crcs() {
    let png = photos::png_alpha(240, 160);
    let chunks = png_chunks(&png);
    let kinds: Vec<&[u8]> = chunks.iter().map(|(k, _)| &k[..]).collect();
    for kind in [&b"tEXt"[..], b"iTXt", b"eXIf", b"tIME", b"IDAT"] {
        assert!(kinds.contains(&kind), "{}", String::from_utf8_lossy(kind));
    }
    let exif_at = kinds.iter().position(|k| *k == b"eXIf").unwrap();
    let idat_at = kinds.iter().position(|k| *k == b"IDAT").unwrap();
    assert!(exif_at < idat_at, "eXIf before IDAT");
    let itxt = &chunks.iter().find(|(k, _)| k == b"iTXt").unwrap().1;
    assert!(String::from_utf8_lossy(itxt).contains("exif:GPSLatitude"));

    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&png))
        .expect("eXIf readable");
    assert_camera_and_gps(&exif);

    let img = image::load_from_memory(&png).expect("decodes").to_rgba8();
    assert_eq!(img.get_pixel(2, 2).0[3], 0, "transparent corner");
    assert_eq!(img.get_pixel(120, 80).0[3], 255, "opaque middle");
    assert_eq!(img.get_pixel(120, 150).0[3], 128, "half-transparent band");
}

#[test]
fn corrupt_heic_and_huge_fixtures_are_what_they_claim() {
    let corrupt = photos::corrupt_jpeg();
    assert_eq!(&corrupt[..3], &[0xFF, 0xD8, 0xFF]);
    assert_eq!(
        image::guess_format(&corrupt).unwrap(),
        image::ImageFormat::Jpeg
    );
    assert!(image::load_from_memory(&corrupt).is_err());

    let heic = photos::heic_like();
    assert_eq!(&heic[4..12], b"ftypheic");
    assert!(image::guess_format(&heic).is_err());
    assert!(image::load_from_memory(&heic).is_err());

    let huge = photos::huge_png_header();
    png_chunks(&huge);
    let reader = image::ImageReader::new(std::io::Cursor::new(&huge))
        .with_guessed_format()
        .unwrap();
    assert_eq!(
        reader.into_dimensions().unwrap(),
        (photos::HUGE_SIDE, photos::HUGE_SIDE)
    );
    // the default limits refuse to allocate 14.4 GB
    assert!(image::load_from_memory(&huge).is_err());
}
