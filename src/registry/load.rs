//! Reading `cookies.toml`: TOML syntax, then each entry's shape with serde, then what the entries
//! mean together. Each stage reports every problem it finds before the run stops.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxHashSet;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue, ValueDeserializer};

use super::countries::is_country_code;
use super::duration::DURATION_HELP;
use super::*;
use crate::diagnostic::{Code, Diagnostic, SourceId, did_you_mean};

const TOP_LEVEL_KEYS: [&str; 4] = ["site", "providers", "categories", "cookies"];
// The keys of each table, checked before serde sees the table so that every unknown key of an
// entry is reported, not only the first. `keys_match_the_structs` keeps them in step.
const SITE_KEYS: &[&str] = &[
    "name",
    "url",
    "locales",
    "updated",
    "controller",
    "jurisdiction",
    "public_body",
    "dpo",
    "supervisory_authority",
    "consent_settings",
    "heading_level",
];
const CONTROLLER_KEYS: &[&str] = &["name", "address", "email", "url"];
const DPO_KEYS: &[&str] = CONTROLLER_KEYS;
const AUTHORITY_KEYS: &[&str] = &["name", "url"];
const PROVIDER_KEYS: &[&str] = &["name", "url", "privacy_policy", "country", "transfer"];
const CATEGORY_KEYS: &[&str] = &["title", "description", "consent", "legal_basis"];
const COOKIE_KEYS: &[&str] = &[
    "name",
    "provider",
    "category",
    "function",
    "purpose",
    "duration",
    "party",
    "kind",
    "domain",
    "consent_record",
];

/// A text as written: a plain string in the default locale, or a table by locale.
#[derive(Debug, Clone)]
enum RawText {
    Plain(String),
    PerLocale(Vec<(Spanned<String>, String)>),
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = RawText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a text, or a table of texts by locale such as { en = \"…\", de = \"…\" }",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawText, E> {
                Ok(RawText::Plain(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<Spanned<String>, String>()? {
                    entries.push(entry);
                }
                Ok(RawText::PerLocale(entries))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

impl JsonSchema for RawText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A text in the default locale, or a table with one text per locale. Markdown: links (http, https, mailto) and emphasis.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "propertyNames": { "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                    "additionalProperties": { "type": "string" },
                    "minProperties": 1
                }
            ]
        })
    }
}

/// One cookie name, or several shown in one row.
#[derive(Debug, Clone)]
struct RawNames(Vec<String>);

impl<'de> Deserialize<'de> for RawNames {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NamesVisitor;
        impl<'de> Visitor<'de> for NamesVisitor {
            type Value = RawNames;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a cookie name, or a list of names")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawNames, E> {
                Ok(RawNames(vec![v.to_owned()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawNames, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element::<String>()? {
                    names.push(name);
                }
                Ok(RawNames(names))
            }
        }
        deserializer.deserialize_any(NamesVisitor)
    }
}

impl JsonSchema for RawNames {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Names".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A cookie or storage key name, or a list of names shown in one row; `*` stands for any characters, as in \"_ga_*\".",
            "anyOf": [
                { "type": "string", "minLength": 1 },
                { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }
            ]
        })
    }
}

/// A TOML date, which JSON Schema tools for TOML check as a `date` string.
struct TomlDate;

impl JsonSchema for TomlDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}

/// The site the policy is for.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSite {
    /// The site's name.
    #[schemars(with = "RawText")]
    name: Spanned<RawText>,
    /// The site's address (http or https).
    #[schemars(with = "String", url)]
    url: Spanned<String>,
    /// BCP 47 locale codes; the first is the default locale.
    #[schemars(with = "Vec<String>", length(min = 1))]
    locales: Spanned<Vec<Spanned<String>>>,
    /// Shown as "last updated", formatted per locale.
    #[schemars(with = "Option<TomlDate>")]
    updated: Option<Spanned<toml::value::Datetime>>,
    /// Who is responsible for the processing (GDPR Art. 13(1)(a)).
    controller: Option<RawController>,
    /// ISO 3166-1 alpha-2 code of the country whose law applies, such as "DE"; it selects the
    /// wording of national law (DE, AT, FR). Without it the wording is true EU-wide.
    #[schemars(with = "Option<String>", regex(pattern = r"^[A-Z]{2}$"))]
    jurisdiction: Option<Spanned<String>>,
    /// An authority or other public body: necessary cookies rest on GDPR Art. 6(1)(e) instead of
    /// (f), and a data protection officer is expected (Art. 37(1)(a)).
    public_body: Option<bool>,
    /// The data protection officer (GDPR Art. 13(1)(b)).
    dpo: Option<RawController>,
    /// The supervisory authority named in the rights section (GDPR Art. 77).
    supervisory_authority: Option<RawAuthority>,
    /// Where a visitor changes their consent; a banner built with the site opens instead.
    #[schemars(with = "Option<String>", url)]
    consent_settings: Option<Spanned<String>>,
    /// The level (1 to 4) the headings of `fragment.html` and `fragment.md` start at, so that
    /// the policy fits under the host page's own `h1`; `--heading-level` overrides it.
    #[schemars(with = "Option<u8>", range(min = 1, max = 4))]
    heading_level: Option<Spanned<i64>>,
}

/// A supervisory authority.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawAuthority {
    #[schemars(with = "RawText")]
    name: Spanned<RawText>,
    #[schemars(with = "Option<String>", url)]
    url: Option<Spanned<String>>,
}

/// The identity and contact of the controller or of the data protection officer.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawController {
    #[schemars(with = "Option<RawText>")]
    name: Option<Spanned<RawText>>,
    #[schemars(with = "Option<RawText>")]
    address: Option<Spanned<RawText>>,
    #[schemars(with = "Option<String>", email)]
    email: Option<Spanned<String>>,
    #[schemars(with = "Option<String>", url)]
    url: Option<Spanned<String>>,
}

/// Who sets or receives a cookie.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProvider {
    name: String,
    /// The provider's website.
    #[schemars(with = "Option<String>", url)]
    url: Option<Spanned<String>>,
    /// Its privacy policy; the provider's name links to it.
    #[schemars(with = "Option<String>", url)]
    privacy_policy: Option<Spanned<String>>,
    /// ISO 3166-1 alpha-2 code of the provider's country.
    #[schemars(with = "Option<String>", regex(pattern = r"^[A-Z]{2}$"))]
    country: Option<Spanned<String>>,
    /// The safeguard for a provider outside the EEA: adequacy, dpf (EU–US Data Privacy
    /// Framework), scc (standard contractual clauses), bcr (binding corporate rules) or consent
    /// (Art. 49(1)(a)). A country with an adequacy decision needs none.
    #[schemars(with = "Option<TransferName>")]
    transfer: Option<Spanned<String>>,
}

/// The names `transfer` accepts, for the schema.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum TransferName {
    Adequacy,
    Dpf,
    Scc,
    Bcr,
    Consent,
}

/// A category of cookies: built-in (necessary, preferences, statistics, marketing) or custom.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    /// Required for a custom category; overrides a built-in category's title.
    #[schemars(with = "Option<RawText>")]
    title: Option<Spanned<RawText>>,
    /// Overrides a built-in category's description; "" removes it.
    #[schemars(with = "Option<RawText>")]
    description: Option<Spanned<RawText>>,
    /// Whether its cookies are set only with consent (built-ins: necessary false, others true).
    consent: Option<bool>,
    /// The legal basis of its cookies; by default it follows from `consent`, the jurisdiction
    /// and `public_body`.
    #[schemars(with = "Option<RawText>")]
    legal_basis: Option<Spanned<RawText>>,
}

/// The keys every cookie must have.
const REQUIRED_COOKIE_KEYS: [&str; 4] = ["name", "provider", "category", "purpose"];

