//! Issue 14: photos as staff upload them. A bundle with a phone photo (stored sideways with
//! an EXIF orientation tag and a GPS position) and a PNG with text chunks is built; the
//! published files are parsed (no EXIF, XMP or text chunks), decoded (upright, the planned
//! widths and formats) and the pages' markup read (`<picture>`, `srcset` entries that
//! exist, `width`/`height`, lazy and eager loading, the Open Graph image). Bad images are
//! in the bad-input corpus (`image-corrupt`, `image-unsupported-heic`, `image-large`,
//! `svg-script`).

use crate::photos::{self, png_alpha};
use crate::support::Site;
use image::ImageFormat;
use std::path::Path;

/// The JPEG segments before the image data (marker, payload).
fn jpeg_segments(bytes: &[u8]) -> Vec<(u8, Vec<u8>)> {
    assert_eq!(&bytes[..2], [0xFF, 0xD8], "a JPEG");
    let mut out = Vec::new();
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        if marker == 0xDA {
            break;
        }
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        out.push((marker, bytes[at + 4..at + 2 + len].to_vec()));
        at += 2 + len;
    }
    out
}

/// The PNG chunk types, in order.
fn png_chunks(bytes: &[u8]) -> Vec<String> {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let mut out = Vec::new();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        out.push(String::from_utf8_lossy(&bytes[at + 4..at + 8]).into_owned());
        at += 12 + len;
    }
    out
}

/// The WebP chunk types, in order.
fn webp_chunks(bytes: &[u8]) -> Vec<String> {
    assert_eq!(&bytes[..4], b"RIFF");
    assert_eq!(&bytes[8..12], b"WEBP");
    let mut out = Vec::new();
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let len = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
        out.push(String::from_utf8_lossy(&bytes[at..at + 4]).into_owned());
        at += 8 + len + (len & 1);
    }
    out
}

/// The bundled site (default theme, base path `/di/`) with a news bundle holding a phone
/// photo (lead image, 1600 × 1200 upright), a second photo in the text (1000 × 750) and a
/// PNG with transparency.
fn photo_site() -> Site {
    let site = Site::bundled();
    let bundle = site.root().join("content/jaunumi/talka");
    std::fs::create_dir_all(&bundle).unwrap();
    std::fs::write(
        bundle.join("IMG_2041.jpg"),
        photos::phone_jpeg(1600, 1200, 6),
    )
    .unwrap();
    std::fs::write(
        bundle.join("IMG_2045.jpg"),
        photos::phone_jpeg(1000, 750, 6),
    )
    .unwrap();
    std::fs::write(bundle.join("karte.png"), png_alpha(600, 400)).unwrap();
    site.write(
        "content/jaunumi/talka/index.lv.md",
        "---\ntitle: Talka\ndate: 2024-01-10\nimage: IMG_2041.jpg\nimage_alt: Talkas dalībnieki\n---\n\
         Pirmais teikums.\n\n\
         ![Dalībnieki stāda kokus](IMG_2045.jpg \"Foto: Ludzas novads\")\n\n\
         Karte: ![Talkas vieta kartē](karte.png)\n",
    );
    site
}

fn read(site: &Site, rel: &str) -> Vec<u8> {
    let path = site.public().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn published_images_carry_no_metadata_and_stand_upright() {
    let site = photo_site();
    site.build(&[]);
    let folder = "lv/jaunumi/talka";
    let mut jpegs = 0;
    for entry in std::fs::read_dir(site.public().join(folder)).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let bytes = read(&site, &format!("{folder}/{name}"));
        let text = String::from_utf8_lossy(&bytes);
        if name.ends_with(".jpg") {
            jpegs += 1;
            for (marker, payload) in jpeg_segments(&bytes) {
                // APP1 (EXIF, XMP), APP13 (IPTC), COM (comments) are all gone.
                assert!(
                    !matches!(marker, 0xE1 | 0xED | 0xFE),
                    "{name} keeps segment {marker:#x} ({} bytes)",
                    payload.len()
                );
            }
        } else if name.ends_with(".png") {
            let chunks = png_chunks(&bytes);
            for kept in ["tEXt", "iTXt", "zTXt", "eXIf", "tIME"] {
                assert!(!chunks.iter().any(|c| c == kept), "{name}: {chunks:?}");
            }
        } else if name.ends_with(".webp") {
            let chunks = webp_chunks(&bytes);
            assert!(
                !chunks.iter().any(|c| c == "EXIF" || c == "XMP "),
                "{name}: {chunks:?}"
            );
        } else {
            continue;
        }
        for secret in [
            "GPS",
            photos::CAMERA_MAKE,
            photos::CAMERA_MODEL,
            photos::TAKEN,
            "56.5103",
            "Staff member",
            "xmpmeta",
            "Exif",
        ] {
            assert!(!text.contains(secret), "{name} still holds {secret}");
        }
        // Every file stands upright: wider than high, red at the top, blue at the
        // bottom, the green mark at the left.
        let picture = image::load_from_memory(&bytes)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .to_rgb8();
        let (w, h) = picture.dimensions();
        assert!(w > h, "{name} is {w}×{h}");
        if name.starts_with("IMG_") {
            let top = picture.get_pixel(w / 2, h / 8);
            let bottom = picture.get_pixel(w / 2, h * 7 / 8);
            let left = picture.get_pixel(w / 40, h / 2);
            assert!(top[0] > 150 && top[2] < 100, "{name} top {top:?}");
            assert!(
                bottom[2] > 150 && bottom[0] < 100,
                "{name} bottom {bottom:?}"
            );
            assert!(left[1] > 120 && left[0] < 100, "{name} left {left:?}");
        }
    }
    assert!(jpegs >= 4, "the photos and their sizes");
}

