use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
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

/// How much to say besides errors.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let verbosity = match (cli.quiet, cli.verbose) {
        (true, _) => Verbosity::Quiet,
        (_, true) => Verbosity::Verbose,
        _ => Verbosity::Normal,
    };
    let say = |text: String| {
        if verbosity >= Verbosity::Normal {
            println!("{text}");
        }
    };
    match cli.command {
        Command::Build {
            config,
            out,
            locales,
            force,
            banner,
        } => {
            let built = cookiedoc::build(&config, &out, &locales, force, banner)?;
            if verbosity >= Verbosity::Normal {
                print_some_warnings(built.warnings);
            }
            if verbosity == Verbosity::Verbose {
                for file in &built.files {
                    println!("wrote {}", out.join(file).display());
                }
            }
            say(format!(
                "Built {} locale{} ({} files) into {}",
                built.locales,
                if built.locales == 1 { "" } else { "s" },
                built.files.len(),
                out.display()
            ));
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
            let report = json_or_error(cookiedoc::check(&config), format)?;
            Ok(print_report(report, format, strict, "checked", verbosity))
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
                progress: verbosity >= Verbosity::Normal,
            };
            let report = json_or_error(cookiedoc::audit::run(&options), format)?;
            Ok(print_report(report, format, strict, "audited", verbosity))
        }
        Command::Init {
            dir,
            templates,
            locales,
            force,
        } => {
            let options = cookiedoc::init::Options {
                dir,
                force,
                templates,
                locales,
            };
            for path in cookiedoc::init::init(&options)? {
                say(format!("wrote {}", path.display()));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema => {
            write_stdout(cookiedoc::registry::json_schema().as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            config,
            database,
            platform,
            names,
        } => {
            let options = cookiedoc::import::Options {
                config: config.clone(),
                database,
                names,
                platform,
            };
            let imported = cookiedoc::import::import(&options)?;
            for warning in &imported.warnings {
                if verbosity >= Verbosity::Normal {
                    eprintln!("warning: {warning}");
                }
            }
            for added in &imported.added {
                say(format!("added {added} to {}", config.display()));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            let mut command = Cli::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "cookiedoc", &mut script);
            write_stdout(&script)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let page = clap_mangen::Man::new(Cli::command());
            let mut out = Vec::new();
            page.render(&mut out)
                .map_err(Error::io("write", std::path::Path::new("-")))?;
            write_stdout(&out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// How many warnings `build` shows in full; `check` shows them all.
const WARNINGS_SHOWN: usize = 10;

/// Prints the first warnings of a build in full and counts the rest by code: a large registry
/// can have thousands, and rendering them all would take longer than the build.
fn print_some_warnings(mut warnings: Report) {
    let hidden = warnings
        .diagnostics
        .split_off(WARNINGS_SHOWN.min(warnings.diagnostics.len()));
    eprint!("{}", warnings.render(color()));
    if hidden.is_empty() {
        return;
    }
    let mut by_code = std::collections::BTreeMap::new();
    for diagnostic in &hidden {
        *by_code.entry(diagnostic.code.as_str()).or_insert(0) += 1;
    }
    let counts: Vec<String> = by_code
        .iter()
        .map(|(code, n)| format!("{n} {code}"))
        .collect();
    eprintln!(
        "warning: {} more warnings ({}); `cookiedoc check` shows them all",
        hidden.len(),
        counts.join(", ")
    );
}

/// Writes to standard output; a reader that stops early (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<(), Error> {
    match std::io::stdout().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io(
            "write",
            std::path::Path::new("standard output"),
        )(e)),
        _ => Ok(()),
    }
}

/// In JSON mode every failure is a JSON diagnostic too, so that a CI reading the lines sees it.
fn json_or_error(result: Result<Report, Error>, format: Format) -> Result<Report, Error> {
    match (result, format) {
        (Err(error), Format::Json) => Ok(error.into_report()),
        (result, _) => result,
    }
}

/// Prints diagnostics as text or JSON; the exit status is 1 when any is an error.
fn print_report(
    mut report: Report,
    format: Format,
    strict: bool,
    verb: &str,
    verbosity: Verbosity,
) -> ExitCode {
    if strict {
        report = report.strict();
    }
    if verbosity == Verbosity::Quiet {
        report
            .diagnostics
            .retain(|d| d.severity == cookiedoc::diagnostic::Severity::Error);
    }
    match format {
        Format::Text => {
            eprint!("{}", report.render(color()));
            if verbosity >= Verbosity::Normal {
                eprintln!("{}", summary(&report, verb));
            }
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
