//! A whole build in memory, for the fuzz targets (`fuzz/`) and the property tests:
//! load → model → render of a site folder with nothing written, every problem rendered
//! as a person would read it (in English and in Latvian), and the promise each
//! diagnostic makes checked: its span lies inside its file's text, on character
//! boundaries. A panic anywhere in here is a bug of lapa.

use crate::build::{self, BuildError};
use crate::diagnostics::{self, Diagnostic, MessageLanguage, Messages, SourceTexts};
use crate::options::BuildOptions;
use std::path::Path;
use std::sync::OnceLock;

/// What a probe run found.
#[derive(Debug)]
pub struct Probe {
    /// Every problem of the run (errors and warnings).
    pub problems: Vec<Diagnostic>,
    /// Whether the site rendered (no errors).
    pub rendered: bool,
}

/// Renders the site in `root` (drafts off, now = 2024-01-15T12:00 Riga time, one
/// thread) without writing anything. `Err` names a diagnostic whose span does not lie
/// within its file.
pub fn check_site(root: &Path) -> Result<Probe, String> {
    let options = test_options(root, Some(1))?;
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    let pool = POOL.get_or_init(|| rayon::ThreadPoolBuilder::new().num_threads(1).build().ok());
    // The files are not kept: only the problems matter here.
    let render = || build::render_site_into(&options, &|_| {});
    let result = match pool {
        Some(pool) => pool.install(render),
        None => render(),
    };
    let (mut problems, texts, rendered) = match result {
        Ok(outcome) => (outcome.warnings, outcome.texts, true),
        Err(BuildError::Content(problems, texts)) => (problems, texts, false),
        Err(BuildError::Usage(problem)) => (vec![problem], SourceTexts::default(), false),
        Err(BuildError::Write(e)) => return Err(format!("render_site wrote: {e:?}")),
    };
    for problem in &problems {
        check_span(root, problem)?;
        // The reporter draws from the texts load kept: a span in a file it did not keep
        // would lose its snippet.
        if problem.span.is_some()
            && let Some(file) = &problem.file
            && texts.get(file).is_none()
        {
            return Err(format!(
                "{}: span in {}, whose text load did not keep",
                problem.id,
                file.display()
            ));
        }
    }
    diagnostics::sort(&mut problems);
    for language in [MessageLanguage::En, MessageLanguage::Lv] {
        let messages = Messages::new(language);
        let text = diagnostics::render_all(&problems, &texts, &messages, false);
        if !problems.is_empty() && text.is_empty() {
            return Err("problems rendered as no text".into());
        }
        diagnostics::summary_line(&problems, &messages);
    }
    Ok(Probe { problems, rendered })
}

/// The tests' build settings for the site in `root`: drafts off, now =
/// 2024-01-15T12:00 Riga time, nothing written.
fn test_options(root: &Path, threads: Option<usize>) -> Result<BuildOptions, String> {
    let now = crate::options::resolve_now(Some("2024-01-15T12:00"), None)
        .map_err(|problem| format!("{problem:?}"))?;
    Ok(BuildOptions {
        root: root.to_path_buf(),
        output: root.join("public"),
        base_url: None,
        drafts: false,
        now,
        threads,
    })
}

/// A diagnostic's span must lie within its file's text, on character boundaries.
pub fn check_span(root: &Path, problem: &Diagnostic) -> Result<(), String> {
    let Some(span) = &problem.span else {
        return Ok(());
    };
    let Some(file) = &problem.file else {
        return Err(format!("{}: a span without a file", problem.id));
    };
    let text = std::fs::read(root.join(file)).map_err(|e| {
        format!(
            "{}: span in {} which cannot be read: {e}",
            problem.id,
            file.display()
        )
    })?;
    let text = String::from_utf8(text).map_err(|_| {
        format!(
            "{}: span in {} which is not UTF-8",
            problem.id,
            file.display()
        )
    })?;
    // Spans are in the text lapa read: NFC-normalised, like every source.
    let text = crate::diagnostics::normalize(&text);
    if span.start > span.end
        || span.end > text.len()
        || !text.is_char_boundary(span.start)
        || !text.is_char_boundary(span.end)
    {
        return Err(format!(
            "{}: span {span:?} is not within {} ({} bytes)",
            problem.id,
            file.display(),
            text.len()
        ));
    }
    Ok(())
}

