use std::process::ExitCode;

use clap::CommandFactory;
use cookiedoc::Error;

use super::Cli;
use super::output::write_stdout;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "cookiedoc", &mut script);
    write_stdout(&script)?;
    Ok(ExitCode::SUCCESS)
}
