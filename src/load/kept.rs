//! What load read, kept file by file so that a later load re-reads only the files that
//! changed (`serve`). A full load is a kept load made once and handed out: both go
//! through the same per-file reading, so the sources are the same whichever made them.
//!
//! Content files are kept by path (relative to `content/`), in the order a full walk
//! visits them; the theme and the locales are small and are read again as a whole when
//! anything in them changed; `site.yaml` changes everything (the languages decide how
//! every markdown file is read), so a change to it asks for a full load.

use super::content_file::{self, ContentFile};
use super::{
    DataFile, DocumentRead, FileToCopy, Sources, TextFile, at_site_key, cut_values, list_files,
    load_locales, not_built, read_document, read_if_text, read_text_tree,
};
use crate::config::{self, SiteConfig};
use crate::diagnostics::{Diagnostic, SourceTexts, read_source};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use walkdir::WalkDir;

/// One content file as load read it.
#[derive(Debug, Clone)]
enum ContentRead {
    /// A markdown file: its text when it could be read, and the document or its problem.
    Page {
        text: Option<Arc<str>>,
        read: Box<DocumentRead>,
    },
    /// A data file: its text when it could be read, and the file with its warnings or
    /// its problem.
    Data {
        text: Option<Arc<str>>,
        read: Result<(DataFile, Vec<Diagnostic>), Diagnostic>,
    },
    /// Any other file (bundle file, stray file): its text when it is text.
    Asset {
        file: FileToCopy,
        text: Option<Arc<str>>,
    },
    /// A file lapa does not build, with the warning saying so.
    Unbuilt {
        text: Option<Arc<str>>,
        problem: Diagnostic,
    },
}

/// The theme's files and the locales, read as a whole.
#[derive(Debug, Clone, Default)]
struct ThemeRead {
    /// `.ftl` files (unparsed) with their language.
    locales: Vec<(TextFile, String)>,
    templates: Vec<TextFile>,
    shortcodes: Vec<TextFile>,
    static_files: Vec<FileToCopy>,
    /// In the order a full load finds them: locales, a missing theme, templates.
    problems: Vec<Diagnostic>,
}

/// The site folder as last read.
#[derive(Debug)]
pub(crate) struct Kept {
    root: PathBuf,
    config: SiteConfig,
    config_text: Arc<str>,
    /// `site.yaml`'s own warnings.
    config_problems: Vec<Diagnostic>,
    content: BTreeMap<PathBuf, ContentRead>,
    theme: ThemeRead,
}

/// What a change needs: the content files below these paths (relative to `content/`)
/// read again, the theme and locales read again, or everything.
#[derive(Debug, Default)]
struct Plan {
    content: Vec<PathBuf>,
    theme: bool,
    everything: bool,
}

impl Kept {
    /// Reads the whole site folder; `Err` when `site.yaml` cannot be used.
    pub(crate) fn load(
        root: &Path,
        base_url: Option<&str>,
    ) -> Result<Self, (Vec<Diagnostic>, SourceTexts)> {
        let mut texts = SourceTexts::default();
        let site_file = root.join(config::SITE_FILE);
        let text: Arc<str> = match read_source(&site_file) {
            Ok(text) => text.into(),
            Err(e) => {
                let problem = Diagnostic::error("site-file-unreadable")
                    .in_file(config::SITE_FILE)
                    .with("details", e);
                return Err((vec![problem], texts));
            }
        };
        texts.insert(config::SITE_FILE, text.clone());
        let config = match config::parse(&text, base_url) {
            Ok(config) => config,
            Err(problems) => return Err((problems, texts)),
        };
        let config_problems = cut_values(Path::new(config::SITE_FILE), &text, 0);
        let mut kept = Self {
            root: root.to_path_buf(),
            config,
            config_text: text,
            config_problems,
            content: BTreeMap::new(),
            theme: ThemeRead::default(),
        };
        kept.read_content_under(Path::new(""));
        kept.theme = kept.read_theme();
        Ok(kept)
    }

    /// Reads again what `changed` paths (edited, new, deleted or renamed files or
    /// folders; absolute or relative to the site folder) touch. `false` when that is not
    /// enough and the caller must load everything again (`site.yaml` changed, or
    /// `changed` is empty: anything may have changed).
    pub(crate) fn update(&mut self, changed: &[PathBuf]) -> bool {
        let plan = self.plan(changed);
        if plan.everything {
            return false;
        }
        for rel in &plan.content {
            self.read_content_under(rel);
        }
        if plan.theme {
            self.theme = self.read_theme();
        }
        true
    }

