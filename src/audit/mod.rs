//! `cookiedoc audit`: compares the registry with the cookies and storage keys a browser really
//! saw, from evidence files ([`evidence`]) or a scan in headless Chromium ([`scan`]), and reports
//! where the policy would be false ([`matching`]):
//!
//! - A001 (error): a cookie or storage key is stored that the registry does not declare;
//! - A002 (note): a declared name was not seen, which never fails the run;
//! - A003 (error): the browser keeps it longer than its declared duration;
//! - A004 (warning): a name declared as the site's own was stored by a third party;
//! - A005 (error): an evidence file could not be read as evidence;
//! - A006 (error): the scan could not run (a page other than the first that fails to load is a
//!   warning).

mod cdp;
pub mod evidence;
pub mod matching;
pub mod scan;
mod time;

use std::path::PathBuf;

use crate::diagnostic::{Report, Severity, terminal_safe};
use crate::error::Error;
use evidence::Store;
use matching::{Audit, FirstParty};

pub struct Options {
    pub config: PathBuf,
    /// HAR files, website-evidence-collector `cookies.yml` / `local-storage.yml`, Netscape `cookies.txt`.
    pub evidence: Vec<PathBuf>,
    /// A site to load in headless Chromium and audit.
    pub scan: Option<String>,
    /// How many same-site pages a scan visits at most.
    pub pages: usize,
    /// Whether to say on stderr what was read and visited (`--quiet` turns it off).
    pub progress: bool,
}

/// Every finding of the audit as diagnostics: errors where the policy would be false. Prints to
/// stderr what it read and which pages it visited.
pub fn run(options: &Options) -> Result<Report, Error> {
    if options.evidence.is_empty() && options.scan.is_none() {
        return Err(Error::Refused {
            message: "there is nothing to audit".into(),
            help: "name evidence files (a HAR file, the website-evidence-collector's cookies.yml and local-storage.yml, a cookies.txt), or scan the site with --scan URL".into(),
        });
    }
    let project = crate::read_project(&options.config)?;
    let mut sources = project.sources.clone();
    let (registry, diagnostics) =
        crate::registry::load(project.registry, project.sources.text(project.registry));
    let Some(registry) = registry else {
        return Err(Error::Invalid(Report::new(sources, diagnostics)));
    };

    let mut diagnostics = Vec::new();
    let mut observations = Vec::new();
    let mut complete = true;

    let read = evidence::read_all(&options.evidence, &mut sources)?;
    for file in read.files {
        match file.format {
            Some(format) if options.progress => eprintln!(
                "read {} ({}): {}",
                terminal_safe(&file.path.display().to_string()),
                format.label(),
                count(&file.observations)
            ),
            None if options.progress => eprintln!(
                "read {}: not evidence cookiedoc can read",
                terminal_safe(&file.path.display().to_string())
            ),
            _ => {}
        }
        complete &= file.format.is_some();
        observations.extend(file.observations);
    }
    complete &= !read
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    diagnostics.extend(read.diagnostics);

    let mut hosts: Vec<String> = url::Url::parse(&registry.site.url)
        .ok()
        .and_then(|url| url.host_str().map(evidence::normalize_domain))
        .into_iter()
        .collect();
    if let Some(start) = &options.scan {
        let scanned = scan::scan(start, options.pages, options.progress);
        if scanned.complete && options.progress {
            eprintln!(
                "scanned without giving consent: {}",
                count(&scanned.observations)
            );
        }
        complete &= scanned.complete;
        hosts.extend(scanned.hosts);
        observations.extend(scanned.observations);
        diagnostics.extend(scanned.diagnostics);
    }

    let first_party = FirstParty::new(hosts);
    let audit = Audit {
        registry: &registry,
        registry_source: project.registry,
        sources: &sources,
        first_party: &first_party,
        scanned: options.scan.is_some(),
        complete,
    };
    diagnostics.extend(audit.run(&observations));
    Ok(Report::new(sources, diagnostics))
}

/// "3 cookies, 1 storage key": distinct names by domain.
fn count(observations: &[evidence::Observation]) -> String {
    let mut cookies = std::collections::BTreeSet::new();
    let mut storage = std::collections::BTreeSet::new();
    for o in observations {
        let key = (o.store, o.name.as_str(), o.domain.as_str());
        if o.store == Store::Cookie {
            cookies.insert(key);
        } else {
            storage.insert(key);
        }
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}",
        plural(cookies.len(), "cookie", "cookies"),
        plural(storage.len(), "storage key", "storage keys")
    )
}
