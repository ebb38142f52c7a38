//! `cookiedoc audit`: the real binary run on evidence files written for these tests (a HAR file,
//! the website-evidence-collector's `cookies.yml` and `local-storage.yml`, Netscape `cookies.txt`
//! exports, and broken ones), and a real scan in headless Chromium of a small site served here on
//! 127.0.0.1 with a third party on `localhost`.
//!
//! The fixtures are in `tests/fixtures/audit/`, all held against its `cookies.toml`; each test runs
//! in a copy of that folder so that paths in messages are relative. The stderr snapshots are
//! `tests/it/snapshots/it__audit__*.snap`. The scan needs Debian's `chromium` (or `COOKIEDOC_CHROMIUM`),
//! so it is `#[ignore]`d: `cargo test -- --include-ignored` (as `.ci/run` does) runs it, and
//! without the browser it fails.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, UNIX_EPOCH};

use serde_json::Value;
use tempfile::TempDir;

use crate::helpers::{chromium, cookiedoc, copy_dir, text};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// When the cookies.txt fixtures were exported: 2026-11-20T10:00:00Z. Their lifetimes count
/// from the file's modification time, which the copy is given.
const EXPORTED: u64 = 1_795_168_800;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit")
}

/// A copy of the fixtures, with the cookies.txt files dated to their export.
fn workspace() -> TempDir {
    let dir = TempDir::new().unwrap();
    copy_dir(&fixtures(), dir.path());
    for txt in ["netscape/cookies.txt", "clean/cookies.txt"] {
        fs::File::options()
            .write(true)
            .open(dir.path().join(txt))
            .unwrap()
            .set_modified(UNIX_EPOCH + Duration::from_secs(EXPORTED))
            .unwrap();
    }
    dir
}

fn audit(args: &[&str]) -> Output {
    let dir = workspace();
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    cookiedoc(dir.path(), &all)
}

