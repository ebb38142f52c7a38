//! The consent banner made from the same documents as the pages: an ES module exporting the
//! configuration of orestbida's vanilla-cookieconsent v3 (`dist/cookieconsent-config.mjs`).
//!
//! It is a module and not JSON because the library clears refused cookies only by the names in a
//! category's `autoClear`, and a registry name with `*` needs a regular expression there. What the
//! library cannot clear itself (local and session storage, IndexedDB) the module's own
//! `onConsent` / `onChange` callback deletes. The consent record (`cookie`) is the registry's
//! cookie with `consent_record = true`, and `revision` is a hash of what needs consent, so that a
//! visitor is asked again exactly when that changes.
//!
//! The library inserts most strings as HTML (`innerHTML`) but some as text: a category's title
//! becomes the label of its switch (`textContent`), a column's label becomes each cell's
//! `data-column` attribute, `closeIconLabel` an `aria-label`. Plain texts are therefore written
//! with only the escapes HTML needs (`<` before a letter, `&` before a name), so that the same
//! string reads the same both ways, and the module's `onModalReady` copies the parsed text into
//! the labels the library sets as text, so that no entity is ever shown or read aloud.

use std::fmt::Write as _;

use crate::diagnostic::{Code, Diagnostic, SourceId};
use crate::document::{CategoryDoc, ColumnId, Document, Row, Said};
use crate::markdown;
use crate::registry::{Cookie, Duration, Kind, Party, Registry};

pub const COOKIECONSENT_MODULE: &str = "cookieconsent-config.mjs";

/// The library's own record when none is declared, which the policy would then not mention.
const LIBRARY_RECORD: &str = "cc_cookie";

/// Whether any category that needs consent has cookies: otherwise a banner would ask nothing.
pub fn needs_consent(registry: &Registry) -> bool {
    registry
        .cookies
        .iter()
        .any(|c| category_needs_consent(registry, &c.category))
}

fn category_needs_consent(registry: &Registry, id: &str) -> bool {
    registry
        .categories
        .iter()
        .any(|category| category.id == id && category.consent)
}

/// What makes a cookie unfit to be the banner's consent record, if anything.
fn unfit_record(registry: &Registry, cookie: &Cookie) -> Option<(String, String)> {
    let problem = |message: &str, help: &str| Some((message.to_owned(), help.to_owned()));
    if cookie.names.len() != 1 || cookie.names[0].contains('*') {
        return problem(
            "the consent record must have one exact name",
            "give the entry a single name without `*`, as the banner stores it",
        );
    }
    if !matches!(cookie.kind, Kind::HttpCookie | Kind::LocalStorage) {
        return problem(
            "the banner can keep its consent record only in a cookie or in local storage",
            "set kind = \"http-cookie\" (the default) or kind = \"local-storage\"",
        );
    }
    if cookie.party == Party::Third {
        return problem(
            "the consent record is stored by the site itself, not by a third party",
            "remove party = \"third\" from this entry",
        );
    }
    if category_needs_consent(registry, &cookie.category) {
        return problem(
            "the consent record is stored when a visitor refuses too, so its category must not need consent",
            "put it in the category `necessary`",
        );
    }
    if record_days(cookie).is_none() {
        return problem(
            "the banner keeps its consent record for a number of days, and this entry has no period",
            "give it a duration such as duration = \"6 months\" (the CNIL's recommendation)",
        );
    }
    None
}

/// The whole days the banner keeps the record: the declared period, rounded down so that the
/// browser never keeps it longer than the policy says.
fn record_days(cookie: &Cookie) -> Option<u64> {
    match &cookie.duration {
        Some(duration @ Duration::Period { .. }) => duration
            .approx_days()
            .filter(|d| d.is_finite())
            .map(|d| (d.floor() as u64).max(1)),
        _ => None,
    }
}

