use std::path::PathBuf;
use std::process::ExitCode;

use cookiedoc::Error;

use super::output::{json_or_error, print_report};
use super::{Format, Verbosity};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
    config: PathBuf,
    /// HAR files, website-evidence-collector cookies.yml or local-storage.yml, Netscape
    /// cookies.txt.
    #[arg(value_name = "EVIDENCE")]
    evidence: Vec<PathBuf>,
    /// Load this URL and the same-site pages it links in headless Chromium, and audit what
    /// they store. Never gives consent.
    #[arg(long, value_name = "URL")]
    scan: Option<String>,
    /// How many pages a scan visits at most.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pages: usize,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Treat warnings as errors.
    #[arg(long)]
    strict: bool,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    let options = cookiedoc::audit::Options {
        config: args.config,
        evidence: args.evidence,
        scan: args.scan,
        pages: args.pages,
        progress: verbosity >= Verbosity::Normal,
    };
    let report = json_or_error(cookiedoc::audit::run(&options), args.format)?;
    Ok(print_report(
        report,
        args.format,
        args.strict,
        "audited",
        verbosity,
    ))
}