/// One output of the model's table, as tests see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeOutput {
    /// Relative to the output root.
    pub path: String,
    /// Its kind (`Page { number: 1 }`, `Sitemap`, …).
    pub kind: String,
    /// The key of the page it shows, if any (`jaunumi/ligums (lv)`).
    pub shows: Option<String>,
    /// What it is made from, each written as `page jaunumi/ligums (lv)`, `data contacts`,
    /// `data contacts#anna`, `messages lv`, `template page.html`, `shortcode x`,
    /// `site.yaml` or `file <path>`.
    pub sources: Vec<String>,
}

/// A site loaded, modelled and prepared for rendering (drafts off, now =
/// 2024-01-15T12:00 Riga time, as the tests' builds), from which single outputs can be
/// rendered.
pub struct Session {
    site: std::sync::Arc<crate::model::Site>,
    prepared: crate::render::Prepared,
    i18n: std::sync::Arc<crate::i18n::I18n>,
}

impl Session {
    /// Loads and prepares the site in `root`; `Err` when it has errors.
    pub fn open(root: &Path) -> Result<Self, String> {
        use crate::{i18n, load, model, render};
        let now = crate::options::resolve_now(Some("2024-01-15T12:00"), None)
            .map_err(|problem| format!("{problem:?}"))?;
        let (mut sources, problems) =
            load::load(root, None).map_err(|p| format!("cannot load: {p:?}"))?;
        let (i18n, i18n_problems) =
            i18n::locales::load(&sources.config, std::mem::take(&mut sources.locales));
        let templates = std::mem::take(&mut sources.templates);
        let shortcodes = std::mem::take(&mut sources.shortcodes);
        let embeds = model::embeds::offered_by(templates.iter().map(|t| t.name.as_str()));
        let search = model::search::offered_by(templates.iter().map(|t| t.name.as_str()));
        let options = model::ModelOptions {
            drafts: false,
            now,
            embeds,
            search,
        };
        let (site, model_errors) = model::build(sources, &options, i18n.as_ref());
        let i18n = i18n.ok_or("the interface texts cannot be loaded")?;
        let errors: Vec<&Diagnostic> = problems
            .iter()
            .chain(&i18n_problems)
            .chain(&model_errors)
            .filter(|d| d.is_error())
            .collect();
        if !errors.is_empty() {
            return Err(format!("the site has errors: {errors:?}"));
        }
        let theme = crate::build::theme_of(&templates, &shortcodes);
        let (compiled, _) =
            render::CompiledTheme::compile(&theme).map_err(|p| format!("theme: {p:?}"))?;
        let site = std::sync::Arc::new(site);
        let i18n = std::sync::Arc::new(i18n);
        let (prepared, _) = render::prepare(&site, &compiled, &i18n);
        Ok(Self {
            site,
            prepared,
            i18n,
        })
    }

    /// Every output of the model's table, sorted by path, with what the markdown of
    /// the page it shows adds once rendered (its `@/` targets and shortcodes).
    pub fn outputs(&self) -> Vec<ProbeOutput> {
        self.site
            .outputs
            .iter()
            .map(|output| {
                let mut probe = probe_output(output);
                if let (crate::model::outputs::OutputKind::Page { .. }, Some(key)) =
                    (&output.kind, &output.shows)
                {
                    let sources = self.prepared.markdown.sources(key);
                    for source in sources.iter().map(source_text) {
                        if !probe.sources.contains(&source) {
                            probe.sources.push(source);
                        }
                    }
                }
                probe
            })
            .collect()
    }

