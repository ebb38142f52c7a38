//! The built pages checked with the tools the web uses: the W3C Nu HTML Checker, axe-core in
//! headless Chromium (light and dark), layout at 320 to 1280 px, JavaScript off, a
//! `Content-Security-Policy: default-src 'self'`, print styles, screenshots, and cmark-gfm on the
//! Markdown documents. Each test builds the example registry (`cookies.toml`) and every registry in
//! `examples/` into a temporary folder with the cookiedoc binary.
//!
//! The tools are not Rust crates: Debian's `chromium`, `cmark-gfm` and a Java runtime, and the npm
//! packages locked in `tests/browser/package-lock.json` (`npm ci --ignore-scripts --prefix
//! tests/browser`). So every test here is `#[ignore = "needs …"]`: `cargo test` leaves them out and
//! says so, `cargo test -- --include-ignored` (as `.ci/run` does) runs them, and one that runs
//! without its tools fails with the install hint.
//! `COOKIEDOC_CHROMIUM` points at another Chromium or Chrome than `/usr/bin/chromium`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use tempfile::TempDir;

use crate::helpers::{chromium, repo};

const README: &str = "the README's \"Browser checks\" has the whole setup";

fn node_dir() -> PathBuf {
    repo().join("tests/browser")
}

fn vnu_jar() -> PathBuf {
    node_dir().join("node_modules/vnu-jar/build/dist/vnu.jar")
}

/// Screenshots stay under `target/` for a person to look at.
fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is target/tmp")
        .join("browser-screenshots")
}

/// Writes past the test harness's capture, so that `cargo test` shows it even when the test passes.
fn report(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A tool a test needs, as (what is missing, how to install it) when it is not there.
#[derive(Clone, Copy)]
enum Tool {
    Node,
    NodeModules,
    Chromium,
    Java,
    CmarkGfm,
}

impl Tool {
    fn missing(self) -> Option<(String, &'static str)> {
        let present = match self {
            Tool::Node => runs("node", &["--version"]),
            Tool::NodeModules => {
                ["playwright-core", "axe-core"]
                    .iter()
                    .all(|p| node_dir().join("node_modules").join(p).is_dir())
                    && vnu_jar().is_file()
            }
            Tool::Chromium => chromium().is_file(),
            Tool::Java => runs("java", &["-version"]),
            Tool::CmarkGfm => runs("cmark-gfm", &["--version"]),
        };
        if present {
            return None;
        }
        Some(match self {
            Tool::Node => (
                "node".into(),
                "apt-get install nodejs npm (Node.js 20 or later)",
            ),
            Tool::NodeModules => (
                "tests/browser/node_modules".into(),
                "npm ci --ignore-scripts --prefix tests/browser",
            ),
            Tool::Chromium => (
                format!("Chromium at {}", chromium().display()),
                "apt-get install chromium, or set COOKIEDOC_CHROMIUM",
            ),
            Tool::Java => ("java".into(), "apt-get install default-jre-headless"),
            Tool::CmarkGfm => ("cmark-gfm".into(), "apt-get install cmark-gfm"),
        })
    }
}

/// Fails the test, with the install hints, when a tool it needs is missing.
fn require_tools(test: &str, tools: &[Tool]) {
    let mut missing = Vec::new();
    let mut hints = Vec::new();
    for tool in tools {
        if let Some((what, hint)) = tool.missing() {
            missing.push(what);
            hints.push(hint);
        }
    }
    assert!(
        missing.is_empty(),
        "{test} cannot run: {} missing; install with: {} ({README})",
        missing.join(", "),
        hints.join("; "),
    );
}

/// The registries to build: the example and each of `examples/*/cookies.toml`, `examples/*.toml`.
fn registries() -> Vec<(String, PathBuf)> {
    let mut found = vec![("example".to_owned(), repo().join("cookies.toml"))];
    let mut examples = Vec::new();
    if let Ok(entries) = std::fs::read_dir(repo().join("examples")) {
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_stem().and_then(|n| n.to_str()) else {
                continue;
            };
            if path.join("cookies.toml").is_file() {
                examples.push((name.to_owned(), path.join("cookies.toml")));
            } else if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
                examples.push((name.to_owned(), path));
            }
        }
    }
    examples.sort();
    for (name, path) in examples {
        // A folder per site; an example called `example` must not replace the repository's.
        let name = if name == "example" {
            "examples-example".to_owned()
        } else {
            name
        };
        found.push((name, path));
    }
    found
}

