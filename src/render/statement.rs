//! The accessibility statement's `data` view (`data.accessibility`), enriched with what
//! its template cannot look up: the feedback contacts named by id, each as the contacts
//! view shows it (name, role, `phone_uri`, `email_uri`…), and `tel:`/`mailto:` links for
//! a phone or e-mail written in the statement itself; and the non-accessible content
//! grouped by reason in the model statement's order (`problem_groups`).

use crate::data::accessibility::{KINDS, Statement};
use crate::data::contacts::e164;
use serde_json::{Value as Json, json};

/// Adds `problem_groups` (`[{kind, items}]`), `feedback.people`, `feedback.email_uri`, `feedback.phone_uri` and
/// `feedback.phone_display` to `data.accessibility`; `data` is one language's whole data
/// view, its contacts already enriched.
pub(super) fn enrich(data: &mut Json, statement: &Statement) {
    let people: Vec<Json> = statement
        .feedback
        .contacts
        .iter()
        .filter_map(|id| {
            data.pointer("/contacts/contacts")?
                .as_array()?
                .iter()
                .find(|c| c.get("id").and_then(Json::as_str) == Some(id))
                .cloned()
        })
        .collect();
    if let Some(view) = data.get_mut(crate::data::accessibility::FILE) {
        let problems = view
            .get("problems")
            .and_then(Json::as_array)
            .cloned()
            .unwrap_or_default();
        let groups: Vec<Json> = KINDS
            .iter()
            .filter_map(|kind| {
                let items: Vec<&Json> = problems
                    .iter()
                    .filter(|p| p.get("kind").and_then(Json::as_str) == Some(kind))
                    .collect();
                (!items.is_empty()).then(|| json!({"kind": kind, "items": items}))
            })
            .collect();
        if let Some(map) = view.as_object_mut() {
            map.insert("problem_groups".into(), Json::Array(groups));
        }
    }
    let Some(feedback) = data
        .pointer_mut("/accessibility/feedback")
        .and_then(Json::as_object_mut)
    else {
        return;
    };
    feedback.insert("people".into(), Json::Array(people));
    if let Some(email) = &statement.feedback.email {
        feedback.insert(
            "email_uri".into(),
            json!(format!("mailto:{}", email.trim())),
        );
    }
    if let Some(phone) = &statement.feedback.phone {
        feedback.insert(
            "phone_uri".into(),
            json!(e164(phone).map(|n| format!("tel:{n}"))),
        );
        feedback.insert("phone_display".into(), json!(phone.trim()));
    }
}
