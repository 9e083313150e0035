//! The image pipeline on small images made here: probing each format, the plan, that
//! processed files carry no metadata (their segments and chunks read byte by byte), that
//! every EXIF orientation comes out upright, that alpha and animation survive, that a
//! huge header is refused, and that the cache reuses and prunes only its own entries.

use super::*;
use crate::config::images::ImageSettings;
use image::codecs::gif::GifEncoder;
use image::{DynamicImage, Frame as GifFrame, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
use std::collections::HashSet;
use std::io::Cursor;
use std::path::Path;

/// What metadata we plant in sources and look for in outputs.
const SECRET: &[u8] = b"GPS-SECRET";

fn encoded(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// An upright test scene: top quarter red, bottom quarter blue, a green mark at the
/// left of the middle band, grey elsewhere.
fn scene(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        if y < height / 4 {
            Rgb([230, 20, 20])
        } else if y >= height * 3 / 4 {
            Rgb([20, 20, 230])
        } else if x < width / 5 {
            Rgb([20, 200, 20])
        } else {
            Rgb([128, 128, 128])
        }
    })
}

/// The pixels a camera stores for an upright `scene` shown with EXIF `orientation`.
fn stored_for(upright: &RgbImage, orientation: u8) -> RgbImage {
    let (w, h) = upright.dimensions();
    let at = |x: u32, y: u32| *upright.get_pixel(x, y);
    match orientation {
        1 => upright.clone(),
        2 => RgbImage::from_fn(w, h, |sx, sy| at(w - 1 - sx, sy)),
        3 => RgbImage::from_fn(w, h, |sx, sy| at(w - 1 - sx, h - 1 - sy)),
        4 => RgbImage::from_fn(w, h, |sx, sy| at(sx, h - 1 - sy)),
        5 => RgbImage::from_fn(h, w, |sx, sy| at(sy, sx)),
        6 => RgbImage::from_fn(h, w, |sx, sy| at(w - 1 - sy, sx)),
        7 => RgbImage::from_fn(h, w, |sx, sy| at(w - 1 - sy, h - 1 - sx)),
        8 => RgbImage::from_fn(h, w, |sx, sy| at(sy, h - 1 - sx)),
        _ => unreachable!(),
    }
}

/// An EXIF APP1 segment with an orientation and a GPS block holding [`SECRET`].
fn exif_app1(orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend([0, 2]); // IFD0: two entries
    tiff.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0]);
    tiff.extend([0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]); // GPS IFD at 38
    tiff.extend([0, 0, 0, 0]);
    tiff.extend([0, 1]); // GPS IFD: GPSMapDatum, ASCII, at 56
    tiff.extend([0x00, 0x12, 0, 2, 0, 0, 0, 11, 0, 0, 0, 56]);
    tiff.extend([0, 0, 0, 0]);
    tiff.extend(SECRET);
    tiff.push(0);
    segment(0xE1, &[b"Exif\0\0".as_slice(), &tiff].concat())
}

fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
    let length = u16::try_from(body.len() + 2).unwrap();
    [&[0xFF, marker][..], &length.to_be_bytes(), body].concat()
}

/// A JPEG as a phone writes it: EXIF (orientation, GPS), XMP and a comment after SOI.
fn phone_jpeg(upright: &RgbImage, orientation: u8) -> Vec<u8> {
    let stored = DynamicImage::ImageRgb8(stored_for(upright, orientation));
    let plain = encoded(&stored, ImageFormat::Jpeg);
    let xmp = [
        b"http://ns.adobe.com/xap/1.0/\0".as_slice(),
        b"<x:xmpmeta><exif:GPSLatitude>",
        SECRET,
        b"</exif:GPSLatitude></x:xmpmeta>",
    ]
    .concat();
    [
        &plain[..2],
        &exif_app1(u16::from(orientation)),
        &segment(0xE1, &xmp),
        &segment(0xFE, &[b"comment ".as_slice(), SECRET].concat()),
        &plain[2..],
    ]
    .concat()
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    let length = u32::try_from(data.len()).unwrap();
    [
        &length.to_be_bytes()[..],
        kind,
        data,
        &crc.sum().to_be_bytes(),
    ]
    .concat()
}

