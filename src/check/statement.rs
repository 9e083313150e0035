//! The accessibility statement: a site without `content/data/accessibility.yaml` has
//! none, which public bodies' sites must publish (Directive (EU) 2016/2102), so `check`
//! warns; `build` does not, since a site may be built before it has one. A statement
//! whose review is stale is the model's warning, reported by `build` and `check` alike.

use crate::data::accessibility::FILE;
use crate::diagnostics::Diagnostic;
use crate::model::Site;

/// The warning when the site has no statement file.
pub(super) fn missing(site: &Site) -> Option<Diagnostic> {
    site.data_file(FILE)
        .is_none()
        .then(|| Diagnostic::warning("accessibility-statement-missing"))
}
