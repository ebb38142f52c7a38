use std::path::PathBuf;
use std::process::ExitCode;

use cookiedoc::Error;

use super::Verbosity;
use super::output::{say, say_read_path};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
    config: PathBuf,
    /// The database's CSV file (open-cookie-database.csv).
    #[arg(long = "open-cookie-database", value_name = "FILE", required = true)]
    database: PathBuf,
    /// Choose among entries of the same name from several platforms.
    #[arg(long, value_name = "PLATFORM")]
    platform: Option<String>,
    /// Cookie names as set on the site (`_ga_ABC123` finds `_ga_*`).
    #[arg(value_name = "NAME", required = true)]
    names: Vec<String>,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    let options = cookiedoc::import::Options {
        config: args.config.clone(),
        database: args.database,
        names: args.names,
        platform: args.platform,
    };
    let imported = cookiedoc::import::import(&options)?;
    say_read_path(verbosity, &options.database);
    say_read_path(verbosity, &options.config);
    if verbosity >= Verbosity::Normal {
        for warning in &imported.warnings {
            eprintln!("warning: {warning}");
        }
    }
    for added in &imported.added {
        say(
            verbosity,
            format!("added {added} to {}", args.config.display()),
        );
    }
    Ok(ExitCode::SUCCESS)
}
