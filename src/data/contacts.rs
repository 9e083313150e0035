//! `contacts.yaml`: people and offices, with phone numbers made into E.164 for `tel:`
//! links and vCards.

use super::checks::{self, at_key, check_ids};
use super::municipalities::Municipalities;
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::text::Text;
use serde::Deserialize;

/// The file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Contacts {
    /// People and offices.
    pub contacts: Vec<Contact>,
}

/// A person or an office.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Contact {
    /// Used by the `contact` shortcode and in file names.
    pub id: String,
    /// Name of the person or office.
    pub name: Text,
    /// A person or an office; when not given, a contact whose name is its organisation's
    /// or differs per language is an office, any other a person.
    #[serde(default)]
    kind: Option<ContactKind>,
    /// Job title.
    #[serde(default)]
    pub role: Option<Text>,
    /// Organisation.
    #[serde(default)]
    pub organisation: Option<Text>,
    /// Department.
    #[serde(default)]
    pub department: Option<Text>,
    /// As written by staff.
    #[serde(default)]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// A municipality id.
    #[serde(default)]
    pub municipality: Option<String>,
    /// Where the details come from.
    #[serde(default)]
    pub source: Option<Text>,
    /// When they were true.
    #[serde(default)]
    pub as_of: Option<String>,
}

/// Whether a contact is a person or an office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum ContactKind {
    /// A person: the vCard's `N:` is family name; given names.
    Person,
    /// An office or organisation: `N:` holds the whole name.
    Office,
}

impl Contact {
    /// Person or office (see `kind`).
    pub(crate) fn kind(&self) -> ContactKind {
        if let Some(kind) = self.kind {
            return kind;
        }
        let names_the_organisation = match (&self.name, &self.organisation) {
            (Text::PerLanguage(_), _) => true,
            (Text::Plain(name), Some(org)) => match org {
                Text::Plain(o) => o == name,
                Text::PerLanguage(map) => map.values().any(|o| o == name),
            },
            (Text::Plain(_), None) => false,
        };
        if names_the_organisation {
            ContactKind::Office
        } else {
            ContactKind::Person
        }
    }
}

impl Contacts {
    /// Reads and checks the file.
    pub(crate) fn read(
        file: &DataFile,
        municipalities: Option<&Municipalities>,
    ) -> Result<Self, Vec<Diagnostic>> {
        let this: Self = checks::parse(file).map_err(|d| vec![d])?;
        let mut problems = Vec::new();
        check_ids(
            file,
            this.contacts.iter().map(|c| c.id.as_str()),
            |i| format!("contacts[{i}].id"),
            &mut problems,
        );
        for (i, contact) in this.contacts.iter().enumerate() {
            if let Some(phone) = &contact.phone
                && e164(phone).is_none()
            {
                problems.push(
                    at_key(file, "data-bad-phone", &format!("contacts[{i}].phone"))
                        .with("value", phone),
                );
            }
            if let Some(email) = &contact.email
                && !is_email(email)
            {
                problems.push(
                    at_key(file, "data-bad-email", &format!("contacts[{i}].email"))
                        .with("value", email),
                );
            }
            if let Some(id) = &contact.municipality
                && !municipalities.is_some_and(|m| m.has(id))
            {
                problems.push(
                    at_key(
                        file,
                        "data-unknown-municipality",
                        &format!("contacts[{i}].municipality"),
                    )
                    .with("id", id),
                );
            }
            if let Some(date) = &contact.as_of
                && crate::values::dates::parse(date).is_none()
            {
                problems.push(
                    at_key(file, "data-bad-date", &format!("contacts[{i}].as_of"))
                        .with("value", date),
                );
            }
        }
        if problems.is_empty() {
            Ok(this)
        } else {
            Err(problems)
        }
    }
}

/// A phone number in E.164 (`+37165707131`); eight-digit numbers are Latvian.
pub(crate) fn e164(phone: &str) -> Option<String> {
    let plus = phone.trim_start().starts_with('+');
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let allowed = phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if !allowed || digits.is_empty() {
        return None;
    }
    let number = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if digits.len() == 8 {
        format!("371{digits}")
    } else {
        return None;
    };
    (8..=15)
        .contains(&number.len())
        .then(|| format!("+{number}"))
}

/// Whether a text looks like an e-mail address (one `@`, a dotted domain, no spaces).
pub(crate) fn is_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || c == '<' || c == '>')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_numbers_become_e164() {
        assert_eq!(e164("65707131").as_deref(), Some("+37165707131"));
        assert_eq!(e164("654 40862").as_deref(), Some("+37165440862"));
        assert_eq!(e164("+371 2000 0000").as_deref(), Some("+37120000000"));
        assert_eq!(e164("00371 65707131").as_deref(), Some("+37165707131"));
        assert_eq!(e164("123"), None);
        assert_eq!(e164("call me"), None);
    }
}
