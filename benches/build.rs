//! End-to-end benchmark of `cookiedoc build`: wall time and peak memory of whole processes, the
//! release binary run as a subprocess, on
//!
//! - the seed example (`cookies.toml`, its three locales);
//! - a registry made from the Open Cookie Database (`shared/data/open-cookie-database.csv` beside
//!   the repository or its worktrees' folder,
//!   read by the library exactly as `cookiedoc import` reads it) in en, de, fr, and in every
//!   built-in locale; skipped when the file is absent. Each run builds again into the last
//!   run's output, as a site's build step does; one row builds en, de, fr into a new folder
//!   each time, where no file can be kept;
//! - Zola and Hugo rendering the same registry as HTML pages in en, de, fr, when installed.
//!
//! `cargo bench --bench build`. Without `--bench` (as `cargo test --benches` runs it) every row
//! runs once, as a smoke test. `COOKIEDOC_BENCH_RUNS=N` sets the timed runs per row (default
//! 20); `COOKIEDOC_BENCH_KEEP=1` keeps the temporary folders. Wall times depend on what else runs
//! on the machine, so its load average is printed first, and each row also gives the median CPU
//! time (user + system) of the process.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use toml_edit::{DocumentMut, InlineTable, Item, Table, value};

const BIN: &str = env!("CARGO_BIN_EXE_cookiedoc");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const WARMUPS: usize = 2;

/// The issue's targets: (row, most milliseconds, most MiB).
const SEED_MS: f64 = 8.0;
const OCD_MIB: f64 = 40.0;
const ALL_LOCALES_MS: f64 = 150.0;

