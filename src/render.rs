//! Tera: the built-in templates and the user's, the context each page is rendered with, the
//! `t` function and the text filters. Rendering is pure: a validated registry and its messages in,
//! the files of the site in memory out.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use include_dir::{Dir, include_dir};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostic::{Code, Diagnostic, SourceId, Sources};
use crate::i18n::{Localizer, MessageError};
use crate::markdown;
use crate::registry::{Category, Cookie, Duration, Kind, Locale, Localized, Party, Registry, Text};

static BUILTIN_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// Built-in templates stay reachable under this prefix, so that a user's `policy.html` can
/// `{% extends "builtin/policy.html" %}` and change only some blocks.
pub const BUILTIN_PREFIX: &str = "builtin/";

pub const STYLESHEET: &str = "cookiedoc.css";
pub const MARKDOWN_FILE: &str = "cookie-policy.md";

/// The files of a rendered site, by path relative to the output folder, in sorted order.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;

/// The pages of one locale, by path.
type Pages = Vec<(String, Vec<u8>)>;

/// A template file: built-in, or the user's (registered in [`Sources`] for diagnostics).
#[derive(Clone, Debug)]
pub struct TemplateFile {
    pub name: String,
    pub text: Arc<str>,
    pub source: SourceId,
}

/// The built-in templates, as (name relative to `templates/`, text), sorted.
pub fn builtin_templates() -> Vec<(String, &'static str)> {
    fn walk(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static str)>) {
        for file in dir.files() {
            let name = file
                .path()
                .to_str()
                .expect("built-in paths are UTF-8")
                .to_owned();
            out.push((
                name,
                file.contents_utf8().expect("built-in templates are UTF-8"),
            ));
        }
        for sub in dir.dirs() {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    walk(&BUILTIN_TEMPLATES, &mut out);
    out.sort();
    out
}

fn is_tera_template(name: &str) -> bool {
    name.ends_with(".html") || name.ends_with(".md")
}

/// Everything a page needs besides the registry.
pub struct Renderer {
    tera: Tera,
    /// Template name → source, for errors.
    sources: BTreeMap<String, SourceId>,
    stylesheet: Arc<str>,
    /// `None` when the messages failed to load: the templates are still parsed, so that their
    /// errors are reported in the same run, but nothing can be rendered.
    localizer: Option<Arc<Localizer>>,
}

impl Renderer {
    /// Parses the templates once: the built-in ones, replaced file by file by the user's.
    pub fn new(
        templates: &[TemplateFile],
        localizer: Option<Arc<Localizer>>,
    ) -> Result<Self, Vec<Diagnostic>> {
        let mut by_name: BTreeMap<String, &TemplateFile> = BTreeMap::new();
        for template in templates {
            by_name.insert(template.name.clone(), template);
        }
        let mut tera = Tera::new();
        // Markdown documents are escaped by their own filters, not as HTML.
        tera.autoescape_on([".html"]);
        // Tera checks that every function and filter a template uses exists as it parses.
        register_functions(&mut tera, localizer.clone());
        let mut sources = BTreeMap::new();
        let mut raw: Vec<(String, Arc<str>)> = Vec::new();
        for template in templates.iter().filter(|t| is_tera_template(&t.name)) {
            sources.insert(template.name.clone(), template.source);
            raw.push((template.name.clone(), template.text.clone()));
        }
        let stylesheet = by_name
            .get(STYLESHEET)
            .map(|t| t.text.clone())
            .ok_or_else(|| {
                vec![Diagnostic::error(
                    Code::Template,
                    format!("the stylesheet `{STYLESHEET}` is missing"),
                )]
            })?;
        // Tera checks inheritance when templates are added, so all of them go in at once.
        if let Err(error) =
            tera.add_raw_templates(raw.iter().map(|(n, t)| (n.as_str(), t.as_ref())))
        {
            return Err(vec![template_diagnostic(&error, &sources)]);
        }
        Ok(Renderer {
            tera,
            sources,
            stylesheet,
            localizer,
        })
    }

    /// Renders every page of `locales` (all the site's locales when empty) in parallel.
    pub fn render(
        &self,
        registry: &Registry,
        only: &[Locale],
    ) -> Result<SiteFiles, Vec<Diagnostic>> {
        let locales: Vec<&Locale> = registry
            .site
            .locales
            .iter()
            .filter(|l| only.is_empty() || only.contains(l))
            .collect();
        // Links go only to the pages this build writes: the output folder is replaced whole.
        let shared = self
            .shared_context(&locales)
            .map_err(|e| vec![e.to_diagnostic()])?;
        let results: Vec<Result<Pages, Vec<Diagnostic>>> = locales
            .par_iter()
            .map(|locale| self.render_locale(registry, &shared, locale))
            .collect();

        let mut files = SiteFiles::new();
        let mut diagnostics = Vec::new();
        for result in results {
            match result {
                Ok(pages) => files.extend(pages),
                Err(errors) => diagnostics.extend(errors),
            }
        }
        match self.render_index(&shared, registry) {
            Ok(index) => {
                files.insert("index.html".into(), index);
            }
            Err(error) => diagnostics.push(error),
        }
        files.insert(
            format!("assets/{STYLESHEET}"),
            self.stylesheet.as_bytes().to_vec(),
        );
        if diagnostics.is_empty() {
            Ok(files)
        } else {
            Err(diagnostics)
        }
    }

    fn render_template(&self, name: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        self.tera
            .render(name, context)
            .map(String::into_bytes)
            .map_err(|e| template_diagnostic(&e, &self.sources))
    }

    fn render_locale(
        &self,
        registry: &Registry,
        shared: &SharedContext,
        locale: &Locale,
    ) -> Result<Pages, Vec<Diagnostic>> {
        let page = self
            .page_context(registry, shared, locale)
            .map_err(|e| vec![e.to_diagnostic()])?;
        let context = Context::from_serialize(&page)
            .map_err(|e| vec![template_diagnostic(&e, &self.sources)])?;
        // The page and the document of a locale render at the same time: more, smaller tasks
        // keep both cores busy.
        let (html, markdown) = rayon::join(
            || self.render_template("policy.html", &context),
            || self.render_template("policy.md", &context),
        );
        match (html, markdown) {
            (Ok(html), Ok(markdown)) => Ok(vec![
                (format!("{}/index.html", locale.code), html),
                (format!("{}/{MARKDOWN_FILE}", locale.code), markdown),
            ]),
            (html, markdown) => Err(html.err().into_iter().chain(markdown.err()).collect()),
        }
    }

    fn render_index(
        &self,
        shared: &SharedContext,
        registry: &Registry,
    ) -> Result<Vec<u8>, Diagnostic> {
        let default = &registry.default_locale().code;
        let page = IndexPage {
            lang: default,
            dir: direction(registry.default_locale()),
            site: site_context(registry, default, self.localizer())
                .map_err(|e| e.to_diagnostic())?,
            locales: shared
                .locales
                .iter()
                .map(|l| LocaleLink {
                    href: format!("{}/", l.code),
                    current: false,
                    ..l.clone()
                })
                .collect(),
            stylesheet: format!("assets/{STYLESHEET}"),
        };
        let context =
            Context::from_serialize(&page).map_err(|e| template_diagnostic(&e, &self.sources))?;
        self.render_template("index.html", &context)
    }

    fn localizer(&self) -> &Localizer {
        self.localizer
            .as_deref()
            .expect("only a renderer with messages is asked to render")
    }

    fn shared_context(&self, locales: &[&Locale]) -> Result<SharedContext, MessageError> {
        let locales = locales
            .iter()
            .map(|l| {
                Ok(LocaleLink {
                    code: l.code.clone(),
                    name: self.localizer().message(&l.code, "language-name")?,
                    dir: direction(l),
                    href: String::new(),
                    current: false,
                })
            })
            .collect::<Result<Vec<_>, MessageError>>()?;
        Ok(SharedContext { locales })
    }

    fn page_context<'r>(
        &self,
        registry: &'r Registry,
        shared: &SharedContext,
        locale: &Locale,
    ) -> Result<Page<'r>, MessageError> {
        let code = locale.code.as_str();
        let default = registry.default_locale().code.as_str();
        let l10n = self.localizer();
        let locales = shared
            .locales
            .iter()
            .map(|l| LocaleLink {
                href: format!("../{}/", l.code),
                current: l.code == code,
                ..l.clone()
            })
            .collect();

        let mut categories = Vec::new();
        for category in &registry.categories {
            let cookies: Vec<&Cookie> = registry
                .cookies
                .iter()
                .filter(|c| c.category == category.id)
                .collect();
            if cookies.is_empty() {
                continue;
            }
            categories.push(self.category_context(registry, category, &cookies, code, default)?);
        }
        Ok(Page {
            lang: code.to_owned(),
            dir: direction(locale),
            default_lang: default,
            site: site_context(registry, code, l10n)?,
            locales,
            categories,
            stylesheet: format!("../assets/{STYLESHEET}"),
            markdown_file: MARKDOWN_FILE,
        })
    }

    fn category_context<'r>(
        &self,
        registry: &'r Registry,
        category: &'r Category,
        cookies: &[&'r Cookie],
        code: &str,
        default: &'r str,
    ) -> Result<CategoryContext<'r>, MessageError> {
        let l10n = self.localizer();
        let builtin_text = |kind: &str| -> Result<Owned, MessageError> {
            let id = format!("category-{}-{kind}", category.id);
            Ok(Owned {
                text: l10n.message(code, &id)?,
                fallback_lang: None,
            })
        };
        let text_or = |text: &'r Option<Text>, kind: &str| -> Result<Option<Owned>, MessageError> {
            match text {
                // An empty text removes what the category would say by default.
                Some(text) if text.localized(code, default).text.trim().is_empty() => Ok(None),
                Some(text) => Ok(Some(Owned::from(text.localized(code, default)))),
                None if category.builtin => builtin_text(kind).map(Some),
                None => Ok(None),
            }
        };
        // Thousands of rows share a handful of durations and kinds: each is said once.
        let mut durations: HashMap<&Duration, String> = HashMap::new();
        let mut kinds: HashMap<Kind, String> = HashMap::new();
        let mut rows = Vec::with_capacity(cookies.len());
        for cookie in cookies {
            let duration = match &cookie.duration {
                Some(d) => Some(match durations.get(d) {
                    Some(said) => said.clone(),
                    None => {
                        let said = l10n.duration(code, d)?;
                        durations.insert(d, said.clone());
                        said
                    }
                }),
                None => None,
            };
            let kind_label = match kinds.get(&cookie.kind) {
                Some(label) => label.clone(),
                None => {
                    let label = l10n.message(code, cookie.kind.message_id())?;
                    kinds.insert(cookie.kind, label.clone());
                    label
                }
            };
            let provider = registry
                .provider(&cookie.provider)
                .expect("validated: every cookie's provider exists");
            rows.push(CookieContext {
                names: &cookie.names,
                provider: ProviderContext {
                    id: &provider.id,
                    name: &provider.name,
                    url: provider.url.as_deref(),
                    privacy_policy: provider.privacy_policy.as_deref(),
                    country: provider.country.as_deref(),
                },
                function: cookie.function.as_ref().map(|t| t.localized(code, default)),
                purpose: cookie.purpose.localized(code, default),
                duration,
                party: cookie.party,
                kind: cookie.kind,
                kind_label,
                domain: cookie.domain.as_deref(),
            });
        }
        let columns = Columns {
            function: rows
                .iter()
                .any(|r| r.function.is_some_and(|f| !f.text.trim().is_empty())),
            duration: rows.iter().any(|r| r.duration.is_some()),
            kind: rows.iter().any(|r| r.kind != Kind::HttpCookie),
        };
        Ok(CategoryContext {
            id: &category.id,
            title: text_or(&category.title, "title")?.unwrap_or_default(),
            description: text_or(&category.description, "description")?,
            consent: category.consent,
            columns,
            cookies: rows,
        })
    }
}

