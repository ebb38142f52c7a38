//! The localize stage: a validated [`Registry`] and its messages become one [`Document`] per
//! locale, with every text resolved in that locale (a fallback marked with its language), its
//! Markdown rendered once to sanitized HTML and to safe Markdown, durations and kinds said,
//! category texts with their built-in defaults, and the columns of each table chosen.
//!
//! Everything a visitor reads is made from a document: the pages, the Markdown documents,
//! `cookies.json` and the banner's texts and tables, so they cannot disagree. Nothing after this
//! stage resolves a text or a fallback.

pub mod messages;

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use rayon::prelude::*;
// Thousands of lookups per locale of texts a hundred bytes long, none chosen by an attacker to
// collide (the registry is the site's own): a fast hash.
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

use crate::disclosure::{self, Disclosure, LegalBasis};
use crate::i18n::{Localizer, MessageError};
use crate::markdown;
use crate::registry::{Category, Cookie, Duration, Kind, Locale, Party, Registry, Text};
use messages::{Form, MESSAGES};

/// A text as every output needs it.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct Said {
    /// The text as written (Markdown, or plain for a plain message).
    pub text: String,
    /// Sanitized HTML: inline for headings and cells, paragraphs for bodies.
    pub html: String,
    /// Safe GitHub-flavoured Markdown: one line for headings and cells, paragraphs for bodies.
    pub md: String,
    /// The language the text is in when it is not the document's: a fallback.
    pub lang: Option<String>,
}

impl Said {
    fn new(text: &str, form: Form, lang: Option<&str>) -> Said {
        let (html, md) = Said::render(text, form);
        Said {
            text: text.to_owned(),
            html,
            md,
            lang: lang.map(str::to_owned),
        }
    }

    /// The text as HTML and as Markdown.
    fn render(text: &str, form: Form) -> (String, String) {
        match form {
            Form::Plain => (
                markdown::escape_html(text),
                markdown::escape_markdown_line(text),
            ),
            Form::Inline => (
                markdown::to_html(text, true),
                markdown::to_markdown(text, true),
            ),
            Form::Block => (
                markdown::to_html(text, false),
                markdown::to_markdown(text, false),
            ),
        }
    }

    fn plain(text: String) -> Said {
        let mut said = Said::new(&text, Form::Plain, None);
        said.text = text;
        said
    }

    /// The HTML without the paragraph around a one-paragraph text, for places that are
    /// themselves a paragraph.
    pub fn inline_html(&self) -> String {
        markdown::strip_single_paragraph(&self.html)
    }
}

/// The policy in one locale.
#[derive(Serialize, Debug)]
pub struct Document {
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub default_lang: String,
    pub site: SiteDoc,
    /// Every message the outputs show, by id, said in this locale.
    pub messages: BTreeMap<&'static str, Said>,
    /// The categories that have cookies, in page order. The templates get them from `render`,
    /// each with its table's rows written out.
    #[serde(skip_serializing)]
    pub categories: Vec<CategoryDoc>,
    /// The providers outside the EEA, each said with its country and safeguard.
    pub transfers: Vec<TransferDoc>,
    pub rights: RightsDoc,
}

/// A provider in a country outside the EEA (GDPR Art. 13(1)(f)).
#[derive(Serialize, Debug)]
pub struct TransferDoc {
    pub provider: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// adequacy, dpf, scc, bcr or consent; `None` when none is known (lint W009).
    pub safeguard: Option<&'static str>,
    /// "Provider (country): safeguard".
    pub text: Said,
}

/// What the "Your rights" section says besides its fixed messages.
#[derive(Serialize, Debug)]
pub struct RightsDoc {
    /// A category needs consent: withdrawing it (Art. 7(3)) is said, with the control.
    pub withdraw: bool,
    /// The control that changes the visitor's consent, when there is one.
    pub consent_control: Option<ConsentControl>,
    /// "The supervisory authority responsible for us is …".
    pub authority: Option<Said>,
}

