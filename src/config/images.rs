//! `images:` in `site.yaml`: the widths, quality and formats images are published in,
//! the `sizes` of content images, when a source image is large enough to warn about, and
//! the folder processed images are cached in. Checked here (widths ascending and in range,
//! a quality of 1 to 100, a cache folder inside the site folder but outside its sources),
//! so `media` can trust it. The output folder is known only to the run's options, so that
//! one check is [`ImageSettings::cache_problem`], called where both are at hand.

use super::SITE_FILE;
use crate::diagnostics::Diagnostic;
use crate::values::yaml::locate;
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The checked `images:` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ImageSettings {
    /// Widths (px) of the resized variants: ascending, unique, each 16..=8000.
    pub widths: Vec<u32>,
    /// Quality (1..=100) of resized JPEG and of every WebP.
    pub quality: u8,
    /// Whether WebP variants are made besides the original format.
    pub webp: bool,
    /// The `sizes` attribute of content images.
    pub sizes: String,
    /// Longest side (px, after orientation) above which `image-large` warns.
    pub warn_side: u32,
    /// File size (MB, 10^6 bytes) above which `image-large` warns.
    pub warn_megabytes: u64,
    /// The cache folder as written, relative to the site folder (beside `content/`).
    pub cache: String,
    /// Where `cache` is written in `content/site.yaml` (the key), for messages about the
    /// folder; empty at 0 when the key is not written.
    pub cache_span: Range<usize>,
}

/// The `sizes` of a content image in the default theme: the text column is about 40rem
/// wide and the page has a 1rem margin on each side below that.
pub(crate) const DEFAULT_SIZES: &str = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";

/// The smallest and largest width a variant may have.
const WIDTH_RANGE: std::ops::RangeInclusive<i64> = 16..=8000;

/// Folders of the site folder that hold its sources: the cache may not be inside one.
const SOURCE_FOLDERS: &[&str] = &["content", "themes", "locales"];

impl Default for ImageSettings {
    fn default() -> Self {
        Self {
            widths: vec![480, 800, 1200, 1600],
            quality: 80,
            webp: true,
            sizes: DEFAULT_SIZES.to_string(),
            warn_side: 6000,
            warn_megabytes: 12,
            cache: ".lapa-cache".to_string(),
            cache_span: 0..0,
        }
    }
}

impl ImageSettings {
    /// The cache folder of a site whose folder is `root`.
    pub(crate) fn cache_dir(&self, root: &Path) -> PathBuf {
        root.join(&self.cache)
    }

    /// An error when the cache folder is the output folder or inside it (a build would
    /// publish or delete the cache), or holds the output folder; `None` when it is apart.
    pub(crate) fn cache_problem(&self, root: &Path, output: &Path) -> Option<Diagnostic> {
        let cache = normalize(&self.cache_dir(root));
        let output = normalize(&if output.is_absolute() {
            output.to_path_buf()
        } else {
            root.join(output)
        });
        (cache.starts_with(&output) || output.starts_with(&cache)).then(|| {
            Diagnostic::error("config-images-cache-in-output")
                .in_file(SITE_FILE)
                .at(self.cache_span.clone())
                .with("value", &self.cache)
        })
    }
}

/// A path with `.` and `..` resolved by their names (no disk access).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `images:` as written (numbers signed, so that 0 and -3 get one message): a missing
/// key keeps its default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawImages {
    widths: Option<Vec<i64>>,
    quality: Option<i64>,
    webp: Option<bool>,
    sizes: Option<String>,
    warn_side: Option<i64>,
    warn_megabytes: Option<i64>,
    cache: Option<String>,
}

