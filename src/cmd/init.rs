use std::path::PathBuf;
use std::process::ExitCode;

use cookiedoc::Error;

use super::Verbosity;
use super::output::say;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write; the current folder by default.
    #[arg(default_value = ".", value_name = "DIR")]
    dir: PathBuf,
    /// Also write the built-in templates, to customize.
    #[arg(long)]
    templates: bool,
    /// Also write the built-in messages (.ftl), to customize or translate.
    #[arg(long)]
    locales: bool,
    /// Overwrite files that exist.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    let options = cookiedoc::init::Options {
        dir: args.dir,
        force: args.force,
        templates: args.templates,
        locales: args.locales,
    };
    for path in cookiedoc::init::init(&options)? {
        say(verbosity, format!("wrote {}", path.display()));
    }
    Ok(ExitCode::SUCCESS)
}
