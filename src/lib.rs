//! cookiedoc turns one TOML registry of the cookies a site uses into its cookie policy: static,
//! multilingual HTML pages and Markdown documents.
//!
//! Data flows one way: [`project`] reads the files, [`registry`] loads and validates them,
//! [`i18n`] localizes, [`render`] renders in memory, and [`output`] writes (or `serve` serves).

pub mod audit;
pub mod banner;
pub mod builtin;
pub mod diagnostic;
pub mod disclosure;
pub mod document;
pub mod error;
pub mod export;
pub mod i18n;
pub mod import;
pub mod init;
pub mod markdown;
pub mod output;
pub mod project;
pub mod registry;
pub mod render;
pub mod serve;

use std::path::Path;
use std::sync::{Arc, Mutex};

use diagnostic::{Code, Diagnostic, Report, SourceId};
pub use error::Error;
use export::Banner;
use i18n::Localizer;
use project::Project;
use rayon::prelude::*;
use registry::{Locale, Registry};
use render::{LocaleLink, Renderer, SiteFiles};

/// Where [`Compiled::render_into`] puts each file as soon as it is made: the output folder's
/// staging copy, memory, or nowhere (`check`).
pub trait Sink: Sync {
    /// Takes one file, written from `parts` in order; `relative` is its path inside the output
    /// folder.
    fn put(&self, relative: &str, parts: &[&[u8]]) -> Result<(), Error>;
}

impl Sink for Mutex<SiteFiles> {
    fn put(&self, relative: &str, parts: &[&[u8]]) -> Result<(), Error> {
        self.lock()
            .expect("no renderer panics holding the files")
            .insert(relative.to_owned(), parts.concat());
        Ok(())
    }
}

impl Sink for output::Staging<'_> {
    fn put(&self, relative: &str, parts: &[&[u8]]) -> Result<(), Error> {
        output::Staging::put(self, relative, parts)
    }
}

/// Renders and forgets: what `check` needs to know is whether the site renders.
struct Discard;

impl Sink for Discard {
    fn put(&self, _: &str, _: &[&[u8]]) -> Result<(), Error> {
        Ok(())
    }
}

/// Why a locale's files were not all given to the sink.
enum Rendering {
    Failed(Vec<Diagnostic>),
    Unwritten(Error),
}

/// A project that passed every check, ready to render.
pub struct Compiled {
    pub registry: Registry,
    pub localizer: Arc<Localizer>,
    pub renderer: Renderer,
    /// Warnings found on the way; no errors.
    pub report: Report,
}

/// Loads, validates and localizes a project, and parses its templates. All problems of all
/// stages that could run are reported together.
pub fn compile(project: &Project) -> Result<Compiled, Report> {
    compile_with(project, None)
}

/// Like [`compile`], for a site built with `banner`, which the lints take into account (a
/// banner is a way to change consent).
pub fn compile_with(project: &Project, banner: Option<Banner>) -> Result<Compiled, Report> {
    let mut sources = project.sources.clone();
    let templates = render::collect_templates(project.templates.clone(), &mut sources);
    let messages = render::Messages::default();
    // The templates are parsed while the registry loads: neither needs the other. They are
    // parsed even when the registry or the messages fail, so that their errors are reported in
    // the same run.
    let ((registry, mut diagnostics, localizer), renderer) = std::thread::scope(|scope| {
        let renderer = scope.spawn(|| Renderer::new(&templates, Arc::clone(&messages)));
        let registry = load_registry(project, banner);
        let renderer = renderer
            .join()
            .expect("parsing the templates does not panic");
        (registry, renderer)
    });
    let copies: Vec<_> = project
        .templates
        .iter()
        .map(|t| t.2)
        .chain(project.locales.iter().map(|l| l.source))
        .collect();
    diagnostics.extend(init::stale_copies(&copies, &project.sources));

    let localizer = match localizer {
        Some(Ok(mut localizer)) => {
            diagnostics.append(&mut localizer.warnings);
            let localizer = Arc::new(localizer);
            let unset = messages.set(Arc::clone(&localizer)).is_ok();
            debug_assert!(unset, "the localizer is made once");
            Some(localizer)
        }
        Some(Err(errors)) => {
            diagnostics.extend(errors);
            None
        }
        None => None,
    };
    let renderer = match renderer {
        Ok(renderer) => Some(renderer),
        Err(errors) => {
            diagnostics.extend(errors);
            None
        }
    };
    let report = Report::new(sources, diagnostics);
    match (registry, localizer, renderer) {
        (Some(registry), Some(localizer), Some(renderer)) if !report.has_errors() => Ok(Compiled {
            registry,
            localizer,
            renderer,
            report,
        }),
        _ => Err(report),
    }
}

