//! `cookiedoc serve` for real: a server on a free port, fetched over TCP while the registry is
//! edited, broken, fixed, deleted and re-created.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("cookies.toml");
        std::fs::copy(example, dir.path().join("cookies.toml")).unwrap();
        let (child, port) = crate::helpers::start_serve(dir.path());
        Server { child, port, dir }
    }

    fn registry(&self) -> PathBuf {
        self.dir.path().join("cookies.toml")
    }

    fn edit(&self, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.registry()).unwrap();
        assert!(text.contains(from), "{from}");
        // Written aside and renamed over, as editors save: a watcher never sees a half-written
        // file (which would show another error first).
        let aside = self.registry().with_extension("toml.saving");
        std::fs::write(&aside, text.replacen(from, to, 1)).unwrap();
        std::fs::rename(&aside, self.registry()).unwrap();
    }

    /// A raw request, so that the path reaches the server exactly as written.
    fn get(&self, path: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            self.port
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Reply {
            status,
            head: head.to_ascii_lowercase(),
            body: body.to_owned(),
        }
    }

    /// Waits until `path` satisfies `condition`, as a person waits for a browser to reload.
    fn wait_for(&self, path: &str, condition: impl Fn(&Reply) -> bool) -> Reply {
        let start = Instant::now();
        loop {
            let reply = self.get(path);
            if condition(&reply) {
                return reply;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "gave up waiting on {path}: {}",
                reply.body
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

#[test]
fn serves_every_page_and_rebuilds_on_edits() {
    let server = Server::start();
    for (path, content_type, needle) in [
        ("/", "text/html", "hreflang=\"de\""),
        ("/en/", "text/html", "Cookies policy"),
        ("/de/index.html", "text/html", "Cookie-Richtlinie"),
        ("/fr/", "text/html", "Politique relative aux cookies"),
        (
            "/en/cookie-policy.md",
            "text/markdown; charset=utf-8",
            "| Service provider's name |",
        ),
        ("/de/cookie-policy.md.html", "text/html", "<table>"),
        ("/assets/cookiedoc.css", "text/css", "prefers-color-scheme"),
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 200, "{path}");
        assert!(
            reply
                .head
                .contains(&format!("content-type: {content_type}")),
            "{path}: {}",
            reply.head
        );
        assert!(reply.body.contains(needle), "{path}");
    }
    let page = server.get("/en/");
    assert!(page.body.contains("/__cookiedoc/livereload.js?generation="));
    assert_eq!(server.get("/en").status, 301);
    assert!(
        server
            .get("/__cookiedoc/livereload.js")
            .body
            .contains("EventSource")
    );

    // An edit shows without a restart.
    server.edit(
        "To remember the user from one page to another",
        "Keeps you signed in",
    );
    server.wait_for("/en/", |r| r.body.contains("Keeps you signed in"));

    // A broken registry keeps the last good page, with the diagnostics over it.
    server.edit("duration = \"2 weeks\"", "duration = \"2 wekks\"");
    let broken = server.wait_for("/en/", |r| {
        r.body.contains("cookiedoc-overlay") && r.body.contains("E007")
    });
    assert!(
        broken.body.contains("Keeps you signed in"),
        "the last good build stays"
    );
    assert!(broken.body.contains("E007"));
    assert!(
        broken.body.contains("cookies.toml:"),
        "the file and line are shown"
    );

    // Fixing it removes the overlay by itself.
    server.edit("duration = \"2 wekks\"", "duration = \"3 weeks\"");
    let fixed = server.wait_for("/en/", |r| !r.body.contains("cookiedoc-overlay"));
    assert!(fixed.body.contains("3 weeks"));
}

#[test]
fn survives_deletion_renames_and_many_clients() {
    let server = Server::start();
    let original = std::fs::read_to_string(server.registry()).unwrap();

    // Deleted: the last good build stays, with the error.
    std::fs::remove_file(server.registry()).unwrap();
    let gone = server.wait_for("/en/", |r| r.body.contains("cookiedoc-overlay"));
    assert!(gone.body.contains("there is no registry"), "{}", gone.body);

    // Re-created the way vim and JetBrains save: write elsewhere, then rename over it.
    let temporary = server.dir.path().join(".cookies.toml.swp");
    std::fs::write(
        &temporary,
        original.replace("Opendatasoft\"", "Opendatasoft SAS\""),
    )
    .unwrap();
    std::fs::rename(&temporary, server.registry()).unwrap();
    server.wait_for("/en/", |r| {
        r.body.contains("Opendatasoft SAS") && !r.body.contains("cookiedoc-overlay")
    });

    // A client that leaves in the middle of an event stream.
    {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        write!(
            stream,
            "GET /__cookiedoc/events?since=999 HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            server.port
        )
        .unwrap();
        let mut first = [0u8; 12];
        stream.read_exact(&mut first).unwrap();
        assert_eq!(&first, b"HTTP/1.1 200");
    }

    // Many clients at once.
    let threads: Vec<_> = (0..32)
        .map(|i| {
            let port = server.port;
            std::thread::spawn(move || {
                let path = [
                    "/en/",
                    "/de/",
                    "/fr/cookie-policy.md",
                    "/assets/cookiedoc.css",
                ][i % 4];
                let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                write!(
                    stream,
                    "GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
                )
                .unwrap();
                let mut raw = String::new();
                stream.read_to_string(&mut raw).unwrap();
                raw.starts_with("HTTP/1.1 200")
            })
        })
        .collect();
    for thread in threads {
        assert!(thread.join().unwrap());
    }
    assert_eq!(server.get("/en/").status, 200);
}

#[test]
fn an_event_stream_announces_the_next_build() {
    let server = Server::start();
    let page = server.get("/en/");
    let generation: u64 = page
        .body
        .split("livereload.js?generation=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        stream,
        "GET /__cookiedoc/events?since={generation} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
        server.port
    )
    .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    server.edit("6 months", "5 months");
    let mut reader = BufReader::new(stream);
    let mut seen = String::new();
    while !seen.contains("event: reload") {
        let mut line = String::new();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "stream ended: {seen}"
        );
        seen.push_str(&line);
    }
    assert!(seen.contains("text/event-stream"), "{seen}");
    assert!(server.get("/en/").body.contains("5 months"));
}

#[test]
fn traversal_attempts_get_404() {
    let server = Server::start();
    for path in [
        "/../cookies.toml",
        "/en/../../cookies.toml",
        "/%2e%2e/cookies.toml",
        "/%2e%2e%2fcookies.toml",
        "/en%2fcookie-policy.md",
        "/en/%2e%2e/%2e%2e/etc/passwd",
        "/..%5ccookies.toml",
        "/cookies.toml",
        "//etc/passwd",
        "/etc/passwd",
        "/en/nothing.html",
    ] {
        assert_eq!(server.get(path).status, 404, "{path}");
    }
}

#[test]
fn serve_never_writes_dist() {
    let server = Server::start();
    server.get("/en/");
    assert!(!server.dir.path().join("dist").exists());
}

/// Headless Chromium opens a served page; the registry is edited; the page reloads by itself.
#[test]
#[ignore = "needs chromium, node and the npm packages of tests/browser"]
fn an_open_page_reloads_itself_in_a_real_browser() {
    let node_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var_os("COOKIEDOC_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let missing = if !chromium.is_file() {
        Some("chromium (apt-get install chromium)")
    } else if !node {
        Some("node (apt-get install nodejs)")
    } else if !node_dir.join("node_modules/playwright-core").is_dir() {
        Some("playwright-core (npm ci --ignore-scripts --prefix tests/browser)")
    } else {
        None
    };
    if let Some(missing) = missing {
        panic!("the browser reload test cannot run: {missing} is missing");
    }
    let server = Server::start();
    let output = Command::new("node")
        .arg(node_dir.join("reload.mjs"))
        .args(["--url", &format!("http://127.0.0.1:{}/en/", server.port)])
        .args(["--registry", server.registry().to_str().unwrap()])
        .args(["--from", "To retrieve data via API calls"])
        .args(["--to", "To fetch data through the API"])
        .args(["--chromium", chromium.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let result: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(result["reloaded"], true, "{stdout}");
    eprintln!("the page reloaded {} ms after the save", result["ms"]);
}

#[test]
fn translations_and_templates_created_later_are_watched() {
    let server = Server::start();
    // `locales/` does not exist when the server starts.
    let dir = server.dir.path().join("locales/en");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("custom.ftl"), "page-title = Our cookies\n").unwrap();
    server.wait_for("/en/", |r| {
        r.body
            .contains("<h1 id=\"cookiedoc-title\">Our cookies</h1>")
    });
    // A later edit inside the new folder is seen too.
    std::fs::write(
        dir.join("custom.ftl"),
        "page-title = Our cookies, revised\n",
    )
    .unwrap();
    server.wait_for("/en/", |r| {
        r.body
            .contains("<h1 id=\"cookiedoc-title\">Our cookies, revised</h1>")
    });

    let templates = server.dir.path().join("templates/partials");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("definitions.html"),
        "<section><h2>{{ t(id=\"definitions-heading\") }}</h2><p>Short version.</p></section>\n",
    )
    .unwrap();
    server.wait_for("/en/", |r| r.body.contains("<p>Short version.</p>"));
    // A broken template shows as an overlay with the template's own place.
    std::fs::write(templates.join("definitions.html"), "<p>{{ oops </p>\n").unwrap();
    let broken = server.wait_for("/en/", |r| {
        r.body.contains("cookiedoc-overlay") && r.body.contains("E016")
    });
    assert!(broken.body.contains("E016"), "{}", broken.body);
    assert!(
        broken
            .body
            .contains("templates/partials/definitions.html:1:"),
        "{}",
        broken.body
    );
}
