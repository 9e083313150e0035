//! `content/site.yaml` → the site's settings: base URL, languages and their order, the
//! default language, titles, menus, theme, and the sizes of feeds and generated lists;
//! `easy_read` owns the `easy_read:` block, `images` the `images:` block. Checked here so
//! later stages can trust it.

pub(crate) mod easy_read;
pub(crate) mod images;

use crate::diagnostics::Diagnostic;
use crate::values::text::Text;
use crate::values::yaml::locate;
use crate::values::yaml::yaml_error;
use easy_read::EasyReadConfig;
use images::ImageSettings;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// The settings file's place, relative to the site root.
pub(crate) const SITE_FILE: &str = "content/site.yaml";

/// One site language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LanguageConfig {
    /// Code used in URLs and file names (`lv`).
    pub code: String,
    /// The language's own name (`Latviešu`).
    pub name: String,
    /// The CLDR locale of its formats (`lv`, `en-GB`).
    pub locale: String,
}

/// A menu entry: a source file (`@/…`) or an address, with an optional title.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MenuEntry {
    /// `@/path.md` or an absolute URL.
    pub link: String,
    /// Overrides the linked page's title.
    #[serde(default)]
    pub title: Option<Text>,
}

/// The checked settings.
#[derive(Debug, Clone)]
pub(crate) struct SiteConfig {
    /// Absolute base URL with a trailing slash.
    pub base_url: String,
    /// Its path, `/` or `/sub/folder/`.
    pub base_path: String,
    /// Files without a language suffix belong to it.
    pub default_language: String,
    /// In switcher order.
    pub languages: Vec<LanguageConfig>,
    /// `themes/<theme>`.
    pub theme: String,
    /// The site's title.
    pub title: Text,
    /// The site's description.
    pub description: Option<Text>,
    /// Menus by name.
    pub menus: BTreeMap<String, Vec<MenuEntry>>,
    /// Folder names of generated lists, per language: `tags`, `municipalities`, `page`.
    slugs: BTreeMap<String, BTreeMap<String, String>>,
    /// How many entries each Atom feed holds (the newest), at least 1.
    pub feed_limit: usize,
    /// Items per list page of the generated lists.
    pub paginate: ListPaging,
    /// How many items (the newest news, the next events) a news or events embed shows,
    /// at least 1 (`embeds.items`).
    pub embed_items: usize,
    /// `easy_read:`: the easy-to-read logo file and the easy-read rules of `lapa check`.
    pub easy_read: EasyReadConfig,
    /// `images:`: widths, quality and formats of published images, and their cache.
    pub images: ImageSettings,
}

/// `paginate:` in `site.yaml`: how many items one list page of each kind of generated
/// list shows (every value at least 1; further items go to `…/page/2/` and on, like a
/// section's `paginate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ListPaging {
    /// A tag's page: the pages that carry the tag.
    pub tags: usize,
    /// The index of tags.
    pub tags_index: usize,
    /// A municipality's page: its news and events.
    pub municipalities: usize,
    /// The index of municipalities.
    pub municipalities_index: usize,
}

/// How many entries a feed holds unless `site.yaml` says `feed_limit`.
pub(crate) const DEFAULT_FEED_LIMIT: usize = 20;

/// How many items a news or events embed shows unless `site.yaml` says `embeds.items`.
pub(crate) const DEFAULT_EMBED_ITEMS: usize = 5;

impl Default for ListPaging {
    fn default() -> Self {
        Self {
            tags: 20,
            tags_index: 100,
            municipalities: 20,
            municipalities_index: 100,
        }
    }
}

impl SiteConfig {
    /// The folder name of a generated list in a language (`tags` → `birkas` in lv).
    pub(crate) fn slug_for(&self, what: &str, lang: &str) -> String {
        if let Some(slug) = self.slugs.get(what).and_then(|m| m.get(lang)) {
            return slug.clone();
        }
        let latvian = matches!(lang, "lv" | "ltg");
        match (what, latvian) {
            ("tags", true) => "birkas",
            ("municipalities", true) => "pasvaldibas",
            ("page", true) => "lapa",
            ("calendar", true) => "kalendars",
            ("embed", true) => "iegult",
            ("accessibility", true) => "pieklustamiba",
            ("easy_read", true) => "viegla-valoda",
            ("easy_read", false) => "easy-read",
            ("search", true) => "meklet",
            (other, _) => other,
        }
        .to_string()
    }
}

impl SiteConfig {
    /// The language codes in order.
    pub(crate) fn language_codes(&self) -> Vec<String> {
        self.languages.iter().map(|l| l.code.clone()).collect()
    }

