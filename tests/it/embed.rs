//! The policy inside other sites: `fragment.html`, `fragment-inline.html` and `fragment.md` per
//! locale, the heading level, the scoped stylesheet, and (with hugo, Chromium, Java and the npm
//! packages of `tests/browser`) a Hugo and an Eleventy site and a pasted CMS page that include
//! the fragment in every locale, checked by `tests/browser/embed.mjs`.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::helpers::{chromium, cookiedoc, copy_dir, fixture, repo, text};

const LOCALES: [&str; 3] = ["en", "de", "ar"];

/// Builds the embedding fixture's registry into `out` with extra arguments.
fn build(out: &Path, args: &[&str]) {
    let config = fixture("embed/cookies.toml");
    let mut all = vec![
        "build",
        "--config",
        config.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    let output = cookiedoc(repo(), &all);
    assert!(output.status.success(), "{}", text(&output.stderr));
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The values of every `name="…"` attribute in `html`.
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    html.split(&format!(" {name}=\""))
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect()
}

fn headings(html: &str) -> Vec<u8> {
    html.split("<h")
        .skip(1)
        .filter_map(|rest| rest.as_bytes().first().copied())
        .filter(u8::is_ascii_digit)
        .map(|digit| digit - b'0')
        .collect()
}

#[test]
fn a_fragment_is_one_article_with_prefixed_ids() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &[]);
    for locale in LOCALES {
        let fragment = read(dir.path(), &format!("{locale}/fragment.html"));
        let dir_attr = if locale == "ar" { "rtl" } else { "ltr" };
        assert!(
            fragment.starts_with(&format!(
                "<article class=\"cookiedoc\" lang=\"{locale}\" dir=\"{dir_attr}\""
            )),
            "{fragment}"
        );
        assert!(fragment.trim_end().ends_with("</article>"));
        assert_eq!(fragment.matches("<article").count(), 1);
        for tag in [
            "<html", "<head", "<body", "<main", "<style", "<link", "<script",
        ] {
            assert!(!fragment.contains(tag), "{tag} in {locale}/fragment.html");
        }
        let ids = attribute_values(&fragment, "id");
        assert!(ids.len() > 5);
        for id in &ids {
            assert!(id.starts_with("cookiedoc-"), "id {id}");
        }
        // Every reference points at an id the fragment has.
        for reference in attribute_values(&fragment, "aria-labelledby") {
            assert!(ids.contains(&reference), "{reference}");
        }
        for class in attribute_values(&fragment, "class") {
            assert!(class.starts_with("cookiedoc"), "class {class}");
        }
        // `[site] heading_level = 2`: under the host's h1, no level skipped.
        let levels = headings(&fragment);
        assert_eq!(levels[0], 2);
        assert!(levels.windows(2).all(|w| w[1] <= w[0] + 1), "{levels:?}");
    }
    insta::assert_snapshot!(
        "embed-ar-fragment.html",
        read(dir.path(), "ar/fragment.html")
    );
    insta::assert_snapshot!("embed-en-fragment.md", read(dir.path(), "en/fragment.md"));
}

#[test]
fn the_page_is_the_fragment_inside_a_frame() {
    let dir = tempfile::tempdir().unwrap();
    // At level 1 the fragment is the page's document, byte for byte.
    build(dir.path(), &["--heading-level", "1"]);
    for locale in LOCALES {
        let page = read(dir.path(), &format!("{locale}/index.html"));
        let fragment = read(dir.path(), &format!("{locale}/fragment.html"));
        assert!(
            page.contains(&format!(
                "<main id=\"cookiedoc-main\" tabindex=\"-1\">\n{fragment}"
            )),
            "{locale}"
        );
        assert!(page.starts_with("<!DOCTYPE html>\n<html class=\"cookiedoc-page\""));
        // The Markdown document and the fragment's Markdown are the same at level 1.
        assert_eq!(
            read(dir.path(), &format!("{locale}/cookie-policy.md")),
            read(dir.path(), &format!("{locale}/fragment.md"))
        );
    }
}

