//! The command line, as clap derives it.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
    Build {
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
        banner: Option<crate::export::Banner>,
    },
    /// Check the registry, translations and templates without writing anything.
    Check {
        #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
        config: PathBuf,
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Preview the pages while editing: builds in memory, rebuilds on every change, reloads the
    /// browser.
    Serve {
        #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
        config: PathBuf,
        /// The address to listen on; only this machine can connect by default.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: IpAddr,
        /// The port; 0 picks a free one.
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// Open the pages in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Compare the registry with the cookies a browser really saw, from evidence files or a scan.
    Audit {
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
    },
    /// Write a starter cookies.toml (and its JSON Schema) that builds as it is.
    Init {
        /// Where to write; the current folder by default.
        #[arg(default_value = ".", value_name = "DIR")]
        dir: PathBuf,
        /// Also write the built-in templates, to customize.
        #[arg(long)]
        templates: bool,
        /// Also write the built-in messages (.ftl), to customize or translate.
        #[arg(long)]
        locales: bool,
        /// Overwrite files that exist.
        #[arg(long)]
        force: bool,
    },
    /// Print the JSON Schema of cookies.toml, for editors (Taplo, Even Better TOML).
    Schema,
    /// Add known cookies to cookies.toml, from the Open Cookie Database.
    Import {
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
    },
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}
