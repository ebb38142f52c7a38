//! The registry of a site's cookies: what `cookies.toml` holds once it has been read and validated.
//!
//! Loading never stops at the first problem: every entry is checked on its own, and every mistake
//! becomes a [`Diagnostic`] pointing at its place in the file.

pub mod adequacy;
mod countries;
pub mod duration;
mod lint;
mod load;
mod parse;
mod unit_words;

use std::fmt;
use std::ops::Range;

pub use duration::{Duration, Unit};
pub use lint::lint;
pub use load::{check_cookie_name, json_schema, load};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// A human text: one string per locale, keyed by normalized locale code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    entries: Vec<(String, String)>,
    /// Where it is written in the registry.
    pub span: Range<usize>,
    /// Written as a plain string rather than a table by locale.
    pub plain: bool,
}

impl Text {
    pub fn new(entries: Vec<(String, String)>, span: Range<usize>, plain: bool) -> Self {
        Text {
            entries,
            span,
            plain,
        }
    }

    pub fn get_exact(&self, locale: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(code, _)| code == locale)
            .map(|(_, text)| text.as_str())
    }

    /// The text in `locale`, else in its nearest parent (`de` for `de-AT`), else in `default`
    /// (or its parent), else in the language it was written in (an imported text in a language
    /// the site does not list). The second value names the locale of a fallback, so that the
    /// page can mark it with its own `lang`.
    pub fn localized<'a>(&'a self, locale: &str, default: &'a str) -> Localized<'a> {
        if let Some(text) = self.get_exact(locale) {
            return Localized {
                text,
                fallback_lang: None,
            };
        }
        if let Some((code, text)) = self.in_parent_of(locale) {
            return Localized {
                text,
                fallback_lang: Some(code),
            };
        }
        let (code, text) = self.fallback(default);
        Localized {
            text,
            fallback_lang: Some(code),
        }
    }

    /// The locale and text shown where a locale has none of its own.
    fn fallback<'a>(&'a self, default: &'a str) -> (&'a str, &'a str) {
        if let Some(text) = self.get_exact(default) {
            return (default, text);
        }
        self.in_parent_of(default)
            .or_else(|| {
                self.entries
                    .first()
                    .map(|(code, text)| (code.as_str(), text.as_str()))
            })
            .unwrap_or((default, ""))
    }

    /// The locale whose text is shown where a locale has none.
    pub fn fallback_locale<'a>(&'a self, default: &'a str) -> &'a str {
        self.fallback(default).0
    }

    /// The text of the nearest parent locale that has one: `de-AT` → `de`,
    /// `zh-Hant-TW` → `zh-Hant` → `zh`.
    pub fn in_parent_of(&self, locale: &str) -> Option<(&str, &str)> {
        parent_locales(locale).find_map(|parent| {
            self.entries
                .iter()
                .find(|(code, _)| code == parent)
                .map(|(code, text)| (code.as_str(), text.as_str()))
        })
    }

    /// Like [`Text::localized`], for names (of the site, of the controller): a name written as a
    /// plain string is the same in every language, so it is not marked as a fallback.
    pub fn localized_name<'a>(&'a self, locale: &str, default: &'a str) -> Localized<'a> {
        let localized = self.localized(locale, default);
        if self.plain {
            Localized {
                fallback_lang: None,
                ..localized
            }
        } else {
            localized
        }
    }

    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(code, _)| code.as_str())
    }

    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(_, text)| text.as_str())
    }
}

/// The parents of a BCP 47 code, nearest first, without the code itself.
pub fn parent_locales(code: &str) -> impl Iterator<Item = &str> {
    let mut rest = code;
    std::iter::from_fn(move || {
        let cut = rest.rfind('-')?;
        rest = &rest[..cut];
        Some(rest)
    })
}

