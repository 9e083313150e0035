//! The `<picture>` markup of a published raster image, written by one function
//! (`picture_html`) for markdown images, lead images and list thumbnails alike: a WebP
//! `<source>` and an `<img>` in the original format, each with every size in `srcset`,
//! the upright original's `width`/`height` (no layout shift), `decoding="async"`, and
//! `loading="lazy"` unless the image is on the first screen. Also: the files each image
//! output is copied from (the media cache's, made in `process`).

use super::markdown::{ImageText, escape};
use crate::media::images::{Processed, RasterFormat};
use crate::model::Site;
use crate::model::images::PublishedImage;

/// How an image is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Loading {
    /// Below the first screen: fetched when scrolled near.
    Lazy,
    /// On the first screen.
    Eager,
    /// The page's own lead image: eager, fetched first (`fetchpriority="high"`).
    Priority,
}

/// What a picture says besides its image.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PictureOptions<'a> {
    /// The text alternative (may be empty for a decorative image).
    pub alt: &'a str,
    /// A markdown image's title.
    pub title: Option<&'a str>,
    /// `sizes`: how wide the image is shown; the site's default when `None`.
    pub sizes: Option<&'a str>,
    /// How it is loaded.
    pub loading: Loading,
    /// A class for the `<picture>`.
    pub class: Option<&'a str>,
}

/// The width `src` aims at: a phone's screen at twice its density, or a desktop text
/// column; browsers that read `srcset` choose for themselves.
const SRC_WIDTH: u32 = 800;

