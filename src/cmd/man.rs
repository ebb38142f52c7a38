//! `cookiedoc man`: one manual page (roff) with every command and its options (from clap), the
//! registry, the files, the exit status and every diagnostic code. The registry's example and the
//! diagnostics are read from the README at compile time, so the page says what the README says;
//! it refers to no other manual page, since cookiedoc installs only this one.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::{Arg, Command, CommandFactory};
use cookiedoc::Error;

use super::Cli;
use super::output::write_stdout;

const README: &str = include_str!("../../README.md");

pub fn run() -> Result<ExitCode, Error> {
    write_stdout(page().as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The whole manual page.
pub fn page() -> String {
    let mut cli = Cli::command();
    cli.build();
    let mut out = String::new();
    let version = env!("CARGO_PKG_VERSION");
    let _ = writeln!(
        out,
        ".TH COOKIEDOC 1 \"\" \"cookiedoc {version}\" \"User Commands\""
    );
    section(&mut out, "NAME");
    line(
        &mut out,
        "cookiedoc - turn a TOML registry of cookies into a multilingual cookie policy",
    );
    section(&mut out, "SYNOPSIS");
    let _ = writeln!(
        out,
        "\\fBcookiedoc\\fR [\\fB\\-\\-quiet\\fR | \\fB\\-\\-verbose\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]"
    );
    section(&mut out, "DESCRIPTION");
    paragraph(
        &mut out,
        "cookiedoc reads one registry of the cookies (and other browser storage) a site uses, \
         cookies.toml, and writes its cookie policy: an HTML page, a fragment to put inside the \
         site's own layout and a Markdown document per locale, cookies.json, and on request a \
         consent banner's configuration. Run it as a build step of the site's deployment: every \
         locale is checked, and a mistake in the registry is pointed at by file, line and column.",
    );
    paragraph(
        &mut out,
        "To start, run cookiedoc init in the site's folder: it writes a commented cookies.toml \
         that builds as it is. Then cookiedoc check, cookiedoc build, or cookiedoc serve to \
         preview while editing.",
    );
    commands(&mut out, &mut cli);
    section(&mut out, "GLOBAL OPTIONS");
    for arg in cli.get_arguments().filter(|a| shown(a)) {
        option(&mut out, arg);
    }
    registry(&mut out);
    files(&mut out);
    section(&mut out, "EXIT STATUS");
    for (status, meaning) in [
        (
            "0",
            "success; check and audit: no error (warnings allowed unless --strict)",
        ),
        (
            "1",
            "invalid input, a failed build or audit, a file that cannot be read or written, or a folder cookiedoc will not touch",
        ),
        ("2", "a usage error: an unknown command, option or value"),
    ] {
        tagged(&mut out, &format!("\\fB{status}\\fR"), meaning);
    }
    diagnostics(&mut out);
    section(&mut out, "ENVIRONMENT");
    tagged(
        &mut out,
        "\\fBNO_COLOR\\fR",
        "when set and not empty, diagnostics are printed without colours (they are coloured only on a terminal anyway)",
    );
    out
}

fn commands(out: &mut String, cli: &mut Command) {
    section(out, "COMMANDS");
    for command in cli.get_subcommands_mut() {
        if command.is_hide_set() || command.get_name() == "help" {
            continue;
        }
        let usage = command.render_usage().to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        let _ = writeln!(out, ".SS \"{}\"", escape(usage));
        if let Some(about) = command.get_long_about().or(command.get_about()) {
            line(out, &about.to_string());
        }
        for arg in command
            .get_arguments()
            .filter(|a| shown(a) && !a.is_global_set())
        {
            option(out, arg);
        }
    }
}

/// Options a reader needs: not clap's own help and version, nor hidden ones.
fn shown(arg: &Arg) -> bool {
    !arg.is_hide_set() && !["help", "version"].contains(&arg.get_id().as_str())
}

fn option(out: &mut String, arg: &Arg) {
    let values: Vec<String> = arg
        .get_value_names()
        .map(|names| {
            names
                .iter()
                .map(|n| format!("\\fI{}\\fR", escape(n)))
                .collect()
        })
        .unwrap_or_default();
    let long = arg.get_long().map(escape);
    let mut tag = match (arg.get_short(), long) {
        (Some(short), Some(long)) => format!("\\fB\\-{short}\\fR, \\fB\\-\\-{long}\\fR"),
        (None, Some(long)) => format!("\\fB\\-\\-{long}\\fR"),
        (Some(short), None) => format!("\\fB\\-{short}\\fR"),
        (None, None) => String::new(),
    };
    if arg.get_action().takes_values() {
        let value = if values.is_empty() {
            format!("\\fI{}\\fR", arg.get_id().as_str().to_uppercase())
        } else {
            values.join(" ")
        };
        tag = if tag.is_empty() {
            value
        } else {
            format!("{tag} {value}")
        };
    }
    let mut help = arg
        .get_long_help()
        .or(arg.get_help())
        .map(|h| unmark(&h.to_string()))
        .unwrap_or_default();
    if !help.is_empty() && !help.ends_with('.') {
        help.push('.');
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !possible.is_empty() {
        let _ = write!(help, " One of: {}.", possible.join(", "));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        let _ = write!(help, " Default: {}.", defaults.join(", "));
    }
    tagged_raw(out, &tag, &escape(help.trim()));
}

fn registry(out: &mut String) {
    section(out, "THE REGISTRY");
    paragraph(
        out,
        "cookies.toml has a [site] table, [providers.<id>] tables, optional [categories.<id>] \
         tables and one [[cookies]] entry per cookie or storage key. Every human text is a plain \
         string in the default locale or a table by locale. cookiedoc schema prints its JSON \
         Schema, which editors use to validate and complete the file. An example with every key:",
    );
    let example = README
        .split("## The registry: `cookies.toml`")
        .nth(1)
        .and_then(|rest| rest.split("```toml\n").nth(1))
        .and_then(|block| block.split("```").next())
        .unwrap_or("");
    literal(out, example);
}

fn files(out: &mut String) {
    section(out, "FILES");
    for (file, what) in [
        (
            "cookies.toml",
            "the registry (--config); templates/ and locales/ are looked up beside it",
        ),
        (
            "templates/",
            "templates that replace the built-in ones by name (cookiedoc init --templates copies them)",
        ),
        (
            "locales/<lang>/*.ftl",
            "Fluent messages that replace built-in ones by id, or add a locale (cookiedoc init --locales)",
        ),
        (
            "dist/<locale>/index.html",
            "the policy page; fragment.html is the policy alone for a site's own layout, fragment-inline.html the same with its styles, fragment.md and cookie-policy.md the Markdown",
        ),
        (
            "dist/assets/cookiedoc.css",
            "the stylesheet: every rule scoped to .cookiedoc or to cookiedoc's own pages",
        ),
        (
            "dist/cookies.json",
            "every cookie with its facts and texts, for other tools",
        ),
    ] {
        tagged(out, &format!("\\fB{}\\fR", escape(file)), what);
    }
}

/// Every diagnostic code the README's tables list, with what it means and how to fix it.
fn diagnostics(out: &mut String) {
    section(out, "DIAGNOSTICS");
    paragraph(
        out,
        "Each diagnostic has a code, the file, line and column, the source line with a caret \
         under the place, and a help line where a fix is known. check \\-\\-format json prints \
         one JSON object per line.",
    );
    for row in README.lines().filter(|l| is_code_row(l)) {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        let (code, rest) = cells.split_first().expect("a row has cells");
        let text = match rest {
            [meaning, fix] => format!("{meaning}. Fix: {fix}."),
            [severity, meaning, fix] => format!("({severity}) {meaning}. Fix: {fix}."),
            other => other.join(". "),
        };
        tagged(out, &format!("\\fB{code}\\fR"), &unmark(&text));
    }
}

/// A README table row of a diagnostic: `| E001 | …`.
fn is_code_row(line: &str) -> bool {
    let code = line.strip_prefix("| ").and_then(|l| l.get(..4));
    code.is_some_and(|c| {
        let bytes = c.as_bytes();
        matches!(bytes[0], b'E' | b'W' | b'A') && bytes[1..].iter().all(u8::is_ascii_digit)
    })
}

/// Markdown code spans as plain text, and the README's escaped pipes.
fn unmark(text: &str) -> String {
    text.replace('`', "").replace("\\|", "|")
}

fn section(out: &mut String, name: &str) {
    let _ = writeln!(out, ".SH {name}");
}

fn paragraph(out: &mut String, text: &str) {
    let _ = writeln!(out, ".PP");
    out.push_str(text);
    out.push('\n');
}

fn line(out: &mut String, text: &str) {
    let _ = writeln!(out, "{}", escape(text));
}

/// A tagged paragraph whose tag is roff already and whose text is plain.
fn tagged(out: &mut String, tag: &str, text: &str) {
    tagged_raw(out, tag, &escape(text));
}

fn tagged_raw(out: &mut String, tag: &str, text: &str) {
    let _ = writeln!(out, ".TP\n{tag}\n{}", text.trim());
}

/// Text shown as it is, line by line (an example).
fn literal(out: &mut String, text: &str) {
    let _ = writeln!(out, ".PP\n.nf\n.RS 2");
    for text_line in text.lines() {
        let _ = writeln!(out, "{}", escape(text_line));
    }
    let _ = writeln!(out, ".RE\n.fi");
}

/// Plain text as roff: backslashes and minus signs escaped, and a line that would start with a
/// control character protected.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_roff_would_read_as_markup() {
        assert_eq!(escape("a\\b -c"), "a\\eb \\-c");
        assert_eq!(escape(".TH x\n'y"), "\\&.TH x\n\\&'y");
    }

    #[test]
    fn the_page_lists_every_command_and_code_and_no_other_page() {
        let page = page();
        for command in [
            "build", "check", "serve", "audit", "init", "import", "schema", "man",
        ] {
            assert!(
                page.contains(&format!(".SS \"cookiedoc {command}")),
                "{command}"
            );
        }
        for code in ["E001", "E019", "W001", "W008", "A001", "A006"] {
            assert!(page.contains(&format!("\\fB{code}\\fR")), "{code}");
        }
        for section in ["THE REGISTRY", "EXIT STATUS", "DIAGNOSTICS", "FILES"] {
            assert!(page.contains(&format!(".SH {section}\n")), "{section}");
        }
        assert!(page.contains("[site]"));
        // `cookiedoc-build(1)`, `man(1)`; a legal reference such as `Art. 13(1)` is no page.
        for (at, _) in page.match_indices("(1)") {
            assert!(
                !page[..at].ends_with(|c: char| c.is_alphabetic() || c == '-'),
                "a reference to another manual page: {}",
                &page[at.saturating_sub(30)..at + 3]
            );
        }
        assert!(!page.contains("SEE ALSO"));
    }
}
