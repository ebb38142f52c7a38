//! Fitting into a site's toolchain: `init`, `schema`, `import`, `cookies.json`, the consent banner
//! configuration, shell completions, the man page and the output conventions.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

use crate::helpers::text;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn mini_database() -> PathBuf {
    manifest_dir().join("tests/fixtures/import/mini-ocd.csv")
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("cookiedoc")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn ok(output: Output) -> Output {
    assert!(
        output.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        text(&output.stdout),
        text(&output.stderr)
    );
    output
}

#[test]
fn init_writes_a_starter_that_passes_strict_checks_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    let output = ok(run(dir.path(), &["init"]));
    assert_eq!(
        text(&output.stdout),
        "wrote ./cookies.toml\nwrote ./cookies.schema.json\nnext: edit cookies.toml, then `cookiedoc check` and `cookiedoc build`\n"
    );
    let starter = fs::read_to_string(dir.path().join("cookies.toml")).unwrap();
    assert!(starter.starts_with("#:schema ./cookies.schema.json\n"));
    let output = ok(run(dir.path(), &["check", "--strict"]));
    assert_eq!(text(&output.stderr), "checked: 0 errors, 0 warnings\n");
    ok(run(dir.path(), &["build"]));
    assert!(dir.path().join("dist/en/index.html").is_file());
}

#[test]
fn init_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("cookies.toml"), "# mine\n").unwrap();
    let output = run(dir.path(), &["init"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "error: refusing to overwrite `./cookies.toml`\n  = help: to copy only the templates or messages into this project, run `cookiedoc init --templates` or `--locales`; to replace the files, pass `--force`\n"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("cookies.toml")).unwrap(),
        "# mine\n"
    );
    assert!(
        !dir.path().join("cookies.schema.json").exists(),
        "nothing is written"
    );
    ok(run(dir.path(), &["init", "--force"]));
    assert!(
        fs::read_to_string(dir.path().join("cookies.toml"))
            .unwrap()
            .contains("[site]")
    );
}

#[test]
fn copied_templates_and_messages_change_nothing_until_edited() {
    let plain = tempfile::tempdir().unwrap();
    ok(run(plain.path(), &["init", "-q"]));
    ok(run(plain.path(), &["build", "-q"]));

    let copied = tempfile::tempdir().unwrap();
    let output = ok(run(copied.path(), &["init", "--templates", "--locales"]));
    let listed = text(&output.stdout);
    assert!(
        listed.contains("wrote ./templates/policy.html\n"),
        "{listed}"
    );
    assert!(
        listed.contains("wrote ./templates/partials/category.md\n"),
        "{listed}"
    );
    assert!(
        listed.contains("wrote ./locales/de/cookiedoc.ftl\n"),
        "{listed}"
    );
    let template = fs::read_to_string(copied.path().join("templates/policy.html")).unwrap();
    assert!(template.starts_with(&format!("{{#- cookiedoc {}: ", env!("CARGO_PKG_VERSION"))));
    let output = ok(run(copied.path(), &["check", "--strict"]));
    assert_eq!(text(&output.stderr), "checked: 0 errors, 0 warnings\n");
    ok(run(copied.path(), &["build", "-q"]));

    for page in [
        "en/index.html",
        "en/cookie-policy.md",
        "index.html",
        "assets/cookiedoc.css",
    ] {
        let a = fs::read(plain.path().join("dist").join(page)).unwrap();
        let b = fs::read(copied.path().join("dist").join(page)).unwrap();
        if page.ends_with(".css") {
            // The stylesheet carries its stamp; the rest is the same.
            let b = text(&b);
            assert_eq!(b.split_once('\n').unwrap().1, text(&a), "{page}");
        } else {
            assert_eq!(text(&a), text(&b), "{page}");
        }
    }
}