#[track_caller]
fn assert_exit(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "exit status\n--- stdout\n{}\n--- stderr\n{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

/// The JSON lines of `--format json`, each parsed.
fn json_lines(output: &Output) -> Vec<Value> {
    text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON object"))
        .collect()
}

/// (severity, code, file, line) of each JSON diagnostic.
fn located(diagnostics: &[Value]) -> Vec<(String, String, String, u64)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
                d["file"].as_str().unwrap_or_default().to_owned(),
                d["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn codes(diagnostics: &[Value]) -> Vec<(String, String)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn owned(items: &[(&str, &str, &str, u64)]) -> Vec<(String, String, String, u64)> {
    items
        .iter()
        .map(|(s, c, f, l)| (s.to_string(), c.to_string(), f.to_string(), *l))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Evidence files
// ---------------------------------------------------------------------------------------------

#[test]
fn har_set_cookie_headers_and_request_cookies() {
    let output = audit(&["har/requests.har"]);
    assert_exit(&output, 1);
    assert_eq!(text(&output.stdout), "");
    insta::assert_snapshot!("har", text(&output.stderr));
}

#[test]
fn har_as_json_points_at_each_place() {
    let output = audit(&["har/requests.har", "--format", "json"]);
    assert_exit(&output, 1);
    let diagnostics = json_lines(&output);
    assert_eq!(
        located(&diagnostics),
        owned(&[
            // `lang` asks for two years: browsers keep it 400 days, the policy says 6 months.
            ("error", "A003", "cookies.toml", 36),
            ("note", "A002", "cookies.toml", 39),
            ("note", "A002", "cookies.toml", 47),
            // Cookies of categories that need consent, and no consent record in the HAR: all
            // stored before the visitor chose.
            ("error", "A007", "har/requests.har", 45),
            ("error", "A007", "har/requests.har", 121),
            ("error", "A007", "har/requests.har", 121),
            // A YouTube cookie nobody declared, in a Set-Cookie header of its own.
            ("error", "A001", "har/requests.har", 122),
            // A tracker's `sessionid`, from the response's `cookies` (no Set-Cookie header).
            ("warning", "A004", "har/requests.har", 153),
        ])
    );
    let undeclared = &diagnostics[6];
    assert_eq!(undeclared["column"], 47);
    assert_eq!(
        undeclared["end_column"],
        47 + "__Secure-ROLLOUT_TOKEN".len() as u64
    );
    assert!(
        undeclared["help"]
            .as_str()
            .unwrap()
            .contains(r#"domain = "youtube.com", party = "third""#)
    );
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .contains("kept for 400 days, longer than its declared duration of 6 months")
    );
}

#[test]
fn website_evidence_collector_folder() {
    let output = audit(&["edps"]);
    assert_exit(&output, 1);
    insta::assert_snapshot!("edps", text(&output.stderr));
}

#[test]
fn website_evidence_collector_files_as_json() {
    let output = audit(&[
        "edps/cookies.yml",
        "edps/local-storage.yml",
        "--format",
        "json",
    ]);
    assert_exit(&output, 1);
    assert_eq!(
        located(&json_lines(&output)),
        owned(&[
            ("note", "A002", "cookies.toml", 25),
            ("note", "A002", "cookies.toml", 32),
            // `_ga` kept 400 days (expiresDays) against 13 months declared; `_ga_ABC123` (395
            // days) matches `_ga_*` and is within them.
            ("error", "A003", "cookies.toml", 51),
            ("note", "A002", "cookies.toml", 63),
            // No consent record among the cookies: statistics and marketing cookies were
            // stored before any choice.
            ("error", "A007", "edps/cookies.yml", 1),
            ("error", "A007", "edps/cookies.yml", 25),
            ("error", "A001", "edps/cookies.yml", 39),
            ("error", "A007", "edps/cookies.yml", 65),
            ("error", "A001", "edps/local-storage.yml", 5),
            ("error", "A001", "edps/local-storage.yml", 16),
        ])
    );
}

#[test]
fn netscape_cookies_txt() {
    let output = audit(&["netscape/cookies.txt"]);
    assert_exit(&output, 1);
    insta::assert_snapshot!("netscape", text(&output.stderr));
}

#[test]
fn evidence_that_matches_passes_with_notes_only() {
    let output = audit(&["clean/cookies.txt"]);
    assert_exit(&output, 0);
    let stderr = text(&output.stderr);
    assert!(stderr.contains("note[A002]"), "{stderr}");
    assert!(
        stderr.ends_with("audited: 0 errors, 0 warnings\n"),
        "{stderr}"
    );
    // Notes stay notes under --strict.
    let strict = audit(&["clean/cookies.txt", "--strict", "--format", "json"]);
    assert_exit(&strict, 0);
    assert!(
        codes(&json_lines(&strict))
            .iter()
            .all(|(severity, code)| severity == "note" && code == "A002")
    );
}

#[test]
fn strict_makes_warnings_errors() {
    let output = audit(&["har/requests.har", "--strict", "--format", "json"]);
    assert_exit(&output, 1);
    let codes = codes(&json_lines(&output));
    assert!(
        codes.contains(&("error".into(), "A004".into())),
        "{codes:?}"
    );
    assert!(codes.contains(&("note".into(), "A002".into())), "{codes:?}");
}

#[test]
fn several_evidence_files_are_audited_together() {
    // Each file alone leaves some declared names unseen; the HAR shows `csrftoken`, `lang` and
    // `VISITOR_INFO1_LIVE`, the collector `_ga`, `_ga_*` and `basket`: together, every one.
    let output = audit(&["har/requests.har", "edps", "--format", "json"]);
    assert_exit(&output, 1);
    let codes = codes(&json_lines(&output));
    assert!(!codes.iter().any(|(_, code)| code == "A002"), "{codes:?}");
}

#[test]
fn broken_evidence_is_reported_where_it_breaks() {
    let output = audit(&[
        "broken/truncated.har",
        "broken/notes.md",
        "broken/bad-lines.txt",
    ]);
    assert_exit(&output, 1);
    insta::assert_snapshot!("broken", text(&output.stderr));
}

#[test]
fn a_missing_evidence_file_is_an_error() {
    let output = audit(&["nowhere.har"]);
    assert_exit(&output, 1);
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("error: could not read `nowhere.har`"),
        "{stderr}"
    );
}

#[test]
fn nothing_to_audit() {
    let output = audit(&[]);
    assert_exit(&output, 1);
    assert!(
        text(&output.stderr).starts_with("error: there is nothing to audit"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn an_invalid_registry_stops_the_audit() {
    let dir = workspace();
    fs::write(
        dir.path().join("cookies.toml"),
        "[site]\nname = \"S\"\nurl = \"https://s.example\"\nlocales = [\"en\"]\n\n[[cookies]]\nname = \"a\"\nprovider = \"nobody\"\ncategory = \"necessary\"\npurpose = \"x\"\n",
    )
    .unwrap();
    let output = cookiedoc(dir.path(), &["audit", "har/requests.har"]);
    assert_exit(&output, 1);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error[E004]: unknown provider `nobody`"),
        "{stderr}"
    );
    assert!(!stderr.contains("A00"), "{stderr}");
}

#[test]
fn a_scan_without_a_web_address_fails() {
    let output = audit(&["--scan", "cookies.toml"]);
    assert_exit(&output, 1);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error[A006]: `cookies.toml` is not a web address to scan"),
        "{stderr}"
    );
    // What a scan that did not run did not see means nothing.
    assert!(!stderr.contains("A002"), "{stderr}");
}

// ---------------------------------------------------------------------------------------------
// A real scan
// ---------------------------------------------------------------------------------------------

/// A response of the test site: status, headers and body.
type Page = (u16, Vec<(&'static str, String)>, String);

/// Serves `route` on `listener` until the test ends, recording each request's path.
fn serve(listener: TcpListener, log: Arc<Mutex<Vec<String>>>, route: fn(&str, u16) -> Page) {
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                let _ = answer(stream, &log, route);
            });
        }
    });
}

