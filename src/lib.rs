//! lapa turns a site folder (bilingual markdown, YAML data, a Tera theme and Fluent
//! interface texts) into a static website. One pipeline, one way: the `cli` resolves
//! `options`; `load` reads `config` (site.yaml), content, data files, locales and the
//! theme from disk; `data` checks the data files; `media` probes, processes and caches
//! the images pages use (oriented, stripped of metadata, resized) and checks SVGs;
//! `i18n` prepares the interface texts and
//! CLDR formats; `model` builds the site (pages by stable key, URLs, translations) and its
//! output table (every file the build writes, its kind and the sources it is made from);
//! `render` makes each output of that table, one at a time and in parallel (markdown
//! rendered once, templates bound to the site, sitemap…); `write` replaces the
//! output folder only when all of that succeeded. `build` strings the stages together;
//! `check` runs the same stages without writing and adds what only the whole rendered
//! site shows (broken internal links and anchors, orphans, missing translations,
//! accessibility lints); `scaffold` starts new content files for `lapa new`; `serve`
//! keeps a site built in memory, serves it over HTTP to the browser and rebuilds it as
//! its sources are edited;
//! `diagnostics` carries problems, with their places, from every stage to the person
//! reading them, in lapa's own words (Fluent bundles with CLDR plurals, from `fluent`);
//! `values` holds what every stage shares (dates, slugs, texts per language, ids, YAML
//! errors in plain words).
//!
//! The modules stand in one order, and each uses only those before it (the integration
//! test `layers` reads every `crate::` path in `src/` and fails on an arrow back):
//!
//! fluent → diagnostics → values → options → config → load → data → media → i18n → model →
//! render → write → build → check → scaffold → serve → probe → cli
//!
//! Only three modules are public: `cli` for the binary, `probe` for the fuzz targets and
//! the property tests, and `diagnostics` for the problems `probe` returns. Everything else
//! is `pub(crate)` at most.

mod build;
mod check;
pub mod cli;
mod config;
mod data;
pub mod diagnostics;
mod fluent;
mod i18n;
mod load;
mod media;
mod model;
mod options;
pub mod probe;
mod render;
mod scaffold;
mod serve;
mod values;
mod write;
