//! Easy-to-read (vieglā valoda) versions of pages. `<name>.<lang>.easy.md` beside a page
//! is that page's easy version: a page of its own in the same language, at
//! `/<lang>/<easy-read slug>/<the page's path below the language>/`, listed in the
//! language's easy-read index (a generated list page, `GeneratedKind::EasyRead`, at
//! `/<lang>/<easy-read slug>/`). The home page's easy version gets no address of its own:
//! it is the index's introduction. An easy version is not a translation of its page (its
//! pair key differs), so only the easy versions of one page in two languages are each
//! other's translations. Its front matter may name who checked it (`checked_by`, a list of
//! names) and when (`checked_on`); those fields anywhere else are errors.

use super::generated::{GeneratedKind, list_page};
use super::page::EasyFacts;
use super::page_source::PageSource;
use super::paths::{path_text, source_id};
use super::{About, Draft, Page, PageIndex, PageKey, PageKind, PageVariant, Site};
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::load::Document;
use crate::values::dates;
use std::collections::HashMap;

/// The template of an easy version.
pub(crate) const TEMPLATE: &str = "easy.html";

/// The template of the easy-read index.
pub(crate) const INDEX_TEMPLATE: &str = "easy-index.html";

/// `checked_by` and `checked_on` belong to easy versions only: in any other file they
/// are an error (a mark of checking on a text nobody checked as easy-to-read).
pub(super) fn check_not_easy(doc: &Document, problems: &mut Vec<Diagnostic>) {
    let fields = [
        ("checked_by", doc.front.checked_by.is_some()),
        ("checked_on", doc.front.checked_on.is_some()),
    ];
    for (field, set) in fields {
        if set {
            problems.push(
                Diagnostic::error("easy-read-checked-outside")
                    .in_file(&doc.file)
                    .at(doc.key_span(field))
                    .with("field", field),
            );
        }
    }
}

/// Front matter an easy version does not use: its address, dates, list places, section
/// and event facts all follow its page. Each one written is a warning at its key, rather
/// than a setting that silently does nothing.
fn warn_ignored(doc: &Document, problems: &mut Vec<Diagnostic>) {
    let front = &doc.front;
    let fields = [
        ("slug", front.slug.is_some()),
        ("date", front.date.is_some()),
        ("updated", front.updated.is_some()),
        ("tags", !front.tags.is_empty()),
        ("municipalities", !front.municipalities.is_empty()),
        ("translation_key", front.translation_key.is_some()),
        ("weight", front.weight.is_some()),
        ("kind", front.kind.is_some()),
        ("paginate", front.paginate.is_some()),
        ("data", front.data.is_some()),
        ("items", front.items.is_some()),
        ("page_template", front.page_template.is_some()),
        ("start", front.start.is_some()),
        ("end", front.end.is_some()),
        ("location", front.location.is_some()),
        ("online", front.online.is_some()),
        ("registration", front.registration.is_some()),
    ];
    for (field, _) in fields.iter().filter(|(_, set)| *set) {
        problems.push(
            Diagnostic::warning("easy-read-field-ignored")
                .in_file(&doc.file)
                .at(doc.key_span(field))
                .with("field", *field),
        );
    }
}

/// What the easy versions are added with.
pub(super) struct EasyInputs<'a> {
    /// The easy-to-read files, as `pages::collect` set them aside.
    pub documents: Vec<Document>,
    /// The pages by (source id, language), before any generated page was added.
    pub by_id: &'a PageIndex,
    /// Drafts left out of this build: an easy version of one is left out too.
    pub drafts: &'a [Draft],
    /// `--drafts`.
    pub include_drafts: bool,
    /// Settings (the easy-read folder's name per language).
    pub config: &'a SiteConfig,
    /// An interface text by key and language (the index's title).
    pub title: &'a dyn Fn(&str, &str) -> String,
}

/// One easy version, read, with where its page sits in the site's order.
struct Version {
    /// The position of the page it simplifies.
    of: usize,
    page: Page,
}

