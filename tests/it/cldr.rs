//! Plurals, unit words and dates of every built-in locale held against CLDR as an independent
//! implementation says them: Node's `Intl` (`tests/cldr/compare.mjs`). For every unit and every
//! count from 0 to 200, cookiedoc's "N unit" must equal `Intl.NumberFormat(locale, { style:
//! "unit", unit, unitDisplay: "long" })`, and its dates `Intl.DateTimeFormat(locale, { day:
//! "numeric", month: "long", year: "numeric" })` for all twelve months (Latin digits).

use std::process::Command;

use cookiedoc::diagnostic::Sources;
use cookiedoc::i18n::{Localizer, builtin_files};
use cookiedoc::registry::{Date, Duration, Locale, Unit};
use serde_json::{Value, json};

use crate::helpers::{repo, text};

/// Locales for which Node's CLDR data has no long unit words: their words cannot be checked
/// here and are named, not skipped in silence. The test fails when this list is wrong.
const INTL_LACKS_UNIT_WORDS: &[&str] = &["ga", "mt"];

/// The built-in English is the English of the EU's institutions: dates as in `en-GB`.
fn intl_locale(code: &str) -> &str {
    if code == "en" { "en-GB" } else { code }
}

const UNITS: [(Unit, &str); 7] = [
    (Unit::Seconds, "second"),
    (Unit::Minutes, "minute"),
    (Unit::Hours, "hour"),
    (Unit::Days, "day"),
    (Unit::Weeks, "week"),
    (Unit::Months, "month"),
    (Unit::Years, "year"),
];

fn builtin_locales() -> Vec<Locale> {
    let mut codes: Vec<&str> = builtin_files()
        .into_iter()
        .map(|(code, _, _)| code)
        .collect();
    codes.dedup();
    codes
        .into_iter()
        .map(|c| Locale::parse(c).unwrap())
        .collect()
}

/// What cookiedoc says, per locale: every unit for 0..=200, and the 28th of every month.
fn cookiedoc_words() -> Value {
    let locales = builtin_locales();
    let l10n = Localizer::new(&locales, &[], &Sources::default()).expect("built-in messages load");
    let mut said = serde_json::Map::new();
    for locale in &locales {
        let code = locale.code.as_str();
        let mut units = serde_json::Map::new();
        for (unit, intl_unit) in UNITS {
            let counts: Vec<String> = (0..=200)
                .map(|count| {
                    let duration = Duration::Period {
                        parts: vec![(count, unit)],
                        up_to: false,
                    };
                    l10n.duration(code, &duration).unwrap()
                })
                .collect();
            units.insert(intl_unit.to_owned(), json!(counts));
        }
        let dates: Vec<String> = (1..=12)
            .map(|month| {
                l10n.date(
                    code,
                    Date {
                        year: 2026,
                        month,
                        day: 28,
                    },
                )
                .unwrap()
            })
            .collect();
        said.insert(
            code.to_owned(),
            json!({ "intl": intl_locale(code), "units": units, "dates": dates }),
        );
    }
    Value::Object(said)
}

#[test]
#[ignore = "needs node (its Intl is the CLDR reference)"]
fn durations_and_dates_say_what_cldr_says() {
    let dir = tempfile::tempdir().unwrap();
    let said = dir.path().join("said.json");
    std::fs::write(&said, cookiedoc_words().to_string()).unwrap();
    let output = Command::new("node")
        .arg(repo().join("tests/cldr/compare.mjs"))
        .arg(&said)
        .output()
        .expect("node runs");
    assert!(output.status.success(), "{}", text(&output.stderr));
    let result: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mismatches = result["mismatches"].as_array().unwrap();
    let shown: Vec<String> = mismatches.iter().take(40).map(Value::to_string).collect();
    assert!(
        mismatches.is_empty(),
        "{} words differ from CLDR, the first:\n{}",
        mismatches.len(),
        shown.join("\n")
    );
    let lacking: Vec<&str> = result["lacking"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let expected: Vec<&str> = INTL_LACKS_UNIT_WORDS
        .iter()
        .copied()
        .filter(|code| builtin_locales().iter().any(|l| l.code == *code))
        .collect();
    assert_eq!(
        lacking, expected,
        "locales whose unit words Node's Intl lacks"
    );
}

/// Every built-in `.ftl` parses without error in Project Fluent's reference parser
/// (`@fluent/syntax`, locked in tests/browser), not only in the Rust parser cookiedoc uses.
#[test]
#[ignore = "needs node and tests/browser's npm packages (npm ci --prefix tests/browser)"]
fn builtin_messages_parse_in_the_reference_fluent_parser() {
    let output = Command::new("node")
        .arg(repo().join("tests/browser/fluent-syntax.mjs"))
        .arg(repo().join("locales"))
        .output()
        .expect("node runs");
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", text(&output.stderr));
    assert!(stdout.contains(", 0 errors"), "{stdout}");
}
