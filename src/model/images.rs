//! The site's published raster images: which published content files lapa processes
//! (JPEG, PNG, WebP, GIF; a photo in a format it cannot process is an error), their facts
//! (probed once per source file, in parallel), and every file each one becomes: the
//! stripped original at its own path, each planned width in its own format and in WebP
//! (`<stem>-<width>.<ext>`), and the 1200 px Open Graph size for lead images. Problems
//! with an image are placed in the page that uses it. The processing itself is render's
//! (`render::pictures`, through the media cache); SVG files are checked in `svgs`.

use super::{AssetCopy, Page};
use crate::config::images::ImageSettings;
use crate::diagnostics::Diagnostic;
use crate::media::images::{self as media, ImageError, ImageFacts, RasterFormat, Variant};
use pulldown_cmark::{Event, Parser, Tag};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The endings of pictures lapa refuses (a phone's HEIC photo, a scanner's TIFF) rather
/// than publish as they are: browsers cannot show them, and they keep their metadata.
const REFUSED_ENDINGS: &[&str] = &["jfif", "heic", "heif", "avif", "tif", "tiff", "bmp"];

/// Whether a file name names a picture lapa processes or refuses.
pub(super) fn is_picture(path: &Path) -> bool {
    RasterFormat::from_extension(path).is_some()
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| REFUSED_ENDINGS.contains(&e.to_ascii_lowercase().as_str()))
}

/// One file a published image becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ImageFile {
    /// Output path (`lv/x/foto-480.webp`).
    pub path: String,
    /// Its size and format; `None` for the stripped original.
    pub variant: Option<Variant>,
}

/// A raster image published at one place (a bundle file goes next to every language
/// version of its page: one `PublishedImage` each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PublishedImage {
    /// Where it is read.
    pub source: PathBuf,
    /// The content file, for messages (`content/x/foto.jpg`).
    pub file: PathBuf,
    /// What the probe found (size after EXIF orientation, format, hash).
    pub facts: ImageFacts,
    /// Whether some page shows it as its lead image (then it has an Open Graph size).
    pub og: bool,
    /// The file of the page whose folder it is published in, for messages.
    pub page: Option<PathBuf>,
    /// The stripped original first, then every planned variant, in plan order.
    pub files: Vec<ImageFile>,
}

impl PublishedImage {
    /// The original's output path.
    pub(crate) fn path(&self) -> &str {
        self.files.first().map_or("", |f| f.path.as_str())
    }

    /// The variants (not the original), in plan order.
    pub(crate) fn variants(&self) -> impl Iterator<Item = (&str, &Variant)> {
        self.files
            .iter()
            .filter_map(|f| f.variant.as_ref().map(|v| (f.path.as_str(), v)))
    }

    /// The Open Graph image: (output path, width, height): the 1200 px variant in a format
    /// social sites take, or the original when it is not wider.
    pub(crate) fn og_file(&self) -> (&str, u32, u32) {
        let og = media::og_variant(&self.facts);
        self.variants().find(|(_, v)| Some(**v) == og).map_or(
            (self.path(), self.facts.width, self.facts.height),
            |(path, v)| (path, v.width, v.height),
        )
    }
}

/// Every published raster image by the original's output path.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Images {
    by_path: BTreeMap<String, PublishedImage>,
}

impl Images {
    /// The image published at an output path (the original's).
    pub(crate) fn get(&self, path: &str) -> Option<&PublishedImage> {
        self.by_path.get(path)
    }

    /// Every published image, by path.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &PublishedImage> {
        self.by_path.values()
    }

    /// Whether there are none.
    pub(crate) fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }
}

/// Probes every published picture (once per source file, in parallel) and plans what it
/// becomes. A picture that cannot be published is an error in the page that uses it (an
/// image over the warning limits a warning) and is left out of the table.
pub(super) fn plan_all(
    pages: &[Page],
    assets: &[(PathBuf, AssetCopy)],
    settings: &ImageSettings,
    problems: &mut Vec<Diagnostic>,
) -> Images {
    let pictures: Vec<&(PathBuf, AssetCopy)> =
        assets.iter().filter(|(f, _)| is_picture(f)).collect();
    if pictures.is_empty() {
        return Images::default();
    }
    let mut sources: Vec<(&Path, &Path)> = pictures
        .iter()
        .map(|(file, copy)| (copy.source.as_path(), file.as_path()))
        .collect();
    sources.sort();
    sources.dedup_by(|a, b| a.0 == b.0);
    let probed: HashMap<&Path, Result<ImageFacts, ImageError>> = sources
        .par_iter()
        .map(|(source, _)| (*source, media::probe(source)))
        .collect();
    let lead: HashSet<String> = pages
        .iter()
        .filter_map(|p| super::bundles::output_of(&p.path, p.about.image.as_deref()?))
        .collect();
    // Each page's folder in the output → its file (a bundle's files go there).
    let folders: HashMap<&str, &Path> = pages
        .iter()
        .filter(|p| p.kind != super::PageKind::List)
        .map(|p| (p.path.as_str(), p.file()))
        .collect();
    let og_sources: HashSet<&Path> = pictures
        .iter()
        .filter(|(_, copy)| lead.contains(&copy.output))
        .map(|(_, copy)| copy.source.as_path())
        .collect();

    // Problems once per source file, placed where pages use it.
    for (source, file) in &sources {
        match probed.get(source) {
            Some(Err(error)) => {
                let error = problem(error, file);
                problems.extend(place(pages, assets, &folders, source, file, error));
            }
            Some(Ok(facts)) => {
                let warnings = [
                    media::large_warning(file, facts, settings),
                    media::misnamed_warning(file, facts),
                ];
                for warning in warnings.into_iter().flatten() {
                    problems.extend(place(pages, assets, &folders, source, file, warning));
                }
            }
            None => {}
        }
    }

    let mut images = Images::default();
    for (file, copy) in pictures {
        let Some(Ok(facts)) = probed.get(copy.source.as_path()) else {
            continue;
        };
        let og = og_sources.contains(copy.source.as_path());
        let mut image = publish(file, copy, facts, settings, og);
        image.page = folders
            .get(folder_of(&copy.output))
            .map(|p| p.to_path_buf());
        images.by_path.insert(copy.output.clone(), image);
    }
    images
}

