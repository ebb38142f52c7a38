//! Matching what a browser stored against the registry, and the diagnostics where the policy
//! would be false.
//!
//! - An observation matches a registry entry of the same kind (HTTP cookies `http-cookie`, local
//!   storage `local-storage`, session storage `session-storage`, IndexedDB `indexeddb`) when one of
//!   the entry's names matches (`*` stands for any run of characters) and the domain fits: an
//!   entry with a `domain` matches that domain and its subdomains; a first-party entry without
//!   one matches the site's own hosts; a third-party entry without one matches any domain.
//! - The site's own hosts are the host of `[site] url` (and of a scan's start address), their
//!   subdomains, and their parent domains (a cookie the site sets on `example.org` from
//!   `www.example.org` is still its own).
//! - Lifetimes are compared with the declared duration, with one day of tolerance; "up to" counts
//!   as its maximum, and a browser keeps a cookie at most 400 days.

use std::collections::{BTreeSet, HashMap};

use super::consent;
use super::evidence::{Choice, Lifetime, Observation, Place, Store};
use super::time::{self, DAY};
use crate::diagnostic::{Code, Diagnostic, Severity, SourceId, Sources};
use crate::registry::{Cookie, Duration, Kind, Party, Registry};

/// Browsers keep a cookie at most 400 days, whatever it asks for.
const BROWSER_CAP: f64 = 400.0 * DAY;
/// Observed lifetimes may exceed the declared duration by this much.
const TOLERANCE: f64 = DAY;

/// The hosts that are the site's own.
pub struct FirstParty {
    hosts: Vec<String>,
}

impl FirstParty {
    pub fn new(hosts: impl IntoIterator<Item = String>) -> Self {
        let mut unique: Vec<String> = Vec::new();
        for host in hosts {
            let host = host.trim_start_matches('.').to_ascii_lowercase();
            if !host.is_empty() && !unique.contains(&host) {
                unique.push(host);
            }
        }
        FirstParty { hosts: unique }
    }

    pub fn hosts(&self) -> &[String] {
        &self.hosts
    }

    /// Whether a cookie or storage on `domain` is the site's own.
    pub fn contains(&self, domain: &str) -> bool {
        domain.is_empty() || self.hosts.iter().any(|host| related(domain, host))
    }
}

/// `domain` is `host`, a subdomain of it, or a parent domain of it.
fn related(domain: &str, host: &str) -> bool {
    let is_ip = host.parse::<std::net::IpAddr>().is_ok()
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok();
    domain == host
        || (!is_ip && within(domain, host))
        || (!is_ip && domain.contains('.') && within(host, domain))
}

/// `domain` is `parent` or one of its subdomains.
fn within(domain: &str, parent: &str) -> bool {
    domain == parent
        || (domain.len() > parent.len()
            && domain.ends_with(parent)
            && domain.as_bytes()[domain.len() - parent.len() - 1] == b'.')
}

/// Whether `name` matches `pattern`, where `*` stands for any run of characters.
pub fn glob(pattern: &str, name: &str) -> bool {
    let (p, n) = (pattern.as_bytes(), name.as_bytes());
    let (mut pi, mut ni) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && p[pi] == b'*' {
            backtrack = Some((pi, ni));
            pi += 1;
        } else if pi < p.len() && p[pi] == n[ni] {
            pi += 1;
            ni += 1;
        } else if let Some((star, matched)) = backtrack {
            pi = star + 1;
            ni = matched + 1;
            backtrack = Some((star, matched + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&b| b == b'*')
}

fn kind_of(store: Store) -> Kind {
    match store {
        Store::Cookie => Kind::HttpCookie,
        Store::LocalStorage => Kind::LocalStorage,
        Store::SessionStorage => Kind::SessionStorage,
        Store::IndexedDb => Kind::Indexeddb,
    }
}

fn kind_words(kind: Kind, many: bool) -> &'static str {
    match (kind, many) {
        (Kind::HttpCookie, false) => "cookie",
        (Kind::HttpCookie, true) => "cookies",
        (Kind::LocalStorage, false) => "local-storage key",
        (Kind::LocalStorage, true) => "local-storage keys",
        (Kind::SessionStorage, false) => "session-storage key",
        (Kind::SessionStorage, true) => "session-storage keys",
        (Kind::Indexeddb, false) => "IndexedDB database",
        (Kind::Indexeddb, true) => "IndexedDB databases",
        (Kind::Pixel, false) => "pixel",
        (Kind::Pixel, true) => "pixels",
    }
}

fn kind_value(kind: Kind) -> &'static str {
    match kind {
        Kind::HttpCookie => "http-cookie",
        Kind::LocalStorage => "local-storage",
        Kind::SessionStorage => "session-storage",
        Kind::Indexeddb => "indexeddb",
        Kind::Pixel => "pixel",
    }
}