/// A cookie as written. Its keys are read one by one, so that a missing or malformed key does not
/// hide the mistakes in the others; `None` where a key is absent or was reported.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, transform = require_cookie_keys)]
struct RawCookie {
    #[schemars(with = "RawNames")]
    name: Option<Spanned<RawNames>>,
    /// The id of a `[providers.<id>]` table.
    #[schemars(with = "String")]
    provider: Option<Spanned<String>>,
    /// necessary, preferences, statistics, marketing, or the id of a `[categories.<id>]` table.
    #[schemars(with = "String")]
    category: Option<Spanned<String>>,
    /// What it does and where, e.g. "Authentication (front and back office)".
    #[schemars(with = "Option<RawText>")]
    function: Option<Spanned<RawText>>,
    /// Why it is stored.
    #[schemars(with = "RawText")]
    purpose: Option<Spanned<RawText>>,
    /// "session", "persistent", "<n> <unit>" (seconds to years), "up to <n> <unit>", or ISO 8601 such as "P1Y6M".
    #[schemars(with = "Option<String>")]
    duration: Option<Spanned<String>>,
    /// first (default) or third.
    party: Option<Party>,
    /// http-cookie (default), local-storage, session-storage, indexeddb or pixel.
    kind: Option<Kind>,
    /// The domain it is set on, when not the site's own; names are unique per domain.
    #[schemars(with = "Option<String>")]
    domain: Option<Spanned<String>>,
    /// Whether it is the cookie that stores the visitor's consent choice: `build --banner` gives
    /// its name and duration to the banner.
    consent_record: Option<bool>,
    /// Whether every key was readable and every required key present.
    #[schemars(skip)]
    complete: bool,
}

fn require_cookie_keys(schema: &mut schemars::Schema) {
    schema.insert("required".into(), REQUIRED_COOKIE_KEYS.to_vec().into());
}

/// The whole of `cookies.toml`, for the JSON Schema only: loading reads each part on its own.
#[derive(JsonSchema)]
#[schemars(
    deny_unknown_fields,
    title = "cookies.toml",
    description = "The cookie registry of cookiedoc"
)]
#[allow(dead_code)]
struct RawRegistry {
    site: RawSite,
    /// The providers, by id.
    #[serde(default)]
    providers: BTreeMap<String, RawProvider>,
    /// Settings and texts of built-in categories, and custom categories, by id.
    #[serde(default)]
    categories: BTreeMap<String, RawCategory>,
    /// The cookies and other browser storage the site uses.
    #[serde(default)]
    cookies: Vec<RawCookie>,
}

/// The JSON Schema of `cookies.toml`, for editors (Taplo, Even Better TOML).
pub fn json_schema() -> String {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<RawRegistry>();
    let mut text = serde_json::to_string_pretty(&schema).expect("the schema serializes");
    text.push('\n');
    text
}

/// Reads and validates a registry. Returns the registry when it has no errors, and every
/// diagnostic found either way.
pub fn load(source: SourceId, text: &str) -> (Option<Registry>, Vec<Diagnostic>) {
    let mut loader = Loader {
        source,
        diagnostics: Vec::new(),
        suggested: Vec::new(),
    };
    let registry = loader.load(text);
    let registry = registry.filter(|_| {
        !loader
            .diagnostics
            .iter()
            .any(|d| d.severity == crate::diagnostic::Severity::Error)
    });
    (registry, loader.diagnostics)
}

/// What the registry declares, against which each cookie entry is checked.
struct Declared<'a> {
    providers: &'a [Provider],
    categories: &'a [Category],
    /// The ids of `providers` and `categories`, looked up for each of thousands of entries.
    provider_ids: FxHashSet<&'a str>,
    category_ids: FxHashSet<&'a str>,
    /// Entries that failed but count as declared (see [`Parsed::flawed`]).
    flawed: &'a HashSet<(&'static str, String)>,
    locales: &'a [Locale],
    default: &'a str,
}

struct Loader {
    source: SourceId,
    diagnostics: Vec<Diagnostic>,
    /// The keys that the unknown keys of the table just checked were taken to mean: a missing
    /// key that a typo stands for is reported once, as the typo.
    suggested: Vec<String>,
}

/// A `[[cookies]]` entry checked on its own.
// Most entries are kept, and these live only between two loops: a box each would cost more.
#[allow(clippy::large_enum_variant)]
enum Entry {
    Kept(Cookie),
    /// Reported; its names are still checked against the other entries'.
    Dropped {
        names: Vec<String>,
        span: Range<usize>,
        kind: Kind,
        domain: Option<String>,
    },
}

struct Parsed {
    /// Whether the file has a `site` key at all, even one that failed to parse.
    site_written: bool,
    site: Option<(RawSite, Range<usize>)>,
    providers: Vec<(Spanned<String>, RawProvider)>,
    categories: Vec<(Spanned<String>, RawCategory)>,
    cookies: Vec<Spanned<RawCookie>>,
    /// Providers and categories whose entries had errors (reported): they are declared all the
    /// same, so that a cookie naming them gets no second error.
    flawed: HashSet<(&'static str, String)>,
}

impl Loader {
    fn error(
        &mut self,
        code: Code,
        message: impl Into<String>,
        span: Range<usize>,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::error(code, message).at(self.source, span));
        self.diagnostics.last_mut().expect("just pushed")
    }

    fn load(&mut self, text: &str) -> Option<Registry> {
        let mut copy = String::new();
        let (root, syntax_errors) = super::parse::parse(text, &mut copy);
        if !syntax_errors.is_empty() {
            for error in syntax_errors {
                let span = error.span().unwrap_or(0..0);
                let message = error.message().trim_end().to_owned();
                self.error(Code::TomlSyntax, message, span);
            }
            return None;
        }
        let parsed = self.parse_entries(root.into_inner());
        self.validate(parsed)
    }

    fn parse_entries(&mut self, root: DeTable<'_>) -> Parsed {
        let mut parsed = Parsed {
            site_written: false,
            site: None,
            providers: Vec::new(),
            categories: Vec::new(),
            cookies: Vec::new(),
            flawed: HashSet::new(),
        };
        for (key, value) in root {
            let span = value.span();
            match key.get_ref().as_ref() {
                "site" => {
                    parsed.site_written = true;
                    if let Some(site) = self.parse_site(value) {
                        parsed.site = Some((site, span));
                    }
                }
                "providers" => {
                    parsed.providers = self.deserialize_table(
                        value,
                        "providers",
                        PROVIDER_KEYS,
                        &mut parsed.flawed,
                    )
                }
                "categories" => {
                    parsed.categories = self.deserialize_table(
                        value,
                        "categories",
                        CATEGORY_KEYS,
                        &mut parsed.flawed,
                    )
                }
                "cookies" => self.parse_cookies(value, &mut parsed.cookies),
                unknown => self.unknown_top_level_key(unknown, key.span()),
            }
        }
        parsed
    }

    /// `[site]` with the unknown keys of it and of its nested tables reported and removed, so
    /// that a typo is reported as a typo rather than failing the whole table.
    fn parse_site(&mut self, mut value: Spanned<DeValue<'_>>) -> Option<RawSite> {
        value = self.strip_unknown_keys(value, SITE_KEYS, "[site]");
        if let DeValue::Table(table) = value.get_mut() {
            for (key, keys) in [
                ("controller", CONTROLLER_KEYS),
                ("dpo", DPO_KEYS),
                ("supervisory_authority", AUTHORITY_KEYS),
            ] {
                if let Some(inner) = table.get_mut(key) {
                    let taken =
                        std::mem::replace(inner, Spanned::new(0..0, DeValue::Boolean(false)));
                    *inner = self.strip_unknown_keys(taken, keys, key);
                }
            }
        }
        self.deserialize::<RawSite>(value)
    }