/// What a loaded registry's localizer is, or why it could not be made.
type MadeLocalizer = Result<Localizer, Vec<Diagnostic>>;

/// The registry with the diagnostics of loading and linting it, and the localizer of its
/// locales, which is made while the lints run (neither needs the other).
fn load_registry(
    project: &Project,
    banner: Option<Banner>,
) -> (Option<Registry>, Vec<Diagnostic>, Option<MadeLocalizer>) {
    let (registry, mut diagnostics) =
        registry::load(project.registry, project.sources.text(project.registry));
    let Some(registry) = registry else {
        return (None, diagnostics, None);
    };
    let (lints, localizer) = rayon::join(
        || {
            let mut lints = registry::lint(&registry, project.registry);
            lints.extend(disclosure::lint(
                &registry,
                project.registry,
                banner.is_some(),
            ));
            lints
        },
        || Localizer::new(&registry.site.locales, &project.locales, &project.sources),
    );
    diagnostics.extend(lints);
    (Some(registry), diagnostics, Some(localizer))
}

impl Compiled {
    /// Renders the site in memory, with `cookies.json` and, when asked, a banner configuration;
    /// `only` limits the pages to some locales.
    pub fn render(&self, only: &[Locale], banner: Option<Banner>) -> Result<SiteFiles, Report> {
        let files = Mutex::new(SiteFiles::new());
        match self.render_into(only, banner, &files) {
            Ok(()) => Ok(files.into_inner().expect("no renderer panicked")),
            Err(Error::Invalid(report)) => Err(report),
            Err(other) => unreachable!("files kept in memory cannot fail to be written: {other}"),
        }
    }

    /// Renders the site like [`Compiled::render`], giving each file to `sink` as soon as it is
    /// made (from several threads), so that no more than a few locales' files are held at once.
    pub fn render_into(
        &self,
        only: &[Locale],
        banner: Option<Banner>,
        sink: &dyn Sink,
    ) -> Result<(), Error> {
        let failed =
            |diagnostics| Error::Invalid(Report::new(self.report.sources.clone(), diagnostics));
        let all: Vec<&Locale> = self.registry.site.locales.iter().collect();
        // A banner is written only where something needs consent; only then can the page's
        // control open it.
        let with_banner = banner.is_some() && banner::needs_consent(&self.registry);
        let documents = document::localize_with(&self.registry, &self.localizer, &all, with_banner)
            .map_err(|e| failed(vec![e.to_diagnostic()]))?;
        let pages: Vec<&document::Document> = documents
            .iter()
            .filter(|d| only.is_empty() || only.iter().any(|l| l.code == d.lang))
            .collect();
        let links = LocaleLink::all(&pages);
        // `cookies.json` is made while the pages render: the last page leaves a core idle.
        let (rendered, json) = rayon::join(
            || self.render_pages(&pages, &links, sink),
            || {
                sink.put(
                    export::COOKIES_JSON,
                    &[&export::cookies_json(&self.registry, &documents)],
                )
            },
        );
        let mut diagnostics = rendered?;
        match self.renderer.render_index(&documents[0], &links) {
            Ok(index) => sink.put("index.html", &[&index])?,
            Err(error) => diagnostics.push(error),
        }
        if !diagnostics.is_empty() {
            return Err(failed(diagnostics));
        }
        json?;
        let (stylesheet, css) = self.renderer.stylesheet();
        sink.put(&stylesheet, &[css])?;
        // A banner with nothing to ask is not written (W013 says so).
        let module = match banner {
            Some(Banner::Cookieconsent) => banner::cookieconsent(&self.registry, &documents),
            None => None,
        };
        if let Some(module) = module {
            sink.put(banner::COOKIECONSENT_MODULE, &[&module])?;
        }
        free_in_background(documents);
        Ok(())
    }