/// Every observation of one name on one domain in one store.
struct Group<'a> {
    first: &'a Observation,
    /// Where it was stored; the site's host where the evidence leaves it out.
    domain: String,
    count: usize,
    first_party: bool,
    /// The observation that showed the longest lifetime, with it in seconds (infinite for
    /// "until deleted", zero for a session).
    longest: Option<(&'a Observation, f64)>,
    /// The first sighting before the visitor chose, and the first after a refusal.
    before_choice: Option<&'a Observation>,
    after_refusal: Option<&'a Observation>,
}

impl Group<'_> {
    fn domain(&self) -> &str {
        &self.domain
    }
}

/// What the audit compares, and where.
pub struct Audit<'a> {
    pub registry: &'a Registry,
    /// The registry's file, for notes about its entries.
    pub registry_source: SourceId,
    pub sources: &'a Sources,
    pub first_party: &'a FirstParty,
    /// Whether the evidence came from a scan that gave no consent (none, or "Reject all").
    pub scanned: bool,
    /// Whether "declared but not seen" can be said: not when some evidence could not be read.
    pub complete: bool,
}

impl Audit<'_> {
    pub fn run(&self, observations: &[Observation]) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        // Grouped in the order of their first observation.
        let mut index: HashMap<(Store, &str, String), usize> = HashMap::new();
        let mut groups: Vec<Group> = Vec::new();
        for observation in observations {
            let domain = if observation.domain.is_empty() {
                self.first_party
                    .hosts()
                    .first()
                    .cloned()
                    .unwrap_or_default()
            } else {
                observation.domain.clone()
            };
            let key = (observation.store, observation.name.as_str(), domain.clone());
            let at = *index.entry(key).or_insert_with(|| {
                groups.push(Group {
                    first: observation,
                    domain,
                    count: 0,
                    first_party: false,
                    longest: None,
                    before_choice: None,
                    after_refusal: None,
                });
                groups.len() - 1
            });
            let group = &mut groups[at];
            group.count += 1;
            match observation.choice {
                Choice::NotYet => {
                    group.before_choice.get_or_insert(observation);
                }
                Choice::Refused => {
                    group.after_refusal.get_or_insert(observation);
                }
                _ => {}
            }
            group.first_party |= observation.first_party.unwrap_or(false)
                || self.first_party.contains(&observation.domain);
            let seconds = match observation.lifetime {
                Lifetime::Session => Some(0.0),
                Lifetime::Seconds(s) => Some(s),
                Lifetime::UntilDeleted => Some(f64::INFINITY),
                Lifetime::Unknown => None,
            };
            if let Some(seconds) = seconds
                && group.longest.is_none_or(|(_, longest)| seconds > longest)
            {
                group.longest = Some((observation, seconds));
            }
        }

        let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
        for group in &groups {
            self.match_group(group, &mut seen, &mut diagnostics);
        }
        if self.complete {
            self.not_seen(&seen, &mut diagnostics);
        }
        diagnostics
    }

    fn match_group(
        &self,
        group: &Group,
        seen: &mut BTreeSet<(usize, usize)>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let cookies = &self.registry.cookies;
        let candidates = self.candidates(&group.first.name);
        let kind = kind_of(group.first.store);
        let same_kind: Vec<(usize, usize)> = candidates
            .iter()
            .copied()
            .filter(|(i, _)| cookies[*i].kind == kind)
            .collect();
        let mut matched: Vec<(usize, usize)> = same_kind
            .iter()
            .copied()
            .filter(|(i, _)| self.domain_fits(&cookies[*i], group))
            .collect();

        if !matched.is_empty() {
            seen.extend(matched.iter().copied());
            // The most specific entry speaks for the cookie: one for its domain over one for
            // any, an exact name over a pattern.
            matched.sort_by_key(|(i, j)| {
                let cookie = &cookies[*i];
                (cookie.domain.is_none(), cookie.names[*j].contains('*'))
            });
            let (i, _) = matched[0];
            diagnostics.extend(self.check_lifetime(&cookies[i], group));
            self.check_consent(&cookies[i], group, diagnostics);
            return;
        }

        let first_party_only =
            |cookie: &Cookie| cookie.domain.is_none() && cookie.party == Party::First;
        if !group.first_party
            && same_kind
                .iter()
                .any(|(i, _)| first_party_only(&cookies[*i]))
        {
            diagnostics.push(self.first_party_elsewhere(group));
            return;
        }
        diagnostics.push(self.undeclared(group, &candidates));
    }

    /// The (entry, name) pairs whose name matches `name`.
    fn candidates(&self, name: &str) -> Vec<(usize, usize)> {
        self.registry
            .cookies
            .iter()
            .enumerate()
            .flat_map(|(i, cookie)| {
                cookie
                    .names
                    .iter()
                    .enumerate()
                    .filter(|(_, pattern)| glob(pattern, name))
                    .map(move |(j, _)| (i, j))
            })
            .collect()
    }

    /// A007 and A008 for a name of a category that needs consent.
    fn check_consent(&self, cookie: &Cookie, group: &Group, diagnostics: &mut Vec<Diagnostic>) {
        let needs_consent = self
            .registry
            .categories
            .iter()
            .any(|c| c.id == cookie.category && c.consent);
        if !needs_consent {
            return;
        }
        let found = [
            group
                .before_choice
                .map(|o| (o, consent::before_choice(o, &cookie.category))),
            group
                .after_refusal
                .map(|o| (o, consent::after_refusal(o, &cookie.category))),
        ];
        for (observation, (diagnostic, help)) in found.into_iter().flatten() {
            // The message names the page already.
            diagnostics.push(match observation.place {
                Place::Page(_) => diagnostic.help(help),
                Place::File { .. } => self.at(diagnostic, observation, 1, help),
            });
        }
    }

    /// A004: a name declared as the site's own, stored by a third party.
    fn first_party_elsewhere(&self, group: &Group) -> Diagnostic {
        let observation = group.first;
        let what = observation.store.words();
        let domain = group.domain();
        let diagnostic = Diagnostic::warning(
            Code::FirstPartyElsewhere,
            format!(
                "the {what} `{}` is declared as the site's own, but `{domain}`, a third party, stored it",
                observation.name
            ),
        );
        let help = format!(
            "if `{domain}` stores a {what} of the same name, declare it in an entry of its own with domain = \"{domain}\" and party = \"third\""
        );
        self.at_observation(diagnostic, group, help)
    }

    /// A001: a name the registry does not declare, with the entry to add or the one that
    /// nearly fits.
    fn undeclared(&self, group: &Group, candidates: &[(usize, usize)]) -> Diagnostic {
        let observation = group.first;
        let kind = kind_of(observation.store);
        let what = observation.store.words();
        let domain = group.domain();
        let party = if group.first_party {
            "first party"
        } else {
            "third party"
        };
        let diagnostic = Diagnostic::error(
            Code::UndeclaredStorage,
            format!(
                "the {what} `{}` of `{domain}` ({party}) is not in the registry",
                observation.name
            ),
        );
        let help = match candidates.first() {
            Some(&(i, _)) => {
                let cookie = &self.registry.cookies[i];
                let (line, _) = self
                    .sources
                    .line_column(self.registry_source, cookie.span.start);
                let file = self.sources.path(self.registry_source).display();
                if cookie.kind != kind {
                    format!(
                        "`{}` is declared as a {} ({file}:{line}), not as a {what}",
                        observation.name,
                        kind_words(cookie.kind, false)
                    )
                } else {
                    let declared = match &cookie.domain {
                        Some(d) => format!("for `{}`", d.trim_start_matches('.')),
                        None => "for the site's own hosts".to_owned(),
                    };
                    format!(
                        "`{}` is declared {declared} ({file}:{line}), not for `{domain}`: declare that one too",
                        observation.name
                    )
                }
            }
            None => {
                let mut entry = format!("name = \"{}\"", observation.name);
                if !group.first_party {
                    entry.push_str(&format!(", domain = \"{domain}\", party = \"third\""));
                }
                if kind != Kind::HttpCookie {
                    entry.push_str(&format!(", kind = \"{}\"", kind_value(kind)));
                }
                format!("add a [[cookies]] entry with {entry}, its provider, category and purpose")
            }
        };
        self.at_observation(diagnostic, group, help)
    }

    /// Whether an entry's domain covers where a group was seen.
    fn domain_fits(&self, cookie: &Cookie, group: &Group) -> bool {
        match (&cookie.domain, cookie.party) {
            (Some(domain), _) => within(group.domain(), domain.trim_start_matches('.')),
            (None, Party::First) => group.first_party,
            (None, Party::Third) => true,
        }
    }

    /// Places a diagnostic about a group at its first observation.
    fn at_observation(&self, diagnostic: Diagnostic, group: &Group, help: String) -> Diagnostic {
        self.at(diagnostic, group.first, group.count, help)
    }

    /// Places a diagnostic at an observation, or names the page a scan saw it on.
    fn at(
        &self,
        diagnostic: Diagnostic,
        observation: &Observation,
        count: usize,
        help: String,
    ) -> Diagnostic {
        let times = if count > 1 {
            format!(" ({count} times in all)")
        } else {
            String::new()
        };
        match &observation.place {
            Place::File { source, span } => diagnostic
                .at(*source, span.clone())
                .label(format!("seen here{times}"))
                .help(help),
            Place::Page(url) => diagnostic.help(format!("seen on {url}{times}; {help}")),
        }
    }

    /// "at requests.har:12:7" or "on https://www.example.org/".
    fn place(&self, place: &Place) -> String {
        match place {
            Place::File { source, span } => {
                let (line, column) = self.sources.line_column(*source, span.start);
                format!(
                    "at {}:{line}:{column}",
                    self.sources.path(*source).display()
                )
            }
            Place::Page(url) => format!("on {url}"),
        }
    }

    /// An error where the browser keeps a name longer than the entry says.
    fn check_lifetime(&self, cookie: &Cookie, group: &Group) -> Option<Diagnostic> {
        let (observation, mut seconds) = group.longest?;
        let declared = cookie.duration.as_ref()?;
        let span = cookie.duration_span.clone()?;
        let capped = observation.store == Store::Cookie && seconds > BROWSER_CAP;
        if capped {
            seconds = BROWSER_CAP;
        }
        let what = observation.store.words();
        let name = &observation.name;
        let kept = if seconds.is_infinite() {
            "until deleted".to_owned()
        } else {
            format!("for {}", time::describe_seconds(seconds))
        };
        let message = match declared {
            Duration::Session if seconds > 0.0 => format!(
                "the {what} `{name}` is declared for the session, but the browser keeps it {kept}"
            ),
            Duration::Period { .. } if seconds.is_finite() => {
                let days = declared.approx_days()?;
                if seconds <= days * DAY + TOLERANCE {
                    return None;
                }
                let text = self.sources.text(self.registry_source);
                let written = text
                    .get(span.clone())
                    .unwrap_or_default()
                    .trim_matches(['"', '\'']);
                format!(
                    "the {what} `{name}` is kept {kept}, longer than its declared duration of {written}"
                )
            }
            _ => return None,
        };
        let cap = if capped {
            " (it asks for longer; browsers keep a cookie at most 400 days)"
        } else {
            ""
        };
        let suggestion = if seconds.is_infinite() {
            "declare it as \"persistent\"".to_owned()
        } else {
            format!(
                "declare a duration of at least {}, or make the {what} expire sooner",
                suggest(seconds)
            )
        };
        let help = format!("seen {}{cap}; {suggestion}", self.place(&observation.place));
        Some(
            Diagnostic::error(Code::LongerThanDeclared, message)
                .at(self.registry_source, span)
                .label("declared here")
                .help(help),
        )
    }

    /// Notes for the names the registry declares that no evidence showed.
    fn not_seen(&self, seen: &BTreeSet<(usize, usize)>, diagnostics: &mut Vec<Diagnostic>) {
        for (i, cookie) in self.registry.cookies.iter().enumerate() {
            if cookie.kind == Kind::Pixel {
                continue;
            }
            let unseen: Vec<&String> = cookie
                .names
                .iter()
                .enumerate()
                .filter(|(j, _)| !seen.contains(&(i, *j)))
                .map(|(_, name)| name)
                .collect();
            if unseen.is_empty() {
                continue;
            }
            let many = unseen.len() > 1;
            let names: Vec<String> = unseen.iter().map(|n| format!("`{n}`")).collect();
            let message = format!(
                "the {} {} {} declared but {} not seen",
                kind_words(cookie.kind, many),
                names.join(", "),
                if many { "are" } else { "is" },
                if many { "were" } else { "was" },
            );
            let consent = self
                .registry
                .categories
                .iter()
                .find(|c| c.id == cookie.category)
                .is_some_and(|c| c.consent);
            let (it, its) = if many {
                ("them", "their")
            } else {
                ("it", "its")
            };
            let help = if consent && self.scanned {
                format!(
                    "{its} category `{}` needs consent, which the scan did not give; if evidence collected after consent does not show {it} either, remove {it} from the policy",
                    cookie.category
                )
            } else if consent {
                format!(
                    "{its} category `{}` needs consent: collect evidence after accepting too; if the site no longer stores {it}, remove {it} from the policy",
                    cookie.category
                )
            } else {
                format!(
                    "if the site no longer stores {it}, remove {it} from the policy; if only some pages store {it}, collect evidence there too"
                )
            };
            diagnostics.push(
                Diagnostic {
                    severity: Severity::Note,
                    ..Diagnostic::warning(Code::NotSeen, message)
                }
                .at(self.registry_source, cookie.span.clone())
                .help(help),
            );
        }
    }
}