/// Checks `images:`; problems go to `problems`, each at its key in `text` (the whole
/// `site.yaml`).
pub(super) fn check(raw: RawImages, text: &str, problems: &mut Vec<Diagnostic>) -> ImageSettings {
    let file = Path::new(SITE_FILE);
    let key_span = |name: &str| {
        let offset = locate::offset_of(text, &format!("images.{name}")).unwrap_or(0);
        offset..offset + name.len()
    };
    let defaults = ImageSettings::default();
    let widths = match raw.widths {
        None => defaults.widths,
        Some(widths) => match good_widths(&widths) {
            Some(widths) => widths,
            None => {
                let written: Vec<String> = widths.iter().map(i64::to_string).collect();
                problems.push(
                    Diagnostic::error("config-images-bad-widths")
                        .in_file(file)
                        .at(key_span("widths"))
                        .with("value", format!("[{}]", written.join(", "))),
                );
                defaults.widths
            }
        },
    };
    let quality = match raw.quality {
        None => defaults.quality,
        Some(q) => u8::try_from(q)
            .ok()
            .filter(|q| (1..=100).contains(q))
            .unwrap_or_else(|| {
                problems.push(
                    Diagnostic::error("config-images-bad-quality")
                        .in_file(file)
                        .at(key_span("quality"))
                        .with("value", q),
                );
                defaults.quality
            }),
    };
    let sizes = match raw.sizes {
        None => defaults.sizes,
        Some(sizes) if sizes.trim().is_empty() || sizes.contains(['"', '<', '>']) => {
            problems.push(
                Diagnostic::error("config-images-bad-sizes")
                    .in_file(file)
                    .at(key_span("sizes"))
                    .with("value", &sizes),
            );
            defaults.sizes
        }
        Some(sizes) => sizes.trim().to_string(),
    };
    let mut count = |value: Option<i64>, default: u64, name: &str| {
        let key = format!("images.{name}");
        super::positive_count(
            value,
            usize::try_from(default).unwrap_or(usize::MAX),
            &key,
            key_span(name),
            problems,
        )
    };
    let warn_side = count(raw.warn_side, defaults.warn_side.into(), "warn_side");
    let warn_megabytes = count(
        raw.warn_megabytes,
        defaults.warn_megabytes,
        "warn_megabytes",
    );
    let mut cache_span = 0..0;
    let cache = match raw.cache {
        None => defaults.cache,
        Some(cache) => {
            cache_span = key_span("cache");
            if cache_path_is_good(&cache) {
                cache.trim_end_matches('/').to_string()
            } else {
                problems.push(
                    Diagnostic::error("config-images-bad-cache")
                        .in_file(file)
                        .at(cache_span.clone())
                        .with("value", &cache),
                );
                defaults.cache
            }
        }
    };
    ImageSettings {
        widths,
        quality,
        webp: raw.webp.unwrap_or(defaults.webp),
        sizes,
        warn_side: u32::try_from(warn_side).unwrap_or(u32::MAX),
        warn_megabytes: u64::try_from(warn_megabytes).unwrap_or(u64::MAX),
        cache,
        cache_span,
    }
}

/// The widths when they are non-empty, ascending, unique and each within
/// [`WIDTH_RANGE`].
fn good_widths(widths: &[i64]) -> Option<Vec<u32>> {
    let in_range = widths.iter().all(|w| WIDTH_RANGE.contains(w));
    let ascending = widths.windows(2).all(|pair| pair[0] < pair[1]);
    if widths.is_empty() || !in_range || !ascending {
        return None;
    }
    widths.iter().map(|&w| u32::try_from(w).ok()).collect()
}

