//! Hostile input (issue 15): each case ends with its expected error, within generous bounds of
//! time, memory and output, never by crashing, hanging or flooding the terminal. The bounds are
//! far above the real figures (which `cargo bench` measures) so that a loaded machine never
//! fails them; what they catch is a return of the quadratic or unbounded behaviour.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::fixture;

/// Far above any real run of these cases (each takes well under a second), far below a hang.
const TIME_BOUND: Duration = Duration::from_secs(120);
/// Virtual memory the run may reserve, in KiB (rayon's thread stacks count too).
const MEMORY_BOUND_KIB: u64 = 8 * 1024 * 1024;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs cookiedoc in `cwd` under a memory limit, killing it past the time bound.
fn run_bounded(cwd: &Path, args: &[&str]) -> Run {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_BOUND_KIB}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_cookiedoc"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let stdout = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        out.read_to_end(&mut bytes).unwrap();
        bytes
    });
    let stderr = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        err.read_to_end(&mut bytes).unwrap();
        bytes
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIME_BOUND {
            let _ = child.kill();
            panic!("cookiedoc {args:?} ran longer than {TIME_BOUND:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let lossy = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    Run {
        code: status.code(),
        stdout: lossy(stdout.join().unwrap()),
        stderr: lossy(stderr.join().unwrap()),
    }
}

fn registry_with_purpose(purpose: &str) -> String {
    format!(
        "[site]\nname = \"S\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\n\
         [providers.self]\nname = \"S\"\n\
         [[cookies]]\nname = \"c\"\nprovider = \"self\"\ncategory = \"necessary\"\n\
         purpose = '''{purpose}'''\nduration = \"1 day\"\n"
    )
}

fn audit_registry() -> String {
    fixture("audit/cookies.toml").display().to_string()
}

/// No character of the input that could steer a terminal reached it.
fn assert_terminal_safe(text: &str) {
    let unsafe_char = text
        .chars()
        .find(|&c| c != '\n' && cookiedoc::diagnostic::is_unsafe_for_terminal(c));
    assert_eq!(unsafe_char, None, "{text}");
}

