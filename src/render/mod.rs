//! Tera: the built-in templates and the user's, the context each page is rendered with, the
//! `t` function and the text filters. Rendering is pure: a validated registry and its messages in,
//! the files of the site in memory out.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostic::{Code, Diagnostic, SourceId, Sources};
use crate::document::{CategoryDoc, Document, Row, Said, SiteDoc};
use crate::i18n::Localizer;
use crate::markdown;

mod table;

/// Built-in templates stay reachable under this prefix, so that a user's `policy.html` can
/// `{% extends "builtin/policy.html" %}` and change only some blocks.
pub const BUILTIN_PREFIX: &str = "builtin/";

pub const STYLESHEET: &str = "cookiedoc.css";
pub const MARKDOWN_FILE: &str = "cookie-policy.md";
/// The document alone, for a site's own layout; beside it the same with the stylesheet inlined,
/// and as Markdown.
pub const FRAGMENT_FILE: &str = "fragment.html";
pub const FRAGMENT_INLINE_FILE: &str = "fragment-inline.html";
pub const FRAGMENT_MARKDOWN_FILE: &str = "fragment.md";
/// The heading levels a fragment can start at: its sections and categories are one and two
/// levels below, and HTML has six.
pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 1..=4;

/// The files of a rendered site, by path relative to the output folder, in sorted order.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;

/// The files of one locale, by path, each as the parts it is written from in order.
pub type Pages = Vec<(String, Vec<Part>)>;

/// A range of bytes shared between files. The document is all of the fragment, the middle of
/// the page and most of the inline fragment: it is written into each from one buffer, and a
/// file that is the same as another (the fragment at heading level 1 is the page's document)
/// is shared, not copied.
#[derive(Clone, Debug)]
pub struct Part {
    bytes: Arc<Vec<u8>>,
    range: Range<usize>,
}

impl Part {
    fn whole(bytes: &Arc<Vec<u8>>) -> Part {
        Part::of(bytes, 0..bytes.len())
    }

    fn of(bytes: &Arc<Vec<u8>>, range: Range<usize>) -> Part {
        Part {
            bytes: Arc::clone(bytes),
            range,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[self.range.clone()]
    }
}

/// What the built-in `policy.html` is rendered with in place of the document, which is then
/// written where it stands. Autoescaping would change it, so it is found only where a template
/// wrote it as it is.
const DOCUMENT_MARKER: &str = "<cookiedoc-document-placeholder/>";

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

/// Whether some template is not the built-in one of its name, word for word.
fn has_own_templates(templates: &[TemplateFile]) -> bool {
    templates.iter().any(|template| {
        is_tera_template(&template.name)
            && !template.name.starts_with(BUILTIN_PREFIX)
            && crate::builtin::TEMPLATES
                .iter()
                .find(|(name, _)| *name == template.name)
                .is_none_or(|(_, text)| *text != &*template.text)
    })
}

/// Everything a page needs besides the registry.
pub struct Renderer {
    tera: Tera,
    /// Template name → source, for errors.
    sources: BTreeMap<String, SourceId>,
    stylesheet: Arc<str>,
    /// The `<style>` element of the inline fragment, with the line break before it.
    inline_style: Arc<Vec<u8>>,
    /// Whether a template differs from the built-in one of its name: only then may a template
    /// loop over `category.rows`, which the built-in ones never do. Thousands of rows made into
    /// template values were most of a large build's time.
    own_templates: bool,
}

impl Renderer {
    /// Parses the templates once: the built-in ones, replaced file by file by the user's.
    /// `messages` holds the localizer once it is made (the templates are parsed while the
    /// registry loads); it stays empty when the messages failed to load, and `t` then fails.
    pub fn new(templates: &[TemplateFile], messages: Messages) -> Result<Self, Vec<Diagnostic>> {
        let mut by_name: BTreeMap<String, &TemplateFile> = BTreeMap::new();
        for template in templates {
            by_name.insert(template.name.clone(), template);
        }
        let mut tera = Tera::new();
        // Markdown documents are escaped by their own filters, not as HTML.
        tera.autoescape_on([".html"]);
        // Tera checks that every function and filter a template uses exists as it parses.
        register_functions(&mut tera, messages);
        let own_templates = has_own_templates(templates);
        let mut sources = BTreeMap::new();
        let mut raw: Vec<(String, Arc<str>)> = Vec::new();
        // Only a project's own template can name a built-in one by its `builtin/` name; without
        // one, the copies under that name would be parsed for nothing.
        let needed = |t: &&TemplateFile| own_templates || !t.name.starts_with(BUILTIN_PREFIX);
        for template in templates
            .iter()
            .filter(|t| is_tera_template(&t.name))
            .filter(needed)
        {
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
            let diagnostics = load_diagnostics(&error, templates, &sources);
            return Err(diagnostics.into_iter().map(point_at_fragment).collect());
        }
        Ok(Renderer {
            tera,
            sources,
            inline_style: Arc::new(format!("\n{}", style_element(&stylesheet)).into_bytes()),
            stylesheet,
            own_templates,
        })
    }

