//! Issue 11: every fact the law asks a cookie policy to say, in words true where the site is —
//! the registry keys, their defaults and lints, the jurisdiction's wording in en, de and fr, and
//! the rights section with its change-settings control in every output.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::helpers::{cookiedoc, repo, text};

/// A registry in en, de and fr with a necessary cookie, a statistics cookie and a provider in
/// the United States; `site` is added to `[site]`, `more` at the end.
fn registry(site: &str, more: &str) -> String {
    format!(
        r#"[site]
name = "Example"
url = "https://www.example.org"
locales = ["en", "de", "fr"]
controller = {{ name = "Example GmbH", email = "privacy@example.org" }}
{site}

[providers.example]
name = "Example GmbH"
privacy_policy = "https://www.example.org/privacy"
country = "DE"

[providers.video]
name = "Video Inc."
privacy_policy = "https://video.example/privacy"
country = "US"
transfer = "dpf"

[[cookies]]
name = "session"
provider = "example"
category = "necessary"
purpose = {{ en = "Keeps you signed in", de = "Hält Sie angemeldet", fr = "Vous garde connecté" }}
duration = "session"

[[cookies]]
name = "_stats"
provider = "example"
category = "statistics"
purpose = {{ en = "Counts visits", de = "Zählt Besuche", fr = "Compte les visites" }}
duration = "13 months"

[[cookies]]
name = "vid"
provider = "video"
category = "marketing"
party = "third"
purpose = {{ en = "Plays videos", de = "Spielt Videos ab", fr = "Lit les vidéos" }}
duration = "1 year"
{more}
"#
    )
}

struct Built {
    _dir: tempfile::TempDir,
    output: Output,
    root: std::path::PathBuf,
}

impl Built {
    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.root.join("dist").join(file)).unwrap()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.read("cookies.json")).unwrap()
    }
}

fn run_in(toml: &str, args: &[&str]) -> Built {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    fs::write(root.join("cookies.toml"), toml).unwrap();
    let output = cookiedoc(&root, args);
    Built {
        _dir: dir,
        output,
        root,
    }
}

fn build(toml: &str, args: &[&str]) -> Built {
    let mut all = vec!["build", "-q"];
    all.extend_from_slice(args);
    let built = run_in(toml, &all);
    assert!(
        built.output.status.success(),
        "{}",
        text(&built.output.stderr)
    );
    built
}