/// Where a visitor changes their consent: the banner's preferences when the site is built with
/// one, else `[site] consent_settings`.
#[derive(Serialize, Debug)]
pub struct ConsentControl {
    /// Opens the banner's preferences (`data-cc="show-preferencesModal"`).
    pub banner: bool,
    /// `[site] consent_settings`; the Markdown links to it.
    pub url: Option<String>,
    pub label: Said,
}

#[derive(Serialize, Debug)]
pub struct SiteDoc {
    pub name: Said,
    /// The name without Markdown, for a `<title>`.
    pub name_plain: String,
    pub url: String,
    /// "28 November 2026".
    pub updated: Option<String>,
    /// "Last updated: 28 November 2026".
    pub updated_text: Option<Said>,
    pub updated_iso: Option<String>,
    pub controller: Option<ControllerDoc>,
    /// The data protection officer (GDPR Art. 13(1)(b)).
    pub dpo: Option<ControllerDoc>,
    /// `[site] jurisdiction`, or `EU` (wording true EU-wide).
    pub jurisdiction: String,
    pub public_body: bool,
}

#[derive(Serialize, Debug)]
pub struct ControllerDoc {
    pub name: Option<Said>,
    pub address: Option<Said>,
    pub email: Option<String>,
    /// "Email: …".
    pub email_text: Option<Said>,
    pub url: Option<String>,
    /// "Website: …".
    pub url_text: Option<Said>,
}

#[derive(Serialize, Debug)]
pub struct CategoryDoc {
    pub id: String,
    pub builtin: bool,
    pub title: Said,
    /// The title without Markdown, for labels.
    pub title_plain: String,
    pub description: Option<Said>,
    pub consent: bool,
    /// "These cookies are only stored with your consent", or that they need none.
    pub consent_text: Said,
    /// Its legal basis: the registry's, or the default for its consent and the jurisdiction.
    pub legal_basis: Said,
    /// The columns of its table, in order: only those that some row fills.
    pub columns: Vec<Column>,
    /// In the templates' context only for a project with templates of its own (see `render`).
    #[serde(skip_serializing)]
    pub rows: Vec<Row>,
}

/// A column of a cookie table.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnId {
    Provider,
    Function,
    Names,
    Purpose,
    Duration,
    Kind,
}

impl ColumnId {
    const ALL: [ColumnId; 6] = [
        ColumnId::Provider,
        ColumnId::Function,
        ColumnId::Names,
        ColumnId::Purpose,
        ColumnId::Duration,
        ColumnId::Kind,
    ];

    fn message_id(self) -> &'static str {
        match self {
            ColumnId::Provider => "column-provider",
            ColumnId::Function => "column-function",
            ColumnId::Names => "column-names",
            ColumnId::Purpose => "column-purpose",
            ColumnId::Duration => "column-duration",
            ColumnId::Kind => "column-kind",
        }
    }
}

#[derive(Serialize, Debug, Clone)]
pub struct Column {
    pub id: ColumnId,
    pub label: Said,
}

/// A row of a cookie table: one registry entry.
#[derive(Serialize, Debug)]
pub struct Row {
    /// The entry's place among the registry's cookies.
    pub index: usize,
    pub names: Arc<[String]>,
    /// Shared with the other rows of the provider; the texts likewise, with the other rows and
    /// locales that say the same.
    pub provider: Arc<ProviderDoc>,
    pub function: Option<Arc<Said>>,
    pub purpose: Arc<Said>,
    /// The duration in words.
    pub duration: Option<Arc<Said>>,
    pub party: Party,
    pub kind: Kind,
    pub kind_label: Arc<Said>,
    pub domain: Option<String>,
}

#[derive(Serialize, Debug, Clone)]
pub struct ProviderDoc {
    pub id: String,
    pub name: String,
    pub url: Option<String>,
    pub privacy_policy: Option<String>,
    pub country: Option<String>,
    /// The country in words, in the document's language (or marked as English).
    pub country_name: Option<Said>,
}

/// One document per locale of `locales` (all the site's when empty), in the site's order.
pub fn localize(
    registry: &Registry,
    l10n: &Localizer,
    locales: &[&Locale],
) -> Result<Vec<Document>, MessageError> {
    localize_with(registry, l10n, locales, false)
}