    /// The stylesheet, written to `assets/`.
    pub fn stylesheet(&self) -> (String, &[u8]) {
        (format!("assets/{STYLESHEET}"), self.stylesheet.as_bytes())
    }

    /// Renders into a buffer of `capacity` bytes: a page is mostly its tables, whose size is
    /// known, and growing a buffer of a megabyte step by step copies it again and again.
    fn render_template(
        &self,
        name: &str,
        context: &Context,
        capacity: usize,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(capacity);
        self.tera
            .render_to(name, context, &mut out)
            .map_err(|e| template_diagnostic(&e, &self.sources))?;
        Ok(out)
    }

    /// The files of one locale: its page, its Markdown document and its fragments, which start
    /// their headings at `heading_level`. `locales` are the pages this build writes, to link to.
    pub fn render_locale(
        &self,
        document: &Document,
        locales: &[LocaleLink],
        heading_level: u8,
    ) -> Result<Pages, Vec<Diagnostic>> {
        // The built-in templates write each table's rows and the document as they are, once:
        // they are rendered with a marker in their place, and the files written from the
        // rendered frame and the rows, rather than the rows copied into the context and into
        // every file. Should a marker not be found once (a text that writes one), the files
        // are rendered whole.
        if !self.own_templates
            && let Some(pages) = self.render_locale_as(document, locales, heading_level, true)?
        {
            return Ok(pages);
        }
        Ok(self
            .render_locale_as(document, locales, heading_level, false)?
            .expect("a locale rendered whole has no marker to find"))
    }

    /// [`Renderer::render_locale`], with markers in place of the rows and of the document when
    /// `spliced`; `None` when a marker was not found once.
    fn render_locale_as(
        &self,
        document: &Document,
        locales: &[LocaleLink],
        heading_level: u8,
        spliced: bool,
    ) -> Result<Option<Pages>, Vec<Diagnostic>> {
        let (mut page, tables) = Page::of(document, locales, self.own_templates, spliced);
        let (html_size, md_size) = page.sizes();
        let context = |page: &Page| {
            Context::from_serialize(page).map_err(|e| vec![template_diagnostic(&e, &self.sources)])
        };
        // The page is the document at level 1 inside the frame; at level 1 the fragment is
        // that same document, rendered once.
        let mut page_context = context(&page)?;
        let fragment_context = match heading_level {
            1 => None,
            _ => {
                page.headings = Headings::at(heading_level);
                page.md_headings = Headings::markdown_at(heading_level);
                Some(context(&page)?)
            }
        };
        drop(page);
        let mut jobs: Vec<(&str, &Context, usize)> = vec![
            ("fragment.html", &page_context, html_size),
            ("policy.md", &page_context, md_size),
        ];
        if let Some(fragment_context) = &fragment_context {
            jobs.extend([
                ("fragment.html", fragment_context, html_size),
                ("policy.md", fragment_context, md_size),
            ]);
        }
        let rendered = self.render_all(&jobs)?;
        let mut outputs = Vec::with_capacity(rendered.len());
        for (i, bytes) in rendered.into_iter().enumerate() {
            let rows = if i % 2 == 0 { &tables.html } else { &tables.md };
            let Some(parts) = splice(bytes, rows, spliced) else {
                return Ok(None);
            };
            outputs.push(parts);
        }
        let mut outputs = outputs.into_iter();
        let (page_document, markdown) = (outputs.next().unwrap(), outputs.next().unwrap());
        let fragment = outputs.next().unwrap_or_else(|| page_document.clone());
        let fragment_md = outputs.next().unwrap_or_else(|| markdown.clone());
        let Some(html) = self.page(&mut page_context, &page_document, spliced)? else {
            return Ok(None);
        };
        let inline = inline_fragment(&self.inline_style, fragment.clone());
        let code = &document.lang;
        Ok(Some(vec![
            (format!("{code}/index.html"), html),
            (format!("{code}/{MARKDOWN_FILE}"), markdown),
            (format!("{code}/{FRAGMENT_FILE}"), fragment),
            (format!("{code}/{FRAGMENT_INLINE_FILE}"), inline),
            (format!("{code}/{FRAGMENT_MARKDOWN_FILE}"), fragment_md),
        ]))
    }

