//! The `cookiedoc` command: parse the command line, run the command, exit with its status.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `--help` and `--version` end here, before anything is set up.
    let cli = cmd::Cli::parse();
    cmd::memory::tune();
    // The library's parallel work runs on rayon's global pool: its threads are set up here.
    let _ = rayon::ThreadPoolBuilder::new()
        .start_handler(|_| cmd::memory::tune_worker_thread())
        .build_global();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(error) => {
            cmd::output::print_error(&error);
            ExitCode::from(1)
        }
    }
}
