//! The `cookiedoc` command: parse the command line, run the command, exit with its status.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    match cmd::run(cmd::Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            cmd::output::print_error(&error);
            ExitCode::from(1)
        }
    }
}
