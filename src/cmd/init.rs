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
    /// Also write the built-in templates, to customize; in a project that has a cookies.toml,
    /// write only them.
    #[arg(long)]
    templates: bool,
    /// Also write the built-in messages (.ftl), to customize or translate; in a project that has
    /// a cookies.toml, write only them.
    #[arg(long)]
    locales: bool,
    /// Overwrite files that exist (never an existing cookies.toml with --templates or --locales).
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
    let initialized = cookiedoc::init::init(&options)?;
    if let Some(registry) = &initialized.kept_registry {
        say(verbosity, format!("kept {} as it is", registry.display()));
    }
    for path in &initialized.written {
        say(verbosity, format!("wrote {}", path.display()));
    }
    if initialized.kept_registry.is_none() {
        say(
            verbosity,
            "next: edit cookies.toml, then `cookiedoc check` and `cookiedoc build`".into(),
        );
    }
    Ok(ExitCode::SUCCESS)
}
