//! `easy_read:` in `site.yaml`: the European easy-to-read logo file a site may provide,
//! and the thresholds and switches of the easy-read rules `lapa check` applies to every
//! easy-to-read page. Checked here (a logo path inside the site folder with an image
//! extension, thresholds from 1 up), so the model and the checks can trust it.

use super::SITE_FILE;
use crate::diagnostics::Diagnostic;
use crate::values::yaml::locate;
use serde::Deserialize;
use std::ops::Range;
use std::path::Path;

/// The checked `easy_read:` block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EasyReadConfig {
    /// The Inclusion Europe logo file as written, relative to the site folder (beside
    /// `content/`): non-empty, inside the site folder, with the extension png, svg, jpg,
    /// jpeg or webp. `None`: the site provides no logo.
    pub logo: Option<String>,
    /// Where `logo` is written in `content/site.yaml` (the key), for messages about the
    /// file (e.g. that it is missing); empty at 0 when there is no logo.
    pub logo_span: Range<usize>,
    /// What `lapa check` reports in easy-read texts.
    pub rules: EasyReadRules,
}

/// `easy_read.rules`: the thresholds and switches of the easy-read checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EasyReadRules {
    /// Warn about a sentence with more words than this.
    pub sentence_words: usize,
    /// Warn about a paragraph with more sentences than this.
    pub paragraph_sentences: usize,
    /// Warn about a number written as a word whose value is above this.
    pub number_words_above: usize,
    /// Warn about a word in capitals (3+ letters, not an explained abbreviation).
    pub capitals: bool,
    /// Warn about italics (`*x*`, `_x_`, `<em>`, `<i>`).
    pub italics: bool,
    /// Warn about a word split across lines with a hyphen, and soft hyphens.
    pub hyphenation: bool,
    /// Warn about an abbreviation not explained on its first use.
    pub abbreviations: bool,
    /// Warn about percentages.
    pub percentages: bool,
}

impl Default for EasyReadRules {
    fn default() -> Self {
        Self {
            sentence_words: 15,
            paragraph_sentences: 5,
            number_words_above: 10,
            capitals: true,
            italics: true,
            hyphenation: true,
            abbreviations: true,
            percentages: true,
        }
    }
}

/// `easy_read:` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEasyRead {
    #[serde(default)]
    logo: Option<String>,
    #[serde(default)]
    rules: RawRules,
}

/// `easy_read.rules:` as written (signed, so that 0 and -3 get one message): a missing
/// key keeps its default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    sentence_words: Option<i64>,
    paragraph_sentences: Option<i64>,
    number_words_above: Option<i64>,
    capitals: Option<bool>,
    italics: Option<bool>,
    hyphenation: Option<bool>,
    abbreviations: Option<bool>,
    percentages: Option<bool>,
}

/// The image formats a logo file may have.
const LOGO_EXTENSIONS: &[&str] = &["png", "svg", "jpg", "jpeg", "webp"];