    /// Renders the pages of `pages` in parallel, each locale's files given to `sink` as soon as
    /// they are made. Returns the template errors of every locale together.
    fn render_pages(
        &self,
        pages: &[&document::Document],
        links: &[LocaleLink],
        sink: &dyn Sink,
    ) -> Result<Vec<Diagnostic>, Error> {
        let heading_level = self.registry.site.heading_level.unwrap_or(1);
        let rendered: Vec<Result<(), Rendering>> = pages
            .par_iter()
            .map(|document| {
                let files = self
                    .renderer
                    .render_locale(document, links, heading_level)
                    .map_err(Rendering::Failed)?;
                for (path, parts) in files {
                    let parts: Vec<&[u8]> = parts.iter().map(render::Part::as_bytes).collect();
                    sink.put(&path, &parts).map_err(Rendering::Unwritten)?;
                }
                Ok(())
            })
            .collect();
        let mut diagnostics = Vec::new();
        for result in rendered {
            match result {
                Ok(()) => {}
                Err(Rendering::Failed(errors)) => diagnostics.extend(errors),
                Err(Rendering::Unwritten(error)) => return Err(error),
            }
        }
        Ok(diagnostics)
    }

    /// The warnings about the banner asked for: its consent record, or nothing to ask.
    pub fn banner_warnings(&self, banner: Option<Banner>, registry_source: SourceId) -> Report {
        let diagnostics = match banner {
            Some(Banner::Cookieconsent) => banner::lint(&self.registry, registry_source),
            None => Vec::new(),
        };
        Report::new(self.report.sources.clone(), diagnostics)
    }

    /// The site's locales named by `codes`, or an error naming the ones that are not.
    pub fn select_locales(&self, codes: &[String]) -> Result<Vec<Locale>, Report> {
        let site = &self.registry.site.locales;
        let mut selected = Vec::new();
        let mut diagnostics = Vec::new();
        for code in codes {
            match Locale::parse(code).filter(|l| site.contains(l)) {
                Some(locale) if selected.contains(&locale) => {}
                Some(locale) => selected.push(locale),
                None => {
                    let listed: Vec<&str> = site.iter().map(|l| l.code.as_str()).collect();
                    diagnostics.push(
                        Diagnostic::error(
                            Code::BadLocale,
                            format!("`{code}` is not one of the site's locales"),
                        )
                        .help(format!("the site's locales are {}", listed.join(", "))),
                    );
                }
            }
        }
        if diagnostics.is_empty() {
            Ok(selected)
        } else {
            Err(Report::new(self.report.sources.clone(), diagnostics))
        }
    }
}

/// Reads the project of the registry at `config`. A registry that is not there gets a way to
/// start one: it is what a first run in the wrong folder meets.
pub fn read_project(config: &Path) -> Result<Project, Error> {
    Project::read(config).map_err(|error| match error {
        Error::Io { path, source, .. }
            if path == config && source.kind() == std::io::ErrorKind::NotFound =>
        {
            Error::Refused {
                message: format!("there is no registry at `{}`", config.display()),
                help: "start one here with `cookiedoc init` (a commented cookies.toml that builds as it is), or name yours with `--config FILE`".into(),
            }
        }
        other => other,
    })
}

