//! `cookiedoc check` on one fixture per diagnostic code: the exact text a person reads, the JSON a
//! CI reads, and the exit status, with and without `--strict`.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

use crate::helpers::text;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
}

/// Runs `cookiedoc check` inside the fixture so that the paths it prints are relative.
fn check(name: &str, args: &[&str]) -> Output {
    Command::cargo_bin("cookiedoc")
        .unwrap()
        .current_dir(fixture(name))
        .env("NO_COLOR", "1")
        .arg("check")
        .args(args)
        .output()
        .unwrap()
}

/// The codes of the diagnostics in a JSON report, in order.
fn json_codes(name: &str) -> Vec<String> {
    let output = check(name, &["--format", "json"]);
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
    text(&output.stdout)
        .lines()
        .map(|line| {
            let value: serde_json::Value =
                serde_json::from_str(line).expect("one JSON object a line");
            for key in [
                "severity",
                "code",
                "message",
                "file",
                "line",
                "column",
                "end_line",
                "end_column",
                "help",
            ] {
                assert!(value.get(key).is_some(), "{key} missing in {line}");
            }
            value["code"].as_str().unwrap().to_owned()
        })
        .collect()
}

macro_rules! diagnostic_fixture {
    ($test:ident, $fixture:literal, $code:literal, $status:literal) => {
        #[test]
        fn $test() {
            let output = check($fixture, &[]);
            assert_eq!(
                output.status.code(),
                Some($status),
                "{}",
                text(&output.stderr)
            );
            assert!(output.stdout.is_empty());
            insta::assert_snapshot!($fixture, text(&output.stderr));
            let codes = json_codes($fixture);
            assert!(codes.iter().any(|c| c == $code), "{codes:?}");
            let json = text(&check($fixture, &["--format", "json"]).stdout);
            insta::assert_snapshot!(concat!($fixture, ".json"), json);
        }
    };
}

diagnostic_fixture!(e001_toml_syntax, "e001-toml-syntax", "E001", 1);
diagnostic_fixture!(e002_wrong_type, "e002-wrong-type", "E002", 1);
diagnostic_fixture!(e002_missing_key, "e002-missing-key", "E002", 1);
diagnostic_fixture!(e003_unknown_key, "e003-unknown-key", "E003", 1);
diagnostic_fixture!(e004_unknown_provider, "e004-unknown-provider", "E004", 1);
diagnostic_fixture!(e005_unknown_category, "e005-unknown-category", "E005", 1);
diagnostic_fixture!(e006_duplicate_cookie, "e006-duplicate-cookie", "E006", 1);
diagnostic_fixture!(e007_bad_duration, "e007-bad-duration", "E007", 1);
diagnostic_fixture!(e008_bad_url, "e008-bad-url", "E008", 1);
diagnostic_fixture!(e009_bad_country, "e009-bad-country", "E009", 1);
diagnostic_fixture!(e010_bad_locale, "e010-bad-locale", "E010", 1);
diagnostic_fixture!(e011_missing_title, "e011-missing-title", "E011", 1);
diagnostic_fixture!(e012_fluent_syntax, "e012-fluent-syntax", "E012", 1);
diagnostic_fixture!(e013_fluent_duplicate, "e013-fluent-duplicate", "E013", 1);
diagnostic_fixture!(e014_missing_message, "e014-missing-message", "E014", 1);
diagnostic_fixture!(e015_fluent_format, "e015-fluent-format", "E015", 1);
diagnostic_fixture!(e016_template, "e016-template", "E016", 1);
diagnostic_fixture!(e017_bad_value, "e017-bad-value", "E017", 1);
diagnostic_fixture!(
    e018_missing_default_text,
    "e018-missing-default-text",
    "E018",
    1
);
diagnostic_fixture!(
    w001_missing_translation,
    "w001-missing-translation",
    "W001",
    0
);
diagnostic_fixture!(w002_unused_provider, "w002-unused-provider", "W002", 0);
diagnostic_fixture!(w003_no_duration, "w003-no-duration", "W003", 0);
diagnostic_fixture!(
    w004_long_consent_cookie,
    "w004-long-consent-cookie",
    "W004",
    0
);
diagnostic_fixture!(w005_over_browser_cap, "w005-over-browser-cap", "W005", 0);
diagnostic_fixture!(w006_third_party_info, "w006-third-party-info", "W006", 0);
diagnostic_fixture!(w007_no_controller, "w007-no-controller", "W007", 0);
diagnostic_fixture!(e025_bad_jurisdiction, "e025-bad-jurisdiction", "E025", 1);
diagnostic_fixture!(e026_bad_transfer, "e026-bad-transfer", "E026", 1);
diagnostic_fixture!(
    e027_transfer_without_country,
    "e027-transfer-without-country",
    "E027",
    1
);
diagnostic_fixture!(
    w009_no_transfer_safeguard,
    "w009-no-transfer-safeguard",
    "W009",
    0
);
diagnostic_fixture!(
    w010_no_consent_control,
    "w010-no-consent-control",
    "W010",
    0
);
diagnostic_fixture!(w011_no_dpo, "w011-no-dpo", "W011", 0);

#[test]
fn a_valid_registry_has_nothing_to_report() {
    let output = check("valid", &["--strict"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stderr), "checked: 0 errors, 0 warnings\n");
    assert!(json_codes("valid").is_empty());
}

#[test]
fn strict_turns_warnings_into_errors() {
    for fixture in [
        "w001-missing-translation",
        "w003-no-duration",
        "w007-no-controller",
    ] {
        let output = check(fixture, &["--strict"]);
        assert_eq!(output.status.code(), Some(1), "{fixture}");
        let stderr = text(&output.stderr);
        assert!(stderr.starts_with("error[W00"), "{stderr}");
        assert!(!stderr.contains("warning["), "{stderr}");
    }
}

#[test]
fn every_mistake_is_reported_in_source_order() {
    let output = check("many-mistakes", &[]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("many-mistakes", text(&output.stderr));
    let output = check("many-mistakes", &["--format", "json"]);
    let lines: Vec<(u64, u64)> = text(&output.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["line"].as_u64().unwrap(), v["column"].as_u64().unwrap())
        })
        .collect();
    assert!(lines.len() >= 8, "{lines:?}");
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
}

#[test]
fn check_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture("valid")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    Command::cargo_bin("cookiedoc")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--strict"])
        .assert()
        .success();
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn a_missing_registry_is_a_json_diagnostic_too() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::cargo_bin("cookiedoc")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(line["code"], "E019");
    assert_eq!(line["severity"], "error");
    assert!(
        line["message"]
            .as_str()
            .unwrap()
            .starts_with("there is no registry at `cookies.toml`"),
        "{line}"
    );
    assert!(
        line["help"].as_str().unwrap().contains("`cookiedoc init`"),
        "{line}"
    );
}
