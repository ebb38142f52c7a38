//! Machine-readable outputs made from the same registry as the pages: `cookies.json`, for other
//! tools, and a ready configuration for a consent banner, so that banner and policy cannot drift
//! apart.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};

use crate::i18n::{Localizer, MessageError};
use crate::markdown;
use crate::registry::{Category, Cookie, Duration, Kind, Party, Registry, Text, Unit};

/// The format of `cookies.json`; raised on any change that could break a reader.
pub const COOKIES_JSON_VERSION: u32 = 1;
pub const COOKIES_JSON: &str = "cookies.json";
pub const COOKIECONSENT_CONFIG: &str = "cookieconsent-config.json";

/// Consent banners cookiedoc can configure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Banner {
    /// orestbida/cookieconsent v3 (`CookieConsent.run(config)`).
    Cookieconsent,
}

#[derive(Serialize)]
struct CookiesJson<'r> {
    format: &'static str,
    version: u32,
    generator: String,
    site: SiteJson<'r>,
    providers: Vec<ProviderJson<'r>>,
    categories: Vec<CategoryJson<'r>>,
    cookies: Vec<CookieJson<'r>>,
}

#[derive(Serialize)]
struct SiteJson<'r> {
    name: BTreeMap<&'r str, &'r str>,
    url: &'r str,
    locales: Vec<&'r str>,
    default_locale: &'r str,
    updated: Option<String>,
    controller: Option<ControllerJson<'r>>,
}

#[derive(Serialize)]
struct ControllerJson<'r> {
    name: Option<BTreeMap<&'r str, &'r str>>,
    address: Option<BTreeMap<&'r str, &'r str>>,
    email: Option<&'r str>,
    url: Option<&'r str>,
}

#[derive(Serialize)]
struct ProviderJson<'r> {
    id: &'r str,
    name: &'r str,
    url: Option<&'r str>,
    privacy_policy: Option<&'r str>,
    country: Option<&'r str>,
}

#[derive(Serialize)]
struct CategoryJson<'r> {
    id: &'r str,
    builtin: bool,
    consent: bool,
    title: BTreeMap<&'r str, String>,
    description: Option<BTreeMap<&'r str, String>>,
}

#[derive(Serialize)]
struct CookieJson<'r> {
    names: &'r [String],
    provider: &'r str,
    category: &'r str,
    party: Party,
    kind: Kind,
    domain: Option<&'r str>,
    duration: Option<DurationJson<'r>>,
    function: Option<BTreeMap<&'r str, &'r str>>,
    purpose: BTreeMap<&'r str, &'r str>,
}

#[derive(Serialize)]
struct DurationJson<'r> {
    /// `session`, `persistent` or `period`.
    #[serde(rename = "type")]
    kind: &'static str,
    iso8601: Option<String>,
    up_to: bool,
    /// Months and years at their average length.
    approx_days: Option<f64>,
    text: BTreeMap<&'r str, String>,
}

/// Every locale's text, the default locale's where one is missing.
fn by_locale<'r>(text: &'r Text, registry: &'r Registry) -> BTreeMap<&'r str, &'r str> {
    let default = registry.default_locale().code.as_str();
    registry
        .site
        .locales
        .iter()
        .map(|l| (l.code.as_str(), text.localized(&l.code, default).text))
        .collect()
}

fn iso8601(parts: &[(u64, Unit)]) -> String {
    let mut date = String::from("P");
    let mut time = String::new();
    for (amount, unit) in parts {
        match unit {
            Unit::Years => date.push_str(&format!("{amount}Y")),
            Unit::Months => date.push_str(&format!("{amount}M")),
            Unit::Weeks => date.push_str(&format!("{amount}W")),
            Unit::Days => date.push_str(&format!("{amount}D")),
            Unit::Hours => time.push_str(&format!("{amount}H")),
            Unit::Minutes => time.push_str(&format!("{amount}M")),
            Unit::Seconds => time.push_str(&format!("{amount}S")),
        }
    }
    if !time.is_empty() {
        date.push('T');
        date.push_str(&time);
    }
    date
}