fn main() {
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let runs = if bench_mode {
        std::env::var("COOKIEDOC_BENCH_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or(20)
    } else {
        1
    };
    let bench = Bench {
        runs,
        warmups: if bench_mode { WARMUPS } else { 0 },
        keep: std::env::var_os("COOKIEDOC_BENCH_KEEP").is_some(),
    };
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("cookiedoc build benchmark: {BIN}");
    println!(
        "machine: {cpus} CPUs, load average {}; {runs} runs per row",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!();
    println!(
        "{:<52} {:>9} {:>9} {:>9} {:>10}",
        "row", "median", "min", "CPU", "peak RSS"
    );

    let seed = bench.folder("seed");
    fs::copy(
        Path::new(MANIFEST_DIR).join("cookies.toml"),
        seed.join("cookies.toml"),
    )
    .expect("copy the seed example");
    let seed_row = bench.cookiedoc_build("seed example (en, de, fr)", &seed);

    let Some(database) = find_database() else {
        println!(
            "Open Cookie Database rows skipped: ../shared/data/open-cookie-database.csv is absent"
        );
        verdicts(seed_row, None, None, None);
        return;
    };
    let (ocd_row, all_row, zola_row) = database_rows(&bench, &database);
    verdicts(seed_row, ocd_row, all_row, zola_row);
}

/// `shared/data` beside the repository, or beside the folder of its worktrees.
fn find_database() -> Option<PathBuf> {
    ["..", "../.."]
        .iter()
        .map(|up| {
            Path::new(MANIFEST_DIR)
                .join(up)
                .join("shared/data/open-cookie-database.csv")
        })
        .find(|path| path.is_file())
}

/// The rows on the Open Cookie Database: en, de, fr; every built-in locale; Zola; Hugo.
fn database_rows(
    bench: &Bench,
    database: &Path,
) -> (Option<Figures>, Option<Figures>, Option<Figures>) {
    let three = ["en", "de", "fr"];
    let registry = ocd_registry(database, &three);
    let ocd = bench.folder("ocd");
    fs::write(ocd.join("cookies.toml"), &registry.toml).expect("write the registry");
    let ocd_row = bench.cookiedoc_build(
        &format!("OCD, {} cookies x en, de, fr", registry.cookies),
        &ocd,
    );
    let first = bench.folder("ocd-first");
    fs::write(first.join("cookies.toml"), &registry.toml).expect("write the registry");
    bench.cookiedoc_first_build("OCD x en, de, fr, into a new folder", &first);

    // English first: the first locale is the default, whose texts every other falls back to.
    let mut all: Vec<&str> = cookiedoc::builtin::LOCALES
        .iter()
        .map(|(code, _)| *code)
        .collect();
    all.sort_by_key(|&code| code != "en");
    let every = bench.folder("ocd-all");
    fs::write(
        every.join("cookies.toml"),
        ocd_registry(database, &all).toml,
    )
    .expect("write the registry");
    let all_row =
        bench.cookiedoc_build(&format!("OCD x all {} built-in locales", all.len()), &every);

    let zola_row = bench.zola(&registry.toml, &three);
    bench.hugo(&registry.toml, &three);
    (ocd_row, all_row, zola_row)
}

/// `cookiedoc build` in `dir`, without colors.
fn build_command(dir: &Path) -> Command {
    let mut command = Command::new(BIN);
    command.current_dir(dir).env("NO_COLOR", "1").arg("build");
    command
}

/// How each row is measured.
struct Bench {
    runs: usize,
    warmups: usize,
    keep: bool,
}

/// A row's figures: median and fastest wall time, peak resident memory.
#[derive(Clone, Copy)]
struct Figures {
    median_ms: f64,
    min_ms: f64,
    /// Median user + system time of the process: less sensitive to a busy machine than wall time.
    cpu_ms: f64,
    peak_mib: Option<f64>,
}

impl Bench {
    /// A new empty folder for one row.
    fn folder(&self, name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("cookiedoc-bench-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create a folder for the benchmark");
        if self.keep {
            println!("(keeping {})", dir.display());
        }
        dir
    }

    /// `cookiedoc build` again and again: each build replaces the last one's output, whose
    /// unchanged files it keeps.
    fn cookiedoc_build(&self, row: &str, dir: &Path) -> Option<Figures> {
        let figures = self.measure(row, &mut build_command(dir), &|| {});
        self.clean(dir);
        figures
    }

    /// `cookiedoc build` into a folder that does not exist yet (removed before each run,
    /// untimed): every file is written.
    fn cookiedoc_first_build(&self, row: &str, dir: &Path) -> Option<Figures> {
        let out = dir.join("dist");
        let figures = self.measure(row, &mut build_command(dir), &|| {
            let _ = fs::remove_dir_all(&out);
        });
        self.clean(dir);
        figures
    }

    /// Times `command` (which must succeed), calling `before` ahead of each run, and prints its
    /// row; `None` when it fails.
    fn measure(&self, row: &str, command: &mut Command, before: &dyn Fn()) -> Option<Figures> {
        let output = command.output().expect("run the command");
        if !output.status.success() {
            println!(
                "{row:<52} FAILED: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
            return None;
        }
        command.stdout(Stdio::null()).stderr(Stdio::null());
        for _ in 0..self.warmups {
            before();
            run(command);
        }
        let mut times = Vec::new();
        let mut cpu = Vec::new();
        let mut peak_kib = None;
        for _ in 0..self.runs {
            before();
            let measured = run(command);
            times.push(measured.wall.as_secs_f64() * 1e3);
            cpu.push(measured.cpu.map_or(f64::NAN, |c| c.as_secs_f64() * 1e3));
            peak_kib = peak_kib.max(measured.peak_kib);
        }
        times.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        let figures = Figures {
            median_ms: times[times.len() / 2],
            min_ms: times[0],
            cpu_ms: cpu[cpu.len() / 2],
            peak_mib: peak_kib.map(|k| k as f64 / 1024.0),
        };
        let peak = figures
            .peak_mib
            .map_or("n/a".to_owned(), |m| format!("{m:.1} MiB"));
        println!(
            "{row:<52} {:>6.1} ms {:>6.1} ms {:>6.1} ms {peak:>10}",
            figures.median_ms, figures.min_ms, figures.cpu_ms
        );
        Some(figures)
    }

    fn clean(&self, dir: &Path) {
        if !self.keep {
            let _ = fs::remove_dir_all(dir);
        }
    }

    /// Zola rendering the registry as one HTML page per locale, from `load_data`.
    fn zola(&self, registry: &str, locales: &[&str]) -> Option<Figures> {
        if !installed("zola", "--version") {
            println!("zola not installed");
            return None;
        }
        let dir = self.folder("zola");
        write(&dir, "cookies.toml", registry);
        write(&dir, "config.toml", "base_url = \"https://example.org\"\n");
        write(
            &dir,
            "templates/index.html",
            "<!doctype html><title>Cookies</title>\n",
        );
        write(&dir, "templates/policy.html", ZOLA_PAGE);
        for locale in locales {
            write(
                &dir,
                &format!("content/{locale}.md"),
                &format!(
                    "+++\ntitle = \"Cookies\"\ntemplate = \"policy.html\"\n[extra]\nlocale = \"{locale}\"\n+++\n"
                ),
            );
        }
        let mut command = Command::new("zola");
        command
            .arg("--root")
            .arg(&dir)
            .args(["build", "--force", "--output-dir"])
            .arg(dir.join("public"));
        let figures = self.measure(
            "zola, same registry x en, de, fr (HTML only)",
            &mut command,
            &|| {},
        );
        self.clean(&dir);
        figures
    }

    /// Hugo rendering the registry as one HTML page per locale, from its data folder.
    fn hugo(&self, registry: &str, locales: &[&str]) -> Option<Figures> {
        if !installed("hugo", "version") {
            println!("hugo not installed");
            return None;
        }
        let dir = self.folder("hugo");
        write(&dir, "data/cookies.toml", registry);
        write(
            &dir,
            "hugo.toml",
            "baseURL = \"https://example.org/\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n",
        );
        write(
            &dir,
            "layouts/index.html",
            "<!doctype html><title>Cookies</title>\n",
        );
        write(&dir, "layouts/_default/single.html", HUGO_PAGE);
        for locale in locales {
            write(
                &dir,
                &format!("content/{locale}.md"),
                &format!("---\ntitle: Cookies\nlocale: {locale}\n---\n"),
            );
        }
        let mut command = Command::new("hugo");
        command
            .arg("--quiet")
            .arg("--source")
            .arg(&dir)
            .arg("--destination")
            .arg(dir.join("public"));
        let figures = self.measure(
            "hugo, same registry x en, de, fr (HTML only)",
            &mut command,
            &|| {},
        );
        self.clean(&dir);
        figures
    }
}

/// What one run of a command took.
struct Measured {
    wall: Duration,
    /// User + system time, where it can be read.
    cpu: Option<Duration>,
    peak_kib: Option<u64>,
}

/// Runs the command once and measures it.
#[cfg(unix)]
fn run(command: &mut Command) -> Measured {
    let started = Instant::now();
    // Reaped by wait4 below, which also says the child's own peak memory.
    #[allow(clippy::zombie_processes)]
    let child = command.spawn().expect("start the command");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for this child only.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = started.elapsed();
    assert_eq!(waited, pid, "wait for the command");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "the command failed while being timed (wait status {status:#x})"
    );
    let seconds = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    // Linux says KiB, macOS bytes.
    let maxrss = usage.ru_maxrss as u64;
    Measured {
        wall: time,
        cpu: Some(seconds(usage.ru_utime) + seconds(usage.ru_stime)),
        peak_kib: Some(if cfg!(target_os = "macos") {
            maxrss / 1024
        } else {
            maxrss
        }),
    }
}

#[cfg(not(unix))]
fn run(command: &mut Command) -> Measured {
    let started = Instant::now();
    let status = command.status().expect("run the command");
    assert!(status.success(), "the command failed while being timed");
    Measured {
        wall: started.elapsed(),
        cpu: None,
        peak_kib: None,
    }
}

fn installed(program: &str, version: &str) -> bool {
    Command::new(program)
        .arg(version)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn write(dir: &Path, relative: &str, text: &str) {
    let path = dir.join(relative);
    fs::create_dir_all(path.parent().expect("a file in a folder")).expect("create a folder");
    fs::write(path, text).expect("write a file");
}

/// Whether the figures meet the issue's targets.
fn verdicts(
    seed: Option<Figures>,
    ocd: Option<Figures>,
    all: Option<Figures>,
    zola: Option<Figures>,
) {
    println!();
    let say = |what: String, met: bool| {
        println!("target {what}: {}", if met { "met" } else { "NOT met" });
    };
    if let Some(seed) = seed {
        say(
            format!("seed example <= {SEED_MS} ms ({:.1})", seed.median_ms),
            seed.median_ms <= SEED_MS,
        );
    }
    if let Some(ocd) = ocd {
        if let Some(mib) = ocd.peak_mib {
            say(
                format!("OCD x en, de, fr <= {OCD_MIB} MiB ({mib:.1})"),
                mib <= OCD_MIB,
            );
        }
        match zola {
            Some(zola) => say(
                format!(
                    "OCD x en, de, fr <= 0.25 x zola ({:.2} x)",
                    ocd.median_ms / zola.median_ms
                ),
                ocd.median_ms <= 0.25 * zola.median_ms,
            ),
            None => println!("target OCD x en, de, fr <= 0.25 x zola: zola not installed"),
        }
    }
    if let Some(all) = all {
        say(
            format!(
                "OCD x all built-in locales <= {ALL_LOCALES_MS} ms ({:.1})",
                all.median_ms
            ),
            all.median_ms <= ALL_LOCALES_MS,
        );
    }
}

/// The registry made from the database, and how many cookies it declares.
struct Registry {
    toml: String,
    cookies: usize,
}

/// A registry of every usable row of the database, in `locales`: one provider per data
/// controller, one cookie per (domain, name). A third of the purposes is given in every locale, a
/// third in en and de, the rest once, so that both kinds of fallback are exercised. The stand-in
/// translations are marked "(de) …", not "[de] …": brackets would send every text through the
/// full Markdown parser, which real translations of these plain descriptions would not.
fn ocd_registry(database: &Path, locales: &[&str]) -> Registry {
    let known = cookiedoc::import::read_known(database).expect("read the Open Cookie Database");
    let mut document = DocumentMut::new();
    document.insert("site", Item::Table(site(locales)));
    let mut providers = Table::new();
    providers.set_implicit(true);
    let mut cookies = toml_edit::ArrayOfTables::new();
    let mut seen = std::collections::HashSet::new();
    for entry in &known {
        // As `import` does: a name that cannot be an HTTP cookie's is not filed as one.
        let http_cookie = cookiedoc::registry::Kind::HttpCookie;
        if cookiedoc::registry::check_cookie_name(&entry.name, http_cookie).is_err()
            || !seen.insert((entry.domain.clone(), entry.name.clone()))
        {
            continue;
        }
        if !providers.contains_key(&entry.provider_id) {
            let mut provider = Table::new();
            provider.insert("name", value(&entry.provider_name));
            if let Some(url) = &entry.privacy_policy {
                provider.insert("privacy_policy", value(url));
            }
            providers.insert(&entry.provider_id, Item::Table(provider));
        }
        let purpose = if entry.purpose.is_empty() {
            format!("Set by {}.", entry.platform)
        } else {
            entry.purpose.clone()
        };
        let mut cookie = Table::new();
        cookie.insert("name", value(&entry.name));
        cookie.insert("provider", value(&entry.provider_id));
        cookie.insert("category", value(entry.category));
        cookie.insert("purpose", translated(&purpose, locales, cookies.len()));
        if let Some(duration) = &entry.duration {
            cookie.insert("duration", value(duration));
        }
        if entry.third_party {
            cookie.insert("party", value("third"));
        }
        if let Some(domain) = &entry.domain {
            cookie.insert("domain", value(domain));
        }
        cookies.push(cookie);
    }
    let count = cookies.len();
    document.insert("providers", Item::Table(providers));
    document.insert("cookies", Item::ArrayOfTables(cookies));
    Registry {
        toml: document.to_string(),
        cookies: count,
    }
}

fn site(locales: &[&str]) -> Table {
    let mut site = Table::new();
    let mut name = InlineTable::new();
    name.insert("en", "Open Cookie Database".into());
    name.insert("de", "Offene Cookie-Datenbank".into());
    site.insert("name", value(name));
    site.insert("url", value("https://example.org"));
    site.insert(
        "locales",
        value(locales.iter().copied().collect::<toml_edit::Array>()),
    );
    site.insert(
        "updated",
        value("2026-01-15".parse::<toml_edit::Datetime>().expect("a date")),
    );
    let mut controller = InlineTable::new();
    controller.insert("name", "Example Ltd".into());
    controller.insert("email", "privacy@example.org".into());
    site.insert("controller", value(controller));
    site
}

/// The purpose of the `index`th cookie: in every locale, in the first two, or once.
fn translated(purpose: &str, locales: &[&str], index: usize) -> Item {
    let given = match index % 3 {
        0 => locales.len(),
        1 => 2.min(locales.len()),
        _ => return value(purpose),
    };
    let mut texts = InlineTable::new();
    for (n, locale) in locales.iter().take(given).enumerate() {
        let text = if n == 0 {
            purpose.to_owned()
        } else {
            format!("({locale}) {purpose}")
        };
        texts.insert(*locale, text.into());
    }
    value(texts)
}

/// Zola's page: every cookie in one table, its purpose in the page's locale as Markdown.
const ZOLA_PAGE: &str = r#"{% set data = load_data(path="cookies.toml") %}{% set locale = page.extra.locale %}<!doctype html>
<html lang="{{ locale }}"><head><meta charset="utf-8"><title>{{ page.title }}</title></head><body>
<h1>{{ page.title }}</h1><table>
<tr><th>Name</th><th>Provider</th><th>Category</th><th>Purpose</th><th>Duration</th></tr>
{% for c in data.cookies %}<tr><td><code>{{ c.name }}</code></td><td>{{ data.providers[c.provider].name }}</td><td>{{ c.category }}</td><td>{% if c.purpose is object %}{% if locale in c.purpose %}{{ c.purpose[locale] | markdown(inline=true) | safe }}{% else %}{{ c.purpose.en | markdown(inline=true) | safe }}{% endif %}{% else %}{{ c.purpose | markdown(inline=true) | safe }}{% endif %}</td><td>{{ c.duration | default(value="") }}</td></tr>
{% endfor %}</table></body></html>
"#;

/// Hugo's page: the same table from the data folder.
const HUGO_PAGE: &str = r#"{{ $data := site.Data.cookies }}{{ $locale := .Params.locale }}<!doctype html>
<html lang="{{ $locale }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<h1>{{ .Title }}</h1><table>
<tr><th>Name</th><th>Provider</th><th>Category</th><th>Purpose</th><th>Duration</th></tr>
{{ range $data.cookies }}<tr><td><code>{{ .name }}</code></td><td>{{ (index $data.providers .provider).name }}</td><td>{{ .category }}</td><td>{{ $p := .purpose }}{{ if reflect.IsMap $p }}{{ with index $p $locale }}{{ . | markdownify }}{{ else }}{{ index $p "en" | markdownify }}{{ end }}{{ else }}{{ $p | markdownify }}{{ end }}</td><td>{{ .duration }}</td></tr>
{{ end }}</table></body></html>
"#;
