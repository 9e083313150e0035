//! `lapa new`: starts a news item, an event or a page (see `scaffold`) and prints the
//! files made.

use super::{NewArgs, NewWhat, Outcome};
use crate::diagnostics::{self, Diagnostic, MessageLanguage, Messages, SourceTexts};
use crate::options::resolve_now;
use crate::scaffold::{self, Kind, Request};
use std::io::IsTerminal;

/// Runs `new` and prints what it made.
pub(super) fn run(args: NewArgs, language: MessageLanguage) -> Outcome {
    let messages = Messages::new(language);
    let color = std::io::stderr().is_terminal();
    let report = |problem: Diagnostic, texts: &SourceTexts, outcome: Outcome| {
        eprint!(
            "{}",
            diagnostics::render_all(&[problem], texts, &messages, color)
        );
        outcome
    };
    let date = match resolve_now(
        args.now.as_deref(),
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
    ) {
        Ok(now) => now.date(),
        Err(problem) => return report(problem, &SourceTexts::default(), Outcome::Usage),
    };
    if let Some(problem) = super::root_problem(&args.root) {
        return report(problem, &SourceTexts::default(), Outcome::Usage);
    }
    let (kind, title, section) = match args.what {
        NewWhat::News { title, section } => (Kind::News, title, section),
        NewWhat::Event { title, section } => (Kind::Event, title, section),
        NewWhat::Page { section, title } => (Kind::Page(section), title, None),
    };
    // The site's settings and sections; problems elsewhere in the site are not `new`'s
    // business (`build` and `check` report them), unless site.yaml cannot be used.
    let sources = match crate::load::load(&args.root, None) {
        Ok((sources, _)) => sources,
        Err((mut problems, texts)) => {
            diagnostics::sort(&mut problems);
            eprint!(
                "{}",
                diagnostics::render_all(&problems, &texts, &messages, color)
            );
            return Outcome::ContentErrors;
        }
    };
    let request = Request {
        kind,
        title,
        section,
        date,
    };
    match scaffold::create(&args.root, &sources.config, &sources.documents, &request) {
        Ok(made) => {
            for path in made {
                let path = diagnostics::display_path(&path);
                let text = messages
                    .get("new-created", &[("path", path)])
                    .unwrap_or_default();
                println!("{text}");
            }
            println!("{}", messages.get("new-next", &[]).unwrap_or_default());
            Outcome::Success
        }
        Err(problem) => {
            let outcome = if scaffold::is_usage(&problem) {
                Outcome::Usage
            } else {
                Outcome::ContentErrors
            };
            report(problem, &SourceTexts::default(), outcome)
        }
    }
}