/// Builds every registry into `<tmp>/<name>/` with the cookiedoc binary.
fn build_sites() -> TempDir {
    let out = tempfile::tempdir().expect("a temporary folder");
    for (name, config) in registries() {
        let output = Command::new(env!("CARGO_BIN_EXE_cookiedoc"))
            .current_dir(repo())
            .env("NO_COLOR", "1")
            .arg("build")
            .arg("--config")
            .arg(&config)
            .arg("--out")
            .arg(out.path().join(&name))
            .output()
            .expect("cookiedoc runs");
        assert!(
            output.status.success(),
            "cookiedoc build --config {} failed:\n{}",
            config.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    out
}

fn files_with_extension(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a built folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_with_extension(&path, extension, found);
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
    found.sort();
}

fn output_text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs `tests/browser/check.mjs` with the given checks on freshly built sites.
fn run_node_checks(test: &str, checks: &str, extra: &[Tool]) {
    let mut tools = vec![Tool::Node, Tool::NodeModules, Tool::Chromium];
    tools.extend_from_slice(extra);
    require_tools(test, &tools);
    let sites = build_sites();
    let started = Instant::now();
    let output = Command::new("node")
        .current_dir(node_dir())
        .arg("check.mjs")
        .arg(checks)
        .arg("--root")
        .arg(sites.path())
        .arg("--screenshots")
        .arg(screenshot_dir())
        .arg("--chromium")
        .arg(chromium())
        .output()
        .expect("node runs");
    let text = output_text(&output);
    assert!(
        output.status.success(),
        "{test}: the browser checks failed ({:?}):\n{text}",
        output.status
    );
    for line in text.lines().filter(|l| l.starts_with("summary: ")) {
        report(&format!("{test}: {line}"));
    }
    report(&format!(
        "{test}: done in {:.1} s",
        started.elapsed().as_secs_f64()
    ));
}

/// The W3C Nu HTML Checker: no error and no warning on any page or on the stylesheet.
#[test]
#[ignore = "needs java and the npm packages of tests/browser (vnu-jar)"]
fn nu_html_checker_finds_no_error_or_warning() {
    let test = "nu_html_checker_finds_no_error_or_warning";
    require_tools(test, &[Tool::Java, Tool::NodeModules]);
    let sites = build_sites();
    let mut files = Vec::new();
    files_with_extension(sites.path(), "html", &mut files);
    // A fragment is checked inside the host pages that include it (tests/it/embed.rs).
    files.retain(|f| {
        !f.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("fragment"))
    });
    let pages = files.len();
    files_with_extension(sites.path(), "css", &mut files);
    assert!(pages > 0, "no page was built");
    let output = Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args(["--format", "json", "--stdout", "--also-check-css"])
        .args(&files)
        .output()
        .expect("java runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report_json: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "vnu did not print JSON ({e}), exit {:?}:\n{}",
            output.status,
            output_text(&output)
        )
    });
    let messages = report_json["messages"]
        .as_array()
        .expect("vnu's JSON has messages");
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    let mut lines = Vec::new();
    for message in messages.iter().filter(|m| !unknown_to_the_css_validator(m)) {
        let kind = match (message["type"].as_str(), message["subType"].as_str()) {
            (Some("info"), Some("warning")) => {
                warnings += 1;
                "warning"
            }
            (Some("info"), _) => {
                infos += 1;
                "info"
            }
            (Some(other), _) => {
                errors += 1;
                other
            }
            (None, _) => {
                errors += 1;
                "error"
            }
        };
        let file = message["url"].as_str().unwrap_or("?");
        let file = file
            .strip_prefix("file:")
            .and_then(|f| f.strip_prefix(sites.path().to_str().unwrap_or_default()))
            .unwrap_or(file);
        lines.push(format!(
            "{kind}: {file}:{}:{}: {}",
            message["lastLine"],
            message["firstColumn"],
            message["message"].as_str().unwrap_or("?")
        ));
    }
    let summary = format!(
        "vnu {}: {pages} pages and {} stylesheets: {errors} errors, {warnings} warnings, {infos} infos",
        report_json["version"].as_str().unwrap_or("?"),
        files.len() - pages
    );
    assert!(
        errors == 0 && warnings == 0,
        "{summary}\n{}",
        lines.join("\n")
    );
    report(&format!("{test}: {summary}"));
    for line in lines {
        report(&format!("{test}: {line}"));
    }
}

/// The Nu checker's CSS validator predates container queries (CSS Containment Module Level 3,
/// in every browser since 2023): it calls `container` and `@container` unknown. Only those
/// messages are left out, each by its exact text.
pub fn unknown_to_the_css_validator(message: &serde_json::Value) -> bool {
    let text = message["message"].as_str().unwrap_or_default();
    [
        "CSS: “container”: Property “container” doesn't exist.",
        "CSS: Unrecognized at-rule “@container”",
    ]
    .iter()
    .any(|known| text.trim() == *known)
}

/// axe-core finds no WCAG 2.1 A or AA violation, light and dark, wide and narrow.
#[test]
#[ignore = "needs chromium, node and the npm packages of tests/browser"]
fn axe_finds_no_wcag_violation_in_light_or_dark() {
    run_node_checks("axe_finds_no_wcag_violation_in_light_or_dark", "axe", &[]);
}

/// Captions, scopes, `<code>` names, skip link, focus, headings, language switcher;
/// no sideways scrolling at 320–1280 px; complete without JavaScript; nothing blocked by
/// `default-src 'self'` and no request elsewhere; dark and print styles.
#[test]
#[ignore = "needs chromium, node and the npm packages of tests/browser"]
fn pages_are_structured_responsive_self_contained_and_printable() {
    run_node_checks(
        "pages_are_structured_responsive_self_contained_and_printable",
        "structure,responsive,nojs,csp,print,dark",
        &[],
    );
}

/// The English and German pages at 1280 and 360 px, light and dark, and printed, as
/// PNG files under `target/browser-screenshots/`.
#[test]
#[ignore = "needs chromium, node and the npm packages of tests/browser"]
fn screenshots_for_a_person_to_look_at() {
    run_node_checks("screenshots_for_a_person_to_look_at", "screenshots", &[]);
}

/// cmark-gfm renders each `cookie-policy.md` into the page's tables, cells and blocks.
#[test]
#[ignore = "needs chromium, node, cmark-gfm and the npm packages of tests/browser"]
fn markdown_renders_like_the_html_page() {
    run_node_checks(
        "markdown_renders_like_the_html_page",
        "markdown",
        &[Tool::CmarkGfm],
    );
}
