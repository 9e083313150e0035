//! Values every stage shares, below all of them: front-matter dates, URL slugs, texts
//! per language and their smart quotes, ids and language codes, link schemes, and YAML
//! errors in plain words with the places of key paths. Imports only `diagnostics`, so
//! options, config, load, data, model and render can all use it without an arrow back.

pub(crate) mod dates;
pub(crate) mod ids;
pub(crate) mod links;
pub(crate) mod quotes;
pub(crate) mod slug;
pub(crate) mod text;
pub(crate) mod yaml;
