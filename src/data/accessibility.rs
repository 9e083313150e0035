//! `accessibility.yaml`: the facts of the site's accessibility statement, in the parts of
//! the EU model statement (Commission Implementing Decision (EU) 2018/1523): the body and
//! the law it follows, the compliance status with a standard, the content that is not
//! accessible (each with its reason and an alternative), how and when the statement was
//! prepared and last reviewed, where to send feedback, and the enforcement procedure.
//! Checked here: the status, method and kinds are known words, dates are dates, the
//! feedback contact exists (an id in `contacts.yaml`, or an e-mail or phone written
//! here) and the complaint route's address is a web address. Texts lacking a language are
//! reported for every data file alike (`data::localize`). Whether the review is older than
//! a year depends on the build's "now" and is asked by the model (`review_is_stale`).

use super::checks::{self, at_key};
use super::contacts::{Contacts, e164, is_email};
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::dates;
use crate::values::text::Text;
use serde::Deserialize;

/// The data file's name (without `.yaml`).
pub(crate) const FILE: &str = "accessibility";

/// The compliance statuses of the model statement.
pub(crate) const STATUSES: &[&str] = &["fully", "partially", "not"];
/// How the statement was prepared.
pub(crate) const METHODS: &[&str] = &["self-assessment", "third-party"];
/// Why content is not accessible: the three headings of the model statement.
pub(crate) const KINDS: &[&str] = &["non-compliance", "disproportionate-burden", "out-of-scope"];

/// The file. Templates read its texts from the file's `data` view; the fields named
/// with `_` are only checked to be there and of their kind.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Statement {
    /// The public body that publishes the site and makes the commitment.
    #[serde(rename = "body")]
    _body: Text,
    /// The national law that transposes Directive (EU) 2016/2102 (optional).
    #[serde(default, rename = "law")]
    _law: Option<Text>,
    /// `fully`, `partially` or `not` (compliant).
    pub status: String,
    /// The standard the site is measured against (`EN 301 549 V3.2.1 (WCAG 2.1 AA)`).
    #[serde(rename = "standard")]
    _standard: Text,
    /// Content that is not accessible, in the model statement's order of reasons.
    #[serde(default)]
    pub problems: Vec<Problem>,
    /// How the statement was prepared.
    pub preparation: Preparation,
    /// Where to send feedback.
    pub feedback: Feedback,
    /// The enforcement procedure.
    pub enforcement: Enforcement,
}

/// Content that is not accessible.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Problem {
    /// `non-compliance`, `disproportionate-burden` or `out-of-scope`.
    pub kind: String,
    /// What content it is.
    #[serde(rename = "what")]
    _what: Text,
    /// Why it is not accessible (for a non-compliance: what fails).
    #[serde(rename = "reason")]
    _reason: Text,
    /// The success criteria it fails (`1.4.10`), optional.
    #[serde(default, rename = "criteria")]
    _criteria: Vec<String>,
    /// How a visitor can get the content otherwise, optional.
    #[serde(default, rename = "alternative")]
    _alternative: Option<Text>,
}

/// How the statement was prepared.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Preparation {
    /// When it was first prepared.
    pub prepared: String,
    /// When it was last reviewed (defaults to `prepared`).
    #[serde(default)]
    pub reviewed: Option<String>,
    /// `self-assessment` or `third-party`.
    pub method: String,
    /// Who assessed the site, optional.
    #[serde(default, rename = "by")]
    _by: Option<Text>,
    /// The tools and checks used.
    #[serde(default, rename = "tools")]
    _tools: Vec<Text>,
}

/// Where to send feedback.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Feedback {
    /// Ids of `contacts.yaml`: their names, phones and e-mails are shown.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// An e-mail address written here.
    #[serde(default)]
    pub email: Option<String>,
    /// A phone number written here.
    #[serde(default)]
    pub phone: Option<String>,
    /// In how many days an answer comes.
    #[serde(default, rename = "response_days")]
    _response_days: Option<u32>,
}

/// The enforcement procedure: who to turn to when the answer does not satisfy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Enforcement {
    /// Who.
    #[serde(rename = "body")]
    _body: Text,
    /// What to do, optional.
    #[serde(default, rename = "text")]
    _text: Option<Text>,
    /// Their page (an `https:` or `http:` address).
    pub url: Text,
}

