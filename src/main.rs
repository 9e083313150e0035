//! The `lapa` binary: parses the command line, runs the command, exits with its outcome
//! (0 success, 1 content errors, 2 wrong usage).

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match lapa::cli::parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    ExitCode::from(lapa::cli::run(cli).exit_code())
}
