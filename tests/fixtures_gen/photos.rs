//! Image fixtures as staff upload them (issue 14), made in memory: phone photos stored
//! rotated with an EXIF orientation, camera EXIF, a GPS position and an XMP packet; a PNG
//! with transparency and every kind of metadata chunk; a corrupt JPEG; a HEIC-like file; a
//! PNG header claiming a huge image.
//!
//! Standalone (only the `image` crate and std): included with `#[path]` by the integration
//! tests (`tests/integration/main.rs`) and by `examples/media_site.rs`. The EXIF (TIFF)
//! structure, the JPEG segments and the PNG chunks are written here by hand, on top of
//! `image`'s encoders; `tests/integration/fixture_photos.rs` reads them back with a real
//! EXIF reader.
//!
//! Every generator is deterministic (a fixed pseudo-random sequence), so a fixture's bytes
//! are the same on every run and the image cache can be tested on them.
#![allow(dead_code)]

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ExtendedColorType, ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage, imageops};

/// Where the phone photos were "taken": the old town of Rēzekne, Latgale (56.5103 N,
/// 27.3327 E), as degrees, minutes and seconds (the seconds in hundredths).
pub(crate) const GPS_LATITUDE: (u32, u32, u32) = (56, 30, 3708);
/// See [`GPS_LATITUDE`].
pub(crate) const GPS_LONGITUDE: (u32, u32, u32) = (27, 19, 5772);
/// The same position in decimal degrees, as the XMP packet and a checker want it.
pub(crate) const GPS_DECIMAL: (f64, f64) = (56.5103, 27.3327);
/// The camera the EXIF names: a test scans published bytes for these strings.
pub(crate) const CAMERA_MAKE: &str = "samsung";
/// See [`CAMERA_MAKE`].
pub(crate) const CAMERA_MODEL: &str = "Galaxy A54 5G (SM-A546B)";
/// The EXIF DateTimeOriginal of every photo.
pub(crate) const TAKEN: &str = "2026:09:14 10:42:07";
/// The JPEG quality of the phone photos (what phones use).
pub(crate) const PHONE_QUALITY: u8 = 92;

/// The upright scene's colours: a checker samples the displayed image and expects red at
/// the top, blue at the bottom and green in the mark at the left edge's middle.
pub(crate) const RED: [u8; 3] = [205, 38, 42];
/// See [`RED`].
pub(crate) const BLUE: [u8; 3] = [36, 64, 190];
/// See [`RED`].
pub(crate) const GREEN: [u8; 3] = [40, 175, 60];

/// A phone photo: the upright scene is `width`×`height` (as displayed once `orientation` is
/// applied); the stored pixels are transformed as a phone stores them for EXIF
/// `orientation` 1..=8 (for 5..=8 the stored image is `height`×`width`). The file carries an
/// APP1 EXIF block (Orientation, Make, Model, DateTime, an Exif IFD with DateTimeOriginal and
/// the pixel size, a GPS IFD with latitude, longitude and altitude) and an APP1 XMP packet
/// (camera, date and GPS again). The scene is photo-like (gradients, texture and noise), so
/// a 4000×3000 photo at quality 92 is about 2–5 MB, as a phone's is.
///
/// The scene: the top third red, the bottom third blue, a grey-green middle band with a
/// horizon, and a green disc near the left edge at half height.
pub(crate) fn phone_jpeg(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let upright = scene(width, height);
    let stored = store_as_phone(&upright, orientation);
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, PHONE_QUALITY)
        .write_image(
            stored.as_raw(),
            stored.width(),
            stored.height(),
            ExtendedColorType::Rgb8,
        )
        .expect("encoding a JPEG in memory");
    let exif = exif_tiff(orientation, stored.width(), stored.height());
    let mut app1_exif = b"Exif\0\0".to_vec();
    app1_exif.extend_from_slice(&exif);
    let mut app1_xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    app1_xmp.extend_from_slice(xmp_packet().as_bytes());
    insert_jpeg_segments(&jpeg, &[(0xE1, &app1_exif), (0xE1, &app1_xmp)])
}