#[test]
fn every_planned_width_is_made_in_its_format_and_webp() {
    let site = photo_site();
    site.build(&[]);
    let folder = "lv/jaunumi/talka";
    let size = |rel: &str| {
        let bytes = read(&site, &format!("{folder}/{rel}"));
        let format = image::guess_format(&bytes).unwrap();
        let picture = image::load_from_memory(&bytes).unwrap();
        (format, picture.width(), picture.height())
    };
    assert_eq!(size("IMG_2041.jpg"), (ImageFormat::Jpeg, 1600, 1200));
    for w in [480, 800, 1200, 1600] {
        let h = w * 3 / 4;
        assert_eq!(
            size(&format!("IMG_2041-{w}.jpg")),
            (ImageFormat::Jpeg, w, h)
        );
        assert_eq!(
            size(&format!("IMG_2041-{w}.webp")),
            (ImageFormat::WebP, w, h)
        );
    }
    // Never upscaled: the 1000 px photo's own width ends its list.
    for w in [480, 800, 1000] {
        let h = w * 3 / 4;
        assert_eq!(
            size(&format!("IMG_2045-{w}.jpg")),
            (ImageFormat::Jpeg, w, h)
        );
        assert_eq!(
            size(&format!("IMG_2045-{w}.webp")),
            (ImageFormat::WebP, w, h)
        );
    }
    for never in ["IMG_2045-1200.jpg", "IMG_2045-1600.webp", "karte-800.png"] {
        assert!(!site.public().join(folder).join(never).exists(), "{never}");
    }
    assert_eq!(size("karte.png"), (ImageFormat::Png, 600, 400));
    assert_eq!(size("karte-480.png"), (ImageFormat::Png, 480, 320));
    // The transparency is kept in both formats.
    for name in ["karte-480.png", "karte-480.webp"] {
        let picture = image::load_from_memory(&read(&site, &format!("{folder}/{name}")))
            .unwrap()
            .to_rgba8();
        assert!(picture.get_pixel(0, 10)[3] < 60, "{name}");
    }
}

