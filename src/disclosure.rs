//! What the law asks a cookie policy to disclose beyond the cookies themselves, derived from the
//! registry: each category's legal basis (GDPR Art. 13(1)(c)), the transfers to countries
//! outside the EEA and their safeguards (Art. 13(1)(f)), whether the visitor can withdraw
//! consent (Art. 7(3), 13(2)(c)), and which national law's wording applies.
//!
//! Nothing here is worded: the document says these facts in each locale's messages, whose
//! variants (selected by [`Disclosure::jurisdiction`]) cite their sources.

use crate::diagnostic::{Code, Diagnostic, SourceId};
use crate::registry::adequacy;
use crate::registry::{Category, Provider, Registry, Text, Transfer};

/// The `$jurisdiction` of a site without `[site] jurisdiction`: wording true EU-wide.
pub const EU_WIDE: &str = "EU";

/// The legal basis of a category's cookies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LegalBasis<'r> {
    /// As the registry words it.
    Written(&'r Text),
    /// Consent: GDPR Art. 6(1)(a) with the national law of ePrivacy Art. 5(3).
    Consent,
    /// Strictly necessary: the exemption of that law, and GDPR Art. 6(1)(f), or (e) for a
    /// public body.
    Necessary,
}

/// A provider whose country is outside the EEA.
#[derive(Debug, Clone, Copy)]
pub struct ThirdCountry<'r> {
    pub provider: &'r Provider,
    /// ISO 3166-1 alpha-2.
    pub country: &'r str,
    /// `None`: no safeguard declared and no adequacy decision (lint W009).
    pub safeguard: Option<Transfer>,
}

/// The facts of one registry that the policy discloses besides its tables.
#[derive(Debug, Clone)]
pub struct Disclosure<'r> {
    /// The `$jurisdiction` messages select their wording by: a country code, or [`EU_WIDE`].
    pub jurisdiction: &'r str,
    /// `$public`: "yes" for a public body.
    pub public: &'static str,
    /// `$purposes` of the introduction.
    pub purposes: &'static str,
    /// Providers some cookie names, outside the EEA, in the registry's order.
    pub third_countries: Vec<ThirdCountry<'r>>,
    /// Whether a category that has cookies needs consent: then the visitor must be able to
    /// withdraw it.
    pub consent_needed: bool,
}

impl<'r> Disclosure<'r> {
    pub fn of(registry: &'r Registry) -> Disclosure<'r> {
        Disclosure {
            jurisdiction: registry.site.jurisdiction.as_deref().unwrap_or(EU_WIDE),
            public: if registry.site.public_body {
                "yes"
            } else {
                "no"
            },
            purposes: purposes(registry),
            third_countries: third_countries(registry),
            consent_needed: used_categories(registry).any(|c| c.consent),
        }
    }
}

/// The categories that have at least one cookie.
pub fn used_categories(registry: &Registry) -> impl Iterator<Item = &Category> {
    registry.categories.iter().filter(|c| {
        registry
            .cookies
            .iter()
            .any(|cookie| cookie.category == c.id)
    })
}

pub fn legal_basis(category: &Category) -> LegalBasis<'_> {
    match &category.legal_basis {
        Some(text) => LegalBasis::Written(text),
        None if category.consent => LegalBasis::Consent,
        None => LegalBasis::Necessary,
    }
}

/// What the introduction may say the cookies are for: web analytics only with statistics
/// cookies, advertising only with marketing cookies.
pub fn purposes(registry: &Registry) -> &'static str {
    if registry.cookies.is_empty() {
        return "none";
    }
    let has = |id: &str| registry.cookies.iter().any(|c| c.category == id);
    match (has("statistics"), has("marketing")) {
        (true, true) => "statistics-marketing",
        (true, false) => "statistics",
        (false, true) => "marketing",
        (false, false) => "necessary",
    }
}

/// The providers that cookies name whose country is outside the EEA, with their safeguard.
pub fn third_countries(registry: &Registry) -> Vec<ThirdCountry<'_>> {
    let used = registry.used_providers();
    registry
        .providers
        .iter()
        .filter(|p| used.contains(p.id.as_str()))
        .filter_map(|provider| {
            let country = provider.country.as_deref()?;
            let safeguard = adequacy::safeguard(Some(country), provider.transfer)?;
            Some(ThirdCountry {
                provider,
                country,
                safeguard,
            })
        })
        .collect()
}

