//! Indicators: the views templates see (latest value, percent, municipalities, chart),
//! the SVG chart drawn by lapa, and the CSV and JSON downloads. The schema and its
//! checks are in `data::indicators`; the pages come from the generic data pages.

pub(super) mod chart;
pub(super) mod downloads;
pub(super) mod view;
