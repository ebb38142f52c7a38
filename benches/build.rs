//! End-to-end benchmark of the `cookiedoc` binary: wall time and peak memory of whole
//! `cookiedoc build` processes (HTML and Markdown, every locale), on two registries:
//!
//! - A: the example registry `cookies.toml` (3 locales, 4 cookies);
//! - B: a registry generated from the Open Cookie Database (`../shared/data/open-cookie-database.csv`,
//!   about 2,200 cookies of about 320 providers, 3 locales); skipped when the file is absent.
//!
//! Run it with `cargo bench --bench build`. Plain std, no harness: cargo builds the binary in the
//! bench profile (which inherits release) and hands its path to the bench as `CARGO_BIN_EXE_cookiedoc`.
//!
//! Environment:
//! - `COOKIEDOC_BENCH_RUNS=N`: timed runs per row (default 30 for A, 20 for B).
//! - `COOKIEDOC_BENCH_CALLGRIND=1`: also count instructions of one build of B under
//!   `valgrind --tool=callgrind` and print the hottest functions (needs valgrind).
//! - `COOKIEDOC_BENCH_KEEP=1`: keep the temporary folders (their paths are printed).
//!
//! Without `--bench` (as `cargo test --benches` runs it) every row runs once, as a smoke test.
//!
//! Wall times are of whole processes and depend on what else runs on the machine (its load
//! average is printed first); the instruction count of `COOKIEDOC_BENCH_CALLGRIND=1` does not.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_cookiedoc");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
/// The whole `cookiedoc build` process on scenario B should take at most this long.
const TARGET_MS: f64 = 20.0;
const WARMUPS: usize = 3;

