//! How long after a save an open page learns that a new build is ready, and serves it.
//!
//! Starts `cookiedoc serve` on the example registry, listens on the reload event stream the
//! injected script uses, saves the registry the way editors do (write a temporary file, rename it
//! over the original), and times the event and the fetch of the changed page. Run with
//! `cargo bench --bench serve`. The target: well within 300 ms.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 25;

fn get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut body = String::new();
    stream.read_to_string(&mut body).unwrap();
    body
}

fn generation(page: &str) -> u64 {
    page.split("livereload.js?generation=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .expect("a served page carries its build generation")
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let registry = dir.path().join("cookies.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("cookies.toml"),
        &registry,
    )
    .unwrap();
    let original = std::fs::read_to_string(&registry).unwrap();
    let (mut child, port) = start_server(dir.path());
    let mut to_event = Vec::new();
    let mut to_page = Vec::new();
    for round in 0..ROUNDS {
        let (event, page) = save_and_reload(port, &registry, &original, round);
        to_event.push(event);
        to_page.push(page);
    }
    let _ = child.kill();
    let _ = child.wait();
    print_times(&[
        ("reload event received", to_event),
        ("changed page fetched", to_page),
    ]);
}

/// `cookiedoc serve` on a free port in `dir`, and that port.
fn start_server(dir: &Path) -> (Child, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cookiedoc"))
        .args(["serve", "--port", "0"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port: u16 = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .expect("serve prints its address");
    (child, port)
}

/// Saves the registry as editors do and returns how long until the reload event arrived and
/// until the changed page was fetched.
fn save_and_reload(
    port: u16,
    registry: &Path,
    original: &str,
    round: usize,
) -> (Duration, Duration) {
    let since = generation(&get(port, "/en/"));
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /__cookiedoc/events?since={since} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut events = BufReader::new(events);
    let mut header = String::new();
    while header != "\r\n" {
        header.clear();
        events.read_line(&mut header).unwrap();
    }
    // Let the watcher settle after the previous round.
    std::thread::sleep(Duration::from_millis(150));

    let marker = format!("Marker {round} for the benchmark");
    let temporary = registry.with_file_name(".cookies.toml.tmp");
    std::fs::write(
        &temporary,
        original.replace("To remember the user from one page to another", &marker),
    )
    .unwrap();
    let saved = Instant::now();
    std::fs::rename(&temporary, registry).unwrap();

    let mut line = String::new();
    while !line.starts_with("event: reload") {
        line.clear();
        events
            .read_line(&mut line)
            .expect("a reload event within 10 s");
    }
    let to_event = saved.elapsed();
    let page = get(port, "/en/");
    assert!(page.contains(&marker), "the reloaded page shows the change");
    (to_event, saved.elapsed())
}

fn print_times(rows: &[(&str, Vec<Duration>)]) {
    println!("cookiedoc serve: save → reload, example registry, {ROUNDS} saves");
    println!(
        "{:<28} {:>8} {:>8} {:>8} {:>8}",
        "", "min", "median", "p90", "max"
    );
    for (label, times) in rows {
        let mut times = times.clone();
        times.sort();
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
        println!(
            "{:<28} {:>8} {:>8} {:>8} {:>8}",
            label,
            ms(times[0]),
            ms(times[times.len() / 2]),
            ms(times[times.len() * 9 / 10]),
            ms(times[times.len() - 1])
        );
    }
}