/// A duration to declare for a lifetime, in words the registry reads: days up to a month, then
/// months.
fn suggest(seconds: f64) -> String {
    let days = seconds / DAY;
    if days <= 1.0 {
        "1 day".to_owned()
    } else if days <= 31.0 {
        format!("{} days", days.ceil() as u64)
    } else {
        let months = (days / (365.2425 / 12.0)).ceil() as u64;
        if months.is_multiple_of(12) {
            let years = months / 12;
            format!("{years} year{}", if years == 1 { "" } else { "s" })
        } else {
            format!("{months} months")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_any_run() {
        assert!(glob("_ga_*", "_ga_ABC123"));
        assert!(glob("_ga_*", "_ga_"));
        assert!(!glob("_ga_*", "_ga"));
        assert!(glob("*_token*", "csrf_token_v2"));
        assert!(glob("a*b*c", "aXbYbZc"));
        assert!(!glob("a*b*c", "aXbYbZ"));
        assert!(glob("sessionid", "sessionid"));
        assert!(!glob("sessionid", "sessionid2"));
    }

    #[test]
    fn first_party_is_the_host_its_subdomains_and_parents() {
        let site = FirstParty::new(["www.example.org".to_owned()]);
        assert!(site.contains("www.example.org"));
        assert!(site.contains("static.www.example.org"));
        assert!(site.contains("example.org"));
        assert!(!site.contains("org"));
        assert!(!site.contains("shop.example.org"));
        assert!(!site.contains("notexample.org"));
        assert!(!site.contains("youtube.com"));
        let local = FirstParty::new(["127.0.0.1".to_owned()]);
        assert!(local.contains("127.0.0.1"));
        assert!(!local.contains("0.0.1"));
        assert!(!local.contains("localhost"));
    }

    #[test]
    fn suggestions_cover_the_lifetime() {
        assert_eq!(suggest(400.0 * DAY), "14 months");
        assert_eq!(suggest(365.0 * DAY), "1 year");
        assert_eq!(suggest(10.5 * DAY), "11 days");
        assert_eq!(suggest(3_600.0), "1 day");
    }
}