    /// The page: the frame (`policy.html`) around the document, which is written in the place
    /// of a marker when `spliced`; `None` when the marker was not found once.
    fn page(
        &self,
        context: &mut Context,
        document: &[Part],
        spliced: bool,
    ) -> Result<Option<Vec<Part>>, Vec<Diagnostic>> {
        let render = |context: &Context, capacity| {
            self.render_template("policy.html", context, capacity)
                .map_err(|e| vec![e])
        };
        if !spliced {
            let text = String::from_utf8(concat(document)).expect("templates render UTF-8");
            context.insert("fragment", &text);
            let page = render(context, text.len() + FRAME_SIZE)?;
            return Ok(Some(vec![Part::whole(&Arc::new(page))]));
        }
        context.insert("fragment", DOCUMENT_MARKER);
        let frame = Arc::new(render(context, FRAME_SIZE)?);
        let Some(at) = find_once(&frame, DOCUMENT_MARKER.as_bytes()) else {
            return Ok(None);
        };
        let mut parts = vec![Part::of(&frame, 0..at)];
        parts.extend(document.iter().cloned());
        parts.push(Part::of(&frame, at + DOCUMENT_MARKER.len()..frame.len()));
        Ok(Some(parts))
    }

    /// Renders the parts of a locale at the same time: more, smaller tasks keep both cores
    /// busy. The parts come back in the order of `jobs`; the errors of all of them, in the same
    /// order, when any fails.
    fn render_all(
        &self,
        jobs: &[(&str, &Context, usize)],
    ) -> Result<Vec<Vec<u8>>, Vec<Diagnostic>> {
        let rendered: Vec<Result<Vec<u8>, Diagnostic>> = jobs
            .par_iter()
            .map(|(name, context, capacity)| self.render_template(name, context, *capacity))
            .collect();
        let mut errors = Vec::new();
        let mut parts = Vec::new();
        for result in rendered {
            match result {
                Ok(bytes) => parts.push(bytes),
                Err(error) => errors.push(error),
            }
        }
        if errors.is_empty() {
            Ok(parts)
        } else {
            Err(errors)
        }
    }

    /// `index.html`, which sends a visitor to their language's page, in the default locale's
    /// words (`default`).
    pub fn render_index(
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
        self.render_template("index.html", &context, 8 * 1024)
    }
}

/// A link to a locale's page, in the language switcher.
#[derive(Serialize, Clone)]
pub struct LocaleLink {
    code: String,
    /// The language's name in itself.
    name: String,
    dir: &'static str,
    href: String,
    current: bool,
}

impl LocaleLink {
    /// Links to the pages of `documents` (the ones this build writes: the output folder is
    /// replaced whole).
    pub fn all(documents: &[&Document]) -> Vec<LocaleLink> {
        documents.iter().map(|d| LocaleLink::of(d)).collect()
    }

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
    categories: Vec<CategoryView<'d>>,
    locales: Vec<LocaleLink>,
    stylesheet: String,
    markdown_file: &'static str,
    /// The elements of the document's headings: its title, its sections, its categories.
    headings: Headings,
    /// The same as Markdown markers (`#`, `##`, …).
    md_headings: Headings,
    /// In `policy.html`: the document as `fragment.html` renders it, at heading level 1.
    fragment: String,
}

/// What the templates write besides the tables' rows, at most.
const FRAME_SIZE: usize = 64 * 1024;

impl<'d> Page<'d> {
    /// The sizes to render its HTML and its Markdown into: mostly their tables' rows.
    fn sizes(&self) -> (usize, usize) {
        let rows = |size: fn(&CategoryView) -> usize| {
            FRAME_SIZE + self.categories.iter().map(size).sum::<usize>()
        };
        (rows(|c| c.rows_html.len()), rows(|c| c.rows_md.len()))
    }