/// Warnings about facts the law asks for that the registry does not give: W009 a transfer
/// without a safeguard, W010 consent that cannot be changed, W011 a public body without a DPO.
/// `banner`: the site is built with a consent banner, which lets the visitor change consent.
pub fn lint(registry: &Registry, source: SourceId, banner: bool) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for third in third_countries(registry) {
        if third.safeguard.is_some() {
            continue;
        }
        let id = &third.provider.id;
        warnings.push(
            Diagnostic::warning(
                Code::NoTransferSafeguard,
                format!(
                    "the provider `{id}` is in `{}`, outside the EEA and without an adequacy decision, but no `transfer` says how the data is protected there",
                    third.country
                ),
            )
            .at(source, third.provider.span.clone())
            .help(format!(
                "add `transfer = \"dpf\"` (EU–US Data Privacy Framework, certified US providers), \"scc\", \"bcr\" or \"consent\" to `[providers.{id}]`: GDPR Art. 13(1)(f) asks for the safeguard"
            )),
        );
    }
    let site = &registry.site;
    let site_start = site.span.start..site.span.start;
    if !banner
        && site.consent_settings.is_none()
        && let Some(category) = used_categories(registry).find(|c| c.consent)
    {
        warnings.push(
            Diagnostic::warning(
                Code::NoConsentControl,
                format!(
                    "the category `{}` needs consent, but the page offers no way to change it",
                    category.id
                ),
            )
            .at(source, site_start.clone())
            .help("add `consent_settings = \"https://…\"` to `[site]` (where visitors change their choice), or build with `--banner cookieconsent`: withdrawing consent must be as easy as giving it (GDPR Art. 7(3))"),
        );
    }
    if site.public_body && site.dpo.is_none() {
        warnings.push(
            Diagnostic::warning(
                Code::NoDpo,
                "`[site]` is a public body but names no data protection officer",
            )
            .at(source, site_start)
            .help("add `dpo = { name = \"…\", email = \"…\" }` to `[site]`: a public authority must designate one (GDPR Art. 37(1)(a)) and name its contact (Art. 13(1)(b))"),
        );
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Sources;

    fn load(text: &str) -> (Registry, SourceId) {
        let mut sources = Sources::default();
        let id = sources.add(std::path::Path::new("cookies.toml"), text.into());
        let (registry, diagnostics) = crate::registry::load(id, text);
        assert!(
            diagnostics
                .iter()
                .all(|d| d.severity != crate::diagnostic::Severity::Error),
            "{diagnostics:?}"
        );
        (registry.unwrap(), id)
    }

    const SITE: &str = "[site]\nname = \"S\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\n";

    fn cookie(category: &str, provider: &str) -> String {
        format!(
            "[[cookies]]\nname = \"c-{category}-{provider}\"\nprovider = \"{provider}\"\ncategory = \"{category}\"\npurpose = \"P\"\n"
        )
    }

    #[test]
    fn purposes_follow_the_categories_that_have_cookies() {
        let providers = "[providers.p]\nname = \"P\"\n";
        for (categories, expected) in [
            (&[][..], "none"),
            (&["necessary", "preferences"][..], "necessary"),
            (&["necessary", "statistics"][..], "statistics"),
            (&["marketing"][..], "marketing"),
            (&["statistics", "marketing"][..], "statistics-marketing"),
        ] {
            let cookies: String = categories.iter().map(|c| cookie(c, "p")).collect();
            let (registry, _) = load(&format!("{SITE}{providers}{cookies}"));
            assert_eq!(purposes(&registry), expected, "{categories:?}");
        }
    }

    #[test]
    fn defaults_and_the_jurisdiction() {
        let text = format!(
            "{SITE}jurisdiction = \"AT\"\npublic_body = true\n[providers.p]\nname = \"P\"\n[categories.preferences]\nlegal_basis = \"our statute\"\n{}{}{}",
            cookie("necessary", "p"),
            cookie("statistics", "p"),
            cookie("preferences", "p"),
        );
        let (registry, _) = load(&text);
        let disclosure = Disclosure::of(&registry);
        assert_eq!(disclosure.jurisdiction, "AT");
        assert_eq!(disclosure.public, "yes");
        assert!(disclosure.consent_needed);
        let basis =
            |id: &str| legal_basis(registry.categories.iter().find(|c| c.id == id).unwrap());
        assert_eq!(basis("necessary"), LegalBasis::Necessary);
        assert_eq!(basis("statistics"), LegalBasis::Consent);
        assert!(
            matches!(basis("preferences"), LegalBasis::Written(t) if t.get_exact("en") == Some("our statute"))
        );

        let (registry, _) = load(&format!(
            "{SITE}[providers.p]\nname = \"P\"\n{}",
            cookie("necessary", "p")
        ));
        let disclosure = Disclosure::of(&registry);
        assert_eq!(disclosure.jurisdiction, EU_WIDE);
        assert_eq!(disclosure.public, "no");
        assert!(!disclosure.consent_needed);
    }

    #[test]
    fn third_countries_are_the_used_providers_outside_the_eea() {
        let text = format!(
            "{SITE}[providers.de]\nname = \"D\"\ncountry = \"DE\"\n[providers.ch]\nname = \"C\"\ncountry = \"CH\"\n[providers.us]\nname = \"U\"\ncountry = \"US\"\n[providers.scc]\nname = \"S\"\ncountry = \"IN\"\ntransfer = \"scc\"\n[providers.unused]\nname = \"X\"\ncountry = \"CN\"\n{}{}{}{}",
            cookie("necessary", "de"),
            cookie("necessary", "ch"),
            cookie("necessary", "us"),
            cookie("necessary", "scc"),
        );
        let (registry, source) = load(&text);
        let found: Vec<(&str, Option<Transfer>)> = third_countries(&registry)
            .iter()
            .map(|t| (t.country, t.safeguard))
            .collect();
        assert_eq!(
            found,
            [
                ("CH", Some(Transfer::Adequacy)),
                ("US", None),
                ("IN", Some(Transfer::Scc))
            ]
        );
        let codes: Vec<Code> = lint(&registry, source, false)
            .iter()
            .map(|d| d.code)
            .collect();
        assert_eq!(codes, [Code::NoTransferSafeguard]);
    }

    #[test]
    fn consent_must_be_changeable_and_a_public_body_names_its_dpo() {
        let base = format!(
            "{SITE}public_body = true\n[providers.p]\nname = \"P\"\n{}",
            cookie("statistics", "p")
        );
        let (registry, source) = load(&base);
        let codes = |banner| -> Vec<Code> {
            lint(&registry, source, banner)
                .iter()
                .map(|d| d.code)
                .collect()
        };
        assert_eq!(codes(false), [Code::NoConsentControl, Code::NoDpo]);
        assert_eq!(codes(true), [Code::NoDpo]);
        let with = base.replace(
            "public_body = true\n",
            "public_body = true\nconsent_settings = \"https://example.org/c\"\ndpo = { name = \"D\" }\n",
        );
        let (registry, source) = load(&with);
        assert!(lint(&registry, source, false).is_empty());
    }
}