    /// The sources as they are now, with load's problems in the order a full load
    /// finds them.
    pub(crate) fn sources(&self) -> (Sources, Vec<Diagnostic>) {
        let mut texts = SourceTexts::default();
        texts.insert(config::SITE_FILE, self.config_text.clone());
        let mut problems = self.config_problems.clone();
        let shown = |rel: &Path| Path::new("content").join(rel);
        let mut assets = Vec::new();
        // The files lapa does not build are reported as the walk finds them, before
        // what reading the others found.
        for (rel, read) in &self.content {
            match read {
                ContentRead::Unbuilt { text, problem } => {
                    problems.push(problem.clone());
                    if let Some(text) = text {
                        texts.insert(shown(rel), text.clone());
                    }
                }
                ContentRead::Asset { file, text } => {
                    assets.push(file.clone());
                    if let Some(text) = text {
                        texts.insert(shown(rel), text.clone());
                    }
                }
                ContentRead::Page { .. } | ContentRead::Data { .. } => {}
            }
        }
        let mut documents = Vec::new();
        for (rel, read) in &self.content {
            if let ContentRead::Page { text, read } = read {
                if let Some(text) = text {
                    texts.insert(shown(rel), text.clone());
                }
                match &**read {
                    Ok((document, warnings)) => {
                        documents.push(document.clone());
                        problems.extend(warnings.iter().cloned());
                    }
                    Err(problem) => problems.push(problem.clone()),
                }
            }
        }
        let mut data = Vec::new();
        for (rel, read) in &self.content {
            if let ContentRead::Data { text, read } = read {
                if let Some(text) = text {
                    texts.insert(shown(rel), text.clone());
                }
                match read {
                    Ok((file, warnings)) => {
                        data.push(file.clone());
                        problems.extend(warnings.iter().cloned());
                    }
                    Err(problem) => problems.push(problem.clone()),
                }
            }
        }
        let theme = &self.theme;
        let locales: Vec<super::LocaleFile> = theme
            .locales
            .iter()
            .map(|(file, lang)| super::LocaleFile::parse(file.clone(), lang))
            .collect();
        for file in &locales {
            texts.insert(&file.file, file.text.clone());
        }
        for file in theme.templates.iter().chain(&theme.shortcodes) {
            texts.insert(&file.file, Arc::from(file.text.as_str()));
        }
        problems.extend(theme.problems.iter().cloned());
        let easy_read_logo = self.easy_read_logo(&mut problems);
        let sources = Sources {
            config: self.config.clone(),
            config_text: self.config_text.clone(),
            documents,
            assets,
            data,
            locales,
            templates: theme.templates.clone(),
            shortcodes: theme.shortcodes.clone(),
            static_files: theme.static_files.clone(),
            easy_read_logo,
            texts,
        };
        (sources, problems)
    }

    /// The easy-to-read logo file `easy_read.logo` names; a file that is not there is an
    /// error at the setting. (Read when it is copied: it is published unchanged.)
    fn easy_read_logo(&self, problems: &mut Vec<Diagnostic>) -> Option<FileToCopy> {
        let easy_read = &self.config.easy_read;
        let logo = easy_read.logo.as_ref()?;
        let source = self.root.join(logo);
        if source.is_file() {
            return Some(FileToCopy {
                source,
                rel: PathBuf::from(logo),
            });
        }
        problems.push(
            Diagnostic::error("easy-read-logo-missing")
                .in_file(config::SITE_FILE)
                .at(easy_read.logo_span.clone())
                .with("logo", logo),
        );
        None
    }

    /// The markdown file at `path` (as `update` takes it: absolute, or relative to the
    /// site folder) as last read, with its warnings: `None` when it is not a markdown
    /// file of `content/` or could not be read.
    pub(crate) fn document(&self, path: &Path) -> Option<(&super::Document, &[Diagnostic])> {
        let rel = self.relative(path)?;
        let inside = rel.strip_prefix("content").ok()?;
        match self.content.get(inside)? {
            ContentRead::Page { read, .. } => match &**read {
                Ok((document, warnings)) => Some((document, warnings)),
                Err(_) => None,
            },
            _ => None,
        }
    }

    /// Which parts a list of changed paths touches.
    fn plan(&self, changed: &[PathBuf]) -> Plan {
        let mut plan = Plan {
            everything: changed.is_empty(),
            ..Plan::default()
        };
        for path in changed {
            let Some(rel) = self.relative(path) else {
                continue;
            };
            let mut parts = rel.components();
            match parts.next() {
                // The site folder itself.
                None => plan.everything = true,
                Some(Component::Normal(top)) if top == "content" => {
                    let inside = parts.as_path();
                    if inside.as_os_str().is_empty() || inside == Path::new("site.yaml") {
                        plan.everything = true;
                    } else {
                        plan.content.push(inside.to_path_buf());
                    }
                }
                Some(Component::Normal(top)) if top == "themes" || top == "locales" => {
                    plan.theme = true;
                }
                _ => {}
            }
        }
        plan
    }

    /// A changed path relative to the site folder, if it lies inside it.
    fn relative(&self, path: &Path) -> Option<PathBuf> {
        if path.is_relative() {
            return Some(path.to_path_buf());
        }
        if let Ok(rel) = path.strip_prefix(&self.root) {
            return Some(rel.to_path_buf());
        }
        let root = self.root.canonicalize().ok()?;
        path.strip_prefix(root).ok().map(Path::to_path_buf)
    }

