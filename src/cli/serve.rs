//! `lapa serve`: the command's options checked and turned into the server's settings;
//! the serving itself is the `serve` stage's.

use super::{Outcome, ServeArgs};
use crate::diagnostics::{Diagnostic, MessageLanguage};
use crate::options::{BuildOptions, resolve_now};
use crate::serve::{self, Reporter, Settings};
use std::io::IsTerminal;
use std::net::SocketAddr;

/// Builds the site, serves it and rebuilds it on every change, until stopped.
pub(super) fn run(args: ServeArgs, language: MessageLanguage) -> Outcome {
    let reporter = Reporter::new(language, std::io::stderr().is_terminal());
    let now = match resolve_now(
        args.now.as_deref(),
        std::env::var("SOURCE_DATE_EPOCH").ok().as_deref(),
    ) {
        Ok(now) => now,
        Err(problem) => {
            reporter.problem(problem);
            return Outcome::Usage;
        }
    };
    // `--base-url` gives the path the site is served under (a site published in a
    // sub-folder can be tried out in one); its host is always this server.
    let prefix = match &args.base_url {
        Some(url) => match crate::config::base_path_of(url) {
            Some(path) => path,
            None => {
                reporter.problem(Diagnostic::error("serve-base-url-bad").with("url", url));
                return Outcome::Usage;
            }
        },
        None => "/".to_string(),
    };
    if let Some(problem) = super::root_problem(&args.root) {
        reporter.problem(problem);
        return Outcome::Usage;
    }
    let address = SocketAddr::new(args.bind, args.port);
    if !args.bind.is_loopback() {
        reporter.problem(Diagnostic::warning("serve-bind-public").with("address", address));
    }
    let listener = match serve::bind(address) {
        Ok(listener) => listener,
        Err(problem) => {
            reporter.problem(problem);
            return Outcome::Usage;
        }
    };
    let options = BuildOptions {
        output: args.root.join("public"),
        root: args.root,
        base_url: Some(serve::local_url(&listener, &prefix)),
        drafts: args.drafts,
        now,
        threads: args.threads,
    };
    let settings = Settings {
        options,
        listener,
        prefix,
    };
    match serve::run(settings, reporter) {
        Ok(()) => Outcome::Success,
        Err(problem) => {
            Reporter::new(language, std::io::stderr().is_terminal()).problem(problem);
            Outcome::Usage
        }
    }
}