#[test]
fn yaml_nested_20000_deep_is_an_error_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cookies.yml"), "- ".repeat(20_000) + "x\n").unwrap();
    let run = run_bounded(
        dir.path(),
        &["audit", "--config", &audit_registry(), "cookies.yml"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[E022]: this YAML nests deeper than 64 levels"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("cookies.yml:1:129"), "{}", run.stderr);
}

#[test]
fn yaml_aliases_of_aliases_are_an_error_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        yaml.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    std::fs::write(dir.path().join("local-storage.yml"), yaml).unwrap();
    let run = run_bounded(
        dir.path(),
        &["audit", "--config", &audit_registry(), "local-storage.yml"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("more than a million values"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_one_line_har_with_2000_unknown_cookies_prints_in_proportion() {
    let dir = tempfile::tempdir().unwrap();
    let entries: Vec<String> = (0..2_000)
        .map(|i| {
            format!(
                r#"{{"request":{{"url":"https://example.org/p{i}","cookies":[],"headers":[]}},"response":{{"headers":[{{"name":"Set-Cookie","value":"unknown{i}=v; Max-Age=3600"}}],"cookies":[]}}}}"#
            )
        })
        .collect();
    let har = format!(r#"{{"log":{{"entries":[{}]}}}}"#, entries.join(","));
    std::fs::write(dir.path().join("one-line.har"), &har).unwrap();
    let run = run_bounded(
        dir.path(),
        &["audit", "--config", &audit_registry(), "one-line.har"],
    );
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stderr.matches("error[A001]").count(), 2_000);
    // About 430 bytes a diagnostic; quoting the whole line each time was 870 MB.
    assert!(
        run.stderr.len() < 2_000 * 1_000,
        "{} bytes",
        run.stderr.len()
    );
    assert!(
        run.stderr.contains("one-line.har:1:"),
        "{}",
        &run.stderr[..2_000]
    );
}

#[test]
fn a_one_line_registry_with_2000_errors_prints_in_proportion() {
    let dir = tempfile::tempdir().unwrap();
    let cookies: Vec<String> = (0..2_000)
        .map(|i| {
            format!(
                r#"{{name = "c{i}", provider = "nope{i}", category = "necessary", purpose = "x"}}"#
            )
        })
        .collect();
    let registry = format!(
        "cookies = [{}]\n[site]\nname = \"S\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\n",
        cookies.join(",")
    );
    std::fs::write(dir.path().join("cookies.toml"), registry).unwrap();
    let run = run_bounded(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stderr.matches("error[E004]").count(), 2_000);
    assert!(
        run.stderr.len() < 2_000 * 1_000,
        "{} bytes",
        run.stderr.len()
    );
}

#[test]
fn cookie_names_from_evidence_cannot_steer_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let har = serde_json::json!({"log": {"entries": [{
        "request": {"url": "https://example.org/", "headers": [],
            "cookies": [{"name": "a\u{1b}]0;pwned\u{7}b\u{202e}c\u{9b}31m\r", "value": "1"}]},
        "response": {"headers": [{"name": "Set-Cookie", "value": "x\u{2066}y\u{7f}=1"}], "cookies": []}
    }]}});
    std::fs::write(dir.path().join("evil.har"), har.to_string()).unwrap();
    for format in ["text", "json"] {
        let run = run_bounded(
            dir.path(),
            &[
                "audit",
                "--config",
                &audit_registry(),
                "--format",
                format,
                "evil.har",
            ],
        );
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        assert_terminal_safe(&run.stderr);
        assert_terminal_safe(&run.stdout);
    }
    let run = run_bounded(
        dir.path(),
        &["audit", "--config", &audit_registry(), "evil.har"],
    );
    assert!(
        run.stderr
            .contains(r"a\u{1b}]0;pwned\u{7}b\u{202e}c\u{9b}31m\u{d}"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_control_character_in_a_cookie_name_is_reported_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let registry = registry_with_purpose("x").replace("name = \"c\"", "name = \"a\\u001b[2Jb\"");
    std::fs::write(dir.path().join("cookies.toml"), registry).unwrap();
    let run = run_bounded(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(r"`a\u{1b}[2Jb` is not a valid cookie name"),
        "{}",
        run.stderr
    );
    assert_terminal_safe(&run.stderr);
}

#[test]
fn markdown_that_html5ever_is_slow_on_is_an_error_naming_the_limit() {
    for (purpose, limit) in [
        ("- ".repeat(40_000) + "x", "16 KiB"),
        ("> ".repeat(50_000), "16 KiB"),
        ("&#x".repeat(800_000), "16 KiB"),
        ("- ".repeat(5_000) + "x", "32 levels"),
        ("> ".repeat(5_000) + "x", "32 levels"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("cookies.toml"),
            registry_with_purpose(&purpose),
        )
        .unwrap();
        let run = run_bounded(dir.path(), &["check"]);
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        assert!(
            run.stderr.contains("error[E022]: the purpose:"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(limit), "{}", run.stderr);
    }
}

#[test]
fn invalid_utf8_has_a_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = registry_with_purpose("QQ").into_bytes();
    let at = bytes.windows(2).position(|w| w == b"QQ").unwrap();
    bytes[at] = 0xff;
    std::fs::write(dir.path().join("cookies.toml"), bytes).unwrap();
    let run = run_bounded(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("error[E023]"), "{}", run.stderr);
    assert!(run.stderr.contains("cookies.toml:11:14"), "{}", run.stderr);
    let run = run_bounded(dir.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(json["code"], "E023");
    assert_eq!(json["file"], "cookies.toml");
    assert_eq!(
        (json["line"].as_u64(), json["column"].as_u64()),
        (Some(11), Some(14))
    );
}

/// A project with the minimal registry and one extra file.
fn project_with(file: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("minimal/cookies.toml"),
        dir.path().join("cookies.toml"),
    )
    .unwrap();
    let path = dir.path().join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    dir
}

#[test]
fn template_errors_have_their_file_line_and_column() {
    let builtin =
        std::fs::read_to_string(crate::helpers::repo().join("templates/policy.html")).unwrap();
    for (inserted, message, column) in [
        (
            "{{ nope() }}",
            "template `policy.html`: Unknown function `nope`",
            4,
        ),
        (
            "{{ lang | nope }}",
            "template `policy.html`: Unknown filter `nope`",
            11,
        ),
        (
            "{% include \"nope.html\" %}",
            "template `policy.html`: Unknown template `nope.html`",
            12,
        ),
        (
            "{% include \"policy.html\" %}",
            "template `policy.html` includes itself",
            12,
        ),
    ] {
        let template = builtin.replacen("<body>\n", &format!("<body>\n{inserted}\n"), 1);
        let line = template.lines().position(|l| l == inserted).unwrap() + 1;
        let dir = project_with("templates/policy.html", &template);
        let run = run_bounded(dir.path(), &["check", "--format", "json"]);
        assert_eq!(run.code, Some(1), "{}", run.stdout);
        let error: serde_json::Value = run
            .stdout
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .find(|d| d["code"] == "E016")
            .unwrap();
        assert!(
            error["message"].as_str().unwrap().starts_with(message),
            "{error}"
        );
        assert_eq!(error["file"], "templates/policy.html", "{error}");
        assert_eq!(error["line"], line, "{error}");
        assert_eq!(error["column"], column, "{error}");
    }
}

#[test]
fn a_missing_attribute_is_not_a_missing_message_and_references_have_places() {
    let ftl = "skip-link = Skip to { page-title.nope }\n    and { nope-msg }\n";
    let dir = project_with("locales/en/cookiedoc.ftl", ftl);
    let run = run_bounded(dir.path(), &["check"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "refers to `page-title.nope`, but the message `page-title` has no attribute `nope`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/en/cookiedoc.ftl:1:23"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("refers to the message `nope-msg`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/en/cookiedoc.ftl:2:11"),
        "{}",
        run.stderr
    );
}