/// A `width`×`height` RGBA PNG with transparency (a transparent background, an opaque
/// disc, a half-transparent band) and metadata chunks a publisher must strip: `tEXt`
/// (Author, Comment), `iTXt` (an XMP packet with GPS), `eXIf` (camera and GPS, the same
/// TIFF structure as the phone photos') and `tIME`. Every chunk's CRC is right.
pub(crate) fn png_alpha(width: u32, height: u32) -> Vec<u8> {
    let mut img = RgbaImage::new(width, height);
    let (w, h) = (width as f32, height as f32);
    let r = w.min(h) * 0.35;
    for (x, y, px) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
        let d = ((fx - w / 2.0).powi(2) + (fy - h / 2.0).powi(2)).sqrt();
        *px = if d < r {
            // an opaque disc shaded from orange to red
            let t = d / r;
            Rgba([230, (160.0 * (1.0 - t)) as u8 + 40, 30, 255])
        } else if fy > h * 0.8 {
            // a half-transparent band along the bottom
            Rgba([30, 90, 200, 128])
        } else {
            Rgba([0, 0, 0, 0])
        };
    }
    let mut png = Vec::new();
    PngEncoder::new(&mut png)
        .write_image(img.as_raw(), width, height, ExtendedColorType::Rgba8)
        .expect("encoding a PNG in memory");

    let mut text = b"Author\0".to_vec();
    text.extend_from_slice(b"Staff member, Rezekne office");
    let mut comment = b"Comment\0".to_vec();
    comment.extend_from_slice(b"Taken at 56.5103 N 27.3327 E");
    // iTXt: keyword, NUL, compression flag 0, method 0, language tag NUL, translated NUL, text
    let mut itxt = b"XML:com.adobe.xmp\0\0\0\0\0".to_vec();
    itxt.extend_from_slice(xmp_packet().as_bytes());
    let exif = exif_tiff(1, width, height);
    // tIME: year (2 bytes), month, day, hour, minute, second
    let time = [0x07, 0xEA, 9, 14, 10, 42, 7];
    let chunks: [(&[u8; 4], &[u8]); 5] = [
        (b"eXIf", &exif),
        (b"tEXt", &text),
        (b"tEXt", &comment),
        (b"iTXt", &itxt),
        (b"tIME", &time),
    ];
    // after the signature (8 bytes) and IHDR (4 + 4 + 13 + 4 bytes): before IDAT, where
    // eXIf must be
    let at = 8 + 25;
    let mut out = png[..at].to_vec();
    for (kind, data) in chunks {
        out.extend_from_slice(&png_chunk(kind, data));
    }
    out.extend_from_slice(&png[at..]);
    out
}

/// A file that starts as a JPEG (SOI, JFIF, quantisation tables and a frame header giving
/// 640×480) but whose Huffman table is impossible and whose scan is cut off: no decoder can
/// make an image of it.
pub(crate) fn corrupt_jpeg() -> Vec<u8> {
    let good = phone_jpeg(64, 48, 1);
    let mut out = Vec::new();
    // keep every segment up to the first DHT, dropping the EXIF/XMP blocks
    let mut i = 2;
    out.extend_from_slice(&[0xFF, 0xD8]);
    while i + 4 <= good.len() && good[i] == 0xFF {
        let marker = good[i + 1];
        let len = usize::from(u16::from_be_bytes([good[i + 2], good[i + 3]]));
        if marker == 0xC4 {
            break;
        }
        if marker != 0xE1 {
            let mut seg = good[i..i + 2 + len].to_vec();
            if marker == 0xC0 {
                // the frame header's height and width: 480, 640
                seg[5..7].copy_from_slice(&480u16.to_be_bytes());
                seg[7..9].copy_from_slice(&640u16.to_be_bytes());
            }
            out.extend_from_slice(&seg);
        }
        i += 2 + len;
    }
    // DHT: class 0 id 0, code counts adding up to 16 × 255 (more codes than can exist)
    let mut dht = vec![0xFF, 0xC4];
    let body_len: u16 = 2 + 1 + 16 + 40;
    dht.extend_from_slice(&body_len.to_be_bytes());
    dht.push(0x00);
    dht.extend_from_slice(&[255; 16]);
    dht.extend_from_slice(&[7; 40]);
    out.extend_from_slice(&dht);
    // a scan header for three components, then a few bytes of scan and no EOI
    out.extend_from_slice(&[
        0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3F, 0x00,
    ]);
    out.extend_from_slice(&[0x5A, 0xA5, 0x13, 0x37, 0xC0, 0xDE]);
    out
}