/// The markup of a published image.
pub(crate) fn picture_html(
    site: &Site,
    image: &PublishedImage,
    options: &PictureOptions<'_>,
) -> String {
    let url = |path: &str| escape(&site.url(path));
    let original = image.facts.format;
    let same: Vec<(&str, u32)> = image
        .variants()
        .filter(|(_, v)| v.format == original)
        .map(|(p, v)| (p, v.width))
        .collect();
    let webp: Vec<(&str, u32)> = image
        .variants()
        .filter(|(_, v)| v.format == RasterFormat::Webp && original != RasterFormat::Webp)
        .map(|(p, v)| (p, v.width))
        .collect();
    let srcset = |list: &[(&str, u32)]| {
        list.iter()
            .map(|(p, w)| format!("{} {w}w", url(p)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let src = same
        .iter()
        .filter(|(_, w)| *w <= SRC_WIDTH)
        .max_by_key(|(_, w)| *w)
        .or_else(|| same.iter().min_by_key(|(_, w)| *w))
        .map_or_else(|| image.path(), |(p, _)| p);
    let default_sizes = site.config.images.sizes.as_str();
    let sizes = escape(options.sizes.unwrap_or(default_sizes));
    let mut html = String::with_capacity(512);
    let picture = !same.is_empty() || !webp.is_empty();
    if picture {
        html.push_str("<picture");
        if let Some(class) = options.class.filter(|c| !c.is_empty()) {
            html.push_str(&format!(" class=\"{}\"", escape(class)));
        }
        html.push('>');
    }
    if !webp.is_empty() {
        html.push_str(&format!(
            "<source type=\"{}\" srcset=\"{}\" sizes=\"{sizes}\">",
            RasterFormat::Webp.mime(),
            srcset(&webp)
        ));
    }
    html.push_str(&format!("<img src=\"{}\"", url(src)));
    if !same.is_empty() {
        html.push_str(&format!(" srcset=\"{}\" sizes=\"{sizes}\"", srcset(&same)));
    } else if let Some(class) = options.class.filter(|c| !c.is_empty() && !picture) {
        html.push_str(&format!(" class=\"{}\"", escape(class)));
    }
    html.push_str(&format!(
        " width=\"{}\" height=\"{}\" alt=\"{}\"",
        image.facts.width,
        image.facts.height,
        escape(options.alt)
    ));
    if let Some(title) = options.title.filter(|t| !t.is_empty()) {
        html.push_str(&format!(" title=\"{}\"", escape(title)));
    }
    match options.loading {
        Loading::Lazy => html.push_str(" loading=\"lazy\""),
        Loading::Eager => {}
        Loading::Priority => html.push_str(" fetchpriority=\"high\""),
    }
    html.push_str(" decoding=\"async\">");
    if picture {
        html.push_str("</picture>");
    }
    html
}

/// A markdown image's `<picture>`, when its address names a processed image of the page at
/// `page_path`.
pub(crate) fn markdown_picture(
    site: &Site,
    page_path: &str,
    dest: &str,
    image: &ImageText<'_>,
) -> Option<String> {
    let path = crate::model::output_of(page_path, dest)?;
    let published = site.images.get(&path)?;
    let options = PictureOptions {
        alt: image.alt,
        title: Some(image.title),
        sizes: None,
        loading: if image.eager {
            Loading::Eager
        } else {
            Loading::Lazy
        },
        class: None,
    };
    Some(picture_html(site, published, &options))
}

/// A page's lead image, when it is a raster image lapa processed.
pub(crate) fn lead_image<'a>(
    site: &'a Site,
    page: &crate::model::Page,
) -> Option<&'a PublishedImage> {
    let image = page.about.image.as_deref()?;
    site.images
        .get(&crate::model::output_of(&page.path, image)?)
}

/// The file each image output is copied from: the media cache's, by output path.
#[derive(Debug, Clone, Default)]
pub(crate) struct ImageFiles {
    by_path: std::sync::Arc<std::collections::HashMap<String, std::path::PathBuf>>,
}

impl ImageFiles {
    /// The cache file an image output is copied from.
    pub(crate) fn get(&self, path: &str) -> Option<&std::path::Path> {
        self.by_path.get(path).map(std::path::PathBuf::as_path)
    }
}

/// Makes (or finds in the cache) every file of every published image, once per source
/// file and in parallel. An image that cannot be processed is an error in the image file,
/// naming a page that shows it.
pub(crate) fn process(site: &Site) -> (ImageFiles, Vec<crate::diagnostics::Diagnostic>) {
    use crate::diagnostics::Diagnostic;
    use rayon::prelude::*;
    use std::collections::{BTreeMap, HashMap};
    if site.images.is_empty() {
        return (ImageFiles::default(), Vec::new());
    }
    let Some(folder) = site.image_cache.as_deref() else {
        return (ImageFiles::default(), Vec::new());
    };
    let cache = match crate::media::images::Cache::open(folder) {
        Ok(cache) => cache,
        Err(error) => {
            let problem = Diagnostic::error("image-cache-unusable")
                .with("folder", crate::diagnostics::display_path(folder))
                .with("details", error);
            return (ImageFiles::default(), vec![problem]);
        }
    };
    // One published copy per source file stands for all of them.
    let mut by_source: BTreeMap<&std::path::Path, Vec<&PublishedImage>> = BTreeMap::new();
    for image in site.images.iter() {
        by_source.entry(&image.source).or_default().push(image);
    }
    let settings = &site.config.images;
    let done: Vec<_> = by_source
        .into_par_iter()
        .map(|(source, copies)| {
            let first = copies[0];
            let result: Result<Processed, _> =
                cache.process(source, &first.facts, settings, first.og);
            (copies, result)
        })
        .collect();
    let mut by_path = HashMap::new();
    let mut problems = Vec::new();
    for (copies, result) in done {
        match result {
            Ok(processed) => {
                for image in copies {
                    for file in &image.files {
                        let made = match &file.variant {
                            None => Some(processed.original.as_path()),
                            Some(variant) => processed.file_of(variant),
                        };
                        if let Some(made) = made {
                            by_path.insert(file.path.clone(), made.to_path_buf());
                        }
                    }
                }
            }
            Err(error) => {
                let first = copies[0];
                let page = first
                    .page
                    .as_deref()
                    .map_or_else(|| "-".to_string(), crate::diagnostics::display_path);
                problems.push(
                    crate::model::images::problem(&error, &first.file)
                        .in_file(&first.file)
                        .with("page", page),
                );
            }
        }
    }
    let files = ImageFiles {
        by_path: std::sync::Arc::new(by_path),
    };
    (files, problems)
}
