use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use cookiedoc::Error;
use cookiedoc::serve::Event;

use super::Verbosity;
use super::output::{color, print_error, say_read};

#[derive(Debug, clap::Args)]
pub struct Args {
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
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<ExitCode, Error> {
    // What the first build reads; a project that cannot be read is reported by the server.
    if let Ok(project) = cookiedoc::read_project(&args.config) {
        say_read(verbosity, &project.sources);
    }
    let config = args.config.clone();
    let color = color();
    let report = move |event: Event<'_>| match event {
        Event::Listening { url } => {
            println!("Serving {} at {url} (Ctrl-C to stop)", config.display());
            let _ = std::io::stdout().flush();
        }
        Event::Built { warnings, rebuilt } => {
            eprint!("{}", warnings.render(color));
            if rebuilt {
                eprintln!("Rebuilt.");
            }
        }
        Event::Failed(Error::Invalid(report)) => eprint!("{}", report.render(color)),
        Event::Failed(error) => print_error(error),
        Event::NoBrowser { url } => eprintln!("warning: could not open a browser; visit {url}"),
    };
    let options = cookiedoc::serve::Options {
        config: args.config,
        bind: args.bind,
        port: args.port,
        open: args.open,
    };
    cookiedoc::serve::serve(options, Arc::new(report))?;
    Ok(ExitCode::SUCCESS)
}
