//! Country names in words, per language: `locales/<code>/countries.txt`, written by
//! `scripts/country-names.mjs` from CLDR (Node's `Intl.DisplayNames`). A language without the file
//! says the English name, marked as English.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::builtin::COUNTRIES;

const FALLBACK: &str = "en";

type ByCode = BTreeMap<&'static str, &'static str>;

/// Each language's names, read on first use: a site needs a few of the languages.
static NAMES: [OnceLock<ByCode>; COUNTRIES.len()] = [const { OnceLock::new() }; COUNTRIES.len()];

/// The names in the language of the built-in folder `folder`.
fn names(folder: &str) -> Option<&'static ByCode> {
    let index = COUNTRIES.iter().position(|(f, _)| *f == folder)?;
    Some(NAMES[index].get_or_init(|| read(COUNTRIES[index].1)))
}

fn read(text: &'static str) -> ByCode {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .collect()
}

/// The name of the country `code` (ISO 3166-1 alpha-2) in `locale`, and the language it is in
/// when that is not the locale's own (a fallback to English).
pub fn country_name(locale: &str, code: &str) -> Option<(&'static str, Option<&'static str>)> {
    let language = locale.split('-').next().unwrap_or(locale);
    let own = names(locale)
        .or_else(|| names(language))
        .and_then(|n| n.get(code));
    match own {
        Some(name) => Some((name, None)),
        None => names(FALLBACK)
            .and_then(|n| n.get(code))
            .map(|name| (*name, (language != FALLBACK).then_some(FALLBACK))),
    }
}

/// The code of the country called `name` in any built-in language ("Germany", "Deutschland").
pub fn country_code_named(name: &str) -> Option<&'static str> {
    // In the order of the folders' names, as it always was.
    let mut folders: Vec<&str> = COUNTRIES.iter().map(|(folder, _)| *folder).collect();
    folders.sort_unstable();
    folders.into_iter().find_map(|folder| {
        let by_code = names(folder)?;
        by_code
            .iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name) || n.to_lowercase() == name.to_lowercase())
            .map(|(code, _)| *code)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_words_with_english_as_the_fallback() {
        assert_eq!(country_name("en", "US"), Some(("United States", None)));
        assert_eq!(country_name("de", "US"), Some(("Vereinigte Staaten", None)));
        assert_eq!(country_name("de-AT", "DE"), Some(("Deutschland", None)));
        assert_eq!(country_name("fr", "GB"), Some(("Royaume-Uni", None)));
        assert_eq!(
            country_name("xx", "US"),
            Some(("United States", Some("en")))
        );
        assert_eq!(country_name("en", "XX"), None);
        assert_eq!(country_code_named("germany"), Some("DE"));
        assert_eq!(country_code_named("Deutschland"), Some("DE"));
    }

    #[test]
    fn every_file_names_every_code() {
        for (locale, text) in COUNTRIES {
            let by_code = names(locale).unwrap();
            // A code CLDR has no name for in that language is recorded as a comment instead.
            let recorded_missing = text.lines().filter(|l| l.contains("CLDR has no")).count();
            assert_eq!(
                by_code.len() + recorded_missing,
                249,
                "locales/{locale}/countries.txt"
            );
        }
        assert!(names("en").is_some());
    }
}
