//! Machine-readable outputs made from the same registry as the pages: `cookies.json`, for other
//! tools (the consent banner's module is made in [`crate::banner`]).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Serialize, Serializer};

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
    cookies: CookiesJsonList<'r>,
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
    function: Option<RowTexts<'r>>,
    purpose: RowTexts<'r>,
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
    text: RowTexts<'r>,
}

/// The documents' rows, looked up by cookie and written in the order of the locales' codes: the
/// order of a map keyed by code. Thousands of cookies each have texts in every locale; a map
/// made and freed for each was a third of the time taken to write `cookies.json`.
struct Rows<'d> {
    documents: &'d [Document],
    /// Each document's rows by their place among the registry's cookies.
    rows: Vec<Vec<Option<&'d Row>>>,
    /// The places of the documents in `documents`, ordered by locale code.
    by_code: Vec<usize>,
}

impl<'d> Rows<'d> {
    fn new(documents: &'d [Document], count: usize) -> Self {
        let mut by_code: Vec<usize> = (0..documents.len()).collect();
        by_code.sort_by_key(|&i| documents[i].lang.as_str());
        by_code.dedup_by_key(|i| documents[*i].lang.as_str());
        Rows {
            documents,
            rows: documents.iter().map(|d| rows_by_index(d, count)).collect(),
            by_code,
        }
    }

    /// One text of the cookie at `index` in each locale whose row has it.
    fn each(&self, index: usize, text: RowText) -> RowTexts<'_> {
        RowTexts {
            rows: self,
            index: Some(index),
            text,
        }
    }

    /// One text of the cookie at `index`, when every locale's row has it.
    fn every(&self, index: usize, text: RowText) -> Option<RowTexts<'_>> {
        let all = self
            .rows
            .iter()
            .all(|rows| rows[index].and_then(|row| text.of(row)).is_some());
        all.then(|| self.each(index, text))
    }

    /// No text at all: an empty object.
    fn none(&self) -> RowTexts<'_> {
        RowTexts {
            rows: self,
            index: None,
            text: RowText::Purpose,
        }
    }
}

/// Which text of a row.
#[derive(Clone, Copy)]
enum RowText {
    Purpose,
    Function,
    Duration,
}

impl RowText {
    fn of(self, row: &Row) -> Option<&Said> {
        match self {
            RowText::Purpose => Some(&row.purpose),
            RowText::Function => row.function.as_deref(),
            RowText::Duration => row.duration.as_deref(),
        }
    }
}

/// A text of a cookie's row, written as an object keyed by locale code.
struct RowTexts<'r> {
    rows: &'r Rows<'r>,
    index: Option<usize>,
    text: RowText,
}

impl Serialize for RowTexts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self.rows;
        serializer.collect_map(rows.by_code.iter().filter_map(|&i| {
            let said = self.text.of(rows.rows[i][self.index?]?)?;
            Some((rows.documents[i].lang.as_str(), said.text.as_str()))
        }))
    }
}

/// The registry's cookies, each made into its entry as it is written.
struct CookiesJsonList<'r> {
    registry: &'r Registry,
    rows: &'r Rows<'r>,
}

impl Serialize for CookiesJsonList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self.rows;
        serializer.collect_seq(
            self.registry
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
                        .map(|d| duration_json(d, rows.each(index, RowText::Duration))),
                    function: cookie
                        .function
                        .as_ref()
                        .and_then(|_| rows.every(index, RowText::Function)),
                    purpose: rows
                        .every(index, RowText::Purpose)
                        .unwrap_or_else(|| rows.none()),
                }),
        )
    }
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
    use std::fmt::Write;
    let mut date = String::from("P");
    let mut time = String::new();
    for (amount, unit) in parts {
        let (part, designator) = match unit {
            Unit::Years => (&mut date, 'Y'),
            Unit::Months => (&mut date, 'M'),
            Unit::Weeks => (&mut date, 'W'),
            Unit::Days => (&mut date, 'D'),
            Unit::Hours => (&mut time, 'H'),
            Unit::Minutes => (&mut time, 'M'),
            Unit::Seconds => (&mut time, 'S'),
        };
        write!(part, "{amount}{designator}").expect("a string takes any text");
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

fn duration_json<'r>(duration: &Duration, text: RowTexts<'r>) -> DurationJson<'r> {
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
    let rows = Rows::new(documents, registry.cookies.len());
    let cookies = CookiesJsonList {
        registry,
        rows: &rows,
    };
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
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Pretty::default());
    document
        .serialize(&mut serializer)
        .expect("cookies.json serializes");
    bytes.push(b'\n');
    bytes
}

/// serde_json's pretty layout (two spaces a level), each indent written at once rather than a
/// level at a time: `cookies.json` has a hundred thousand lines, most of them five levels deep.
#[derive(Default)]
struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    fn new_line<W: ?Sized + Write>(&self, writer: &mut W, comma: bool) -> io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        writer.write_all(if comma { b",\n" } else { b"\n" })?;
        let mut width = self.level * 2;
        while width > 0 {
            let step = width.min(SPACES.len());
            writer.write_all(&SPACES[..step])?;
            width -= step;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.new_line(writer, false)?;
        }
        writer.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, !first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, !first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Pretty`] lays out what serde_json's own pretty printer does, deep nesting included.
    #[test]
    fn pretty_is_serde_jsons_layout() {
        let mut deep = serde_json::json!({"leaf": [1.5, "x", null, {}, []]});
        for level in 0..40 {
            deep =
                serde_json::json!({"level": level, "inner": [deep, "tab\t\"quote\""], "empty": {}});
        }
        let mut ours = Vec::new();
        deep.serialize(&mut serde_json::Serializer::with_formatter(
            &mut ours,
            Pretty::default(),
        ))
        .unwrap();
        assert_eq!(ours, serde_json::to_vec_pretty(&deep).unwrap());
    }

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
