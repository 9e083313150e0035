//! Disk → sources. Walks `content/`, the theme and `locales/`, reads every file once
//! and keeps its text (for spans in messages): markdown documents with their front
//! matter, bundle assets, data files, Fluent files, templates, shortcodes and static
//! files. Nothing is interpreted beyond what file names and front matter say.

pub(crate) mod content_file;
mod cut_values;
pub(crate) mod file_name;
pub(crate) mod front_matter;
mod kept;
mod locale_file;

use crate::config::{self, SiteConfig};
use crate::diagnostics::{Diagnostic, SourceTexts, read_source};
use content_file::NotBuilt;
use file_name::FileName;
use front_matter::FrontMatter;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use walkdir::WalkDir;
use yaml_serde::Value as Yaml;

pub(crate) use kept::Kept;
pub(crate) use locale_file::LocaleFile;

/// One data file as read from disk.
#[derive(Debug, Clone)]
pub(crate) struct DataFile {
    /// The name templates use: the file name without `.yaml`.
    pub name: String,
    /// Path relative to the site root, for messages.
    pub path: PathBuf,
    /// The file's text, to locate key paths in messages.
    pub text: Arc<str>,
    /// The parsed value.
    pub value: Yaml,
}

/// A markdown file, read and split.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// Relative to the site root (`content/jaunumi/x.lv.md`), for messages.
    pub file: PathBuf,
    /// Relative to `content/` (`jaunumi/x.lv.md`).
    pub rel: PathBuf,
    /// What the name says.
    pub name: FileName,
    /// The language: from the name, else the default language.
    pub lang: String,
    /// The whole file.
    pub text: Arc<str>,
    /// Its front matter.
    pub front: FrontMatter,
    /// Where the front matter's YAML starts in `text`.
    pub yaml_offset: usize,
    /// Where the markdown body starts in `text`.
    pub body_offset: usize,
}

impl Document {
    /// The markdown after the front matter.
    pub(crate) fn body(&self) -> &str {
        &self.text[self.body_offset..]
    }

    /// The byte span of a front-matter key (or of the front matter's start when the key
    /// is absent), for messages.
    pub(crate) fn key_span(&self, key: &str) -> std::ops::Range<usize> {
        let yaml = &self.text[self.yaml_offset..self.body_offset];
        match crate::values::yaml::locate::offset_of(yaml, key) {
            Some(at) => {
                let at = self.yaml_offset + at;
                at..at + key.split('.').next_back().unwrap_or(key).len()
            }
            // A key that is not there (a missing title) is placed where the front matter
            // starts, without a length that could cut through a letter.
            None => self.yaml_offset..self.yaml_offset,
        }
    }
}

/// A file to copy as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FileToCopy {
    /// Where to read it.
    pub source: PathBuf,
    /// Relative to its owner: `content/` for content files, `static/` for theme files.
    pub rel: PathBuf,
}

/// A text file of the theme (or a locale file before it is parsed), with its name.
#[derive(Debug, Clone)]
pub(crate) struct TextFile {
    /// Relative to the site root, for messages.
    pub file: PathBuf,
    /// Template name (`page.html`) or shortcode name (`indicator`); for a locale file,
    /// its path inside the language's folder.
    pub name: String,
    /// Its text.
    pub text: String,
}

/// Everything read from the site folder.
#[derive(Debug)]
pub(crate) struct Sources {
    /// `site.yaml`, checked.
    pub config: SiteConfig,
    /// `site.yaml`'s text, to place messages about it.
    pub config_text: Arc<str>,
    /// Markdown documents, in path order.
    pub documents: Vec<Document>,
    /// The other files of `content/` (outside `data/`): bundle files, files pages use,
    /// and stray ones; `model` decides which are published.
    pub assets: Vec<FileToCopy>,
    /// `content/data/*.yaml`.
    pub data: Vec<DataFile>,
    /// `locales/<lang>/*.ftl`, parsed.
    pub locales: Vec<LocaleFile>,
    /// `themes/<theme>/templates/**/*.html` and friends.
    pub templates: Vec<TextFile>,
    /// `themes/<theme>/shortcodes/*.html`.
    pub shortcodes: Vec<TextFile>,
    /// `themes/<theme>/static/**`.
    pub static_files: Vec<FileToCopy>,
    /// The European easy-to-read logo file `site.yaml`'s `easy_read.logo` names, when it
    /// is there (`rel`: the path as written).
    pub easy_read_logo: Option<FileToCopy>,
    /// The text of every file read, for the reporter's snippets.
    pub texts: SourceTexts,
}