fn codes(output: &Output) -> Vec<String> {
    text(&output.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["code"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

const SETTINGS: &str = r#"consent_settings = "https://www.example.org/cookie-settings""#;

#[test]
fn the_jurisdiction_selects_the_wording_of_national_law_in_every_language() {
    // (jurisdiction, locale, words the statistics sentence and the legal bases must contain)
    let cases: &[(&str, &str, &[&str])] = &[
        ("DE", "en", &["§ 25 (1) TDDDG", "§ 25 (2) No. 2 TDDDG"]),
        (
            "DE",
            "de",
            &["§ 25 Abs. 1 TDDDG", "§ 25 Abs. 2 Nr. 2 TDDDG"],
        ),
        ("DE", "fr", &["§ 25, alinéa 1", "§ 25, alinéa 2, n° 2"]),
        ("AT", "en", &["§ 165 (3) TKG 2021"]),
        ("AT", "de", &["§ 165 Abs. 3 TKG 2021"]),
        ("AT", "fr", &["§ 165, alinéa 3"]),
        (
            "FR",
            "en",
            &[
                "When statistics are anonymized (meaning they cannot be traced back to a person), user consent is not required.",
                "article 82",
            ],
        ),
        (
            "FR",
            "de",
            &["Sind die Statistiken anonymisiert", "Artikel 82"],
        ),
        (
            "FR",
            "fr",
            &[
                "Lorsque les statistiques sont anonymisées",
                "article 82 de la loi Informatique et Libertés",
            ],
        ),
        (
            "",
            "en",
            &["Art. 5(3) of the ePrivacy Directive 2002/58/EC"],
        ),
        (
            "",
            "de",
            &["Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG"],
        ),
        (
            "",
            "fr",
            &["article 5, paragraphe 3, de la directive 2002/58/CE"],
        ),
    ];
    for (jurisdiction, locale, expected) in cases {
        let site = if jurisdiction.is_empty() {
            SETTINGS.to_owned()
        } else {
            format!("{SETTINGS}\njurisdiction = \"{jurisdiction}\"")
        };
        let built = build(&registry(&site, ""), &[]);
        let md = built.read(&format!("{locale}/cookie-policy.md"));
        for words in *expected {
            assert!(md.contains(words), "{jurisdiction} {locale}: {words}\n{md}");
        }
        // The French exemption of anonymized statistics is said only where French law applies.
        let exemption = [
            "user consent is not required",
            "ist keine Einwilligung erforderlich",
            "le consentement de l’utilisateur n’est pas requis",
        ];
        assert_eq!(
            exemption.iter().any(|e| md.contains(e)),
            *jurisdiction == "FR",
            "{jurisdiction} {locale}"
        );
        let html = built.read(&format!("{locale}/index.html"));
        assert!(
            html.contains("<p class=\"cookiedoc-legal-basis\">"),
            "{jurisdiction} {locale}"
        );
    }
}

#[test]
fn necessary_cookies_rest_on_legitimate_interests_or_for_a_public_body_on_its_task() {
    let private = build(&registry(SETTINGS, ""), &[]);
    let md = private.read("en/cookie-policy.md");
    assert!(md.contains(
        "our legitimate interest in a website that works and is secure (Art. 6(1)(f) GDPR)"
    ));
    assert!(!md.contains("vested in us (Art. 6(1)(e) GDPR)"));
    assert!(md.contains("Legal basis: your consent (Art. 6(1)(a) GDPR;"));

    let site = format!(
        "{SETTINGS}\npublic_body = true\njurisdiction = \"DE\"\ndpo = {{ name = \"Dr. Datenschutz\", email = \"dpo@example.org\" }}"
    );
    let public = build(&registry(&site, ""), &[]);
    let md = public.read("de/cookie-policy.md");
    assert!(md.contains("in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)"));
    assert!(!md.contains("lit. f DSGVO)\n"), "{md}");
    assert_eq!(public.json()["site"]["public_body"], true);
}

#[test]
fn a_written_legal_basis_replaces_the_default() {
    let more = r#"
[categories.statistics]
legal_basis = { en = "our statute on statistics (§ 3)", de = "unsere Statistiksatzung (§ 3)" }
"#;
    let built = build(&registry(SETTINGS, more), &[]);
    let en = built.read("en/cookie-policy.md");
    assert!(en.contains("Legal basis: our statute on statistics (§ 3)"));
    // A locale without the text shows the default locale's, marked with its language.
    let fr = built.read("fr/index.html");
    assert!(fr.contains("<span lang=\"en\">our statute on statistics (§ 3)</span>"));
    let json = built.json();
    let statistics = json["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "statistics")
        .unwrap();
    assert_eq!(
        statistics["legal_basis"]["de"],
        "unsere Statistiksatzung (§ 3)"
    );
}

#[test]
fn the_rights_section_and_the_change_settings_control_are_in_every_output() {
    let site = format!(
        "{SETTINGS}\nsupervisory_authority = {{ name = \"the Example Authority\", url = \"https://authority.example\" }}"
    );
    let built = build(&registry(&site, ""), &[]);
    let html = built.read("en/index.html");
    assert!(
        html.contains("<section class=\"cookiedoc-rights\" aria-labelledby=\"cookiedoc-rights\">")
    );
    assert!(html.contains("as easily as you gave it"));
    assert!(html.contains(
        "<a href=\"https://www.example.org/cookie-settings\">Change your cookie settings</a>"
    ));
    assert!(html.contains("(Art. 77 GDPR)"));
    assert!(html.contains(
        "The supervisory authority responsible for us is <a href=\"https://authority.example\""
    ));
    let md = built.read("de/cookie-policy.md");
    assert!(md.contains("## Ihre Rechte"));
    assert!(
        md.contains("[Cookie-Einstellungen ändern](<https://www.example.org/cookie-settings>)")
    );
    assert!(md.contains("(Art. 7 Abs. 3 DSGVO)"));
    let fr = built.read("fr/cookie-policy.md");
    assert!(fr.contains("## Vos droits"));
    assert!(fr.contains("[Modifier vos paramètres de cookies]"));
    let json = built.json();
    assert_eq!(
        json["site"]["consent_settings"],
        "https://www.example.org/cookie-settings"
    );
    assert!(
        json["site"]["rights"]["withdraw"]["en"]
            .as_str()
            .unwrap()
            .contains("Art. 7(3) GDPR")
    );
    assert!(
        json["site"]["rights"]["complaint"]["de"]
            .as_str()
            .unwrap()
            .contains("Art. 77 DSGVO")
    );
    assert_eq!(
        json["site"]["supervisory_authority"]["url"],
        "https://authority.example"
    );

    // Built with a banner, the page's own control opens the banner's preferences.
    let built = build(&registry("", ""), &["--banner", "cookieconsent"]);
    let html = built.read("en/index.html");
    assert!(html.contains(
        "<button type=\"button\" data-cc=\"show-preferencesModal\">Change your cookie settings</button>"
    ));
    assert!(!html.contains("cookie-settings\">"));
    // With both, a link that the banner's script turns into opening the banner.
    let built = build(&registry(SETTINGS, ""), &["--banner", "cookieconsent"]);
    assert!(built.read("en/index.html").contains(
        "<a href=\"https://www.example.org/cookie-settings\" data-cc=\"show-preferencesModal\">Change your cookie settings</a>"
    ));
    // A Markdown document cannot open a banner: it names the control.
    assert!(
        built
            .read("en/cookie-policy.md")
            .contains("by changing your cookie settings.")
    );
}

#[test]
fn withdrawing_consent_is_said_only_where_a_category_needs_it() {
    let necessary_only = r#"[site]
name = "Example"
url = "https://www.example.org"
locales = ["en"]
controller = { name = "Example GmbH", email = "privacy@example.org" }
[providers.example]
name = "Example GmbH"
[[cookies]]
name = "session"
provider = "example"
category = "necessary"
purpose = "Keeps you signed in"
duration = "session"
"#;
    let built = build(necessary_only, &[]);
    let html = built.read("en/index.html");
    assert!(html.contains("<h2 id=\"cookiedoc-rights\">Your rights</h2>"));
    assert!(!html.contains("withdraw your consent"));
    assert!(!html.contains("consent-settings"));
    // The introduction claims neither web analytics nor advertising.
    let md = built.read("en/cookie-policy.md");
    assert!(md.contains(
        "In order to provide you with the best service possible, we use cookies to ensure it functions properly.\n"
    ));
    assert!(!md.contains("analytics"));
    assert!(built.json()["site"]["rights"]["withdraw"].is_null());
}

#[test]
fn the_introduction_names_only_the_purposes_the_registry_has() {
    let built = build(&registry(SETTINGS, ""), &[]);
    assert!(built.read("en/cookie-policy.md").contains(
        "to ensure it functions properly, to perform web analytics, and to show you advertising that is relevant to you."
    ));
    let without_marketing =
        registry(SETTINGS, "").replace("category = \"marketing\"", "category = \"statistics\"");
    let built = build(&without_marketing, &[]);
    assert!(built.read("de/cookie-policy.md").contains(
        "die das einwandfreie Funktionieren der Website sicherstellen und eine Webanalyse ermöglichen."
    ));
}

#[test]
fn a_third_country_provider_says_its_country_in_words_and_its_safeguard() {
    let more = r#"
[providers.fonts]
name = "Fonts AG"
privacy_policy = "https://fonts.example/privacy"
country = "CH"

[[cookies]]
name = "font"
provider = "fonts"
category = "necessary"
party = "third"
purpose = "Serves fonts"
duration = "1 day"
"#;
    let built = build(&registry(SETTINGS, more), &[]);
    let en = built.read("en/cookie-policy.md");
    assert!(en.contains("## Transfers to countries outside the European Economic Area"));
    assert!(en.contains("- Video Inc. (United States): the EU–US Data Privacy Framework"));
    assert!(en.contains(
        "- Fonts AG (Switzerland): an adequacy decision of the European Commission (Art. 45 GDPR)"
    ));
    // A provider in the EEA is no transfer.
    assert!(!en.contains("- Example GmbH ("));
    assert!(en.contains("(Third party, United States)"));
    let de = built.read("de/cookie-policy.md");
    assert!(de.contains("- Video Inc. (Vereinigte Staaten): der EU-US-Datenschutzrahmen"));
    assert!(de.contains("- Fonts AG (Schweiz): ein Angemessenheitsbeschluss"));
    let fr = built.read("fr/index.html");
    assert!(fr.contains("<li>Fonts AG (Suisse) : une décision d’adéquation"));
    let providers = built.json()["providers"].clone();
    let transfer = |id: &str| {
        providers
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .get("transfer")
            .cloned()
    };
    assert_eq!(transfer("video"), Some("dpf".into()));
    assert_eq!(transfer("fonts"), Some("adequacy".into()));
    assert_eq!(transfer("example"), None);
}

#[test]
fn the_dpo_is_named_beside_the_controller() {
    let site = format!(
        "{SETTINGS}\ndpo = {{ name = {{ en = \"Our DPO\", de = \"Unsere DSB\", fr = \"Notre DPD\" }}, email = \"dpo@example.org\", address = \"Postfach 1\" }}"
    );
    let built = build(&registry(&site, ""), &[]);
    let html = built.read("de/index.html");
    let controller = html
        .find("<section class=\"cookiedoc-controller\"")
        .unwrap();
    let dpo = html
        .find("Kontaktdaten der oder des Datenschutzbeauftragten:")
        .unwrap();
    assert!(dpo > controller);
    assert!(html.contains("<a href=\"mailto:dpo@example.org\">E-Mail: dpo@example.org</a>"));
    let md = built.read("en/cookie-policy.md");
    assert!(md.contains("You can contact our data protection officer:\n\nOur DPO  \nPostfach 1  \n[Email: dpo@example.org](mailto:dpo@example.org)"));
    assert_eq!(built.json()["site"]["dpo"]["name"]["fr"], "Notre DPD");
}

#[test]
fn lints_w009_w010_w011_and_the_banner_flag_of_check() {
    // W010: consent categories and no way to change consent, unless built with a banner.
    let toml = registry("", "").replace("transfer = \"dpf\"\n", "");
    let check = run_in(&toml, &["check", "--format", "json"]);
    assert_eq!(codes(&check.output), ["W010", "W009"]);
    let check = run_in(
        &toml,
        &["check", "--format", "json", "--banner", "cookieconsent"],
    );
    // W012: the banner's own record of the choice is not declared.
    assert_eq!(codes(&check.output), ["W012", "W009"]);
    // W011: a public body without a DPO.
    let toml = registry(&format!("{SETTINGS}\npublic_body = true"), "");
    let check = run_in(&toml, &["check", "--format", "json"]);
    assert_eq!(codes(&check.output), ["W011"]);
    let check = run_in(&registry(SETTINGS, ""), &["check", "--strict"]);
    assert!(
        check.output.status.success(),
        "{}",
        text(&check.output.stderr)
    );
}

#[test]
fn a_builtin_translation_without_the_new_messages_says_them_in_english() {
    let toml = registry(SETTINGS, "").replace(
        "locales = [\"en\", \"de\", \"fr\"]",
        "locales = [\"en\", \"de\", \"fr\", \"nl\"]",
    );
    let built = build(&toml, &[]);
    let nl = built.read("nl/index.html");
    // Whatever nl has not translated yet is English, marked so; nothing is missing.
    assert!(nl.contains("class=\"cookiedoc-page\" lang=\"nl\""));
    assert!(nl.contains("<h2 id=\"cookiedoc-rights\""));
    if nl.contains("<h2 id=\"cookiedoc-rights\" lang=\"en\">") {
        assert!(nl.contains("<h2 id=\"cookiedoc-rights\" lang=\"en\">Your rights</h2>"));
    }
}

/// The German municipality of `examples/stadt/` (issue 11) passes `check --strict` and says
/// what a German authority's page must say.
#[test]
fn the_municipality_example_passes_strict_checks() {
    let config = repo().join("examples/stadt/cookies.toml");
    let dir = tempfile::tempdir().unwrap();
    let config = config.to_str().unwrap();
    let output = cookiedoc(dir.path(), &["check", "--strict", "--config", config]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "checked: 0 errors, 0 warnings\n");
    let output = cookiedoc(
        dir.path(),
        &["build", "-q", "--config", config, "--out", "dist"],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let de = fs::read_to_string(Path::new(dir.path()).join("dist/de/cookie-policy.md")).unwrap();
    for words in [
        "Rechtsgrundlage: Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; § 25 Abs. 1 TDDDG)",
        "(§ 25 Abs. 2 Nr. 2 TDDDG); die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich",
        "- Vimeo.com, Inc. (Vereinigte Staaten): der EU-US-Datenschutzrahmen",
        "## Ihre Rechte",
        "Die für uns zuständige Aufsichtsbehörde ist [die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen](<https://www.ldi.nrw.de>).",
        "Kontaktdaten der oder des Datenschutzbeauftragten:",
        "und eine Webanalyse ermöglichen.",
    ] {
        assert!(de.contains(words), "{words}");
    }
    assert!(!de.contains("Sind die Statistiken anonymisiert"));
}

fn mini_database() -> String {
    repo()
        .join("tests/fixtures/import/mini-ocd.csv")
        .to_str()
        .unwrap()
        .to_owned()
}

/// A German-first site (de, fr: no English) with its own provider.
const GERMAN_SITE: &str = r#"[site]
name = "Stadt"
url = "https://www.stadt.example"
locales = ["de", "fr"]
controller = { name = "Stadt", email = "datenschutz@stadt.example" }
consent_settings = "https://www.stadt.example/cookies"

[providers.stadt]
name = "Stadt"
privacy_policy = "https://www.stadt.example/datenschutz"
country = "DE"

[[cookies]]
name = "session"
provider = "stadt"
category = "necessary"
purpose = { de = "Hält Sie angemeldet", fr = "Vous garde connecté" }
duration = "session"
"#;

fn import_into(toml: &str, args: &[&str]) -> (Built, String) {
    let database = mini_database();
    let mut all = vec!["import", "--open-cookie-database", database.as_str()];
    all.extend_from_slice(args);
    let built = run_in(toml, &all);
    let after = fs::read_to_string(built.root.join("cookies.toml")).unwrap();
    (built, after)
}

#[test]
fn import_writes_the_databases_english_as_english() {
    let (imported, after) = import_into(GERMAN_SITE, &["_ea_session"]);
    assert!(
        imported.output.status.success(),
        "{}",
        text(&imported.output.stderr)
    );
    assert!(
        after.contains("purpose = { en = 'Keeps a \"visit\" together' }\n"),
        "{after}"
    );
    assert!(
        text(&imported.output.stderr).contains("add the `de` text of each"),
        "{}",
        text(&imported.output.stderr)
    );
    // The site has no English: the text is kept, check names the missing translations, and
    // the pages mark it as English instead of passing it off as German or French.
    let check = cookiedoc(&imported.root, &["check", "--format", "json"]);
    let stdout = text(&check.stdout);
    assert!(stdout.contains("\"code\":\"W001\""), "{stdout}");
    assert!(
        stdout.contains("has no text in `de`, `fr`; the `en` text is shown there"),
        "{stdout}"
    );
    let build = cookiedoc(&imported.root, &["build", "-q"]);
    assert!(build.status.success(), "{}", text(&build.stderr));
    let de = fs::read_to_string(imported.root.join("dist/de/index.html")).unwrap();
    assert!(
        de.contains(
            "<td data-label=\"Zwecke\" lang=\"en\">Keeps a &quot;visit&quot; together</td>"
        ),
        "{de}"
    );
}

#[test]
fn import_files_cookies_under_a_provider_of_the_registry() {
    let (imported, after) = import_into(GERMAN_SITE, &["--provider", "stadt", "adid"]);
    assert!(
        imported.output.status.success(),
        "{}",
        text(&imported.output.stderr)
    );
    assert!(
        after.contains("name = \"adid\"\nprovider = \"stadt\"\n"),
        "{after}"
    );
    // The vendor's domain and third party are not the self-hosted tool's.
    assert!(!after.contains("ads.example"));
    assert!(!after.contains("party = \"third\""));
    assert!(!after.contains("[providers.example-ads-corp]"));

    let (refused, after) = import_into(GERMAN_SITE, &["--provider", "matomo", "adid"]);
    assert_eq!(refused.output.status.code(), Some(1));
    assert!(
        text(&refused.output.stderr)
            .contains("the registry has no provider `matomo`; its providers are stadt"),
        "{}",
        text(&refused.output.stderr)
    );
    assert_eq!(after, GERMAN_SITE, "a refusal writes nothing");
}

#[test]
fn import_takes_a_platform_per_name() {
    let (imported, after) = import_into(
        GERMAN_SITE,
        &[
            "--platform",
            "YouTube",
            "YSC",
            "--platform",
            "Matomo",
            "_pk_id.1.abc",
            "uid@Third Ads",
        ],
    );
    assert!(
        imported.output.status.success(),
        "{}",
        text(&imported.output.stderr)
    );
    assert_eq!(
        text(&imported.output.stdout),
        "added YSC (YouTube, preferences, session) to cookies.toml\n\
         added _pk_id.* (Matomo, statistics, 13 months) to cookies.toml\n\
         added uid (Third Ads, marketing, 1 year) to cookies.toml\n"
    );
    assert!(after.contains("provider = \"google\""));
    assert!(after.contains("provider = \"matomo\""));
    assert!(after.contains("provider = \"third-ads\""));

    // One --platform for every name: the refusal says where the name really is.
    let (refused, after) = import_into(GERMAN_SITE, &["--platform", "Matomo", "_pk_id.1.x", "YSC"]);
    assert_eq!(refused.output.status.code(), Some(1));
    assert_eq!(
        text(&refused.output.stderr).lines().next().unwrap(),
        "error: nothing was imported: `YSC` is in the Open Cookie Database under YouTube, not under Matomo; write `YSC@YouTube`"
    );
    assert_eq!(after, GERMAN_SITE);
    let (refused, _) = import_into(GERMAN_SITE, &["ysc"]);
    assert!(
        text(&refused.output.stderr)
            .contains("`ysc` is not in the Open Cookie Database; did you mean `YSC` (YouTube)?")
    );
    let (refused, _) = import_into(GERMAN_SITE, &["YSC@Youtub"]);
    assert!(
        text(&refused.output.stderr).contains(
            "`Youtub` is not a platform of the Open Cookie Database; did you mean YouTube?"
        ),
        "{}",
        text(&refused.output.stderr)
    );
}

#[test]
fn each_transfer_safeguard_is_said_with_its_article() {
    for (transfer, words) in [
        (
            "adequacy",
            "an adequacy decision of the European Commission (Art. 45 GDPR)",
        ),
        ("dpf", "the EU–US Data Privacy Framework"),
        (
            "scc",
            "standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
        ),
        (
            "bcr",
            "binding corporate rules approved by a supervisory authority (Art. 47 GDPR)",
        ),
        (
            "consent",
            "your explicit consent, given after you were informed of the possible risks of the transfer (Art. 49(1)(a) GDPR)",
        ),
    ] {
        let toml = registry(SETTINGS, "")
            .replace("transfer = \"dpf\"", &format!("transfer = \"{transfer}\""));
        let built = build(&toml, &[]);
        let md = built.read("en/cookie-policy.md");
        assert!(
            md.contains(&format!("- Video Inc. (United States): {words}")),
            "{transfer}"
        );
    }
}

#[test]
fn untrusted_names_in_the_new_sections_stay_text() {
    let site = format!(
        "{SETTINGS}\nsupervisory_authority = {{ name = \"<img src=x onerror=alert(1)> [l](javascript:alert(1))\", url = \"https://authority.example\" }}"
    );
    let toml = registry(&site, "").replace(
        "name = \"Video Inc.\"",
        "name = \"<script>alert(1)</script> [x](javascript:y)\"",
    );
    let built = build(&toml, &[]);
    let html = built.read("en/index.html");
    assert!(!html.contains("<script>alert") && !html.contains("<img"));
    assert!(!html.contains("href=\"javascript"));
    assert!(
        html.contains(
            "<li>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:y) (United States):"
        )
    );
    assert!(html.contains(
        "<a href=\"https://authority.example\" rel=\"noopener noreferrer\">&lt;img src=x onerror=alert(1)&gt; l</a>."
    ));
    let md = built.read("en/cookie-policy.md");
    assert!(
        md.contains("- \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) (United States):")
    );
}

#[test]
fn import_never_files_a_name_that_cannot_be_an_http_cookie() {
    let (imported, after) = import_into(GERMAN_SITE, &["crisp-client/*", "_ea_session"]);
    let stderr = text(&imported.output.stderr);
    assert!(imported.output.status.success(), "{stderr}");
    assert!(!after.contains("crisp-client"), "{after}");
    assert!(after.contains("name = \"_ea_session\""), "{after}");
    assert!(
        stderr
            .contains("`crisp-client/*` was not added: an HTTP cookie's name is an RFC 6265 token"),
        "{stderr}"
    );
    assert!(stderr.contains("kind = \"local-storage\""), "{stderr}");
    // What was added still checks.
    let check = cookiedoc(&imported.root, &["check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}