/// Like [`localize`], for a site built with a consent banner (`banner`): the page's
/// change-settings control opens the banner.
pub fn localize_with(
    registry: &Registry,
    l10n: &Localizer,
    locales: &[&Locale],
    banner: bool,
) -> Result<Vec<Document>, MessageError> {
    let default = &registry.default_locale().code;
    // Neither needs the other; the texts take longer.
    let (disclosure, rendered) = rayon::join(
        || Disclosure::of(registry),
        || Rendered::of(registry, locales, default),
    );
    locales
        .par_iter()
        .map(|locale| {
            Localize {
                registry,
                l10n,
                code: &locale.code,
                default,
                disclosure: &disclosure,
                banner,
                rendered: &rendered,
            }
            .document()
        })
        .collect()
}

/// The cookies' purposes and functions, each said once for all locales: a text shown as a
/// fallback in many locales, or written alike for many cookies, is the same Markdown every time;
/// rendering it, and copying it into thousands of rows per locale, was most of what making the
/// documents cost.
struct Rendered<'r>(HashMap<(&'r str, Option<&'r str>), Arc<Said>>);

impl<'r> Rendered<'r> {
    /// Every text a row of `locales` shows, with each language it is marked with.
    fn of(registry: &'r Registry, locales: &[&Locale], default: &'r str) -> Rendered<'r> {
        let mut shown: HashMap<&str, Vec<Option<&str>>> = HashMap::default();
        for cookie in &registry.cookies {
            for text in std::iter::once(&cookie.purpose).chain(&cookie.function) {
                for locale in locales {
                    let localized = text.localized(&locale.code, default);
                    let langs = shown.entry(localized.text).or_default();
                    if !langs.contains(&localized.fallback_lang) {
                        langs.push(localized.fallback_lang);
                    }
                }
            }
        }
        let shown: Vec<(&str, Vec<Option<&str>>)> = shown.into_iter().collect();
        let saids = shown
            .into_par_iter()
            .flat_map_iter(|(text, langs)| {
                let (html, md) = Said::render(text, Form::Inline);
                langs.into_iter().map(move |lang| {
                    let said = Said {
                        text: text.to_owned(),
                        html: html.clone(),
                        md: md.clone(),
                        lang: lang.map(str::to_owned),
                    };
                    ((text, lang), Arc::new(said))
                })
            })
            .collect();
        Rendered(saids)
    }
}

/// What making one locale's document needs.
struct Localize<'r> {
    registry: &'r Registry,
    l10n: &'r Localizer,
    code: &'r str,
    default: &'r str,
    disclosure: &'r Disclosure<'r>,
    banner: bool,
    rendered: &'r Rendered<'r>,
}

impl<'r> Localize<'r> {
    fn document(&self) -> Result<Document, MessageError> {
        let locale = self
            .registry
            .site
            .locales
            .iter()
            .find(|l| l.code == self.code)
            .expect("documents are made for the site's locales");
        let mut categories = Vec::new();
        for category in &self.registry.categories {
            let cookies: Vec<(usize, &Cookie)> = self
                .registry
                .cookies
                .iter()
                .enumerate()
                .filter(|(_, c)| c.category == category.id)
                .collect();
            if !cookies.is_empty() {
                categories.push(self.category(category, &cookies)?);
            }
        }
        Ok(Document {
            lang: self.code.to_owned(),
            dir: direction(locale),
            default_lang: self.default.to_owned(),
            site: self.site()?,
            messages: self.messages()?,
            categories,
            transfers: self.transfers()?,
            rights: self.rights()?,
        })
    }

