//! Hostile files and faults around the disk and the network (issue 15, items 5–8 and 10): links
//! and special files in a project, an output folder that cannot be replaced, leftovers of killed
//! builds, concurrent builds, and `serve` under requests it must refuse. Every child process is
//! bounded, so that a regression shows as a failure and not as a test run that never ends.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::{fixture, text};

/// Far above what any of these runs needs; only a hang reaches it.
const HANG: Duration = Duration::from_secs(60);

/// Runs the binary in `cwd`, killing it if it has not finished within [`HANG`].
fn bounded(cwd: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cookiedoc"))
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > HANG {
            child.kill().unwrap();
            panic!("`cookiedoc {}` hung", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A project with the minimal registry, in a temporary folder.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        fixture("minimal/cookies.toml"),
        dir.path().join("cookies.toml"),
    )
    .unwrap();
    dir
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// `check` and `build` both fail, without writing `dist/`, and stderr says `expected`.
fn refused(dir: &Path, expected: &[&str]) -> String {
    let mut last = String::new();
    for args in [&["check"][..], &["build"][..]] {
        let output = bounded(dir, args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        for needle in expected {
            assert!(
                stderr.contains(needle),
                "{args:?}: {needle:?} not in {stderr}"
            );
        }
        last = stderr;
    }
    assert!(!dir.join("dist").exists());
    last
}

#[test]
fn a_named_pipe_as_a_template_or_translation_is_an_error_not_a_hang() {
    let dir = project();
    fs::create_dir(dir.path().join("templates")).unwrap();
    mkfifo(&dir.path().join("templates/policy.html"));
    refused(
        dir.path(),
        &[
            "templates/policy.html",
            "not a regular file but a named pipe",
        ],
    );

    let dir = project();
    fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    mkfifo(&dir.path().join("locales/en/custom.ftl"));
    refused(
        dir.path(),
        &[
            "locales/en/custom.ftl",
            "not a regular file but a named pipe",
        ],
    );

    // `import` reads the registry it edits the same way.
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("cookies.toml"));
    let output = bounded(
        dir.path(),
        &["import", "--open-cookie-database", "ocd.csv", "_ga"],
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("not a regular file but a named pipe"),
        "{stderr}"
    );
}

#[test]
fn a_template_linked_to_a_file_outside_is_not_published() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    fs::write(&secret, "root:x:0:0:SECRET-LINE\n").unwrap();
    let dir = project();
    fs::create_dir(dir.path().join("templates")).unwrap();
    symlink(&secret, dir.path().join("templates/policy.html")).unwrap();
    let stderr = refused(dir.path(), &["templates/policy.html", "a symbolic link"]);
    assert!(!stderr.contains("SECRET-LINE"), "{stderr}");

    // A translation linked outside would have its lines quoted by diagnostics.
    let dir = project();
    fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    symlink(&secret, dir.path().join("locales/en/custom.ftl")).unwrap();
    let stderr = refused(dir.path(), &["locales/en/custom.ftl", "a symbolic link"]);
    assert!(!stderr.contains("SECRET-LINE"), "{stderr}");
}

#[test]
fn a_link_to_an_endless_device_is_refused() {
    let dir = project();
    fs::create_dir(dir.path().join("templates")).unwrap();
    symlink("/dev/zero", dir.path().join("templates/policy.html")).unwrap();
    refused(dir.path(), &["templates/policy.html", "a symbolic link"]);

    // The registry itself, named on the command line, is read the same way.
    let dir = project();
    let output = bounded(dir.path(), &["check", "--config", "/dev/zero"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("not a regular file but a device"),
        "{stderr}"
    );
}

#[test]
fn linked_folders_in_the_project_are_errors_not_ignored() {
    let dir = project();
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(elsewhere.join("custom.ftl"), "page-title = Linked\n").unwrap();
    fs::create_dir(dir.path().join("locales")).unwrap();
    symlink(&elsewhere, dir.path().join("locales/en")).unwrap();
    refused(dir.path(), &["locales/en", "a symbolic link"]);

    let dir = project();
    symlink("/etc", dir.path().join("templates")).unwrap();
    refused(dir.path(), &["templates", "a symbolic link"]);
}

#[test]
fn an_oversized_translation_names_the_limit() {
    let dir = project();
    fs::create_dir_all(dir.path().join("locales/en")).unwrap();
    let big = "# comment\n".repeat(1_700_000);
    fs::write(dir.path().join("locales/en/big.ftl"), big).unwrap();
    refused(
        dir.path(),
        &[
            "locales/en/big.ftl",
            "limit of 16 MiB for a translation file",
        ],
    );
}

/// Two builds of one new output folder started together: each waits for the other's lock, and
/// both succeed (before the lock, 2 of 20 pairs failed with "Directory not empty").
#[test]
fn concurrent_builds_of_one_folder_take_turns() {
    let dir = project();
    for round in 0..20 {
        let out = format!("dist-{round}");
        let runs: Vec<_> = (0..2)
            .map(|_| {
                let cwd = dir.path().to_path_buf();
                let out = out.clone();
                std::thread::spawn(move || bounded(&cwd, &["build", "--quiet", "--out", &out]))
            })
            .collect();
        for run in runs {
            let output = run.join().unwrap();
            assert!(
                output.status.success(),
                "round {round}: {}",
                text(&output.stderr)
            );
        }
        assert!(dir.path().join(&out).join("en/index.html").is_file());
    }
    let leftovers: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".tmp") || name.ends_with(".old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// What `kill -9` in the middle of a build leaves: a marked temporary folder of a process that
/// is gone. The next build removes it; an unmarked folder of the same name stays.
#[test]
fn a_killed_builds_leftovers_are_removed_by_the_next_build() {
    let dir = project();
    let gone = {
        let mut child = Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    };
    let leftover = dir.path().join(format!(".dist.cookiedoc-{gone}.tmp"));
    fs::create_dir_all(leftover.join("en")).unwrap();
    fs::write(leftover.join(".cookiedoc"), "marker").unwrap();
    fs::write(leftover.join("en/index.html"), "partial").unwrap();
    let unmarked = dir.path().join(format!(".dist.cookiedoc-{gone}.old"));
    fs::create_dir(&unmarked).unwrap();
    fs::write(unmarked.join("notes.txt"), "not cookiedoc's").unwrap();

    let output = bounded(dir.path(), &["build", "--quiet"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(!leftover.exists(), "the marked leftover is removed");
    assert!(
        unmarked.join("notes.txt").is_file(),
        "the unmarked one stays"
    );
}

#[test]
fn a_linked_marker_does_not_make_a_folder_replaceable() {
    let dir = project();
    let site = dir.path().join("site");
    fs::create_dir(&site).unwrap();
    fs::write(site.join("precious.txt"), "keep").unwrap();
    fs::write(dir.path().join("marker"), "").unwrap();
    symlink(dir.path().join("marker"), site.join(".cookiedoc")).unwrap();
    let output = bounded(dir.path(), &["build", "--out", "site"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("not written by cookiedoc"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(
        fs::read_to_string(site.join("precious.txt")).unwrap(),
        "keep"
    );
}

/// An old `dist/` of mode 555 in a writable parent: the build fails before anything changes.
/// Run as an unprivileged user, for whom the mode counts; as root the build runs as `nobody`.
#[test]
fn an_old_site_that_cannot_be_removed_fails_the_build_and_stays() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;

    let dir = project();
    let as_root = effective_uid() == 0;
    let run = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cookiedoc"));
        command
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .args(args);
        if as_root {
            command.uid(65534).gid(65534);
        }
        command.output().unwrap()
    };
    if as_root {
        // `nobody` needs the way in and the project; the temporary folder is root's (0700).
        for path in [dir.path(), &dir.path().join("cookies.toml")] {
            std::os::unix::fs::chown(path, Some(65534), Some(65534)).unwrap();
        }
    }
    let first = run(&["build", "--quiet"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let dist = dir.path().join("dist");
    let before = fs::read(dist.join("en/index.html")).unwrap();
    fs::set_permissions(&dist, fs::Permissions::from_mode(0o555)).unwrap();
    fs::write(
        dir.path().join("cookies.toml"),
        fs::read_to_string(dir.path().join("cookies.toml"))
            .unwrap()
            .replace("Keeps you signed in", "Changed"),
    )
    .unwrap();

    let second = run(&["build"]);
    let stderr = text(&second.stderr);
    fs::set_permissions(&dist, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot be changed by this user"),
        "{stderr}"
    );
    assert_eq!(fs::read(dist.join("en/index.html")).unwrap(), before);
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.contains(".cookiedoc-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// The effective user, read from `/proc` so that the test needs no `unsafe`.
fn effective_uid() -> u32 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .and_then(|id| id.parse().ok())
        .unwrap_or(u32::MAX)
}

/// `cookiedoc serve --port 0` in a project of its own, stopped when dropped.
struct Serving {
    child: std::process::Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serving {
    fn start() -> Serving {
        let dir = project();
        let (child, port) = crate::helpers::start_serve(dir.path());
        Serving {
            child,
            port,
            _dir: dir,
        }
    }

    fn connect(&self) -> std::net::TcpStream {
        let stream = std::net::TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(HANG)).unwrap();
        stream
    }

    /// The status of the answer to `raw`, sent as is.
    fn status(&self, raw: &[u8]) -> u16 {
        use std::io::{Read, Write};
        let mut stream = self.connect();
        // The server may answer and close before all of a large request is sent.
        let _ = stream.write_all(raw);
        let mut reply = Vec::new();
        let _ = stream.read_to_end(&mut reply);
        let reply = String::from_utf8_lossy(&reply);
        reply
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status in {reply:?}"))
    }

    fn threads(&self) -> usize {
        fs::read_dir(format!("/proc/{}/task", self.child.id()))
            .map(|tasks| tasks.count())
            .unwrap_or(0)
    }
}

/// A page of another site whose name resolves to 127.0.0.1 (DNS rebinding) sends its own name.
#[test]
fn serve_answers_only_requests_for_its_own_address() {
    let server = Serving::start();
    let port = server.port;
    let ask =
        |host: &str| server.status(format!("GET /en/ HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
    assert_eq!(ask(&format!("127.0.0.1:{port}")), 200);
    assert_eq!(ask(&format!("localhost:{port}")), 200);
    for host in [
        format!("rebound.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "127.0.0.1".to_owned(),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
    ] {
        assert_eq!(ask(&host), 421, "{host}");
    }
    assert_eq!(server.status(b"GET /en/ HTTP/1.1\r\n\r\n"), 421, "no Host");
    let post = format!("POST /en/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    assert_eq!(server.status(post.as_bytes()), 405);
}

#[test]
fn serve_refuses_oversized_headers_and_keeps_serving() {
    let server = Serving::start();
    let mut raw = format!("GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n", server.port).into_bytes();
    // 1 MiB of headers, far beyond the 16 KiB limit.
    for i in 0..16_384 {
        raw.extend_from_slice(format!("X-Filler-{i:05}: {}\r\n", "a".repeat(44)).as_bytes());
    }
    raw.extend_from_slice(b"\r\n");
    assert_eq!(server.status(&raw), 431);
    let ok = format!(
        "GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
        server.port
    );
    assert_eq!(server.status(ok.as_bytes()), 200);
}

/// 300 clients that connect and send nothing: the server's threads stay as many as before
/// (a fixed pool), clients beyond the pool and its queue get 503 at once, and once the slow
/// ones are gone the server answers again.
#[test]
fn slow_clients_do_not_grow_the_servers_threads() {
    use std::io::Read;
    let server = Serving::start();
    let ok = format!(
        "GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
        server.port
    );
    assert_eq!(server.status(ok.as_bytes()), 200);
    let before = server.threads();
    assert!(before > 0, "no /proc/PID/task here");

    let slow: Vec<_> = (0..300).map(|_| server.connect()).collect();
    // The last of them was accepted once an answer to one after it arrives.
    let mut busy = 0;
    let mut probe = server.connect();
    let mut reply = String::new();
    let _ = probe.read_to_string(&mut reply);
    if reply.starts_with("HTTP/1.1 503") {
        busy += 1;
    }
    let during = server.threads();
    assert!(
        during <= before + 2,
        "threads grew from {before} to {during} with 300 slow clients"
    );
    assert_eq!(busy, 1, "a client beyond the queue is told 503: {reply:?}");

    drop(slow);
    let start = Instant::now();
    while server.status(ok.as_bytes()) != 200 {
        assert!(start.elapsed() < HANG, "the server did not recover");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `con`, `nul`, `aux` and `prn` are language codes by their shape, but no folder on Windows
/// can have those names: a site built from them could not be checked out there.
#[test]
fn windows_reserved_names_are_not_locales() {
    for code in ["con", "nul", "aux", "PRN"] {
        let dir = project();
        let registry = dir.path().join("cookies.toml");
        let text = fs::read_to_string(&registry).unwrap();
        fs::write(
            &registry,
            text.replace(
                "locales = [\"en\"]",
                &format!("locales = [\"en\", \"{code}\"]"),
            ),
        )
        .unwrap();
        let stderr = refused(dir.path(), &["E010", "reserved file name on Windows"]);
        assert!(
            stderr.contains(&format!("`{code}` cannot be a locale")),
            "{stderr}"
        );
    }
    let dir = project();
    fs::create_dir_all(dir.path().join("locales/nul")).unwrap();
    fs::write(dir.path().join("locales/nul/x.ftl"), "page-title = X\n").unwrap();
    refused(
        dir.path(),
        &["`locales/nul` has a name reserved on Windows"],
    );
}
