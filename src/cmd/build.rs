use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use cookiedoc::Error;

use super::Verbosity;
use super::output::{color, print_some_warnings, say, say_read};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The registry; `templates/` and `locales/` are looked up beside it.
    #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
    config: PathBuf,
    /// The output folder, replaced whole by each build.
    #[arg(long, default_value = "dist", value_name = "DIR")]
    out: PathBuf,
    /// Build only this locale (repeatable); all of the site's locales by default.
    #[arg(long = "locale", value_name = "LANG")]
    locales: Vec<String>,
    /// Replace the output folder even if cookiedoc did not write it.
    #[arg(long)]
    force: bool,
    /// Also write a configuration for this consent banner, made from the same registry.
    #[arg(long, value_enum, value_name = "BANNER")]
    banner: Option<Banner>,
    /// The level (1 to 4) the headings of each fragment.html and fragment.md start at, to fit
    /// under the host page's own heading; overrides `[site] heading_level`.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=4))]
    heading_level: Option<u8>,
}

/// Consent banners cookiedoc can configure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Banner {
    /// orestbida/cookieconsent v3 (`CookieConsent.run(config)`).
    Cookieconsent,
}

impl From<Banner> for cookiedoc::export::Banner {
    fn from(banner: Banner) -> Self {
        match banner {
            Banner::Cookieconsent => cookiedoc::export::Banner::Cookieconsent,
        }
    }
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    let built = cookiedoc::build(
        &args.config,
        &args.out,
        &args.locales,
        args.force,
        args.banner.map(Into::into),
        args.heading_level,
    )
    .inspect_err(|error| {
        if let Error::Invalid(report) = error {
            say_read(verbosity, &report.sources);
        }
    })?;
    say_read(verbosity, &built.warnings.sources);
    if verbosity >= Verbosity::Normal {
        print_some_warnings(built.warnings, color());
    }
    if verbosity == Verbosity::Verbose {
        for file in &built.files {
            println!("wrote {}", args.out.join(file).display());
        }
    }
    say(
        verbosity,
        format!(
            "Built {} locale{} ({} files) into {}",
            built.locales,
            if built.locales == 1 { "" } else { "s" },
            built.files.len(),
            args.out.display()
        ),
    );
    Ok(ExitCode::SUCCESS)
}