impl Statement {
    /// Reads and checks the file. `contacts` is `Err(())` when `contacts.yaml` exists but
    /// could not be read (its own errors are reported; the ids are then not checked).
    pub(crate) fn read(
        file: &DataFile,
        contacts: Result<Option<&Contacts>, ()>,
    ) -> Result<Self, Vec<Diagnostic>> {
        let this: Self = checks::parse(file).map_err(|d| vec![d])?;
        let mut problems = Vec::new();
        let mut one_of = |value: &str, allowed: &[&str], key: &str| {
            if !allowed.contains(&value) {
                problems.push(
                    at_key(file, "accessibility-unknown-value", key)
                        .with("value", value)
                        .with("allowed", allowed.join(", ")),
                );
            }
        };
        one_of(&this.status, STATUSES, "status");
        one_of(&this.preparation.method, METHODS, "preparation.method");
        for (i, problem) in this.problems.iter().enumerate() {
            one_of(&problem.kind, KINDS, &format!("problems[{i}].kind"));
        }
        let preparation = &this.preparation;
        for (value, key) in [
            (Some(&preparation.prepared), "preparation.prepared"),
            (preparation.reviewed.as_ref(), "preparation.reviewed"),
        ] {
            if let Some(value) = value
                && date(value).is_none()
            {
                problems.push(at_key(file, "data-bad-date", key).with("value", value));
            }
        }
        if let (Some(prepared), Some(reviewed)) = (
            date(&preparation.prepared),
            preparation.reviewed.as_deref().and_then(date),
        ) && reviewed < prepared
        {
            problems.push(
                at_key(
                    file,
                    "accessibility-reviewed-before-prepared",
                    "preparation.reviewed",
                )
                .with("value", preparation.reviewed.as_deref().unwrap_or_default())
                .with("prepared", &preparation.prepared),
            );
        }
        let feedback = &this.feedback;
        for (i, id) in feedback.contacts.iter().enumerate() {
            let Ok(contacts) = contacts else { break };
            let known = contacts.is_some_and(|c| c.contacts.iter().any(|c| c.id == *id));
            if !known {
                problems.push(
                    at_key(
                        file,
                        "accessibility-unknown-contact",
                        &format!("feedback.contacts[{i}]"),
                    )
                    .with("id", id),
                );
            }
        }
        if let Some(email) = &feedback.email
            && !is_email(email)
        {
            problems.push(at_key(file, "data-bad-email", "feedback.email").with("value", email));
        }
        if let Some(phone) = &feedback.phone
            && e164(phone).is_none()
        {
            problems.push(at_key(file, "data-bad-phone", "feedback.phone").with("value", phone));
        }
        if feedback.contacts.is_empty() && feedback.email.is_none() && feedback.phone.is_none() {
            problems.push(at_key(file, "accessibility-feedback-missing", "feedback"));
        }
        let urls: Vec<(String, &str)> = match &this.enforcement.url {
            Text::Plain(url) => vec![("enforcement.url".to_string(), url.as_str())],
            Text::PerLanguage(map) => map
                .iter()
                .map(|(lang, url)| (format!("enforcement.url.{lang}"), url.as_str()))
                .collect(),
        };
        for (key, url) in urls {
            if !is_web_address(url) {
                problems.push(at_key(file, "data-bad-url", &key).with("value", url));
            }
        }
        if problems.is_empty() {
            Ok(this)
        } else {
            Err(problems)
        }
    }

    /// The date of the last review (the preparation date when there was none).
    pub(crate) fn reviewed(&self) -> Option<jiff::civil::Date> {
        let preparation = &self.preparation;
        date(
            preparation
                .reviewed
                .as_deref()
                .unwrap_or(&preparation.prepared),
        )
    }

    /// A warning when the last review is more than a year before `now`.
    pub(crate) fn review_is_stale(
        &self,
        file: &DataFile,
        now: jiff::civil::DateTime,
    ) -> Option<Diagnostic> {
        let reviewed = self.reviewed()?;
        let due = reviewed.checked_add(jiff::Span::new().years(1)).ok()?;
        if now.date() <= due {
            return None;
        }
        let key = if self.preparation.reviewed.is_some() {
            "preparation.reviewed"
        } else {
            "preparation.prepared"
        };
        let mut warning = at_key(file, "accessibility-review-stale", key)
            .with("reviewed", reviewed.to_string())
            .with("now", now.date().to_string());
        warning.severity = crate::diagnostics::Severity::Warning;
        Some(warning)
    }
}

/// A date of this file: `YYYY-MM-DD` only.
fn date(text: &str) -> Option<jiff::civil::Date> {
    dates::parse(text)
        .filter(|d| !d.has_time)
        .map(|d| d.datetime.date())
}

/// An absolute `https:` or `http:` address with a host.
fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.')
            && !r
                .chars()
                .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> DataFile {
        DataFile {
            name: FILE.into(),
            path: "content/data/accessibility.yaml".into(),
            text: text.into(),
            value: yaml_serde::from_str(text).unwrap(),
        }
    }

    const GOOD: &str = "body: Planning region\nstatus: partially\nstandard: EN 301 549\npreparation:\n  prepared: 2025-01-10\n  reviewed: 2025-06-01\n  method: self-assessment\nfeedback:\n  email: a@b.lv\n  response_days: 10\nenforcement:\n  body: Ministry\n  url: https://www.example.lv/\n";

    #[test]
    fn a_review_older_than_a_year_is_stale() {
        let f = file(GOOD);
        let statement = Statement::read(&f, Ok(None)).expect("good");
        let at = |s: &str| crate::options::resolve_now(Some(s), None).expect("now");
        assert!(
            statement
                .review_is_stale(&f, at("2026-06-01T12:00"))
                .is_none()
        );
        let stale = statement
            .review_is_stale(&f, at("2026-06-02T00:00"))
            .expect("stale");
        assert_eq!(stale.id, "accessibility-review-stale");
        assert_eq!(stale.arg("key"), Some("preparation.reviewed"));
    }

    #[test]
    fn unknown_words_bad_dates_and_addresses_are_reported_at_their_keys() {
        let text = GOOD
            .replace("partially", "mostly")
            .replace("2025-06-01", "2025-13-01")
            .replace("https://www.example.lv/", "www.example.lv");
        let problems = Statement::read(&file(&text), Ok(None)).expect_err("bad");
        let keys: Vec<_> = problems
            .iter()
            .map(|d| (d.id, d.arg("key").unwrap_or_default()))
            .collect();
        assert_eq!(
            keys,
            [
                ("accessibility-unknown-value", "status"),
                ("data-bad-date", "preparation.reviewed"),
                ("data-bad-url", "enforcement.url"),
            ]
        );
    }
}
