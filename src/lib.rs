//! probe
pub mod diagnostics;
pub mod i18n;
