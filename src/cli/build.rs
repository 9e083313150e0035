//! `lapa build`: load → model → render → write, reporting every problem of the run.

use super::{BuildArgs, Outcome};
use crate::build::{BuildError, build_site};
use crate::diagnostics::{self, MessageLanguage, Messages};
use crate::options::{BuildOptions, resolve_now};
use std::io::IsTerminal;

/// Runs a build and prints what happened.
pub fn run(args: BuildArgs, language: MessageLanguage) -> Outcome {
    let messages = Messages::new(language);
    let now = match resolve_now(
        args.now.as_deref(),
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
    ) {
        Ok(now) => now,
        Err(e) => {
            eprintln!(
                "{}",
                messages
                    .get("usage-error", &[("details", e)])
                    .unwrap_or_default()
            );
            return Outcome::Usage;
        }
    };
    if let Some(url) = &args.base_url
        && crate::config::base_path_of(url).is_none()
    {
        let details =
            format!("--base-url {url}: expected an address such as https://www.example.lv/di/");
        eprintln!(
            "{}",
            messages
                .get("usage-error", &[("details", details)])
                .unwrap_or_default()
        );
        return Outcome::Usage;
    }
    let output = if args.output.is_absolute() {
        args.output.clone()
    } else {
        args.root.join(&args.output)
    };
    let options = BuildOptions {
        root: args.root,
        output,
        base_url: args.base_url,
        drafts: args.drafts,
        now,
        threads: args.threads,
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
                    diagnostics::render_all(&warnings, &options.root, &messages, color)
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
        Err(BuildError::Content(mut problems)) => {
            diagnostics::sort(&mut problems);
            eprint!(
                "{}",
                diagnostics::render_all(&problems, &options.root, &messages, color)
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
                diagnostics::render_all(&[d], &options.root, &messages, color)
            );
            Outcome::Usage
        }
        Err(BuildError::Write(e)) => {
            let args = [
                ("path", e.path.display().to_string()),
                ("details", e.error.to_string()),
            ];
            eprintln!(
                "{}",
                messages.get("write-failed", &args).unwrap_or_default()
            );
            eprintln!(
                "{}",
                messages.get("output-untouched", &[]).unwrap_or_default()
            );
            Outcome::ContentErrors
        }
    }
}
