//! `paginator` for one list page of a paginated section.

use crate::model::Site;
use crate::model::pagination::Pager;
use serde_json::{Value, json};

/// `paginator` for one list page of a section.
pub(crate) fn paginator_view(site: &Site, pager: &Pager) -> Value {
    let Some(section) = site.get(&pager.section) else {
        return Value::Null;
    };
    let url = |n: usize| site.url(&site.pager_path(section, n));
    let links: Vec<Value> = (1..=pager.total)
        .map(|n| json!({"number": n, "url": url(n), "current": n == pager.number}))
        .collect();
    json!({
        "number": pager.number,
        "total": pager.total,
        "previous_url": (pager.number > 1).then(|| url(pager.number - 1)),
        "next_url": (pager.number < pager.total).then(|| url(pager.number + 1)),
        "first_url": url(1),
        "last_url": url(pager.total),
        "links": links,
    })
}