    fn transfers(&self) -> Result<Vec<TransferDoc>, MessageError> {
        let mut transfers = Vec::new();
        for third in &self.disclosure.third_countries {
            let country = crate::i18n::country_name(self.code, third.country)
                .map_or(third.country, |(name, _)| name);
            let safeguard = match third.safeguard {
                Some(transfer) => self.message(transfer.message_id())?,
                None => String::new(),
            };
            let provider = markdown::escape_markdown(&third.provider.name);
            let country_md = markdown::escape_markdown(country);
            let text = if safeguard.is_empty() {
                // Said without a safeguard rather than with an invented one; W009 asks for it.
                Said::new(&format!("{provider} ({country_md})"), Form::Inline, None)
            } else {
                self.said(
                    "transfer-item",
                    &[
                        ("provider", &provider),
                        ("country", &country_md),
                        ("safeguard", &safeguard),
                    ],
                )?
            };
            transfers.push(TransferDoc {
                provider: third.provider.id.clone(),
                country: third.country.to_owned(),
                safeguard: third.safeguard.map(|t| t.as_str()),
                text,
            });
        }
        Ok(transfers)
    }

    fn rights(&self) -> Result<RightsDoc, MessageError> {
        let site = &self.registry.site;
        let consent_control = if self.banner || site.consent_settings.is_some() {
            Some(ConsentControl {
                banner: self.banner,
                url: site.consent_settings.clone(),
                label: self.said("consent-settings-link", &[])?,
            })
        } else {
            None
        };
        let authority = match &site.supervisory_authority {
            Some(authority) => {
                let name = authority.name.localized_name(self.code, self.default).text;
                // The name becomes a link's text: its own Markdown (a link in it) would break
                // the link, so it is said as plain text.
                let name = markdown::escape_markdown(&markdown::to_plain(name));
                let named = match &authority.url {
                    Some(url) => format!("[{name}](<{url}>)"),
                    None => name,
                };
                Some(self.said("rights-authority", &[("authority", &named)])?)
            }
            None => None,
        };
        Ok(RightsDoc {
            withdraw: self.disclosure.consent_needed,
            consent_control,
            authority,
        })
    }

    fn message(&self, id: &str) -> Result<String, MessageError> {
        self.l10n.message(self.code, id)
    }

    fn message_with(
        &self,
        id: &str,
        args: &[(&'static str, &str)],
    ) -> Result<String, MessageError> {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_string());
        }
        self.l10n.format(self.code, id, Some(&fluent))
    }

