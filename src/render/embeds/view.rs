//! `embed`, the view an embed's template sees: the widget, its title, its addresses and
//! the full page's, and what it shows: the listed news or events (`items`), the
//! contacts (all, or one municipality's), the indicator.

use super::super::views::{Cx, summaries};
use crate::model::Page;
use crate::model::embeds::{Embed, Widget};
use serde_json::{Value, json};

/// `embed` for one embed whose full page is `mirrors`.
pub(super) fn embed_view(cx: &Cx<'_>, embed: &Embed, mirrors: &Page, title: &str) -> Value {
    let site = cx.site;
    let lang = &*embed.lang;
    let widget = &embed.widget;
    let folder = embed.folder();
    let municipality = widget
        .municipality()
        .map(|id| json!({"id": id, "name": super::municipality_name(site, id, lang)}));
    let mut view = json!({
        "widget": widget.name(),
        "title": title,
        "municipality": municipality,
        "url": site.url(&folder),
        "permalink": site.permalink(&folder),
        "source_url": site.url(&mirrors.path),
        "source_title": mirrors.title,
    });
    match widget {
        Widget::News { .. } | Widget::Events { .. } => {
            view["items"] = summaries(cx, site.embed_items(embed, mirrors));
        }
        Widget::Contacts { municipality } => {
            let all = cx.data.list(lang, "contacts", "contacts");
            let shown: Vec<&Value> = all
                .into_iter()
                .flatten()
                .filter(|c| {
                    municipality
                        .as_deref()
                        .is_none_or(|id| c.get("municipality").and_then(Value::as_str) == Some(id))
                })
                .collect();
            view["contacts"] = json!(shown);
        }
        Widget::Indicator { id } => {
            view["indicator"] = cx
                .data
                .find(lang, "indicators", "indicators", id)
                .unwrap_or(Value::Null);
        }
        Widget::Indicators | Widget::Project => {}
    }
    view
}
