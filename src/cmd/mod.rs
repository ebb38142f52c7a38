//! The command line: clap's parsing, one module per command (each a small `run`), and what is
//! printed. The library returns values; only this module writes to the terminal.

pub mod audit;
pub mod build;
pub mod check;
pub mod completions;
pub mod import;
pub mod init;
pub mod man;
pub mod memory;
pub mod output;
pub mod schema;
pub mod serve;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cookiedoc::Error;

#[derive(Debug, Parser)]
#[command(name = "cookiedoc", version, about = "Turn a TOML registry of cookies into a multilingual cookie policy", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say what was read and written.
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render the policy pages into the output folder.
    Build(build::Args),
    /// Check the registry, translations and templates without writing anything.
    Check(check::Args),
    /// Preview the pages while editing: builds in memory, rebuilds on every change, reloads the
    /// browser.
    Serve(serve::Args),
    /// Compare the registry with the cookies a browser really saw, from evidence files or a scan.
    Audit(audit::Args),
    /// Write a starter cookies.toml (and its JSON Schema) that builds as it is.
    Init(init::Args),
    /// Print the JSON Schema of cookies.toml, for editors (Taplo, Even Better TOML).
    Schema,
    /// Add known cookies to cookies.toml, from the Open Cookie Database.
    Import(import::Args),
    /// Print a shell completion script.
    Completions(completions::Args),
    /// Print the manual page (roff).
    Man,
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// How much to say besides errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

impl Cli {
    pub fn verbosity(&self) -> Verbosity {
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        }
    }
}

/// Runs the command; the exit status of a run that did not fail with an [`Error`].
pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    let verbosity = cli.verbosity();
    match cli.command {
        Command::Build(args) => build::run(args, verbosity),
        Command::Check(args) => check::run(args, verbosity),
        Command::Serve(args) => serve::run(args, verbosity),
        Command::Audit(args) => audit::run(args, verbosity),
        Command::Init(args) => init::run(args, verbosity),
        Command::Schema => schema::run(),
        Command::Import(args) => import::run(args, verbosity),
        Command::Completions(args) => completions::run(args),
        Command::Man => man::run(),
    }
}