fn direction(locale: &Locale) -> &'static str {
    match locale.id.character_direction() {
        unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

fn site_context<'r>(
    registry: &'r Registry,
    code: &str,
    l10n: &Localizer,
) -> Result<SiteContext<'r>, MessageError> {
    let default = registry.default_locale().code.as_str();
    let site = &registry.site;
    let name = site.name.localized_name(code, default);
    Ok(SiteContext {
        name,
        name_plain: markdown::to_plain(name.text),
        url: &site.url,
        updated: site.updated.map(|d| l10n.date(code, d)).transpose()?,
        updated_iso: site.updated.map(|d| d.to_string()),
        controller: site.controller.as_ref().map(|c| ControllerContext {
            name: c.name.as_ref().map(|t| t.localized_name(code, default)),
            address: c.address.as_ref().map(|t| t.localized(code, default)),
            email: c.email.as_deref(),
            url: c.url.as_deref(),
        }),
    })
}

struct SharedContext {
    locales: Vec<LocaleLink>,
}

#[derive(Serialize, Clone)]
struct LocaleLink {
    code: String,
    /// The language's name in itself.
    name: String,
    dir: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct IndexPage<'r> {
    lang: &'r str,
    dir: &'static str,
    site: SiteContext<'r>,
    locales: Vec<LocaleLink>,
    stylesheet: String,
}