/// Appends each language's easy-read index and then its easy versions, in the order of
/// the pages they simplify.
pub(super) fn add(pages: &mut Vec<Page>, inputs: EasyInputs<'_>, problems: &mut Vec<Diagnostic>) {
    let EasyInputs {
        documents,
        by_id,
        drafts,
        include_drafts,
        config,
        title,
    } = inputs;
    let mut versions: Vec<Version> = Vec::new();
    // Language → the home page's easy version (the index's introduction).
    let mut intros: HashMap<String, (Document, EasyFacts)> = HashMap::new();
    // (source id, language) → the first file, to name both in a clash.
    let mut seen: HashMap<(String, String), std::path::PathBuf> = HashMap::new();
    for doc in documents {
        if doc.front.draft && !include_drafts {
            continue;
        }
        let id = source_id(&doc);
        let lang = doc.lang.clone();
        let facts = read_facts(&doc, problems);
        let title_text = super::pages::read_title(&doc, problems);
        let Some(&of) = by_id.get(&(id.clone(), lang.clone())) else {
            // The page is a draft left out: its easy version waits with it.
            if !drafts.iter().any(|d| d.id == id && d.lang == lang) {
                problems.push(
                    Diagnostic::error("easy-read-without-page")
                        .in_file(&doc.file)
                        .with("page", page_file_name(&doc)),
                );
            }
            continue;
        };
        if let Some(first) = seen.get(&(id.clone(), lang.clone())) {
            problems.push(super::same_url(first, &doc.file, &doc.file));
            continue;
        }
        seen.insert((id.clone(), lang.clone()), doc.file.clone());
        warn_ignored(&doc, problems);
        let full = &pages[of];
        if full.kind == PageKind::Home {
            intros.insert(lang, (doc, facts));
            continue;
        }
        let below_lang = full
            .path
            .strip_prefix(&format!("{lang}/"))
            .unwrap_or(&full.path);
        let path = format!("{lang}/{}/{below_lang}", config.slug_for(easy_key(), &lang));
        let mut about = About::read(&doc.front);
        // Tags and municipalities list the pages themselves, not their easy versions.
        about.tags.clear();
        about.municipalities.clear();
        let page = Page {
            key: PageKey::easy(&id, &lang),
            // A text of its own, whatever its page is: it lists nothing.
            kind: PageKind::Page,
            slug: full.slug.clone(),
            pair_key: format!("easy:{}", full.pair_key),
            id,
            lang,
            title: title_text,
            path,
            parent: None,
            children: Vec::new(),
            subsections: Vec::new(),
            date: None,
            updated: None,
            section_kind: Default::default(),
            about,
            variant: PageVariant::Easy(facts),
            slug_span: None,
            source: PageSource::File(doc),
        };
        versions.push(Version { of, page });
    }
    versions.sort_by_key(|v| v.of);
    for language in &config.languages {
        let lang = language.code.as_str();
        let mine: Vec<Page> = versions
            .iter()
            .filter(|v| v.page.lang == lang)
            .map(|v| v.page.clone())
            .collect();
        let intro = intros.remove(lang);
        if mine.is_empty() && intro.is_none() {
            continue;
        }
        let home = pages
            .iter()
            .find(|p| p.kind == PageKind::Home && p.lang == lang)
            .map(|p| p.key.clone());
        let mut index = list_page(
            lang,
            &format!("@{}", easy_key()),
            format!("{lang}/{}/", config.slug_for(easy_key(), lang)),
            title("easy-read-index-title", lang),
            home,
            GeneratedKind::EasyRead,
            None,
            INDEX_TEMPLATE,
        );
        if let PageVariant::List(list) = &mut index.variant {
            list.terms = mine.iter().map(|p| p.key.clone()).collect();
            if let Some((doc, facts)) = intro {
                index.about.summary = doc.front.summary.clone();
                index.about.image = doc.front.image.clone();
                index.about.image_alt = doc.front.image_alt.clone();
                list.easy = Some(facts);
                index.source = PageSource::File(doc);
            }
        }
        let index_key = index.key.clone();
        pages.push(index);
        for mut page in mine {
            page.parent = Some(index_key.clone());
            pages.push(page);
        }
    }
}

/// Where the European easy-to-read logo (`easy_read.logo`) is published:
/// `img/easy-to-read-logo.<its extension>`.
pub(super) fn logo_output(config: &SiteConfig) -> Option<String> {
    let logo = config.easy_read.logo.as_ref()?;
    let extension = std::path::Path::new(logo).extension()?.to_str()?;
    Some(format!(
        "img/easy-to-read-logo.{}",
        extension.to_ascii_lowercase()
    ))
}

/// The key of the easy-read folder's name in `site.yaml`'s `slugs`.
fn easy_key() -> &'static str {
    GeneratedKind::EasyRead.key()
}