/// A category's title or description in every locale: the registry's, or the built-in message.
fn category_text<'r>(
    category: &'r Category,
    text: Option<&'r Text>,
    kind: &str,
    registry: &'r Registry,
    l10n: &Localizer,
) -> Result<Option<BTreeMap<&'r str, String>>, MessageError> {
    let mut out = BTreeMap::new();
    for locale in &registry.site.locales {
        let said = match text {
            Some(text) => text
                .localized(&locale.code, &registry.default_locale().code)
                .text
                .to_owned(),
            None if category.builtin => {
                l10n.message(&locale.code, &format!("category-{}-{kind}", category.id))?
            }
            None => return Ok(None),
        };
        out.insert(locale.code.as_str(), said);
    }
    Ok(Some(out).filter(|m| m.values().any(|t| !t.trim().is_empty())))
}

fn used_categories(registry: &Registry) -> impl Iterator<Item = &Category> {
    registry.categories.iter().filter(|c| {
        registry
            .cookies
            .iter()
            .any(|cookie| cookie.category == c.id)
    })
}

fn cookies_of<'r>(registry: &'r Registry, category: &str) -> impl Iterator<Item = &'r Cookie> {
    let category = category.to_owned();
    registry
        .cookies
        .iter()
        .filter(move |c| c.category == category)
}

/// `cookies.json`: every cookie with its facts and its texts in every locale.
pub fn cookies_json(registry: &Registry, l10n: &Localizer) -> Result<Vec<u8>, MessageError> {
    let site = &registry.site;
    let mut categories = Vec::new();
    for category in used_categories(registry) {
        categories.push(CategoryJson {
            id: &category.id,
            builtin: category.builtin,
            consent: category.consent,
            title: category_text(category, category.title.as_ref(), "title", registry, l10n)?
                .unwrap_or_default(),
            description: category_text(
                category,
                category.description.as_ref(),
                "description",
                registry,
                l10n,
            )?,
        });
    }
    let mut cookies = Vec::new();
    for cookie in &registry.cookies {
        let duration = match &cookie.duration {
            None => None,
            Some(duration) => {
                let mut text = BTreeMap::new();
                for locale in &site.locales {
                    text.insert(locale.code.as_str(), l10n.duration(&locale.code, duration)?);
                }
                let (kind, iso, up_to) = match duration {
                    Duration::Session => ("session", None, false),
                    Duration::Persistent => ("persistent", None, false),
                    Duration::Period { parts, up_to } => ("period", Some(iso8601(parts)), *up_to),
                };
                Some(DurationJson {
                    kind,
                    iso8601: iso,
                    up_to,
                    approx_days: duration
                        .approx_days()
                        .filter(|d| d.is_finite())
                        .map(|d| (d * 100.0).round() / 100.0),
                    text,
                })
            }
        };
        cookies.push(CookieJson {
            names: &cookie.names,
            provider: &cookie.provider,
            category: &cookie.category,
            party: cookie.party,
            kind: cookie.kind,
            domain: cookie.domain.as_deref(),
            duration,
            function: cookie.function.as_ref().map(|t| by_locale(t, registry)),
            purpose: by_locale(&cookie.purpose, registry),
        });
    }
    let document = CookiesJson {
        format: "cookiedoc-cookies",
        version: COOKIES_JSON_VERSION,
        generator: format!("cookiedoc {}", env!("CARGO_PKG_VERSION")),
        site: SiteJson {
            name: by_locale(&site.name, registry),
            url: &site.url,
            locales: site.locales.iter().map(|l| l.code.as_str()).collect(),
            default_locale: &registry.default_locale().code,
            updated: site.updated.map(|d| d.to_string()),
            controller: site.controller.as_ref().map(|c| ControllerJson {
                name: c.name.as_ref().map(|t| by_locale(t, registry)),
                address: c.address.as_ref().map(|t| by_locale(t, registry)),
                email: c.email.as_deref(),
                url: c.url.as_deref(),
            }),
        },
        providers: registry
            .providers
            .iter()
            .map(|p| ProviderJson {
                id: &p.id,
                name: &p.name,
                url: p.url.as_deref(),
                privacy_policy: p.privacy_policy.as_deref(),
                country: p.country.as_deref(),
            })
            .collect(),
        categories,
        cookies,
    };
    let mut bytes = serde_json::to_vec_pretty(&document).expect("cookies.json serializes");
    bytes.push(b'\n');
    Ok(bytes)
}

