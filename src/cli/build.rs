//! `lapa build`: load → model → render → write, reporting every problem of the run.

use super::{BuildArgs, Outcome};
use crate::build::{BuildError, build_site};
use crate::diagnostics::{self, Diagnostic, MessageLanguage, Messages, SourceTexts};
use crate::options::{BuildOptions, resolve_now};
use crate::write::{self, WriteProblem};
use std::io::IsTerminal;

/// Prints a usage error (exit 2): a problem with the folders given, not the site.
pub(super) fn usage(problem: Diagnostic, messages: &Messages) -> Outcome {
    let color = std::io::stderr().is_terminal();
    eprint!(
        "{}",
        diagnostics::render_all(&[problem], &SourceTexts::default(), messages, color)
    );
    Outcome::Usage
}

/// The settings every command that renders the site shares (`build`, `check`): "now",
/// the base URL and the site folder checked, the output folder resolved against it.
/// A wrong one is reported here (exit 2).
pub(super) fn site_options(args: BuildArgs, messages: &Messages) -> Result<BuildOptions, Outcome> {
    let now = match resolve_now(
        args.now.as_deref(),
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
    ) {
        Ok(now) => now,
        Err(problem) => return Err(usage(problem, messages)),
    };
    if let Some(url) = &args.base_url
        && crate::config::base_path_of(url).is_none()
    {
        let problem = Diagnostic::error("base-url-invalid").with("url", url);
        return Err(usage(problem, messages));
    }
    if let Some(problem) = super::root_problem(&args.root) {
        return Err(usage(problem, messages));
    }
    let output = if args.output.is_absolute() {
        args.output.clone()
    } else {
        args.root.join(&args.output)
    };
    Ok(BuildOptions {
        root: args.root,
        output,
        base_url: args.base_url,
        drafts: args.drafts,
        now,
        threads: args.threads,
    })
}

/// Runs a build and prints what happened.
pub(super) fn run(args: BuildArgs, language: MessageLanguage) -> Outcome {
    let messages = Messages::new(language);
    let options = match site_options(args, &messages) {
        Ok(options) => options,
        Err(outcome) => return outcome,
    };
    let output = options.output.clone();
    // The output folder must be one lapa may replace, checked before the lock so that a
    // refused folder gets no lock file beside it, and again under the lock by
    // `build_site`.
    if let Err(unsafe_output) = write::check_output_folder(&options.root, &output) {
        return usage(unsafe_output.diagnostic(), &messages);
    }
    if let Some(file) = write::file_in_the_way(&output) {
        let problem = Diagnostic::error("output-path-blocked")
            .with("output", write::place(&output).folder.display())
            .with("file", file.display());
        return usage(problem, &messages);
    }
    if let Err(folder) = write::check_replaceable(&write::place(&output)) {
        let problem = Diagnostic::error("output-read-only")
            .with("output", write::place(&output).folder.display())
            .with("folder", folder.display());
        return usage(problem, &messages);
    }
    // One build at a time writes an output folder; a second one waits (the lock is the
    // OS's, released when this process ends in any way).
    let _lock = match write::lock(&output, |folder| {
        let args = [("output", folder.display().to_string())];
        eprintln!(
            "{}",
            messages.get("output-waiting", &args).unwrap_or_default()
        );
    }) {
        Ok(lock) => lock,
        Err(error) => {
            let problem = Diagnostic::error("output-unwritable")
                .with("output", write::place(&output).folder.display())
                .with("details", error);
            return usage(problem, &messages);
        }
    };
    let color = std::io::stderr().is_terminal();
    // A spinner on a terminal, so that a long build shows it is alive; nothing otherwise.
    let spinner = color.then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message(messages.get("building", &[]).unwrap_or_default());
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let result = build_site(&options);
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    match result {
        Ok(report) => {
            let mut warnings = report.warnings;
            diagnostics::sort(&mut warnings);
            if !warnings.is_empty() {
                eprint!(
                    "{}",
                    diagnostics::render_all(&warnings, &report.texts, &messages, color)
                );
            }
            let args = [
                ("pages", report.pages.to_string()),
                ("files", report.files.to_string()),
                ("written", report.stats.written.to_string()),
                ("ms", report.elapsed.as_millis().to_string()),
                ("output", options.output.display().to_string()),
            ];
            println!("{}", messages.get("built", &args).unwrap_or_default());
            Outcome::Success
        }
        Err(BuildError::Content(mut problems, texts)) => {
            diagnostics::sort(&mut problems);
            eprint!(
                "{}",
                diagnostics::render_all(&problems, &texts, &messages, color)
            );
            eprintln!("{}", diagnostics::summary_line(&problems, &messages));
            eprintln!(
                "{}",
                messages.get("output-untouched", &[]).unwrap_or_default()
            );
            Outcome::ContentErrors
        }
        Err(BuildError::Usage(d)) => {
            eprint!(
                "{}",
                diagnostics::render_all(&[d], &SourceTexts::default(), &messages, color)
            );
            Outcome::Usage
        }
        Err(BuildError::Write(e)) => {
            let outcome = match &e.kind {
                WriteProblem::Reading => {
                    let args = [
                        ("path", e.path.display().to_string()),
                        ("details", e.error.to_string()),
                    ];
                    eprintln!(
                        "{}",
                        messages.get("write-failed", &args).unwrap_or_default()
                    );
                    Outcome::ContentErrors
                }
                WriteProblem::ReadOnly(folder) => usage(
                    Diagnostic::error("output-read-only")
                        .with("output", e.path.display())
                        .with("folder", folder.display()),
                    &messages,
                ),
                WriteProblem::Output => usage(
                    Diagnostic::error("output-unwritable")
                        .with("output", e.path.display())
                        .with("details", &e.error),
                    &messages,
                ),
            };
            eprintln!(
                "{}",
                messages.get("output-untouched", &[]).unwrap_or_default()
            );
            outcome
        }
    }
}