#[test]
fn pages_show_pictures_whose_every_source_exists() {
    let site = photo_site();
    site.build(&[]);
    let page = site.page("lv/jaunumi/talka/index.html");
    // The lead image (eager, first fetched), the photo and the map in the text (lazy).
    assert_eq!(page.count("main picture"), 3);
    let lead = ".lead-image picture img";
    assert_eq!(page.attr(lead, "width"), "1600");
    assert_eq!(page.attr(lead, "height"), "1200");
    assert_eq!(page.attr(lead, "fetchpriority"), "high");
    assert_eq!(page.attr(lead, "alt"), "Talkas dalībnieki");
    assert_eq!(page.count(".lead-image img[loading]"), 0);
    let body = ".prose p picture img";
    assert_eq!(page.attrs(body, "loading"), ["lazy", "lazy"]);
    assert_eq!(page.attrs(body, "decoding"), ["async", "async"]);
    assert_eq!(page.attrs(body, "width"), ["1000", "600"]);
    assert_eq!(page.attrs(body, "height"), ["750", "400"]);
    assert_eq!(page.attrs(body, "title"), ["Foto: Ludzas novads"]);
    assert_eq!(
        page.attrs(body, "alt"),
        ["Dalībnieki stāda kokus", "Talkas vieta kartē"]
    );
    assert_eq!(
        page.attrs("main picture source", "type"),
        ["image/webp", "image/webp", "image/webp"]
    );
    // Every address in every srcset, and every src, is a published file.
    let mut addresses: Vec<String> = page.attrs("main picture img", "src");
    for srcset in page
        .attrs("main picture img", "srcset")
        .into_iter()
        .chain(page.attrs("main picture source", "srcset"))
    {
        for entry in srcset.split(", ") {
            let (url, width) = entry.split_once(' ').expect("url and width");
            assert!(width.ends_with('w'), "{entry}");
            addresses.push(url.to_string());
        }
    }
    assert!(addresses.len() > 10, "{addresses:?}");
    for url in addresses {
        let rel = url.strip_prefix("/di/").expect("below the base path");
        assert!(site.public().join(rel).is_file(), "{url} is not published");
    }
    assert_eq!(
        page.attrs("main picture img", "src"),
        [
            "/di/lv/jaunumi/talka/IMG_2041-800.jpg",
            "/di/lv/jaunumi/talka/IMG_2045-800.jpg",
            "/di/lv/jaunumi/talka/karte-600.png",
        ]
    );
    // The lead image as social sites get it: 1200 px wide.
    let og = page.attr("meta[property='og:image']", "content");
    assert!(
        og.ends_with("/di/lv/jaunumi/talka/IMG_2041-1200.jpg"),
        "{og}"
    );
    assert_eq!(
        page.attr("meta[property='og:image:width']", "content"),
        "1200"
    );
    assert_eq!(
        page.attr("meta[property='og:image:height']", "content"),
        "900"
    );
    let og = image::load_from_memory(&read(&site, "lv/jaunumi/talka/IMG_2041-1200.jpg")).unwrap();
    assert_eq!((og.width(), og.height()), (1200, 900));
}

#[test]
fn the_first_image_of_a_page_without_a_lead_image_loads_at_once() {
    let site = photo_site();
    site.write(
        "content/jaunumi/talka/index.lv.md",
        "---\ntitle: Talka\ndate: 2024-01-10\n---\n![Dalībnieki](IMG_2045.jpg)\n\nTeksts.\n\n![Karte](karte.png)\n",
    );
    site.build(&[]);
    let page = site.page("lv/jaunumi/talka/index.html");
    let images = ".prose p picture img";
    assert_eq!(page.count(images), 2);
    let loading: Vec<Option<String>> = ["IMG_2045", "karte"]
        .iter()
        .map(|name| {
            let css = format!(".prose p picture img[src*='{name}']");
            page.attrs(&css, "loading").into_iter().next()
        })
        .collect();
    assert_eq!(loading, [None, Some("lazy".to_string())]);
    assert_eq!(page.count("meta[property='og:image']"), 0);
}

#[test]
fn list_thumbnails_are_lazy_pictures() {
    let site = photo_site();
    site.build(&[]);
    let section = site.page("lv/jaunumi/index.html");
    let thumbnail = ".entry-image picture img";
    assert_eq!(section.attr(thumbnail, "loading"), "lazy");
    assert_eq!(section.attr(thumbnail, "width"), "1600");
    assert!(section.attr(thumbnail, "sizes").contains("12rem"));
}

#[test]
fn a_file_named_like_a_size_lapa_makes_is_a_collision_naming_both() {
    let site = photo_site();
    site.build(&[]);
    let before = site.tree();
    std::fs::write(
        site.root().join("content/jaunumi/talka/IMG_2045-480.jpg"),
        photos::phone_jpeg(480, 360, 6),
    )
    .unwrap();
    let run = site.build_fails();
    assert!(
        run.stderr.contains("content/jaunumi/talka/IMG_2045.jpg")
            && run
                .stderr
                .contains("content/jaunumi/talka/IMG_2045-480.jpg")
            && run.stderr.contains("collision"),
        "{}",
        run.stderr
    );
    assert_eq!(site.tree(), before, "the previous output stays as it was");
}

