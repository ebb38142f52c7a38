//! `cookiedoc import`: adds known cookies from the Open Cookie Database to `cookies.toml`, editing
//! the file in place so that its comments and formatting survive.

use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Table, value};

use crate::error::Error;
use crate::registry::Duration;

pub struct Options {
    pub config: PathBuf,
    pub database: PathBuf,
    /// The names to import, each with the platform it is to be found under, if given.
    pub names: Vec<Wanted>,
    /// File the cookies under this provider of the registry (a self-hosted tool) instead of the
    /// database's controller.
    pub provider: Option<String>,
}

/// A name to import, and the platform to look it up under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    pub name: String,
    pub platform: Option<String>,
}

impl Wanted {
    /// `NAME` or `NAME@PLATFORM`; `platform` applies when the name names none.
    pub fn parse(text: &str, platform: Option<&str>) -> Wanted {
        match text.rsplit_once('@') {
            Some((name, named)) if !name.is_empty() && !named.trim().is_empty() => Wanted {
                name: name.to_owned(),
                platform: Some(named.trim().to_owned()),
            },
            _ => Wanted {
                name: text.to_owned(),
                platform: platform.map(str::to_owned),
            },
        }
    }
}

/// One row of the Open Cookie Database.
#[derive(Debug, Clone, serde::Deserialize)]
struct Entry {
    #[serde(rename = "Platform")]
    platform: String,
    #[serde(rename = "Category")]
    category: String,
    #[serde(rename = "Cookie / Data Key name")]
    name: String,
    #[serde(rename = "Domain")]
    domain: String,
    #[serde(rename = "Description")]
    description: String,
    #[serde(rename = "Retention period")]
    retention: String,
    #[serde(rename = "Data Controller")]
    controller: String,
    #[serde(rename = "User Privacy & GDPR Rights Portals")]
    privacy_portal: String,
    #[serde(rename = "Wildcard match")]
    wildcard: String,
}

impl Entry {
    fn is_wildcard(&self) -> bool {
        self.wildcard.trim() == "1"
    }

    /// The name as cookiedoc writes it: a wildcard entry is a prefix, so `_ga_` becomes `_ga_*`.
    fn registry_name(&self) -> String {
        let name = self.name.trim();
        if self.is_wildcard() && !name.ends_with('*') {
            format!("{name}*")
        } else {
            name.to_owned()
        }
    }

    fn matches(&self, wanted: &str) -> Match {
        let name = self.name.trim();
        if name == wanted || self.registry_name() == wanted {
            Match::Exact
        } else if self.is_wildcard() && wanted.starts_with(name.trim_end_matches('*')) {
            Match::Wildcard
        } else {
            Match::None
        }
    }