    /// The bytes of one output, rendered alone.
    pub fn render_one(&self, path: &str) -> Result<Vec<u8>, String> {
        use crate::render::output::Content;
        let output = self
            .site
            .outputs
            .at(path)
            .ok_or_else(|| format!("no output at {path}"))?;
        let file = crate::render::render_output(output, &self.site, &self.prepared, &self.i18n)
            .map_err(|d| format!("{d:?}"))?;
        match file.content {
            Content::Bytes(bytes) => Ok(bytes),
            Content::Copy(source) => std::fs::read(&source).map_err(|e| e.to_string()),
            Content::Files(_) => Err(format!("{path} is a folder of files")),
        }
    }
}

/// Every output of the site in `root` (see `Session::open`).
pub fn outputs(root: &Path) -> Result<Vec<ProbeOutput>, String> {
    Ok(Session::open(root)?.outputs())
}

/// One output of the site in `root`, rendered alone.
pub fn render_one(root: &Path, path: &str) -> Result<Vec<u8>, String> {
    Session::open(root)?.render_one(path)
}

fn probe_output(output: &crate::model::outputs::Output) -> ProbeOutput {
    ProbeOutput {
        path: output.path.clone(),
        kind: format!("{:?}", output.kind),
        shows: output.shows.as_ref().map(ToString::to_string),
        sources: output.sources.iter().map(source_text).collect(),
    }
}

fn source_text(source: &crate::model::outputs::Source) -> String {
    use crate::model::outputs::Source;
    match source {
        Source::Page(key) => format!("page {key}"),
        Source::Heading(key) => format!("heading {key}"),
        Source::Data { file, record: None } => format!("data {file}"),
        Source::Data {
            file,
            record: Some(id),
        } => format!("data {file}#{id}"),
        Source::Messages { lang } => format!("messages {lang}"),
        Source::Template(name) => format!("template {name}"),
        Source::Shortcode(name) => format!("shortcode {name}"),
        Source::SiteConfig => "site.yaml".to_string(),
        Source::File(path) => format!("file {}", diagnostics::display_path(path)),
    }
}

/// How long `Live` waits at most for the search indexes made in the background.
const SETTLE: std::time::Duration = std::time::Duration::from_secs(120);

/// The site of `root` kept built in memory as `serve` keeps it (drafts off, now =
/// 2024-01-15T12:00 Riga time, as the tests' builds), rebuilt after changes.
pub struct Live(crate::build::live::Live);

impl Live {
    /// Builds the site in `root`; `Err` when it has errors.
    /// Once the search indexes are made (see `apply`).
    pub fn open(root: &Path) -> Result<Self, String> {
        let options = test_options(root, None)?;
        let live = crate::build::live::Live::open(options)
            .map(|(live, _)| Self(live))
            .map_err(|e| format!("{e:?}"))?;
        live.settle()?;
        Ok(live)
    }

    /// Rebuilds after `changed` files (relative to the site folder or absolute); the
    /// output paths written and removed, or the problems when the site has errors now.
    /// Waits for the search indexes `serve` makes in the background after the rebuild
    /// (a bounded wait: `Err` after `SETTLE`), and counts what they wrote and removed.
    pub fn apply(&mut self, changed: &[std::path::PathBuf]) -> Result<LiveChange, String> {
        let mut change = self.apply_unsettled(changed)?;
        let index = self.settle()?;
        change.written.extend(index.written);
        change.removed.extend(index.removed);
        for paths in [&mut change.written, &mut change.removed] {
            paths.sort();
            paths.dedup();
        }
        Ok(change)
    }