/// The registry's consent record, when one is declared and fit for the banner.
fn consent_record(registry: &Registry) -> Option<&Cookie> {
    registry
        .cookies
        .iter()
        .find(|c| c.consent_record)
        .filter(|c| unfit_record(registry, c).is_none())
}

/// What `check --banner cookieconsent` and `build --banner cookieconsent` warn about: a site with
/// nothing to consent to (W013), no consent record declared (W012), a record the banner cannot
/// keep as declared (W014).
pub fn lint(registry: &Registry, source: SourceId) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    if !needs_consent(registry) {
        warnings.push(
            Diagnostic::warning(
                Code::NothingToConsent,
                "no cookie needs consent, so no consent banner is written",
            )
            .at(source, registry.site.span.clone())
            .help("a banner would ask nothing; the policy page says that no cookie needs consent"),
        );
        return warnings;
    }
    let records: Vec<&Cookie> = registry
        .cookies
        .iter()
        .filter(|c| c.consent_record)
        .collect();
    match records.first() {
        None => warnings.push(
            Diagnostic::warning(
                Code::NoConsentRecord,
                format!(
                    "no cookie is marked as the consent record, so the banner stores the visitor's choice in `{LIBRARY_RECORD}`, which the policy does not declare"
                ),
            )
            .at(source, registry.site.span.clone())
            .help("declare the cookie that keeps the choice, with consent_record = true, such as: name = \"cookie_consent\", category = \"necessary\", duration = \"6 months\", consent_record = true"),
        ),
        Some(first) => {
            if let Some((message, help)) = unfit_record(registry, first) {
                warnings.push(
                    Diagnostic::warning(Code::BadConsentRecord, message)
                        .at(source, first.span.clone())
                        .help(help),
                );
            }
        }
    }
    for extra in records.iter().skip(1) {
        warnings.push(
            Diagnostic::warning(
                Code::BadConsentRecord,
                "only one cookie can be the consent record; the first one is used",
            )
            .at(source, extra.span.clone())
            .help("remove consent_record = true from all but one entry"),
        );
    }
    warnings
}

/// A number that changes exactly when the set of cookies or categories that need consent
/// changes: FNV-1a over their sorted descriptions, as a positive 31-bit number (the library
/// takes any number of at least 0; 0 would turn revisions off).
pub fn revision(registry: &Registry) -> u32 {
    let mut entries: Vec<String> = Vec::new();
    for category in registry.categories.iter().filter(|c| c.consent) {
        let mut any = false;
        for cookie in registry
            .cookies
            .iter()
            .filter(|c| c.category == category.id)
        {
            any = true;
            for name in cookie.names.iter() {
                entries.push(format!(
                    "{}\u{0}{}\u{0}{}\u{0}{}",
                    category.id,
                    cookie.kind.message_id(),
                    cookie.domain.as_deref().unwrap_or_default(),
                    name
                ));
            }
        }
        if any {
            entries.push(category.id.clone());
        }
    }
    entries.sort();
    entries.dedup();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in entries.join("\u{1}").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    ((hash ^ (hash >> 31)) % 0x7fff_fffe) as u32 + 1
}

/// A small JavaScript value, written in a fixed layout.
enum Js {
    Str(String),
    Num(u64),
    Bool(bool),
    /// A regular expression literal, already escaped.
    Regex(String),
    /// An expression of the module's own (a function it defines).
    Code(String),
    Array(Vec<Js>),
    Object(Vec<(String, Js)>),
}

fn str(text: impl Into<String>) -> Js {
    Js::Str(text.into())
}