/// Whether a text in `text_locale` is shown on pages in `locale`: the same code, or a parent
/// of it (`de` serves `de-AT`).
pub fn serves(text_locale: &str, locale: &str) -> bool {
    text_locale == locale || parent_locales(locale).any(|parent| parent == text_locale)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub fallback_lang: Option<&'a str>,
}

#[derive(Clone, Debug)]
pub struct Registry {
    pub site: Site,
    pub providers: Vec<Provider>,
    /// In page order: the built-in categories first, then custom ones as declared.
    pub categories: Vec<Category>,
    /// In the order of the file.
    pub cookies: Vec<Cookie>,
}

impl Registry {
    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == id)
    }

    /// The ids of the providers some cookie names, to look up for each of hundreds of providers.
    pub fn used_providers(&self) -> rustc_hash::FxHashSet<&str> {
        self.cookies.iter().map(|c| c.provider.as_str()).collect()
    }

    pub fn default_locale(&self) -> &Locale {
        &self.site.locales[0]
    }
}

#[derive(Clone, Debug)]
pub struct Site {
    pub name: Text,
    pub url: String,
    /// Never empty; the first is the default locale.
    pub locales: Vec<Locale>,
    pub updated: Option<Date>,
    pub controller: Option<Controller>,
    /// ISO 3166-1 alpha-2 code of the country whose law applies; `None`: wording true EU-wide.
    pub jurisdiction: Option<String>,
    /// An authority: GDPR Art. 6(1)(e) instead of (f), and a DPO is required (Art. 37(1)(a)).
    pub public_body: bool,
    /// The data protection officer (GDPR Art. 13(1)(b)).
    pub dpo: Option<Contact>,
    /// Named in the rights section (GDPR Art. 77).
    pub supervisory_authority: Option<Authority>,
    /// Where a visitor changes their consent.
    pub consent_settings: Option<String>,
    /// The level (1 to 4) a fragment's headings start at, to fit under the host page's own.
    pub heading_level: Option<u8>,
    /// The `[site]` table in the registry.
    pub span: Range<usize>,
}

/// A person or office to contact: the data protection officer has the controller's keys.
pub type Contact = Controller;

#[derive(Clone, Debug)]
pub struct Authority {
    pub name: Text,
    pub url: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Locale {
    pub id: LanguageIdentifier,
    /// The normalized BCP 47 form, safe as a folder name.
    pub code: String,
    /// Where the registry lists it, for diagnostics about the locale.
    pub origin: Option<(crate::diagnostic::SourceId, Range<usize>)>,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Locale {}

impl Locale {
    pub fn parse(input: &str) -> Option<Locale> {
        let id: LanguageIdentifier = input.parse().ok()?;
        if id.language.is_empty() || input.contains('_') {
            return None;
        }
        let code = id.to_string();
        // The folder name must be nothing but letters, digits and hyphens.
        if !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return None;
        }
        if Locale::is_reserved_name(&code) {
            return None;
        }
        Some(Locale {
            id,
            code,
            origin: None,
        })
    }

    /// Language codes that Windows cannot have as a folder name (`con`, `nul`, `aux`, `prn`):
    /// a site built from them could not be checked out or copied there. The other reserved
    /// names (`com1`, `lpt1`) have digits, which no language subtag has.
    pub fn is_reserved_name(code: &str) -> bool {
        ["con", "nul", "aux", "prn"]
            .iter()
            .any(|name| code.eq_ignore_ascii_case(name))
    }

    /// The error message for a code [`Locale::parse`] refused, and its help.
    pub fn refusal(code: &str) -> (String, &'static str) {
        if Locale::is_reserved_name(code) {
            (
                format!(
                    "`{code}` cannot be a locale: it is a reserved file name on Windows, so its folder could not exist there"
                ),
                "use another code for the language, such as its two-letter code",
            )
        } else {
            (
                format!("`{code}` is not a BCP 47 locale code"),
                "write a language code with an optional region, such as \"en\", \"de\" or \"fr-CA\"",
            )
        }
    }
}

#[cfg(test)]
mod locale_tests {
    use super::Locale;