/// What a finished build did.
pub struct Built {
    /// The files written, relative to the output folder.
    pub files: Vec<String>,
    pub locales: usize,
    pub warnings: Report,
}

/// `cookiedoc build`: check, render in memory, then swap the result into `out`.
/// `heading_level` (1 to 4) overrides the registry's `[site] heading_level` for the fragments.
pub fn build(
    config: &Path,
    out: &Path,
    locales: &[String],
    force: bool,
    banner: Option<Banner>,
    heading_level: Option<u8>,
) -> Result<Built, Error> {
    let project = read_project(config)?;
    let mut compiled = compile_with(&project, banner).map_err(Error::Invalid)?;
    if let Some(level) = heading_level {
        if !render::HEADING_LEVELS.contains(&level) {
            return Err(Error::Refused {
                message: format!("heading level {level} is out of range"),
                help: "a fragment's headings start at level 1 to 4".into(),
            });
        }
        compiled.registry.site.heading_level = Some(level);
    }
    let only = compiled.select_locales(locales).map_err(Error::Invalid)?;
    // Each file is written as soon as it is made, into a folder beside `out` that replaces it
    // when all are written; a build that fails leaves `out` as it was.
    let staging = output::Staging::begin(out, force, &project.root)?;
    compiled.render_into(&only, banner, &staging)?;
    let files = staging.commit()?;
    let banner_warnings = compiled.banner_warnings(banner, project.registry);
    let Compiled {
        registry,
        localizer,
        renderer,
        report: mut warnings,
    } = compiled;
    warnings.diagnostics.extend(banner_warnings.diagnostics);
    let warnings = Report::new(warnings.sources, warnings.diagnostics);
    let locales = if only.is_empty() {
        registry.site.locales.len()
    } else {
        only.len()
    };
    free_in_background((registry, localizer, renderer));
    Ok(Built {
        files,
        locales,
        warnings,
    })
}

/// Frees `value` on the thread pool: the registry or the documents of thousands of cookies take
/// milliseconds to free, which the caller need not wait for (it writes or reports meanwhile, and
/// a command may exit before).
fn free_in_background<T: Send + 'static>(value: T) {
    rayon::spawn(move || drop(value));
}

/// Builds every locale in memory: the files `build` would write, and the warnings.
pub fn render_in_memory(config: &Path) -> Result<(SiteFiles, Report), Error> {
    let project = read_project(config)?;
    let compiled = compile(&project).map_err(Error::Invalid)?;
    let files = compiled.render(&[], None).map_err(Error::Invalid)?;
    Ok((files, compiled.report))
}

/// What `check` checks besides the project: how the site is built.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// The consent banner the site is built with (`build --banner`).
    pub banner: Option<Banner>,
}

/// `cookiedoc check`: everything `build` does except writing. Returns every diagnostic.
pub fn check(config: &Path, options: &CheckOptions) -> Result<Report, Error> {
    let project = read_project(config)?;
    // The banner's configuration is always made, to check it; the lints know whether the site
    // really has the banner.
    match compile_with(&project, options.banner) {
        Ok(compiled) => match compiled.render_into(&[], Some(Banner::Cookieconsent), &Discard) {
            Ok(()) => {
                let banner_warnings = compiled.banner_warnings(options.banner, project.registry);
                let mut report = compiled.report;
                report.diagnostics.extend(banner_warnings.diagnostics);
                Ok(Report::new(report.sources, report.diagnostics))
            }
            Err(Error::Invalid(failed)) => {
                let mut diagnostics = compiled.report.diagnostics;
                diagnostics.extend(failed.diagnostics);
                Ok(Report::new(failed.sources, diagnostics))
            }
            Err(other) => unreachable!("nothing is written: {other}"),
        },
        Err(report) => Ok(report),
    }
}