#[derive(Serialize)]
struct Page<'r> {
    lang: String,
    dir: &'static str,
    default_lang: &'r str,
    site: SiteContext<'r>,
    locales: Vec<LocaleLink>,
    categories: Vec<CategoryContext<'r>>,
    stylesheet: String,
    markdown_file: &'static str,
}

#[derive(Serialize)]
struct SiteContext<'r> {
    name: Localized<'r>,
    name_plain: String,
    url: &'r str,
    updated: Option<String>,
    updated_iso: Option<String>,
    controller: Option<ControllerContext<'r>>,
}

#[derive(Serialize)]
struct ControllerContext<'r> {
    name: Option<Localized<'r>>,
    address: Option<Localized<'r>>,
    email: Option<&'r str>,
    url: Option<&'r str>,
}

/// A text from Fluent or the registry, with the locale it fell back to.
#[derive(Serialize, Default)]
struct Owned {
    text: String,
    fallback_lang: Option<String>,
}

impl From<Localized<'_>> for Owned {
    fn from(l: Localized<'_>) -> Self {
        Owned {
            text: l.text.to_owned(),
            fallback_lang: l.fallback_lang.map(str::to_owned),
        }
    }
}

#[derive(Serialize)]
struct CategoryContext<'r> {
    id: &'r str,
    title: Owned,
    description: Option<Owned>,
    consent: bool,
    /// Which optional columns any row of the table fills.
    columns: Columns,
    cookies: Vec<CookieContext<'r>>,
}