/// Reads the site folder. Every problem is returned, not only the first, together with
/// the sources that could be read (a file that cannot be read is left out of them); only
/// a `site.yaml` that cannot be used stops here, with the problems and the texts read.
pub(crate) fn load(
    root: &Path,
    base_url: Option<&str>,
) -> Result<(Sources, Vec<Diagnostic>), (Vec<Diagnostic>, SourceTexts)> {
    Kept::load(root, base_url).map(|kept| kept.sources())
}

/// Clutter (hidden files, editor backups and the like) is never a theme or locale file;
/// the web server's `.htaccess` and `.well-known/` are.
fn is_ignored(name: &str) -> bool {
    let server_file = matches!(name, ".htaccess" | ".well-known");
    content_file::is_clutter(name) && !server_file
}

/// Warnings for values YAML cut at ` #`; `offset` is where the YAML starts in `file`.
fn cut_values(file: &Path, yaml: &str, offset: usize) -> Vec<Diagnostic> {
    cut_values::find(yaml)
        .into_iter()
        .map(|cut| {
            let at = offset + cut.comment_at;
            Diagnostic::warning("yaml-value-cut-at-comment")
                .in_file(file)
                .at(at..at + 1)
                .with("whole", format!("{} {}", cut.value, cut.comment).trim())
                .with("value", cut.value)
                .with("comment", cut.comment)
        })
        .collect()
}

/// Every file under a folder, sorted, skipping ignored names; paths relative to it.
fn list_files(dir: &Path) -> Vec<FileToCopy> {
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(dir).ok()?.to_path_buf();
            Some(FileToCopy {
                source: e.path().to_path_buf(),
                rel,
            })
        })
        .collect()
}

/// The warning for a source file lapa does not build.
fn not_built(file: &Path, why: NotBuilt) -> Diagnostic {
    match why {
        NotBuilt::MarkdownName(name) => {
            Diagnostic::warning("markdown-name-not-built").with("name", name)
        }
        NotBuilt::MarkdownInData => Diagnostic::warning("markdown-in-data-folder"),
        NotBuilt::DataName(name) => {
            Diagnostic::warning("data-file-name-not-read").with("name", name)
        }
        NotBuilt::DataElsewhere => Diagnostic::warning("yaml-outside-data-folder"),
    }
    .in_file(file)
    .at(0..0)
}

/// A markdown file read and split, with its warnings; or why it could not be.
type DocumentRead = Result<(Document, Vec<Diagnostic>), Diagnostic>;

/// Reads a markdown file: its text (when it could be read) and what it holds.
fn read_document(file: &FileToCopy, config: &SiteConfig) -> (Option<Arc<str>>, DocumentRead) {
    let rel_to_root = Path::new("content").join(&file.rel);
    match read_source(&file.source) {
        Ok(text) => {
            let text: Arc<str> = text.into();
            (
                Some(text.clone()),
                split_document(file, rel_to_root, text, config),
            )
        }
        Err(e) => (
            None,
            Err(Diagnostic::error("file-unreadable")
                .in_file(&rel_to_root)
                .with("details", e)),
        ),
    }
}