#[test]
fn a_site_frame_fills_the_header_and_footer_blocks() {
    let project = tempfile::tempdir().unwrap();
    fs::copy(
        fixture("embed/cookies.toml"),
        project.path().join("cookies.toml"),
    )
    .unwrap();
    fs::create_dir(project.path().join("templates")).unwrap();
    fs::write(
        project.path().join("templates/policy.html"),
        "{% extends \"builtin/policy.html\" %}\n\
         {% block header %}<header class=\"site\">SITE HEADER {% include \"partials/language-switcher.html\" %}</header>{% endblock header %}\n\
         {% block footer %}<footer class=\"site\">SITE FOOTER</footer>{% endblock footer %}\n",
    )
    .unwrap();
    let output = cookiedoc(project.path(), &["build", "-q"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let page = read(project.path(), "dist/en/index.html");
    let at = |needle: &str| {
        page.find(needle)
            .unwrap_or_else(|| panic!("{needle} in {page}"))
    };
    // The skip link, the site's header, the policy in <main>, then the site's footer.
    assert!(at("cookiedoc-skip-link") < at("SITE HEADER"));
    assert!(at("SITE HEADER") < at("<main id=\"cookiedoc-main\""));
    assert!(at("</main>") < at("SITE FOOTER"));
    assert_eq!(
        page.matches("<header").count(),
        1,
        "the built-in header is replaced"
    );
    assert!(page.contains("aria-current=\"page\""));
}

#[test]
fn the_heading_level_flag_overrides_the_registry() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &["--heading-level", "4"]);
    let fragment = read(dir.path(), "en/fragment.html");
    assert_eq!(headings(&fragment).iter().max(), Some(&6));
    assert!(fragment.contains("<h4 id=\"cookiedoc-title\">"));
    assert!(read(dir.path(), "en/fragment.md").starts_with("#### "));
    // The page keeps its own h1 and the Markdown document its `#`.
    assert!(read(dir.path(), "en/index.html").contains("<h1 id=\"cookiedoc-title\">"));
    assert!(read(dir.path(), "en/cookie-policy.md").starts_with("# "));

    for bad in ["0", "5", "two"] {
        let output = cookiedoc(repo(), &["build", "--heading-level", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(text(&output.stderr).contains("--heading-level"), "{bad}");
    }
}

#[test]
fn the_inline_fragment_carries_the_stylesheet_as_its_first_child() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &[]);
    let css = read(dir.path(), "assets/cookiedoc.css");
    for locale in LOCALES {
        let fragment = read(dir.path(), &format!("{locale}/fragment.html"));
        let inline = read(dir.path(), &format!("{locale}/fragment-inline.html"));
        let (start, rest) = fragment.split_once('\n').unwrap();
        assert_eq!(
            inline,
            format!("{start}\n<style>\n{}\n</style>\n{rest}", css.trim_end())
        );
    }
}

/// Strips `/* … */` comments from CSS.
fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// A selector list split at the commas outside parentheses (`:is(a, b)` stays whole).
fn split_top_level(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts
}

/// Every selector of the stylesheet with the cascade layer it is in.
fn selectors_by_layer(css: &str) -> Vec<(String, String)> {
    let css = without_comments(css);
    let mut found = Vec::new();
    // The at-rules and style rules that are open, innermost last.
    let mut open: Vec<String> = Vec::new();
    let mut prelude = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                let head = prelude.trim().to_owned();
                if !head.starts_with('@') {
                    let layer = open
                        .iter()
                        .rev()
                        .find_map(|h| h.strip_prefix("@layer "))
                        .unwrap_or("(none)")
                        .to_owned();
                    for selector in split_top_level(&head) {
                        found.push((layer.clone(), selector.trim().to_owned()));
                    }
                }
                open.push(head);
                prelude.clear();
            }
            '}' => {
                open.pop();
                prelude.clear();
            }
            ';' => prelude.clear(),
            _ => prelude.push(c),
        }
    }
    found
}

#[test]
fn every_rule_is_scoped_and_layered() {
    let css = fs::read_to_string(repo().join("templates/cookiedoc.css")).unwrap();
    let selectors = selectors_by_layer(&css);
    assert!(selectors.len() > 40, "{selectors:?}");
    for (layer, selector) in &selectors {
        let scope = match layer.as_str() {
            "cookiedoc.policy" => ".cookiedoc",
            "cookiedoc.page" => "html.cookiedoc-page",
            _ => panic!("`{selector}` is outside cookiedoc's layers ({layer})"),
        };
        assert!(
            selector == scope || selector.starts_with(&format!("{scope} ")),
            "`{selector}` in {layer} does not start with `{scope}`"
        );
    }
    // The card layout asks the policy's width, not the window's; no global at-rule.
    assert!(css.contains("@container cookiedoc ("));
    assert!(!css.contains("@page"));
    assert!(!css.contains("@import"));
    // Right-to-left ready: no physical sides.
    for physical in [
        "left",
        "right",
        "margin-top",
        "padding-bottom",
        "border-bottom",
    ] {
        let declarations = without_comments(&css);
        assert!(
            !declarations.contains(&format!("{physical}:")),
            "`{physical}` instead of a logical property"
        );
    }
}

