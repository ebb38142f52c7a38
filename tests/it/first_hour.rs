//! The first hour of a new user: `init` in a project that exists, a folder without a registry,
//! the manual page, and `--verbose` saying what was read.

use std::fs;

use crate::helpers::{cookiedoc, fixture, text};

#[test]
fn init_templates_in_a_project_writes_only_the_copies() {
    let dir = tempfile::tempdir().unwrap();
    let registry =
        "# mine\n[site]\nname = \"Mine\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\n";
    fs::write(dir.path().join("cookies.toml"), registry).unwrap();

    let output = cookiedoc(dir.path(), &["init", "--templates"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(said.starts_with("kept ./cookies.toml as it is\n"), "{said}");
    assert!(said.contains("wrote ./templates/fragment.html\n"), "{said}");
    assert!(!said.contains("cookies.schema.json"), "{said}");
    assert!(!dir.path().join("cookies.schema.json").exists());
    assert!(!dir.path().join("locales").exists());

    // Again: the copies exist now; --force replaces them, and never the registry.
    let output = cookiedoc(dir.path(), &["init", "--templates"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("cookies.toml is never touched"),
        "{}",
        text(&output.stderr)
    );
    let output = cookiedoc(dir.path(), &["init", "--templates", "--locales", "--force"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(dir.path().join("locales/de/cookiedoc.ftl").is_file());
    assert_eq!(
        fs::read_to_string(dir.path().join("cookies.toml")).unwrap(),
        registry
    );
}

#[test]
fn a_folder_without_a_registry_says_how_to_start() {
    let dir = tempfile::tempdir().unwrap();
    for command in ["build", "check"] {
        let output = cookiedoc(dir.path(), &[command]);
        assert_eq!(output.status.code(), Some(1), "{command}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.starts_with("error: there is no registry at `cookies.toml`\n  = help: start one here with `cookiedoc init`"),
            "{command}: {stderr}"
        );
    }
    // A registry that is there but unreadable is still an I/O error, with its cause.
    fs::create_dir(dir.path().join("cookies.toml")).unwrap();
    let stderr = text(&cookiedoc(dir.path(), &["check"]).stderr);
    assert!(
        stderr.starts_with("error: could not read `cookies.toml`"),
        "{stderr}"
    );
}

#[test]
fn the_manual_is_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let output = cookiedoc(dir.path(), &["man"]);
    assert!(output.status.success());
    let page = text(&output.stdout);
    assert!(page.starts_with(".TH COOKIEDOC 1 "), "{page}");
    for needle in [
        ".SS \"cookiedoc build",
        "\\fB\\-\\-heading\\-level\\fR \\fIN\\fR",
        ".SH THE REGISTRY",
        "[[cookies]]",
        ".SH EXIT STATUS",
        "\\fBE017\\fR",
        "\\fBA006\\fR",
    ] {
        assert!(page.contains(needle), "{needle}");
    }
    assert!(
        !page.contains("cookiedoc-build"),
        "a page that does not exist"
    );
}

#[test]
fn verbose_says_what_was_read() {
    let site = fixture("overrides");
    let dir = tempfile::tempdir().unwrap();
    crate::helpers::copy_dir(&site, dir.path());
    for command in [&["check", "-v"][..], &["build", "-v"][..]] {
        let output = cookiedoc(dir.path(), command);
        assert!(output.status.success(), "{}", text(&output.stderr));
        let stderr = text(&output.stderr);
        for file in [
            "read cookies.toml\n",
            "read templates/policy.html\n",
            "read templates/partials/definitions.html\n",
            "read locales/en/custom.ftl\n",
        ] {
            assert!(stderr.contains(file), "{command:?}: {file} in {stderr}");
        }
        assert!(!stderr.contains("<built-in>"), "{stderr}");
    }
    // Without -v nothing of it.
    let output = cookiedoc(dir.path(), &["check"]);
    assert!(!text(&output.stderr).contains("read "));
}