/// A PNG with a transparent right half and text, EXIF and time chunks.
fn png_alpha(width: u32, height: u32) -> Vec<u8> {
    let image = RgbaImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgba([200, 40, 40, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    let plain = encoded(&DynamicImage::ImageRgba8(image), ImageFormat::Png);
    let after_header = 8 + 25;
    let exif = &exif_app1(1)[10..];
    [
        &plain[..after_header],
        &png_chunk(b"tEXt", &[b"Comment\0".as_slice(), SECRET].concat()),
        &png_chunk(b"eXIf", exif),
        &png_chunk(b"tIME", &[7, 234, 11, 30, 12, 0, 0]),
        &plain[after_header..],
    ]
    .concat()
}

fn animated_gif(frames: u8) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = GifEncoder::new(&mut out);
        encoder
            .set_repeat(image::codecs::gif::Repeat::Infinite)
            .unwrap();
        for i in 0..frames {
            let image = RgbaImage::from_pixel(40, 30, Rgba([i * 60, 100, 200, 255]));
            encoder.encode_frame(GifFrame::new(image)).unwrap();
        }
    }
    out
}

/// A PNG header (signature + IHDR) announcing `width` × `height`, and nothing else.
fn huge_png_header(width: u32, height: u32) -> Vec<u8> {
    let ihdr = [
        &width.to_be_bytes()[..],
        &height.to_be_bytes(),
        &[8, 6, 0, 0, 0],
    ]
    .concat();
    [
        b"\x89PNG\r\n\x1a\n".as_slice(),
        &png_chunk(b"IHDR", &ihdr),
        &png_chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]),
        &png_chunk(b"IEND", &[]),
    ]
    .concat()
}

/// The markers of a JPEG's segments up to the start of scan (and `0xD9` if the file
/// ends with EOI).
fn jpeg_markers(bytes: &[u8]) -> Vec<u8> {
    assert_eq!(&bytes[..2], &[0xFF, 0xD8]);
    let mut markers = Vec::new();
    let mut at = 2;
    while at + 4 <= bytes.len() {
        assert_eq!(bytes[at], 0xFF, "segment at {at}");
        let marker = bytes[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        at += 2 + length;
    }
    if bytes.ends_with(&[0xFF, 0xD9]) {
        markers.push(0xD9);
    }
    markers
}

fn png_chunks(bytes: &[u8]) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let length = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        chunks.push(String::from_utf8_lossy(&bytes[at + 4..at + 8]).to_string());
        at += 12 + length;
    }
    chunks
}

fn webp_chunks(bytes: &[u8]) -> Vec<String> {
    assert_eq!(&bytes[..4], b"RIFF");
    assert_eq!(&bytes[8..12], b"WEBP");
    let mut chunks = Vec::new();
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let length = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
        chunks.push(String::from_utf8_lossy(&bytes[at..at + 4]).to_string());
        at += 8 + length + length % 2;
    }
    chunks
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Asserts a processed file has nothing but pixels in it.
fn assert_no_metadata(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        !contains(&bytes, SECRET),
        "{} keeps metadata",
        path.display()
    );
    assert!(!contains(&bytes, b"Exif"), "{} keeps EXIF", path.display());
    match probe::sniff(&bytes).unwrap() {
        RasterFormat::Jpeg => {
            for marker in jpeg_markers(&bytes) {
                let app_or_comment = (0xE1..=0xEF).contains(&marker) || marker == 0xFE;
                assert!(!app_or_comment, "{}: segment {marker:#x}", path.display());
            }
        }
        RasterFormat::Png => {
            for chunk in png_chunks(&bytes) {
                assert!(
                    ["IHDR", "PLTE", "tRNS", "IDAT", "IEND"].contains(&chunk.as_str()),
                    "{}: chunk {chunk}",
                    path.display()
                );
            }
        }
        RasterFormat::Webp => {
            for chunk in webp_chunks(&bytes) {
                assert!(
                    ["VP8 ", "VP8L", "VP8X", "ALPH"].contains(&chunk.as_str()),
                    "{}: chunk {chunk}",
                    path.display()
                );
            }
        }
        RasterFormat::Gif => {
            assert!(!contains(&bytes, b"XMP DataXMP"), "{}", path.display());
        }
    }
}

