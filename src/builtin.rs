//! The templates and locales built into the binary. They are listed by name, so that what the
//! binary holds is written in one place; a test checks the lists against the folders, so that a
//! new locale or template file is never left out.

/// `include_str!` of each named file under a folder of the crate, as (name, text).
macro_rules! files {
    ($folder:literal: $($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $folder, "/", $name)),
        )),*]
    };
}

/// `locales/<code>/cookiedoc.ftl` of each code, as (code, text).
macro_rules! locales {
    ($($code:literal),* $(,)?) => {
        &[$((
            $code,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/cookiedoc.ftl")),
        )),*]
    };
}

/// The built-in templates, as (path under `templates/`, text), sorted by path.
pub const TEMPLATES: &[(&str, &str)] = files!("templates":
    "cookiedoc.css",
    "fragment.html",
    "index.html",
    "partials/category.html",
    "partials/category.md",
    "partials/consent-control.html",
    "partials/consent-control.md",
    "partials/controller.html",
    "partials/definitions.html",
    "partials/language-switcher.html",
    "partials/rights.html",
    "partials/rights.md",
    "partials/transfers.html",
    "partials/transfers.md",
    "policy.html",
    "policy.md",
);

/// The one message file of each built-in locale.
pub const LOCALE_FILE: &str = "cookiedoc.ftl";

/// The built-in locales, as (code, text of `locales/<code>/cookiedoc.ftl`), sorted by code.
pub const LOCALES: &[(&str, &str)] = locales!(
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
    "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
);

/// `locales/<code>/countries.txt` of each code, as (code, text).
macro_rules! countries {
    ($($code:literal),* $(,)?) => {
        &[$((
            $code,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/", "countries.txt")),
        )),*]
    };
}

/// The country-name file of a locale, written by `scripts/country-names.mjs`.
pub const COUNTRIES_FILE: &str = "countries.txt";

/// Country names in words of the locales that have them, as (code, text of
/// `locales/<code>/countries.txt`), sorted by code. Others say the English name.
pub const COUNTRIES: &[(&str, &str)] = countries!(
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
    "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv"
);

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every file under `dir`, as paths relative to it with `/`, sorted.
    fn files_under(dir: &Path) -> Vec<String> {
        fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(root, &path, out);
                } else {
                    let relative = path.strip_prefix(root).unwrap();
                    let parts: Vec<_> = relative.iter().map(|p| p.to_str().unwrap()).collect();
                    out.push(parts.join("/"));
                }
            }
        }
        let mut out = Vec::new();
        walk(dir, dir, &mut out);
        out.sort();
        out
    }

    #[test]
    fn the_lists_name_every_file_in_the_folders_in_order() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let templates: Vec<String> = TEMPLATES.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(
            templates,
            files_under(&root.join("templates")),
            "src/builtin.rs TEMPLATES"
        );
        let mut locales: Vec<String> = LOCALES
            .iter()
            .map(|(code, _)| format!("{code}/{LOCALE_FILE}"))
            .chain(
                COUNTRIES
                    .iter()
                    .map(|(code, _)| format!("{code}/{COUNTRIES_FILE}")),
            )
            .collect();
        locales.sort();
        assert_eq!(
            locales,
            files_under(&root.join("locales")),
            "src/builtin.rs LOCALES"
        );
    }

    /// A build parses only the files of its languages, so every file is parsed here.
    #[test]
    fn every_built_in_message_file_parses() {
        for (code, text) in LOCALES {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
                panic!("locales/{code}/{LOCALE_FILE} does not parse: {errors:?}");
            }
        }
    }
}
