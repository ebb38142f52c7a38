//! What the commands print: diagnostics as text or JSON, summaries, errors.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use cookiedoc::Error;
use cookiedoc::diagnostic::{Report, Severity, Sources, terminal_safe};

use super::{Format, Verbosity};

/// Colours on a terminal, never under `NO_COLOR`.
pub fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Prints a line on standard output unless `--quiet`.
pub fn say(verbosity: Verbosity, text: String) {
    if verbosity >= Verbosity::Normal {
        println!("{text}");
    }
}

/// Under `--verbose`, every file of the project that was read, on standard error (standard output
/// may carry JSON).
pub fn say_read(verbosity: Verbosity, sources: &Sources) {
    if verbosity == Verbosity::Verbose {
        for path in sources.paths() {
            say_read_path(verbosity, path);
        }
    }
}

/// Under `--verbose`, one file that was read; built-in files are not the user's to know about.
pub fn say_read_path(verbosity: Verbosity, path: &std::path::Path) {
    if verbosity == Verbosity::Verbose && !path.starts_with("<built-in>") {
        eprintln!("read {}", printable(&path.display().to_string()));
    }
}

/// A name from the disk with its control characters escaped, so that a file name can never
/// drive the terminal.
pub fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

/// How many warnings `build` shows in full; `check` shows them all.
const WARNINGS_SHOWN: usize = 10;

/// Prints the first warnings of a build in full and counts the rest by code: a large registry
/// can have thousands, and rendering them all would take longer than the build.
pub fn print_some_warnings(mut warnings: Report, color: bool) {
    let hidden = warnings
        .diagnostics
        .split_off(WARNINGS_SHOWN.min(warnings.diagnostics.len()));
    eprint!("{}", warnings.render(color));
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
pub fn write_stdout(bytes: &[u8]) -> Result<(), Error> {
    match std::io::stdout().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io(
            "write",
            std::path::Path::new("standard output"),
        )(e)),
        _ => Ok(()),
    }
}

/// In JSON mode every failure is a JSON diagnostic too, so that a CI reading the lines sees it.
pub fn json_or_error(result: Result<Report, Error>, format: Format) -> Result<Report, Error> {
    match (result, format) {
        (Err(error), Format::Json) => Ok(error.into_report()),
        (result, _) => result,
    }
}

/// Prints diagnostics as text or JSON; the exit status is 1 when any is an error.
pub fn print_report(
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
        report.diagnostics.retain(|d| d.severity == Severity::Error);
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

pub fn print_error(error: &Error) {
    let mut stderr = std::io::stderr().lock();
    match error {
        Error::Invalid(report) => {
            let _ = write!(stderr, "{}", report.render(color()));
            let _ = writeln!(stderr, "error: {error}; nothing was written");
        }
        // Paths and messages can hold any character a file name can.
        Error::Refused { message, help } => {
            let (message, help) = (terminal_safe(message), terminal_safe(help));
            let _ = writeln!(stderr, "error: {message}\n  = help: {help}");
        }
        Error::Io { .. } => {
            let _ = writeln!(stderr, "error: {}", terminal_safe(&error.to_string()));
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                let text = cause.to_string();
                let _ = writeln!(stderr, "  caused by: {}", terminal_safe(&text));
                source = cause.source();
            }
        }
    }
}
