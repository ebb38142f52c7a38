use std::path::PathBuf;
use std::process::ExitCode;

use cookiedoc::Error;
use cookiedoc::import::Wanted;

use super::Verbosity;
use super::output::{say, say_read_path};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value = "cookies.toml", value_name = "FILE")]
    config: PathBuf,
    /// The database's CSV file (open-cookie-database.csv).
    #[arg(long = "open-cookie-database", value_name = "FILE", required = true)]
    database: PathBuf,
    #[command(flatten)]
    platform: PlatformGroups,
    /// File the cookies under this provider of the registry (a self-hosted tool) instead of the
    /// database's controller; the database's domain and third party are left out.
    #[arg(long, value_name = "ID")]
    provider: Option<String>,
    /// Cookie names as set on the site (`_ga_ABC123` finds `_ga_*`); `NAME@PLATFORM` picks the
    /// platform.
    #[arg(value_name = "NAME")]
    names: Vec<String>,
}

/// `--platform PLATFORM NAME…`, each occurrence kept apart, which derive cannot say.
#[derive(Debug, Default)]
struct PlatformGroups(Vec<Vec<String>>);

impl clap::FromArgMatches for PlatformGroups {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let groups = matches
            .get_occurrences::<String>("platform")
            .map(|occurrences| occurrences.map(|group| group.cloned().collect()).collect())
            .unwrap_or_default();
        Ok(PlatformGroups(groups))
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl clap::Args for PlatformGroups {
    fn augment_args(command: clap::Command) -> clap::Command {
        command.arg(
            clap::Arg::new("platform")
                .long("platform")
                .num_args(1..)
                .action(clap::ArgAction::Append)
                .value_names(["PLATFORM", "NAME"])
                .help("Look up the names that follow under this platform: `--platform YouTube YSC --platform Matomo '_pk_id.*'`; a name may also say NAME@PLATFORM"),
        )
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        Self::augment_args(command)
    }
}

/// The names to import with their platforms: `--platform P NAME…` applies to the names it is
/// given; a `--platform P` without names applies to the names given on their own.
fn wanted(args: &Args) -> Vec<Wanted> {
    let default = args
        .platform
        .0
        .iter()
        .find(|group| group.len() == 1)
        .map(|group| group[0].as_str());
    let mut wanted: Vec<Wanted> = args
        .names
        .iter()
        .map(|name| Wanted::parse(name, default))
        .collect();
    for group in &args.platform.0 {
        if let Some((platform, names)) = group.split_first() {
            wanted.extend(names.iter().map(|name| Wanted::parse(name, Some(platform))));
        }
    }
    wanted
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    let names = wanted(&args);
    if names.is_empty() {
        return Err(Error::Refused {
            message: "no cookie names to import".into(),
            help: "name them: `cookiedoc import --open-cookie-database FILE _ga _gid` or `--platform YouTube YSC`".into(),
        });
    }
    let options = cookiedoc::import::Options {
        config: args.config.clone(),
        database: args.database,
        names,
        provider: args.provider,
    };
    let imported = cookiedoc::import::import(&options)?;
    say_read_path(verbosity, &options.database);
    say_read_path(verbosity, &options.config);
    if verbosity >= Verbosity::Normal {
        for warning in &imported.warnings {
            eprintln!("warning: {warning}");
        }
    }
    for added in &imported.added {
        say(
            verbosity,
            format!("added {added} to {}", args.config.display()),
        );
    }
    Ok(ExitCode::SUCCESS)
}
