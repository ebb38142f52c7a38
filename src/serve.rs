//! `cookiedoc serve`: builds in memory, serves the pages, rebuilds when the registry, a
//! translation or a template changes, and reloads every open tab once the new build is complete.
//!
//! Nothing is written to disk. The reload script and the error overlay are added to pages only
//! here, as they are served, so they can never reach what `build` writes. A failed rebuild keeps
//! the last good pages and shows the diagnostics over them until the files are fixed.

use std::collections::BTreeSet;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::error::Error;
use crate::markdown;
use crate::render::{MARKDOWN_FILE, SiteFiles};

/// Long enough to gather the events of one save (editors write, rename and chmod in a burst),
/// short enough for the page to change well within 300 ms.
const DEBOUNCE: Duration = Duration::from_millis(50);
/// How often an idle event stream says it is alive, which also finds closed connections.
const KEEPALIVE: Duration = Duration::from_secs(15);
/// Where the preview server's own resources live; no page of a site can have this path.
const INTERNAL: &str = "__cookiedoc/";
const PREVIEW_SUFFIX: &str = ".html";

pub struct Options {
    pub config: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
}

/// One build as served: the last good pages, and the problems of the newest attempt if it failed.
struct Snapshot {
    generation: u64,
    files: SiteFiles,
    problems: Option<String>,
}

struct Shared {
    snapshot: Mutex<Arc<Snapshot>>,
    changed: Condvar,
}

impl Shared {
    fn current(&self) -> Arc<Snapshot> {
        self.snapshot.lock().expect("snapshot lock").clone()
    }
}

/// The result of one build in memory, as the server wants it.
pub enum Attempt {
    Built(SiteFiles),
    /// The rendered diagnostics (plain text) of a failed build.
    Failed(String),
}

