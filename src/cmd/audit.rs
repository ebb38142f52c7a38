use std::path::PathBuf;
use std::process::ExitCode;

use cookiedoc::Error;
use cookiedoc::audit::Progress;
use cookiedoc::diagnostic::terminal_safe;

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
    /// they store. Gives no consent unless --consent says so.
    #[arg(long, value_name = "URL")]
    scan: Option<String>,
    /// Click the banner's "Reject all" or "Accept all" on the first page, then audit what is
    /// stored after the choice (vanilla-cookieconsent's buttons unless --consent-selector).
    #[arg(long, value_enum, value_name = "CHOICE", requires = "scan")]
    consent: Option<ConsentChoice>,
    /// The CSS selector of the banner's button to click for --consent.
    #[arg(long, value_name = "CSS", requires = "consent")]
    consent_selector: Option<String>,
    /// How many pages a scan visits at most.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pages: usize,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Treat warnings as errors.
    #[arg(long)]
    strict: bool,
}

/// The choice a scan makes in the site's banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum ConsentChoice {
    /// "Reject all": afterwards nothing of a category that needs consent may be stored.
    Reject,
    /// "Accept all": afterwards everything stored must be declared.
    Accept,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    use cookiedoc::audit::consent::{Action, Consent};
    let consent = args.consent.map(|choice| Consent {
        action: match choice {
            ConsentChoice::Reject => Action::Reject,
            ConsentChoice::Accept => Action::Accept,
        },
        selector: args.consent_selector,
    });
    let options = cookiedoc::audit::Options {
        config: args.config,
        evidence: args.evidence,
        scan: args.scan,
        pages: args.pages,
        consent,
        progress: (verbosity >= Verbosity::Normal).then_some(say_progress as Progress),
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

/// A line of the audit's progress on stderr, with anything a terminal would obey escaped: page
/// addresses and file names come from the audited site and the evidence.
fn say_progress(line: &str) {
    eprintln!("{}", terminal_safe(line));
}