/// A relative path with forward slashes that stays inside the site folder and is not in
/// one of its source folders (nor one of them).
fn cache_path_is_good(cache: &str) -> bool {
    let cache = cache.trim_end_matches('/');
    let parts: Vec<&str> = cache.split('/').collect();
    let inside = !cache.is_empty()
        && !cache.starts_with('/')
        && !cache.contains(['\\', ':'])
        && parts
            .iter()
            .all(|part| !part.is_empty() && *part != "." && *part != "..");
    inside
        && parts
            .first()
            .is_some_and(|first| !SOURCE_FOLDERS.contains(first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse;

    const MINIMAL: &str =
        "base_url: https://example.org/\nlanguages: [{code: lv, name: L}]\ntitle: T\n";

    #[test]
    fn defaults_without_the_block() {
        let config = parse(MINIMAL, None).unwrap();
        assert_eq!(config.images, ImageSettings::default());
        assert_eq!(config.images.widths, [480, 800, 1200, 1600]);
        assert_eq!(config.images.quality, 80);
        assert!(config.images.webp);
        assert_eq!(config.images.cache, ".lapa-cache");
    }

    #[test]
    fn values_are_read_and_missing_ones_keep_defaults() {
        let text = format!(
            "{MINIMAL}images:\n  widths: [320, 640]\n  quality: 70\n  webp: false\n  sizes: \"100vw\"\n  cache: build/cache/\n"
        );
        let images = parse(&text, None).unwrap().images;
        assert_eq!(images.widths, [320, 640]);
        assert_eq!(images.quality, 70);
        assert!(!images.webp);
        assert_eq!(images.sizes, "100vw");
        assert_eq!(images.cache, "build/cache");
        assert_eq!(&text[images.cache_span.clone()], "cache");
        assert_eq!(images.warn_side, 6000);
        assert_eq!(images.warn_megabytes, 12);
    }

    #[test]
    fn bad_values_are_errors_at_their_key() {
        for (bad, id, key) in [
            ("widths: [800, 480]", "config-images-bad-widths", "widths"),
            ("widths: [480, 480]", "config-images-bad-widths", "widths"),
            ("widths: [8]", "config-images-bad-widths", "widths"),
            ("widths: [9000]", "config-images-bad-widths", "widths"),
            ("widths: []", "config-images-bad-widths", "widths"),
            ("quality: 0", "config-images-bad-quality", "quality"),
            ("quality: 101", "config-images-bad-quality", "quality"),
            ("sizes: \"\"", "config-images-bad-sizes", "sizes"),
            ("warn_side: 0", "config-not-positive", "warn_side"),
            (
                "warn_megabytes: -1",
                "config-not-positive",
                "warn_megabytes",
            ),
            ("cache: content/cache", "config-images-bad-cache", "cache"),
            ("cache: themes", "config-images-bad-cache", "cache"),
            ("cache: locales/x", "config-images-bad-cache", "cache"),
            ("cache: ../cache", "config-images-bad-cache", "cache"),
            ("cache: /tmp/cache", "config-images-bad-cache", "cache"),
            ("cache: \"\"", "config-images-bad-cache", "cache"),
        ] {
            let text = format!("{MINIMAL}images:\n  {bad}\n");
            let problems = parse(&text, None).unwrap_err();
            assert_eq!(problems.len(), 1, "{bad}");
            assert_eq!(problems[0].id, id, "{bad}");
            let span = problems[0].span.clone().unwrap();
            assert_eq!(&text[span], key, "{bad}");
        }
    }

    #[test]
    fn unknown_keys_and_wrong_types_are_errors() {
        for bad in [
            "images:\n  width: [480]\n",
            "images:\n  widths: 480\n",
            "images:\n  webp: sometimes\n",
            "images:\n  quality: high\n",
        ] {
            let problems = parse(&format!("{MINIMAL}{bad}"), None).unwrap_err();
            assert_eq!(problems.len(), 1, "{bad}");
            assert!(
                problems[0].id.starts_with("yaml-"),
                "{bad}: {}",
                problems[0].id
            );
        }
    }

    #[test]
    fn the_cache_may_not_hold_or_be_inside_the_output() {
        let settings = ImageSettings::default();
        let root = Path::new("/site");
        assert!(settings.cache_problem(root, Path::new("public")).is_none());
        assert!(
            settings
                .cache_problem(root, Path::new("/elsewhere/out"))
                .is_none()
        );
        let inside = ImageSettings {
            cache: "public/.cache".to_string(),
            ..ImageSettings::default()
        };
        let problem = inside.cache_problem(root, Path::new("public")).unwrap();
        assert_eq!(problem.id, "config-images-cache-in-output");
        assert!(
            settings
                .cache_problem(root, Path::new("/site/.lapa-cache/x"))
                .is_some()
        );
        assert!(settings.cache_problem(root, Path::new("/site")).is_some());
    }
}