fn write_source(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn settings(widths: &[u32]) -> ImageSettings {
    ImageSettings {
        widths: widths.to_vec(),
        ..ImageSettings::default()
    }
}

fn facts(format: RasterFormat, width: u32, height: u32) -> ImageFacts {
    ImageFacts {
        format,
        width,
        height,
        bytes: 1000,
        hash: 7,
        animated: false,
        alpha: false,
        orientation: 1,
    }
}

fn widths(variants: &[Variant], format: RasterFormat) -> Vec<u32> {
    variants
        .iter()
        .filter(|v| v.format == format)
        .map(|v| v.width)
        .collect()
}

#[test]
fn plan_never_upscales_and_adds_the_own_width_up_to_the_largest() {
    let settings = ImageSettings::default();
    let big = plan(&facts(RasterFormat::Jpeg, 4000, 3000), &settings, false);
    assert_eq!(widths(&big, RasterFormat::Jpeg), [480, 800, 1200, 1600]);
    assert_eq!(widths(&big, RasterFormat::Webp), [480, 800, 1200, 1600]);
    assert_eq!(big.len(), 8);
    assert!(big.contains(&Variant {
        format: RasterFormat::Jpeg,
        width: 800,
        height: 600
    }));
    let middle = plan(&facts(RasterFormat::Png, 1000, 333), &settings, false);
    assert_eq!(widths(&middle, RasterFormat::Png), [480, 800, 1000]);
    assert_eq!(middle.iter().find(|v| v.width == 480).unwrap().height, 160);
    let small = plan(&facts(RasterFormat::Jpeg, 300, 200), &settings, false);
    assert_eq!(widths(&small, RasterFormat::Jpeg), [300]);
    let exact = plan(&facts(RasterFormat::Jpeg, 800, 600), &settings, false);
    assert_eq!(widths(&exact, RasterFormat::Jpeg), [480, 800]);
}

#[test]
fn plan_without_webp_and_for_webp_and_animated_sources() {
    let no_webp = ImageSettings {
        webp: false,
        ..ImageSettings::default()
    };
    let jpeg = plan(&facts(RasterFormat::Jpeg, 2000, 1000), &no_webp, false);
    assert!(jpeg.iter().all(|v| v.format == RasterFormat::Jpeg));
    let webp = plan(&facts(RasterFormat::Webp, 2000, 1000), &no_webp, false);
    assert_eq!(widths(&webp, RasterFormat::Webp), [480, 800, 1200, 1600]);
    assert_eq!(webp.len(), 4);
    let gif = ImageFacts {
        animated: true,
        ..facts(RasterFormat::Gif, 2000, 1000)
    };
    assert!(plan(&gif, &ImageSettings::default(), true).is_empty());
}

#[test]
fn plan_adds_the_open_graph_image_for_lead_images() {
    let settings = settings(&[480, 800]);
    let jpeg = facts(RasterFormat::Jpeg, 4000, 3000);
    let og = Variant {
        format: RasterFormat::Jpeg,
        width: 1200,
        height: 900,
    };
    assert_eq!(og_variant(&jpeg), Some(og));
    assert!(plan(&jpeg, &settings, true).contains(&og));
    assert!(!plan(&jpeg, &settings, false).contains(&og));
    // Shared with the 1200 variant when there is one.
    let shared = plan(&jpeg, &ImageSettings::default(), true);
    assert_eq!(shared.len(), 8);
    // A small image is its own Open Graph image.
    assert_eq!(og_variant(&facts(RasterFormat::Jpeg, 1200, 900)), None);
    // WebP and GIF become JPEG or PNG.
    let webp = facts(RasterFormat::Webp, 2400, 1200);
    assert_eq!(og_variant(&webp).unwrap().format, RasterFormat::Jpeg);
    let clear = ImageFacts {
        alpha: true,
        ..webp
    };
    assert_eq!(og_variant(&clear).unwrap().format, RasterFormat::Png);
    let gif = facts(RasterFormat::Gif, 2400, 1200);
    assert_eq!(og_variant(&gif).unwrap().format, RasterFormat::Png);
    assert_eq!(og_variant(&gif).unwrap().height, 600);
}

#[test]
fn variant_file_names() {
    let variant = Variant {
        format: RasterFormat::Webp,
        width: 480,
        height: 360,
    };
    assert_eq!(variant.file_name("foto"), "foto-480.webp");
}

#[test]
fn probe_reads_each_format() {
    let dir = tempfile::tempdir().unwrap();
    let upright = scene(64, 48);
    let jpeg = write_source(dir.path(), "a.jpg", &phone_jpeg(&upright, 6));
    let facts = probe(&jpeg).unwrap();
    assert_eq!(facts.format, RasterFormat::Jpeg);
    assert_eq!((facts.width, facts.height), (64, 48), "after orientation 6");
    assert_eq!(facts.orientation, 6);
    assert!(!facts.alpha && !facts.animated);
    assert_eq!(facts.bytes, std::fs::metadata(&jpeg).unwrap().len());
    assert_eq!(
        facts.hash,
        xxhash_rust::xxh3::xxh3_128(&std::fs::read(&jpeg).unwrap())
    );

    let png = write_source(dir.path(), "b.png", &png_alpha(30, 20));
    let facts = probe(&png).unwrap();
    assert_eq!(
        (facts.format, facts.width, facts.height, facts.alpha),
        (RasterFormat::Png, 30, 20, true)
    );

    let webp_bytes = encoded(&DynamicImage::ImageRgb8(upright.clone()), ImageFormat::WebP);
    let webp = write_source(dir.path(), "c.webp", &webp_bytes);
    let facts = probe(&webp).unwrap();
    assert_eq!(
        (facts.format, facts.width, facts.height),
        (RasterFormat::Webp, 64, 48)
    );

    let gif = write_source(dir.path(), "d.gif", &animated_gif(3));
    let facts = probe(&gif).unwrap();
    assert_eq!(
        (facts.format, facts.width, facts.height, facts.animated),
        (RasterFormat::Gif, 40, 30, true)
    );
    let still = write_source(dir.path(), "e.gif", &animated_gif(1));
    assert!(!probe(&still).unwrap().animated);
}

#[test]
fn probe_refuses_what_lapa_does_not_publish() {
    let dir = tempfile::tempdir().unwrap();
    let unsupported = |bytes: &[u8]| {
        let path = write_source(dir.path(), "x.img", bytes);
        match probe(&path) {
            Err(ImageError::Unsupported { found }) => found,
            other => panic!("{other:?}"),
        }
    };
    let heic = [b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".as_slice(), &[0; 64]].concat();
    assert_eq!(unsupported(&heic), "HEIC");
    let avif = [b"\0\0\0\x18ftypavif\0\0\0\0mif1avif".as_slice(), &[0; 64]].concat();
    assert_eq!(unsupported(&avif), "AVIF");
    let bmp = [b"BM".as_slice(), &[0; 64]].concat();
    assert_eq!(unsupported(&bmp), "BMP");
    assert!(unsupported(b"II*\0\x08\0\0\0rest of a tiff").starts_with("TIF"));
    assert_eq!(unsupported(b"just some text"), "unknown");

    let mut cut = phone_jpeg(&scene(64, 48), 1);
    cut.truncate(200);
    let path = write_source(dir.path(), "cut.jpg", &cut);
    let corrupt = probe(&path).and_then(|facts| {
        let cache = Cache::open(&dir.path().join("cache")).unwrap();
        cache.process(&path, &facts, &ImageSettings::default(), false)
    });
    assert!(
        matches!(corrupt, Err(ImageError::Corrupt { .. })),
        "{corrupt:?}"
    );
    let missing = probe(&dir.path().join("missing.jpg"));
    assert!(matches!(missing, Err(ImageError::Io { .. })));
}

#[test]
fn an_empty_file_or_a_jpeg_cut_short_is_named_as_such() {
    use probe::probe_bytes;
    assert_eq!(probe_bytes(b""), Err(ImageError::Empty));
    let whole = phone_jpeg(&scene(320, 240), 1);
    assert!(probe::jpeg_is_whole(&whole));
    // What phones append after the picture (a trailer, a motion photo's video).
    let trailer = [whole.as_slice(), b"SEFHtrailer\xff\xd8\x00more"].concat();
    assert!(probe_bytes(&trailer).is_ok());
    // Cut anywhere in the picture data: its end marker is missing.
    let scan = whole
        .windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .expect("a start of scan");
    for keep in [scan + 20, (scan + whole.len()) / 2, whole.len() - 2] {
        assert_eq!(
            probe_bytes(&whole[..keep]),
            Err(ImageError::Truncated),
            "cut at {keep} of {}",
            whole.len()
        );
    }
    // Cut in the header: the decoder finds it corrupt.
    assert!(matches!(
        probe_bytes(&whole[..scan - 10]),
        Err(ImageError::Corrupt { .. })
    ));
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    let dir = tempfile::tempdir().unwrap();
    // 60000 × 60000 RGBA would take 14 GB: refused before a byte of it is taken.
    let bomb = write_source(dir.path(), "bomb.png", &huge_png_header(60_000, 60_000));
    assert_eq!(
        probe(&bomb),
        Err(ImageError::TooLarge {
            width: 60_000,
            height: 60_000
        })
    );
    let just_over = write_source(dir.path(), "over.png", &huge_png_header(10_000, 10_001));
    assert!(matches!(
        probe(&just_over),
        Err(ImageError::TooLarge { .. })
    ));
    // A 48-megapixel phone photo is within the limit.
    assert!(check_48_megapixels_fit());
}

fn check_48_megapixels_fit() -> bool {
    probe::check_size(8064, 6048).is_ok()
}

#[test]
fn an_upright_jpeg_keeps_its_own_picture_and_colour_profile_and_nothing_else() {
    let plain = encoded(&DynamicImage::ImageRgb8(scene(160, 120)), ImageFormat::Jpeg);
    let icc = segment(0xE2, b"ICC_PROFILE\0\x01\x01not a real profile");
    let adobe = segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01");
    let mpf = segment(0xE2, &[b"MPF\0".as_slice(), SECRET].concat());
    let iptc = segment(0xED, &[b"Photoshop 3.0\0".as_slice(), SECRET].concat());
    let phone = [
        &plain[..2],
        &exif_app1(1),
        &icc,
        &adobe,
        &mpf,
        &iptc,
        &segment(0xFE, SECRET),
        &plain[2..],
        // After the picture: a second picture of a multi-picture file, a trailer.
        &plain,
        b"SEFHtrailer with ",
        SECRET,
    ]
    .concat();
    let stripped = strip::strip_jpeg(&phone).expect("walked to its end");
    assert!(!contains(&stripped, SECRET));
    assert!(!contains(&stripped, b"Exif"));
    assert!(contains(&stripped, b"ICC_PROFILE\0"));
    assert!(contains(&stripped, b"Adobe"));
    assert!(stripped.ends_with(&[0xFF, 0xD9]));
    assert_eq!(
        jpeg_markers(&stripped)
            .iter()
            .filter(|m| **m == 0xD8)
            .count(),
        0,
        "one picture"
    );
    // The compressed picture is the source's, byte for byte: the same pixels.
    let scan = |bytes: &[u8]| {
        let at = bytes.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        let end = bytes[at..]
            .windows(2)
            .position(|w| w == [0xFF, 0xD9])
            .unwrap();
        bytes[at..at + end].to_vec()
    };
    assert_eq!(scan(&stripped), scan(&plain));
    assert_eq!(
        image::load_from_memory(&stripped).unwrap().to_rgb8(),
        image::load_from_memory(&plain).unwrap().to_rgb8()
    );
    // A plain JPEG loses nothing; a progressive one (tables between its many scans,
    // restart markers in them) is walked whole too.
    assert_eq!(strip::strip_jpeg(&plain).unwrap(), plain);
    let upright = scene(160, 120);
    let mut progressive = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut progressive, 85);
    encoder.set_progressive(true);
    encoder.set_restart_interval(4);
    encoder
        .encode(upright.as_raw(), 160, 120, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    let phone = [&progressive[..2], &exif_app1(1), &progressive[2..]].concat();
    let stripped = strip::strip_jpeg(&phone).unwrap();
    assert_eq!(stripped, progressive);
    assert!(jpeg_markers(&progressive).contains(&0xC2), "progressive");
    // Cut short: not walked (the original is encoded from the decoded picture then).
    assert_eq!(strip::strip_jpeg(&phone[..phone.len() / 3]), None);
}

#[test]
fn every_orientation_comes_out_upright_without_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("cache")).unwrap();
    let upright = scene(160, 120);
    for orientation in 1..=8 {
        let source = write_source(
            dir.path(),
            &format!("o{orientation}.jpg"),
            &phone_jpeg(&upright, orientation),
        );
        let facts = probe(&source).unwrap();
        assert_eq!((facts.width, facts.height), (160, 120), "{orientation}");
        let processed = cache
            .process(&source, &facts, &settings(&[80, 200]), false)
            .unwrap();
        let mut files = vec![processed.original.clone()];
        files.extend(processed.variants.iter().map(|(_, p)| p.clone()));
        assert_eq!(files.len(), 5, "original + 80 and 160 in JPEG and WebP");
        for file in files {
            assert_no_metadata(&file);
            let image = image::open(&file).unwrap().to_rgb8();
            let (w, h) = image.dimensions();
            assert!(w > h, "{orientation}: {} is {w}×{h}", file.display());
            let near = |pixel: &Rgb<u8>, want: [u8; 3]| {
                pixel.0.iter().zip(want).all(|(a, b)| a.abs_diff(b) < 60)
            };
            let what = format!("orientation {orientation}, {}", file.display());
            assert!(
                near(image.get_pixel(w / 2, h / 10), [230, 20, 20]),
                "top: {what}"
            );
            assert!(
                near(image.get_pixel(w / 2, h * 9 / 10), [20, 20, 230]),
                "bottom: {what}"
            );
            assert!(
                near(image.get_pixel(w / 20, h / 2), [20, 200, 20]),
                "left: {what}"
            );
            assert!(
                near(image.get_pixel(w * 19 / 20, h / 2), [128, 128, 128]),
                "right: {what}"
            );
        }
    }
}

