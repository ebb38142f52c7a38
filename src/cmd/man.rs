use std::process::ExitCode;

use clap::CommandFactory;
use cookiedoc::Error;

use super::Cli;
use super::output::write_stdout;

pub fn run() -> Result<ExitCode, Error> {
    let page = clap_mangen::Man::new(Cli::command());
    let mut out = Vec::new();
    page.render(&mut out)
        .map_err(Error::io("write", std::path::Path::new("-")))?;
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