    /// Each `[[cookies]]` entry is read on its own, so that one bad entry does not hide the
    /// others' errors.
    fn parse_cookies(
        &mut self,
        value: Spanned<DeValue<'_>>,
        cookies: &mut Vec<Spanned<RawCookie>>,
    ) {
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) => {
                // Thousands of entries, each read on its own: in parallel, their diagnostics
                // kept in the entries' order.
                let items: Vec<Spanned<DeValue<'_>>> = items.into_iter().collect();
                let read: Vec<(Option<Spanned<RawCookie>>, Vec<Diagnostic>)> = items
                    .into_par_iter()
                    .map(|item| {
                        let mut loader = self.fork();
                        let span = item.span();
                        let cookie = loader.cookie(item).map(|c| Spanned::new(span, c));
                        (cookie, loader.diagnostics)
                    })
                    .collect();
                for (cookie, diagnostics) in read {
                    self.diagnostics.extend(diagnostics);
                    cookies.extend(cookie);
                }
            }
            other => {
                self.error(
                    Code::WrongType,
                    format!(
                        "`cookies` must be an array of tables, found {}",
                        other.type_str()
                    ),
                    span,
                )
                .help = Some("write each cookie as a `[[cookies]]` table".into());
            }
        }
    }

    fn unknown_top_level_key(&mut self, unknown: &str, key_span: Range<usize>) {
        let message = match did_you_mean(unknown, TOP_LEVEL_KEYS) {
            Some(s) => format!("unknown key `{unknown}`, did you mean `{s}`?"),
            None => format!("unknown key `{unknown}`"),
        };
        self.error(Code::UnknownKey, message, key_span).help = Some(
            "the top level of cookies.toml has `[site]`, `[providers.<id>]`, `[categories.<id>]` and `[[cookies]]`".into(),
        );
    }

    /// Reports every key of a table that is not in `allowed`, with a did-you-mean, and removes it.
    fn strip_unknown_keys<'i>(
        &mut self,
        value: Spanned<DeValue<'i>>,
        allowed: &[&str],
        table_name: &str,
    ) -> Spanned<DeValue<'i>> {
        let span = value.span();
        let table = match value.into_inner() {
            DeValue::Table(table) => table,
            other => return Spanned::new(span, other),
        };
        let mut kept = DeTable::new();
        self.suggested.clear();
        for (key, entry) in table {
            if allowed.contains(&key.get_ref().as_ref()) {
                kept.insert(key, entry);
            } else {
                self.unknown_key(&key, allowed, table_name);
            }
        }
        Spanned::new(span, DeValue::Table(kept))
    }

    /// The values of `table` by their key's place in `allowed`, every other key reported as
    /// [`Loader::strip_unknown_keys`] does: thousands of entries are read without a table
    /// built again for each and its keys removed one by one.
    fn known_keys<'i>(
        &mut self,
        table: DeTable<'i>,
        allowed: &[&str],
        table_name: &str,
    ) -> Vec<Option<Spanned<DeValue<'i>>>> {
        let mut known = vec![None; allowed.len()];
        self.suggested.clear();
        for (key, entry) in table {
            match allowed.iter().position(|k| *k == key.get_ref().as_ref()) {
                Some(at) => known[at] = Some(entry),
                None => self.unknown_key(&key, allowed, table_name),
            }
        }
        known
    }

    /// Reports a key that is not in `allowed`, with a did-you-mean, which it remembers.
    fn unknown_key(&mut self, key: &Spanned<DeString<'_>>, allowed: &[&str], table_name: &str) {
        let name = key.get_ref().as_ref();
        if let Some(suggestion) = did_you_mean(name, allowed.iter().copied()) {
            self.suggested.push(suggestion.to_owned());
        }
        let listed = allowed
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let message = match did_you_mean(name, allowed.iter().copied()) {
            Some(s) => format!("unknown key `{name}`, did you mean `{s}`?"),
            None => format!("unknown key `{name}`"),
        };
        self.error(Code::UnknownKey, message, key.span()).help =
            Some(format!("the keys of {table_name} are {listed}"));
    }

    fn deserialize_table<T: DeserializeOwned>(
        &mut self,
        value: Spanned<DeValue<'_>>,
        what: &'static str,
        keys: &[&str],
        flawed: &mut HashSet<(&'static str, String)>,
    ) -> Vec<(Spanned<String>, T)> {
        let span = value.span();
        let DeValue::Table(table) = value.into_inner() else {
            self.error(
                Code::WrongType,
                format!("`{what}` must be a table of tables"),
                span,
            )
            .help = Some(format!("write each entry as a `[{what}.<id>]` table"));
            return Vec::new();
        };
        let mut entries = Vec::new();
        for (id, entry) in table {
            let id = Spanned::new(id.span(), id.into_inner().into_owned());
            if !is_identifier(id.get_ref()) {
                self.error(
                    Code::BadValue,
                    format!("`{}` is not a valid id", id.get_ref()),
                    id.span(),
                )
                .help = Some("use letters, digits, `-` and `_` only".into());
            }
            let table_name = format!("[{what}.{}]", id.get_ref());
            let errors_before = self.diagnostics.len();
            let entry = self.strip_unknown_keys(entry, keys, &table_name);
            let parsed = self.deserialize::<T>(entry);
            if self.diagnostics.len() > errors_before {
                flawed.insert((what, id.get_ref().clone()));
            }
            if let Some(parsed) = parsed {
                entries.push((id, parsed));
            }
        }
        entries
    }

    fn cookie(&mut self, item: Spanned<DeValue<'_>>) -> Option<RawCookie> {
        let span = item.span();
        let DeValue::Table(table) = item.into_inner() else {
            self.error(Code::WrongType, "each cookie must be a table", span)
                .help = Some("write each cookie as a `[[cookies]]` table".into());
            return None;
        };
        let mut known = self.known_keys(table, COOKIE_KEYS, "[[cookies]]");
        let slot = |key: &str| {
            COOKIE_KEYS
                .iter()
                .position(|k| *k == key)
                .expect("a key of COOKIE_KEYS")
        };
        let mut complete = true;
        for key in REQUIRED_COOKIE_KEYS {
            if known[slot(key)].is_some() {
                continue;
            }
            complete = false;
            if !self.suggested.iter().any(|s| s == key) {
                self.error(
                    Code::WrongType,
                    format!("missing key `{key}`"),
                    span.clone(),
                )
                .help = Some(format!("add `{key} = …` to this table"));
            }
        }
        let errors_before = self.diagnostics.len();
        let mut take = |key: &str| known[slot(key)].take();
        let (name, provider, category) = (take("name"), take("provider"), take("category"));
        let (function, purpose, duration) = (take("function"), take("purpose"), take("duration"));
        let (party, kind, domain) = (take("party"), take("kind"), take("domain"));
        let consent_record = take("consent_record");
        // Read one by one, in this order, so that each mistake is reported on its own.
        let cookie = RawCookie {
            name: self.field(name),
            provider: self.field(provider),
            category: self.field(category),
            function: self.field(function),
            purpose: self.field(purpose),
            duration: self.field(duration),
            party: self.field(party),
            kind: self.field(kind),
            domain: self.field(domain),
            consent_record: self.field(consent_record),
            complete: complete && self.diagnostics.len() == errors_before,
        };
        Some(cookie)
    }

    /// Reads one key's value on its own; `None` when it is absent or malformed (reported).
    fn field<T: DeserializeOwned>(&mut self, value: Option<Spanned<DeValue<'_>>>) -> Option<T> {
        self.deserialize(value?)
    }

    fn deserialize<T: DeserializeOwned>(&mut self, value: Spanned<DeValue<'_>>) -> Option<T> {
        let whole = value.span();
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                let span = error.span().unwrap_or(whole);
                // A missing key that a reported typo stands for is reported once, as the typo.
                let missing = error
                    .message()
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.split_once('`'))
                    .map(|(field, _)| field);
                if missing.is_some_and(|field| self.suggested.iter().any(|s| s == field)) {
                    return None;
                }
                let diagnostic = serde_diagnostic(error.message());
                self.diagnostics.push(diagnostic.at(self.source, span));
                None
            }
        }
    }

    /// The site as written, with its locales; `None` (reported) when `[site]` is missing or
    /// unreadable, and then no locales: the rest is still checked, its texts in any locale.
    fn site_of(&mut self, parsed: &mut Parsed) -> (Option<Site>, Vec<Locale>) {
        let Some((raw_site, span)) = parsed.site.take() else {
            if !parsed.site_written {
                self.error(Code::WrongType, "missing table `[site]`", 0..0)
                    .help = Some(
                    "start the registry with `[site]` and its `name`, `url` and `locales`".into(),
                );
            }
            return (None, Vec::new());
        };
        let locales = self.locales(&raw_site.locales);
        let site = self.site(raw_site, span, locales.clone());
        (Some(site), locales)
    }

    fn validate(&mut self, mut parsed: Parsed) -> Option<Registry> {
        let (site, locales) = self.site_of(&mut parsed);
        let default = locales.first().map_or(String::new(), |l| l.code.clone());

        let providers: Vec<Provider> = parsed
            .providers
            .into_iter()
            .map(|(id, p)| self.provider(id, p))
            .collect();

        let categories = self.categories(parsed.categories, &locales, &default, &parsed.flawed);

        let declared = Declared {
            providers: &providers,
            categories: &categories,
            provider_ids: providers.iter().map(|p| p.id.as_str()).collect(),
            category_ids: categories.iter().map(|c| c.id.as_str()).collect(),
            flawed: &parsed.flawed,
            locales: &locales,
            default: &default,
        };
        // Each entry is checked on its own in parallel; then, in order, that no earlier entry
        // declared its names.
        let checked: Vec<(Entry, Vec<Diagnostic>)> = parsed
            .cookies
            .into_par_iter()
            .map(|raw| {
                let mut loader = self.fork();
                let entry = loader.cookie_entry(raw.into_inner(), &declared);
                (entry, loader.diagnostics)
            })
            .collect();
        let names_checked: Vec<Vec<Diagnostic>> = {
            let mut loader = self.fork();
            let mut seen_names = FxHashSet::default();
            checked
                .iter()
                .map(|(entry, _)| {
                    let (names, span, kind, domain) = match entry {
                        Entry::Kept(c) => (&c.names[..], &c.span, c.kind, c.domain.as_deref()),
                        Entry::Dropped {
                            names,
                            span,
                            kind,
                            domain,
                        } => (&names[..], span, *kind, domain.as_deref()),
                    };
                    loader.check_names(names, span.clone(), kind, domain, &mut seen_names);
                    std::mem::take(&mut loader.diagnostics)
                })
                .collect()
        };
        // Each entry's diagnostics, then those of its names.
        let mut cookies = Vec::with_capacity(checked.len());
        for ((entry, diagnostics), names_checked) in checked.into_iter().zip(names_checked) {
            self.diagnostics.extend(diagnostics);
            self.diagnostics.extend(names_checked);
            if let Entry::Kept(cookie) = entry {
                cookies.push(cookie);
            }
        }

        Some(Registry {
            site: site?,
            providers,
            categories,
            cookies,
        })
    }

    /// Checks one `[[cookies]]` entry against what the registry declares, but for its names
    /// against the other entries' ([`Loader::check_names`]). An incomplete entry has been
    /// reported; it is checked as far as it goes (so all its errors show at once), not kept.
    fn cookie_entry(&mut self, raw: RawCookie, declared: &Declared<'_>) -> Entry {
        let (names, names_span) = self.cookie_names(raw.name);
        let domain = raw.domain.map(|d| self.domain(d));
        if let Some(provider) = &raw.provider {
            self.check_provider_ref(provider, declared);
        }
        if let Some(category) = &raw.category {
            self.check_category_ref(category, declared);
        }
        let duration_span = raw.duration.as_ref().map(|d| d.span());
        let duration = raw.duration.and_then(|d| self.duration(d));
        let mut texts = TextReader {
            loader: self,
            locales: declared.locales,
            default: declared.default,
        };
        let function = raw.function.as_ref().map(|t| texts.read(t, "function"));
        let purpose = raw.purpose.as_ref().map(|t| texts.read(t, "purpose"));
        let (true, Some(provider), Some(category), Some(purpose), Some(span)) = (
            raw.complete,
            raw.provider,
            raw.category,
            purpose,
            names_span.clone(),
        ) else {
            return Entry::Dropped {
                names,
                span: names_span.unwrap_or_default(),
                kind: raw.kind.unwrap_or_default(),
                domain,
            };
        };
        Entry::Kept(Cookie {
            names: names.into(),
            provider: provider.into_inner(),
            category: category.into_inner(),
            function,
            purpose,
            duration,
            party: raw.party.unwrap_or_default(),
            kind: raw.kind.unwrap_or_default(),
            domain,
            consent_record: raw.consent_record.unwrap_or(false),
            span,
            duration_span,
        })
    }

    /// A loader for one entry, checked on another thread; its diagnostics are added to this
    /// one's afterwards.
    fn fork(&self) -> Loader {
        Loader {
            source: self.source,
            diagnostics: Vec::new(),
            suggested: Vec::new(),
        }
    }

    /// The names of an entry and where they are written. A missing `name` has been reported as
    /// a missing key; an empty list is reported here.
    fn cookie_names(
        &mut self,
        raw: Option<Spanned<RawNames>>,
    ) -> (Vec<String>, Option<Range<usize>>) {
        let span = raw.as_ref().map(|n| n.span());
        let names = raw.map(|n| n.into_inner().0).unwrap_or_default();
        if let Some(span) = &span
            && names.is_empty()
        {
            self.error(
                Code::BadValue,
                "a cookie needs at least one name",
                span.clone(),
            );
        }
        (names, span)
    }

    /// Checks each name's syntax for its kind and that no earlier entry declared it on the same
    /// domain; `seen_names` carries the names across entries.
    fn check_names<'a>(
        &mut self,
        names: &'a [String],
        span: Range<usize>,
        kind: Kind,
        domain: Option<&'a str>,
        seen_names: &mut FxHashSet<(&'a str, &'a str)>,
    ) {
        for name in names {
            if let Err(why) = check_cookie_name(name, kind) {
                self.error(
                    Code::BadValue,
                    format!("`{name}` is not a valid cookie name: {why}"),
                    span.clone(),
                );
            }
            // Browsers ignore a leading dot: `.example.org` and `example.org` are one domain.
            let key = (
                domain.unwrap_or_default().trim_start_matches('.'),
                name.as_str(),
            );
            if seen_names.contains(&key) {
                let on = domain.map(|d| format!(" on `{d}`")).unwrap_or_default();
                self.error(
                    Code::DuplicateCookie,
                    format!("the cookie `{name}`{on} is declared twice"),
                    span.clone(),
                )
                .help = Some(
                    "merge the two entries, or set a different `domain` on one of them".into(),
                );
            } else {
                seen_names.insert(key);
            }
        }
    }

    fn check_provider_ref(&mut self, provider: &Spanned<String>, declared: &Declared<'_>) {
        if !self.is_declared(provider, "providers", &declared.provider_ids, declared) {
            let ids = declared.providers.iter().map(|p| p.id.as_str());
            let wanted = provider.get_ref();
            let help = format!("declare it as `[providers.{wanted}]` with at least a `name`");
            self.unknown_reference(provider, "provider", ids, Code::UnknownProvider, help);
        }
    }

    fn check_category_ref(&mut self, category: &Spanned<String>, declared: &Declared<'_>) {
        if !self.is_declared(category, "categories", &declared.category_ids, declared) {
            let ids = declared.categories.iter().map(|c| c.id.as_str());
            let wanted = category.get_ref();
            let help = format!(
                "use one of necessary, preferences, statistics, marketing, or declare `[categories.{wanted}]` with a `title`"
            );
            self.unknown_reference(category, "category", ids, Code::UnknownCategory, help);
        }
    }

    /// Whether a cookie's reference to a provider or category is declared. One whose own entry
    /// failed is declared all the same: its mistake was reported there, so no second error.
    fn is_declared(
        &self,
        reference: &Spanned<String>,
        table: &'static str,
        ids: &FxHashSet<&str>,
        declared: &Declared<'_>,
    ) -> bool {
        let wanted = reference.get_ref();
        ids.contains(wanted.as_str()) || declared.flawed.contains(&(table, wanted.clone()))
    }

    /// Reports a reference to an undeclared provider or category, with the declared id it may
    /// stand for (`ids` in the file's order, so that the suggestion is always the same).
    fn unknown_reference<'a>(
        &mut self,
        reference: &Spanned<String>,
        what: &str,
        ids: impl Iterator<Item = &'a str>,
        code: Code,
        help: String,
    ) {
        let wanted = reference.get_ref();
        let message = match did_you_mean(wanted, ids) {
            Some(s) => format!("unknown {what} `{wanted}`, did you mean `{s}`?"),
            None => format!("unknown {what} `{wanted}`"),
        };
        self.error(code, message, reference.span()).help = Some(help);
    }

    fn duration(&mut self, raw: Spanned<String>) -> Option<Duration> {
        match raw.get_ref().parse::<Duration>() {
            Ok(duration) => Some(duration),
            Err(error) => {
                self.error(Code::BadDuration, error.message, raw.span())
                    .help = Some(DURATION_HELP.into());
                None
            }
        }
    }

    fn provider(&mut self, id: Spanned<String>, raw: RawProvider) -> Provider {
        // A safeguard says how data is protected in a country: without one it says nothing.
        if let (Some(transfer), None) = (&raw.transfer, &raw.country) {
            self.error(
                Code::TransferWithoutCountry,
                format!(
                    "the provider `{}` declares a `transfer` but no `country`",
                    id.get_ref()
                ),
                transfer.span(),
            )
            .help = Some(
                "add `country = \"US\"` (ISO 3166-1): the page names the country with the safeguard".into(),
            );
        }
        Provider {
            span: id.span(),
            id: id.into_inner(),
            name: raw.name,
            url: raw.url.map(|u| self.url(u)),
            privacy_policy: raw.privacy_policy.map(|u| self.url(u)),
            country: raw.country.map(|c| self.country(c)),
            transfer: raw.transfer.and_then(|t| self.transfer(t)),
        }
    }

    /// `[site]`: its texts read in the site's locales, its addresses and codes checked.
    fn site(&mut self, raw: RawSite, span: Range<usize>, locales: Vec<Locale>) -> Site {
        let default = locales.first().map_or(String::new(), |l| l.code.clone());
        let mut texts = TextReader {
            loader: self,
            locales: &locales,
            default: &default,
        };
        let name = texts.read(&raw.name, "site name");
        let mut contact = |c: RawController, whose: &str| Contact {
            name: c
                .name
                .as_ref()
                .map(|t| texts.read(t, &format!("{whose} name"))),
            address: c
                .address
                .as_ref()
                .map(|t| texts.read(t, &format!("{whose} address"))),
            email: c.email.map(|e| texts.loader.email(e)),
            url: c.url.map(|u| texts.loader.url(u)),
        };
        let controller = raw.controller.map(|c| contact(c, "controller"));
        let dpo = raw.dpo.map(|c| contact(c, "dpo"));
        let supervisory_authority = raw.supervisory_authority.map(|a| Authority {
            name: texts.read(&a.name, "supervisory authority name"),
            url: a.url.map(|u| texts.loader.url(u)),
        });
        Site {
            name,
            url: self.url(raw.url),
            updated: raw.updated.and_then(|d| self.date(d)),
            controller,
            jurisdiction: raw.jurisdiction.map(|j| self.jurisdiction(j)),
            public_body: raw.public_body.unwrap_or(false),
            dpo,
            supervisory_authority,
            consent_settings: raw.consent_settings.map(|u| self.url(u)),
            heading_level: raw.heading_level.and_then(|l| self.heading_level(l)),
            locales,
            span,
        }
    }

    fn locales(&mut self, raw: &Spanned<Vec<Spanned<String>>>) -> Vec<Locale> {
        if raw.get_ref().is_empty() {
            self.error(Code::BadLocale, "`locales` is empty", raw.span())
                .help = Some(
                "list at least one locale, the default first: locales = [\"en\", \"de\"]".into(),
            );
        }
        let mut locales: Vec<Locale> = Vec::new();
        for code in raw.get_ref() {
            match Locale::parse(code.get_ref()) {
                Some(locale) if locales.contains(&locale) => {
                    self.error(
                        Code::BadLocale,
                        format!("the locale `{}` is listed twice", locale.code),
                        code.span(),
                    );
                }
                Some(locale) => locales.push(Locale {
                    origin: Some((self.source, code.span())),
                    ..locale
                }),
                None => {
                    let (message, help) = Locale::refusal(code.get_ref());
                    self.error(Code::BadLocale, message, code.span()).help = Some(help.into());
                }
            }
        }
        locales
    }

    fn categories(
        &mut self,
        raw: Vec<(Spanned<String>, RawCategory)>,
        locales: &[Locale],
        default: &str,
        flawed: &HashSet<(&'static str, String)>,
    ) -> Vec<Category> {
        let mut declared: BTreeMap<String, (Range<usize>, RawCategory)> = BTreeMap::new();
        let mut custom_order = Vec::new();
        for (id, category) in raw {
            let span = id.span();
            let id = id.into_inner();
            if !BUILTIN_CATEGORIES.contains(&id.as_str()) {
                custom_order.push(id.clone());
            }
            declared.insert(id, (span, category));
        }
        let mut categories = Vec::new();
        let ids = BUILTIN_CATEGORIES
            .iter()
            .map(|s| s.to_string())
            .chain(custom_order);
        for id in ids {
            let builtin = BUILTIN_CATEGORIES.contains(&id.as_str());
            let mut texts = TextReader {
                loader: self,
                locales,
                default,
            };
            let (title, description, consent, legal_basis) = match declared.remove(&id) {
                Some((span, category)) => {
                    let title = category
                        .title
                        .as_ref()
                        .map(|t| texts.read(t, "category title"));
                    let description = category
                        .description
                        .as_ref()
                        .map(|t| texts.read(t, "category description"));
                    let legal_basis = category
                        .legal_basis
                        .as_ref()
                        .map(|t| texts.read(t, "legal basis"));
                    if !builtin && title.is_none() && !flawed.contains(&("categories", id.clone()))
                    {
                        self.error(
                            Code::MissingTitle,
                            format!("the custom category `{id}` has no title"),
                            span,
                        )
                        .help = Some(format!(
                            "add `title = \"…\"` under `[categories.{id}]`, or use a built-in category"
                        ));
                    }
                    (title, description, category.consent, legal_basis)
                }
                None => (None, None, None, None),
            };
            categories.push(Category {
                consent: consent.unwrap_or(id != "necessary"),
                legal_basis,
                id,
                builtin,
                title,
                description,
            });
        }
        categories
    }

    fn url(&mut self, raw: Spanned<String>) -> String {
        let text = raw.get_ref();
        let valid = url::Url::parse(text).ok().filter(|u| {
            matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty())
        });
        if valid.is_none()
            || text
                .chars()
                .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
        {
            self.error(
                Code::BadUrl,
                format!("`{text}` is not an http or https address"),
                raw.span(),
            )
            .help =
                Some("write the full address, such as \"https://www.example.org/privacy\"".into());
        }
        raw.into_inner()
    }

    fn email(&mut self, raw: Spanned<String>) -> String {
        let text = raw.get_ref();
        let valid = text.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }) && !text
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '(' | ')' | ',' | ';'))
            && text.matches('@').count() == 1;
        if !valid {
            self.error(
                Code::BadValue,
                format!("`{text}` is not an email address"),
                raw.span(),
            )
            .help = Some("write an address such as \"privacy@example.org\"".into());
        }
        raw.into_inner()
    }

    fn domain(&mut self, raw: Spanned<String>) -> String {
        let text = raw.get_ref().trim_start_matches('.');
        let valid = !text.is_empty()
            && text.split('.').all(|label| {
                !label.is_empty()
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if !valid {
            self.error(
                Code::BadValue,
                format!("`{}` is not a domain name", raw.get_ref()),
                raw.span(),
            )
            .help = Some("write a host name such as \"example.org\" or \".example.org\"".into());
        }
        raw.get_ref().to_ascii_lowercase()
    }

    fn country(&mut self, raw: Spanned<String>) -> String {
        let code = raw.get_ref();
        if !is_country_code(code) {
            let upper = code.to_ascii_uppercase();
            let help = if is_country_code(&upper) {
                format!("write it in capitals: \"{upper}\"")
            } else if upper == "UK" {
                "the ISO code of the United Kingdom is \"GB\"".to_owned()
            } else {
                "use the ISO 3166-1 alpha-2 code, such as \"FR\", \"DE\" or \"US\"".to_owned()
            };
            self.error(
                Code::BadCountry,
                format!("`{code}` is not an ISO 3166-1 country code"),
                raw.span(),
            )
            .help = Some(help);
        }
        raw.into_inner()
    }

    /// The country whose law applies; an unknown code is an error with the code it may mean.
    fn jurisdiction(&mut self, raw: Spanned<String>) -> String {
        let code = raw.get_ref();
        if !is_country_code(code) {
            let upper = code.trim().to_ascii_uppercase();
            let named = crate::i18n::country_code_named(code.trim());
            let suggestion = if is_country_code(&upper) {
                Some(upper)
            } else if upper == "UK" {
                Some("GB".to_owned())
            } else if let Some(named) = named {
                Some(named.to_owned())
            } else {
                did_you_mean(&upper, super::adequacy::EEA).map(str::to_owned)
            };
            let message = match &suggestion {
                Some(s) => {
                    format!("`{code}` is not an ISO 3166-1 country code, did you mean `{s}`?")
                }
                None => format!("`{code}` is not an ISO 3166-1 country code"),
            };
            self.error(Code::BadJurisdiction, message, raw.span()).help = Some(
                "write the two-letter code of the country whose law applies, such as \"DE\", \"AT\" or \"FR\"; leave `jurisdiction` out for wording true in every EU country".into(),
            );
        }
        raw.into_inner()
    }

    fn transfer(&mut self, raw: Spanned<String>) -> Option<Transfer> {
        let name = raw.get_ref();
        if let Some((_, transfer)) = Transfer::ALL.iter().find(|(n, _)| n == name) {
            return Some(*transfer);
        }
        let names = Transfer::ALL.iter().map(|(n, _)| *n);
        let lower = name.to_ascii_lowercase();
        // The names are three letters long: a transposition ("dfp") is the likeliest typo.
        let letters = |word: &str| {
            let mut letters: Vec<char> = word.chars().collect();
            letters.sort_unstable();
            letters
        };
        // The Privacy Shield was invalidated (CJEU C-311/18, Schrems II); the Data Privacy
        // Framework replaced it.
        let successor = lower.contains("shield").then_some("dpf");
        let message = match Transfer::ALL
            .iter()
            .find(|(n, _)| letters(n) == letters(&lower))
            .map(|(n, _)| *n)
            .or(successor)
            .or_else(|| did_you_mean(&lower, names))
        {
            Some(s) => format!("unknown transfer safeguard `{name}`, did you mean `{s}`?"),
            None => format!("unknown transfer safeguard `{name}`"),
        };
        self.error(Code::BadTransfer, message, raw.span()).help = Some(
            "use adequacy (Art. 45), dpf (EU–US Data Privacy Framework), scc (standard contractual clauses, Art. 46(2)(c)), bcr (binding corporate rules, Art. 47) or consent (Art. 49(1)(a))".into(),
        );
        None
    }

    fn date(&mut self, raw: Spanned<toml::value::Datetime>) -> Option<Date> {
        let value = raw.get_ref();
        match (value.date, value.time, value.offset) {
            (Some(date), None, None) => Some(Date {
                year: date.year,
                month: date.month,
                day: date.day,
            }),
            _ => {
                self.error(
                    Code::WrongType,
                    "`updated` must be a date without a time",
                    raw.span(),
                )
                .help = Some("write a TOML date such as `updated = 2026-11-28`".into());
                None
            }
        }
    }

    fn heading_level(&mut self, raw: Spanned<i64>) -> Option<u8> {
        match u8::try_from(*raw.get_ref()) {
            Ok(level) if crate::render::HEADING_LEVELS.contains(&level) => Some(level),
            _ => {
                self.error(
                    Code::BadValue,
                    format!("heading level {} is out of range", raw.get_ref()),
                    raw.span(),
                )
                .help = Some(
                    "1 to 4: the level of the host page's heading the policy sits under, plus one"
                        .into(),
                );
                None
            }
        }
    }
}

/// Reads texts, checking their locale keys against the site's locales.
struct TextReader<'a> {
    loader: &'a mut Loader,
    locales: &'a [Locale],
    default: &'a str,
}