    /// A locale's page at heading level 1, and its tables' rows. It lives in `<code>/`: its
    /// links and stylesheet are one folder up. When `spliced`, the context holds markers in
    /// place of the rows, which are written out beside it.
    fn of(
        document: &'d Document,
        locales: &[LocaleLink],
        with_rows: bool,
        spliced: bool,
    ) -> (Page<'d>, Tables) {
        let mut tables = Tables::default();
        let mut categories = Vec::with_capacity(document.categories.len());
        for (index, category) in document.categories.iter().enumerate() {
            let (rows_html, rows_md) = (
                table::rows_html(document, category),
                table::rows_md(document, category),
            );
            let (rows_html, rows_md) = if spliced {
                tables.html.push(Arc::new(rows_html.into_bytes()));
                tables.md.push(Arc::new(rows_md.into_bytes()));
                (rows_marker(index), rows_marker(index))
            } else {
                (rows_html, rows_md)
            };
            categories.push(CategoryView {
                category,
                rows: with_rows.then_some(category.rows.as_slice()),
                rows_html,
                rows_md,
            });
        }
        let page = Page {
            document,
            categories,
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
            headings: Headings::at(1),
            md_headings: Headings::markdown_at(1),
            fragment: String::new(),
        };
        (page, tables)
    }
}

/// The rows of each category's table, as HTML and as Markdown, written out once per locale.
#[derive(Default)]
struct Tables {
    html: Vec<Arc<Vec<u8>>>,
    md: Vec<Arc<Vec<u8>>>,
}

/// A category as the templates see it: the document's, with its table's rows written out.
#[derive(Serialize)]
struct CategoryView<'d> {
    #[serde(flatten)]
    category: &'d CategoryDoc,
    #[serde(skip_serializing_if = "Option::is_none")]
    rows: Option<&'d [Row]>,
    /// The `<tr>` elements of its table body.
    rows_html: String,
    /// The lines of its Markdown table after the delimiter row.
    rows_md: String,
}

#[derive(Serialize, Clone, Copy)]
struct Headings {
    title: &'static str,
    section: &'static str,
    category: &'static str,
}

impl Headings {
    const TAGS: [&'static str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    const MARKERS: [&'static str; 6] = ["#", "##", "###", "####", "#####", "######"];

    fn at(level: u8) -> Headings {
        Headings::from(&Headings::TAGS, level)
    }

    fn markdown_at(level: u8) -> Headings {
        Headings::from(&Headings::MARKERS, level)
    }

