//! Contacts: `tel:` (E.164) and `mailto:` links and vCard URLs for templates, one vCard
//! file per contact and language, and schema.org JSON-LD (`GovernmentOrganization` with
//! its `ContactPoint`s).

use super::output::OutputFile;
use crate::data::contacts::{Contact, ContactKind, Contacts, e164};
use crate::model::Site;
use crate::model::outputs::{Output, OutputKind};
use serde_json::{Value as Json, json};

/// Adds links, vCard URLs and JSON-LD to `data.contacts` of one language.
pub(super) fn enrich(view: &mut Json, contacts: &Contacts, site: &Site, lang: &str) {
    if let Some(list) = view.get_mut("contacts").and_then(Json::as_array_mut) {
        for (item, contact) in list.iter_mut().zip(&contacts.contacts) {
            let Some(map) = item.as_object_mut() else {
                continue;
            };
            if let Some(phone) = &contact.phone {
                map.insert(
                    "phone_uri".into(),
                    json!(e164(phone).map(|n| format!("tel:{n}"))),
                );
                map.insert("phone_display".into(), json!(phone.trim()));
            }
            if let Some(email) = &contact.email {
                map.insert(
                    "email_uri".into(),
                    json!(format!("mailto:{}", email.trim())),
                );
            }
            let municipality = contact
                .municipality
                .as_ref()
                .and_then(|id| site.datasets.municipalities.as_ref()?.get(id))
                .and_then(|m| m.name.get(lang));
            map.insert("municipality_name".into(), json!(municipality));
            map.insert(
                "vcard".into(),
                json!(site.outputs.vcard(&contact.id, lang).map(|p| site.url(p))),
            );
        }
    }
    if let Some(map) = view.as_object_mut() {
        map.insert("json_ld".into(), json!(json_ld(contacts, lang)));
    }
}

/// schema.org data for a contacts page, safe to put inside `<script>`: each
/// organisation named in the data (in the order of first mention) with the contact
/// points that belong to it; a contact without an organisation stands alone.
fn json_ld(contacts: &Contacts, lang: &str) -> String {
    let mut graph: Vec<Json> = Vec::new();
    let mut organisations: Vec<(String, usize)> = Vec::new();
    for c in &contacts.contacts {
        let mut point = json!({
            "@type": "ContactPoint",
            "name": c.name.read(lang),
            "availableLanguage": ["lv"],
        });
        if let Some(phone) = c.phone.as_deref().and_then(e164) {
            point["telephone"] = json!(phone);
        }
        if let Some(email) = &c.email {
            point["email"] = json!(email.trim());
        }
        if let Some(role) = c.role.as_ref().and_then(|r| r.read(lang)) {
            point["contactType"] = json!(role);
        }
        match c.organisation.as_ref().and_then(|o| o.read(lang)) {
            Some(name) => {
                let at = match organisations.iter().find(|(n, _)| *n == name) {
                    Some((_, at)) => *at,
                    None => {
                        graph.push(json!({
                            "@type": "GovernmentOrganization",
                            "name": name,
                            "contactPoint": [],
                        }));
                        organisations.push((name.clone(), graph.len() - 1));
                        graph.len() - 1
                    }
                };
                if let Some(points) = graph[at]["contactPoint"].as_array_mut() {
                    points.push(point);
                }
            }
            None => graph.push(point),
        }
    }
    let value = json!({
        "@context": "https://schema.org",
        "@graph": graph,
    });
    serde_json::to_string(&value)
        .unwrap_or_default()
        .replace("</", "<\\/")
}

/// The vCard's structured name (`N:`, required by vCard 3.0, RFC 2426 3.1.2; RFC 6350
/// 6.2.2): family name; given names; additional names; prefixes; suffixes. A person's
/// last word is taken as the family name, the words before as given names; an office
/// has its whole name as the family name, as address books file organisations.
fn structured_name(contact: &Contact, name: &str) -> String {
    let name = name.trim();
    match contact.kind() {
        ContactKind::Office => format!("N:{};;;;", escape(name)),
        ContactKind::Person => match name.rsplit_once(char::is_whitespace) {
            Some((given, family)) => {
                let given: Vec<String> = given.split_whitespace().map(escape).collect();
                format!("N:{};{};;;", escape(family), given.join(" "))
            }
            None => format!("N:{};;;;", escape(name)),
        },
    }
}

/// The vCard (3.0) an output of the table is: one contact in one language.
pub(super) fn vcard(site: &Site, output: &Output) -> Option<OutputFile> {
    let OutputKind::VCard { contact, lang } = &output.kind else {
        return None;
    };
    let contacts = site.datasets.contacts.as_ref()?;
    let c = contacts.contacts.iter().find(|c| c.id == *contact)?;
    let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:3.0".to_string()];
    let name = c.name.read(lang).unwrap_or_default();
    let name = name.as_str();
    lines.push(format!("FN:{}", escape(name)));
    lines.push(structured_name(c, name));
    if c.kind() == ContactKind::Office {
        // Address books show the organisation, not a person's name.
        lines.push("X-ABShowAs:COMPANY".to_string());
    }
    let org = c.organisation.as_ref().and_then(|o| o.read(lang));
    let dept = c.department.as_ref().and_then(|d| d.read(lang));
    match (org.as_deref(), dept.as_deref()) {
        (Some(o), Some(d)) => lines.push(format!("ORG:{};{}", escape(o), escape(d))),
        (Some(o), None) => lines.push(format!("ORG:{}", escape(o))),
        _ => {}
    }
    if let Some(role) = c.role.as_ref().and_then(|r| r.read(lang)) {
        lines.push(format!("TITLE:{}", escape(&role)));
    }
    if let Some(phone) = c.phone.as_deref().and_then(e164) {
        lines.push(format!("TEL;TYPE=WORK,VOICE:{phone}"));
    }
    if let Some(email) = &c.email {
        lines.push(format!("EMAIL;TYPE=INTERNET,WORK:{}", escape(email.trim())));
    }
    if let Some(source) = c.source.as_ref().and_then(|s| s.read(lang)) {
        let note = match &c.as_of {
            Some(date) => format!("{source} ({date})"),
            None => source.to_string(),
        };
        lines.push(format!("NOTE:{}", escape(&note)));
    }
    lines.push("END:VCARD".to_string());
    let text = lines
        .iter()
        .map(|l| fold(l))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n";
    Some(OutputFile::text(output.path.clone(), text))
}

/// vCard text escaping: backslash, comma, semicolon, newline.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// Folds a line at 75 bytes without splitting a character (RFC 6350 §3.2).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for ch in line.chars() {
        if width + ch.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let line = format!("NOTE:{}", "ā".repeat(60));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), line);
    }
}