#[test]
fn png_keeps_alpha_and_loses_its_text_exif_and_time() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("cache")).unwrap();
    let source = write_source(dir.path(), "logo.png", &png_alpha(200, 100));
    let facts = probe(&source).unwrap();
    let processed = cache
        .process(&source, &facts, &settings(&[100, 400]), true)
        .unwrap();
    assert_eq!(
        processed
            .variants
            .iter()
            .map(|(v, _)| (v.format, v.width))
            .collect::<Vec<_>>(),
        [
            (RasterFormat::Png, 100),
            (RasterFormat::Png, 200),
            (RasterFormat::Webp, 100),
            (RasterFormat::Webp, 200)
        ]
    );
    for file in
        std::iter::once(&processed.original).chain(processed.variants.iter().map(|(_, p)| p))
    {
        assert_no_metadata(file);
        let image = image::open(file).unwrap().to_rgba8();
        let (w, h) = image.dimensions();
        assert_eq!(
            image.get_pixel(w / 8, h / 2).0[3],
            255,
            "{}",
            file.display()
        );
        assert_eq!(
            image.get_pixel(w * 7 / 8, h / 2).0[3],
            0,
            "{}",
            file.display()
        );
    }
    let original = std::fs::read(&processed.original).unwrap();
    assert_eq!(
        image::load_from_memory(&original).unwrap().to_rgba8(),
        image::load_from_memory(&png_alpha(200, 100))
            .unwrap()
            .to_rgba8(),
        "the original's pixels are kept exactly"
    );
}

