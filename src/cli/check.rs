//! `lapa check`: the build's validation plus the whole-site checks, writing nothing;
//! problems grouped by file (human) or one JSON object per line (json), then the count of
//! errors and warnings. Exit 1 on errors, or on warnings with `--strict`.

use super::{CheckArgs, Format, Outcome};
use crate::check::check;
use crate::diagnostics::{self, MessageLanguage, Messages};
use std::io::IsTerminal;

/// Checks the site and prints what is wrong.
pub(super) fn run(args: CheckArgs, language: MessageLanguage) -> Outcome {
    let messages = Messages::new(language);
    let options = match super::build::site_options(args.site, &messages) {
        Ok(options) => options,
        Err(outcome) => return outcome,
    };
    let color = std::io::stderr().is_terminal();
    let spinner = (color && args.format == Format::Human).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_message(messages.get("building", &[]).unwrap_or_default());
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let report = check(&options);
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    let problems = &report.problems;
    match args.format {
        Format::Human => eprint!(
            "{}",
            diagnostics::render_all(problems, &report.texts, &messages, color)
        ),
        Format::Json => print!(
            "{}",
            diagnostics::json_lines(problems, &report.texts, &messages)
        ),
    }
    if args.format == Format::Human {
        for line in missing_translations(problems, &messages) {
            eprintln!("{line}");
        }
    }
    let pages = [("pages", report.pages.to_string())];
    eprintln!("{}", messages.get("checked", &pages).unwrap_or_default());
    eprintln!("{}", diagnostics::summary_line(problems, &messages));
    if diagnostics::has_errors(problems) {
        Outcome::ContentErrors
    } else if args.strict && !problems.is_empty() {
        eprintln!("{}", messages.get("check-strict", &[]).unwrap_or_default());
        Outcome::ContentErrors
    } else {
        Outcome::Success
    }
}

/// How many pages lack a translation, per language: `Missing translations in en: 3 pages.`
fn missing_translations(problems: &[diagnostics::Diagnostic], messages: &Messages) -> Vec<String> {
    let mut by_language: std::collections::BTreeMap<&str, usize> = Default::default();
    for p in problems.iter().filter(|p| p.id == "translation-missing") {
        if let Some(lang) = p.arg("lang") {
            *by_language.entry(lang).or_default() += 1;
        }
    }
    by_language
        .into_iter()
        .filter_map(|(lang, n)| {
            let args = [("lang", lang.to_string()), ("pages", n.to_string())];
            messages.get("check-missing-translations", &args)
        })
        .collect()
}
