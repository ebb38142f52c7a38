//! Machine-readable outputs made from the same registry as the pages: `cookies.json`, for other
//! tools (the consent banner's module is made in [`crate::banner`]).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::document::{Document, Row, Said};
use crate::registry::{Duration, Kind, Party, Registry, Unit};

/// The format of `cookies.json`; raised on any change that could break a reader.
pub const COOKIES_JSON_VERSION: u32 = 1;
pub const COOKIES_JSON: &str = "cookies.json";

/// Consent banners cookiedoc can configure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// `[site] jurisdiction`, or `EU` for wording true EU-wide.
    jurisdiction: &'r str,
    public_body: bool,
    dpo: Option<ControllerJson<'r>>,
    supervisory_authority: Option<AuthorityJson<'r>>,
    /// Where a visitor changes their consent, when the registry names a page.
    consent_settings: Option<&'r str>,
    /// The texts of the rights section, as each page says them.
    rights: RightsJson<'r>,
}

#[derive(Serialize)]
struct AuthorityJson<'r> {
    name: BTreeMap<&'r str, &'r str>,
    url: Option<&'r str>,
}

#[derive(Serialize)]
struct RightsJson<'r> {
    rights: BTreeMap<&'r str, &'r str>,
    /// Present when a category needs consent.
    withdraw: Option<BTreeMap<&'r str, &'r str>>,
    complaint: BTreeMap<&'r str, &'r str>,
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
    /// Outside the EEA: the safeguard of the transfer (`adequacy`, `dpf`, `scc`, `bcr`,
    /// `consent`), `null` when none is known; absent inside the EEA.
    #[serde(skip_serializing_if = "Option::is_none")]
    transfer: Option<Option<&'static str>>,
}

#[derive(Serialize)]
struct CategoryJson<'r> {
    id: &'r str,
    builtin: bool,
    consent: bool,
    title: BTreeMap<&'r str, &'r str>,
    description: Option<BTreeMap<&'r str, &'r str>>,
    legal_basis: BTreeMap<&'r str, &'r str>,
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
    text: BTreeMap<&'r str, &'r str>,
}

/// One text in every locale, as the documents say it.
fn by_locale<'d>(
    documents: &'d [Document],
    text: impl Fn(&'d Document) -> Option<&'d Said>,
) -> Option<BTreeMap<&'d str, &'d str>> {
    documents
        .iter()
        .map(|d| text(d).map(|said| (d.lang.as_str(), said.text.as_str())))
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

/// Each document's rows by their place among the registry's `count` cookies.
fn rows_by_index(document: &Document, count: usize) -> Vec<Option<&Row>> {
    let mut rows = vec![None; count];
    for row in document.categories.iter().flat_map(|c| &c.rows) {
        rows[row.index] = Some(row);
    }
    rows
}

fn duration_json<'d>(
    duration: &Duration,
    index: usize,
    documents: &'d [Document],
    rows: &[Vec<Option<&'d Row>>],
) -> DurationJson<'d> {
    let text = documents
        .iter()
        .zip(rows)
        .filter_map(|(d, rows)| {
            let said = rows[index]?.duration.as_ref()?;
            Some((d.lang.as_str(), said.text.as_str()))
        })
        .collect();
    let (kind, iso, up_to) = match duration {
        Duration::Session => ("session", None, false),
        Duration::Persistent => ("persistent", None, false),
        Duration::Period { parts, up_to } => ("period", Some(iso8601(parts)), *up_to),
    };
    DurationJson {
        kind,
        iso8601: iso,
        up_to,
        approx_days: duration
            .approx_days()
            .filter(|d| d.is_finite())
            .map(|d| (d * 100.0).round() / 100.0),
        text,
    }
}

fn categories_json(documents: &[Document]) -> Vec<CategoryJson<'_>> {
    let Some(first) = documents.first() else {
        return Vec::new();
    };
    first
        .categories
        .iter()
        .enumerate()
        .map(|(i, category)| CategoryJson {
            id: &category.id,
            builtin: category.builtin,
            consent: category.consent,
            title: by_locale(documents, |d| Some(&d.categories[i].title)).unwrap_or_default(),
            // A description removed in some locales only is still given in the others.
            description: Some(
                documents
                    .iter()
                    .map(|d| {
                        let said = d.categories[i].description.as_ref();
                        (d.lang.as_str(), said.map_or("", |s| s.text.as_str()))
                    })
                    .collect::<BTreeMap<_, _>>(),
            )
            .filter(|texts| texts.values().any(|t| !t.trim().is_empty())),
            legal_basis: by_locale(documents, |d| Some(&d.categories[i].legal_basis))
                .unwrap_or_default(),
        })
        .collect()
}

