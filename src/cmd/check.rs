use std::path::PathBuf;
use std::process::ExitCode;

use cookiedoc::Error;

use super::build::Banner;
use super::output::{json_or_error, print_report, say_read};
use super::{Format, Verbosity};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
    config: PathBuf,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Treat warnings as errors.
    #[arg(long)]
    strict: bool,
    /// Check the site as built with this consent banner (`build --banner`).
    #[arg(long, value_enum, value_name = "BANNER")]
    banner: Option<Banner>,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    let options = cookiedoc::CheckOptions {
        banner: args.banner.map(Into::into),
    };
    let report = json_or_error(cookiedoc::check(&args.config, &options), args.format)?;
    say_read(verbosity, &report.sources);
    Ok(print_report(
        report,
        args.format,
        args.strict,
        "checked",
        verbosity,
    ))
}