    /// Forgets every content file at or below `rel` (relative to `content/`) and reads
    /// what is there now.
    fn read_content_under(&mut self, rel: &Path) {
        let gone: Vec<PathBuf> = self
            .content
            .range(rel.to_path_buf()..)
            .map(|(path, _)| path)
            .take_while(|path| path.starts_with(rel))
            .cloned()
            .collect();
        for path in gone {
            self.content.remove(&path);
        }
        let clutter = rel.components().any(|c| match c {
            Component::Normal(name) => content_file::is_clutter(&name.to_string_lossy()),
            _ => true,
        });
        if clutter {
            return;
        }
        let content = self.root.join("content");
        let files: Vec<(PathBuf, FileToCopy)> = WalkDir::new(content.join(rel))
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0 || !content_file::is_clutter(&e.file_name().to_string_lossy())
            })
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| {
                let rel = e.path().strip_prefix(&content).ok()?.to_path_buf();
                let file = FileToCopy {
                    source: e.path().to_path_buf(),
                    rel: rel.clone(),
                };
                Some((rel, file))
            })
            .collect();
        let config = &self.config;
        let read: Vec<(PathBuf, ContentRead)> = files
            .into_par_iter()
            .filter_map(|(rel, file)| Some((rel, read_content_file(file, config)?)))
            .collect();
        self.content.extend(read);
    }

    /// Reads the locales and the theme's files.
    fn read_theme(&self) -> ThemeRead {
        let (root, config) = (&self.root, &self.config);
        let mut problems = Vec::new();
        let locales = load_locales(root, config, &self.config_text, &mut problems);
        let theme_dir = Path::new("themes").join(&config.theme);
        if !root.join(&theme_dir).is_dir() {
            problems.push(at_site_key(
                Diagnostic::error("theme-missing").with("theme", &config.theme),
                &self.config_text,
                "theme",
            ));
        }
        let templates = read_text_tree(
            root,
            &theme_dir.join("templates"),
            &["html", "xml", "txt", "svg"],
            &mut problems,
        );
        let shortcodes: Vec<TextFile> = read_text_tree(
            root,
            &theme_dir.join("shortcodes"),
            &["html"],
            &mut problems,
        )
        .into_iter()
        .map(|mut f| {
            f.name = f.name.trim_end_matches(".html").to_string();
            f
        })
        .collect();
        let static_files = list_files(&root.join(&theme_dir).join("static"));
        ThemeRead {
            locales,
            templates,
            shortcodes,
            static_files,
            problems,
        }
    }
}

/// Reads one content file as what its path says it is; `None` for the settings file
/// and clutter.
fn read_content_file(file: FileToCopy, config: &SiteConfig) -> Option<ContentRead> {
    let shown = Path::new("content").join(&file.rel);
    let text_of = |file: &FileToCopy| read_if_text(&file.source).map(Arc::from);
    Some(match content_file::classify(&file.rel) {
        ContentFile::Settings | ContentFile::Clutter => return None,
        ContentFile::Page => {
            let (text, read) = read_document(&file, config);
            ContentRead::Page {
                text,
                read: Box::new(read),
            }
        }
        ContentFile::Data => read_data_file(&file, shown),
        ContentFile::NotBuilt(why) => ContentRead::Unbuilt {
            text: text_of(&file),
            problem: not_built(&shown, why),
        },
        // Nothing in data/ is published: it is not a page's folder.
        ContentFile::Other if file.rel.starts_with("data") => ContentRead::Unbuilt {
            text: text_of(&file),
            problem: Diagnostic::warning("asset-without-page")
                .in_file(&shown)
                .at(0..0),
        },
        ContentFile::Other => ContentRead::Asset {
            text: text_of(&file),
            file,
        },
    })
}

/// Reads and parses a data file (`content/data/<name>.yaml`).
fn read_data_file(file: &FileToCopy, path: PathBuf) -> ContentRead {
    let name = file
        .rel
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    match read_source(&file.source) {
        Ok(text) => {
            let text: Arc<str> = text.into();
            let read = match yaml_serde::from_str::<yaml_serde::Value>(&text) {
                Ok(value) => {
                    let warnings = cut_values(&path, &text, 0);
                    let file = DataFile {
                        name,
                        path,
                        text: text.clone(),
                        value,
                    };
                    Ok((file, warnings))
                }
                Err(e) => Err(crate::values::yaml::yaml_error(&path, &text, 0, &e)),
            };
            ContentRead::Data {
                text: Some(text),
                read,
            }
        }
        Err(e) => ContentRead::Data {
            text: None,
            read: Err(Diagnostic::error("file-unreadable")
                .in_file(&path)
                .with("details", e)),
        },
    }
}