    fn from(names: &[&'static str; 6], level: u8) -> Headings {
        let first = usize::from(level.clamp(*HEADING_LEVELS.start(), *HEADING_LEVELS.end())) - 1;
        Headings {
            title: names[first],
            section: names[first + 1],
            category: names[first + 2],
        }
    }
}

/// The fragment with the stylesheet inlined, for a host that takes no stylesheet (a CMS's HTML
/// block). The `<style>` is the article's first child, the one place HTML allows it in a body.
/// Every rule of the built-in stylesheet applies only inside `.cookiedoc` or on cookiedoc's own
/// pages, so it styles nothing else of the host.
fn inline_fragment(style: &Arc<Vec<u8>>, mut fragment: Vec<Part>) -> Vec<Part> {
    // The start tag and what follows it are in the first part, unless a template of the
    // project's own wrote the rows first: then the parts are joined to look.
    let whole = |parts: &[Part]| -> Option<(usize, usize)> {
        let text = std::str::from_utf8(parts.first()?.as_bytes()).ok()?;
        let start = text.len() - text.trim_start().len();
        if !text[start..].starts_with("<article") {
            return None;
        }
        // Autoescaped attribute values hold no `>`: the first one ends the start tag.
        let end = text.find('>')?;
        let rest = text.len() - text[end + 1..].trim_start().len();
        (rest < text.len() || parts.len() == 1).then_some((end + 1, rest))
    };
    if fragment.len() > 1 && whole(&fragment).is_none() {
        fragment = vec![Part::whole(&Arc::new(concat(&fragment)))];
    }
    match whole(&fragment) {
        Some((end, rest)) => {
            let first = fragment.remove(0);
            let mut parts = vec![
                Part::of(&first.bytes, first.range.start..first.range.start + end),
                Part::whole(style),
                Part::of(&first.bytes, first.range.start + rest..first.range.end),
            ];
            parts.extend(fragment);
            parts
        }
        // A user's fragment.html that is not one <article>: wrapped, so the style is still first.
        None => {
            let open = format!(
                "<div class=\"cookiedoc-inline\">{}",
                String::from_utf8_lossy(style)
            );
            let mut parts = vec![Part::whole(&Arc::new(open.into_bytes()))];
            parts.extend(fragment);
            parts.push(Part::whole(&Arc::new(b"</div>\n".to_vec())));
            parts
        }
    }
}

/// The bytes of `parts`, joined.
fn concat(parts: &[Part]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(parts.iter().map(|p| p.range.len()).sum());
    for part in parts {
        bytes.extend_from_slice(part.as_bytes());
    }
    bytes
}

/// What stands for the rows of the category at `index` in a built-in template's output.
fn rows_marker(index: usize) -> String {
    format!("<cookiedoc-rows-{index}/>")
}

/// A rendered file as its parts: the rows of each category in place of its marker when
/// `spliced`; `None` when a marker is not found once.
fn splice(bytes: Vec<u8>, rows: &[Arc<Vec<u8>>], spliced: bool) -> Option<Vec<Part>> {
    let bytes = Arc::new(bytes);
    if !spliced {
        return Some(vec![Part::whole(&bytes)]);
    }
    let mut parts = Vec::with_capacity(2 * rows.len() + 1);
    let mut from = 0;
    for (index, rows) in rows.iter().enumerate() {
        let marker = rows_marker(index);
        let at = from + find_once(&bytes[from..], marker.as_bytes())?;
        // Nor before `from`: the marker is in the file once.
        find_once(&bytes[..at + marker.len()], marker.as_bytes())?;
        parts.push(Part::of(&bytes, from..at));
        parts.push(Part::whole(rows));
        from = at + marker.len();
    }
    parts.push(Part::of(&bytes, from..bytes.len()));
    Some(parts)
}

/// The stylesheet as a `<style>` element.
fn style_element(stylesheet: &str) -> String {
    // Only `</style` could end the element early; `<\/` means the same in CSS.
    format!(
        "<style>\n{}\n</style>\n",
        stylesheet.replace("</", "<\\/").trim_end()
    )
}

/// Where `needle` starts in `haystack`, when it is there exactly once.
fn find_once(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    // The markers looked for cannot overlap themselves: non-overlapping matches are all of them.
    let mut found = memchr::memmem::find_iter(haystack, needle);
    match (found.next(), found.next()) {
        (Some(at), None) => Some(at),
        _ => None,
    }
}

/// The localizer the templates' `t` function formats with, given once it is made.
pub type Messages = Arc<OnceLock<Arc<Localizer>>>;

fn register_functions(tera: &mut Tera, messages: Messages) {
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
            let localizer = messages
                .get()
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
        markdown::escape_markdown_line(text)
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
    let mut diagnostic =
        point_at_fragment(Diagnostic::error(Code::Template, message).help(TEMPLATE_HELP));
    if let Some(report) = report
        && let Some(source) = sources.get(report.filename())
    {
        diagnostic = diagnostic.at(*source, report.span().range.clone());
    }
    diagnostic
}

/// A page template that overrides one of the policy's own blocks, which moved from the page to
/// the fragment it shows, is told where they are now.
fn point_at_fragment(mut diagnostic: Diagnostic) -> Diagnostic {
    let moved = [
        "intro",
        "definitions",
        "cookies",
        "transfers",
        "manage",
        "rights",
        "controller",
    ]
    .iter()
    .any(|block| {
        diagnostic
            .message
            .contains(&format!("Block `{block}` is not defined in any parent"))
    });
    if moved {
        diagnostic.help = Some("the blocks of the policy itself are in `fragment.html`: write templates/fragment.html starting with {% extends \"builtin/fragment.html\" %}; `policy.html` keeps `head`, `header` and `footer`".into());
    }
    diagnostic
}

/// The diagnostics of an error from adding the templates, each at its place: tera reports
/// unknown functions, filters, tests and templates as one text with a `--> name:line:column`
/// line each, and loops of includes and extends by template names only.
fn load_diagnostics(
    error: &tera::Error,
    templates: &[TemplateFile],
    sources: &BTreeMap<String, SourceId>,
) -> Vec<Diagnostic> {
    let find = |name: &str| templates.iter().find(|t| t.name == name);
    let named = |tpl: &str, message: String, quoted: &str| {
        let mut diagnostic = Diagnostic::error(Code::Template, message).help(TEMPLATE_HELP);
        if let Some(template) = find(tpl)
            && let Some(span) = quoted_name(&template.text, quoted)
        {
            diagnostic = diagnostic.at(template.source, span);
        }
        vec![diagnostic]
    };
    match error.kind() {
        tera::ErrorKind::Msg(text) if text.starts_with("error: ") => {
            let mut diagnostics = Vec::new();
            for block in text.split("\nerror: ") {
                let block = block.strip_prefix("error: ").unwrap_or(block);
                diagnostics.push(validation_diagnostic(block, &find));
            }
            diagnostics
        }
        tera::ErrorKind::CircularInclude { tpl, include_chain } => named(
            tpl,
            format!(
                "template `{tpl}` includes itself: {}",
                include_chain.join(" → ")
            ),
            include_chain.get(1).map_or(tpl.as_str(), String::as_str),
        ),
        tera::ErrorKind::CircularExtend {
            tpl,
            inheritance_chain,
        } => named(
            tpl,
            format!(
                "template `{tpl}` extends itself: {}",
                inheritance_chain.join(" → ")
            ),
            inheritance_chain
                .get(1)
                .map_or(tpl.as_str(), String::as_str),
        ),
        tera::ErrorKind::MissingParent { current, parent } => named(
            current,
            format!("template `{current}` extends `{parent}`, which does not exist"),
            parent,
        ),
        _ => vec![template_diagnostic(error, sources)],
    }
}

/// One error of tera's validation: its first line, then `--> name:line:column` and a caret
/// line under the code.
fn validation_diagnostic<'t>(
    block: &str,
    find: &impl Fn(&str) -> Option<&'t TemplateFile>,
) -> Diagnostic {
    let mut lines = block.lines();
    let message = lines.next().unwrap_or_default().trim();
    let place = lines
        .clone()
        .find_map(|l| l.trim_start().strip_prefix("--> "))
        .and_then(|place| {
            let mut parts = place.rsplitn(3, ':');
            let column: usize = parts.next()?.trim().parse().ok()?;
            let line: usize = parts.next()?.parse().ok()?;
            Some((parts.next()?, line, column))
        });
    let carets = lines
        .find(|l| l.contains('^'))
        .map_or(1, |l| l.matches('^').count());
    let Some((name, line, column)) = place else {
        return Diagnostic::error(Code::Template, format!("templates: {message}"))
            .help(TEMPLATE_HELP);
    };
    let diagnostic = Diagnostic::error(Code::Template, format!("template `{name}`: {message}"))
        .help(TEMPLATE_HELP);
    let Some(template) = find(name) else {
        return diagnostic;
    };
    let text = &template.text;
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let start = text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i);
    let end = text[start..]
        .char_indices()
        .nth(carets)
        .map_or(text.len(), |(i, _)| start + i);
    diagnostic.at(template.source, start..end)
}