/// Checks `easy_read:`; problems go to `problems`, each at its key in `text` (the whole
/// `site.yaml`).
pub(super) fn check(
    raw: RawEasyRead,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> EasyReadConfig {
    let file = Path::new(SITE_FILE);
    let key_span = |key: &str, name: &str| {
        let offset = locate::offset_of(text, key).unwrap_or(0);
        offset..offset + name.len()
    };
    let mut logo_span = 0..0;
    if raw.logo.is_some() {
        logo_span = key_span("easy_read.logo", "logo");
    }
    let logo = raw.logo.filter(|logo| {
        let good = logo_path_is_good(logo);
        if !good {
            problems.push(
                Diagnostic::error("config-bad-easy-read-logo")
                    .in_file(file)
                    .at(logo_span.clone())
                    .with("value", logo.as_str()),
            );
        }
        good
    });

    let defaults = EasyReadRules::default();
    let mut count = |value: Option<i64>, default: usize, name: &str| {
        let key = format!("easy_read.rules.{name}");
        super::positive_count(value, default, &key, key_span(&key, name), problems)
    };
    let rules = EasyReadRules {
        sentence_words: count(
            raw.rules.sentence_words,
            defaults.sentence_words,
            "sentence_words",
        ),
        paragraph_sentences: count(
            raw.rules.paragraph_sentences,
            defaults.paragraph_sentences,
            "paragraph_sentences",
        ),
        number_words_above: count(
            raw.rules.number_words_above,
            defaults.number_words_above,
            "number_words_above",
        ),
        capitals: raw.rules.capitals.unwrap_or(defaults.capitals),
        italics: raw.rules.italics.unwrap_or(defaults.italics),
        hyphenation: raw.rules.hyphenation.unwrap_or(defaults.hyphenation),
        abbreviations: raw.rules.abbreviations.unwrap_or(defaults.abbreviations),
        percentages: raw.rules.percentages.unwrap_or(defaults.percentages),
    };
    EasyReadConfig {
        logo,
        logo_span,
        rules,
    }
}

/// A relative path with forward slashes that stays inside the site folder and names an
/// image file lapa can publish as it is.
fn logo_path_is_good(logo: &str) -> bool {
    let inside = !logo.is_empty()
        && !logo.starts_with('/')
        && !logo.contains(['\\', ':'])
        && logo
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    let extension = logo
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    inside && extension.is_some_and(|ext| LOGO_EXTENSIONS.contains(&ext.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse;

    const MINIMAL: &str =
        "base_url: https://example.org/\nlanguages: [{code: lv, name: L}]\ntitle: T\n";

    #[test]
    fn defaults_without_the_block() {
        let config = parse(MINIMAL, None).unwrap();
        assert_eq!(config.easy_read, EasyReadConfig::default());
        assert_eq!(config.easy_read.rules.sentence_words, 15);
        assert_eq!(config.easy_read.rules.paragraph_sentences, 5);
        assert_eq!(config.easy_read.rules.number_words_above, 10);
        assert!(config.easy_read.rules.capitals && config.easy_read.rules.percentages);
    }

    #[test]
    fn values_are_read_and_missing_ones_keep_defaults() {
        let text = format!(
            "{MINIMAL}easy_read:\n  logo: img/Easy-to-read.PNG\n  rules:\n    sentence_words: 12\n    italics: false\n"
        );
        let config = parse(&text, None).unwrap();
        let easy = &config.easy_read;
        assert_eq!(easy.logo.as_deref(), Some("img/Easy-to-read.PNG"));
        assert_eq!(&text[easy.logo_span.clone()], "logo");
        assert_eq!(easy.rules.sentence_words, 12);
        assert!(!easy.rules.italics);
        assert_eq!(easy.rules.paragraph_sentences, 5);
        assert!(easy.rules.capitals);
    }

    #[test]
    fn thresholds_below_one_are_errors_at_their_key() {
        let text = format!(
            "{MINIMAL}easy_read:\n  rules:\n    sentence_words: 0\n    number_words_above: -4\n"
        );
        let problems = parse(&text, None).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|p| p.id == "config-not-positive"));
        let span = problems[1].span.clone().unwrap();
        assert_eq!(&text[span], "number_words_above");
    }

    #[test]
    fn unknown_keys_and_wrong_types_are_errors() {
        for bad in [
            "easy_read:\n  colour: blue\n",
            "easy_read:\n  rules:\n    sentences: 3\n",
            "easy_read:\n  rules:\n    sentence_words: many\n",
            "easy_read:\n  rules:\n    capitals: 3\n",
            "easy_read:\n  logo: [a.png]\n",
        ] {
            let problems = parse(&format!("{MINIMAL}{bad}"), None).unwrap_err();
            assert_eq!(problems.len(), 1, "{bad}");
            assert!(
                problems[0].id.starts_with("yaml-"),
                "{bad}: {}",
                problems[0].id
            );
        }
    }

    #[test]
    fn logo_paths() {
        for good in ["logo.png", "img/easy.svg", "a/b.JPEG", "x.webp", "x.jpg"] {
            assert!(logo_path_is_good(good), "{good}");
        }
        for bad in [
            "",
            "logo",
            "logo.gif",
            "/etc/logo.png",
            "../logo.png",
            "img/../../logo.png",
            "img//logo.png",
            "C:\\logo.png",
            "./logo.png",
            "png",
        ] {
            assert!(!logo_path_is_good(bad), "{bad}");
        }
        let text = format!("{MINIMAL}easy_read:\n  logo: logo.gif\n");
        let problems = parse(&text, None).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].id, "config-bad-easy-read-logo");
    }
}
