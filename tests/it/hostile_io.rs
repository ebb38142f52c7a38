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