fn obj(entries: Vec<(&str, Js)>) -> Js {
    Js::Object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

impl Js {
    fn write(&self, out: &mut String, indent: usize) {
        let pad = |n: usize| "  ".repeat(n);
        match self {
            Js::Str(text) => out.push_str(&js_string(text)),
            Js::Num(n) => out.push_str(&n.to_string()),
            Js::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Js::Regex(literal) | Js::Code(literal) => out.push_str(literal),
            Js::Array(items) if items.is_empty() => out.push_str("[]"),
            Js::Object(entries) if entries.is_empty() => out.push_str("{}"),
            Js::Array(items) => {
                out.push_str("[\n");
                for item in items {
                    out.push_str(&pad(indent + 1));
                    item.write(out, indent + 1);
                    out.push_str(",\n");
                }
                out.push_str(&pad(indent));
                out.push(']');
            }
            Js::Object(entries) => {
                out.push_str("{\n");
                for (key, value) in entries {
                    let _ = write!(out, "{}{}: ", pad(indent + 1), js_string(key));
                    value.write(out, indent + 1);
                    out.push_str(",\n");
                }
                out.push_str(&pad(indent));
                out.push('}');
            }
        }
    }
}

/// A JavaScript string literal that is also safe inside an HTML `<script>`.
fn js_string(text: &str) -> String {
    serde_json::to_string(text)
        .expect("strings serialize")
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// A regular expression literal matching exactly the registry name `pattern`, where `*` stands
/// for any run of characters.
pub fn regex_literal(pattern: &str) -> String {
    let mut out = String::from("/^");
    for c in pattern.chars() {
        match c {
            '*' => out.push_str(".*"),
            '\\' | '^' | '$' | '.' | '|' | '?' | '+' | '(' | ')' | '[' | ']' | '{' | '}' | '/' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '=' | ':' | '@' | ',') => {
                out.push(c)
            }
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push_str("$/");
    out
}

/// Text as HTML with only the escapes HTML needs: `<` where it would open a tag, `&` where it
/// would start a character reference. Usual text ("Ads & partners' offers") is unchanged, so the
/// library shows the same whether it inserts the string as HTML or as text.
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match c {
            '<' if next
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                out.push_str("&lt;")
            }
            '&' if next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#') => {
                out.push_str("&amp;")
            }
            c => out.push(c),
        }
    }
    out
}

/// The domain the library must name to clear a cookie entry: `None` for the site's own host. A
/// cookie declared on another site's domain is out of reach of a page's script, but its tool may
/// set one of the same name on the site's own host, which the name alone clears.
fn clear_domain<'c>(registry: &Registry, cookie: &'c Cookie) -> Option<&'c str> {
    let domain = cookie.domain.as_deref()?.trim_start_matches('.');
    let host = url::Url::parse(&registry.site.url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))?;
    (host != domain && host.ends_with(&format!(".{domain}"))).then_some(domain)
}

/// A category's settings: necessary ones on and fixed; the others off, with the names the
/// library must clear when they are refused.
fn category_settings(registry: &Registry, category: &CategoryDoc) -> Js {
    if !category.consent {
        return obj(vec![
            ("enabled", Js::Bool(true)),
            ("readOnly", Js::Bool(true)),
        ]);
    }
    let mut cookies = Vec::new();
    for cookie in registry
        .cookies
        .iter()
        .filter(|c| c.category == category.id)
    {
        if cookie.kind != Kind::HttpCookie {
            continue;
        }
        let domain = clear_domain(registry, cookie);
        for name in cookie.names.iter() {
            let name = if name.contains('*') {
                Js::Regex(regex_literal(name))
            } else {
                str(name.clone())
            };
            let mut item = vec![("name", name)];
            if let Some(domain) = domain {
                item.push(("domain", str(domain)));
            }
            cookies.push(obj(item));
        }
    }
    let mut settings = vec![("enabled", Js::Bool(false)), ("readOnly", Js::Bool(false))];
    if !cookies.is_empty() {
        settings.push(("autoClear", obj(vec![("cookies", Js::Array(cookies))])));
    }
    obj(settings)
}

