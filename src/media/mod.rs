//! The files pages use, as files and bytes, before any page exists: `images` probes raster
//! images, plans the widths and formats they are published in, and makes those files
//! (oriented, stripped of every piece of metadata, resized, encoded) into a cache that
//! lasts between builds; `svg` checks that an SVG carries no script; `documents` reads a
//! document's kind, size, and a PDF's title and page count. Which page uses which
//! file, output names and markup are the model's and render's business; problems found
//! here are values ([`images::ImageError`], [`svg::SvgScript`]) that they turn into
//! diagnostics naming the file and the page.

pub(crate) mod documents;
pub(crate) mod images;
pub(crate) mod svg;