#[test]
fn an_animated_gif_keeps_every_frame_and_gets_no_variants() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("cache")).unwrap();
    let source = write_source(dir.path(), "anim.gif", &animated_gif(3));
    let facts = probe(&source).unwrap();
    let processed = cache
        .process(&source, &facts, &ImageSettings::default(), true)
        .unwrap();
    assert!(processed.variants.is_empty());
    let frames = |bytes: Vec<u8>| {
        let decoder = image::codecs::gif::GifDecoder::new(Cursor::new(bytes)).unwrap();
        image::AnimationDecoder::into_frames(decoder)
            .collect_frames()
            .unwrap()
    };
    let made = frames(std::fs::read(&processed.original).unwrap());
    let given = frames(std::fs::read(&source).unwrap());
    assert_eq!(made.len(), 3);
    for (made, given) in made.iter().zip(&given) {
        assert_eq!(made.buffer(), given.buffer());
        assert_eq!(made.delay(), given.delay());
    }
    assert_no_metadata(&processed.original);
}

#[test]
fn webp_output_is_lossy_and_keeps_alpha() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("cache")).unwrap();
    let source = write_source(dir.path(), "logo.png", &png_alpha(200, 100));
    let facts = probe(&source).unwrap();
    let processed = cache
        .process(&source, &facts, &settings(&[100, 400]), false)
        .unwrap();
    let (_, webp) = processed
        .variants
        .iter()
        .find(|(v, _)| v.format == RasterFormat::Webp && v.width == 200)
        .unwrap();
    let chunks = webp_chunks(&std::fs::read(webp).unwrap());
    assert!(chunks.contains(&"VP8 ".to_string()), "lossy: {chunks:?}");
    assert!(chunks.contains(&"ALPH".to_string()), "alpha: {chunks:?}");
}