/// Where a template names another in quotes (`{% include "name" %}`), for loops of them.
fn quoted_name(text: &str, name: &str) -> Option<std::ops::Range<usize>> {
    ["\"", "'"].iter().find_map(|quote| {
        let quoted = format!("{quote}{name}{quote}");
        text.find(&quoted).map(|at| at..at + quoted.len())
    })
}

const TEMPLATE_HELP: &str = "fix the template, or remove it from templates/ to use the built-in one; see the README for what templates get";

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

#[cfg(test)]
mod tests {
    use super::*;

    fn inline_fragment(stylesheet: &str, text: &str) -> String {
        let style = Arc::new(format!("\n{}", style_element(stylesheet)).into_bytes());
        // In two parts, as a document is with its rows.
        let cut = text.len() / 2;
        let parts = [&text[..cut], &text[cut..]]
            .map(|t| Part::whole(&Arc::new(t.as_bytes().to_vec())))
            .to_vec();
        let inline = super::inline_fragment(&style, parts);
        let whole = vec![Part::whole(&Arc::new(text.as_bytes().to_vec()))];
        assert_eq!(
            concat(&inline),
            concat(&super::inline_fragment(&style, whole))
        );
        String::from_utf8(concat(&inline)).unwrap()
    }

    #[test]
    fn rows_are_spliced_in_only_where_each_marker_is_once() {
        let rows = [b"R0".to_vec(), b"R1".to_vec()].map(Arc::new);
        let file = |text: &str| text.as_bytes().to_vec();
        let spliced = splice(
            file("a<cookiedoc-rows-0/>b<cookiedoc-rows-1/>c"),
            &rows,
            true,
        );
        assert_eq!(concat(&spliced.unwrap()), b"aR0bR1c");
        assert!(splice(file("a<cookiedoc-rows-0/>b"), &rows, true).is_none());
        let twice = "<cookiedoc-rows-1/><cookiedoc-rows-0/><cookiedoc-rows-1/>";
        assert!(splice(file(twice), &rows, true).is_none());
        let whole = splice(file("<cookiedoc-rows-0/>"), &rows, false).unwrap();
        assert_eq!(concat(&whole), b"<cookiedoc-rows-0/>");
    }