/// The start of a HEIC photo (as iPhones save them): an ISO base media `ftyp` box of brand
/// `heic`, a `meta` box with a handler `pict`, and a small `mdat`. Not an image lapa (or
/// `image`) can decode: it must be reported as unsupported.
pub(crate) fn heic_like() -> Vec<u8> {
    let mut out = Vec::new();
    // ftyp: size, 'ftyp', major brand, minor version, compatible brands
    let mut ftyp = b"ftypheic".to_vec();
    ftyp.extend_from_slice(&0u32.to_be_bytes());
    ftyp.extend_from_slice(b"mif1heicmiaf");
    out.extend_from_slice(&box_bytes(&ftyp));
    // meta (full box: version and flags) holding hdlr (pre_defined, handler 'pict', reserved, name)
    let mut hdlr = b"hdlr".to_vec();
    hdlr.extend_from_slice(&[0; 4]);
    hdlr.extend_from_slice(&[0; 4]);
    hdlr.extend_from_slice(b"pict");
    hdlr.extend_from_slice(&[0; 12]);
    hdlr.push(0);
    let mut meta = b"meta".to_vec();
    meta.extend_from_slice(&[0; 4]);
    meta.extend_from_slice(&box_bytes(&hdlr));
    out.extend_from_slice(&box_bytes(&meta));
    let mut mdat = b"mdat".to_vec();
    mdat.extend((0..256u32).map(|i| (i.wrapping_mul(97) % 251) as u8));
    out.extend_from_slice(&box_bytes(&mdat));
    out
}

/// The side of [`huge_png_header`]'s image.
pub(crate) const HUGE_SIDE: u32 = 60_000;

/// A valid PNG signature and `IHDR` claiming a 60000×60000 RGBA image (14.4 GB of pixels),
/// then a tiny `IDAT` and `IEND`: the header is all a prober reads, and decoding it must be
/// refused by a memory limit rather than attempted.
pub(crate) fn huge_png_header() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&HUGE_SIDE.to_be_bytes());
    ihdr.extend_from_slice(&HUGE_SIDE.to_be_bytes());
    // bit depth 8, colour type 6 (RGBA), compression 0, filter 0, interlace 0
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    out.extend_from_slice(&png_chunk(b"IHDR", &ihdr));
    // a zlib stream header and one empty stored block that is not the last: the data ends early
    out.extend_from_slice(&png_chunk(
        b"IDAT",
        &[0x78, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF],
    ));
    out.extend_from_slice(&png_chunk(b"IEND", &[]));
    out
}

// ---------------------------------------------------------------------------------------
// the scene

/// A small deterministic pseudo-random sequence (xorshift64*).
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value in -amp..=amp.
    fn signed(&mut self, amp: i32) -> i32 {
        (self.next() >> 40) as i32 % (2 * amp + 1) - amp
    }
}