    #[test]
    fn windows_reserved_names_are_no_locales() {
        for code in ["con", "nul", "aux", "prn", "CON", "Nul"] {
            assert!(Locale::parse(code).is_none(), "{code}");
        }
        for code in ["co", "nl", "con-US", "nus"] {
            assert!(Locale::parse(code).is_some(), "{code}");
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Controller {
    pub name: Option<Text>,
    pub address: Option<Text>,
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
    pub privacy_policy: Option<String>,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: Option<String>,
    /// The safeguard of a transfer to a country outside the EEA, as declared.
    pub transfer: Option<Transfer>,
    /// The provider's id in the registry.
    pub span: Range<usize>,
}

/// The safeguard for a transfer of personal data to a country outside the EEA (GDPR Chapter V).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Transfer {
    /// An adequacy decision of the European Commission (Art. 45).
    Adequacy,
    /// The EU–US Data Privacy Framework (an adequacy decision for certified US organisations).
    Dpf,
    /// Standard contractual clauses (Art. 46(2)(c)).
    Scc,
    /// Binding corporate rules (Art. 47).
    Bcr,
    /// The visitor's explicit consent (Art. 49(1)(a)).
    Consent,
}

impl Transfer {
    pub const ALL: [(&'static str, Transfer); 5] = [
        ("adequacy", Transfer::Adequacy),
        ("dpf", Transfer::Dpf),
        ("scc", Transfer::Scc),
        ("bcr", Transfer::Bcr),
        ("consent", Transfer::Consent),
    ];

    pub fn as_str(self) -> &'static str {
        Transfer::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("", |(name, _)| name)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Transfer::Adequacy => "transfer-adequacy",
            Transfer::Dpf => "transfer-dpf",
            Transfer::Scc => "transfer-scc",
            Transfer::Bcr => "transfer-bcr",
            Transfer::Consent => "transfer-consent",
        }
    }
}

/// The categories every site has, with texts in every built-in locale, in page order.
pub const BUILTIN_CATEGORIES: [&str; 4] = ["necessary", "preferences", "statistics", "marketing"];

#[derive(Clone, Debug)]
pub struct Category {
    pub id: String,
    pub builtin: bool,
    /// For a built-in category, `None` means its Fluent title.
    pub title: Option<Text>,
    pub description: Option<Text>,
    /// Whether its cookies are set only with the visitor's consent.
    pub consent: bool,
    /// The legal basis as written; `None`: the default for `consent` and the jurisdiction.
    pub legal_basis: Option<Text>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Party {
    #[default]
    First,
    Third,
}

#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    #[default]
    HttpCookie,
    LocalStorage,
    SessionStorage,
    Indexeddb,
    Pixel,
}

impl Kind {
    pub fn message_id(self) -> &'static str {
        match self {
            Kind::HttpCookie => "kind-http-cookie",
            Kind::LocalStorage => "kind-local-storage",
            Kind::SessionStorage => "kind-session-storage",
            Kind::Indexeddb => "kind-indexeddb",
            Kind::Pixel => "kind-pixel",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Cookie {
    /// One or more names shown in one row; `*` stands for any characters. Shared with the
    /// rows that show them, one per locale.
    pub names: std::sync::Arc<[String]>,
    pub provider: String,
    pub category: String,
    pub function: Option<Text>,
    pub purpose: Text,
    pub duration: Option<Duration>,
    pub party: Party,
    pub kind: Kind,
    /// The domain the cookie is set on, when it is not the site's own.
    pub domain: Option<String>,
    /// It stores the visitor's consent choice (`consent_record = true`): the banner's record.
    pub consent_record: bool,
    /// The cookie's `name` in the registry.
    pub span: Range<usize>,
    pub duration_span: Option<Range<usize>>,
}

impl Cookie {
    /// The names as one would read them in a sentence: `a`, `b`.
    pub fn display_names(&self) -> String {
        self.names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