#[derive(Serialize)]
struct Columns {
    function: bool,
    duration: bool,
    kind: bool,
}

#[derive(Serialize)]
struct CookieContext<'r> {
    names: &'r [String],
    provider: ProviderContext<'r>,
    function: Option<Localized<'r>>,
    purpose: Localized<'r>,
    duration: Option<String>,
    party: Party,
    kind: Kind,
    kind_label: String,
    domain: Option<&'r str>,
}

#[derive(Serialize)]
struct ProviderContext<'r> {
    id: &'r str,
    name: &'r str,
    url: Option<&'r str>,
    privacy_policy: Option<&'r str>,
    country: Option<&'r str>,
}

fn register_functions(tera: &mut Tera, localizer: Option<Arc<Localizer>>) {
    // `t(id="…", name=value…)`: a Fluent message of the page's locale; every other argument is
    // passed to Fluent. The result is text (escaped in HTML) unless piped to `markdown`.
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let locale: String = state
                .get("lang")?
                .ok_or_else(|| tera::Error::message("`t` needs `lang` in the context"))?;
            let id: String = kwargs.must_get("id")?;
            let mut args = FluentArgs::new();
            for (key, value) in kwargs.iter() {
                let key = key.to_string();
                if key == "id" {
                    continue;
                }
                let fluent = if let Some(n) = value.as_i64() {
                    FluentValue::from(n)
                } else if let Some(n) = value.as_f64() {
                    FluentValue::from(n)
                } else if let Some(s) = value.as_str() {
                    FluentValue::from(s.to_owned())
                } else {
                    FluentValue::from(value.to_string())
                };
                args.set(key, fluent);
            }
            let localizer = localizer
                .as_deref()
                .ok_or_else(|| tera::Error::message("the messages could not be loaded"))?;
            localizer
                .format(
                    &locale,
                    &id,
                    if args.iter().next().is_some() {
                        Some(&args)
                    } else {
                        None
                    },
                )
                .map_err(|e| tera::Error::message(e.to_string()))
        },
    );
    // `markdown(inline=false)`: sanitized HTML, for HTML templates.
    tera.register_filter(
        "markdown",
        |text: &str, kwargs: Kwargs, _: &State| -> tera::TeraResult<Value> {
            let inline = kwargs.get::<bool>("inline")?.unwrap_or(false);
            Ok(Value::safe_string(&markdown::to_html(text, inline)))
        },
    );
    // `md_cell`: a text on one line with `|` escaped, for Markdown tables.
    tera.register_filter("md_cell", |text: &str, _: Kwargs, _: &State| {
        markdown::to_markdown(text, true)
    });
    // `md_text`: a paragraph of Markdown, with anything unsafe escaped.
    tera.register_filter("md_text", |text: &str, _: Kwargs, _: &State| {
        markdown::to_markdown(text, false)
    });
    // `md_code`: a name as a code span.
    tera.register_filter("md_code", |text: &str, _: Kwargs, _: &State| {
        markdown::to_code_span(text)
    });
    // `md_escape`: plain text (a name, an address) that must not be read as Markdown.
    tera.register_filter("md_escape", |text: &str, _: Kwargs, _: &State| {
        markdown::escape_markdown(text).replace('\n', " ")
    });
}

