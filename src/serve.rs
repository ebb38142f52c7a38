//! `cookiedoc serve`: builds in memory, serves the pages, rebuilds when the registry, a
//! translation or a template changes, and reloads every open tab once the new build is complete.
//!
//! Nothing is written to disk. The reload script and the error overlay are added to pages only
//! here, as they are served, so they can never reach what `build` writes. A failed rebuild keeps
//! the last good pages and shows the diagnostics over them until the files are fixed.

mod events;
mod http;
mod watch;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

use crate::diagnostic::Report;
use crate::error::Error;
use crate::markdown;
use crate::render::{MARKDOWN_FILE, SiteFiles};

use http::{Request, Response};

/// Where the preview server's own resources live; no page of a site can have this path.
const INTERNAL: &str = "__cookiedoc/";
const PREVIEW_SUFFIX: &str = ".html";

pub struct Options {
    pub config: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
}

/// What happens while serving, for the command to tell the user.
pub enum Event<'a> {
    /// The server listens; the pages are at `url`.
    Listening { url: &'a str },
    /// A build succeeded, with these warnings; `rebuilt` for every build after the first.
    Built { warnings: &'a Report, rebuilt: bool },
    /// A build failed; the last good pages are served with the problems over them.
    Failed(&'a Error),
    /// `--open` could not start a browser.
    NoBrowser { url: &'a str },
}

/// Receives the [`Event`]s, from whichever thread they happen on.
pub type Reporter = Arc<dyn Fn(Event<'_>) + Send + Sync>;

/// One build as served: the last good pages, and the problems of the newest attempt if it failed.
struct Snapshot {
    generation: u64,
    files: SiteFiles,
    problems: Option<String>,
}

struct Shared {
    snapshot: Mutex<Arc<Snapshot>>,
    /// Tells the reload streams about each new build.
    events: Sender<events::Message>,
}

impl Shared {
    fn current(&self) -> Arc<Snapshot> {
        self.snapshot.lock().expect("snapshot lock").clone()
    }
}

/// The result of one build in memory, as the server wants it.
enum Attempt {
    Built(SiteFiles),
    /// The rendered diagnostics (plain text) of a failed build.
    Failed(String),
}

/// Builds the site in memory, telling `report` how it went; never writes.
fn attempt(config: &Path, report: &Reporter, rebuilt: bool) -> Attempt {
    match crate::render_in_memory(config) {
        Ok((files, warnings)) => {
            report(Event::Built {
                warnings: &warnings,
                rebuilt,
            });
            Attempt::Built(with_previews(files))
        }
        Err(error) => {
            report(Event::Failed(&error));
            Attempt::Failed(match error {
                Error::Invalid(report) => report.render(false),
                error => {
                    let mut text = format!("error: {error}\n");
                    let mut source = std::error::Error::source(&error);
                    while let Some(cause) = source {
                        text.push_str(&format!("  caused by: {cause}\n"));
                        source = cause.source();
                    }
                    text
                }
            })
        }
    }
}

/// Adds `<locale>/cookie-policy.md.html`, the Markdown document rendered for reading.
fn with_previews(mut files: SiteFiles) -> SiteFiles {
    let previews: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter(|(path, _)| path.ends_with(MARKDOWN_FILE))
        .map(|(path, bytes)| {
            let lang = path.split('/').next().unwrap_or("en");
            let text = String::from_utf8_lossy(bytes);
            let body = markdown::document_to_html(&text);
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{MARKDOWN_FILE}</title>\n<link rel=\"stylesheet\" href=\"../assets/cookiedoc.css\">\n</head>\n<body>\n<main class=\"markdown-preview\">\n{body}</main>\n</body>\n</html>\n",
                lang = markdown::escape_html(lang),
            );
            (format!("{path}{PREVIEW_SUFFIX}"), page.into_bytes())
        })
        .collect();
    files.extend(previews);
    files
}

/// Serves until the process is stopped.
pub fn serve(options: Options, report: Reporter) -> Result<(), Error> {
    let config = options.config.clone();
    // Taken before the first build, so that a change during it is noticed once watching starts.
    let built_version = watch::fingerprint(&config);
    let (files, problems) = match attempt(&config, &report, false) {
        Attempt::Built(files) => (files, None),
        Attempt::Failed(problems) => (SiteFiles::new(), Some(problems)),
    };
    let shared = Arc::new(Shared {
        snapshot: Mutex::new(Arc::new(Snapshot {
            generation: 1,
            files,
            problems,
        })),
        events: events::start(1),
    });

    let address = SocketAddr::new(options.bind, options.port);
    let server = http::Server::bind(address).map_err(|source| Error::Io {
        action: "listen on",
        path: PathBuf::from(address.to_string()),
        source,
    })?;
    let url = format!("http://{}/", server.address());
    // Watching starts before the address is announced: an edit made as soon as the server is
    // up must not be missed.
    let _watcher = {
        let (shared, report) = (shared.clone(), report.clone());
        let config_path = config.clone();
        watch::watch(&config, built_version, move || {
            rebuild(&shared, &config_path, &report)
        })?
    };
    report(Event::Listening { url: &url });
    if options.open && opener::open(&url).is_err() {
        report(Event::NoBrowser { url: &url });
    }
    server
        .run(move |request| handle(request, &shared))
        .map_err(|source| Error::Io {
            action: "serve on",
            path: PathBuf::from(address.to_string()),
            source,
        })
}

/// Builds again and serves the result: the new pages, or the last good ones with the problems.
fn rebuild(shared: &Shared, config: &Path, report: &Reporter) {
    let outcome = attempt(config, report, true);
    let mut snapshot = shared.snapshot.lock().expect("snapshot lock");
    let generation = snapshot.generation + 1;
    let (files, problems) = match outcome {
        Attempt::Built(files) => (files, None),
        Attempt::Failed(problems) => (snapshot.files.clone(), Some(problems)),
    };
    *snapshot = Arc::new(Snapshot {
        generation,
        files,
        problems,
    });
    drop(snapshot);
    let _ = shared.events.send(events::Message::Built(generation));
}

/// What a request path names.
#[derive(Debug, PartialEq, Eq)]
enum Route {
    File(String),
    Redirect(String),
    LiveReloadScript,
    Events { since: u64 },
    NotFound,
}

fn route(url: &str, files: &SiteFiles) -> Route {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let path = path.split('#').next().unwrap_or("");
    let lowered = path.to_ascii_lowercase();
    // Encoded separators and back slashes never name a page; refusing them here means no
    // decoding trick can reach a different file.
    if !path.starts_with('/')
        || lowered.contains("%2f")
        || lowered.contains("%5c")
        || path.contains('\\')
    {
        return Route::NotFound;
    }
    let Ok(decoded) = percent_encoding::percent_decode_str(&path[1..]).decode_utf8() else {
        return Route::NotFound;
    };
    if decoded
        .split('/')
        .any(|segment| segment == "." || segment == ".." || segment.contains('\0'))
    {
        return Route::NotFound;
    }
    if let Some(internal) = decoded.strip_prefix(INTERNAL) {
        return match internal {
            "livereload.js" => Route::LiveReloadScript,
            "events" => {
                let since = query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("since="))
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                Route::Events { since }
            }
            _ => Route::NotFound,
        };
    }
    let key = if decoded.is_empty() || decoded.ends_with('/') {
        format!("{decoded}index.html")
    } else {
        decoded.to_string()
    };
    if files.contains_key(&key) {
        return Route::File(key);
    }
    if files.contains_key(&format!("{key}/index.html")) {
        return Route::Redirect(format!("/{decoded}/"));
    }
    Route::NotFound
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

const LIVE_RELOAD_JS: &str = r#"// cookiedoc serve: reloads this page when a new build is ready.
(function () {
  var script = document.currentScript;
  var since = script ? new URL(script.src).searchParams.get("generation") : "0";
  var events = new EventSource("/__cookiedoc/events?since=" + encodeURIComponent(since || "0"));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
"#;

fn handle(request: &Request, shared: &Shared) -> Response {
    let snapshot = shared.current();
    match route(&request.target, &snapshot.files) {
        Route::File(path) => {
            let bytes = &snapshot.files[&path];
            let body = if path.ends_with(".html") {
                inject(bytes, &snapshot)
            } else {
                bytes.clone()
            };
            Response::new(200, body)
                .header("Content-Type", content_type(&path))
                .header("Cache-Control", "no-store")
        }
        Route::Redirect(location) => Response::new(301, "").header("Location", location),
        Route::LiveReloadScript => Response::new(200, LIVE_RELOAD_JS)
            .header("Content-Type", content_type("x.js"))
            .header("Cache-Control", "no-store"),
        Route::Events { since } => {
            let events = shared.events.clone();
            Response::stream(move |stream| {
                let _ = events.send(events::Message::Listen(stream, since));
            })
            .header("Content-Type", "text/event-stream")
            .header("Cache-Control", "no-store")
        }
        Route::NotFound if snapshot.files.is_empty() && snapshot.problems.is_some() => {
            // The first build failed: every page is the overlay until it is fixed.
            let page = inject(b"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>cookiedoc</title></head>\n<body>\n</body>\n</html>\n", &snapshot);
            Response::new(503, page)
                .header("Content-Type", content_type("x.html"))
                .header("Cache-Control", "no-store")
        }
        Route::NotFound => Response::new(404, "404 not found\n")
            .header("Content-Type", "text/plain; charset=utf-8"),
    }
}

/// Adds the error overlay (when the newest build failed) and the reload script to a page.
fn inject(page: &[u8], snapshot: &Snapshot) -> Vec<u8> {
    let page = String::from_utf8_lossy(page);
    let mut addition = String::new();
    if let Some(problems) = &snapshot.problems {
        addition.push_str(&format!(
            "<div id=\"cookiedoc-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;background:rgba(20,20,24,.96);color:#fff;font:14px/1.5 ui-monospace,monospace\"><p style=\"margin:0 0 1rem;font-weight:700;color:#ff8c8c\">cookiedoc: the last change does not build; this page shows the last good build.</p><pre style=\"white-space:pre-wrap;margin:0\">{}</pre></div>\n",
            markdown::escape_html(problems)
        ));
    }
    addition.push_str(&format!(
        "<script src=\"/{INTERNAL}livereload.js?generation={}\"></script>\n",
        snapshot.generation
    ));
    let mut out = String::with_capacity(page.len() + addition.len());
    match page.rfind("</body>") {
        Some(at) => {
            out.push_str(&page[..at]);
            out.push_str(&addition);
            out.push_str(&page[at..]);
        }
        None => {
            out.push_str(&page);
            out.push_str(&addition);
        }
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> SiteFiles {
        let mut files = SiteFiles::new();
        for path in [
            "index.html",
            "en/index.html",
            "en/cookie-policy.md",
            "assets/cookiedoc.css",
        ] {
            files.insert(path.into(), b"x".to_vec());
        }
        files
    }

    #[test]
    fn pages_and_folders() {
        let files = files();
        assert_eq!(route("/", &files), Route::File("index.html".into()));
        assert_eq!(route("/en/", &files), Route::File("en/index.html".into()));
        assert_eq!(
            route("/en/index.html?x=1", &files),
            Route::File("en/index.html".into())
        );
        assert_eq!(route("/en", &files), Route::Redirect("/en/".into()));
        assert_eq!(
            route("/en/cookie-policy.md", &files),
            Route::File("en/cookie-policy.md".into())
        );
        assert_eq!(route("/%65n/", &files), Route::File("en/index.html".into()));
        assert_eq!(
            route("/__cookiedoc/events?since=7", &files),
            Route::Events { since: 7 }
        );
    }

    #[test]
    fn traversal_and_tricks_are_not_found() {
        let files = files();
        for url in [
            "/../cookies.toml",
            "/en/../../etc/passwd",
            "/%2e%2e/cookies.toml",
            "/%2E%2E%2Fcookies.toml",
            "/en%2findex.html",
            "/en%2Findex.html",
            "/en\\index.html",
            "/en/%5c..%5ccookies.toml",
            "//etc/passwd",
            "/etc/passwd",
            "http://example.org/en/",
            "*",
            "/en/./index.html",
            "/%ff",
            "/en/%00",
            "/__cookiedoc/../index.html",
            "/__cookiedoc/other",
        ] {
            assert_eq!(route(url, &files), Route::NotFound, "{url}");
        }
    }

    #[test]
    fn the_overlay_and_script_go_before_the_body_ends() {
        let snapshot = Snapshot {
            generation: 3,
            files: SiteFiles::new(),
            problems: Some("error[E001]: <bad>".into()),
        };
        let page =
            String::from_utf8(inject(b"<html><body><p>x</p></body></html>", &snapshot)).unwrap();
        assert!(page.contains("&lt;bad&gt;"), "{page}");
        assert!(
            page.contains("livereload.js?generation=3\"></script>\n</body>"),
            "{page}"
        );
        let clean = Snapshot {
            problems: None,
            ..snapshot
        };
        let page = String::from_utf8(inject(b"<body></body>", &clean)).unwrap();
        assert!(!page.contains("cookiedoc-overlay"));
    }
}