/// Per category that needs consent, the first-party storage names the module's callback clears
/// when it is refused.
fn storage_to_clear(registry: &Registry) -> Js {
    let mut categories = Vec::new();
    for category in registry.categories.iter().filter(|c| c.consent) {
        let mut stores: Vec<(&str, Js)> = Vec::new();
        for (kind, store) in [
            (Kind::LocalStorage, "localStorage"),
            (Kind::SessionStorage, "sessionStorage"),
            (Kind::Indexeddb, "indexedDB"),
        ] {
            let names: Vec<Js> = registry
                .cookies
                .iter()
                .filter(|c| c.category == category.id && c.kind == kind && c.domain.is_none())
                .filter(|c| c.party == Party::First)
                .flat_map(|c| c.names.iter())
                .map(|name| Js::Regex(regex_literal(name)))
                .collect();
            if !names.is_empty() {
                stores.push((store, Js::Array(names)));
            }
        }
        if !stores.is_empty() {
            categories.push((category.id.clone(), obj(stores)));
        }
    }
    Js::Object(categories)
}

/// A cookie table's cell as the banner shows it: the page's cell, as sanitized HTML.
/// The words a cell puts between its parts, in the document's language.
struct CellWords<'a> {
    third_party: &'a Said,
    /// ", ", or "، " in Arabic.
    separator: &'a Said,
}

fn cell(column: ColumnId, row: &Row, words: &CellWords<'_>) -> String {
    match column {
        ColumnId::Provider => {
            let mut cell = markdown::escape_html(&row.provider.name);
            if row.party == Party::Third {
                cell.push_str(&format!(" ({}", words.third_party.html));
                if let Some(country) = &row.provider.country_name {
                    cell.push_str(&format!("{}{}", words.separator.text, country.html));
                }
                cell.push(')');
            }
            cell
        }
        ColumnId::Function => row
            .function
            .as_ref()
            .map(|f| f.html.clone())
            .unwrap_or_default(),
        ColumnId::Names => markdown::escape_html(&row.names.join(&words.separator.text)),
        ColumnId::Purpose => row.purpose.html.clone(),
        ColumnId::Duration => row
            .duration
            .as_ref()
            .map(|d| d.html.clone())
            .unwrap_or_default(),
        ColumnId::Kind => row.kind_label.html.clone(),
    }
}

fn column_key(column: ColumnId) -> &'static str {
    match column {
        ColumnId::Provider => "provider",
        ColumnId::Function => "function",
        ColumnId::Names => "name",
        ColumnId::Purpose => "purpose",
        ColumnId::Duration => "duration",
        ColumnId::Kind => "kind",
    }
}

/// The preferences section of one category: its texts and the page's table, with its columns.
fn section(category: &CategoryDoc, words: &CellWords<'_>) -> Js {
    let headers = category
        .columns
        .iter()
        .map(|c| (column_key(c.id).to_owned(), str(html_text(&c.label.text))))
        .collect();
    let body = category
        .rows
        .iter()
        .map(|row| {
            Js::Object(
                category
                    .columns
                    .iter()
                    .map(|c| (column_key(c.id).to_owned(), str(cell(c.id, row, words))))
                    .collect(),
            )
        })
        .collect();
    let title = html_text(&category.title_plain);
    // The library puts the description in a paragraph of its own.
    let description = match &category.description {
        Some(d) => format!(
            "{} {}",
            d.inline_html(),
            category.consent_text.inline_html()
        ),
        None => category.consent_text.inline_html(),
    };
    obj(vec![
        ("title", str(title.clone())),
        ("description", str(description)),
        ("linkedCategory", str(category.id.clone())),
        (
            "cookieTable",
            obj(vec![
                ("caption", str(title)),
                ("headers", Js::Object(headers)),
                ("body", Js::Array(body)),
            ]),
        ),
    ])
}