fn template_diagnostic(error: &tera::Error, sources: &BTreeMap<String, SourceId>) -> Diagnostic {
    let mut chain = Vec::new();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        chain.push(inner.to_string());
        source = inner.source();
    }
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            Some(report)
        }
        _ => None,
    };
    let mut message = match report {
        Some(report) => format!("template `{}`: {}", report.filename(), report.message()),
        None => format!("templates: {error}"),
    };
    for cause in chain {
        message.push_str(": ");
        message.push_str(&cause);
    }
    let mut diagnostic = Diagnostic::error(Code::Template, message)
        .help("fix the template, or remove it from templates/ to use the built-in one; see the README for what templates get");
    if let Some(report) = report
        && let Some(source) = sources.get(report.filename())
    {
        diagnostic = diagnostic.at(*source, report.span().range.clone());
    }
    diagnostic
}

/// Registers the built-in templates in `sources` and overlays the user's, by file name.
pub fn collect_templates(
    user: Vec<(String, Arc<str>, SourceId)>,
    sources: &mut Sources,
) -> Vec<TemplateFile> {
    let mut by_name: BTreeMap<String, TemplateFile> = BTreeMap::new();
    for (name, text) in builtin_templates() {
        let text: Arc<str> = Arc::from(text);
        let source = sources.add(
            std::path::Path::new(&format!("<built-in>/templates/{name}")),
            text.clone(),
        );
        by_name.insert(
            format!("{BUILTIN_PREFIX}{name}"),
            TemplateFile {
                name: format!("{BUILTIN_PREFIX}{name}"),
                text: text.clone(),
                source,
            },
        );
        by_name.insert(name.clone(), TemplateFile { name, text, source });
    }
    for (name, text, source) in user {
        by_name.insert(name.clone(), TemplateFile { name, text, source });
    }
    by_name.into_values().collect()
}