    #[test]
    fn the_inline_style_is_the_articles_first_child() {
        let inline = inline_fragment(
            ".cookiedoc a { content: \"</style>\" }\n",
            "<article class=\"cookiedoc\" lang=\"en\">\n<h2>T</h2>\n</article>\n",
        );
        assert_eq!(
            inline,
            "<article class=\"cookiedoc\" lang=\"en\">\n<style>\n.cookiedoc a { content: \"<\\/style>\" }\n</style>\n<h2>T</h2>\n</article>\n"
        );
        let wrapped = inline_fragment("x", "<p>mine</p>\n");
        assert_eq!(
            wrapped,
            "<div class=\"cookiedoc-inline\">\n<style>\nx\n</style>\n<p>mine</p>\n</div>\n"
        );
    }

    #[test]
    fn the_builtin_page_frame_writes_the_document_as_it_is_once() {
        let frame = crate::builtin::TEMPLATES
            .iter()
            .find(|(name, _)| *name == "policy.html")
            .unwrap()
            .1;
        // The snapshots of the pages show that the page written around the document is the
        // page rendered whole.
        assert_eq!(frame.matches("{{ fragment | safe }}").count(), 1);
        assert_eq!(find_once(b"a<x/>b<x/>", b"<x/>"), None);
        assert_eq!(find_once(b"ab<x/>", b"<x/>"), Some(2));
    }

    #[test]
    fn headings_start_at_the_level_asked() {
        let h = Headings::at(2);
        assert_eq!((h.title, h.section, h.category), ("h2", "h3", "h4"));
        let h = Headings::at(4);
        assert_eq!((h.title, h.section, h.category), ("h4", "h5", "h6"));
        assert_eq!(Headings::markdown_at(3).title, "###");
    }
}