impl TextReader<'_> {
    /// A text written only in languages the site does not list, such as an imported database's
    /// English: kept as written and shown marked with its language; W001 names the
    /// translations it lacks. A text with any site locale must use site locales only.
    fn foreign(&self, entries: &[(Spanned<String>, String)], span: Range<usize>) -> Option<Text> {
        let mut texts = Vec::new();
        for (key, text) in entries {
            let locale = Locale::parse(key.get_ref())?;
            if self.locales.contains(&locale) {
                return None;
            }
            texts.push((locale.code, text.clone()));
        }
        (!texts.is_empty()).then(|| Text::new(texts, span, false))
    }

    fn read(&mut self, raw: &Spanned<RawText>, what: &str) -> Text {
        self.check_limits(raw, what);
        match raw.get_ref() {
            RawText::Plain(text) => Text::new(
                vec![(self.default.to_owned(), text.clone())],
                raw.span(),
                true,
            ),
            RawText::PerLocale(entries) => self.read_per_locale(entries, raw.span(), what),
        }
    }

    /// A table of texts by locale: each key is checked on its own so that every bad key is
    /// reported at once, and the bad ones are left out of the text.
    fn read_per_locale(
        &mut self,
        entries: &[(Spanned<String>, String)],
        span: Range<usize>,
        what: &str,
    ) -> Text {
        if let Some(text) = self.foreign(entries, span.clone()) {
            return text;
        }
        if entries.is_empty() {
            self.empty_table(span.clone(), what);
        }
        let mut texts: Vec<(String, String)> = Vec::new();
        for (key, text) in entries {
            if let Some(locale) = self.entry_locale(key, &texts, what) {
                texts.push((locale.code, text.clone()));
            }
        }
        if !entries.is_empty() {
            self.check_default_text(&texts, span.clone(), what);
        }
        // Sorted so that the output does not depend on the order the file lists them in.
        texts.sort_by(|a, b| a.0.cmp(&b.0));
        Text::new(texts, span, false)
    }

    fn empty_table(&mut self, span: Range<usize>, what: &str) {
        self.loader
            .error(
                Code::WrongType,
                format!("the {what} is an empty table"),
                span,
            )
            .help = Some(format!(
            "write the text, or a table of texts by locale such as {{ {} = \"…\" }}",
            if self.default.is_empty() {
                "en"
            } else {
                self.default
            }
        ));
    }

    /// The locale a text is keyed by; `None` (reported) when the key is not a locale, repeats
    /// one already read (`texts`), or serves none of the site's locales.
    fn entry_locale(
        &mut self,
        key: &Spanned<String>,
        texts: &[(String, String)],
        what: &str,
    ) -> Option<Locale> {
        let Some(locale) = Locale::parse(key.get_ref()) else {
            self.loader
                .error(
                    Code::BadLocale,
                    format!("`{}` is not a BCP 47 locale code", key.get_ref()),
                    key.span(),
                )
                .help =
                Some("key each text by one of the site's locales, such as `en` or `fr-CA`".into());
            return None;
        };
        if texts.iter().any(|(code, _)| *code == locale.code) {
            self.loader
                .error(
                    Code::BadLocale,
                    format!(
                        "a second {what} in `{}`: locale codes are the same whatever their case",
                        locale.code
                    ),
                    key.span(),
                )
                .help = Some("keep one text per locale".into());
            return None;
        }
        // A text in `de` serves a site that lists `de-AT` (and `de-CH`).
        let serves_a_site_locale = self
            .locales
            .iter()
            .any(|site| crate::registry::serves(&locale.code, &site.code));
        // Without a readable `[site]` the locales are unknown: any is taken.
        if !self.locales.is_empty() && !serves_a_site_locale {
            let listed: Vec<&str> = self.locales.iter().map(|l| l.code.as_str()).collect();
            self.loader
                .error(
                    Code::BadLocale,
                    format!(
                        "a {what} in `{}`, which is not one of the site's locales",
                        locale.code
                    ),
                    key.span(),
                )
                .help = Some(format!(
                "add \"{}\" to `locales` in `[site]`, or remove this text; the locales are: {}",
                locale.code,
                listed.join(", ")
            ));
            return None;
        }
        Some(locale)
    }

    /// Other locales fall back to the default locale's text (or its parent's, as `de` for a
    /// default `de-AT`), so it must be there; without a readable `[site]` there is no default.
    fn check_default_text(&mut self, texts: &[(String, String)], span: Range<usize>, what: &str) {
        if self.default.is_empty() {
            return;
        }
        let has_default = texts
            .iter()
            .any(|(code, _)| crate::registry::serves(code, self.default));
        if has_default {
            return;
        }
        self.loader
            .error(
                Code::MissingDefaultText,
                format!(
                    "the {what} has no text in the default locale `{}`",
                    self.default
                ),
                span,
            )
            .help = Some(format!(
            "add `{} = \"…\"`: other locales fall back to the default locale's text",
            self.default
        ));
    }
}

