//! What can go wrong with an image, as a value: the kind (which becomes the diagnostic's
//! id) and what was found (its arguments). `diagnose` words it for a page.

use std::fmt;

/// Why an image cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ImageError {
    /// A format lapa does not publish (HEIC, AVIF, TIFF, BMP, an animated WebP…) or not
    /// an image at all; `found` names what the file holds (`HEIC`, `TIFF`, `unknown`).
    Unsupported {
        /// What the file holds, as people call it.
        found: String,
    },
    /// The file says it is an image of its format but cannot be read as one.
    Corrupt {
        /// The decoder's words, in English (technical detail for the message).
        detail: String,
    },
    /// The file is empty (0 bytes): an upload or a copy that did not finish.
    Empty,
    /// A JPEG whose data stops before the picture ends (no end marker after the
    /// picture's data): a decoder would show the rest grey.
    Truncated,
    /// Its header announces more pixels than lapa decodes ([`super::MAX_PIXELS`]): it
    /// was refused before any pixel memory was taken.
    TooLarge {
        /// Width in the header.
        width: u32,
        /// Height in the header.
        height: u32,
    },
    /// The source could not be read, or the cache could not be written.
    Io {
        /// The file or folder.
        path: std::path::PathBuf,
        /// The system's words.
        detail: String,
    },
}

impl ImageError {
    /// The diagnostic id (and Fluent message id) of this kind of problem.
    pub(crate) fn id(&self) -> &'static str {
        match self {
            Self::Unsupported { .. } => "image-unsupported",
            Self::Corrupt { .. } => "image-corrupt",
            Self::Empty => "image-empty",
            Self::Truncated => "image-truncated",
            Self::TooLarge { .. } => "image-too-large",
            Self::Io { .. } => "image-io",
        }
    }

    /// An I/O failure at `path`.
    pub(crate) fn io(path: &std::path::Path, error: &std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            detail: error.to_string(),
        }
    }

    /// A decoder's or encoder's error: a limit reached is [`Self::TooLarge`]-like
    /// corruption, an unsupported feature is [`Self::Unsupported`], anything else
    /// [`Self::Corrupt`].
    pub(crate) fn from_image(error: &image::ImageError) -> Self {
        match error {
            image::ImageError::Unsupported(e) => Self::Unsupported {
                found: e.to_string(),
            },
            other => Self::Corrupt {
                detail: other.to_string(),
            },
        }
    }
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unsupported { found } => write!(f, "unsupported image ({found})"),
            Self::Corrupt { detail } => write!(f, "corrupt image: {detail}"),
            Self::Empty => write!(f, "empty image file"),
            Self::Truncated => write!(f, "image cut short"),
            Self::TooLarge { width, height } => write!(f, "image too large: {width}×{height}"),
            Self::Io { path, detail } => write!(f, "{}: {detail}", path.display()),
        }
    }
}
