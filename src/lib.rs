//! probe
pub mod config;
pub mod data;
pub mod diagnostics;
pub mod i18n;
pub mod load;
pub mod model;