/// Builds the site in memory, printing diagnostics to stderr; never writes.
pub fn attempt(config: &Path, color: bool) -> Attempt {
    match crate::render_in_memory(config) {
        Ok((files, warnings)) => {
            eprint!("{}", warnings.render(color));
            Attempt::Built(with_previews(files))
        }
        Err(Error::Invalid(report)) => {
            eprint!("{}", report.render(color));
            Attempt::Failed(report.render(false))
        }
        Err(error) => {
            eprintln!("error: {error}");
            let mut text = format!("error: {error}\n");
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                text.push_str(&format!("  caused by: {cause}\n"));
                source = cause.source();
            }
            Attempt::Failed(text)
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

pub fn serve(options: Options, color: bool) -> Result<(), Error> {
    let config = options.config.clone();
    // Taken before the first build, so that a change during it is noticed once watching starts.
    let built_version = fingerprint(&config);
    let first = match attempt(&config, color) {
        Attempt::Built(files) => Snapshot {
            generation: 1,
            files,
            problems: None,
        },
        Attempt::Failed(problems) => Snapshot {
            generation: 1,
            files: SiteFiles::new(),
            problems: Some(problems),
        },
    };
    let shared = Arc::new(Shared {
        snapshot: Mutex::new(Arc::new(first)),
        changed: Condvar::new(),
    });

    let address = SocketAddr::new(options.bind, options.port);
    let server = Arc::new(Server::http(address).map_err(|e| Error::Io {
        action: "listen on",
        path: PathBuf::from(address.to_string()),
        source: std::io::Error::other(e.to_string()),
    })?);
    let bound = server
        .server_addr()
        .to_ip()
        .expect("an IP listener has an IP address");
    let url = format!("http://{bound}/");
    // Watching starts before the address is announced: an edit made as soon as the server is
    // up must not be missed.
    let _watcher = watch(&config, built_version, shared.clone(), color)?;
    println!("Serving {} at {url} (Ctrl-C to stop)", config.display());
    let _ = std::io::stdout().flush();

    let stopping = Arc::new(AtomicBool::new(false));
    {
        let server = server.clone();
        let stopping = stopping.clone();
        // Ctrl-C unblocks the accept loop so the process ends through its normal path.
        let _ = crate::interrupt::on_interrupt(move || {
            stopping.store(true, Ordering::SeqCst);
            server.unblock();
        });
    }
    if options.open && opener::open(&url).is_err() {
        eprintln!("warning: could not open a browser; visit {url}");
    }

    for request in server.incoming_requests() {
        let shared = shared.clone();
        std::thread::spawn(move || handle(request, &shared));
    }
    if stopping.load(Ordering::SeqCst) {
        println!("Stopped.");
    }
    Ok(())
}

/// Watches the registry's folder (not recursively: other files there are not ours) and, once they
/// exist, `templates/` and `locales/` recursively. Editors that save by writing a temporary file
/// and renaming it show up as events on the registry's path in its folder.
fn watch(
    config: &Path,
    built_version: Option<Fingerprint>,
    shared: Arc<Shared>,
    color: bool,
) -> Result<WatchHandle, Error> {
    let root = config
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let root = std::fs::canonicalize(root).map_err(Error::io("read", root))?;
    let config_name = config.file_name().map(|n| n.to_owned()).unwrap_or_default();
    let config_path = root.join(&config_name);
    let watched_dirs = [root.join("templates"), root.join("locales")];
    let config = config.to_path_buf();

    let (sender, receiver) = std::sync::mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(DEBOUNCE, None, sender).map_err(|e| Error::Io {
        action: "watch",
        path: root.clone(),
        source: std::io::Error::other(e.to_string()),
    })?;
    debouncer
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| Error::Io {
            action: "watch",
            path: root.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
    let mut watching: BTreeSet<PathBuf> = BTreeSet::new();
    let dirs = watched_dirs.clone();
    let mut ensure_watches =
        move |debouncer: &mut Debouncer<RecommendedWatcher, RecommendedCache>| {
            for dir in &dirs {
                if dir.is_dir() {
                    if !watching.contains(dir)
                        && debouncer.watch(dir, RecursiveMode::Recursive).is_ok()
                    {
                        watching.insert(dir.clone());
                    }
                } else {
                    // A deleted folder loses its watch; it is watched again when it comes back.
                    watching.remove(dir);
                }
            }
        };
    ensure_watches(&mut debouncer);
    let debouncer = Arc::new(Mutex::new(debouncer));
    let handle = debouncer.clone();

    // The first build may be older than the registry already; the watcher then starts with one.
    // An empty batch makes the loop compare the registry with the first build.
    let catch_up = (fingerprint(&config_path) != built_version).then(Vec::new);
    std::thread::spawn(move || {
        let mut registry_seen = built_version;
        for result in catch_up.into_iter().map(Ok).chain(receiver) {
            let Ok(events) = result else { continue };
            // Reading the files to rebuild is an access event too: those must not start a build.
            let changes: Vec<&PathBuf> = events
                .iter()
                .filter(|e| !e.kind.is_access())
                .flat_map(|e| e.paths.iter())
                .collect();
            // A save by rename may be reported under the temporary file's name only, so any
            // change in the folder compares the registry itself with what was last built.
            let registry_now = fingerprint(&config_path);
            let relevant = registry_now != registry_seen
                || changes.iter().any(|path| {
                    *path == &config_path || watched_dirs.iter().any(|dir| path.starts_with(dir))
                });
            registry_seen = registry_now;
            if let Ok(mut debouncer) = handle.lock() {
                ensure_watches(&mut debouncer);
            }
            if !relevant {
                continue;
            }
            let outcome = attempt(&config, color);
            let mut snapshot = shared.snapshot.lock().expect("snapshot lock");
            let generation = snapshot.generation + 1;
            let next = match outcome {
                Attempt::Built(files) => {
                    eprintln!("Rebuilt.");
                    Snapshot {
                        generation,
                        files,
                        problems: None,
                    }
                }
                Attempt::Failed(problems) => Snapshot {
                    generation,
                    files: snapshot.files.clone(),
                    problems: Some(problems),
                },
            };
            *snapshot = Arc::new(next);
            drop(snapshot);
            shared.changed.notify_all();
        }
    });
    Ok(debouncer)
}

/// Inode, size and modification time: what tells one version of a file from another.
type Fingerprint = (u64, u64, std::time::SystemTime);

fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((inode, meta.len(), meta.modified().ok()?))
}

/// Watching stops when this is dropped.
type WatchHandle = Arc<Mutex<Debouncer<RecommendedWatcher, RecommendedCache>>>;

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

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
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

fn handle(request: Request, shared: &Shared) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ =
            request.respond(Response::from_string("method not allowed\n").with_status_code(405));
        return;
    }
    let snapshot = shared.current();
    match route(request.url(), &snapshot.files) {
        Route::File(path) => {
            let bytes = &snapshot.files[&path];
            let body = if path.ends_with(".html") {
                inject(bytes, &snapshot)
            } else {
                bytes.clone()
            };
            let response = Response::from_data(body)
                .with_header(header("Content-Type", content_type(&path)))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
        }
        Route::Redirect(location) => {
            let response = Response::empty(301).with_header(header("Location", &location));
            let _ = request.respond(response);
        }
        Route::LiveReloadScript => {
            let response = Response::from_string(LIVE_RELOAD_JS)
                .with_header(header("Content-Type", content_type("x.js")))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
        }
        Route::Events { since } => stream_events(request, shared, since),
        Route::NotFound if snapshot.files.is_empty() && snapshot.problems.is_some() => {
            // The first build failed: every page is the overlay until it is fixed.
            let page = inject(b"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>cookiedoc</title></head>\n<body>\n</body>\n</html>\n", &snapshot);
            let response = Response::from_data(page)
                .with_status_code(503)
                .with_header(header("Content-Type", content_type("x.html")))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
        }
        Route::NotFound => {
            let response = Response::from_string("404 not found\n")
                .with_status_code(404)
                .with_header(header("Content-Type", "text/plain; charset=utf-8"));
            let _ = request.respond(response);
        }
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

/// A server-sent event stream that says `reload` once a build newer than `since` is ready.
fn stream_events(request: Request, shared: &Shared, since: u64) {
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    let mut snapshot = shared.snapshot.lock().expect("snapshot lock");
    loop {
        if snapshot.generation > since {
            let generation = snapshot.generation;
            drop(snapshot);
            let _ = write!(writer, "event: reload\ndata: {generation}\n\n")
                .and_then(|()| writer.flush());
            return;
        }
        let (next, timeout) = shared
            .changed
            .wait_timeout(snapshot, KEEPALIVE)
            .expect("snapshot lock");
        snapshot = next;
        if timeout.timed_out() {
            // A client that went away makes this write fail, which ends the thread.
            drop(snapshot);
            if writer
                .write_all(b": keepalive\n\n")
                .and_then(|()| writer.flush())
                .is_err()
            {
                return;
            }
            snapshot = shared.snapshot.lock().expect("snapshot lock");
        }
    }
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