/// Builds the fixture's Hugo and Eleventy sites and a pasted CMS page around the fragments, then
/// checks them in Chromium and with the Nu HTML Checker (`tests/browser/embed.mjs`).
#[test]
#[ignore = "needs hugo, chromium, java and npm packages"]
fn hugo_eleventy_and_a_cms_page_show_the_policy_in_their_own_layout() {
    let node_dir = repo().join("tests/browser");
    let eleventy = node_dir.join("node_modules/@11ty/eleventy/cmd.cjs");
    let vnu = node_dir.join("node_modules/vnu-jar/build/dist/vnu.jar");
    for (what, present) in [
        ("hugo (apt-get install hugo)", runs("hugo", &["version"])),
        ("node", runs("node", &["--version"])),
        ("java", runs("java", &["-version"])),
        ("Chromium", chromium().is_file()),
        (
            "tests/browser/node_modules (npm ci --ignore-scripts --prefix tests/browser)",
            eleventy.is_file() && vnu.is_file(),
        ),
    ] {
        assert!(present, "{what} is missing; .ci/run installs it");
    }
    let tmp = tempfile::tempdir().unwrap();
    let host_css = fixture("embed/host.css");
    for site in ["hugo", "eleventy"] {
        let dir = tmp.path().join(site);
        copy_dir(&fixture(&format!("embed/{site}")), &dir);
        fs::create_dir_all(dir.join("static")).unwrap();
        fs::copy(&host_css, dir.join("static/host.css")).unwrap();
        build(&dir.join("cookiedoc"), &[]);
    }
    let hugo = tmp.path().join("hugo");
    succeed(Command::new("hugo").arg("--quiet").current_dir(&hugo));
    let eleventy_site = tmp.path().join("eleventy");
    succeed(
        Command::new("node")
            .arg(&eleventy)
            .arg("--quiet")
            .current_dir(&eleventy_site),
    );
    let cms = tmp.path().join("cms");
    paste_into_cms_pages(&hugo.join("cookiedoc"), &cms);
    fs::copy(&host_css, cms.join("host.css")).unwrap();

    let output = Command::new("node")
        .current_dir(&node_dir)
        .arg("embed.mjs")
        .args([
            "--site".into(),
            format!("hugo={}", hugo.join("public").display()),
        ])
        .args([
            "--site".into(),
            format!("eleventy={}", eleventy_site.join("_site").display()),
        ])
        .args(["--site".into(), format!("cms={}", cms.display())])
        .args(["--locales", &LOCALES.join(",")])
        .arg("--vnu")
        .arg(&vnu)
        .arg("--chromium")
        .arg(chromium())
        .output()
        .expect("node runs");
    let report = format!("{}{}", text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "embed.mjs failed:\n{report}");
    // Past the test harness's capture, so that `cargo test` shows the figures when it passes.
    for line in report.lines().filter(|l| l.starts_with("summary: ")) {
        let _ = writeln!(std::io::stderr(), "embed: {line}");
    }
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn succeed(command: &mut Command) {
    let output = command.output().expect("the generator runs");
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

/// A CMS page where one can only paste HTML: the host's page with `fragment-inline.html` pasted
/// into its content.
fn paste_into_cms_pages(built: &Path, out: &Path) {
    for locale in LOCALES {
        let dir = if locale == "ar" { "rtl" } else { "ltr" };
        let pasted = read(built, &format!("{locale}/fragment-inline.html"));
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>Lantern Library</title>\n<link rel=\"stylesheet\" href=\"/host.css\">\n</head>\n<body>\n\
             <header>\n<p lang=\"en\"><a href=\"/en/\">Lantern Library</a></p>\n</header>\n<main>\n\
             <h1 lang=\"en\">Lantern Library</h1>\n{pasted}</main>\n\
             <footer>\n<p lang=\"en\">© 2026 Lantern Library</p>\n</footer>\n</body>\n</html>\n"
        );
        fs::create_dir_all(out.join(locale)).unwrap();
        fs::write(out.join(locale).join("index.html"), page).unwrap();
    }
}

/// An override written for the page before the fragment (`{% block intro %}` in policy.html) is
/// told where the block went.
#[test]
fn a_policy_block_in_the_page_points_at_the_fragment() {
    let project = tempfile::tempdir().unwrap();
    fs::copy(
        fixture("embed/cookies.toml"),
        project.path().join("cookies.toml"),
    )
    .unwrap();
    fs::create_dir(project.path().join("templates")).unwrap();
    fs::write(
        project.path().join("templates/policy.html"),
        "{% extends \"builtin/policy.html\" %}\n{% block intro %}<p>Ours.</p>{% endblock intro %}\n",
    )
    .unwrap();
    let output = cookiedoc(project.path(), &["check"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("error[E016]"), "{stderr}");
    assert!(
        stderr.contains(
            "write templates/fragment.html starting with {% extends \"builtin/fragment.html\" %}"
        ),
        "{stderr}"
    );
}

/// The built-in tables are written by `render::table`; a project's own partial that loops over
/// `category.rows` (the partials as they were before) still gets every row, and writes the same.
#[test]
fn a_template_of_its_own_writes_the_same_table() {
    let dir = tempfile::tempdir().unwrap();
    let builtin = dir.path().join("builtin");
    build(&builtin, &[]);
    let project = dir.path().join("project");
    fs::create_dir_all(&project).unwrap();
    fs::copy(fixture("embed/cookies.toml"), project.join("cookies.toml")).unwrap();
    copy_dir(&fixture("rows-loop/templates"), &project.join("templates"));
    let output = cookiedoc(&project, &["build"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let own = project.join("dist");
    for locale in LOCALES {
        for file in [
            "index.html",
            "cookie-policy.md",
            "fragment.html",
            "fragment.md",
        ] {
            let ours = read(&own, &format!("{locale}/{file}"));
            assert!(
                ours.contains("<td") || ours.contains("| "),
                "{locale}/{file}"
            );
            assert_eq!(
                ours,
                read(&builtin, &format!("{locale}/{file}")),
                "{locale}/{file}"
            );
        }
    }
}