/// The name the page an easy file simplifies would have (`ligums.lv.md` for
/// `ligums.lv.easy.md`), for the hint.
fn page_file_name(doc: &Document) -> String {
    let name = doc
        .rel
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let plain = name.replace(".easy.md", ".md").replacen(".easy.", ".", 1);
    let folder = doc.file.parent().map(path_text).unwrap_or_default();
    if folder.is_empty() {
        plain
    } else {
        format!("{folder}/{plain}")
    }
}

/// Reads `checked_by` (a list of names, none empty) and `checked_on` (a date, only
/// with names).
fn read_facts(doc: &Document, problems: &mut Vec<Diagnostic>) -> EasyFacts {
    let mut checked_by = Vec::new();
    let mut names_ok = true;
    match &doc.front.checked_by {
        None => {}
        Some(yaml_serde::Value::Sequence(items)) => {
            for (i, item) in items.iter().enumerate() {
                match item.as_str().map(str::trim) {
                    Some(name) if !name.is_empty() => checked_by.push(name.to_string()),
                    _ => {
                        names_ok = false;
                        let key = format!("checked_by[{i}]");
                        problems.push(
                            Diagnostic::error("easy-read-checked-by-not-name")
                                .in_file(&doc.file)
                                .at(item_span(doc, &key))
                                .with("key", key),
                        );
                    }
                }
            }
        }
        Some(_) => {
            names_ok = false;
            problems.push(
                Diagnostic::error("easy-read-checked-by-invalid")
                    .in_file(&doc.file)
                    .at(doc.key_span("checked_by"))
                    .with("key", "checked_by"),
            );
        }
    }
    let checked_on = doc.front.checked_on.as_deref().and_then(|text| {
        dates::read(
            &doc.file,
            "checked_on",
            text,
            || doc.key_span("checked_on"),
            problems,
        )
    });
    if doc.front.checked_on.is_some() && checked_by.is_empty() && names_ok {
        problems.push(
            Diagnostic::error("easy-read-checked-on-alone")
                .in_file(&doc.file)
                .at(doc.key_span("checked_on")),
        );
    }
    EasyFacts {
        checked_by,
        checked_on,
    }
}

/// Where a list item of the front matter is written: from its start to the end of its
/// line.
fn item_span(doc: &Document, key: &str) -> std::ops::Range<usize> {
    let start = doc.key_span(key).start;
    let line = doc.text.get(start..).unwrap_or_default();
    let end = line.find(['\r', '\n']).unwrap_or(line.len());
    start..start + end
}

impl Site {
    /// The address of the published European easy-to-read logo, when the site provides
    /// it (`easy_read.logo`).
    pub(crate) fn easy_read_logo_url(&self) -> Option<String> {
        let path = logo_output(&self.config)?;
        self.outputs.at(&path).map(|o| self.url(&o.path))
    }

    /// A language's easy-read index, when the language has easy-to-read pages.
    pub(crate) fn easy_index(&self, lang: &str) -> Option<&Page> {
        self.list_page(GeneratedKind::EasyRead, lang, None)
    }

    /// A page's easy-to-read version: the home page's is the easy-read index when the
    /// home page's easy version is its introduction.
    pub(crate) fn easy_version(&self, page: &Page) -> Option<&Page> {
        let PageKey::Source {
            id,
            lang,
            variant: super::keys::Variant::Normal,
        } = &page.key
        else {
            return None;
        };
        if page.kind == PageKind::Home {
            return self
                .easy_index(lang)
                .filter(|index| index.easy_facts().is_some());
        }
        self.get(&PageKey::easy(id, lang))
    }

    /// The page an easy-to-read page simplifies: an easy version's page, or the home
    /// page for the easy-read index that has the home page's easy version as its
    /// introduction.
    pub(crate) fn easy_of(&self, page: &Page) -> Option<&Page> {
        match &page.key {
            PageKey::Source {
                id,
                lang,
                variant: super::keys::Variant::Easy,
            } => self.get(&PageKey::source(id, lang)),
            PageKey::Generated {
                kind: GeneratedKind::EasyRead,
                term: None,
                lang,
            } if page.easy_facts().is_some() => self.home(lang),
            _ => None,
        }
    }

    /// Every easy-to-read text written in a file, for `lapa check`: the easy versions and
    /// the indexes whose introduction is the home page's easy version.
    pub(crate) fn easy_texts(&self) -> impl Iterator<Item = &Page> {
        self.pages()
            .filter(|p| p.key.is_easy() && p.easy_facts().is_some())
    }
}
