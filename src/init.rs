//! `cookiedoc init`: a starter registry that builds as it is, its JSON Schema for editors, and on
//! request copies of the built-in templates and messages to customize, each stamped with the
//! version they were copied from so that `check` can tell when they fall behind.

use std::fs;
use std::path::PathBuf;

use crate::diagnostic::{Code, Diagnostic, SourceId, Sources};
use crate::error::Error;
use crate::{i18n, registry, render};

pub const SCHEMA_FILE: &str = "cookies.schema.json";
const VERSION: &str = env!("CARGO_PKG_VERSION");

const STARTER: &str = r#"#:schema ./cookies.schema.json
# The cookie registry of your site: cookiedoc builds your cookie policy from it.
#   cookiedoc check    finds every mistake
#   cookiedoc build    writes dist/ (HTML and Markdown, one page per locale)
#   cookiedoc serve    previews the pages while you edit
# Every text is a plain string in the default locale, or a table by locale:
#   purpose = { en = "Keeps you signed in", de = "Hält Sie angemeldet" }

[site]
name = "Example"
url = "https://www.example.org"
locales = ["en"]                      # BCP 47; the first is the default locale; built in: en, de, fr
updated = 2026-01-01                  # shown as "last updated"
controller = { name = "Example Ltd", email = "privacy@example.org" }   # who is responsible
# jurisdiction = "DE"                 # the country whose law applies (DE, AT, FR have their own wording); leave out for EU-wide wording
# public_body = true                  # an authority: GDPR Art. 6(1)(e) for necessary cookies; name a `dpo`
# dpo = { name = "Data protection officer", email = "dpo@example.org" }
# supervisory_authority = { name = "…", url = "https://…" }           # named under "Your rights"
# consent_settings = "https://www.example.org/cookie-settings"      # where visitors change their consent
# heading_level = 2                   # fragment.html's headings start at h2, under your page's h1

[providers.example]                   # who sets the cookies; cookies name it by its id
name = "Example Ltd"
privacy_policy = "https://www.example.org/privacy"
country = "DE"                        # ISO 3166-1 alpha-2
# transfer = "scc"                    # outside the EEA: adequacy, dpf, scc, bcr or consent

# Built-in categories: necessary (no consent needed), preferences, statistics, marketing.
# A custom one needs a title:
# [categories.videos]
# title = "Embedded videos"
# consent = true
# legal_basis = "…"                   # by default: consent, or strictly necessary, as the law of `jurisdiction` words it

[[cookies]]
name = "session"                      # or a list: ["a", "b"]; `*` for any characters: "_ga_*"
provider = "example"
category = "necessary"
# party = "third"                     # first (default) or third
# kind = "local-storage"              # http-cookie (default), local-storage, session-storage, indexeddb, pixel
# domain = "example.org"              # when set on another domain
function = "Sign-in"                  # optional: what it does and where
purpose = "Keeps you signed in from one page to the next"
duration = "session"                  # "session", "persistent", "2 weeks", "up to 13 months", "P1Y"
"#;

pub struct Options {
    pub dir: PathBuf,
    pub force: bool,
    pub templates: bool,
    pub locales: bool,
}

/// What `init` did.
#[derive(Debug)]
pub struct Initialized {
    /// The files written, in order.
    pub written: Vec<PathBuf>,
    /// The registry that was there already and was left alone (with `--templates` or
    /// `--locales` in an existing project); `None` when the starter was written.
    pub kept_registry: Option<PathBuf>,
}