#[test]
fn a_cache_hit_does_not_process_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache_dir = dir.path().join("cache");
    let cache = Cache::open(&cache_dir).unwrap();
    assert!(
        std::fs::read_to_string(cache_dir.join("CACHEDIR.TAG"))
            .unwrap()
            .starts_with("Signature: 8a477f597d28d172789f06886806bc55")
    );
    let source = write_source(dir.path(), "a.jpg", &phone_jpeg(&scene(160, 120), 1));
    let facts = probe(&source).unwrap();
    let settings = settings(&[80]);
    let first = cache.process(&source, &facts, &settings, false).unwrap();
    assert!(!first.reused);
    let modified = |path: &Path| std::fs::metadata(path).unwrap().modified().unwrap();
    let before = modified(&first.original);
    // The source is not read on a hit: even a removed source gives the cached files.
    std::fs::remove_file(&source).unwrap();
    let again = Cache::open(&cache_dir).unwrap();
    let second = again.process(&source, &facts, &settings, false).unwrap();
    assert!(second.reused);
    assert_eq!(
        second,
        Processed {
            reused: true,
            ..first.clone()
        }
    );
    assert_eq!(modified(&second.original), before);
    // Other settings are another entry.
    let other = ImageSettings {
        quality: 50,
        ..settings.clone()
    };
    assert_ne!(
        CacheKey::of(&facts, &other, false),
        CacheKey::of(&facts, &settings, false)
    );
    // A lead image's Open Graph variant changes the key when it is a file of its own.
    assert_eq!(
        CacheKey::of(&facts, &settings, true),
        CacheKey::of(&facts, &settings, false)
    );
    let photo = super::tests::facts(RasterFormat::Jpeg, 4000, 3000);
    assert_ne!(
        CacheKey::of(&photo, &settings, true),
        CacheKey::of(&photo, &settings, false)
    );
    // An entry missing a file is made again.
    std::fs::write(&source, phone_jpeg(&scene(160, 120), 1)).unwrap();
    std::fs::remove_file(&second.variants[0].1).unwrap();
    let third = again.process(&source, &facts, &settings, false).unwrap();
    assert!(!third.reused);
    assert!(third.variants[0].1.is_file());
}

