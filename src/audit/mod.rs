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
//!   warning);
//! - A007–A009 (errors): consent, see [`consent`].

mod cdp;
pub mod consent;
pub mod evidence;
pub mod matching;
pub mod scan;
mod time;

use std::path::PathBuf;

use crate::diagnostic::{Report, Severity, Sources};
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
    /// The choice a scan makes in the site's banner on the first page.
    pub consent: Option<consent::Consent>,
    /// Told, a line at a time, what was read and visited (`None`: nothing is told). The command
    /// prints it; the library never does.
    pub progress: Option<Progress>,
}

/// Receives one line of progress, such as "visited https://…/".
pub type Progress = fn(&str);

/// Every finding of the audit as diagnostics: errors where the policy would be false. Tells
/// `options.progress` what it read and which pages it visited.
pub fn run(options: &Options) -> Result<Report, Error> {
    if options.evidence.is_empty() && options.scan.is_none() {
        return Err(Error::Refused {
            message: "there is nothing to audit".into(),
            help: "name evidence files (a HAR file, the website-evidence-collector's cookies.yml and local-storage.yml, a cookies.txt), or scan the site with --scan URL".into(),
        });
    }
    if options.consent.is_some() && options.scan.is_none() {
        return Err(Error::Refused {
            message: "--consent makes a scan click the site's banner, and there is no scan".into(),
            help: "add --scan URL".into(),
        });
    }
    let project = crate::read_project(&options.config)?;
    let mut sources = project.sources.clone();
    let (registry, diagnostics) =
        crate::registry::load(project.registry, project.sources.text(project.registry));
    let Some(registry) = registry else {
        return Err(Error::Invalid(Report::new(sources, diagnostics)));
    };

    let mut seen = Seen::default();
    read_evidence(options, &mut sources, &mut seen)?;
    consent::mark_evidence(&mut seen.observations, &consent::record_names(&registry));
    let Seen {
        mut observations,
        mut diagnostics,
        mut complete,
    } = seen;

    let mut hosts: Vec<String> = url::Url::parse(&registry.site.url)
        .ok()
        .and_then(|url| url.host_str().map(evidence::normalize_domain))
        .into_iter()
        .collect();
    if let Some(start) = &options.scan {
        let scanned = scan::scan(
            start,
            options.pages,
            options.consent.as_ref(),
            options.progress,
        );
        if let (true, Some(say)) = (scanned.complete, options.progress) {
            let how = match &options.consent {
                None => "without giving consent".to_owned(),
                Some(c) => format!("choosing \"{}\"", c.action.words()),
            };
            say(&format!("scanned {how}: {}", count(&scanned.observations)));
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
        scanned: options.scan.is_some()
            && !options
                .consent
                .as_ref()
                .is_some_and(|c| c.action == consent::Action::Accept),
        complete,
    };
    diagnostics.extend(audit.run(&observations));
    Ok(Report::new(sources, diagnostics))
}

/// What the evidence showed, and whether all of it could be read.
struct Seen {
    observations: Vec<evidence::Observation>,
    diagnostics: Vec<crate::diagnostic::Diagnostic>,
    complete: bool,
}

impl Default for Seen {
    fn default() -> Self {
        Seen {
            observations: Vec::new(),
            diagnostics: Vec::new(),
            complete: true,
        }
    }
}

/// Reads the evidence files, saying on stderr what each held.
fn read_evidence(options: &Options, sources: &mut Sources, seen: &mut Seen) -> Result<(), Error> {
    let read = evidence::read_all(&options.evidence, sources)?;
    for file in read.files {
        if let Some(say) = options.progress {
            let path = file.path.display().to_string();
            match file.format {
                Some(format) => say(&format!(
                    "read {path} ({}): {}",
                    format.label(),
                    count(&file.observations)
                )),
                None => say(&format!("read {path}: not evidence cookiedoc can read")),
            }
        }
        seen.complete &= file.format.is_some();
        seen.observations.extend(file.observations);
    }
    seen.complete &= !read
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    seen.diagnostics.extend(read.diagnostics);
    Ok(())
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