/// The cache files and their modification times.
fn cache_files(site: &Site) -> Vec<(String, std::time::SystemTime)> {
    let root = site.root().join(".lapa-cache");
    let mut files: Vec<(String, std::time::SystemTime)> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(&root).unwrap();
            let time = e.metadata().unwrap().modified().unwrap();
            (rel.to_string_lossy().into_owned(), time)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_rebuild_reuses_the_cache_and_a_replaced_photo_is_made_again() {
    let site = photo_site();
    site.build(&[]);
    let cached = cache_files(&site);
    assert!(cached.len() > 10, "{cached:?}");
    assert!(site.root().join(".lapa-cache/CACHEDIR.TAG").is_file());
    let published = read(&site, "lv/jaunumi/talka/IMG_2041-480.webp");
    // A text edit renders the page again; no image is made again.
    site.write(
        "content/jaunumi/talka/index.lv.md",
        "---\ntitle: Talka\ndate: 2024-01-10\nimage: IMG_2041.jpg\nimage_alt: Talkas dalībnieki\n---\n\
         Otrs teikums.\n\n![Dalībnieki stāda kokus](IMG_2045.jpg)\n\n![Karte](karte.png)\n",
    );
    site.build(&[]);
    assert_eq!(cache_files(&site), cached, "nothing was processed again");
    assert_eq!(read(&site, "lv/jaunumi/talka/IMG_2041-480.webp"), published);
    // A replaced photo is made again; the old one's entries are pruned.
    std::fs::write(
        site.root().join("content/jaunumi/talka/IMG_2045.jpg"),
        photos::phone_jpeg(900, 600, 6),
    )
    .unwrap();
    site.build(&[]);
    let page = site.page("lv/jaunumi/talka/index.html");
    assert_eq!(
        page.attrs(".prose p picture img", "width"),
        ["900", "600"],
        "the new photo's size"
    );
    let after = cache_files(&site);
    assert_ne!(after, cached);
    assert!(
        !site
            .public()
            .join("lv/jaunumi/talka/IMG_2045-1000.jpg")
            .exists()
    );
}

#[test]
fn an_svg_is_published_unchanged() {
    let site = Site::fixture("basic");
    site.build(&[]);
    let source = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/basic/content/kopiena/galerija/foto.svg"),
    )
    .unwrap();
    assert_eq!(read(&site, "lv/kopiena/galerija/foto.svg"), source);
    let page = site.page("lv/kopiena/galerija/index.html");
    assert_eq!(page.count("main picture"), 0);
    assert!(page.count("main img[src$='foto.svg']") >= 1);
}

/// Every address in a `srcset` (entries split at commas, each an address and a width).
fn srcset_urls(srcset: &str) -> Vec<String> {
    srcset
        .split(", ")
        .map(|entry| {
            let parts: Vec<&str> = entry.split(' ').collect();
            assert_eq!(parts.len(), 2, "an address and a width: {entry:?}");
            assert!(parts[1].ends_with('w'), "{entry:?}");
            parts[0].to_string()
        })
        .collect()
}

#[test]
fn file_names_with_spaces_commas_and_latvian_letters_are_escaped_in_every_address() {
    let site = Site::bundled();
    let bundle = site.root().join("content/jaunumi/talka");
    std::fs::create_dir_all(&bundle).unwrap();
    let name = "Talka Ludzā, 2026.jpg";
    std::fs::write(bundle.join(name), photos::phone_jpeg(1000, 750, 1)).unwrap();
    site.write(
        "content/jaunumi/talka/index.lv.md",
        "---\ntitle: Talka\ndate: 2024-04-20\nimage: Talka Ludzā, 2026.jpg\nimage_alt: Talka\n---\n\
         Teksts.\n\n![Dalībnieki](<Talka Ludzā, 2026.jpg>)\n",
    );
    site.build(&[]);
    let page = site.page("lv/jaunumi/talka/index.html");
    let mut urls: Vec<String> = page.attrs("picture img", "src");
    for srcset in page
        .attrs("picture img", "srcset")
        .into_iter()
        .chain(page.attrs("picture source", "srcset"))
    {
        urls.extend(srcset_urls(&srcset));
    }
    urls.push(page.attr("meta[property='og:image']", "content"));
    // The original, as a link to it would name it.
    urls.push("/di/lv/jaunumi/talka/Talka%20Ludz%C4%81%2C%202026.jpg".to_string());
    assert!(urls.len() > 8, "{urls:?}");
    for url in &urls {
        assert!(
            url.is_ascii() && !url.contains([' ', ',']),
            "written as it is: {url}"
        );
        let path = url
            .split("/di/")
            .nth(1)
            .unwrap_or_else(|| panic!("below the base path: {url}"));
        let file = percent_encoding::percent_decode_str(path)
            .decode_utf8()
            .unwrap();
        assert!(
            file.starts_with("lv/jaunumi/talka/Talka Ludzā, 2026"),
            "{url}"
        );
        let bytes = std::fs::read(site.public().join(&*file))
            .unwrap_or_else(|e| panic!("{url} is not published: {e}"));
        // An upright JPEG's original keeps its own picture, and nothing else.
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["Exif", "xmpmeta", photos::CAMERA_MAKE, photos::CAMERA_MODEL] {
            assert!(!text.contains(secret), "{file} keeps {secret}");
        }
        assert!(
            site.public().join(&*file).is_file(),
            "{url} is not published"
        );
    }
}
