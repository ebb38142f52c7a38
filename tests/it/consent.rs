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
    // The shop in every built-in language; its policy pages carry the change-settings control.
    let site = dir.path().join("site");
    let mut builtin: Vec<String> = fs::read_dir(repo().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|code| code != "en")
        .collect();
    builtin.sort();
    let locales: Vec<String> = std::iter::once("en".to_owned())
        .chain(builtin)
        .map(|code| format!("\"{code}\""))
        .collect();
    let every_language = shop().replace(
        "locales = [\"en\", \"de\", \"fr\"]",
        &format!("locales = [{}]", locales.join(", ")),
    );
    assert_ne!(every_language, shop());
    let language_count = locales.len();
    built_module(&site, &every_language);
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
    assert!(
        stdout.contains(&format!("locales: {language_count}\n")),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------------------------
// The consent audit
// ---------------------------------------------------------------------------------------------

/// Runs `audit` on the consent test site's registry, as JSON lines.
fn audit(args: &[&str]) -> (Option<i32>, Vec<serde_json::Value>, String) {
    let config = fixture("consent/site/cookies.toml");
    let mut all = vec![
        "audit",
        "--config",
        config.to_str().unwrap(),
        "--format",
        "json",
    ];
    all.extend_from_slice(args);
    let output = Command::new(env!("CARGO_BIN_EXE_cookiedoc"))
        .current_dir(repo())
        .env("NO_COLOR", "1")
        .env("CHROME", chromium())
        .args(&all)
        .output()
        .unwrap();
    let lines = text(&output.stdout)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (output.status.code(), lines, text(&output.stderr))
}

/// (code, message) of every diagnostic that is not a note.
fn findings(lines: &[serde_json::Value]) -> Vec<(String, String)> {
    lines
        .iter()
        .filter(|d| d["severity"] != "note")
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_collectors_real_output_of_a_compliant_site_passes() {
    // website-evidence-collector 2.1.1 run on the test site: `[]` and `{}` when nothing is
    // stored before a choice; its HAR beside them.
    let folder = fixture("consent/edps-ok");
    let har = folder.join("requests.har");
    let (code, lines, stderr) = audit(&[folder.to_str().unwrap(), har.to_str().unwrap()]);
    assert_eq!(findings(&lines), vec![], "{stderr}");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("local-storage.yml (website-evidence-collector local storage): 0 cookies, 0 storage keys"), "{stderr}");
}

#[test]
fn the_collectors_real_output_shows_storage_before_consent() {
    // The same site with Matomo's tag run before any choice: the collector's first-party match
    // list counts as first party, its exact expiry as the lifetime, and no consent record means
    // no choice was made.
    let folder = fixture("consent/edps-pk");
    let (code, lines, stderr) = audit(&[folder.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{stderr}");
    let found = findings(&lines);
    assert_eq!(
        found.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
        ["A007", "A007"],
        "{stderr}"
    );
    assert!(found[0].1.starts_with("the cookie `_pk_id.1.a1b2` was stored in the evidence before the visitor chose, but its category `statistics` needs consent"), "{found:?}");
    assert!(
        found[1]
            .1
            .starts_with("the local-storage key `visits` was stored"),
        "{found:?}"
    );
    let files: Vec<&str> = lines
        .iter()
        .filter(|d| d["code"] == "A007")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert!(
        files[0].ends_with("cookies.yml") && files[1].ends_with("local-storage.yml"),
        "{files:?}"
    );
}

#[test]
fn evidence_with_the_consent_record_is_not_before_consent() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cookies.yml");
    let pk = fs::read_to_string(fixture("consent/edps-pk/cookies.yml")).unwrap();
    fs::write(
        &file,
        format!("{pk}- name: consent_choices\n  domain: 127.0.0.1\n  path: /\n  expires: -1\n  session: true\n  firstPartyStorage: true\n"),
    )
    .unwrap();
    let (code, lines, stderr) = audit(&[file.to_str().unwrap()]);
    assert_eq!(findings(&lines), vec![], "{stderr}");
    assert_eq!(code, Some(0));
}

/// Serves `files` (path → body) on 127.0.0.1 until the test ends; returns the port.
fn serve(files: Vec<(String, Vec<u8>)>) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let files = std::sync::Arc::new(files);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let files = std::sync::Arc::clone(&files);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                let _ = reader.read_line(&mut request);
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
                        break;
                    }
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let found = files.iter().find(|(p, _)| *p == path);
                let (status, body) = match found {
                    Some((_, body)) => ("200 OK", body.clone()),
                    None => ("404 Not Found", b"not found".to_vec()),
                };
                let kind = match path.rsplit('.').next() {
                    Some("mjs" | "js") => "text/javascript",
                    Some("css") => "text/css",
                    _ => "text/html; charset=utf-8",
                };
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(&body);
            });
        }
    });
    port
}

