//! Files and bytes, not pages: what lapa reads from the images and documents a page
//! publishes. Pages, URLs and messages are the model's and render's business; errors
//! here are values that they place in the page that uses the file.

pub(crate) mod documents;