/// A configuration for orestbida/cookieconsent v3: its categories, and per language the banner's
/// texts and a section with the cookie table of each category. HTML in it is sanitized, since
/// the banner inserts these strings as markup.
pub fn cookieconsent(registry: &Registry, l10n: &Localizer) -> Result<Vec<u8>, MessageError> {
    let default = registry.default_locale().code.as_str();
    let mut categories = serde_json::Map::new();
    for category in used_categories(registry) {
        let settings = if category.consent {
            json!({ "enabled": false, "readOnly": false })
        } else {
            json!({ "enabled": true, "readOnly": true })
        };
        categories.insert(category.id.clone(), settings);
    }

    let mut translations = serde_json::Map::new();
    for locale in &registry.site.locales {
        let code = locale.code.as_str();
        // The banner inserts every string as HTML: plain messages are escaped.
        let t = |id: &str| l10n.message(code, id).map(|m| markdown::escape_html(&m));
        let markdown_message = |id: &str| l10n.message(code, id);
        let html = |text: &str| markdown::to_html(text, true);
        let mut sections = vec![json!({
            "title": t("page-title")?,
            "description": html(&markdown_message("intro")?),
        })];
        for category in used_categories(registry) {
            let title = match &category.title {
                Some(text) => text.localized(code, default).text.to_owned(),
                None => markdown_message(&format!("category-{}-title", category.id))?,
            };
            let description = match &category.description {
                Some(text) => text.localized(code, default).text.to_owned(),
                None if category.builtin => {
                    markdown_message(&format!("category-{}-description", category.id))?
                }
                None => String::new(),
            };
            let mut body = Vec::new();
            for cookie in cookies_of(registry, &category.id) {
                let provider = registry
                    .provider(&cookie.provider)
                    .map(|p| p.name.as_str())
                    .unwrap_or_default();
                let duration = match &cookie.duration {
                    Some(d) => l10n.duration(code, d)?,
                    None => String::new(),
                };
                body.push(json!({
                    "name": markdown::escape_html(&cookie.names.join(", ")),
                    "provider": markdown::escape_html(provider),
                    "purpose": html(cookie.purpose.localized(code, default).text),
                    "duration": markdown::escape_html(&duration),
                }));
            }
            sections.push(json!({
                "title": markdown::escape_html(&markdown::to_plain(&title)),
                "description": html(&description),
                "linkedCategory": category.id,
                "cookieTable": {
                    "caption": markdown::escape_html(&markdown::to_plain(&title)),
                    "headers": {
                        "name": t("column-names")?,
                        "provider": t("column-provider")?,
                        "purpose": t("column-purpose")?,
                        "duration": t("column-duration")?,
                    },
                    "body": body,
                },
            }));
        }
        let translation = json!({
            "consentModal": {
                "title": t("banner-title")?,
                "description": html(&markdown_message("banner-description")?),
                "acceptAllBtn": t("banner-accept-all")?,
                "acceptNecessaryBtn": t("banner-accept-necessary")?,
                "showPreferencesBtn": t("banner-show-preferences")?,
            },
            "preferencesModal": {
                "title": t("preferences-title")?,
                "acceptAllBtn": t("banner-accept-all")?,
                "acceptNecessaryBtn": t("banner-accept-necessary")?,
                "savePreferencesBtn": t("preferences-save")?,
                "closeIconLabel": t("preferences-close")?,
                "sections": sections,
            },
        });
        translations.insert(code.to_owned(), translation);
    }
    let config: Value = json!({
        "categories": categories,
        "language": {
            "default": default,
            "autoDetect": "document",
            "translations": translations,
        },
    });
    let mut bytes =
        serde_json::to_vec_pretty(&config).expect("the banner configuration serializes");
    bytes.push(b'\n');
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_round_trips_the_parser() {
        for text in ["P2W", "P1Y6M", "PT30M", "P1DT12H"] {
            let Duration::Period { parts, .. } = text.parse().unwrap() else {
                panic!("{text} is a period");
            };
            assert_eq!(iso8601(&parts), text);
        }
    }
}