fn main() {
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let runs_override = std::env::var("COOKIEDOC_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0);
    let runs = |default: usize| {
        if bench_mode {
            runs_override.unwrap_or(default)
        } else {
            1
        }
    };
    let warmups = if bench_mode { WARMUPS } else { 0 };
    let keep = env_flag("COOKIEDOC_BENCH_KEEP");

    println!("cookiedoc end-to-end benchmark");
    println!("binary: {BIN}");
    // Wall times of whole processes depend on what else runs on the machine: say how busy it is.
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    println!("machine: {cpus} CPUs, load average {}", load.join(" "));
    let time_cmd = gnu_time();
    if time_cmd.is_none() {
        println!("note: /usr/bin/time (GNU time) is not installed: peak memory is not measured");
    }
    if !bench_mode {
        println!(
            "note: not run with --bench (as `cargo bench` does): one run per row, as a smoke test"
        );
    }
    println!();

    let mut table = Table::default();
    let time_cmd = time_cmd.as_deref();

    // Scenario A: the example registry.
    let dir_a = TempDir::new("a", keep);
    let config_a = dir_a.path().join("cookies.toml");
    fs::copy(Path::new(MANIFEST_DIR).join("cookies.toml"), &config_a)
        .expect("copy the example cookies.toml");
    let build_a = Job::build(&config_a, &dir_a.path().join("dist"));
    if build_a.first_run("A: example build") {
        let a = "A: example, 4 cookies";
        table.row(a, "build", &build_a, warmups, runs(30), time_cmd);
        table.row(
            a,
            "check",
            &Job::check(&config_a),
            warmups,
            runs(30),
            time_cmd,
        );
    } else {
        table.failed("A: example, 4 cookies", "build");
    }

    // Process start-up alone, the floor under every row.
    table.row(
        "startup",
        "--version",
        &Job::new(&["--version"]),
        warmups,
        runs(30),
        time_cmd,
    );

    // Scenario B: the Open Cookie Database.
    let csv_path = Path::new(MANIFEST_DIR).join("../shared/data/open-cookie-database.csv");
    let mut scenario_b = None;
    match fs::read_to_string(&csv_path) {
        Err(error) => {
            println!(
                "note: scenario B skipped: cannot read {} ({error})",
                csv_path.display()
            );
        }
        Ok(csv) => {
            let generated = generate_registry(&csv);
            let dir_b = TempDir::new("b", keep);
            let config_b = dir_b.path().join("cookies.toml");
            fs::write(&config_b, &generated.toml).expect("write the generated cookies.toml");
            println!("scenario B: {}", generated.summary);
            println!(
                "scenario B registry: {} ({} KiB)",
                config_b.display(),
                generated.toml.len() / 1024
            );
            let out_b = dir_b.path().join("dist");
            let build_b = Job::build(&config_b, &out_b);
            let b = format!("B: OCD, {} cookies", generated.cookies);
            if build_b.first_run("B: Open Cookie Database build") {
                let (files, bytes) = tree_size(&out_b);
                println!("scenario B output: {files} files, {} KiB", bytes / 1024);
                table.row(&b, "build", &build_b, warmups, runs(20), time_cmd);
                // Phases, measured from outside: one locale instead of three, one rendering
                // thread, `check` (renders everything in memory, writes nothing), and loading
                // alone (a registry with one mistake at its end stops after validation, before
                // anything is rendered).
                let mut one_locale = build_b.clone();
                one_locale
                    .args
                    .extend(["--locale".to_owned(), "en".to_owned()]);
                table.row(
                    &b,
                    "build --locale en",
                    &one_locale,
                    warmups,
                    runs(20),
                    time_cmd,
                );
                let mut one_thread = build_b.clone();
                one_thread
                    .env
                    .push(("RAYON_NUM_THREADS".into(), "1".into()));
                table.row(
                    &b,
                    "build, 1 thread",
                    &one_thread,
                    warmups,
                    runs(20),
                    time_cmd,
                );
                table.row(
                    &b,
                    "check",
                    &Job::check(&config_b),
                    warmups,
                    runs(20),
                    time_cmd,
                );
                let invalid = dir_b.path().join("invalid");
                fs::create_dir_all(&invalid).expect("create a folder");
                let config_invalid = invalid.join("cookies.toml");
                let mut toml = generated.toml.clone();
                toml.push_str(
                    "\n[[cookies]]\nname = \"bench_invalid\"\nprovider = \"no-such-provider\"\ncategory = \"necessary\"\npurpose = \"x\"\n",
                );
                fs::write(&config_invalid, toml).expect("write the invalid registry");
                let mut load_only = Job::check(&config_invalid);
                load_only.expect_success = false;
                table.row(
                    &b,
                    "load only (check, 1 error)",
                    &load_only,
                    warmups,
                    runs(20),
                    time_cmd,
                );
                scenario_b = Some((dir_b, build_b));
            } else {
                table.failed(&b, "build");
            }
        }
    }
    println!();
    table.print();

    let b_build = table
        .rows
        .iter()
        .find(|r| r.scenario.starts_with("B:") && r.command == "build");
    if let Some(row) = b_build {
        let verdict = if row.median_ms <= TARGET_MS {
            "met"
        } else {
            "NOT met"
        };
        println!(
            "\ntarget: scenario B `cookiedoc build` <= {TARGET_MS} ms wall (median): {verdict} ({:.2} ms)",
            row.median_ms
        );
    }

    table.print_phases();

    if env_flag("COOKIEDOC_BENCH_CALLGRIND") {
        println!();
        match &scenario_b {
            Some((dir, job)) => callgrind(dir.path(), job),
            None => println!("callgrind: skipped, scenario B did not run"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Running and measuring

/// One `cookiedoc` command line, with extra environment.
#[derive(Clone)]
struct Job {
    args: Vec<String>,
    env: Vec<(String, String)>,
    /// A load-only row runs a registry with a mistake: it must fail.
    expect_success: bool,
}

impl Job {
    fn new(args: &[&str]) -> Job {
        Job {
            args: args.iter().map(|a| a.to_string()).collect(),
            env: Vec::new(),
            expect_success: true,
        }
    }

    fn build(config: &Path, out: &Path) -> Job {
        let (config, out) = (config.display().to_string(), out.display().to_string());
        Job::new(&["build", "--config", &config, "--out", &out])
    }

    fn check(config: &Path) -> Job {
        Job::new(&["check", "--config", &config.display().to_string()])
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env("NO_COLOR", "1")
            .envs(self.env.iter().cloned())
            .stdin(Stdio::null());
        command
    }

    fn output(&self) -> Output {
        self.command(BIN)
            .args(&self.args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {BIN}: {e}"))
    }

    /// Runs once and reports a failure with its stderr; returns whether it succeeded.
    fn first_run(&self, what: &str) -> bool {
        let output = self.output();
        let stderr = String::from_utf8_lossy(&output.stderr);
        if output.status.success() {
            let warnings = stderr.lines().filter(|l| l.starts_with("warning")).count();
            if warnings > 0 {
                println!(
                    "{what}: succeeded, with {warnings} warnings ({} KiB) on stderr",
                    stderr.len() / 1024
                );
            }
            return true;
        }
        println!("{what}: FAILED ({})", output.status);
        let lines: Vec<&str> = stderr.lines().collect();
        for line in lines.iter().take(60) {
            println!("  | {line}");
        }
        if lines.len() > 60 {
            println!("  | … {} more lines", lines.len() - 60);
        }
        false
    }

    /// The wall time of one whole process, its output captured as a build step's log would be.
    fn time_once(&self) -> Duration {
        let start = Instant::now();
        let output = self.output();
        let elapsed = start.elapsed();
        assert!(
            output.status.success() == self.expect_success,
            "cookiedoc {} {}:\n{}",
            self.args.join(" "),
            if self.expect_success {
                "failed"
            } else {
                "succeeded, but should have failed"
            },
            String::from_utf8_lossy(&output.stderr)
        );
        elapsed
    }

    /// Peak resident set size in KiB, as GNU time reports it for the child.
    fn peak_rss_kib(&self, time_cmd: &str) -> Option<u64> {
        let report =
            std::env::temp_dir().join(format!("cookiedoc-bench-rss-{}.txt", std::process::id()));
        let status = self
            .command(time_cmd)
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(&report)
            .arg(BIN)
            .args(&self.args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .ok()?;
        let text = fs::read_to_string(&report).ok();
        let _ = fs::remove_file(&report);
        if status.success() != self.expect_success {
            return None;
        }
        text?.lines().rev().find_map(|l| l.trim().parse().ok())
    }
}

fn gnu_time() -> Option<String> {
    let path = "/usr/bin/time";
    let works = Command::new(path)
        .args(["-f", "%M", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    works.then(|| path.to_owned())
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

#[derive(Default)]
struct Table {
    rows: Vec<Row>,
    failed: Vec<(String, String)>,
}

struct Row {
    scenario: String,
    command: String,
    runs: usize,
    min_ms: f64,
    median_ms: f64,
    p90_ms: f64,
    max_ms: f64,
    peak_rss_kib: Option<u64>,
}

impl Table {
    fn row(
        &mut self,
        scenario: &str,
        command: &str,
        job: &Job,
        warmups: usize,
        runs: usize,
        time_cmd: Option<&str>,
    ) {
        for _ in 0..warmups {
            job.time_once();
        }
        let mut samples: Vec<f64> = (0..runs)
            .map(|_| job.time_once().as_secs_f64() * 1e3)
            .collect();
        samples.sort_by(f64::total_cmp);
        // Peak memory varies little; the largest of three runs.
        let peak_rss_kib = time_cmd.and_then(|t| (0..3).filter_map(|_| job.peak_rss_kib(t)).max());
        let row = Row {
            scenario: scenario.to_owned(),
            command: command.to_owned(),
            runs,
            min_ms: samples[0],
            median_ms: percentile(&samples, 0.5),
            p90_ms: percentile(&samples, 0.9),
            max_ms: samples[samples.len() - 1],
            peak_rss_kib,
        };
        println!(
            "measured {:<22} {:<26} median {:>8.2} ms",
            row.scenario, row.command, row.median_ms
        );
        self.rows.push(row);
    }

    fn failed(&mut self, scenario: &str, command: &str) {
        self.failed.push((scenario.to_owned(), command.to_owned()));
    }

    fn print(&self) {
        println!(
            "| {:<22} | {:<26} | {:>4} | {:>8} | {:>8} | {:>8} | {:>8} | {:>8} |",
            "scenario", "command", "runs", "min ms", "median", "p90", "max", "peak RSS"
        );
        println!(
            "|{:-<24}|{:-<28}|{:-<5}:|{:-<9}:|{:-<9}:|{:-<9}:|{:-<9}:|{:-<9}:|",
            "", "", "", "", "", "", "", ""
        );
        for r in &self.rows {
            let rss = r
                .peak_rss_kib
                .map(|k| format!("{:.1} MiB", k as f64 / 1024.0))
                .unwrap_or_else(|| "n/a".into());
            println!(
                "| {:<22} | {:<26} | {:>4} | {:>8.2} | {:>8.2} | {:>8.2} | {:>8.2} | {:>8} |",
                r.scenario, r.command, r.runs, r.min_ms, r.median_ms, r.p90_ms, r.max_ms, rss
            );
        }
        for (scenario, command) in &self.failed {
            println!("| {scenario:<22} | {command:<26} | FAILED: see above |");
        }
    }
}

impl Table {
    fn median(&self, scenario_prefix: &str, command: &str) -> Option<f64> {
        self.rows
            .iter()
            .find(|r| r.scenario.starts_with(scenario_prefix) && r.command == command)
            .map(|r| r.median_ms)
    }

    /// Where the time of scenario B goes, from differences of medians.
    fn print_phases(&self) {
        let m = |scenario: &str, command: &str| self.median(scenario, command);
        let (Some(build), Some(one_locale), Some(one_thread), Some(load), Some(startup)) = (
            m("B:", "build"),
            m("B:", "build --locale en"),
            m("B:", "build, 1 thread"),
            m("B:", "load only (check, 1 error)"),
            m("startup", "--version"),
        ) else {
            return;
        };
        println!("\nscenario B phases (differences of medians, ms):");
        println!("  process start-up (--version)               {startup:>8.2}");
        println!(
            "  read + parse + validate the registry       {:>8.2}",
            load - startup
        );
        println!(
            "  localize, render, write, print warnings    {:>8.2}",
            build - load
        );
        println!(
            "  two more locales (build - --locale en)     {:>8.2}",
            build - one_locale
        );
        println!(
            "  parallel speed-up (1 thread / default)     {:>8.2}x",
            one_thread / build
        );
    }
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn tree_size(dir: &Path) -> (usize, u64) {
    let mut files = 0;
    let mut bytes = 0;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            if meta.is_dir() {
                pending.push(entry.path());
            } else {
                files += 1;
                bytes += meta.len();
            }
        }
    }
    (files, bytes)
}

/// Counts the instructions of one build under callgrind (a repeatable number, unlike wall time)
/// and prints the functions that execute the most of them.
fn callgrind(dir: &Path, job: &Job) {
    let available = Command::new("valgrind")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        println!("callgrind: valgrind is not installed, skipped");
        return;
    }
    let out_file = dir.join("callgrind.out");
    let output = job
        .command("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(BIN)
        .args(&job.args)
        .output()
        .expect("run valgrind");
    if !output.status.success() {
        println!(
            "callgrind: the build failed under valgrind:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        return;
    }
    let profile = fs::read_to_string(&out_file).unwrap_or_default();
    let total = profile
        .lines()
        .find_map(|l| {
            l.strip_prefix("summary:")
                .or_else(|| l.strip_prefix("totals:"))
        })
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse::<u64>().ok());
    match total {
        Some(total) => println!(
            "callgrind: scenario B build executes {total} instructions ({:.1} M)",
            total as f64 / 1e6
        ),
        None => println!("callgrind: no instruction total in {}", out_file.display()),
    }
    let annotate = Command::new("callgrind_annotate")
        .arg("--inclusive=no")
        .arg(&out_file)
        .output();
    match annotate {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            println!(
                "callgrind: top functions by own instructions (callgrind_annotate {})",
                out_file.display()
            );
            let mut shown = 0;
            let mut in_table = false;
            for line in text.lines() {
                if line.contains("file:function") {
                    in_table = true;
                    continue;
                }
                if in_table && line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                    println!("  {line}");
                    shown += 1;
                    if shown == 25 {
                        break;
                    }
                }
            }
        }
        _ => println!(
            "callgrind: callgrind_annotate is not available; read {} yourself",
            out_file.display()
        ),
    }
}

/// A folder under the system's temporary folder, removed on drop unless kept.
struct TempDir {
    path: PathBuf,
    keep: bool,
}

impl TempDir {
    fn new(tag: &str, keep: bool) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "cookiedoc-bench-{tag}-{}-{nanos}",
            std::process::id()
        ));
        fs::create_dir_all(&path).expect("create a temporary folder");
        if keep {
            println!("keeping {}", path.display());
        }
        TempDir { path, keep }
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Scenario B: a cookies.toml from the Open Cookie Database

struct Generated {
    toml: String,
    cookies: usize,
    summary: String,
}

/// RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, line breaks and
/// doubled quotes; records end with LF or CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut in_quotes = false;
    // Whether the current record has anything yet, so that a trailing newline adds no record.
    let mut started = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_quotes = true;
                started = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                started = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if started || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                started = false;
            }
            _ => {
                field.push(c);
                started = true;
            }
        }
    }
    if started || !field.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

/// A TOML basic string, quotes included.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether cookiedoc's duration grammar reads `text` as "session" or "<n> <unit>" (n > 0, units
/// seconds to years, singular or plural, in any case, with cookiedoc's short forms).
fn is_cookiedoc_duration(text: &str) -> bool {
    let text = text.trim();
    if text.eq_ignore_ascii_case("session") {
        return true;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let [amount, unit] = words.as_slice() else {
        return false;
    };
    let amount_ok =
        amount.bytes().all(|b| b.is_ascii_digit()) && amount.parse::<u64>().is_ok_and(|n| n > 0);
    let unit_ok = matches!(
        unit.to_ascii_lowercase().as_str(),
        "s" | "sec"
            | "secs"
            | "second"
            | "seconds"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
            | "h"
            | "hr"
            | "hrs"
            | "hour"
            | "hours"
            | "d"
            | "day"
            | "days"
            | "w"
            | "wk"
            | "wks"
            | "week"
            | "weeks"
            | "mo"
            | "month"
            | "months"
            | "y"
            | "yr"
            | "yrs"
            | "year"
            | "years"
    );
    amount_ok && unit_ok
}

/// A plain host name such as `example.org` or `.example.org`, lower-cased; `None` otherwise.
fn plain_host(text: &str) -> Option<String> {
    let host = text.trim().to_ascii_lowercase();
    let bare = host.strip_prefix('.').unwrap_or(&host);
    let labels: Vec<&str> = bare.split('.').collect();
    let valid = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_alphabetic()));
    valid.then_some(host)
}

/// An http(s) address that cookiedoc's URL check accepts: a scheme, a host, no white space or
/// characters that would need escaping.
fn http_url(text: &str) -> Option<&str> {
    let text = text.trim();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let host = host.rsplit_once(':').map_or(host, |(h, port)| {
        if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    let host_ok = plain_host(host).is_some_and(|h| !h.starts_with('.'));
    let chars_ok = !text.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
    });
    (host_ok && chars_ok).then_some(text)
}

/// A provider id made of `[a-z0-9_-]`.
fn slug(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        "provider".to_owned()
    } else {
        id
    }
}

fn generate_registry(csv: &str) -> Generated {
    let records = parse_csv(csv);
    let (header, rows) = records.split_first().expect("the CSV has a header");
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .unwrap_or_else(|| panic!("the CSV has no column `{name}`"))
    };
    let platform_col = column("Platform");
    let category_col = column("Category");
    let name_col = column("Cookie / Data Key name");
    let domain_col = column("Domain");
    let description_col = column("Description");
    let retention_col = column("Retention period");
    let controller_col = column("Data Controller");
    let portal_col = column("User Privacy & GDPR Rights Portals");
    let wildcard_col = column("Wildcard match");
    let field = |row: &'_ [String], col: usize| {
        row.get(col)
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };

    // Providers: one per data controller (the platform when there is none), in order of appearance.
    let mut provider_ids: HashMap<String, String> = HashMap::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut providers: Vec<(String, String, Option<String>)> = Vec::new(); // (id, name, privacy policy)
    let mut provider_index: HashMap<String, usize> = HashMap::new();

    let mut cookies = String::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let (
        mut emitted,
        mut duplicates,
        mut bad_rows,
        mut with_duration,
        mut with_domain,
        mut translated,
    ) = (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut third_party = 0usize;

    for row in rows {
        let category = match field(row, category_col).as_str() {
            "Functional" | "Personalization" => "preferences",
            "Marketing" => "marketing",
            "Analytics" => "statistics",
            "Security" | "Necessary" => "necessary",
            _ => {
                bad_rows += 1;
                continue;
            }
        };
        let mut name = field(row, name_col);
        if name.is_empty() || name.chars().any(char::is_control) {
            bad_rows += 1;
            continue;
        }
        if field(row, wildcard_col) == "1" && !name.contains('*') {
            name.push('*');
        }
        // "example.com (3rd party)" is a third party's cookie on example.com.
        let raw_domain = field(row, domain_col);
        let (raw_domain, third) = match raw_domain.strip_suffix("(3rd party)") {
            Some(rest) => (rest.trim().to_owned(), true),
            None => (raw_domain, false),
        };
        let domain = plain_host(&raw_domain);
        // cookiedoc refuses a second cookie of the same name on the same domain; a leading dot
        // is ignored here so that the registry stays valid either way cookiedoc compares domains.
        let key_domain = domain
            .as_deref()
            .map(|d| d.trim_start_matches('.').to_owned())
            .unwrap_or_default();
        if !seen.insert((key_domain, name.clone())) {
            duplicates += 1;
            continue;
        }

        let mut controller = field(row, controller_col);
        if controller.is_empty() {
            controller = field(row, platform_col);
        }
        if controller.is_empty() {
            controller = "Unknown".to_owned();
        }
        let id = match provider_ids.get(&controller) {
            Some(id) => id.clone(),
            None => {
                let base = slug(&controller);
                let mut id = base.clone();
                let mut n = 2;
                while !used_ids.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                provider_ids.insert(controller.clone(), id.clone());
                provider_index.insert(id.clone(), providers.len());
                providers.push((id.clone(), controller.clone(), None));
                id
            }
        };
        let entry = &mut providers[provider_index[&id]];
        if entry.2.is_none() {
            entry.2 = http_url(&field(row, portal_col)).map(str::to_owned);
        }

        let description = field(row, description_col);
        let purpose = if description.is_empty() {
            format!("Set by {}.", field(row, platform_col))
        } else {
            description
        };
        cookies.push_str("\n[[cookies]]\n");
        let _ = writeln!(cookies, "name = {}", toml_string(&name));
        let _ = writeln!(cookies, "provider = {}", toml_string(&id));
        let _ = writeln!(cookies, "category = \"{category}\"");
        // Every third row in all three locales, every third in English and German (French falls
        // back within the table), the rest as a plain string (both other locales fall back).
        // The stand-in translations are marked "(de) …", not "[de] …": brackets would send every
        // translated text through the full Markdown parser and sanitizer, which real
        // translations of these plain descriptions would not.
        match emitted % 3 {
            0 => {
                translated += 1;
                let _ = writeln!(
                    cookies,
                    "purpose = {{ en = {}, de = {}, fr = {} }}",
                    toml_string(&purpose),
                    toml_string(&format!("(de) {purpose}")),
                    toml_string(&format!("(fr) {purpose}"))
                );
            }
            1 => {
                let _ = writeln!(
                    cookies,
                    "purpose = {{ en = {}, de = {} }}",
                    toml_string(&purpose),
                    toml_string(&format!("(de) {purpose}"))
                );
            }
            _ => {
                let _ = writeln!(cookies, "purpose = {}", toml_string(&purpose));
            }
        }
        let retention = field(row, retention_col);
        if is_cookiedoc_duration(&retention) {
            with_duration += 1;
            let _ = writeln!(cookies, "duration = {}", toml_string(&retention));
        }
        if third {
            third_party += 1;
            cookies.push_str("party = \"third\"\n");
        }
        if let Some(domain) = &domain {
            with_domain += 1;
            let _ = writeln!(cookies, "domain = {}", toml_string(domain));
        }
        emitted += 1;
    }

    let mut toml = String::with_capacity(cookies.len() + providers.len() * 160 + 512);
    toml.push_str(
        "# Generated by benches/build.rs from the Open Cookie Database (Apache License 2.0).\n\n\
         [site]\n\
         name = { en = \"Open Cookie Database\", de = \"Offene Cookie-Datenbank\", fr = \"Base de données ouverte des cookies\" }\n\
         url = \"https://example.org\"\n\
         locales = [\"en\", \"de\", \"fr\"]\n\
         updated = 2026-01-15\n\
         controller = { name = \"Example Ltd\", email = \"privacy@example.org\" }\n",
    );
    for (id, name, privacy_policy) in &providers {
        let _ = write!(toml, "\n[providers.{id}]\nname = {}\n", toml_string(name));
        if let Some(url) = privacy_policy {
            let _ = writeln!(toml, "privacy_policy = {}", toml_string(url));
        }
    }
    toml.push_str(&cookies);

    let summary = format!(
        "{} CSV rows -> {emitted} cookies of {} providers ({duplicates} duplicate (domain, name) skipped, \
         {bad_rows} unusable skipped; {with_duration} with a duration, {with_domain} with a domain, \
         {third_party} third-party, {translated} in all 3 locales)",
        rows.len(),
        providers.len()
    );
    Generated {
        toml,
        cookies: emitted,
        summary,
    }
}