/// The consent test site: its two pages, the library and the banner module cookiedoc builds;
/// `before_consent` is a script its first page runs before any choice, `second` one its second
/// page runs whatever the choice.
fn consent_site(before_consent: &str, second: &str) -> u16 {
    let site = fixture("consent/site");
    let dir = tempfile::tempdir().unwrap();
    let module = built_module(
        dir.path(),
        &fs::read_to_string(site.join("cookies.toml")).unwrap(),
    );
    let library = repo().join("tests/browser/node_modules/vanilla-cookieconsent/dist");
    let index = fs::read_to_string(site.join("index.html"))
        .unwrap()
        .replace("<!-- before-consent -->", before_consent);
    serve(vec![
        ("/".into(), index.into_bytes()),
        (
            "/page2.html".into(),
            fs::read_to_string(site.join("page2.html"))
                .unwrap()
                .replace("<!-- before-consent -->", second)
                .into_bytes(),
        ),
        ("/cookieconsent-config.mjs".into(), module.into_bytes()),
        (
            "/vendor/cookieconsent.esm.js".into(),
            fs::read(library.join("cookieconsent.esm.js")).unwrap(),
        ),
        (
            "/vendor/cookieconsent.css".into(),
            fs::read(library.join("cookieconsent.css")).unwrap(),
        ),
    ])
}

#[test]
#[ignore = "needs chromium and npm packages"]
fn a_compliant_site_passes_the_consent_audit() {
    require_browser_tools();
    let port = consent_site("", "");
    let start = format!("http://127.0.0.1:{port}/");
    for choice in ["reject", "accept"] {
        let (code, lines, stderr) = audit(&["--scan", &start, "--consent", choice]);
        assert_eq!(findings(&lines), vec![], "{choice}: {stderr}");
        assert_eq!(code, Some(0), "{choice}: {stderr}");
        let chose = match choice {
            "reject" => "reject all",
            _ => "accept all",
        };
        assert!(
            stderr.contains(&format!("chose \"{chose}\" in the banner on {start}")),
            "{stderr}"
        );
        if choice == "accept" {
            // What the banner let the tools store is all declared, and seen.
            assert!(stderr.contains("3 cookies, 1 storage key"), "{stderr}");
        }
    }
}

#[test]
#[ignore = "needs chromium and npm packages"]
fn a_site_that_tracks_before_consent_fails_the_audit() {
    require_browser_tools();
    let port = consent_site(
        r#"<script>document.cookie = "_pk_id.1.a1b2=f00d.1764000000; path=/; max-age=34128000";</script>"#,
        "",
    );
    let start = format!("http://127.0.0.1:{port}/");
    for extra in [&[][..], &["--consent", "reject"][..]] {
        let mut args = vec!["--scan", start.as_str()];
        args.extend_from_slice(extra);
        let (code, lines, stderr) = audit(&args);
        assert_eq!(code, Some(1), "{stderr}");
        assert_eq!(
            findings(&lines),
            vec![(
                "A007".to_owned(),
                format!(
                    "the cookie `_pk_id.1.a1b2` was stored on {start} before the visitor chose, but its category `statistics` needs consent"
                )
            )],
            "{stderr}"
        );
    }
}

#[test]
#[ignore = "needs chromium and npm packages"]
fn a_site_that_keeps_refused_cookies_fails_and_one_without_banner_is_an_error() {
    require_browser_tools();
    // The second page sets Matomo's cookie whatever the visitor chose.
    let port = consent_site(
        "",
        r#"<script>document.cookie = "_pk_ses.1.a1b2=1; path=/; max-age=1800";</script>"#,
    );
    let start = format!("http://127.0.0.1:{port}/");
    let (code, lines, stderr) = audit(&["--scan", &start, "--consent", "reject"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        findings(&lines),
        vec![(
            "A008".to_owned(),
            format!(
                "the cookie `_pk_ses.1.a1b2` of category `statistics` is stored on {start}page2.html after the visitor refused it"
            )
        )],
        "{stderr}"
    );

    // A selector that finds nothing, and a site without a banner.
    let (code, lines, stderr) = audit(&[
        "--scan",
        &start,
        "--consent",
        "accept",
        "--consent-selector",
        "#no-such-button",
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    let found = findings(&lines);
    assert_eq!(found[0].0, "A009", "{stderr}");
    assert!(
        found[0].1.contains("nothing matched `#no-such-button`"),
        "{stderr}"
    );
    let no_banner = serve(vec![(
        "/".into(),
        b"<!DOCTYPE html><title>x</title><p>No banner".to_vec(),
    )]);
    let (code, lines, stderr) = audit(&[
        "--scan",
        &format!("http://127.0.0.1:{no_banner}/"),
        "--consent",
        "reject",
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    let found = findings(&lines);
    assert_eq!(found.len(), 1, "{stderr}");
    assert!(
        found[0]
            .1
            .starts_with("no consent banner to reject all on http://127.0.0.1:"),
        "{stderr}"
    );
}
