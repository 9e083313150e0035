//! lapa turns a site folder (bilingual markdown, YAML data, a Tera theme and Fluent
//! interface texts) into a static website. One pipeline, one way: the `cli` resolves
//! `options`; `load` reads `config` (site.yaml), content, `data`, locales and the theme
//! from disk; `model` builds the site (pages, URLs, translations); `i18n` prepares the
//! interface texts and CLDR formats; `render` produces every output file in memory
//! (markdown, templates, sitemap…); `write` replaces the output folder only when all of
//! that succeeded. `build` strings the stages together; `diagnostics` carries problems,
//! with their places, from every stage to the person reading them.

pub mod build;
pub mod cli;
pub mod config;
pub mod data;
pub mod diagnostics;
pub mod i18n;
pub mod load;
pub mod model;
pub mod options;
pub mod probe;
pub mod render;
pub mod write;