/// A markdown file's text → its document: name, language and front matter.
fn split_document(
    file: &FileToCopy,
    rel_to_root: PathBuf,
    text: Arc<str>,
    config: &SiteConfig,
) -> DocumentRead {
    let file_name = file
        .rel
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let name =
        file_name::parse(&file_name, &|code| config.has_language(code)).ok_or_else(|| {
            Diagnostic::error("file-unreadable")
                .in_file(&rel_to_root)
                .with("details", "not markdown")
        })?;
    let lang = match &name.lang {
        Some(code) if config.has_language(code) => code.clone(),
        Some(code) => {
            return Err(Diagnostic::error("unknown-language-suffix")
                .in_file(&rel_to_root)
                .with("lang", code)
                .with("languages", config.language_codes().join(", ")));
        }
        None => config.default_language.clone(),
    };
    let split = front_matter::split(&rel_to_root, &text)?;
    let front = front_matter::parse(&rel_to_root, &split)?;
    let section = name.kind == file_name::DocumentKind::Section;
    let mut warnings = front_matter::check_fields(&rel_to_root, &split, &front, section);
    warnings.extend(cut_values(&rel_to_root, split.yaml, split.yaml_offset));
    let (yaml_offset, body_offset) = (split.yaml_offset, split.body_offset);
    let document = Document {
        file: rel_to_root,
        rel: file.rel.clone(),
        name,
        lang,
        text,
        front,
        yaml_offset,
        body_offset,
    };
    Ok((document, warnings))
}

/// A problem of `content/site.yaml` (its text), at the key path when the key is written.
fn at_site_key(diagnostic: Diagnostic, text: &str, path: &str) -> Diagnostic {
    let diagnostic = diagnostic.in_file(config::SITE_FILE);
    match crate::values::yaml::locate::offset_of(text, path) {
        Some(offset) => {
            let key = path.rsplit(['.', ']']).next().unwrap_or(path);
            diagnostic.at(offset..offset + key.len())
        }
        None => diagnostic,
    }
}

fn load_locales(
    root: &Path,
    config: &SiteConfig,
    site_text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(TextFile, String)> {
    let mut out = Vec::new();
    for (i, language) in config.languages.iter().enumerate() {
        let dir = Path::new("locales").join(&language.code);
        if !root.join(&dir).is_dir() {
            problems.push(at_site_key(
                Diagnostic::error("locale-folder-missing")
                    .with("lang", &language.code)
                    .with("folder", dir.display()),
                site_text,
                &format!("languages[{i}].code"),
            ));
            continue;
        }
        for file in read_text_tree(root, &dir, &["ftl"], problems) {
            out.push((file, language.code.clone()));
        }
    }
    out
}

/// A file's text when it is UTF-8 text; binary files (a NUL or a byte that is not UTF-8
/// in their first 8 KiB) are not read further.
fn read_if_text(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = Vec::with_capacity(8192);
    std::fs::File::open(path)
        .ok()?
        .take(8192)
        .read_to_end(&mut head)
        .ok()?;
    let valid = match std::str::from_utf8(&head) {
        Ok(_) => head.len(),
        // A letter cut by the 8 KiB limit is not an error.
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        Err(_) => return None,
    };
    if head[..valid].contains(&0) {
        return None;
    }
    read_source(path).ok()
}

/// Reads every file with one of the extensions under `root/dir`; names are paths
/// relative to `dir` with forward slashes.
fn read_text_tree(
    root: &Path,
    dir: &Path,
    extensions: &[&str],
    problems: &mut Vec<Diagnostic>,
) -> Vec<TextFile> {
    let mut out = Vec::new();
    for f in list_files(&root.join(dir)) {
        let ext = f
            .rel
            .extension()
            .map(|e| e.to_string_lossy().to_string())
            .unwrap_or_default();
        if !extensions.contains(&ext.as_str()) {
            continue;
        }
        let file = dir.join(&f.rel);
        match read_source(&f.source) {
            Ok(text) => out.push(TextFile {
                name: crate::diagnostics::display_path(&f.rel),
                file,
                text,
            }),
            Err(e) => problems.push(
                Diagnostic::error("file-unreadable")
                    .in_file(&file)
                    .with("details", e),
            ),
        }
    }
    out
}
