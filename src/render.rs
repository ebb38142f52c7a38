//! Tera: the built-in templates and the user's, the context each page is rendered with, the
//! `t` function and the text filters. Rendering is pure: a validated registry and its messages in,
//! the files of the site in memory out.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostic::{Code, Diagnostic, SourceId, Sources};
use crate::document::{Document, Said, SiteDoc};
use crate::i18n::Localizer;
use crate::markdown;

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
    crate::builtin::TEMPLATES
        .iter()
        .map(|&(name, text)| (name.to_owned(), text))
        .collect()
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
}

impl Renderer {
    /// Parses the templates once: the built-in ones, replaced file by file by the user's.
    /// `localizer` is `None` when the messages failed to load: the templates are still parsed,
    /// so that their errors are reported in the same run.
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
        register_functions(&mut tera, localizer);
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
        })
    }

    /// Renders the pages of `documents` in parallel, and the index page from the default
    /// locale's document (`default`).
    pub fn render(
        &self,
        documents: &[&Document],
        default: &Document,
    ) -> Result<SiteFiles, Vec<Diagnostic>> {
        // Links go only to the pages this build writes: the output folder is replaced whole.
        let locales: Vec<LocaleLink> = documents.iter().map(|d| LocaleLink::of(d)).collect();
        let results: Vec<Result<Pages, Vec<Diagnostic>>> = documents
            .par_iter()
            .map(|document| self.render_locale(document, &locales))
            .collect();

        let mut files = SiteFiles::new();
        let mut diagnostics = Vec::new();
        for result in results {
            match result {
                Ok(pages) => files.extend(pages),
                Err(errors) => diagnostics.extend(errors),
            }
        }
        match self.render_index(default, &locales) {
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
        document: &Document,
        locales: &[LocaleLink],
    ) -> Result<Pages, Vec<Diagnostic>> {
        let page = Page {
            document,
            locales: locales
                .iter()
                .map(|l| LocaleLink {
                    href: format!("../{}/", l.code),
                    current: l.code == document.lang,
                    ..l.clone()
                })
                .collect(),
            stylesheet: format!("../assets/{STYLESHEET}"),
            markdown_file: MARKDOWN_FILE,
        };
        let context = Context::from_serialize(&page)
            .map_err(|e| vec![template_diagnostic(&e, &self.sources)])?;
        // The page and the document of a locale render at the same time: more, smaller tasks
        // keep both cores busy.
        let (html, markdown) = rayon::join(
            || self.render_template("policy.html", &context),
            || self.render_template("policy.md", &context),
        );
        let code = &document.lang;
        match (html, markdown) {
            (Ok(html), Ok(markdown)) => Ok(vec![
                (format!("{code}/index.html"), html),
                (format!("{code}/{MARKDOWN_FILE}"), markdown),
            ]),
            (html, markdown) => Err(html.err().into_iter().chain(markdown.err()).collect()),
        }
    }

    fn render_index(
        &self,
        default: &Document,
        locales: &[LocaleLink],
    ) -> Result<Vec<u8>, Diagnostic> {
        let page = IndexPage {
            lang: &default.lang,
            dir: default.dir,
            site: &default.site,
            messages: &default.messages,
            locales: locales
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

impl LocaleLink {
    fn of(document: &Document) -> LocaleLink {
        LocaleLink {
            code: document.lang.clone(),
            name: document.messages["language-name"].text.clone(),
            dir: document.dir,
            href: String::new(),
            current: false,
        }
    }
}

#[derive(Serialize)]
struct IndexPage<'d> {
    lang: &'d str,
    dir: &'static str,
    site: &'d SiteDoc,
    messages: &'d BTreeMap<&'static str, Said>,
    locales: Vec<LocaleLink>,
    stylesheet: String,
}

/// A policy page: the document and the frame around it.
#[derive(Serialize)]
struct Page<'d> {
    #[serde(flatten)]
    document: &'d Document,
    locales: Vec<LocaleLink>,
    stylesheet: String,
    markdown_file: &'static str,
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