    /// Whether a code is a site language.
    pub(crate) fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code == code)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: String,
    #[serde(default)]
    default_language: Option<String>,
    languages: Vec<RawLanguage>,
    #[serde(default = "default_theme")]
    theme: String,
    title: Text,
    #[serde(default)]
    description: Option<Text>,
    #[serde(default)]
    menus: BTreeMap<String, Vec<MenuEntry>>,
    #[serde(default)]
    slugs: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    feed_limit: Option<i64>,
    #[serde(default)]
    paginate: RawPaging,
    #[serde(default)]
    embeds: RawEmbeds,
    #[serde(default)]
    easy_read: easy_read::RawEasyRead,
    #[serde(default)]
    images: images::RawImages,
}

/// `embeds:` as written (signed, so that 0 and -3 get one message).
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEmbeds {
    items: Option<i64>,
}

/// `paginate:` as written (signed, so that 0 and -3 get one message): a missing key
/// keeps its default.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPaging {
    tags: Option<i64>,
    tags_index: Option<i64>,
    municipalities: Option<i64>,
    municipalities_index: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    name: String,
    #[serde(default)]
    locale: Option<String>,
}

fn default_theme() -> String {
    "default".to_string()
}

/// Reads and checks `site.yaml`. `base_url` from the command line wins over the file's.
pub(crate) fn parse(
    text: &str,
    base_url_override: Option<&str>,
) -> Result<SiteConfig, Vec<Diagnostic>> {
    let file = Path::new(SITE_FILE);
    let raw: RawConfig =
        yaml_serde::from_str(text).map_err(|e| vec![yaml_error(file, text, 0, &e)])?;
    let at = |path: &str| {
        let offset = locate::offset_of(text, path).unwrap_or(0);
        offset..offset
    };
    let mut problems = Vec::new();

    let base_url = base_url_override.unwrap_or(&raw.base_url).to_string();
    let base_path = match base_path_of(&base_url) {
        Some(path) => path,
        None => {
            problems.push(
                Diagnostic::error("config-bad-base-url")
                    .in_file(file)
                    .at(at("base_url"))
                    .with("url", &base_url),
            );
            "/".to_string()
        }
    };
    let base_url = if base_url.ends_with('/') {
        base_url
    } else {
        format!("{base_url}/")
    };

    let mut languages = Vec::new();
    for (i, l) in raw.languages.iter().enumerate() {
        if !crate::values::ids::looks_like_language_code(&l.code) {
            problems.push(
                Diagnostic::error("config-bad-language-code")
                    .in_file(file)
                    .at(at(&format!("languages[{i}].code")))
                    .with("code", &l.code),
            );
        } else if languages.iter().any(|x: &LanguageConfig| x.code == l.code) {
            problems.push(
                Diagnostic::error("config-duplicate-language")
                    .in_file(file)
                    .at(at(&format!("languages[{i}].code")))
                    .with("code", &l.code),
            );
        }
        let locale = l.locale.clone().unwrap_or_else(|| match l.code.as_str() {
            // British conventions for English ("3 February 2023").
            "en" => "en-GB".to_string(),
            code => code.to_string(),
        });
        languages.push(LanguageConfig {
            code: l.code.clone(),
            name: l.name.clone(),
            locale,
        });
    }
    if languages.is_empty() {
        problems.push(
            Diagnostic::error("config-no-languages")
                .in_file(file)
                .at(at("languages")),
        );
    }
    let default_language = raw
        .default_language
        .clone()
        .or_else(|| languages.first().map(|l| l.code.clone()))
        .unwrap_or_default();
    if !languages.is_empty() && !languages.iter().any(|l| l.code == default_language) {
        problems.push(
            Diagnostic::error("config-unknown-default-language")
                .in_file(file)
                .at(at("default_language"))
                .with("lang", &default_language),
        );
    }
    if raw.theme.is_empty() || raw.theme.contains(['/', '\\']) || raw.theme.starts_with('.') {
        problems.push(
            Diagnostic::error("config-bad-theme")
                .in_file(file)
                .at(at("theme"))
                .with("theme", &raw.theme),
        );
    }
    let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
    let mut check_text = |text: &Text, path: &str| {
        for lang in text.missing(&codes) {
            problems.push(
                Diagnostic::error("data-text-missing-language")
                    .in_file(file)
                    .at(at(path))
                    .with("key", path)
                    .with("lang", lang),
            );
        }
    };
    check_text(&raw.title, "title");
    if let Some(d) = &raw.description {
        check_text(d, "description");
    }
    for (name, entries) in &raw.menus {
        for (i, entry) in entries.iter().enumerate() {
            if let Some(t) = &entry.title {
                check_text(t, &format!("menus.{name}[{i}].title"));
            }
        }
    }
    for (name, entries) in &raw.menus {
        for (i, entry) in entries.iter().enumerate() {
            if let Some(scheme) = crate::values::links::disallowed_scheme(&entry.link) {
                let key = format!("menus.{name}[{i}].link");
                let offset = locate::offset_of(text, &key).unwrap_or(0);
                problems.push(
                    crate::values::links::scheme_error(&scheme, &entry.link)
                        .in_file(file)
                        .at(offset..offset + "link".len())
                        .with("key", key),
                );
            }
        }
    }
    for (what, per_language) in &raw.slugs {
        for (lang, slug) in per_language {
            if slug.is_empty() || crate::values::slug::slugify(slug) != *slug {
                let key = format!("slugs.{what}.{lang}");
                problems.push(
                    Diagnostic::error("config-bad-slug")
                        .in_file(file)
                        .at(at(&key))
                        .with("key", &key)
                        .with("value", slug),
                );
            }
        }
    }
    // A count of items: at least 1; a missing one keeps its default.
    let mut count = |value: Option<i64>, default: usize, key: &str| {
        positive_count(value, default, key, at(key), &mut problems)
    };
    let feed_limit = count(raw.feed_limit, DEFAULT_FEED_LIMIT, "feed_limit");
    let defaults = ListPaging::default();
    let paginate = ListPaging {
        tags: count(raw.paginate.tags, defaults.tags, "paginate.tags"),
        tags_index: count(
            raw.paginate.tags_index,
            defaults.tags_index,
            "paginate.tags_index",
        ),
        municipalities: count(
            raw.paginate.municipalities,
            defaults.municipalities,
            "paginate.municipalities",
        ),
        municipalities_index: count(
            raw.paginate.municipalities_index,
            defaults.municipalities_index,
            "paginate.municipalities_index",
        ),
    };
    let embed_items = count(raw.embeds.items, DEFAULT_EMBED_ITEMS, "embeds.items");
    let easy_read = easy_read::check(raw.easy_read, text, &mut problems);
    let images = images::check(raw.images, text, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(SiteConfig {
        base_url,
        base_path,
        default_language,
        languages,
        theme: raw.theme,
        title: raw.title,
        description: raw.description,
        menus: raw.menus,
        slugs: raw.slugs,
        feed_limit,
        paginate,
        embed_items,
        easy_read,
        images,
    })
}

/// A count or threshold written as `key` at `span`: at least 1, or an error and the
/// default; a missing one keeps its default.
fn positive_count(
    value: Option<i64>,
    default: usize,
    key: &str,
    span: Range<usize>,
    problems: &mut Vec<Diagnostic>,
) -> usize {
    match value {
        None => default,
        Some(n) => usize::try_from(n)
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| {
                problems.push(
                    Diagnostic::error("config-not-positive")
                        .in_file(SITE_FILE)
                        .at(span)
                        .with("key", key)
                        .with("value", n.to_string())
                        .with("example", default.to_string()),
                );
                default
            }),
    }
}

