use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use cookiedoc::Error;
use cookiedoc::cli::{Cli, Command, Format};
use cookiedoc::diagnostic::Report;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            print_error(&error);
            ExitCode::from(1)
        }
    }
}

fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Build {
            config,
            out,
            locales,
            force,
            banner,
        } => {
            let built = cookiedoc::build(&config, &out, &locales, force, banner)?;
            eprint!("{}", built.warnings.render(color()));
            println!(
                "Built {} locale{} ({} files) into {}",
                built.locales,
                if built.locales == 1 { "" } else { "s" },
                built.files,
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            config,
            bind,
            port,
            open,
        } => {
            let options = cookiedoc::serve::Options {
                config,
                bind,
                port,
                open,
            };
            cookiedoc::serve::serve(options, color())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            config,
            format,
            strict,
        } => {
            let report = cookiedoc::check(&config)?;
            Ok(print_report(report, format, strict, "checked"))
        }
        Command::Audit {
            config,
            evidence,
            scan,
            pages,
            format,
            strict,
        } => {
            let options = cookiedoc::audit::Options {
                config,
                evidence,
                scan,
                pages,
            };
            let report = cookiedoc::audit::run(&options)?;
            Ok(print_report(report, format, strict, "audited"))
        }
    }
}

/// Prints diagnostics as text or JSON; the exit status is 1 when any is an error.
fn print_report(mut report: Report, format: Format, strict: bool, verb: &str) -> ExitCode {
    if strict {
        report = report.strict();
    }
    match format {
        Format::Text => {
            eprint!("{}", report.render(color()));
            eprintln!("{}", summary(&report, verb));
        }
        Format::Json => print!("{}", report.to_json_lines()),
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(report: &Report, verb: &str) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{verb}: {}, {}",
        plural(report.error_count(), "error"),
        plural(report.warning_count(), "warning")
    )
}

fn print_error(error: &Error) {
    let mut stderr = std::io::stderr().lock();
    match error {
        Error::Invalid(report) => {
            let _ = write!(stderr, "{}", report.render(color()));
            let _ = writeln!(stderr, "error: {error}; nothing was written");
        }
        Error::Refused { message, help } => {
            let _ = writeln!(stderr, "error: {message}\n  = help: {help}");
        }
        Error::Io { .. } => {
            let _ = writeln!(stderr, "error: {error}");
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                let _ = writeln!(stderr, "  caused by: {cause}");
                source = cause.source();
            }
        }
    }
}
