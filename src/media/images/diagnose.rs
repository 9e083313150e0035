//! Image problems worded for the people who edit content: an [`ImageError`] becomes an
//! error, a source above the `images:` warning sizes an `image-large` warning. Each
//! names the image; the caller places it in the page that uses the image
//! (`.in_file(page).at(span)`), since only the model knows that page.

use super::{ImageError, ImageFacts, MAX_PIXELS, RasterFormat};
use crate::config::images::ImageSettings;
use crate::diagnostics::Diagnostic;
use std::path::Path;

impl ImageError {
    /// The error about `image` (its path relative to the site folder), without a file:
    /// the caller adds the page that uses it.
    pub(crate) fn diagnostic(&self, image: &Path) -> Diagnostic {
        let problem = Diagnostic::error(self.id()).with("image", image.display());
        match self {
            Self::Unsupported { found } => problem.with("found", found),
            Self::Corrupt { detail } => problem.with("details", detail),
            Self::Empty | Self::Truncated => problem,
            Self::TooLarge { width, height } => problem
                .with("width", width)
                .with("height", height)
                .with("limit", MAX_PIXELS / 1_000_000),
            Self::Io { path, detail } => {
                problem.with("details", format!("{}: {detail}", path.display()))
            }
        }
    }
}

/// The `image-large` warning about `image` when its longest side or its file size is
/// above the settings' `warn_side` or `warn_megabytes`; `None` when it is not. Like
/// [`ImageError::diagnostic`], without a file.
pub(crate) fn large_warning(
    image: &Path,
    facts: &ImageFacts,
    settings: &ImageSettings,
) -> Option<Diagnostic> {
    let side = facts.width.max(facts.height);
    let limit_bytes = settings.warn_megabytes.saturating_mul(1_000_000);
    if side <= settings.warn_side && facts.bytes <= limit_bytes {
        return None;
    }
    let tenths = facts.bytes.div_ceil(100_000);
    Some(
        Diagnostic::warning("image-large")
            .with("image", image.display())
            .with("width", facts.width)
            .with("height", facts.height)
            .with("megabytes", format!("{}.{}", tenths / 10, tenths % 10))
            .with("side", settings.warn_side)
            .with("limit", settings.warn_megabytes),
    )
}

/// The `image-misnamed` warning about `image` when its name says one format and its
/// bytes hold another (`foto.jpg` that is a PNG): browsers show it, but hosts send it
/// with the type its name says and its sizes keep the name's extension. Like
/// [`ImageError::diagnostic`], without a file.
pub(crate) fn misnamed_warning(image: &Path, facts: &ImageFacts) -> Option<Diagnostic> {
    let named = RasterFormat::from_extension(image)?;
    if named == facts.format {
        return None;
    }
    let stem = image.file_stem()?.to_string_lossy();
    Some(
        Diagnostic::warning("image-misnamed")
            .with("image", image.display())
            .with("named", named.name())
            .with("format", facts.format.name())
            .with("name", format!("{stem}.{}", facts.format.extension())),
    )
}