#[test]
fn a_copy_from_an_older_version_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    ok(run(dir.path(), &["init", "--templates"]));
    let path = dir.path().join("templates/index.html");
    let copy = fs::read_to_string(&path).unwrap();
    let older = copy.replacen(env!("CARGO_PKG_VERSION"), "0.0.1", 1);
    fs::write(&path, older).unwrap();
    let output = run(dir.path(), &["check"]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with("warning[W008]: this file was copied from cookiedoc 0.0.1"),
        "{stderr}"
    );
    assert!(stderr.contains("┌─ templates/index.html:1:1"), "{stderr}");
    assert_eq!(
        run(dir.path(), &["check", "--strict"]).status.code(),
        Some(1)
    );
}

#[test]
fn the_schema_describes_every_key() {
    let dir = tempfile::tempdir().unwrap();
    let output = ok(run(dir.path(), &["schema"]));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(schema["required"], serde_json::json!(["site"]));
    assert_eq!(schema["additionalProperties"], false);
    let keys = |definition: &str| -> Vec<String> {
        let mut keys: Vec<String> = schema["definitions"][definition]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{definition}"))
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    };
    assert_eq!(
        keys("RawSite"),
        [
            "consent_settings",
            "controller",
            "dpo",
            "heading_level",
            "jurisdiction",
            "locales",
            "name",
            "public_body",
            "supervisory_authority",
            "updated",
            "url"
        ]
    );
    assert_eq!(
        keys("RawProvider"),
        ["country", "name", "privacy_policy", "transfer", "url"]
    );
    assert_eq!(
        keys("RawCategory"),
        ["consent", "description", "legal_basis", "title"]
    );
    assert_eq!(keys("RawAuthority"), ["name", "url"]);
    assert_eq!(
        schema["definitions"]["TransferName"]["enum"],
        serde_json::json!(["adequacy", "dpf", "scc", "bcr", "consent"])
    );
    assert_eq!(
        keys("RawCookie"),
        [
            "category", "domain", "duration", "function", "kind", "name", "party", "provider",
            "purpose"
        ]
    );
    assert_eq!(
        schema["definitions"]["RawCookie"]["required"],
        serde_json::json!(["name", "provider", "category", "purpose"])
    );
    for definition in [
        "RawSite",
        "RawProvider",
        "RawCategory",
        "RawCookie",
        "RawController",
        "RawAuthority",
    ] {
        assert_eq!(
            schema["definitions"][definition]["additionalProperties"], false,
            "{definition}"
        );
    }
    // init writes the same schema the command prints.
    ok(run(dir.path(), &["init", "-q"]));
    assert_eq!(
        fs::read(dir.path().join("cookies.schema.json")).unwrap(),
        output.stdout
    );
}