#[test]
fn prune_removes_only_unused_entries_of_lapa() {
    let dir = tempfile::tempdir().unwrap();
    let cache_dir = dir.path().join("cache");
    let cache = Cache::open(&cache_dir).unwrap();
    let mut processed = Vec::new();
    for (name, colour) in [("a.png", 10), ("b.png", 200)] {
        let image = RgbImage::from_pixel(40, 30, Rgb([colour, 50, 50]));
        let source = write_source(
            dir.path(),
            name,
            &encoded(&DynamicImage::ImageRgb8(image), ImageFormat::Png),
        );
        let facts = probe(&source).unwrap();
        processed.push(
            cache
                .process(&source, &facts, &settings(&[20]), false)
                .unwrap(),
        );
    }
    let images = cache_dir.join("images");
    std::fs::write(images.join("notes.txt"), "mine").unwrap();
    std::fs::create_dir(images.join("mine")).unwrap();
    std::fs::create_dir(images.join(".tmp-fresh")).unwrap();
    let keep: HashSet<CacheKey> = [processed[0].key].into();
    assert_eq!(cache.prune(&keep).unwrap(), 1);
    assert!(processed[0].original.is_file());
    assert!(!processed[1].original.exists());
    assert!(images.join("notes.txt").is_file());
    assert!(images.join("mine").is_dir());
    assert!(
        images.join(".tmp-fresh").is_dir(),
        "a build may be writing it"
    );
    assert!(cache_dir.join("CACHEDIR.TAG").is_file());
}