impl TextReader<'_> {
    /// Reports a text too long or nested too deep to render quickly (see [`crate::markdown`]).
    fn check_limits(&mut self, raw: &Spanned<RawText>, what: &str) {
        let texts: Vec<&str> = match raw.get_ref() {
            RawText::Plain(text) => vec![text],
            RawText::PerLocale(entries) => entries.iter().map(|(_, text)| text.as_str()).collect(),
        };
        for text in texts {
            if let Some(why) = crate::markdown::beyond_limits(text) {
                self.loader
                    .error(Code::LimitExceeded, format!("the {what}: {why}"), raw.span())
                    .help = Some(
                    "a policy text is a few sentences: say it shorter, or link to a page that says more"
                        .into(),
                );
            }
        }
    }
}

fn is_identifier(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Cookie names are RFC 6265 tokens (`*`, a token character, also stands for any characters);
/// storage keys are freer, but never contain control characters or white space at their ends.
pub fn check_cookie_name(name: &str, kind: Kind) -> Result<(), &'static str> {
    if name.trim().is_empty() {
        return Err("it is empty");
    }
    if name.trim() != name {
        return Err("it starts or ends with white space");
    }
    if name.chars().any(|c| c.is_control()) {
        return Err("it contains a control character");
    }
    // RFC 6265 section 4.1.1: cookie-name = token (RFC 2616 section 2.2).
    let is_token_char = |c: char| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c);
    if kind == Kind::HttpCookie && !name.chars().all(is_token_char) {
        return Err(
            "an HTTP cookie's name is an RFC 6265 token: ASCII letters, digits and ! # $ % & ' * + - . ^ _ ` | ~, without spaces or ( ) < > @ , ; : \\ \" / [ ] ? = { }",
        );
    }
    Ok(())
}