/// The upright scene, photo-like: colour bands with gradients, a soft texture (sums of
/// waves) so that JPEG finds detail in every block, and sensor-like noise. The waves are
/// separable (sums of products of a function of x and one of y), so they come from per-row
/// and per-column tables: a 4000×3000 scene takes a fraction of a second.
fn scene(width: u32, height: u32) -> RgbImage {
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15 ^ (u64::from(width) << 32) ^ u64::from(height));
    let (w, h) = (width as f32, height as f32);
    let mark = (w * 0.08, h * 0.5, h.min(w) * 0.09);
    // texture = 9 sin(ax + by) cos(cy - dx) + 5 sin(ex + 3 sin(fy)) + 3 cos(gy + kx)
    let (a, b, c, d, e, f, g, k) = (0.031f32, 0.017, 0.043, 0.011, 0.21, 0.05, 0.37, 0.07);
    let col = |x: u32| {
        let x = x as f32;
        [
            (a * x).sin(),
            (a * x).cos(),
            (d * x).cos(),
            (d * x).sin(),
            (e * x).sin(),
            (e * x).cos(),
            (k * x).cos(),
            (k * x).sin(),
        ]
    };
    let cols: Vec<[f32; 8]> = (0..width).map(col).collect();
    let hills: Vec<f32> = (0..width)
        .map(|x| {
            let fx = x as f32 / w;
            0.5 + 0.06 * (fx * 9.0).sin() + 0.03 * (fx * 23.0).cos()
        })
        .collect();
    let mut img = RgbImage::new(width, height);
    for y in 0..height {
        let py = y as f32;
        let fy = py / h;
        let (sby, cby) = ((b * py).sin(), (b * py).cos());
        let (scy, ccy) = ((c * py).sin(), (c * py).cos());
        let phase = 3.0 * (f * py).sin();
        let (sph, cph) = (phase.sin(), phase.cos());
        let (cgy, sgy) = ((g * py).cos(), (g * py).sin());
        for x in 0..width {
            let base: [f32; 3] = if fy < 1.0 / 3.0 {
                // sky-like: red, lighter towards the top
                let t = 1.0 - fy * 3.0;
                [
                    f32::from(RED[0]) + 30.0 * t,
                    f32::from(RED[1]) + 25.0 * t,
                    f32::from(RED[2]) + 20.0 * t,
                ]
            } else if fy < 2.0 / 3.0 {
                // a middle band: grey-green fields, a hill line
                if fy < hills[x as usize] {
                    [120.0, 135.0, 110.0]
                } else {
                    [90.0, 110.0, 70.0]
                }
            } else {
                // water-like: blue, darker towards the bottom
                let t = (fy - 2.0 / 3.0) * 3.0;
                [
                    f32::from(BLUE[0]) - 15.0 * t,
                    f32::from(BLUE[1]) - 20.0 * t,
                    f32::from(BLUE[2]) - 30.0 * t,
                ]
            };
            let dx = x as f32 - mark.0;
            let dy = py - mark.1;
            let base = if dx * dx + dy * dy < mark.2 * mark.2 {
                [
                    f32::from(GREEN[0]),
                    f32::from(GREEN[1]),
                    f32::from(GREEN[2]),
                ]
            } else {
                base
            };
            let t = &cols[x as usize];
            let wave1 = (t[0] * cby + t[1] * sby) * (ccy * t[2] + scy * t[3]);
            let wave2 = t[4] * cph + t[5] * sph;
            let wave3 = cgy * t[6] - sgy * t[7];
            let texture = 9.0 * wave1 + 5.0 * wave2 + 3.0 * wave3;
            let grain = noise.signed(7) as f32;
            let mut px_out = [0u8; 3];
            for (out, channel) in px_out.iter_mut().zip(base) {
                let chroma = noise.signed(2) as f32;
                *out = (channel + texture + grain + chroma).clamp(0.0, 255.0) as u8;
            }
            img.put_pixel(x, y, Rgb(px_out));
        }
    }
    img
}

/// The stored pixels for EXIF `orientation`: the inverse of the transformation a viewer
/// applies to show the stored image upright. 1 (or anything out of range): as is;
/// 2 mirrored; 3 rotated 180°; 4 flipped; 5 transposed; 6 stored turned 90° anticlockwise
/// (shown turned clockwise); 7 transversed; 8 stored turned 90° clockwise.
fn store_as_phone(upright: &RgbImage, orientation: u16) -> RgbImage {
    match orientation {
        2 => imageops::flip_horizontal(upright),
        3 => imageops::rotate180(upright),
        4 => imageops::flip_vertical(upright),
        5 => imageops::flip_horizontal(&imageops::rotate90(upright)),
        6 => imageops::rotate270(upright),
        7 => imageops::flip_horizontal(&imageops::rotate270(upright)),
        8 => imageops::rotate90(upright),
        _ => upright.clone(),
    }
}

/// Turns a stored image upright as a viewer does for EXIF `orientation` (the inverse of
/// [`store_as_phone`]); for tests that check the stored pixels.
pub(crate) fn display_upright(stored: &RgbImage, orientation: u16) -> RgbImage {
    match orientation {
        2 => imageops::flip_horizontal(stored),
        3 => imageops::rotate180(stored),
        4 => imageops::flip_vertical(stored),
        5 => imageops::flip_horizontal(&imageops::rotate90(stored)),
        6 => imageops::rotate90(stored),
        7 => imageops::flip_horizontal(&imageops::rotate270(stored)),
        8 => imageops::rotate270(stored),
        _ => stored.clone(),
    }
}

// ---------------------------------------------------------------------------------------
// EXIF (TIFF) and XMP

/// One TIFF directory entry: tag, type (1 BYTE, 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL,
/// 7 UNDEFINED), count and the value's bytes (little-endian).
struct Entry {
    tag: u16,
    kind: u16,
    count: u32,
    value: Vec<u8>,
}