    /// A message said in its own form.
    fn said(&self, id: &str, args: &[(&'static str, &str)]) -> Result<Said, MessageError> {
        let form = messages::find(id).map_or(Form::Plain, |m| m.form);
        let text = if args.is_empty() {
            self.message(id)?
        } else {
            self.message_with(id, args)?
        };
        let text = match form {
            Form::Plain => text,
            Form::Inline | Form::Block => isolate_autolinks(&text),
        };
        Ok(Said::new(
            &text,
            form,
            self.l10n.fallback_lang(self.code, id),
        ))
    }

    /// Every message shown on its own, said once.
    fn messages(&self) -> Result<BTreeMap<&'static str, Said>, MessageError> {
        let mut said = BTreeMap::new();
        for message in MESSAGES.iter().filter(|m| !m.internal) {
            let text = match message.id {
                "cookies-used-heading" => {
                    self.said(message.id, &[("url", &self.registry.site.url)])?
                }
                "introduction" => {
                    self.said(message.id, &[("purposes", self.disclosure.purposes)])?
                }
                "cookie-kind-statistics" => self.said(
                    message.id,
                    &[("jurisdiction", self.disclosure.jurisdiction)],
                )?,
                // Said with their values where they apply (the controller, the date).
                _ if !message.variables.is_empty() => continue,
                _ => self.said(message.id, &[])?,
            };
            said.insert(message.id, text);
        }
        Ok(said)
    }

    /// A registry text in this locale, its fallback marked.
    fn text(&self, text: &Text, form: Form) -> Said {
        let localized = text.localized(self.code, self.default);
        Said::new(localized.text, form, localized.fallback_lang)
    }

    /// A cookie's purpose or function in this locale, shared with the other locales that show
    /// the same.
    fn row_text(&self, text: &Text) -> Arc<Said> {
        let localized = text.localized(self.code, self.default);
        let key = (localized.text, localized.fallback_lang);
        match self.rendered.0.get(&key) {
            Some(said) => Arc::clone(said),
            None => Arc::new(self.text(text, Form::Inline)),
        }
    }

    /// A name (of the site, of the controller): written as a plain string, it is the same in
    /// every language and not a fallback.
    fn name(&self, text: &Text) -> Said {
        let localized = text.localized_name(self.code, self.default);
        Said::new(localized.text, Form::Inline, localized.fallback_lang)
    }

    fn site(&self) -> Result<SiteDoc, MessageError> {
        let site = &self.registry.site;
        let name = self.name(&site.name);
        let updated = site
            .updated
            .map(|d| self.l10n.date(self.code, d))
            .transpose()?;
        let updated_text = updated
            .as_deref()
            .map(|date| self.said("last-updated", &[("date", date)]))
            .transpose()?;
        Ok(SiteDoc {
            name_plain: markdown::to_plain(&name.text),
            name,
            url: site.url.clone(),
            updated,
            updated_text,
            updated_iso: site.updated.map(|d| d.to_string()),
            controller: site
                .controller
                .as_ref()
                .map(|c| self.controller(c))
                .transpose()?,
            dpo: site.dpo.as_ref().map(|c| self.controller(c)).transpose()?,
            jurisdiction: self.disclosure.jurisdiction.to_owned(),
            public_body: site.public_body,
        })
    }

    fn controller(&self, c: &crate::registry::Controller) -> Result<ControllerDoc, MessageError> {
        Ok(ControllerDoc {
            name: c.name.as_ref().map(|t| self.name(t)),
            address: c.address.as_ref().map(|t| self.text(t, Form::Inline)),
            email_text: c
                .email
                .as_deref()
                .map(|email| self.said("controller-email", &[("email", email)]))
                .transpose()?,
            email: c.email.clone(),
            url_text: c
                .url
                .as_deref()
                .map(|url| self.said("controller-website", &[("url", url)]))
                .transpose()?,
            url: c.url.clone(),
        })
    }

    /// A category's title or description: the registry's, else the built-in message; an empty
    /// text removes what the category would say by default.
    fn category_text(
        &self,
        category: &Category,
        text: Option<&Text>,
        description: bool,
        form: Form,
    ) -> Result<Option<Said>, MessageError> {
        match text {
            Some(text)
                if text
                    .localized(self.code, self.default)
                    .text
                    .trim()
                    .is_empty() =>
            {
                Ok(None)
            }
            Some(text) => Ok(Some(self.text(text, form))),
            None => match messages::category_messages(&category.id) {
                Some((title, text)) if category.builtin => {
                    let id = if description { text } else { title };
                    let lang = self.l10n.fallback_lang(self.code, id);
                    Ok(Some(Said::new(&self.message(id)?, form, lang)))
                }
                _ => Ok(None),
            },
        }
    }

    fn category(
        &self,
        category: &Category,
        cookies: &[(usize, &Cookie)],
    ) -> Result<CategoryDoc, MessageError> {
        let title = self
            .category_text(category, category.title.as_ref(), false, Form::Inline)?
            .unwrap_or_default();
        let rows = self.rows(cookies)?;
        let columns = ColumnId::ALL
            .into_iter()
            .filter(|column| match column {
                ColumnId::Function => rows.iter().any(|r| {
                    r.function
                        .as_ref()
                        .is_some_and(|f| !f.text.trim().is_empty())
                }),
                ColumnId::Duration => rows.iter().any(|r| r.duration.is_some()),
                ColumnId::Kind => rows.iter().any(|r| r.kind != Kind::HttpCookie),
                _ => true,
            })
            .map(|id| {
                Ok(Column {
                    id,
                    label: self.said(id.message_id(), &[])?,
                })
            })
            .collect::<Result<_, MessageError>>()?;
        Ok(CategoryDoc {
            id: category.id.clone(),
            builtin: category.builtin,
            title_plain: markdown::to_plain(&title.text),
            title,
            description: self.category_text(
                category,
                category.description.as_ref(),
                true,
                Form::Block,
            )?,
            consent: category.consent,
            legal_basis: self.legal_basis(category)?,
            consent_text: self.said(
                if category.consent {
                    "consent-required"
                } else {
                    "consent-not-required"
                },
                &[],
            )?,
            columns,
            rows,
        })
    }

    fn legal_basis(&self, category: &Category) -> Result<Said, MessageError> {
        let jurisdiction = ("jurisdiction", self.disclosure.jurisdiction);
        match disclosure::legal_basis(category) {
            LegalBasis::Written(text) => Ok(self.text(text, Form::Inline)),
            LegalBasis::Consent => self.said("legal-basis-consent", &[jurisdiction]),
            LegalBasis::Necessary => self.said(
                "legal-basis-necessary",
                &[jurisdiction, ("public", self.disclosure.public)],
            ),
        }
    }

    fn rows(&self, cookies: &[(usize, &Cookie)]) -> Result<Vec<Row>, MessageError> {
        // Thousands of rows share a handful of durations, kinds and providers: each is said once.
        let mut durations: HashMap<&Duration, Arc<Said>> = HashMap::default();
        let mut kinds: HashMap<Kind, Arc<Said>> = HashMap::default();
        let mut providers: HashMap<&str, Arc<ProviderDoc>> = HashMap::default();
        let mut rows = Vec::with_capacity(cookies.len());
        for &(index, cookie) in cookies {
            let duration = match &cookie.duration {
                Some(d) => Some(match durations.get(d) {
                    Some(said) => Arc::clone(said),
                    None => {
                        let said = Arc::new(Said::plain(self.l10n.duration(self.code, d)?));
                        durations.insert(d, Arc::clone(&said));
                        said
                    }
                }),
                None => None,
            };
            let kind_label = match kinds.get(&cookie.kind) {
                Some(label) => Arc::clone(label),
                None => {
                    let label = Arc::new(self.said(cookie.kind.message_id(), &[])?);
                    kinds.insert(cookie.kind, Arc::clone(&label));
                    label
                }
            };
            let provider = providers
                .entry(&cookie.provider)
                .or_insert_with(|| {
                    Arc::new(provider_doc(self.registry, &cookie.provider, self.code))
                })
                .clone();
            rows.push(Row {
                index,
                names: Arc::clone(&cookie.names),
                provider,
                function: cookie.function.as_ref().map(|t| self.row_text(t)),
                purpose: self.row_text(&cookie.purpose),
                duration,
                party: cookie.party,
                kind: cookie.kind,
                kind_label,
                domain: cookie.domain.clone(),
            });
        }
        Ok(rows)
    }
}

fn provider_doc(registry: &Registry, id: &str, locale: &str) -> ProviderDoc {
    let provider = registry
        .provider(id)
        .expect("validated: every cookie's provider exists");
    let country_name =
        provider
            .country
            .as_deref()
            .map(|code| match crate::i18n::country_name(locale, code) {
                Some((name, lang)) => Said::new(name, Form::Plain, lang),
                None => Said::plain(code.to_owned()),
            });
    ProviderDoc {
        id: provider.id.clone(),
        name: provider.name.clone(),
        url: provider.url.clone(),
        privacy_policy: provider.privacy_policy.clone(),
        country: provider.country.clone(),
        country_name,
    }
}

/// Fluent isolates each placeable of a right-to-left message with U+2068 … U+2069; inside an
/// autolink (`<{ $url }>`) the marks would end the link before it starts. They go around it
/// instead, so the address is still isolated from the text around it.
fn isolate_autolinks(text: &str) -> String {
    text.replace("<\u{2068}", "\u{2068}<")
        .replace("\u{2069}>", ">\u{2069}")
}

/// `ltr` or `rtl`: the direction of the locale's script.
pub fn direction(locale: &Locale) -> &'static str {
    match locale.id.character_direction() {
        unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolation_marks_go_around_an_autolink() {
        let said = isolate_autolinks("ما هي ملفات <\u{2068}https://example.org\u{2069}>؟");
        assert_eq!(said, "ما هي ملفات \u{2068}<https://example.org>\u{2069}؟");
        let html = Said::new(&said, Form::Inline, None).html;
        assert!(
            html.contains("\u{2068}<a href=\"https://example.org\" rel=\"noopener noreferrer\">https://example.org</a>\u{2069}"),
            "{html}"
        );
    }
}
