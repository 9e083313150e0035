//! Command-line arguments (clap) and the commands they run. Each command returns an
//! `Outcome`; `main` turns it into the exit code.

mod build;
mod serve;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: the site's content has errors.
    ContentErrors,
    /// Exit 2: the command was used wrongly.
    Usage,
}

impl Outcome {
    /// The process exit code.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::ContentErrors => 1,
            Outcome::Usage => 2,
        }
    }
}

/// lapa: the static site generator of the Latgale DI project's website.
#[derive(Debug, Parser)]
#[command(name = "lapa", version, about)]
pub struct Cli {
    /// Language of lapa's own messages: lv or en (default: from LANG, else English).
    #[arg(long, global = true, value_name = "lv|en")]
    lang: Option<String>,
    /// What to do.
    #[command(subcommand)]
    command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build(BuildArgs),
    /// Build the site in memory, serve it on this computer and rebuild it on every change.
    Serve(ServeArgs),
}

/// Options of `build`.
#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// The site folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The output folder (relative paths are relative to the site folder).
    #[arg(long, default_value = "public")]
    output: PathBuf,
    /// Overrides base_url in site.yaml (for staging copies).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// The build's notion of now, YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH or the clock).
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM")]
    now: Option<String>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

/// Options of `serve`.
#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// The site folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The port to listen on (0: any free port, printed when serving starts).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// The address to listen on; anything but 127.0.0.1 or ::1 lets other computers in.
    #[arg(long, value_name = "IP", default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Serve the site under this address's path (as published in a sub-folder).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// The build's notion of now, YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH or the clock).
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM")]
    now: Option<String>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

/// Parses the command line, with the help texts of the commands that have them in lapa's
/// message language (`--lang`, else `LANG`); clap's own words stay English.
pub fn parse() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = args.iter().enumerate().find_map(|(i, arg)| {
        let arg = arg.to_str()?;
        match arg.strip_prefix("--lang=") {
            Some(value) => Some(value.to_string()),
            None if arg == "--lang" => Some(args.get(i + 1)?.to_str()?.to_string()),
            None => None,
        }
    });
    let language = crate::options::message_language(lang.as_deref());
    let messages = crate::diagnostics::Messages::new(language);
    let command = Cli::command().mut_subcommand("serve", |c| serve::help(c, &messages));
    let matches = command.try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Outcome {
    let language = crate::options::message_language(cli.lang.as_deref());
    match cli.command {
        Command::Build(args) => build::run(args, language),
        Command::Serve(args) => serve::run(args, language),
    }
}
