//! Command-line arguments (clap) and the commands they run. Each command returns an
//! `Outcome`; `main` turns it into the exit code.

mod build;
mod check;
mod new;
mod parse;
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
    /// Check the site (links, anchors, translations, accessibility) without writing.
    Check(CheckArgs),
    /// Start a news item, an event or a page: one file per language, front matter filled in.
    New(NewArgs),
    /// Build the site in memory, serve it on this computer and rebuild it on every change.
    Serve(ServeArgs),
}

/// Options of `check`: those of `build` (the output folder is not written), and how
/// strictly and in what form to report.
#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// The site and the build's settings.
    #[command(flatten)]
    site: BuildArgs,
    /// Warnings count as errors (exit 1).
    #[arg(long)]
    strict: bool,
    /// How problems are printed: human (by file, with snippets) or json (one object a line).
    #[arg(long, value_enum, default_value = "human", hide_possible_values = true)]
    format: Format,
}

/// The form of `check`'s report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For people: grouped by file, with source snippets.
    Human,
    /// JSON Lines: one object per problem.
    Json,
}

/// Options of `new`.
#[derive(Debug, clap::Args)]
struct NewArgs {
    /// What to start.
    #[command(subcommand)]
    what: NewWhat,
    /// The site folder.
    #[arg(long, default_value = ".", global = true)]
    root: PathBuf,
    /// The date to give it, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH or today).
    #[arg(long, value_name = "YYYY-MM-DD", global = true)]
    now: Option<String>,
}

/// What `new` starts.
#[derive(Debug, Subcommand)]
enum NewWhat {
    /// A dated news item in the news section: `lapa new news "Virsraksts"`.
    News {
        /// The title, in the site's default language.
        title: String,
        /// The news section, when the site has more than one.
        #[arg(long, value_name = "SECTION")]
        section: Option<String>,
    },
    /// An event in the events section: `lapa new event "Virsraksts"`.
    Event {
        /// The title, in the site's default language.
        title: String,
        /// The events section, when the site has more than one.
        #[arg(long, value_name = "SECTION")]
        section: Option<String>,
    },
    /// A page in a section: `lapa new page izpratne "Virsraksts"` (`.` is the top level).
    Page {
        /// The section's folder under content/.
        section: String,
        /// The title, in the site's default language.
        title: String,
    },
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
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Serve the site under this address's path (as published in a sub-folder).
    #[arg(long)]
    base_url: Option<String>,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// The build's notion of now, YYYY-MM-DDTHH:MM (default: SOURCE_DATE_EPOCH or the clock).
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM")]
    now: Option<String>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
}

/// Parses the process's command line (in the message language) and runs it; the exit
/// code.
pub fn main() -> u8 {
    match parse::parse(std::env::args_os().collect()) {
        Ok(cli) => run(cli).exit_code(),
        Err(outcome) => outcome.exit_code(),
    }
}

/// The problem with `--root` when it is not a folder (a usage error of every command).
fn root_problem(root: &std::path::Path) -> Option<crate::diagnostics::Diagnostic> {
    if root.is_dir() {
        return None;
    }
    let id = if root.exists() {
        "root-not-folder"
    } else {
        "root-missing"
    };
    Some(crate::diagnostics::Diagnostic::error(id).with("root", root.display()))
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Outcome {
    let language = crate::options::message_language(cli.lang.as_deref());
    match cli.command {
        Command::Build(args) => build::run(args, language),
        Command::Check(args) => check::run(args, language),
        Command::New(args) => new::run(args, language),
        Command::Serve(args) => serve::run(args, language),
    }
}