fn ascii(tag: u16, text: &str) -> Entry {
    let mut value = text.as_bytes().to_vec();
    value.push(0);
    Entry {
        tag,
        kind: 2,
        count: value.len() as u32,
        value,
    }
}

fn short(tag: u16, v: u16) -> Entry {
    Entry {
        tag,
        kind: 3,
        count: 1,
        value: v.to_le_bytes().to_vec(),
    }
}

fn long(tag: u16, v: u32) -> Entry {
    Entry {
        tag,
        kind: 4,
        count: 1,
        value: v.to_le_bytes().to_vec(),
    }
}

fn bytes(tag: u16, v: &[u8]) -> Entry {
    Entry {
        tag,
        kind: 1,
        count: v.len() as u32,
        value: v.to_vec(),
    }
}

fn undefined(tag: u16, v: &[u8]) -> Entry {
    Entry {
        tag,
        kind: 7,
        count: v.len() as u32,
        value: v.to_vec(),
    }
}

fn rationals(tag: u16, v: &[(u32, u32)]) -> Entry {
    let mut value = Vec::new();
    for (n, d) in v {
        value.extend_from_slice(&n.to_le_bytes());
        value.extend_from_slice(&d.to_le_bytes());
    }
    Entry {
        tag,
        kind: 5,
        count: v.len() as u32,
        value,
    }
}

/// The bytes an IFD takes: count, 12 per entry, next-IFD offset, then the values that do
/// not fit in an entry's 4 bytes (each padded to an even length).
fn ifd_len(entries: &[Entry]) -> usize {
    2 + 12 * entries.len() + 4 + entries.iter().map(out_of_line_len).sum::<usize>()
}

fn out_of_line_len(e: &Entry) -> usize {
    if e.value.len() > 4 {
        e.value.len() + e.value.len() % 2
    } else {
        0
    }
}

