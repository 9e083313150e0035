//! What `serve` prints: the first build and each rebuild as one short line (what changed,
//! how long it took), problems exactly as `build` prints them, and that the last good
//! build is still served after a failure. Warnings are printed when they differ from the
//! last ones printed, not again after every save.

use super::overlay::{Overlay, overlay};
use crate::build::BuildError;
use crate::build::live::Change;
use crate::diagnostics::{self, Diagnostic, MessageLanguage, Messages, SourceTexts};
use std::cell::RefCell;
use std::path::PathBuf;
use std::time::Duration;

/// Prints in the message language.
pub(crate) struct Reporter {
    messages: Messages,
    lang: &'static str,
    color: bool,
    /// The warnings last printed, as printed.
    warned: RefCell<String>,
}

impl Reporter {
    /// A reporter in `language`, with colours when `color`.
    pub(crate) fn new(language: MessageLanguage, color: bool) -> Self {
        let lang = match language {
            MessageLanguage::En => "en",
            MessageLanguage::Lv => "lv",
        };
        Self {
            messages: Messages::new(language),
            lang,
            color,
            warned: RefCell::new(String::new()),
        }
    }

    /// The messages, for words that are not a report.
    pub(crate) fn messages(&self) -> &Messages {
        &self.messages
    }

    /// The code of the message language (`lv`, `en`).
    pub(crate) fn lang(&self) -> &'static str {
        self.lang
    }

    /// One line of progress, on standard output.
    pub(crate) fn say(&self, id: &str, args: &[(&str, String)]) {
        println!("{}", self.messages.get(id, args).unwrap_or_default());
    }

    /// A problem of the command (not of the site), as `build` prints it.
    pub(crate) fn problem(&self, problem: Diagnostic) {
        eprint!(
            "{}",
            diagnostics::render_all(
                &[problem],
                &SourceTexts::default(),
                &self.messages,
                self.color
            )
        );
    }

    /// The first build succeeded.
    pub(crate) fn built(&self, change: Change, elapsed: Duration) {
        self.warnings(change.warnings, &change.texts);
        let args = [
            ("files", change.written.len().to_string()),
            ("ms", elapsed.as_millis().to_string()),
        ];
        self.say("serve-built", &args);
    }

    /// A rebuild after `changed` succeeded.
    pub(crate) fn rebuilt(&self, changed: &[PathBuf], change: Change, elapsed: Duration) {
        let written = change.written.len() + change.removed.len();
        self.warnings(change.warnings, &change.texts);
        let args = [
            ("changed", changed_list(changed)),
            ("written", written.to_string()),
            ("ms", elapsed.as_millis().to_string()),
        ];
        self.say("serve-rebuilt", &args);
    }

    /// A build failed: its problems as `build` prints them, and whether a last good build
    /// is still served (`kept`). Returns what the overlay shows, when the site is at fault.
    pub(crate) fn failed(
        &self,
        changed: &[PathBuf],
        error: BuildError,
        kept: bool,
    ) -> Option<Overlay> {
        if !changed.is_empty() {
            self.say(
                "serve-rebuild-failed",
                &[("changed", changed_list(changed))],
            );
        }
        let shown = match error {
            BuildError::Content(mut problems, texts) => {
                // The warnings come again with the next good build.
                self.warned.borrow_mut().clear();
                diagnostics::sort(&mut problems);
                eprint!(
                    "{}",
                    diagnostics::render_all(&problems, &texts, &self.messages, self.color)
                );
                eprintln!("{}", diagnostics::summary_line(&problems, &self.messages));
                Some(overlay(&problems, &texts, &self.messages, self.lang))
            }
            BuildError::Usage(problem) => {
                let texts = SourceTexts::default();
                let shown = overlay(
                    std::slice::from_ref(&problem),
                    &texts,
                    &self.messages,
                    self.lang,
                );
                self.problem(problem);
                Some(shown)
            }
            BuildError::Write(e) => {
                let args = [
                    ("path", e.path.display().to_string()),
                    ("details", e.error.to_string()),
                ];
                let text = self.messages.get("write-failed", &args);
                eprintln!("{}", text.unwrap_or_default());
                None
            }
        };
        self.say(
            if kept {
                "serve-kept"
            } else {
                "serve-not-built"
            },
            &[],
        );
        shown
    }

    fn warnings(&self, mut warnings: Vec<Diagnostic>, texts: &SourceTexts) {
        diagnostics::sort(&mut warnings);
        let text = diagnostics::render_all(&warnings, texts, &self.messages, self.color);
        if *self.warned.borrow() != text {
            eprint!("{text}");
            *self.warned.borrow_mut() = text;
        }
    }
}

/// The changed source paths as one line: the first three, then "…" and how many more.
fn changed_list(changed: &[PathBuf]) -> String {
    let mut shown: Vec<String> = changed
        .iter()
        .take(3)
        .map(|p| diagnostics::display_path(p))
        .collect();
    if changed.len() > 3 {
        shown.push(format!("… (+{})", changed.len() - 3));
    }
    shown.join(", ")
}