/// The banner's texts in one language, with a link to that language's policy page.
fn translation(document: &Document) -> Js {
    let m = |id: &str| &document.messages[id];
    let plain = |id: &str| str(html_text(&m(id).text));
    let link = Js::Code(format!(
        "policyLink({}, {})",
        js_string(&document.lang),
        js_string(&html_text(&m("page-title").text))
    ));
    let mut sections = vec![obj(vec![
        ("title", plain("page-title")),
        (
            "description",
            Js::Code(format!(
                "{} + \" \" + policyLink({}, {})",
                js_string(&m("introduction").inline_html()),
                js_string(&document.lang),
                js_string(&html_text(&m("page-title").text))
            )),
        ),
    ])];
    let words = CellWords {
        third_party: m("party-third"),
        separator: m("list-separator"),
    };
    sections.extend(document.categories.iter().map(|c| section(c, &words)));
    obj(vec![
        (
            "consentModal",
            obj(vec![
                ("title", plain("banner-title")),
                ("description", str(m("banner-description").inline_html())),
                ("acceptAllBtn", plain("banner-accept-all")),
                ("acceptNecessaryBtn", plain("banner-accept-necessary")),
                ("showPreferencesBtn", plain("banner-show-preferences")),
                ("footer", link),
            ]),
        ),
        (
            "preferencesModal",
            obj(vec![
                ("title", plain("preferences-title")),
                ("acceptAllBtn", plain("banner-accept-all")),
                ("acceptNecessaryBtn", plain("banner-accept-necessary")),
                ("savePreferencesBtn", plain("preferences-save")),
                // An attribute: the text as it is.
                ("closeIconLabel", str(m("preferences-close").text.clone())),
                ("sections", Js::Array(sections)),
            ]),
        ),
    ])
}

/// The consent record as the library takes it.
fn record_options(cookie: &Cookie) -> Js {
    let mut options = vec![("name", str(cookie.names[0].clone()))];
    if let Some(days) = record_days(cookie) {
        options.push(("expiresAfterDays", Js::Num(days)));
    }
    if let Some(domain) = &cookie.domain {
        options.push(("domain", str(domain.trim_start_matches('.'))));
    }
    if cookie.kind == Kind::LocalStorage {
        options.push(("useLocalStorage", Js::Bool(true)));
    }
    obj(options)
}

/// The module's functions: the link to a policy page beside the module, the clearing of refused
/// storage, and the labels the library sets as text made from the parsed HTML.
const RUNTIME: &str = r#"
/** A link to the policy page of `lang`, which cookiedoc wrote beside this module. */
function policyLink(lang, text) {
  const href = new URL(`${lang}/`, import.meta.url).href;
  return `<a href="${href.replace(/"/g, "%22")}">${text}</a>`;
}

/** Deletes the storage of every refused category: the library clears only cookies. */
function clearRefusedStorage({ cookie }) {
  for (const [category, stores] of Object.entries(storage)) {
    if (cookie.categories.includes(category)) continue;
    for (const [name, patterns] of Object.entries(stores)) {
      try {
        if (name === "indexedDB") {
          indexedDB.databases?.().then((found) => {
            for (const db of found) {
              if (patterns.some((p) => p.test(db.name))) indexedDB.deleteDatabase(db.name);
            }
          });
          continue;
        }
        const store = globalThis[name];
        for (const key of Object.keys(store)) {
          if (patterns.some((p) => p.test(key))) store.removeItem(key);
        }
      } catch (error) {
        // Storage the browser blocks holds nothing to delete.
      }
    }
  }
}

/** The library sets a switch's label and each cell's `data-column` as text: they get the text
 * of the parsed title and column heading, and the headings ids without spaces. */
function fixTextLabels({ modalName, modal }) {
  if (modalName !== "preferencesModal") return;
  modal.querySelectorAll(".pm__section--toggle, .pm__section").forEach((section, s) => {
    const title = section.querySelector(".pm__section-title");
    const label = section.querySelector(".toggle__label");
    if (title && label) label.textContent = title.textContent;
    const headings = [...section.querySelectorAll("th")];
    headings.forEach((th, c) => { th.id = `cc__col-${s}-${c}`; });
    section.querySelectorAll("tr").forEach((tr) => {
      tr.querySelectorAll("td").forEach((td, c) => {
        const th = headings[c];
        if (!th) return;
        td.setAttribute("data-column", th.textContent);
        td.setAttribute("headers", th.id);
      });
    });
  });
}
"#;

