//! The consent banner (`build --banner cookieconsent`, `check --banner cookieconsent`): the ES
//! module for vanilla-cookieconsent made from the registry, its warnings (W012–W014), and the
//! module run with the real library in Chromium (`tests/browser/consent.mjs`).

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::helpers::{chromium, cookiedoc, fixture, repo, text};

const MODULE: &str = "cookieconsent-config.mjs";

fn shop() -> String {
    fs::read_to_string(repo().join("examples/shop/cookies.toml")).unwrap()
}

/// Builds `registry` (written into `dir`) with the banner into `dir/dist`.
fn build(dir: &Path, registry: &str) -> std::process::Output {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("cookies.toml"), registry).unwrap();
    cookiedoc(dir, &["build", "--banner", "cookieconsent"])
}

fn built_module(dir: &Path, registry: &str) -> String {
    let output = build(dir, registry);
    assert!(output.status.success(), "{}", text(&output.stderr));
    fs::read_to_string(dir.join("dist").join(MODULE)).unwrap()
}

fn revision(module: &str) -> u64 {
    let line = module
        .lines()
        .find(|l| l.trim_start().starts_with("\"revision\": "))
        .expect("the module has a revision");
    line.trim()
        .trim_start_matches("\"revision\": ")
        .trim_end_matches(',')
        .parse()
        .unwrap()
}

const MINIMAL: &str = r#"[site]
name = "S"
url = "https://example.org"
locales = ["en"]
controller = { name = "S", email = "a@example.org" }
[providers.p]
name = "P"
[[cookies]]
name = "sid"
provider = "p"
category = "necessary"
purpose = "Login"
duration = "session"
"#;

const STATISTICS: &str = r#"
[[cookies]]
name = "_stat_*"
provider = "p"
category = "statistics"
purpose = "Counts visits"
duration = "13 months"
"#;

const RECORD: &str = r#"
[[cookies]]
name = "choice"
provider = "p"
category = "necessary"
purpose = "Keeps your choice"
duration = "6 months"
consent_record = true
"#;

#[test]
fn nothing_to_consent_to_writes_no_banner_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let output = build(dir.path(), MINIMAL);
    assert!(output.status.success());
    assert!(!dir.path().join("dist").join(MODULE).exists());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("warning[W013]: no cookie needs consent, so no consent banner is written"),
        "{stderr}"
    );
    let check = cookiedoc(dir.path(), &["check", "--banner", "cookieconsent"]);
    assert!(text(&check.stderr).contains("warning[W013]"));
    // Without --banner, check says nothing about a banner.
    let plain = cookiedoc(dir.path(), &["check"]);
    assert!(!text(&plain.stderr).contains("W013"));
}