/// What one published copy of a probed image becomes.
fn publish(
    file: &Path,
    copy: &AssetCopy,
    facts: &ImageFacts,
    settings: &ImageSettings,
    og: bool,
) -> PublishedImage {
    let (folder, name) = match copy.output.rsplit_once('/') {
        Some((folder, name)) => (format!("{folder}/"), name),
        None => (String::new(), copy.output.as_str()),
    };
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, ext),
        _ => (name, ""),
    };
    let mut files = vec![ImageFile {
        path: copy.output.clone(),
        variant: None,
    }];
    for variant in media::plan(facts, settings, og) {
        // The source's own ending when the format is its own (`JPG` stays `JPG`).
        let path = if variant.format == facts.format && !ext.is_empty() {
            format!("{folder}{stem}-{}.{ext}", variant.width)
        } else {
            format!("{folder}{}", variant.file_name(stem))
        };
        if files.iter().any(|f| f.path == path) {
            continue;
        }
        files.push(ImageFile {
            path,
            variant: Some(variant),
        });
    }
    PublishedImage {
        source: copy.source.clone(),
        file: file.to_path_buf(),
        facts: facts.clone(),
        og,
        page: None,
        files,
    }
}

/// A media error as a diagnostic about the image file (placed by the caller).
pub(crate) fn problem(error: &ImageError, file: &Path) -> Diagnostic {
    error.diagnostic(file)
}

/// A problem with an image, placed at every use of it: the markdown images and lead
/// `image:` keys of the pages that name it; in the image file itself when no page names
/// it (a bundle file shown by none), with its bundle's page named.
fn place(
    pages: &[Page],
    assets: &[(PathBuf, AssetCopy)],
    folders: &HashMap<&str, &Path>,
    source: &Path,
    file: &Path,
    problem: Diagnostic,
) -> Vec<Diagnostic> {
    let outputs: HashSet<&str> = assets
        .iter()
        .filter(|(_, c)| c.source == source)
        .map(|(_, c)| c.output.as_str())
        .collect();
    let mut placed = Vec::new();
    for page in pages {
        let mut uses = uses_in(page, &outputs, Uses::Images);
        uses.sort_by_key(|r| r.start);
        for at in uses {
            placed.push(
                problem
                    .clone()
                    .in_file(page.file())
                    .at(at)
                    .with("page", crate::diagnostics::display_path(page.file())),
            );
        }
    }
    if placed.is_empty() {
        let page = outputs
            .iter()
            .find_map(|o| folders.get(folder_of(o)))
            .map_or_else(|| "-".to_string(), |p| crate::diagnostics::display_path(p));
        placed.push(problem.in_file(file).at(0..0).with("page", page));
    }
    placed
}

/// The file of the page whose folder an output path is in (a bundle page's file).
pub(super) fn page_of(pages: &[Page], output: &str) -> Option<PathBuf> {
    let folder = folder_of(output);
    pages
        .iter()
        .find(|p| p.kind != super::PageKind::List && p.path == folder)
        .map(|p| p.file().to_path_buf())
}

/// The folder part of an output path, with its slash (`lv/x/foto.jpg` → `lv/x/`).
fn folder_of(output: &str) -> &str {
    output.rfind('/').map_or("", |i| &output[..=i])
}

/// What a page may name a file by.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Uses {
    /// Its lead `image:` key and its markdown images.
    Images,
    /// Its markdown links.
    Links,
}

/// Where a page names one of `outputs` by `uses` (spans in the whole file).
pub(super) fn uses_in(page: &Page, outputs: &HashSet<&str>, uses: Uses) -> Vec<Range<usize>> {
    let mut at = Vec::new();
    let names = |dest: &str| {
        super::bundles::output_of(&page.path, dest).is_some_and(|o| outputs.contains(o.as_str()))
    };
    if let Some(image) = page.about.image.as_deref()
        && uses == Uses::Images
        && names(image)
    {
        at.push(page.source.key_span("image"));
    }
    let offset = page.body_offset();
    for (event, range) in Parser::new(page.body()).into_offset_iter() {
        let dest = match (event, uses) {
            (Event::Start(Tag::Image { dest_url, .. }), Uses::Images)
            | (Event::Start(Tag::Link { dest_url, .. }), Uses::Links) => dest_url,
            _ => continue,
        };
        if names(&dest) {
            at.push(offset + range.start..offset + range.end);
        }
    }
    at
}