    fn category(&self) -> &'static str {
        match self.category.trim().to_ascii_lowercase().as_str() {
            "necessary" | "security" => "necessary",
            "analytics" => "statistics",
            "marketing" => "marketing",
            // Functional and personalization cookies remember choices.
            _ => "preferences",
        }
    }

    fn provider_name(&self) -> &str {
        let controller = self.controller.trim();
        if controller.is_empty() {
            self.platform.trim()
        } else {
            controller
        }
    }

    /// The free-text retention in cookiedoc's words, when it can be read.
    fn duration(&self) -> Option<String> {
        let text = self.retention.trim().to_ascii_lowercase();
        let text = match text.as_str() {
            "end of session (browser)" | "browser session" | "session cookie" => "session",
            "forever" | "unlimited" | "persistent" | "local storage" => "persistent",
            other => other,
        };
        text.parse::<Duration>().ok().map(|_| text.to_owned())
    }

    /// The domain, when it is one host; and whether the database marks it as a third party.
    fn domain(&self) -> (Option<String>, bool) {
        let raw = self.domain.trim();
        let third = raw.contains("3rd party") || raw.contains("third party");
        let host = raw
            .split(" (")
            .next()
            .unwrap_or("")
            .trim()
            .trim_start_matches('.')
            .to_ascii_lowercase();
        let is_host = !host.is_empty()
            && host.contains('.')
            && host.split('.').all(|l| {
                !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        (is_host.then_some(host), third)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Exact,
    Wildcard,
    None,
}

/// What `import` did, for the user to read.
pub struct Imported {
    pub added: Vec<String>,
    pub warnings: Vec<String>,
}

fn provider_id(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    if id.is_empty() {
        "provider".to_owned()
    } else {
        id
    }
}

fn refused(message: String, help: &str) -> Error {
    Error::Refused {
        message,
        help: help.to_owned(),
    }
}

/// Every name declared in the registry, as written.
fn declared_names(document: &DocumentMut) -> Vec<String> {
    let Some(cookies) = document.get("cookies").and_then(Item::as_array_of_tables) else {
        return Vec::new();
    };
    cookies
        .iter()
        .filter_map(|table| table.get("name"))
        .flat_map(|name| match name.as_value() {
            Some(toml_edit::Value::String(s)) => vec![s.value().clone()],
            Some(toml_edit::Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

pub fn import(options: &Options) -> Result<Imported, Error> {
    let mut document = read_registry(&options.config)?;
    if let Some(provider) = &options.provider {
        check_provider(&document, provider)?;
    }
    let entries = read_database(&options.database)?;
    let chosen = choose(&entries, &declared_names(&document), options)?;
    let mut imported = Imported {
        added: Vec::new(),
        warnings: Vec::new(),
    };
    for (entry, name) in chosen {
        add_cookie(&mut document, entry, &name, options, &mut imported)?;
    }
    if let Some(default) = default_locale(&document).filter(|d| *d != DATABASE_LANGUAGE) {
        imported.warnings.push(format!(
            "the purposes are the database's English, written as `{{ {DATABASE_LANGUAGE} = \"…\" }}`; add the `{default}` text of each (`cookiedoc check` lists them)"
        ));
    }
    let mut edited = document.to_string();
    if !edited.ends_with('\n') {
        edited.push('\n');
    }
    write_atomically(&options.config, edited.as_bytes())?;
    Ok(imported)
}

/// The registry as an editable document. Read as `build` reads it (a regular file, within the
/// limit), but with its line endings kept, since the edited registry is written back.
fn read_registry(config: &Path) -> Result<DocumentMut, Error> {
    let bytes = crate::project::read_regular(config, crate::project::REGISTRY_LIMIT)
        .map_err(Error::io("read", config))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::io("read", config)(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not UTF-8: {}", e.utf8_error()),
        ))
    })?;
    text.parse().map_err(|e: toml_edit::TomlError| {
        refused(
            format!("`{}` is not valid TOML: {}", config.display(), e.message()),
            "run `cookiedoc check` to see where, and fix it first",
        )
    })
}

/// Appends one chosen entry to `[[cookies]]` (declaring its provider if need be), or says in a
/// warning why it was left out.
fn add_cookie(
    document: &mut DocumentMut,
    entry: &Entry,
    name: &str,
    options: &Options,
    imported: &mut Imported,
) -> Result<(), Error> {
    // The database lists some storage keys and misspelt names among its cookies: a name that
    // cannot be an HTTP cookie's is left for a person to file, never written as one.
    if let Err(why) = crate::registry::check_cookie_name(name, crate::registry::Kind::HttpCookie) {
        imported.warnings.push(format!(
            "`{}` was not added: {why}; if it is a storage key, add it by hand with `kind = \"local-storage\"`",
            name.escape_default()
        ));
        return Ok(());
    }
    let provider = match &options.provider {
        Some(provider) => provider.clone(),
        None => {
            let id = provider_id(entry.provider_name());
            ensure_provider(document, &id, entry);
            id
        }
    };
    let (cookie, duration) = cookie_table(entry, name, &provider, options.provider.is_some());
    if duration.is_none() {
        imported.warnings.push(format!(
            "`{name}`: the retention \"{}\" is not a duration cookiedoc can read; add `duration` by hand",
            entry.retention.trim()
        ));
    }
    let cookies = document
        .entry("cookies")
        .or_insert(Item::ArrayOfTables(Default::default()));
    let Some(cookies) = cookies.as_array_of_tables_mut() else {
        return Err(refused(
            "`cookies` in the registry is not an array of tables".into(),
            "write each cookie as a `[[cookies]]` table",
        ));
    };
    cookies.push(cookie);
    imported.added.push(format!(
        "{name} ({}, {}{})",
        entry.platform.trim(),
        entry.category(),
        duration.map(|d| format!(", {d}")).unwrap_or_default()
    ));
    Ok(())
}

/// The language of the database's descriptions. They are written keyed by it, `{ en = "…" }`,
/// so that they are never taken for the default locale's text when that is another language.
const DATABASE_LANGUAGE: &str = "en";

/// The `[[cookies]]` table for one entry, and its duration when the retention could be read.
fn cookie_table(
    entry: &Entry,
    name: &str,
    provider: &str,
    own_provider: bool,
) -> (Table, Option<String>) {
    let mut cookie = Table::new();
    cookie.insert("name", value(name));
    cookie.insert("provider", value(provider));
    cookie.insert("category", value(entry.category()));
    let mut purpose = toml_edit::InlineTable::new();
    purpose.insert(DATABASE_LANGUAGE, entry.description.trim().into());
    cookie.insert("purpose", value(purpose));
    let duration = entry.duration();
    if let Some(duration) = &duration {
        cookie.insert("duration", value(duration.as_str()));
    }
    // Filed under a provider of the registry (a self-hosted tool), the cookies are set on the
    // site itself: the database's domain and third party are its vendor's.
    if !own_provider {
        let (domain, third_party) = entry.domain();
        if third_party {
            cookie.insert("party", value("third"));
        }
        if let Some(domain) = domain {
            cookie.insert("domain", value(domain));
        }
    }
    cookie.decor_mut().set_prefix(format!(
        "\n# Imported from the Open Cookie Database ({}, {}).\n",
        entry.platform.trim(),
        entry.category.trim()
    ));
    (cookie, duration)
}

/// The first of `[site] locales`, as written.
fn default_locale(document: &DocumentMut) -> Option<String> {
    document
        .get("site")?
        .get("locales")?
        .as_array()?
        .get(0)?
        .as_str()
        .map(str::to_owned)
}

/// `--provider` must name a provider the registry declares.
fn check_provider(document: &DocumentMut, id: &str) -> Result<(), Error> {
    let providers: Vec<&str> = document
        .get("providers")
        .and_then(Item::as_table_like)
        .map(|t| t.iter().map(|(k, _)| k).collect())
        .unwrap_or_default();
    if providers.contains(&id) {
        return Ok(());
    }
    let listed = if providers.is_empty() {
        "it declares none".to_owned()
    } else {
        format!("its providers are {}", providers.join(", "))
    };
    Err(refused(
        format!("nothing was imported: the registry has no provider `{id}`; {listed}"),
        &format!("declare `[providers.{id}]` with a `name` first, or leave out --provider"),
    ))
}

/// The entry each wanted name is imported from, or every reason why not.
fn choose<'e>(
    entries: &'e [Entry],
    declared: &[String],
    options: &Options,
) -> Result<Vec<(&'e Entry, String)>, Error> {
    let mut chosen: Vec<(&Entry, String)> = Vec::new();
    let mut problems = Vec::new();
    for wanted in &options.names {
        let entry = match find(entries, wanted) {
            Ok(entry) => entry,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let name = entry.registry_name();
        if declared.contains(&name) || declared.contains(&wanted.name) {
            problems.push(format!(
                "`{name}` is already declared in {}",
                options.config.display()
            ));
            continue;
        }
        if !chosen.iter().any(|(_, n)| *n == name) {
            chosen.push((entry, name));
        }
    }
    if problems.is_empty() {
        Ok(chosen)
    } else {
        Err(refused(
            format!("nothing was imported: {}", problems.join("; ")),
            "fix or leave out these names, then import again; nothing else was changed",
        ))
    }
}

fn same_platform(entry: &Entry, platform: &str) -> bool {
    entry.platform.trim().eq_ignore_ascii_case(platform.trim())
}

/// The one entry `wanted` means, or why there is none: the reason as it is.
fn find<'e>(entries: &'e [Entry], wanted: &Wanted) -> Result<&'e Entry, String> {
    let name = &wanted.name;
    let mut candidates: Vec<(&Entry, Match)> = entries
        .iter()
        .map(|e| (e, e.matches(name)))
        .filter(|(_, m)| *m != Match::None)
        .collect();
    candidates.sort_by_key(|c| c.1);
    let platforms = |candidates: &[(&Entry, Match)]| -> Vec<String> {
        let mut p: Vec<String> = candidates
            .iter()
            .map(|(e, _)| e.platform.trim().to_owned())
            .collect();
        p.dedup();
        p
    };
    if candidates.is_empty() {
        let other_case = entries
            .iter()
            .find(|e| e.name.trim().eq_ignore_ascii_case(name));
        return Err(match other_case {
            Some(e) => format!(
                "`{name}` is not in the Open Cookie Database; did you mean `{}` ({})?",
                e.registry_name(),
                e.platform.trim()
            ),
            None => format!("`{name}` is not in the Open Cookie Database"),
        });
    }
    if let Some(platform) = &wanted.platform {
        let known = entries.iter().any(|e| same_platform(e, platform));
        let all = platforms(&candidates);
        candidates.retain(|(e, _)| same_platform(e, platform));
        if candidates.is_empty() {
            return Err(if known {
                format!(
                    "`{name}` is in the Open Cookie Database under {}, not under {platform}; write `{name}@{}`",
                    all.join(", "),
                    all[0]
                )
            } else {
                let mut names: Vec<&str> = entries.iter().map(|e| e.platform.trim()).collect();
                names.dedup();
                match crate::diagnostic::did_you_mean(platform, names) {
                    Some(s) => format!(
                        "`{platform}` is not a platform of the Open Cookie Database; did you mean {s}?"
                    ),
                    None => format!("`{platform}` is not a platform of the Open Cookie Database"),
                }
            });
        }
    }
    let best = candidates[0].1;
    candidates.retain(|c| c.1 == best);
    let all = platforms(&candidates);
    if all.len() > 1 {
        return Err(format!(
            "`{name}` is known from several platforms: {}; choose one with --platform or `{name}@{}`",
            all.join(", "),
            all[0]
        ));
    }
    Ok(candidates[0].0)
}

fn ensure_provider(document: &mut DocumentMut, id: &str, entry: &Entry) {
    let providers = document.entry("providers").or_insert_with(|| {
        let mut table = Table::new();
        table.set_implicit(true);
        Item::Table(table)
    });
    let Some(providers) = providers.as_table_mut() else {
        return;
    };
    if providers.contains_key(id) {
        return;
    }
    let mut provider = Table::new();
    provider.insert("name", value(entry.provider_name()));
    let portal = entry.privacy_portal.trim();
    if portal.starts_with("https://") || portal.starts_with("http://") {
        provider.insert("privacy_policy", value(portal));
    }
    providers.insert(id, Item::Table(provider));
}

fn read_database(path: &Path) -> Result<Vec<Entry>, Error> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| Error::Io {
        action: "read",
        path: path.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })?;
    let mut entries = Vec::new();
    for (index, row) in reader.deserialize::<Entry>().enumerate() {
        let entry = row.map_err(|e| {
            refused(
                format!(
                    "`{}` line {}: not an Open Cookie Database row: {e}",
                    path.display(),
                    index + 2
                ),
                "use the CSV of the Open Cookie Database (open-cookie-database.csv)",
            )
        })?;
        entries.push(entry);
    }
    Ok(entries)
}