/// Writes an IFD that starts at `offset` (from the TIFF header) into `out`, entries sorted
/// by tag as TIFF requires, no next IFD.
fn write_ifd(out: &mut Vec<u8>, offset: usize, mut entries: Vec<Entry>) {
    entries.sort_by_key(|e| e.tag);
    debug_assert_eq!(out.len(), offset);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    let mut data_at = offset + 2 + 12 * entries.len() + 4;
    let mut data = Vec::new();
    for e in &entries {
        out.extend_from_slice(&e.tag.to_le_bytes());
        out.extend_from_slice(&e.kind.to_le_bytes());
        out.extend_from_slice(&e.count.to_le_bytes());
        if e.value.len() <= 4 {
            let mut inline = e.value.clone();
            inline.resize(4, 0);
            out.extend_from_slice(&inline);
        } else {
            out.extend_from_slice(&(data_at as u32).to_le_bytes());
            data.extend_from_slice(&e.value);
            if e.value.len() % 2 == 1 {
                data.push(0);
            }
            data_at += out_of_line_len(e);
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&data);
}

/// A little-endian TIFF structure as a phone writes it into EXIF: IFD0 (Make, Model,
/// Orientation, DateTime, pointers), the Exif IFD (DateTimeOriginal, pixel size) and the
/// GPS IFD (version, latitude, longitude, altitude, date).
fn exif_tiff(orientation: u16, stored_width: u32, stored_height: u32) -> Vec<u8> {
    let exif_ifd = vec![
        ascii(0x9003, TAKEN),           // DateTimeOriginal
        ascii(0x9004, TAKEN),           // DateTimeDigitized
        undefined(0x9000, b"0232"),     // ExifVersion
        long(0xA002, stored_width),     // PixelXDimension
        long(0xA003, stored_height),    // PixelYDimension
        rationals(0x829A, &[(1, 120)]), // ExposureTime
        rationals(0x829D, &[(18, 10)]), // FNumber
    ];
    let gps_ifd = vec![
        bytes(0x0000, &[2, 3, 0, 0]), // GPSVersionID
        ascii(0x0001, "N"),           // GPSLatitudeRef
        rationals(
            0x0002,
            &[
                (GPS_LATITUDE.0, 1),
                (GPS_LATITUDE.1, 1),
                (GPS_LATITUDE.2, 100),
            ],
        ),
        ascii(0x0003, "E"), // GPSLongitudeRef
        rationals(
            0x0004,
            &[
                (GPS_LONGITUDE.0, 1),
                (GPS_LONGITUDE.1, 1),
                (GPS_LONGITUDE.2, 100),
            ],
        ),
        bytes(0x0005, &[0]),                 // GPSAltitudeRef: above sea level
        rationals(0x0006, &[(16_250, 100)]), // GPSAltitude 162.5 m
        ascii(0x001D, "2026:09:14"),         // GPSDateStamp
    ];
    // IFD0 has 8 entries; its pointers are known once the sizes are
    let ifd0_probe = ifd0(orientation, 0, 0);
    let ifd0_at = 8;
    let exif_at = ifd0_at + ifd_len(&ifd0_probe);
    let gps_at = exif_at + ifd_len(&exif_ifd);
    let mut out = b"II*\0".to_vec();
    out.extend_from_slice(&(ifd0_at as u32).to_le_bytes());
    write_ifd(
        &mut out,
        ifd0_at,
        ifd0(orientation, exif_at as u32, gps_at as u32),
    );
    write_ifd(&mut out, exif_at, exif_ifd);
    write_ifd(&mut out, gps_at, gps_ifd);
    out
}

fn ifd0(orientation: u16, exif_at: u32, gps_at: u32) -> Vec<Entry> {
    vec![
        ascii(0x010F, CAMERA_MAKE),
        ascii(0x0110, CAMERA_MODEL),
        short(0x0112, orientation),
        ascii(0x0131, "A546BXXS9CXH1"), // Software
        ascii(0x0132, TAKEN),           // DateTime
        ascii(0x013B, "Staff member"),  // Artist
        long(0x8769, exif_at),          // Exif IFD pointer
        long(0x8825, gps_at),           // GPS IFD pointer
    ]
}

/// An XMP packet as phones and photo apps add it: camera, date and the GPS position.
fn xmp_packet() -> String {
    let lat = format!(
        "{},{}.{:04}N",
        GPS_LATITUDE.0,
        GPS_LATITUDE.1,
        GPS_LATITUDE.2 * 100 / 60
    );
    let lon = format!(
        "{},{}.{:04}E",
        GPS_LONGITUDE.0,
        GPS_LONGITUDE.1,
        GPS_LONGITUDE.2 * 100 / 60
    );
    format!(
        concat!(
            "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n",
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
            "  <rdf:Description rdf:about=\"\"\n",
            "    xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\"\n",
            "    xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"\n",
            "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n",
            "    tiff:Make=\"{make}\" tiff:Model=\"{model}\"\n",
            "    xmp:CreateDate=\"2026-09-14T10:42:07\"\n",
            "    exif:GPSLatitude=\"{lat}\" exif:GPSLongitude=\"{lon}\"/>\n",
            " </rdf:RDF>\n",
            "</x:xmpmeta>\n",
            "<?xpacket end=\"w\"?>"
        ),
        make = CAMERA_MAKE,
        model = CAMERA_MODEL,
        lat = lat,
        lon = lon,
    )
}

// ---------------------------------------------------------------------------------------
// containers

/// Inserts APPn segments (marker, payload) into a JPEG right after SOI and APP0 (JFIF),
/// where phones put them.
fn insert_jpeg_segments(jpeg: &[u8], segments: &[(u8, &[u8])]) -> Vec<u8> {
    let mut at = 2;
    if jpeg.get(2..4) == Some(&[0xFF, 0xE0]) {
        let len = usize::from(u16::from_be_bytes([jpeg[4], jpeg[5]]));
        at = 4 + len;
    }
    let mut out = jpeg[..at].to_vec();
    for (marker, payload) in segments {
        let len = u16::try_from(payload.len() + 2).expect("an APP segment under 64 KiB");
        out.extend_from_slice(&[0xFF, *marker]);
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(payload);
    }
    out.extend_from_slice(&jpeg[at..]);
    out
}

/// A PNG chunk: length, type, data, CRC-32 of type and data.
fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(data);
    out.extend_from_slice(&crc32fast::hash(&crc_input).to_be_bytes());
    out
}

/// An ISO base media box: 32-bit size, then `body` (which starts with the box type).
fn box_bytes(body: &[u8]) -> Vec<u8> {
    let mut out = ((body.len() + 4) as u32).to_be_bytes().to_vec();
    out.extend_from_slice(body);
    out
}
