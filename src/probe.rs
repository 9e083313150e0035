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
    let now = crate::options::resolve_now(Some("2024-01-15T12:00"), None)?;
    let options = BuildOptions {
        root: root.to_path_buf(),
        output: root.join("public"),
        base_url: None,
        drafts: false,
        now,
        threads: Some(1),
    };
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    let pool = POOL.get_or_init(|| rayon::ThreadPoolBuilder::new().num_threads(1).build().ok());
    let render = || build::render_site(&options);
    let result = match pool {
        Some(pool) => pool.install(render),
        None => render(),
    };
    let (mut problems, texts, rendered) = match result {
        Ok(rendered) => (rendered.files.warnings, rendered.texts, true),
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