/// A row of the Open Cookie Database as `import` would write it. The benchmark makes its large
/// registry from these, so that it reads the database exactly as `import` does.
pub struct Known {
    /// The name as cookiedoc writes it (a wildcard entry ends in `*`).
    pub name: String,
    pub platform: String,
    pub provider_id: String,
    pub provider_name: String,
    /// cookiedoc's category id.
    pub category: &'static str,
    pub purpose: String,
    /// The retention in cookiedoc's words, when it can be read.
    pub duration: Option<String>,
    /// One host, when the database names one.
    pub domain: Option<String>,
    pub third_party: bool,
    /// The platform's privacy portal, when it is an http(s) address.
    pub privacy_policy: Option<String>,
}

/// Every row of the database at `path`, in its order.
pub fn read_known(path: &Path) -> Result<Vec<Known>, Error> {
    Ok(read_database(path)?
        .into_iter()
        .map(|entry| {
            let (domain, third_party) = entry.domain();
            let portal = entry.privacy_portal.trim();
            Known {
                name: entry.registry_name(),
                platform: entry.platform.trim().to_owned(),
                provider_id: provider_id(entry.provider_name()),
                provider_name: entry.provider_name().to_owned(),
                category: entry.category(),
                purpose: entry.description.trim().to_owned(),
                duration: entry.duration(),
                domain,
                third_party,
                privacy_policy: (portal.starts_with("https://") || portal.starts_with("http://"))
                    .then(|| portal.to_owned()),
            }
        })
        .collect())
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.cookiedoc-{}.tmp", std::process::id()));
    fs::write(&temporary, bytes).map_err(Error::io("write", &temporary))?;
    fs::rename(&temporary, path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        Error::io("replace", path)(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, wildcard: bool, retention: &str, domain: &str) -> Entry {
        Entry {
            platform: "Google Analytics".into(),
            category: "Analytics".into(),
            name: name.into(),
            domain: domain.into(),
            description: "Counts visits".into(),
            retention: retention.into(),
            controller: "Google".into(),
            privacy_portal: "https://business.safety.google/privacy/".into(),
            wildcard: if wildcard { "1" } else { "0" }.into(),
        }
    }

    #[test]
    fn wildcard_entries_match_concrete_names() {
        let ga = entry("_ga_", true, "2 years", "");
        assert_eq!(ga.matches("_ga_123"), Match::Wildcard);
        assert_eq!(ga.matches("_ga_*"), Match::Exact);
        assert_eq!(ga.matches("_gid"), Match::None);
        assert_eq!(ga.registry_name(), "_ga_*");
        let exact = entry("_ga", false, "2 years", "");
        assert_eq!(exact.matches("_ga"), Match::Exact);
        assert_eq!(exact.matches("_ga_1"), Match::None);
    }

    #[test]
    fn retention_in_free_text() {
        for (text, expected) in [
            ("Session", Some("session")),
            ("end of session (browser)", Some("session")),
            ("2 years", Some("2 years")),
            ("30 mins", Some("30 mins")),
            ("forever", Some("persistent")),
            ("unknown", None),
            ("1 hour or longer", None),
        ] {
            assert_eq!(
                entry("x", false, text, "").duration().as_deref(),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn domains_and_third_parties() {
        assert_eq!(
            entry("x", false, "", ".linkedin.com").domain(),
            (Some("linkedin.com".into()), false)
        );
        assert_eq!(
            entry("x", false, "", "facebook.com (3rd party)").domain(),
            (Some("facebook.com".into()), true)
        );
        assert_eq!(
            entry(
                "x",
                false,
                "",
                ".bing.com (3rd party) or .microsoft.com (3rd party)"
            )
            .domain(),
            (Some("bing.com".into()), true)
        );
        assert_eq!(entry("x", false, "", "").domain(), (None, false));
    }

    #[test]
    fn provider_ids_are_slugs() {
        assert_eq!(provider_id("Google"), "google");
        assert_eq!(provider_id("Adobe Inc."), "adobe-inc");
        assert_eq!(provider_id("  "), "provider");
    }
}