/// `https://host/sub/` → `/sub/`; `None` for something that is not an http(s) URL
/// whose path can go into links as it is (no spaces, quotes or other characters that
/// would need escaping).
pub(crate) fn base_path_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let plain = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/:%@!$&()*+,;=".contains(c))
    };
    if host.is_empty()
        || !plain(rest)
        || path.contains(['?', '#'])
        || path.split('/').any(|s| s == "..")
    {
        return None;
    }
    let path = path.trim_end_matches('/');
    Some(if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str =
        "base_url: https://example.org/\nlanguages: [{code: lv, name: L}]\ntitle: T\n";

    #[test]
    fn feed_limit_and_paginate_default_and_read() {
        let config = parse(MINIMAL, None).unwrap();
        assert_eq!(config.feed_limit, DEFAULT_FEED_LIMIT);
        assert_eq!(config.paginate, ListPaging::default());
        let text = format!("{MINIMAL}feed_limit: 5\npaginate:\n  tags_index: 7\n");
        let config = parse(&text, None).unwrap();
        assert_eq!(config.feed_limit, 5);
        assert_eq!(config.paginate.tags_index, 7);
        assert_eq!(config.paginate.tags, ListPaging::default().tags);
    }

    #[test]
    fn embed_items_default_and_read() {
        let config = parse(MINIMAL, None).unwrap();
        assert_eq!(config.embed_items, DEFAULT_EMBED_ITEMS);
        let config = parse(&format!("{MINIMAL}embeds:\n  items: 3\n"), None).unwrap();
        assert_eq!(config.embed_items, 3);
        let problems = parse(&format!("{MINIMAL}embeds:\n  items: 0\n"), None).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].id, "config-not-positive");
    }

    #[test]
    fn counts_below_one_are_errors_at_their_key() {
        let text = format!("{MINIMAL}feed_limit: 0\npaginate:\n  tags: -2\n");
        let problems = parse(&text, None).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|p| p.id == "config-not-positive"));
    }

    #[test]
    fn base_paths() {
        assert_eq!(base_path_of("https://example.org").as_deref(), Some("/"));
        assert_eq!(
            base_path_of("https://example.org/di").as_deref(),
            Some("/di/")
        );
        assert_eq!(
            base_path_of("http://127.0.0.1:1111/a/b/").as_deref(),
            Some("/a/b/")
        );
        assert_eq!(base_path_of("example.org"), None);
        assert_eq!(base_path_of("https://example.org/a b/"), None);
        assert_eq!(base_path_of("https://example.org/\"x\"/"), None);
    }
}