/// Turns a serde error message into a diagnostic, with a did-you-mean for unknown fields and
/// variants.
fn serde_diagnostic(message: &str) -> Diagnostic {
    let message = message.trim_end();
    for (prefix, what, code) in [
        ("unknown field `", "key", Code::UnknownKey),
        ("unknown variant `", "value", Code::BadValue),
    ] {
        let Some(rest) = message.strip_prefix(prefix) else {
            continue;
        };
        let Some((unknown, expected)) = rest.split_once('`') else {
            continue;
        };
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let listed = candidates
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return match did_you_mean(unknown, candidates.iter().copied()) {
            Some(s) => Diagnostic::error(
                code,
                format!("unknown {what} `{unknown}`, did you mean `{s}`?"),
            )
            .help(format!("the allowed {what}s here are {listed}")),
            None if candidates.is_empty() => {
                Diagnostic::error(code, format!("unknown {what} `{unknown}`"))
            }
            None => Diagnostic::error(code, format!("unknown {what} `{unknown}`"))
                .help(format!("the allowed {what}s here are {listed}")),
        };
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Diagnostic::error(Code::WrongType, format!("missing key `{field}`"))
            .help(format!("add `{field} = …` to this table"));
    }
    // serde speaks of sequences and maps; TOML of arrays and tables.
    let message = message
        .replace("expected a sequence", "expected an array")
        .replace("expected a map", "expected a table")
        .replace("invalid type: sequence", "invalid type: array")
        .replace("invalid type: map", "invalid type: table");
    Diagnostic::error(Code::WrongType, message)
        .help("see the registry format in the README: each key's type is shown there")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Sources;

    fn load_str(text: &str) -> (Option<Registry>, Vec<Diagnostic>) {
        let mut sources = Sources::default();
        let id = sources.add(std::path::Path::new("cookies.toml"), text.into());
        load(id, text)
    }

    #[test]
    fn keys_match_the_structs() {
        // Every listed key is accepted by its struct: a registry using all of them loads.
        let text = r#"
            [site]
            name = "S"
            url = "https://example.org"
            locales = ["en"]
            updated = 2026-01-02
            controller = { name = "C", address = "A", email = "a@example.org", url = "https://example.org" }
            jurisdiction = "DE"
            public_body = true
            dpo = { name = "D", address = "A", email = "d@example.org", url = "https://example.org/dpo" }
            supervisory_authority = { name = "SA", url = "https://example.org/sa" }
            consent_settings = "https://example.org/settings"
            heading_level = 2
            [providers.p]
            name = "P"
            url = "https://example.org"
            privacy_policy = "https://example.org/privacy"
            country = "US"
            transfer = "dpf"
            [categories.c]
            title = "T"
            description = "D"
            consent = true
            legal_basis = "L"
            [[cookies]]
            name = "n"
            provider = "p"
            category = "c"
            function = "F"
            purpose = "P"
            duration = "1 day"
            party = "third"
            kind = "pixel"
            domain = "example.org"
            consent_record = false
        "#;
        let (registry, diagnostics) = load_str(text);
        assert_eq!(diagnostics, vec![]);
        let registry = registry.unwrap();
        assert_eq!(registry.cookies[0].kind, Kind::Pixel);
        let site = &registry.site;
        assert_eq!(site.jurisdiction.as_deref(), Some("DE"));
        assert!(site.public_body);
        assert_eq!(
            site.dpo.as_ref().unwrap().email.as_deref(),
            Some("d@example.org")
        );
        assert_eq!(
            site.supervisory_authority.as_ref().unwrap().url.as_deref(),
            Some("https://example.org/sa")
        );
        assert_eq!(
            site.consent_settings.as_deref(),
            Some("https://example.org/settings")
        );
        assert_eq!(registry.providers[0].transfer, Some(Transfer::Dpf));
        assert!(registry.categories.iter().any(|c| c.legal_basis.is_some()));
        assert_eq!(registry.site.heading_level, Some(2));
        for (keys, count) in [
            (SITE_KEYS, 11),
            (CONTROLLER_KEYS, 4),
            (AUTHORITY_KEYS, 2),
            (PROVIDER_KEYS, 5),
            (CATEGORY_KEYS, 4),
            (COOKIE_KEYS, 10),
        ] {
            assert_eq!(keys.len(), count);
            for key in keys {
                assert!(text.contains(&format!("{key} =")), "{key} is not exercised");
            }
        }
    }

    #[test]
    fn an_unknown_jurisdiction_or_transfer_is_an_error_with_a_did_you_mean() {
        let text = r#"
            [site]
            name = "S"
            url = "https://example.org"
            locales = ["en"]
            jurisdiction = "Germany"
            [providers.p]
            name = "P"
            country = "US"
            transfer = "dfp"
            [providers.q]
            name = "Q"
            country = "IN"
            transfer = "SCC"
        "#;
        let (registry, diagnostics) = load_str(text);
        assert!(registry.is_none());
        let found: Vec<(Code, &str)> = diagnostics
            .iter()
            .map(|d| (d.code, d.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Code::BadJurisdiction,
                    "`Germany` is not an ISO 3166-1 country code, did you mean `DE`?"
                ),
                (
                    Code::BadTransfer,
                    "unknown transfer safeguard `dfp`, did you mean `dpf`?"
                ),
                (
                    Code::BadTransfer,
                    "unknown transfer safeguard `SCC`, did you mean `scc`?"
                ),
            ]
        );
        for (wrong, meant) in [("de", "DE"), ("UK", "GB"), ("Frankreich", "FR")] {
            let text = format!(
                "[site]\nname = \"S\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\njurisdiction = \"{wrong}\"\n"
            );
            let (_, diagnostics) = load_str(&text);
            assert!(
                diagnostics[0]
                    .message
                    .ends_with(&format!("did you mean `{meant}`?")),
                "{wrong}: {}",
                diagnostics[0].message
            );
        }
    }

    #[test]
    fn every_unknown_key_of_an_entry_is_reported() {
        let text = r#"
            [site]
            name = "S"
            url = "https://example.org"
            locales = ["en"]
            [providers.p]
            name = "P"
            [[cookies]]
            name = "n"
            provider = "p"
            category = "necessary"
            purpse = "x"
            duraton = "1 day"
            purpose = "P"
        "#;
        let (registry, diagnostics) = load_str(text);
        assert!(registry.is_none());
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown key `purpse`, did you mean `purpose`?",
                "unknown key `duraton`, did you mean `duration`?"
            ]
        );
    }

    #[test]
    fn a_heading_level_is_one_to_four() {
        for (level, ok) in [
            ("0", false),
            ("1", true),
            ("4", true),
            ("5", false),
            ("-1", false),
        ] {
            let text = format!(
                "[site]\nname = \"S\"\nurl = \"https://example.org\"\nlocales = [\"en\"]\nheading_level = {level}\n"
            );
            let (registry, diagnostics) = load_str(&text);
            if ok {
                assert_eq!(diagnostics, vec![], "{level}");
                assert_eq!(
                    registry.unwrap().site.heading_level,
                    level.parse().ok(),
                    "{level}"
                );
            } else {
                assert_eq!(diagnostics.len(), 1, "{level}");
                assert_eq!(diagnostics[0].code, Code::BadValue, "{level}");
                assert!(diagnostics[0].location.is_some(), "{level}");
            }
        }
    }

    #[test]
    fn a_leading_dot_does_not_make_another_domain() {
        let text = r#"
            [site]
            name = "S"
            url = "https://example.org"
            locales = ["en"]
            [providers.p]
            name = "P"
            [[cookies]]
            name = "id"
            provider = "p"
            category = "marketing"
            purpose = "x"
            domain = ".ads.example"
            [[cookies]]
            name = "id"
            provider = "p"
            category = "marketing"
            purpose = "x"
            domain = "ads.example"
        "#;
        let (_, diagnostics) = load_str(text);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, Code::DuplicateCookie);
    }

    fn codes(text: &str) -> Vec<&'static str> {
        let (_, diagnostics) = load_str(text);
        diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    const COOKIE: &str =
        "[[cookies]]\nname = \"n\"\nprovider = \"p\"\ncategory = \"c\"\npurpose = \"P\"\n";

    #[test]
    fn a_broken_site_does_not_stop_the_other_checks() {
        let text = format!(
            "[site]\nname = 1\nurl = \"https://e.org\"\nlocales = [\"en\"]\n[providers.p]\nname = \"P\"\n{}",
            COOKIE.replace("\"c\"", "\"nope\"")
        );
        assert_eq!(codes(&text), ["E002", "E005"]);
        let text = format!(
            "[providers.p]\nname = \"P\"\n{}",
            COOKIE.replace("purpose = \"P\"", "purpose = { de = \"x\" }")
        );
        assert_eq!(
            codes(&text),
            ["E002", "E005"],
            "no E010 or E018 without a site"
        );
    }

    #[test]
    fn an_entry_with_a_mistake_is_still_declared() {
        let site = "[site]\nname = \"S\"\nurl = \"https://e.org\"\nlocales = [\"en\"]\n";
        let text =
            format!("{site}[providers.p]\nnmae = \"P\"\n[categories.c]\ntitel = \"T\"\n{COOKIE}");
        assert_eq!(codes(&text), ["E003", "E003"]);
        let text = format!(
            "{site}[providers.p]\nname = \"P\"\n[categories.c]\ntitle = \"T\"\nconsent = \"yes\"\n{COOKIE}"
        );
        assert_eq!(codes(&text), ["E002"]);
    }

    #[test]
    fn texts_tables_and_names_are_checked() {
        let site = "[site]\nname = \"S\"\nurl = \"https://e.org\"\nlocales = [\"en\"]\n[providers.p]\nname = \"P\"\n[categories.c]\ntitle = \"T\"\n";
        let with = |from: &str, to: &str| format!("{site}{}", COOKIE.replace(from, to));
        assert_eq!(codes(&with("purpose = \"P\"", "purpose = {}")), ["E002"]);
        assert_eq!(
            codes(&with(
                "purpose = \"P\"",
                "purpose = { en = \"a\", EN = \"b\" }"
            )),
            ["E010"]
        );
        assert_eq!(codes(&with("\"n\"", "\"a b\"")), ["E017"]);
        assert_eq!(codes(&with("\"n\"", "\"a;b\"")), ["E017"]);
        assert_eq!(codes(&with("\"n\"", "\"_ga_*\"")), Vec::<&str>::new());
        let storage =
            with("\"n\"", "\"a b\"").replace("purpose", "kind = \"local-storage\"\npurpose");
        assert_eq!(codes(&storage), Vec::<&str>::new());
    }

    #[test]
    fn spans_point_into_the_file() {
        let text = "[site]\nname = \"S\"\nurl = \"ftp://x\"\nlocales = [\"en\"]\n";
        let (_, diagnostics) = load_str(text);
        let (_, span) = diagnostics[0].location.clone().unwrap();
        assert_eq!(&text[span], "\"ftp://x\"");
    }
}