fn rights_json(documents: &[Document]) -> RightsJson<'_> {
    let message =
        |id: &'static str| by_locale(documents, |d| d.messages.get(id)).unwrap_or_default();
    RightsJson {
        rights: message("rights-body"),
        withdraw: documents
            .first()
            .is_some_and(|d| d.rights.withdraw)
            .then(|| message("rights-withdraw")),
        complaint: message("rights-complaint"),
    }
}

/// One text of a registry entry's row in every locale.
fn row_texts<'d>(
    documents: &'d [Document],
    rows: &[Vec<Option<&'d Row>>],
    index: usize,
    text: impl Fn(&'d Row) -> Option<&'d Said>,
) -> Option<BTreeMap<&'d str, &'d str>> {
    documents
        .iter()
        .zip(rows)
        .map(|(d, rows)| {
            let said = text(rows[index]?)?;
            Some((d.lang.as_str(), said.text.as_str()))
        })
        .collect()
}

/// The site's facts and texts in every locale.
fn site_json<'d>(registry: &'d Registry, documents: &'d [Document]) -> SiteJson<'d> {
    let site = &registry.site;
    SiteJson {
        name: by_locale(documents, |d| Some(&d.site.name)).unwrap_or_default(),
        url: &site.url,
        locales: site.locales.iter().map(|l| l.code.as_str()).collect(),
        default_locale: &registry.default_locale().code,
        updated: site.updated.map(|d| d.to_string()),
        controller: site.controller.as_ref().map(|c| ControllerJson {
            name: c
                .name
                .as_ref()
                .and_then(|_| by_locale(documents, |d| d.site.controller.as_ref()?.name.as_ref())),
            address: c.address.as_ref().and_then(|_| {
                by_locale(documents, |d| d.site.controller.as_ref()?.address.as_ref())
            }),
            email: c.email.as_deref(),
            url: c.url.as_deref(),
        }),
        jurisdiction: documents
            .first()
            .map_or(crate::disclosure::EU_WIDE, |d| d.site.jurisdiction.as_str()),
        public_body: site.public_body,
        dpo: site.dpo.as_ref().map(|c| ControllerJson {
            name: c
                .name
                .as_ref()
                .and_then(|_| by_locale(documents, |d| d.site.dpo.as_ref()?.name.as_ref())),
            address: c
                .address
                .as_ref()
                .and_then(|_| by_locale(documents, |d| d.site.dpo.as_ref()?.address.as_ref())),
            email: c.email.as_deref(),
            url: c.url.as_deref(),
        }),
        supervisory_authority: site.supervisory_authority.as_ref().map(|a| AuthorityJson {
            name: site
                .locales
                .iter()
                .map(|l| {
                    let default = &registry.default_locale().code;
                    (
                        l.code.as_str(),
                        a.name.localized_name(&l.code, default).text,
                    )
                })
                .collect(),
            url: a.url.as_deref(),
        }),
        consent_settings: site.consent_settings.as_deref(),
        rights: rights_json(documents),
    }
}

/// `cookies.json`: every cookie with its facts and its texts in every locale of `documents`
/// (one document per site locale, in the site's order).
pub fn cookies_json(registry: &Registry, documents: &[Document]) -> Vec<u8> {
    let count = registry.cookies.len();
    let rows: Vec<Vec<Option<&Row>>> = documents.iter().map(|d| rows_by_index(d, count)).collect();
    let cookies = registry
        .cookies
        .iter()
        .enumerate()
        .map(|(index, cookie)| CookieJson {
            names: &cookie.names,
            provider: &cookie.provider,
            category: &cookie.category,
            party: cookie.party,
            kind: cookie.kind,
            domain: cookie.domain.as_deref(),
            duration: cookie
                .duration
                .as_ref()
                .map(|d| duration_json(d, index, documents, &rows)),
            function: cookie
                .function
                .as_ref()
                .and_then(|_| row_texts(documents, &rows, index, |row| row.function.as_deref())),
            purpose: row_texts(documents, &rows, index, |row| Some(&row.purpose))
                .unwrap_or_default(),
        })
        .collect();
    let document = CookiesJson {
        format: "cookiedoc-cookies",
        version: COOKIES_JSON_VERSION,
        generator: format!("cookiedoc {}", env!("CARGO_PKG_VERSION")),
        site: site_json(registry, documents),
        providers: registry
            .providers
            .iter()
            .map(|p| ProviderJson {
                id: &p.id,
                name: &p.name,
                url: p.url.as_deref(),
                privacy_policy: p.privacy_policy.as_deref(),
                country: p.country.as_deref(),
                transfer: crate::registry::adequacy::safeguard(p.country.as_deref(), p.transfer)
                    .map(|t| t.map(|t| t.as_str())),
            })
            .collect(),
        categories: categories_json(documents),
        cookies,
    };
    let mut bytes = serde_json::to_vec_pretty(&document).expect("cookies.json serializes");
    bytes.push(b'\n');
    bytes
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