/// The ES module for vanilla-cookieconsent v3, or `None` when no cookie needs consent (a banner
/// would ask nothing). `documents` are the site's locales in order, the default first.
pub fn cookieconsent(registry: &Registry, documents: &[Document]) -> Option<Vec<u8>> {
    let first = documents.first()?;
    if !needs_consent(registry) {
        return None;
    }
    let categories = first
        .categories
        .iter()
        .map(|c| (c.id.clone(), category_settings(registry, c)))
        .collect();
    let rtl: Vec<Js> = documents
        .iter()
        .filter(|d| d.dir == "rtl")
        .map(|d| str(d.lang.clone()))
        .collect();
    let mut language = vec![
        ("default", str(registry.default_locale().code.clone())),
        ("autoDetect", str("document")),
    ];
    if !rtl.is_empty() {
        language.push(("rtl", Js::Array(rtl)));
    }
    language.push((
        "translations",
        Js::Object(
            documents
                .iter()
                .map(|d| (d.lang.clone(), translation(d)))
                .collect(),
        ),
    ));
    let mut config = vec![("revision", Js::Num(u64::from(revision(registry))))];
    if let Some(record) = consent_record(registry) {
        config.push(("cookie", record_options(record)));
    }
    config.extend([
        ("categories", Js::Object(categories)),
        ("onConsent", Js::Code("clearRefusedStorage".into())),
        ("onChange", Js::Code("clearRefusedStorage".into())),
        ("onModalReady", Js::Code("fixTextLabels".into())),
        ("language", obj(language)),
    ]);

    let mut out = format!(
        "// The consent banner of this site's cookie policy, made by cookiedoc {} from the same\n\
         // registry as the policy pages: a configuration for vanilla-cookieconsent 3.\n\
         //\n\
         //   import * as CookieConsent from \"vanilla-cookieconsent\";\n\
         //   import config from \"./cookieconsent-config.mjs\";\n\
         //   CookieConsent.run(config);\n\
         //\n\
         // Written anew by each build; change cookies.toml instead.\n",
        env!("CARGO_PKG_VERSION")
    );
    out.push_str(RUNTIME);
    out.push_str("\n/** First-party storage of the categories that need consent, cleared when refused. */\nconst storage = ");
    storage_to_clear(registry).write(&mut out, 0);
    out.push_str(";\n\nconst config = ");
    obj(config).write(&mut out, 0);
    out.push_str(";\n\nexport default config;\n");
    Some(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_anchored_regular_expressions() {
        assert_eq!(regex_literal("_pk_id.*"), r"/^_pk_id\..*$/");
        assert_eq!(regex_literal("_adnet_*"), "/^_adnet_.*$/");
        assert_eq!(regex_literal("a/b(c)$"), r"/^a\/b\(c\)\$$/");
        assert_eq!(regex_literal("x\ny"), r"/^x\u000ay$/");
        assert_eq!(regex_literal("é😀"), r"/^\u00e9\ud83d\ude00$/");
    }

    #[test]
    fn plain_text_keeps_its_characters_where_html_allows() {
        assert_eq!(
            html_text("Ads & partners' offers"),
            "Ads & partners' offers"
        );
        assert_eq!(html_text("a < b > c"), "a < b > c");
        assert_eq!(html_text("<img src=x>"), "&lt;img src=x>");
        assert_eq!(html_text("&amp; &#39;"), "&amp;amp; &amp;#39;");
    }

    #[test]
    fn strings_are_safe_in_a_script_element() {
        assert_eq!(js_string("</script>"), r#""\u003c/script>""#);
        assert_eq!(js_string("a\u{2028}b"), r#""a\u2028b""#);
    }
}
