//! The `lapa` binary: parses the command line, runs the command, exits with its outcome
//! (0 success, 1 content errors, 2 wrong usage).

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(lapa::cli::main())
}
