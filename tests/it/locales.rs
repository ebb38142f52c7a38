//! Regional locales: `de-AT` shows the built-in `de` messages and the registry's `de` texts, and
//! `check` says so; a language with no messages at all is an error that names the nearest one.

use std::fs;

use crate::helpers::{cookiedoc, copy_dir, fixture, text};

#[test]
fn a_regional_locale_takes_its_languages_messages_and_texts() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("regional"), dir.path());
    let built = cookiedoc(dir.path(), &["build"]);
    let stderr = text(&built.stderr);
    assert!(built.status.success(), "{stderr}");
    for (regional, language) in [("pt-BR", "pt"), ("de-AT", "de"), ("nb-NO", "nb")] {
        assert!(
            stderr.contains(&format!(
                "warning[W015]: locale `{regional}` has no messages of its own: the built-in `{language}` messages are shown"
            )),
            "{stderr}"
        );
    }
    let austrian = fs::read_to_string(dir.path().join("dist/de-AT/index.html")).unwrap();
    assert!(
        austrian.contains("<html class=\"cookiedoc-page\" lang=\"de-AT\""),
        "the page is the site's locale"
    );
    assert!(
        austrian.contains("<h1>Cookie-Richtlinie</h1>") || austrian.contains(">Cookie-Richtlinie<"),
        "the German messages are shown"
    );
    assert!(
        austrian.contains("lang=\"de\">Hält Sie angemeldet"),
        "the `de` text is shown, marked as German"
    );
    let brazilian = fs::read_to_string(dir.path().join("dist/pt-BR/index.html")).unwrap();
    assert!(brazilian.contains("lang=\"pt\">Mantém a sessão"));
    // Norwegian has no `nb` text: the default locale's is shown, marked as English.
    let norwegian = fs::read_to_string(dir.path().join("dist/nb-NO/index.html")).unwrap();
    assert!(norwegian.contains("lang=\"en\">Keeps you signed in"));
    assert!(
        !stderr.contains("W001]: the purpose of `sid` has no text in `pt-BR`"),
        "a text in `pt` serves `pt-BR`: {stderr}"
    );

    // An empty file of the regional locale accepts its language's messages.
    fs::create_dir_all(dir.path().join("locales/de-AT")).unwrap();
    fs::write(dir.path().join("locales/de-AT/cookiedoc.ftl"), "").unwrap();
    let checked = text(&cookiedoc(dir.path(), &["check"]).stderr);
    assert!(
        !checked.contains("locale `de-AT` has no messages"),
        "{checked}"
    );
}

#[test]
fn a_language_without_messages_names_the_nearest_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("regional"), dir.path());
    let registry = dir.path().join("cookies.toml");
    let source = fs::read_to_string(&registry).unwrap();
    fs::write(&registry, source.replace("\"nb-NO\"", "\"nn\"")).unwrap();
    let checked = cookiedoc(dir.path(), &["check"]);
    let stderr = text(&checked.stderr);
    assert!(!checked.status.success());
    assert!(
        stderr.contains("error[E014]: there are no messages for locale `nn`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("or list the nearest built-in locale `nb` instead"),
        "{stderr}"
    );
}

#[test]
fn cookie_names_stay_left_to_right_on_a_right_to_left_page() {
    let dir = tempfile::tempdir().unwrap();
    let config = crate::helpers::repo().join("examples/maktaba/cookies.toml");
    let out = dir.path().join("dist");
    let built = cookiedoc(
        dir.path(),
        &[
            "build",
            "--config",
            config.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(built.status.success(), "{}", text(&built.stderr));
    let arabic = fs::read_to_string(out.join("ar/index.html")).unwrap();
    assert!(arabic.contains("<html class=\"cookiedoc-page\" lang=\"ar\" dir=\"rtl\">"));
    assert!(
        arabic.contains("<code dir=\"ltr\">_pk_id.*</code>"),
        "{arabic}"
    );
    // Arabic lists with its own comma.
    assert!(
        arabic.contains("<code dir=\"ltr\">_pk_id.*</code>، <code dir=\"ltr\">_pk_ses.*</code>"),
        "{arabic}"
    );
    let markdown = fs::read_to_string(out.join("ar/cookie-policy.md")).unwrap();
    assert!(
        markdown.contains("\u{2066}`_pk_id.*`\u{2069}"),
        "{markdown}"
    );
    // A left-to-right page needs no marks.
    let english = fs::read_to_string(out.join("en/index.html")).unwrap();
    assert!(english.contains("<code>_pk_id.*</code>"));
}