#[test]
fn import_adds_known_cookies_and_keeps_the_file_as_written() {
    let dir = tempfile::tempdir().unwrap();
    ok(run(dir.path(), &["init", "-q"]));
    let before = fs::read_to_string(dir.path().join("cookies.toml")).unwrap();
    let database = mini_database();
    let output = ok(run(
        dir.path(),
        &[
            "import",
            "--open-cookie-database",
            database.to_str().unwrap(),
            "consent_state",
            "_ea_12345",
            "csrf",
            "adid",
        ],
    ));
    assert_eq!(
        text(&output.stdout),
        "added consent_state (Example Consent, preferences, 6 months) to cookies.toml\n\
         added _ea_* (Example Analytics, statistics, 13 months) to cookies.toml\n\
         added csrf (Example Shop, necessary, session) to cookies.toml\n\
         added adid (Example Ads, marketing) to cookies.toml\n"
    );
    assert_eq!(
        text(&output.stderr),
        "warning: `adid`: the retention \"unknown\" is not a duration cookiedoc can read; add `duration` by hand\n"
    );
    let after = fs::read_to_string(dir.path().join("cookies.toml")).unwrap();
    // Everything that was there is still there, comments included, in the same order.
    let mut rest = after.as_str();
    for line in before.lines() {
        let at = rest.find(line).unwrap_or_else(|| panic!("lost: {line}"));
        rest = &rest[at + line.len()..];
    }
    assert!(after.contains("[providers.example-analytics-inc]\nname = \"Example Analytics Inc.\"\nprivacy_policy = \"https://analytics.example/privacy\"\n"));
    assert!(after.contains(
        "name = \"_ea_*\"\nprovider = \"example-analytics-inc\"\ncategory = \"statistics\"\n"
    ));
    assert!(after.contains("party = \"third\"\ndomain = \"ads.example\"\n"));
    assert!(after.ends_with('\n'));
    // What import wrote is a valid registry.
    let output = run(dir.path(), &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let codes: Vec<String> = text(&output.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["code"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        codes,
        ["W010", "W006", "W003"],
        "the imported cookies need consent but the starter names no way to change it; the third party lacks a country and a duration"
    );
}

#[test]
fn import_refusals_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    ok(run(dir.path(), &["init", "-q"]));
    let database = mini_database();
    let database = database.to_str().unwrap();
    ok(run(
        dir.path(),
        &["import", "-q", "--open-cookie-database", database, "csrf"],
    ));
    let before = fs::read(dir.path().join("cookies.toml")).unwrap();
    for (names, message) in [
        (vec!["csrf"], "`csrf` is already declared in cookies.toml"),
        (
            vec!["session"],
            "`session` is not in the Open Cookie Database",
        ),
        (
            vec!["no_such_cookie", "consent_state"],
            "`no_such_cookie` is not in the Open Cookie Database",
        ),
        (
            vec!["uid"],
            "`uid` is known from several platforms: Other Ads, Third Ads; choose one with --platform or `uid@Other Ads`",
        ),
    ] {
        let mut args = vec!["import", "--open-cookie-database", database];
        args.extend(&names);
        let output = run(dir.path(), &args);
        assert_eq!(output.status.code(), Some(1), "{names:?}");
        assert_eq!(
            text(&output.stderr),
            format!(
                "error: nothing was imported: {message}\n  = help: fix or leave out these names, then import again; nothing else was changed\n"
            )
        );
        assert_eq!(
            fs::read(dir.path().join("cookies.toml")).unwrap(),
            before,
            "{names:?}"
        );
    }
    let output = ok(run(
        dir.path(),
        &[
            "import",
            "--open-cookie-database",
            database,
            "--platform",
            "third ads",
            "uid",
        ],
    ));
    assert_eq!(
        text(&output.stdout),
        "added uid (Third Ads, marketing, 1 year) to cookies.toml\n"
    );
}

#[test]
fn round_trip_init_import_check_build() {
    let dir = tempfile::tempdir().unwrap();
    ok(run(dir.path(), &["init", "-q"]));
    let database = mini_database();
    ok(run(
        dir.path(),
        &[
            "import",
            "-q",
            "--open-cookie-database",
            database.to_str().unwrap(),
            "consent_state",
            "_ea_session",
            "csrf",
        ],
    ));
    // The imported cookies need consent: the site is built with a banner, where visitors
    // change it (without one, W010 says there is no way to).
    let output = ok(run(
        dir.path(),
        &["check", "--strict", "--banner", "cookieconsent"],
    ));
    assert_eq!(text(&output.stderr), "checked: 0 errors, 0 warnings\n");
    ok(run(
        dir.path(),
        &["build", "-q", "--banner", "cookieconsent"],
    ));
    let page = fs::read_to_string(dir.path().join("dist/en/index.html")).unwrap();
    assert!(page.contains("<button type=\"button\" data-cc=\"show-preferencesModal\">"));
    assert!(page.contains("<code>_ea_session</code>"));
    assert!(page.contains("Keeps a &quot;visit&quot; together"));
}

#[test]
fn import_works_on_the_real_open_cookie_database() {
    let database = manifest_dir().join("../shared/data/open-cookie-database.csv");
    if !database.is_file() {
        eprintln!("skipped: {} is absent", database.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    ok(run(dir.path(), &["init", "-q"]));
    let output = ok(run(
        dir.path(),
        &[
            "import",
            "--open-cookie-database",
            database.to_str().unwrap(),
            "_ga_G1234567",
            "_gid",
            "CookieConsent",
        ],
    ));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("added _ga_* (Google Analytics, statistics, 2 years)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("added _gid (Google Analytics, statistics, 24 hours)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("added CookieConsent (Cookiebot, preferences, 1 year)"),
        "{stdout}"
    );
    let output = run(dir.path(), &["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    // Google's two years are longer than browsers allow and than consent lasts: check says so.
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("warning[W004]: `_ga_*` needs consent"),
        "{stderr}"
    );
    assert!(stderr.contains("warning[W005]: `_ga_*`"), "{stderr}");
}

#[test]
fn cookies_json_and_the_banner_come_from_the_same_registry() {
    let dir = tempfile::tempdir().unwrap();
    let config = manifest_dir().join("examples/shop/cookies.toml");
    ok(run(
        dir.path(),
        &[
            "build",
            "-q",
            "--config",
            config.to_str().unwrap(),
            "--banner",
            "cookieconsent",
        ],
    ));
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("dist/cookies.json")).unwrap()).unwrap();
    assert_eq!(json["format"], "cookiedoc-cookies");
    assert_eq!(json["version"], 1);
    assert_eq!(
        json["site"]["locales"],
        serde_json::json!(["en", "de", "fr"])
    );
    let cookies = json["cookies"].as_array().unwrap();
    let pk = cookies
        .iter()
        .find(|c| c["names"][0] == "_pk_id.*")
        .unwrap();
    assert_eq!(pk["category"], "statistics");
    assert_eq!(pk["duration"]["type"], "period");
    assert_eq!(pk["duration"]["iso8601"], "P13M");
    assert_eq!(pk["duration"]["text"]["de"], "13 Monate");
    assert_eq!(
        pk["purpose"]["fr"],
        "Compte les visites et les pages vues, sans vous identifier"
    );
    let pixel = cookies
        .iter()
        .find(|c| c["names"][0] == "adnet_pixel")
        .unwrap();
    assert_eq!(
        pixel["purpose"]["fr"], pixel["purpose"]["en"],
        "a missing text falls back"
    );
    assert_eq!(pixel["party"], "third");
    assert_eq!(pixel["kind"], "pixel");

    let banner: serde_json::Value = serde_json::from_slice(
        &fs::read(dir.path().join("dist/cookieconsent-config.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        banner["categories"]["necessary"],
        serde_json::json!({"enabled": true, "readOnly": true})
    );
    assert_eq!(
        banner["categories"]["videos"],
        serde_json::json!({"enabled": false, "readOnly": false})
    );
    assert_eq!(banner["language"]["default"], "en");
    let de = &banner["language"]["translations"]["de"];
    assert_eq!(de["consentModal"]["acceptAllBtn"], "Alle akzeptieren");
    let sections = de["preferencesModal"]["sections"].as_array().unwrap();
    let linked: Vec<&str> = sections
        .iter()
        .filter_map(|s| s["linkedCategory"].as_str())
        .collect();
    assert_eq!(
        linked,
        [
            "necessary",
            "preferences",
            "statistics",
            "marketing",
            "videos"
        ]
    );
    let statistics = &sections[3];
    assert_eq!(
        statistics["cookieTable"]["body"][0]["name"],
        "_pk_id.*, _pk_ses.*"
    );
    assert_eq!(
        statistics["cookieTable"]["body"][0]["duration"],
        "13 Monate"
    );
    // The banner's table has the page's columns, in the page's order and words.
    let page = text(&fs::read(dir.path().join("dist/de/index.html")).unwrap());
    let table = page
        .split("id=\"cookiedoc-category-statistics\"")
        .nth(1)
        .unwrap();
    let page_headers: Vec<&str> = table
        .split("<th scope=\"col\">")
        .skip(1)
        .map(|th| th.split("</th>").next().unwrap())
        .take_while(|th| !th.contains("<"))
        .collect();
    let banner_headers: Vec<&str> = statistics["cookieTable"]["headers"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(banner_headers, page_headers[..banner_headers.len()]);
    assert_eq!(
        banner_headers,
        [
            "Name des Dienstanbieters",
            "Funktion und Bereich",
            "Name(n) des Cookies",
            "Zwecke",
            "Speicherdauer"
        ]
    );
    // Every registry cookie is in the banner, in each language.
    for (_, translation) in banner["language"]["translations"].as_object().unwrap() {
        let rows: usize = translation["preferencesModal"]["sections"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["cookieTable"]["body"].as_array())
            .map(Vec::len)
            .sum();
        assert_eq!(rows, cookies.len());
    }
    // The banner inserts these strings as HTML: a registry link is sanitized markup.
    let marketing = sections[4]["cookieTable"]["body"][0]["purpose"]
        .as_str()
        .unwrap();
    assert!(
        marketing
            .contains("<a href=\"https://www.adnet.example/opt-out\" rel=\"noopener noreferrer\">")
    );
}

#[test]
fn the_banner_escapes_untrusted_text() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("cookies.toml"),
        r#"[site]
name = "S"
url = "https://example.org"
locales = ["en"]
controller = { name = "S", email = "a@example.org" }
[providers.p]
name = "<img src=x onerror=alert(1)>"
[[cookies]]
name = "<b>n</b>"
kind = "local-storage"
provider = "p"
category = "marketing"
purpose = "<script>alert(1)</script> [x](javascript:alert(1))"
duration = "1 day"
"#,
    )
    .unwrap();
    ok(run(
        dir.path(),
        &["build", "-q", "--banner", "cookieconsent"],
    ));
    let banner = fs::read_to_string(dir.path().join("dist/cookieconsent-config.json")).unwrap();
    assert!(!banner.contains("<script"), "{banner}");
    assert!(!banner.contains("<img"), "{banner}");
    assert!(!banner.contains("<b>"), "{banner}");
    assert!(!banner.contains("href=\\\"javascript"), "{banner}");
    // It is all still there, as text.
    assert!(
        banner.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{banner}"
    );
    assert!(
        banner.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{banner}"
    );
}

#[test]
fn completions_and_man_page() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = ok(run(dir.path(), &["completions", shell]));
        let script = text(&output.stdout);
        assert!(script.contains("cookiedoc"), "{shell}");
        assert!(script.contains("import"), "{shell} completes subcommands");
    }
    let output = ok(run(dir.path(), &["man"]));
    let page = text(&output.stdout);
    assert!(page.contains(".TH COOKIEDOC 1"));
    assert!(page.contains("serve"));
}

#[test]
fn quiet_verbose_and_version() {
    let dir = tempfile::tempdir().unwrap();
    ok(run(dir.path(), &["init", "-q"]));
    let quiet = ok(run(dir.path(), &["build", "--quiet"]));
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());
    let verbose = ok(run(dir.path(), &["build", "--verbose"]));
    let said = text(&verbose.stdout);
    assert!(said.contains("wrote dist/en/index.html\n"), "{said}");
    assert!(
        said.ends_with("Built 1 locale (8 files) into dist\n"),
        "{said}"
    );
    let version = ok(run(dir.path(), &["--version"]));
    assert_eq!(
        text(&version.stdout),
        format!("cookiedoc {}\n", env!("CARGO_PKG_VERSION"))
    );
    let both = run(dir.path(), &["build", "--quiet", "--verbose"]);
    assert_eq!(both.status.code(), Some(2), "usage errors exit 2");
}

#[test]
fn build_shows_the_first_warnings_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mut registry = String::from(
        "[site]\nname = \"S\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\ncontroller = { name = \"S\", email = \"a@example.org\" }\n[providers.p]\nname = \"P\"\n",
    );
    for i in 0..14 {
        registry.push_str(&format!(
            "[[cookies]]\nname = \"c{i}\"\nprovider = \"p\"\ncategory = \"necessary\"\npurpose = \"x\"\n"
        ));
    }
    fs::write(dir.path().join("cookies.toml"), registry).unwrap();
    let build = ok(run(dir.path(), &["build"]));
    let stderr = text(&build.stderr);
    assert_eq!(stderr.matches("warning[W003]").count(), 10, "{stderr}");
    assert!(
        stderr.ends_with("warning: 4 more warnings (4 W003); `cookiedoc check` shows them all\n"),
        "{stderr}"
    );
    let check = ok(run(dir.path(), &["check"]));
    assert_eq!(text(&check.stderr).matches("warning[W003]").count(), 14);
}