#[test]
fn errors_become_diagnostics_naming_the_image() {
    let image = Path::new("content/x/foto.heic");
    let problem = ImageError::Unsupported {
        found: "HEIC".to_string(),
    }
    .diagnostic(image);
    assert_eq!(problem.id, "image-unsupported");
    assert_eq!(problem.arg("image"), Some("content/x/foto.heic"));
    assert_eq!(problem.arg("found"), Some("HEIC"));
    let problem = ImageError::TooLarge {
        width: 60_000,
        height: 60_000,
    }
    .diagnostic(image);
    assert_eq!(problem.id, "image-too-large");
    assert_eq!(problem.arg("limit"), Some("100"));
    let settings = ImageSettings::default();
    let mut big = facts(RasterFormat::Jpeg, 8064, 6048);
    let warning = large_warning(image, &big, &settings).unwrap();
    assert_eq!(warning.id, "image-large");
    assert!(!warning.is_error());
    assert_eq!(warning.arg("width"), Some("8064"));
    big.width = 4000;
    big.height = 3000;
    assert!(large_warning(image, &big, &settings).is_none());
    big.bytes = 12_300_001;
    assert_eq!(
        large_warning(image, &big, &settings)
            .unwrap()
            .arg("megabytes"),
        Some("12.4")
    );
}

/// A photo-like 4000×3000 JPEG (gradients and noise, so that it compresses like a
/// photo), rotated by EXIF 6 with GPS, processed into every variant with the default
/// settings and the Open Graph image, then again from the cache. Not a timed test: run
/// `cargo test --release --lib bench_phone_photo -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn bench_phone_photo() {
    let dir = tempfile::tempdir().unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let upright = RgbImage::from_fn(4000, 3000, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 24) as u8;
        Rgb([
            (x / 20) as u8 / 2 + noise,
            (y / 15) as u8 / 2 + noise,
            ((x + y) / 35) as u8 / 2 + noise,
        ])
    });
    let bytes = phone_jpeg(&upright, 6);
    let source = write_source(dir.path(), "photo.jpg", &bytes);
    let cache = Cache::open(&dir.path().join("cache")).unwrap();
    let settings = ImageSettings::default();
    let started = std::time::Instant::now();
    let facts = probe(&source).unwrap();
    let probed = started.elapsed();
    let processed = cache.process(&source, &facts, &settings, true).unwrap();
    let made = started.elapsed();
    let hit_started = std::time::Instant::now();
    let facts = probe(&source).unwrap();
    let again = cache.process(&source, &facts, &settings, true).unwrap();
    let hit = hit_started.elapsed();
    assert!(!processed.reused && again.reused);
    let size = |p: &Path| std::fs::metadata(p).unwrap().len();
    println!(
        "source {} bytes, {}×{} after orientation; threads {}",
        bytes.len(),
        facts.width,
        facts.height,
        rayon::current_num_threads()
    );
    println!("probe {probed:?}; probe + process (miss) {made:?}; probe + process (hit) {hit:?}");
    println!("original {} bytes", size(&processed.original));
    for (variant, path) in &processed.variants {
        println!(
            "  {:>4}×{:<4} {:4} {} bytes",
            variant.width,
            variant.height,
            variant.format.extension(),
            size(path)
        );
    }
}
