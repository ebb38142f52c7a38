//! Consent in an audit: when the visitor chose, and what a site may store before and after.
//!
//! - A007 (error): a name of a category that needs consent was stored before the visitor chose;
//!   a scan that never clicks sees only this, and evidence files without a recorded choice (no
//!   consent record among them, or stored before it) say the same;
//! - A008 (error): after "Reject all" such a name was still there, or appeared on a later page;
//! - A009 (error): `--consent` was asked but the first page had no banner button to click.
//!
//! After "Accept all" every name seen must be declared, which A001 already says.

use std::collections::HashMap;

use super::evidence::{Choice, Observation, Place, Store};
use crate::diagnostic::{Code, Diagnostic, SourceId};
use crate::registry::Registry;

/// How long the scan waits for the banner's button on the first page.
pub const BANNER_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// vanilla-cookieconsent's "Reject all" in its consent modal.
pub const REJECT_SELECTOR: &str = "#cc-main .cm [data-role=\"necessary\"]";
/// vanilla-cookieconsent's "Accept all" in its consent modal.
pub const ACCEPT_SELECTOR: &str = "#cc-main .cm [data-role=\"all\"]";

/// The choice a scan makes in the site's banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Reject,
    Accept,
}

impl Action {
    pub fn words(self) -> &'static str {
        match self {
            Action::Reject => "reject all",
            Action::Accept => "accept all",
        }
    }

    pub fn choice(self) -> Choice {
        match self {
            Action::Reject => Choice::Refused,
            Action::Accept => Choice::Accepted,
        }
    }
}

/// `--consent` and `--consent-selector`.
#[derive(Clone, Debug)]
pub struct Consent {
    pub action: Action,
    /// A CSS selector of the button to click, instead of vanilla-cookieconsent's.
    pub selector: Option<String>,
}

impl Consent {
    pub fn selector(&self) -> &str {
        self.selector.as_deref().unwrap_or(match self.action {
            Action::Reject => REJECT_SELECTOR,
            Action::Accept => ACCEPT_SELECTOR,
        })
    }
}

pub fn no_banner(consent: &Consent, page: &str) -> Diagnostic {
    let help = if consent.selector.is_some() {
        "check the selector against the banner's markup".to_owned()
    } else {
        "the scan clicks vanilla-cookieconsent's buttons; for another banner, name its button with --consent-selector CSS".to_owned()
    };
    Diagnostic::error(
        Code::NoBanner,
        format!(
            "no consent banner to {} on {page}: nothing matched `{}` within {} seconds",
            consent.action.words(),
            consent.selector(),
            BANNER_WAIT.as_secs()
        ),
    )
    .help(help)
}

pub fn bad_selector(selector: &str) -> Diagnostic {
    Diagnostic::error(
        Code::NoBanner,
        format!("`{selector}` is not a CSS selector the browser understands"),
    )
    .help("write a selector such as `#banner button.reject`")
}

/// The names the site keeps the visitor's choice in: the registry's consent record, else the
/// default of vanilla-cookieconsent.
pub fn record_names(registry: &Registry) -> Vec<String> {
    let declared: Vec<String> = registry
        .cookies
        .iter()
        .filter(|c| c.consent_record)
        .flat_map(|c| c.names.iter().cloned())
        .collect();
    if declared.is_empty() {
        vec!["cc_cookie".to_owned()]
    } else {
        declared
    }
}

/// Marks what evidence files saw before the visitor chose: everything in a file that shows no
/// consent record, and what a file saw earlier than its first sign of the record.
pub fn mark_evidence(observations: &mut [Observation], records: &[String]) {
    let is_record = |o: &Observation| {
        matches!(o.store, Store::Cookie | Store::LocalStorage)
            && records.iter().any(|r| super::matching::glob(r, &o.name))
    };
    // Per file: whether it shows the record, and the earliest moment it does.
    let mut files: HashMap<SourceId, (bool, Option<f64>)> = HashMap::new();
    for o in observations.iter() {
        if let Place::File { source, .. } = &o.place {
            let entry = files.entry(*source).or_default();
            if is_record(o) {
                entry.0 = true;
                entry.1 = match (entry.1, o.at) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
    }
    for o in observations.iter_mut() {
        let Place::File { source, .. } = &o.place else {
            continue;
        };
        if o.choice != Choice::Unknown {
            continue;
        }
        let (has_record, chosen_at) = files[source];
        let before = match (has_record, chosen_at, o.at) {
            (false, _, _) => true,
            (true, Some(chosen), Some(at)) => at < chosen,
            _ => false,
        };
        if before {
            o.choice = Choice::NotYet;
        }
    }
}

/// "on https://…/" or "in requests.har": where an observation was made, for a message.
fn seen(observation: &Observation) -> String {
    match &observation.place {
        Place::Page(url) => format!("on {url}"),
        Place::File { .. } => "in the evidence".to_owned(),
    }
}

/// A007: stored before any choice. `observation` is the first such sighting.
pub fn before_choice(observation: &Observation, category: &str) -> (Diagnostic, String) {
    let what = observation.store.words();
    let diagnostic = Diagnostic::error(
        Code::BeforeConsent,
        format!(
            "the {what} `{}` was stored {} before the visitor chose, but its category `{category}` needs consent",
            observation.name,
            seen(observation)
        ),
    );
    let help = format!(
        "set it only after consent: load the tool that stores it when `{category}` is accepted (vanilla-cookieconsent runs <script type=\"text/plain\" data-category=\"{category}\"> then)"
    );
    (diagnostic, help)
}

/// A008: still stored, or stored again, after "Reject all".
pub fn after_refusal(observation: &Observation, category: &str) -> (Diagnostic, String) {
    let what = observation.store.words();
    let diagnostic = Diagnostic::error(
        Code::AfterRefusal,
        format!(
            "the {what} `{}` of category `{category}` is stored {} after the visitor refused it",
            observation.name,
            seen(observation)
        ),
    );
    let help = format!(
        "delete it when `{category}` is refused (cookiedoc's banner module lists it in the category's autoClear) and do not set it again until consent"
    );
    (diagnostic, help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::evidence::Lifetime;
    use crate::diagnostic::Sources;
    use std::path::Path;

    fn seen(source: SourceId, name: &str, at: Option<f64>) -> Observation {
        Observation {
            store: Store::Cookie,
            name: name.to_owned(),
            domain: "example.org".to_owned(),
            lifetime: Lifetime::Unknown,
            first_party: None,
            place: Place::File { source, span: 0..0 },
            at,
            choice: Choice::Unknown,
        }
    }

    #[test]
    fn evidence_before_the_record_is_before_the_choice() {
        let mut sources = Sources::default();
        let har = sources.add(Path::new("a.har"), "".into());
        let txt = sources.add(Path::new("cookies.txt"), "".into());
        let mut observations = vec![
            seen(har, "_ga", Some(10.0)),
            seen(har, "cc_cookie", Some(20.0)),
            seen(har, "_gid", Some(30.0)),
            seen(har, "_gat", None),
            seen(txt, "_ga", None),
        ];
        mark_evidence(&mut observations, &["cc_cookie".to_owned()]);
        let choices: Vec<Choice> = observations.iter().map(|o| o.choice).collect();
        assert_eq!(
            choices,
            [
                Choice::NotYet,
                Choice::Unknown,
                Choice::Unknown,
                Choice::Unknown,
                // A file with no record at all: nobody chose.
                Choice::NotYet,
            ]
        );
    }
}
