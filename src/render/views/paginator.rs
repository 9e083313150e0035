//! `paginator` for one list page of a paginated section. The page-number links of each
//! paginated page are made once per build (`PagerLinks`); each list page shares them, so
//! that a section of N list pages costs N links, not N² (every list page links to all).

use crate::model::pagination::{Pager, pager_count};
use crate::model::{PageKey, Site};
use serde_json::json;
use std::collections::{BTreeMap, HashMap};
use tera::Value;

/// The links to every list page of every paginated page, each as not current and as
/// current.
#[derive(Default)]
pub(crate) struct PagerLinks {
    by_page: HashMap<PageKey, Vec<[Value; 2]>>,
}

impl PagerLinks {
    /// The links of every page that has more than one list page.
    pub(crate) fn new(site: &Site) -> Self {
        let by_page = site
            .pages()
            .filter_map(|page| {
                let total = pager_count(page, &site.config);
                (total > 1).then(|| {
                    let links = (1..=total)
                        .map(|n| {
                            let url = site.url(&site.pager_path(page, n));
                            [false, true].map(|current| {
                                Value::from_serializable(
                                    &json!({"number": n, "url": url, "current": current}),
                                )
                            })
                        })
                        .collect();
                    (page.key.clone(), links)
                })
            })
            .collect();
        Self { by_page }
    }
}

/// `paginator` for one list page of a section.
pub(crate) fn paginator_view(site: &Site, links: &PagerLinks, pager: &Pager) -> Value {
    let Some(section) = site.get(&pager.section) else {
        return Value::none();
    };
    let url = |n: usize| site.url(&site.pager_path(section, n));
    // Every paginated page has its links (`PagerLinks::new` makes them for each page
    // with more than one list page, the only pages a paginator is shown on).
    let links: Vec<Value> = links
        .by_page
        .get(&pager.section)
        .map(|all| {
            all.iter()
                .enumerate()
                .map(|(i, link)| link[usize::from(i + 1 == pager.number)].clone())
                .collect()
        })
        .unwrap_or_default();
    let value = |v: serde_json::Value| Value::from_serializable(&v);
    let view: BTreeMap<&'static str, Value> = BTreeMap::from([
        ("number", value(json!(pager.number))),
        ("total", value(json!(pager.total))),
        (
            "previous_url",
            value(json!((pager.number > 1).then(|| url(pager.number - 1)))),
        ),
        (
            "next_url",
            value(json!(
                (pager.number < pager.total).then(|| url(pager.number + 1))
            )),
        ),
        ("first_url", value(json!(url(1)))),
        ("last_url", value(json!(url(pager.total)))),
        ("links", Value::from(links)),
    ]);
    Value::from(view)
}