/// Writes the starter registry and its schema, or, in a project that has a registry already and
/// asks for `templates` or `locales`, only those copies: an existing `cookies.toml` is never
/// touched then, not even with `force`. Refuses, writing nothing, when a file it would write
/// exists and `force` is not set.
pub fn init(options: &Options) -> Result<Initialized, Error> {
    let dir = &options.dir;
    let registry = dir.join("cookies.toml");
    let copies_only = (options.templates || options.locales) && registry.exists();
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    if !copies_only {
        files.push((registry.clone(), STARTER.to_owned()));
        files.push((dir.join(SCHEMA_FILE), registry::json_schema()));
    }
    if options.templates {
        for (name, text) in render::builtin_templates() {
            files.push((
                dir.join("templates").join(&name),
                stamp_template(&name, text),
            ));
        }
    }
    if options.locales {
        for (folder, name, text) in i18n::builtin_files() {
            let stamped = format!(
                "# cookiedoc {VERSION}: a copy of the built-in locales/{folder}/{name}. Keep only the messages you change.\n{text}"
            );
            files.push((dir.join("locales").join(folder).join(name), stamped));
        }
    }
    let existing: Vec<String> = files
        .iter()
        .filter(|(path, _)| path.exists())
        .map(|(path, _)| format!("`{}`", path.display()))
        .collect();
    if !existing.is_empty() && !options.force {
        let help = if copies_only {
            "move them away, or pass `--force` to replace them (cookies.toml is never touched)"
        } else if options.templates || options.locales {
            "move them away, or pass `--force` to replace them"
        } else {
            "to copy only the templates or messages into this project, run `cookiedoc init --templates` or `--locales`; to replace the files, pass `--force`"
        };
        return Err(Error::Refused {
            message: format!("refusing to overwrite {}", existing.join(", ")),
            help: help.into(),
        });
    }
    let mut written = Vec::new();
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(Error::io("create", parent))?;
        }
        fs::write(&path, text).map_err(Error::io("write", &path))?;
        written.push(path);
    }
    Ok(Initialized {
        written,
        kept_registry: copies_only.then_some(registry),
    })
}

fn stamp_template(name: &str, text: &str) -> String {
    let note = format!("cookiedoc {VERSION}: a copy of the built-in {name}");
    if name.ends_with(".css") {
        format!("/* {note} */\n{text}")
    } else {
        // A Tera comment that trims the line break after it leaves the output unchanged.
        format!("{{#- {note} -#}}\n{text}")
    }
}

/// The version a copied file was stamped with, from its first line.
fn stamped_version(text: &str) -> Option<(u64, u64, u64)> {
    let first = text.lines().next()?;
    let after = first.split("cookiedoc ").nth(1)?;
    let version = after
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()?;
    parse_version(version)
}

fn parse_version(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version.split('.').map(|p| p.parse::<u64>().ok());
    Some((parts.next()??, parts.next()??, parts.next()??))
}

/// W008 for every copied template or `.ftl` file stamped with an older cookiedoc.
pub fn stale_copies(files: &[SourceId], sources: &Sources) -> Vec<Diagnostic> {
    let current = parse_version(VERSION).expect("the package version is semver");
    files
        .iter()
        .filter_map(|&source| {
            let text = sources.text(source);
            let version = stamped_version(text)?;
            (version < current).then(|| {
                let end = text.find('\n').unwrap_or(text.len());
                let (major, minor, patch) = version;
                Diagnostic::warning(
                    Code::StaleCopy,
                    format!(
                        "this file was copied from cookiedoc {major}.{minor}.{patch}; the built-in one may have changed since"
                    ),
                )
                .at(source, 0..end)
                .help(format!(
                    "compare it with a fresh copy (`cookiedoc init --templates --locales <empty folder>`), then update its first line to cookiedoc {VERSION}"
                ))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn stamps_are_read_back() {
        assert_eq!(
            stamped_version(&stamp_template("policy.html", "x")),
            parse_version(VERSION)
        );
        assert_eq!(
            stamped_version(&stamp_template("cookiedoc.css", "x")),
            parse_version(VERSION)
        );
        assert_eq!(
            stamped_version("{#- cookiedoc 0.0.9: a copy -#}\nx"),
            Some((0, 0, 9))
        );
        assert_eq!(stamped_version("no stamp\ncookiedoc 0.0.1"), None);
    }

    #[test]
    fn older_copies_are_reported() {
        let mut sources = Sources::default();
        let old = sources.add(
            Path::new("templates/policy.html"),
            "{#- cookiedoc 0.0.1: a copy -#}\n".into(),
        );
        let new = sources.add(
            Path::new("templates/index.html"),
            stamp_template("index.html", "x").into(),
        );
        let plain = sources.add(Path::new("templates/other.html"), "<p>mine</p>".into());
        let warnings = stale_copies(&[old, new, plain], &sources);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, Code::StaleCopy);
        assert_eq!(warnings[0].location.as_ref().map(|l| l.0), Some(old));
    }
}