/// The ports of the shop and of its third party, which the shop's pages link to.
static PORTS: Mutex<(u16, u16)> = Mutex::new((0, 0));

fn answer(
    stream: TcpStream,
    log: &Mutex<Vec<String>>,
    route: fn(&str, u16) -> Page,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    log.lock().unwrap().push(path.clone());
    let ports = *PORTS.lock().unwrap();
    let (status, headers, body) = route(&path, ports.1);
    let mut response = format!(
        "HTTP/1.1 {status} {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        match status {
            200 => "OK",
            301 => "Moved Permanently",
            _ => "Not Found",
        },
        body.len()
    );
    for (name, value) in headers {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    response.push_str("\r\n");
    response.push_str(&body);
    let mut stream = stream;
    stream.write_all(response.as_bytes())?;
    stream.flush()?;
    // Let the browser read everything before the socket closes.
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let mut rest = Vec::new();
    let _ = reader.read_to_end(&mut rest);
    Ok(())
}

fn html() -> Vec<(&'static str, String)> {
    vec![("Content-Type", "text/html; charset=utf-8".to_owned())]
}

/// The shop, on 127.0.0.1: cookies set by HTTP headers and by script, local and session storage,
/// a page reached only by a link, a link that would give consent, and a third party embedded
/// from `localhost`.
fn shop(path: &str, third: u16) -> Page {
    match path {
        "/" => {
            let body = format!(
                r#"<!doctype html>
<html lang="en"><head><title>Scan Test Shop</title></head>
<body>
<h1>Scan Test Shop</h1>
<script>
  document.cookie = "theme=dark; max-age=2592000; path=/";
  localStorage.setItem("basket", "[]");
  sessionStorage.setItem("tab_7f3a", "1");
</script>
<p><a href="/old-about">About us</a> <a href="/about">About</a> <a href="/about#team">The team</a>
<a href="/accept-cookies">Accept all cookies</a>
<a href="http://localhost:{third}/elsewhere">Our video partner</a>
<a href="mailto:shop@example.org">Write to us</a></p>
<iframe src="http://localhost:{third}/embed" title="A video"></iframe>
<img src="http://localhost:{third}/pixel.gif" alt="">
</body></html>"#
            );
            let mut headers = html();
            headers.push(("Set-Cookie", "session_id=s-1; Path=/; HttpOnly".to_owned()));
            // One year, where the policy says six months.
            headers.push(("Set-Cookie", "lang=en; Max-Age=31536000; Path=/".to_owned()));
            (200, headers, body)
        }
        "/about" => {
            let body = r#"<!doctype html>
<html lang="en"><head><title>About</title></head>
<body><h1>About</h1>
<script>localStorage.setItem("recently_viewed", "[]");</script>
<a href="/">Home</a></body></html>"#
                .to_owned();
            (200, html(), body)
        }
        // An old address of /about.
        "/old-about" => (301, vec![("Location", "/about".to_owned())], String::new()),
        "/accept-cookies" => {
            let body = "<!doctype html><title>Thanks</title>".to_owned();
            let mut headers = html();
            headers.push((
                "Set-Cookie",
                "consent=all; Max-Age=15552000; Path=/".to_owned(),
            ));
            (200, headers, body)
        }
        _ => (404, html(), String::new()),
    }
}

/// The third party, reached as `localhost`: a cookie it declares, one by script under a name the
/// shop declares as its own, a storage key and a tracking pixel's cookie that nobody declared.
fn video(path: &str, _third: u16) -> Page {
    match path {
        "/embed" => {
            let body = r#"<!doctype html><title>Video</title>
<script>
  document.cookie = "session_id=v-9; max-age=3600; SameSite=None; Secure";
  localStorage.setItem("player_volume", "0.5");
</script>
<p>A video</p>"#
                .to_owned();
            let mut headers = html();
            headers.push((
                "Set-Cookie",
                "video_id=v-1; Max-Age=15552000; Path=/; SameSite=None; Secure".to_owned(),
            ));
            (200, headers, body)
        }
        "/pixel.gif" => {
            let gif = "GIF89a".to_owned();
            (
                200,
                vec![
                    ("Content-Type", "image/gif".to_owned()),
                    (
                        "Set-Cookie",
                        "tracker=t-1; Max-Age=7776000; Path=/; SameSite=None; Secure".to_owned(),
                    ),
                ],
                gif,
            )
        }
        _ => (404, html(), String::new()),
    }
}

