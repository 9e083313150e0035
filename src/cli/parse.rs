//! Parses the command line, with every text a person reads in the message language:
//! `--help` (descriptions of commands and options, headings, the usage line) and the
//! mistakes clap finds (an unknown option or command, a missing or bad value), all from
//! lapa's own Fluent messages. The message language is known before parsing: from
//! `--lang` wherever it stands, else the environment.
//!
//! Each command's description is the message `cli-<path>-about` and each option's
//! `cli-<path>-<id>`, falling back to `cli-arg-<id>` for options that mean the same in
//! every command (`cli-new-news-section`, `cli-arg-root`); `<path>` joins the
//! subcommand names with `-`, and the top level is `cli`. `cli-value-<id>` names an
//! option's value in the usage line (`<VIRSRAKSTS>`).

use super::{Cli, Outcome};
use crate::diagnostics::{self, Diagnostic, Messages, SourceTexts};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// The parsed command line, or how the run ends (help and
/// version printed: success; a mistake reported: usage).
pub(super) fn parse(args: Vec<OsString>) -> Result<Cli, Outcome> {
    let language = crate::options::message_language(lang_flag(&args).as_deref());
    let messages = Messages::new(language);
    let mut command = localized(Cli::command(), &messages, "");
    let matches = match command.try_get_matches_from_mut(args) {
        Ok(matches) => matches,
        Err(e) => return Err(report(&e, &mut command, &messages)),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => Ok(cli),
        Err(e) => Err(report(&e, &mut command, &messages)),
    }
}

/// `--lang X` or `--lang=X`, wherever it stands.
fn lang_flag(args: &[OsString]) -> Option<String> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (*arg == "--lang").then(|| args.get(i + 1).map(|s| s.to_string()))?)
    })
}

/// The message of a command (`path`: `""` for the top level, `build`, `new-news`).
fn text_of(messages: &Messages, path: &str, what: &str) -> Option<String> {
    let id = if path.is_empty() {
        format!("cli-{what}")
    } else {
        format!("cli-{path}-{what}")
    };
    messages.get(&id, &[])
}

/// The command with its descriptions, headings and help flags in the message language.
fn localized(command: Command, messages: &Messages, path: &str) -> Command {
    let get = |id: &str| messages.get(id, &[]).unwrap_or_default();
    let mut command = command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            get("cli-usage")
        ))
        .subcommand_help_heading(get("cli-heading-commands"))
        .subcommand_value_name(get("cli-value-command"))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(get("cli-help")),
        );
    if path.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(get("cli-version")),
        );
    }
    if let Some(about) = text_of(messages, path, "about") {
        command = command.about(about);
    }
    let (options, arguments) = (get("cli-heading-options"), get("cli-heading-arguments"));
    command = command.mut_args(|arg| {
        let id = arg.get_id().as_str().to_string();
        let help =
            text_of(messages, path, &id).or_else(|| messages.get(&format!("cli-arg-{id}"), &[]));
        let heading = if arg.is_positional() {
            arguments.clone()
        } else {
            options.clone()
        };
        // Defaults are said in the descriptions, in the message language.
        let mut arg = arg.help_heading(heading).hide_default_value(true);
        if let Some(name) = messages.get(&format!("cli-value-{id}"), &[]) {
            arg = arg.value_name(name);
        }
        match help {
            Some(help) => arg.help(help),
            None => arg,
        }
    });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |sub| localized(sub, messages, &sub_path));
    }
    command
}

/// Prints what clap found: help or version (success), else the mistake in the message
/// language with the usage line (exit 2).
fn report(error: &clap::Error, command: &mut Command, messages: &Messages) -> Outcome {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return Outcome::Success;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = error.print();
            return Outcome::Usage;
        }
        _ => {}
    }
    let context = |kind: ContextKind| -> String {
        match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(list)) => list.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(list)) => list
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            Some(ContextValue::Bool(b)) => b.to_string(),
            _ => String::new(),
        }
    };
    // A choice a message selects on: "none" when clap has nothing to say.
    let or_none = |text: String| {
        if text.is_empty() {
            "none".to_string()
        } else {
            text
        }
    };
    let problem = match error.kind() {
        ErrorKind::UnknownArgument => Diagnostic::error("cli-unknown-argument")
            .with("arg", context(ContextKind::InvalidArg))
            .with("suggestion", or_none(context(ContextKind::SuggestedArg))),
        ErrorKind::InvalidSubcommand => Diagnostic::error("cli-unknown-command")
            .with("command", context(ContextKind::InvalidSubcommand))
            .with(
                "suggestion",
                or_none(context(ContextKind::SuggestedSubcommand)),
            ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            Diagnostic::error("cli-invalid-value")
                .with("arg", context(ContextKind::InvalidArg))
                .with("value", context(ContextKind::InvalidValue))
                .with("valid", or_none(context(ContextKind::ValidValue)))
        }
        ErrorKind::MissingRequiredArgument => {
            Diagnostic::error("cli-missing").with("args", context(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => Diagnostic::error("cli-conflict")
            .with("arg", context(ContextKind::InvalidArg))
            .with("other", context(ContextKind::PriorArg)),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            Diagnostic::error("cli-values")
                .with("arg", context(ContextKind::InvalidArg))
                .with("value", context(ContextKind::InvalidValue))
        }
        _ => {
            // A kind lapa's options cannot cause: clap's own words, first line.
            let text = error.render().to_string();
            let first = text.lines().next().unwrap_or_default();
            let first = first.strip_prefix("error: ").unwrap_or(first).to_string();
            Diagnostic::error("cli-other").with("details", first)
        }
    };
    let color = std::io::IsTerminal::is_terminal(&std::io::stderr());
    eprint!(
        "{}",
        diagnostics::render_all(&[problem], &SourceTexts::default(), messages, color)
    );
    let usage = context(ContextKind::Usage);
    let usage = if usage.is_empty() {
        command.render_usage().to_string()
    } else {
        usage
    };
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").map_or(usage.to_string(), |u| {
        format!(
            "{} {}",
            messages.get("cli-usage", &[]).unwrap_or_default(),
            u.trim()
        )
    });
    eprintln!("{usage}");
    Outcome::Usage
}

/// Every command path and option id of the command line, with the message each needs,
/// for the test that both languages have them all: `(path, option id or "about")`.
#[cfg(test)]
pub(super) fn needed() -> Vec<(String, String)> {
    fn walk(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((path.to_string(), "about".to_string()));
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if id != "help" && id != "version" {
                out.push((path.to_string(), id.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            let sub_path = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            walk(sub, &sub_path, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::MessageLanguage;

    #[test]
    fn every_command_and_option_is_described_in_both_languages() {
        for language in [MessageLanguage::En, MessageLanguage::Lv] {
            let messages = Messages::new(language);
            let missing: Vec<String> = needed()
                .into_iter()
                .filter(|(path, id)| {
                    text_of(&messages, path, id).is_none()
                        && (id == "about" || messages.get(&format!("cli-arg-{id}"), &[]).is_none())
                })
                .map(|(path, id)| format!("{path}:{id}"))
                .collect();
            assert!(missing.is_empty(), "{language:?} lacks: {missing:?}");
        }
    }

    #[test]
    fn the_language_flag_is_found_anywhere() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["lapa", "build", "--lang", "lv"])).as_deref(),
            Some("lv")
        );
        assert_eq!(
            lang_flag(&args(&["lapa", "--lang=en", "build"])).as_deref(),
            Some("en")
        );
        assert_eq!(lang_flag(&args(&["lapa", "build"])), None);
    }
}