    /// `apply` without waiting for the search indexes: what `serve` waits for before
    /// it tells the browser to reload (the indexes' files are not in the change).
    pub fn apply_unsettled(
        &mut self,
        changed: &[std::path::PathBuf],
    ) -> Result<LiveChange, String> {
        let changed: Vec<std::path::PathBuf> =
            changed.iter().map(|p| self.0.root().join(p)).collect();
        self.0
            .apply(&changed)
            .map(|change| LiveChange {
                written: change.written,
                removed: change.removed,
                warnings: change.warnings.iter().map(|w| w.id.to_string()).collect(),
            })
            .map_err(|e| format!("{e:?}"))
    }

    /// Waits for the search indexes being made in the background (at most `SETTLE`);
    /// what they wrote and removed since last asked, `Err` when one failed or they are
    /// not made in time.
    pub fn settle(&self) -> Result<LiveChange, String> {
        let index = self
            .0
            .settle(SETTLE)
            .ok_or_else(|| format!("the search indexes were not made in {SETTLE:?}"))?;
        if let Some(failed) = index.failed {
            return Err(format!("a search index failed: {failed}"));
        }
        Ok(LiveChange {
            written: index.written,
            removed: index.removed,
            warnings: Vec::new(),
        })
    }

    /// The bytes of one rendered output (`None` for a copied file or no output).
    pub fn rendered(&self, path: &str) -> Option<Vec<u8>> {
        use crate::build::live::Served;
        match self.0.get(path) {
            Some(Served::Bytes(bytes)) => Some(bytes.to_vec()),
            _ => None,
        }
    }

    /// Every output path, sorted.
    pub fn paths(&self) -> Vec<String> {
        self.0.paths()
    }

    /// Every output, path and bytes (copied files read from their source), sorted by path.
    pub fn files(&self) -> Result<Vec<(String, Vec<u8>)>, String> {
        use crate::build::live::Served;
        self.0
            .paths()
            .into_iter()
            .map(|path| {
                let bytes = match self.0.get(&path) {
                    Some(Served::Bytes(bytes)) => bytes.to_vec(),
                    Some(Served::File(source)) => {
                        std::fs::read(source).map_err(|e| format!("{path}: {e}"))?
                    }
                    None => return Err(format!("{path}: listed but missing")),
                };
                Ok((path, bytes))
            })
            .collect()
    }
}

/// Every output of a full build of the site in `root`, in memory (drafts off, now =
/// 2024-01-15T12:00 Riga time, as `Live`): path and bytes (copied files read), sorted by
/// path; `Err` with the problems' ids when the site has errors.
pub fn build_files(root: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    use crate::render::output::{Content, OutputFile};
    let options = test_options(root, None)?;
    let files: std::sync::Mutex<Vec<OutputFile>> = std::sync::Mutex::new(Vec::new());
    let sink = |file: OutputFile| {
        if let Ok(mut files) = files.lock() {
            files.push(file);
        }
    };
    match build::render_site_into(&options, &sink) {
        Ok(_) => {}
        Err(BuildError::Content(problems, _)) => {
            let ids: Vec<&str> = problems.iter().map(|d| d.id).collect();
            return Err(format!("{ids:?}"));
        }
        Err(e) => return Err(format!("{e:?}")),
    }
    let mut out = Vec::new();
    let files = files.into_inner().unwrap_or_default();
    for file in files.into_iter().flat_map(OutputFile::into_files) {
        let bytes = match file.content {
            Content::Bytes(bytes) => bytes,
            Content::Files(_) => continue,
            Content::Copy(source) => {
                std::fs::read(&source).map_err(|e| format!("{}: {e}", file.path))?
            }
        };
        out.push((file.path, bytes));
    }
    out.sort();
    Ok(out)
}

/// What a rebuild of `Live` changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveChange {
    /// Output paths new or changed, sorted.
    pub written: Vec<String>,
    /// Output paths gone, sorted.
    pub removed: Vec<String>,
    /// The ids of the warnings of the rebuild.
    pub warnings: Vec<String>,
}