#[test]
fn a_banner_without_a_declared_record_warns() {
    let dir = tempfile::tempdir().unwrap();
    let module = built_module(dir.path(), &format!("{MINIMAL}{STATISTICS}"));
    assert!(
        !module.contains("\"cookie\": {"),
        "the library's default is left"
    );
    let check = cookiedoc(dir.path(), &["check", "--banner", "cookieconsent"]);
    let stderr = text(&check.stderr);
    assert!(stderr.contains("warning[W012]"), "{stderr}");
    assert!(stderr.contains("`cc_cookie`"), "{stderr}");
    let strict = cookiedoc(
        dir.path(),
        &["check", "--banner", "cookieconsent", "--strict"],
    );
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn the_declared_record_is_the_banners_cookie() {
    let dir = tempfile::tempdir().unwrap();
    let module = built_module(dir.path(), &format!("{MINIMAL}{STATISTICS}{RECORD}"));
    assert!(
        module.contains(
            "\"cookie\": {\n    \"name\": \"choice\",\n    \"expiresAfterDays\": 182,\n  },"
        ),
        "{module}"
    );
    let check = cookiedoc(dir.path(), &["check", "--banner", "cookieconsent"]);
    assert!(
        !text(&check.stderr).contains("W01"),
        "{}",
        text(&check.stderr)
    );

    // A record the banner cannot keep as declared.
    let unfit = RECORD
        .replace("\"choice\"", "\"choice_*\"")
        .replace("necessary", "statistics");
    let dir = tempfile::tempdir().unwrap();
    built_module(dir.path(), &format!("{MINIMAL}{STATISTICS}{unfit}"));
    let check = cookiedoc(dir.path(), &["check", "--banner", "cookieconsent"]);
    let stderr = text(&check.stderr);
    assert!(
        stderr.contains("warning[W014]: the consent record must have one exact name"),
        "{stderr}"
    );
}

#[test]
fn refused_cookies_are_cleared_by_name_and_pattern() {
    let dir = tempfile::tempdir().unwrap();
    let module = built_module(dir.path(), &shop());
    for expected in [
        r#""name": /^_pk_id\..*$/,"#,
        r#""name": /^_pk_ses\..*$/,"#,
        r#""name": /^_adnet_.*$/,"#,
        "/^recently_viewed$/,",
        "\"onConsent\": clearRefusedStorage,",
        "\"onChange\": clearRefusedStorage,",
        "export default config;",
    ] {
        assert!(module.contains(expected), "{expected} in\n{module}");
    }
    // Necessary cookies are never cleared; the third-party local storage is out of reach.
    assert!(
        module.contains(
            "\"necessary\": {\n      \"enabled\": true,\n      \"readOnly\": true,\n    },"
        ),
        "{module}"
    );
    assert!(!module.contains("st_player/"));
}

#[test]
fn the_revision_changes_exactly_when_what_needs_consent_changes() {
    let dir = tempfile::tempdir().unwrap();
    let registry = format!("{MINIMAL}{STATISTICS}{RECORD}");
    let first = revision(&built_module(dir.path(), &registry));
    assert!(first > 0);
    // The same registry, texts and necessary cookies changed: the same revision.
    let texts = registry
        .replace("Counts visits", "Counts visits and pages")
        .replace("name = \"sid\"", "name = \"sid2\"");
    assert_eq!(revision(&built_module(dir.path(), &texts)), first);
    // One more cookie that needs consent: a new revision.
    let more = format!("{registry}{}", STATISTICS.replace("_stat_*", "_stat2"));
    assert_ne!(revision(&built_module(dir.path(), &more)), first);
    // A cookie moved to a category that needs consent: a new revision.
    let moved = registry.replace(
        "category = \"necessary\"\npurpose = \"Login\"",
        "category = \"marketing\"\npurpose = \"Login\"",
    );
    assert_ne!(revision(&built_module(dir.path(), &moved)), first);
}

#[test]
fn the_banner_keeps_untrusted_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let registry = fs::read_to_string(fixture("consent/hostile/cookies.toml")).unwrap();
    let module = built_module(dir.path(), &registry);
    assert!(!module.contains("<script"), "{module}");
    assert!(!module.contains("<img"), "{module}");
    assert!(!module.contains("<b>"), "{module}");
    assert!(!module.contains("<iframe"), "{module}");
    assert!(!module.contains("href=\\\"javascript"), "{module}");
    // It is all still there, as text; plain titles are written as they read.
    assert!(
        module.contains("\"title\": \"Ads & partners' offers\","),
        "{module}"
    );
    assert!(
        module.contains("\"title\": \"&lt;img src=x onerror=alert(1)>\","),
        "{module}"
    );
    assert!(
        module.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{module}"
    );
    assert!(
        module.contains("\"rtl\": [\n      \"ar\",\n    ],"),
        "{module}"
    );
}

fn tool_missing(program: &str, args: &[&str]) -> bool {
    !Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Panics with the install hint when a tool these tests need is missing: they are `#[ignore]`d
/// and must not pass without it.
fn require_browser_tools() {
    let modules = repo().join("tests/browser/node_modules");
    let mut missing = Vec::new();
    if tool_missing("node", &["--version"]) {
        missing.push("node (apt-get install nodejs npm)".to_owned());
    }
    for package in ["playwright-core", "vanilla-cookieconsent"] {
        if !modules.join(package).is_dir() {
            missing.push(format!(
                "{package} (npm ci --ignore-scripts --prefix tests/browser)"
            ));
        }
    }
    if !chromium().is_file() {
        missing.push(format!(
            "Chromium at {} (apt-get install chromium, or set COOKIEDOC_CHROMIUM)",
            chromium().display()
        ));
    }
    assert!(missing.is_empty(), "missing: {}", missing.join("; "));
}

#[test]
#[ignore = "needs chromium and npm packages"]
fn the_banner_works_with_the_real_library() {
    require_browser_tools();
    let dir = tempfile::tempdir().unwrap();
    // The shop, with a policy page that carries the change-settings control (the template hook).
    let site = dir.path().join("site");
    fs::create_dir_all(site.join("templates")).unwrap();
    fs::copy(
        fixture("consent/control/policy.html"),
        site.join("templates/policy.html"),
    )
    .unwrap();
    built_module(&site, &shop());
    let bumped = dir.path().join("bumped");
    let more = STATISTICS
        .replace("_stat_*", "_pk_ref.*")
        .replace("\"p\"", "\"matomo\"");
    built_module(&bumped, &format!("{}{more}", shop()));
    let hostile = dir.path().join("hostile");
    built_module(
        &hostile,
        &fs::read_to_string(fixture("consent/hostile/cookies.toml")).unwrap(),
    );

    let output = Command::new("node")
        .current_dir(repo().join("tests/browser"))
        .arg("consent.mjs")
        .arg("--site")
        .arg(site.join("dist"))
        .arg("--bumped")
        .arg(bumped.join("dist"))
        .arg("--hostile")
        .arg(hostile.join("dist"))
        .arg("--chromium")
        .arg(chromium())
        .output()
        .unwrap();
    let stdout = text(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        text(&output.stderr)
    );
    assert!(stdout.contains("summary: 0 failures"), "{stdout}");
}