#[test]
#[ignore = "needs chromium"]
fn scans_a_site_in_headless_chromium() {
    let browser = chromium();
    assert!(
        browser.is_file(),
        "the scan cannot run: chromium not found; install with: apt-get install chromium (looked for {}; COOKIEDOC_CHROMIUM names another)",
        browser.display()
    );

    let shop_listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let video_listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let shop_port = shop_listener.local_addr().unwrap().port();
    let video_port = video_listener.local_addr().unwrap().port();
    *PORTS.lock().unwrap() = (shop_port, video_port);
    let shop_log = Arc::new(Mutex::new(Vec::new()));
    let video_log = Arc::new(Mutex::new(Vec::new()));
    serve(shop_listener, Arc::clone(&shop_log), shop);
    serve(video_listener, Arc::clone(&video_log), video);

    let dir = workspace();
    let scan_dir = dir.path().join("scan");
    let start = format!("http://127.0.0.1:{shop_port}/");
    let run = |extra: &[&str]| {
        let began = Instant::now();
        let mut args = vec!["audit", "--scan", start.as_str(), "--format", "json"];
        args.extend_from_slice(extra);
        let output = Command::new(env!("CARGO_BIN_EXE_cookiedoc"))
            .current_dir(&scan_dir)
            .env("NO_COLOR", "1")
            .env("CHROME", &browser)
            .args(&args)
            .output()
            .unwrap();
        let _ = writeln!(
            std::io::stderr(),
            "scan {extra:?} took {:.1} s",
            began.elapsed().as_secs_f64()
        );
        output
    };

    let output = run(&[]);
    let stderr = text(&output.stderr);
    assert_exit(&output, 1);
    let visited: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("visited "))
        .collect();
    // The start page and the page it links, once despite three links to it, one of which
    // redirects; not the link that would give consent, nor the third party's page.
    assert_eq!(
        visited,
        [
            format!("visited http://127.0.0.1:{shop_port}/"),
            format!(
                "visited http://127.0.0.1:{shop_port}/old-about (redirected to http://127.0.0.1:{shop_port}/about)"
            ),
        ],
        "{stderr}"
    );
    assert_eq!(
        shop_log
            .lock()
            .unwrap()
            .iter()
            .filter(|p| *p == "/about")
            .count(),
        1
    );
    assert!(
        !shop_log
            .lock()
            .unwrap()
            .iter()
            .any(|p| p.contains("accept")),
        "the scan loaded the consent link: {:?}",
        shop_log.lock().unwrap()
    );
    assert!(!video_log.lock().unwrap().iter().any(|p| p == "/elsewhere"));
    assert!(
        stderr.contains("scanned without giving consent"),
        "{stderr}"
    );

    let diagnostics = json_lines(&output);
    let found: BTreeSet<(String, String, String)> = diagnostics
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String, String)> = [
        (
            "error",
            "A001",
            "the cookie `tracker` of `localhost` (third party) is not in the registry",
        ),
        (
            "error",
            "A001",
            "the local-storage key `player_volume` of `localhost` (third party) is not in the registry",
        ),
        (
            "error",
            "A003",
            "the cookie `lang` is kept for 365 days, longer than its declared duration of 6 months",
        ),
        (
            "warning",
            "A004",
            "the cookie `session_id` is declared as the site's own, but `localhost`, a third party, stored it",
        ),
        ("note", "A002", "the cookie `_ga` is declared but was not seen"),
    ]
    .iter()
    .map(|(s, c, m)| (s.to_string(), c.to_string(), m.to_string()))
    .collect();
    assert_eq!(found, expected, "{stderr}");
    // Findings of a scan name the page they were first seen on.
    let tracker = diagnostics
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("`tracker`"))
        .unwrap();
    assert!(
        tracker["help"]
            .as_str()
            .unwrap()
            .starts_with(&format!("seen on http://127.0.0.1:{shop_port}/;")),
        "{tracker}"
    );
    assert!(tracker["file"].is_null());

    // One page only: the key that only /about stores is not seen.
    let output = run(&["--pages", "1"]);
    assert_exit(&output, 1);
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("visited ")).count(),
        1,
        "{stderr}"
    );
    assert!(
        json_lines(&output).iter().any(|d| d["message"]
            == "the local-storage key `recently_viewed` is declared but was not seen"),
        "{}",
        text(&output.stdout)
    );
}
