//! The one place for Fluent: built-in and user resources, message lookup with strict errors,
//! and the locale-aware wording of durations and dates.
//!
//! Each site locale gets one bundle. Resources are stacked from the most generic matching locale
//! to the most specific, built-in before user, each overriding the one before: a user's
//! `locales/de/*.ftl` replaces built-in German messages by id, and `locales/de-CH/*.ftl` replaces
//! only what Swiss German says differently.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast::{
    Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey,
};
use icu_plurals::{PluralCategory, PluralRules};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::diagnostic::{Code, Diagnostic, SourceId, Sources};
use crate::document::messages::MONTHS;
use crate::registry::{Date, Duration, Locale};

mod countries;
pub use countries::{country_code_named, country_name};

/// The locale whose messages every other locale must also have.
const REFERENCE_LOCALE: &str = "en";

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A `.ftl` file of the user's, already registered in [`Sources`].
#[derive(Clone, Debug)]
pub struct FtlFile {
    /// The name of the folder under `locales/`, as found on disk.
    pub folder: String,
    pub source: SourceId,
}

/// The built-in `.ftl` files, as (locale folder, file name, text), sorted.
pub fn builtin_files() -> Vec<(&'static str, &'static str, &'static str)> {
    crate::builtin::LOCALES
        .iter()
        .map(|&(code, text)| (code, crate::builtin::LOCALE_FILE, text))
        .collect()
}

pub struct Localizer {
    bundles: BTreeMap<String, Bundle>,
    /// By locale, the built-in messages its built-in translation does not have yet: they are
    /// said in English and marked so (`lang="en"`) until a translator adds them.
    untranslated: BTreeMap<String, BTreeSet<String>>,
    /// What loading noticed that does not stop a build.
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageError {
    Missing {
        locale: String,
        id: String,
    },
    Format {
        locale: String,
        id: String,
        errors: Vec<String>,
    },
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageError::Missing { locale, id } => {
                write!(f, "the message `{id}` is missing in locale `{locale}`")
            }
            MessageError::Format { locale, id, errors } => write!(
                f,
                "the message `{id}` in locale `{locale}` cannot be formatted: {}",
                errors.join("; ")
            ),
        }
    }
}

impl std::error::Error for MessageError {}

impl MessageError {
    pub fn to_diagnostic(&self) -> Diagnostic {
        match self {
            MessageError::Missing { locale, id } => {
                Diagnostic::error(Code::MissingMessage, self.to_string()).help(format!(
                    "add `{id} = …` to a file in locales/{locale}/; the README lists every message"
                ))
            }
            MessageError::Format { .. } => Diagnostic::error(Code::FluentFormat, self.to_string())
                .help("check the message's variables and references against the README's list"),
        }
    }
}

struct ParsedFile {
    locale: Locale,
    resource: Arc<FluentResource>,
    builtin: bool,
}

impl Localizer {
    /// Builds one bundle per site locale from the built-in resources and the user's files.
    pub fn new(
        site_locales: &[Locale],
        user_files: &[FtlFile],
        sources: &Sources,
    ) -> Result<Self, Vec<Diagnostic>> {
        let mut diagnostics = Vec::new();
        let loaded = Loaded::read(site_locales, user_files, sources, &mut diagnostics);
        let mut localizer = Localizer {
            bundles: BTreeMap::new(),
            untranslated: BTreeMap::new(),
            warnings: Vec::new(),
        };
        for locale in site_locales {
            localizer.add_locale(locale, &loaded, sources, &mut diagnostics);
        }
        if diagnostics.is_empty() {
            Ok(localizer)
        } else {
            Err(diagnostics)
        }
    }

    /// Adds the bundle of one site locale. Its diagnostics are pushed in a fixed order (no
    /// messages, missing messages, then each message's problems by id) so output stays stable.
    fn add_locale(
        &mut self,
        locale: &Locale,
        loaded: &Loaded,
        sources: &Sources,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let matched: Vec<&LanguageIdentifier> = negotiate_languages(
            std::slice::from_ref(&locale.id),
            &loaded.available,
            None,
            NegotiationStrategy::Filtering,
        );
        if matched.is_empty() {
            diagnostics.push(at_locale(locale, no_messages(locale)));
            return;
        }
        if let Some(warning) = borrowed_messages(locale, &matched) {
            self.warnings.push(at_locale(locale, warning));
        }
        let chain_files = chain_files(&loaded.parsed, &matched);
        let defined: BTreeSet<String> = chain_files
            .iter()
            .flat_map(|f| message_ids(&f.resource))
            .collect();
        let missing: Vec<&str> = loaded
            .reference_ids
            .iter()
            .filter(|id| !defined.contains(*id))
            .map(String::as_str)
            .collect();
        // A built-in translation that has not caught up with new English messages says them
        // in English (marked as such) rather than failing every site in that language; a
        // locale of the user's own must be complete.
        let english_fallback = !missing.is_empty()
            && chain_files.iter().any(|f| f.builtin)
            && locale.id.language.as_str() != REFERENCE_LOCALE;
        let mut bundle = Bundle::new_concurrent(vec![locale.id.clone()]);
        // Isolation marks only help where right-to-left text mixes with left-to-right.
        bundle.set_use_isolating(locale.id.character_direction() == CharacterDirection::RTL);
        if english_fallback {
            for file in builtin_reference_files(&loaded.parsed) {
                bundle.add_resource_overriding(file.resource.clone());
            }
            self.untranslated.insert(
                locale.code.clone(),
                missing.iter().map(|id| id.to_string()).collect(),
            );
        }
        for file in &chain_files {
            bundle.add_resource_overriding(file.resource.clone());
        }
        if !missing.is_empty() && !english_fallback {
            diagnostics.push(at_locale(locale, missing_messages(locale, &missing)));
        }
        check_bundle(&bundle, locale, &matched, loaded, sources, diagnostics);
        self.bundles.insert(locale.code.clone(), bundle);
    }

    /// Formats a message (`id`) or one of its attributes (`id.attribute`). Every Fluent error is
    /// an error here: a page never shows a placeholder for a missing or broken message.
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, MessageError> {
        let missing = || MessageError::Missing {
            locale: locale.to_owned(),
            id: id.to_owned(),
        };
        let bundle = self.bundles.get(locale).ok_or_else(missing)?;
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let message = bundle.get_message(message_id).ok_or_else(missing)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(MessageError::Format {
                locale: locale.to_owned(),
                id: id.to_owned(),
                errors: errors.iter().map(ToString::to_string).collect(),
            })
        }
    }

    /// Formats a message that says an amount (`$count`), its variants chosen by the locale's
    /// CLDR plural rules: an exact number key (`[0]`) first, then the plural category, then the
    /// default variant.
    pub fn format_count(&self, locale: &str, id: &str, count: u64) -> Result<String, MessageError> {
        let missing = || MessageError::Missing {
            locale: locale.to_owned(),
            id: id.to_owned(),
        };
        let bundle = self.bundles.get(locale).ok_or_else(missing)?;
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(missing)?;
        // fluent-bundle's own plural rules (intl_pluralrules, CLDR 37) choose wrong forms in
        // Arabic, Latvian, Lithuanian, Maltese and Romanian (Lithuanian 22 is not "few"), so the
        // variants of `$count` are chosen here, by current CLDR.
        let category = category_name(plural_rules(locale).category_for(count));
        let chosen = choose_count_variants(pattern, count, category);
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(&chosen, Some(&args), &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(MessageError::Format {
                locale: locale.to_owned(),
                id: id.to_owned(),
                errors: errors.iter().map(ToString::to_string).collect(),
            })
        }
    }

    /// The language `id` is said in when `locale`'s built-in translation does not have it yet.
    pub fn fallback_lang(&self, locale: &str, id: &str) -> Option<&'static str> {
        self.untranslated
            .get(locale)
            .is_some_and(|ids| ids.contains(id))
            .then_some(REFERENCE_LOCALE)
    }

    /// The built-in messages said in English in `locale` because its translation lacks them.
    pub fn untranslated(&self, locale: &str) -> impl Iterator<Item = &str> {
        self.untranslated
            .get(locale)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    pub fn message(&self, locale: &str, id: &str) -> Result<String, MessageError> {
        self.format(locale, id, None)
    }

    /// "2 weeks", "2 Wochen", "13 mois", "up to 12 months".
    pub fn duration(&self, locale: &str, duration: &Duration) -> Result<String, MessageError> {
        match duration {
            Duration::Session => self.message(locale, "duration-session"),
            Duration::Persistent => self.message(locale, "duration-persistent"),
            Duration::Period { parts, up_to } => {
                let mut said: Option<String> = None;
                for (amount, unit) in parts {
                    let part = self.format_count(locale, unit.message_id(), *amount)?;
                    said = Some(match said {
                        None => part,
                        Some(first) => {
                            let mut args = FluentArgs::new();
                            args.set("first", first);
                            args.set("second", part);
                            self.format(locale, "duration-and", Some(&args))?
                        }
                    });
                }
                let said = said.unwrap_or_default();
                if *up_to {
                    let mut args = FluentArgs::new();
                    args.set("duration", said);
                    self.format(locale, "duration-up-to", Some(&args))
                } else {
                    Ok(said)
                }
            }
        }
    }

    /// A calendar date in the locale's words: "28 November 2026", "28. November 2026".
    pub fn date(&self, locale: &str, date: Date) -> Result<String, MessageError> {
        let month = self.message(locale, MONTHS[usize::from(date.month) - 1])?;
        let mut args = FluentArgs::new();
        args.set("day", date.day.to_string());
        args.set("month", month);
        args.set("year", date.year.to_string());
        args.set("iso", date.to_string());
        self.format(locale, "date", Some(&args))
    }
}

// The parts of `Localizer::new`: reading the files, then one bundle per locale.

/// Where the user defined each message, by (locale code, id): diagnostics point there.
type UserIds = BTreeMap<(String, String), (SourceId, std::ops::Range<usize>)>;

/// Every file read once, before any locale's bundle is built from them.
struct Loaded {
    parsed: Vec<ParsedFile>,
    user_ids: UserIds,
    /// The locale codes that have files, for negotiating each site locale's chain.
    available: Vec<LanguageIdentifier>,
    /// The ids of the built-in English messages, which every locale must have.
    reference_ids: BTreeSet<String>,
}

impl Loaded {
    /// Built-in files first, then the user's in the order given: the diagnostics of the user's
    /// files come out in that order, file by file.
    fn read(
        site_locales: &[Locale],
        user_files: &[FtlFile],
        sources: &Sources,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Self {
        let mut parsed = builtin_parsed_files(site_locales);
        let mut user_ids = UserIds::new();
        for file in user_files {
            if let Some(user_file) = user_parsed_file(file, sources, &mut user_ids, diagnostics) {
                parsed.push(user_file);
            }
        }
        let available = {
            let set: BTreeSet<String> = parsed.iter().map(|p| p.locale.code.clone()).collect();
            set.iter().filter_map(|c| c.parse().ok()).collect()
        };
        let reference_ids = builtin_reference_files(&parsed)
            .flat_map(|p| message_ids(&p.resource))
            .collect();
        Loaded {
            parsed,
            user_ids,
            available,
            reference_ids,
        }
    }
}

/// The built-in English files, which a lagging built-in translation falls back on.
fn builtin_reference_files(parsed: &[ParsedFile]) -> impl Iterator<Item = &ParsedFile> {
    parsed
        .iter()
        .filter(|p| p.builtin && p.locale.code == REFERENCE_LOCALE)
}

/// The built-in files, one per built-in locale.
fn builtin_parsed_files(site_locales: &[Locale]) -> Vec<ParsedFile> {
    // Only the built-in files of the site's languages (and the reference) can be in a
    // locale's chain: the others are listed, not parsed, which was most of a small build.
    let languages: BTreeSet<&str> = site_locales
        .iter()
        .map(|l| l.id.language.as_str())
        .chain([REFERENCE_LOCALE])
        .collect();
    let mut parsed = Vec::new();
    for (folder, name, text) in builtin_files() {
        let locale = Locale::parse(folder).expect("built-in locale folders are BCP 47");
        let text = if languages.contains(locale.id.language.as_str()) {
            text
        } else {
            ""
        };
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("built-in locales/{folder}/{name} does not parse: {errors:?}")
        });
        parsed.push(ParsedFile {
            locale,
            resource: Arc::new(resource),
            builtin: true,
        });
    }
    parsed
}

/// One user file, or `None` when its folder is no locale. A file with syntax errors is still
/// used (with the entries that parse), so that one run reports everything wrong at once.
fn user_parsed_file(
    file: &FtlFile,
    sources: &Sources,
    user_ids: &mut UserIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ParsedFile> {
    let Some(locale) = Locale::parse(&file.folder) else {
        diagnostics.push(bad_locale_folder(file, sources));
        return None;
    };
    let resource = parse_user_resource(file, sources, diagnostics);
    record_user_ids(file, &locale, sources, user_ids, diagnostics);
    Some(ParsedFile {
        locale,
        resource: Arc::new(resource),
        builtin: false,
    })
}

fn bad_locale_folder(file: &FtlFile, sources: &Sources) -> Diagnostic {
    let path = sources.path(file.source).to_path_buf();
    let message = if Locale::is_reserved_name(&file.folder) {
        format!(
            "the folder `locales/{}` has a name reserved on Windows",
            file.folder
        )
    } else {
        format!(
            "the folder `locales/{}` is not named by a BCP 47 locale code",
            file.folder
        )
    };
    Diagnostic::error(Code::BadLocale, message)
        .help(format!(
            "rename it, e.g. to `locales/de` or `locales/fr-CA` ({})",
            path.display()
        ))
        .at(file.source, 0..0)
}

/// The resource of a user file, with a diagnostic for each syntax error in it.
fn parse_user_resource(
    file: &FtlFile,
    sources: &Sources,
    diagnostics: &mut Vec<Diagnostic>,
) -> FluentResource {
    let text = sources.text(file.source);
    let (resource, errors) = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => return resource,
        Err(broken) => broken,
    };
    for error in errors {
        let span = error.slice.clone().map_or(error.pos.clone(), |slice| {
            // The slice is the whole broken entry; point at its first line.
            let end = text[slice.start..slice.end.min(text.len())]
                .find('\n')
                .map_or(slice.end, |n| slice.start + n);
            slice.start..end
        });
        diagnostics.push(
            Diagnostic::error(
                Code::FluentSyntax,
                format!("Fluent syntax error: {}", error.kind),
            )
            .at(file.source, span)
            .help("see https://projectfluent.org/fluent/guide/ for the syntax"),
        );
    }
    resource
}

/// Records where each id of a user file is defined; Fluent would silently keep the last of two
/// definitions in one locale, so the second is an error pointing at the first.
fn record_user_ids(
    file: &FtlFile,
    locale: &Locale,
    sources: &Sources,
    user_ids: &mut UserIds,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (id, span) in entry_ids(sources.text(file.source)) {
        let key = (locale.code.clone(), id.clone());
        if let Some((first, _)) = user_ids.get(&key) {
            let first_path = sources.path(*first).display().to_string();
            diagnostics.push(
                Diagnostic::error(
                    Code::FluentDuplicate,
                    format!(
                        "the message `{id}` is defined twice for locale `{}`",
                        locale.code
                    ),
                )
                .at(file.source, span)
                .help(format!("keep one definition; the other is in {first_path}")),
            );
        } else {
            user_ids.insert(key, (file.source, span));
        }
    }
}

/// A diagnostic about a site locale points at where `cookies.toml` lists it, if it does.
fn at_locale(locale: &Locale, diagnostic: Diagnostic) -> Diagnostic {
    match &locale.origin {
        Some((source, span)) => diagnostic.at(*source, span.clone()),
        None => diagnostic,
    }
}

fn missing_messages(locale: &Locale, missing: &[&str]) -> Diagnostic {
    Diagnostic::error(
        Code::MissingMessage,
        format!(
            "{} message{} missing in locale `{}`: {}",
            missing.len(),
            if missing.len() == 1 { " is" } else { "s are" },
            locale.code,
            missing.join(", ")
        ),
    )
    .help(format!(
        "add them to a file in locales/{}/; the README lists every message",
        locale.code
    ))
}

/// Every message this locale can show is formatted once now, so that a broken reference or
/// variable is reported with its place instead of failing a page later.
fn check_bundle(
    bundle: &Bundle,
    locale: &Locale,
    matched: &[&LanguageIdentifier],
    loaded: &Loaded,
    sources: &Sources,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let chain: Vec<String> = matched.iter().map(|m| m.to_string()).collect();
    let mut ids: BTreeSet<&str> = loaded.reference_ids.iter().map(String::as_str).collect();
    ids.extend(
        loaded
            .user_ids
            .keys()
            .filter(|(code, _)| chain.contains(code))
            .map(|(_, id)| id.as_str()),
    );
    for id in ids {
        // The most specific definition, the one the bundle shows.
        let defined_at = chain
            .iter()
            .find_map(|code| loaded.user_ids.get(&(code.clone(), id.to_owned())));
        for problem in check_message(bundle, id) {
            diagnostics.push(problem_diagnostic(problem, id, locale, defined_at, sources));
        }
    }
}

/// A message's problem as a diagnostic, pointing at what it refers to when the user's file
/// says it, else at the message's id, else nowhere (a built-in message).
fn problem_diagnostic(
    problem: MessageProblem,
    id: &str,
    locale: &Locale,
    defined_at: Option<&(SourceId, std::ops::Range<usize>)>,
    sources: &Sources,
) -> Diagnostic {
    let diagnostic = Diagnostic::error(
        problem.code,
        format!(
            "the message `{id}` in locale `{}` {}",
            locale.code, problem.message
        ),
    )
    .help(problem.help);
    let Some((source, span)) = defined_at else {
        return diagnostic;
    };
    let span = problem
        .reference
        .as_deref()
        .and_then(|r| reference_in_entry(sources.text(*source), span.end, r))
        .unwrap_or_else(|| span.clone());
    diagnostic.at(*source, span)
}

/// The cardinal plural rules of a locale; a locale CLDR does not know gets its language's, or
/// the root's (everything is `other`).
fn plural_rules(code: &str) -> PluralRules {
    let root = || icu_locale_core::Locale::UNKNOWN;
    let locale = icu_locale_core::Locale::try_from_str(code).unwrap_or_else(|_| root());
    PluralRules::try_new_cardinal(locale.into())
        .or_else(|_| PluralRules::try_new_cardinal(root().into()))
        .expect("the root locale has plural rules")
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// A language with no built-in messages of its own whose speakers read a built-in one: the
/// Norwegian written standards and the macrolanguage code.
const NEAREST_BUILTIN: &[(&str, &str)] = &[("nn", "nb"), ("no", "nb")];

fn no_messages(locale: &Locale) -> Diagnostic {
    let nearest = NEAREST_BUILTIN
        .iter()
        .find(|(language, _)| *language == locale.id.language.as_str())
        .map(|(_, builtin)| format!(", or list the nearest built-in locale `{builtin}` instead"))
        .unwrap_or_default();
    Diagnostic::error(
        Code::MissingMessage,
        format!("there are no messages for locale `{}`", locale.code),
    )
    .help(format!(
        "add locales/{}/cookiedoc.ftl beside cookies.toml with a translation of every message of the built-in English locale (`cookiedoc init --locales` writes them out){nearest}",
        locale.code
    ))
}

/// The files a locale's bundle stacks, most generic first, built-in before the user's: each
/// overrides the ones before it.
fn chain_files<'p>(
    parsed: &'p [ParsedFile],
    matched: &[&LanguageIdentifier],
) -> Vec<&'p ParsedFile> {
    let mut files = Vec::new();
    for matched_id in matched.iter().rev() {
        let code = matched_id.to_string();
        for builtin in [true, false] {
            files.extend(
                parsed
                    .iter()
                    .filter(|p| p.builtin == builtin && p.locale.code == code),
            );
        }
    }
    files
}

/// A regional locale (`de-AT`) with no messages of its own shows those of its language (`de`):
/// right, but worth saying, since a regional variant may word things differently.
fn borrowed_messages(locale: &Locale, matched: &[&LanguageIdentifier]) -> Option<Diagnostic> {
    let used = matched.first()?.to_string();
    if used == locale.code {
        return None;
    }
    Some(
        Diagnostic::warning(
            Code::BorrowedMessages,
            format!(
                "locale `{}` has no messages of its own: the built-in `{used}` messages are shown",
                locale.code
            ),
        )
        .help(format!(
            "list `{used}` instead, or add locales/{}/cookiedoc.ftl with the messages that say things differently there (an empty file is enough to accept `{used}`'s)",
            locale.code
        )),
    )
}

/// The pattern with every selection on `$count` replaced by its chosen variant.
fn choose_count_variants<'s>(
    pattern: &Pattern<&'s str>,
    count: u64,
    category: &str,
) -> Pattern<&'s str> {
    let mut elements = Vec::with_capacity(pattern.elements.len());
    for element in &pattern.elements {
        match element {
            PatternElement::Placeable {
                expression:
                    Expression::Select {
                        selector: InlineExpression::VariableReference { id },
                        variants,
                    },
            } if id.name == "count" => {
                let key_is = |variant: &&Variant<&str>| match &variant.key {
                    VariantKey::NumberLiteral { value } => value.parse::<u64>() == Ok(count),
                    VariantKey::Identifier { .. } => false,
                };
                let chosen = variants
                    .iter()
                    .find(key_is)
                    .or_else(|| {
                        variants.iter().find(|v| {
                            matches!(&v.key, VariantKey::Identifier { name } if *name == category)
                        })
                    })
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(variant) = chosen {
                    elements
                        .extend(choose_count_variants(&variant.value, count, category).elements);
                }
            }
            other => elements.push(other.clone()),
        }
    }
    Pattern { elements }
}

/// The variables cookiedoc passes to a message it formats itself; `None` for a message of the
/// user's own templates.
fn known_variables(id: &str) -> Option<&'static [&'static str]> {
    crate::document::messages::find(id).map(|m| m.variables)
}

struct MessageProblem {
    code: Code,
    message: String,
    help: String,
    /// What the message says at the place of the problem (`$name`, `other-message`), to point
    /// at it rather than at the message's id.
    reference: Option<String>,
}

/// Formats a message and its attributes the way cookiedoc would, and returns what went wrong.
fn check_message(bundle: &Bundle, id: &str) -> Vec<MessageProblem> {
    let Some(message) = bundle.get_message(id) else {
        return Vec::new();
    };
    let known = known_variables(id);
    let args = sample_args(known.unwrap_or(&[]));
    let patterns = message
        .value()
        .into_iter()
        .chain(message.attributes().map(|a| a.value()));
    let mut problems = Vec::new();
    for pattern in patterns {
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if let Some(why) = crate::markdown::beyond_limits(&text) {
            problems.push(MessageProblem {
                code: Code::LimitExceeded,
                message: format!("is beyond a limit: {why}"),
                help: "a message is a few sentences: say it shorter".to_owned(),
                reference: None,
            });
        }
        problems.extend(
            errors
                .iter()
                .filter_map(|error| format_problem(bundle, known, error)),
        );
    }
    problems
}

/// A value for each variable cookiedoc passes: `count` is 2 so that plural selectors take a
/// real branch, the rest are plain text.
fn sample_args(variables: &[&'static str]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for variable in variables {
        let value = if *variable == "count" {
            FluentValue::from(2)
        } else {
            FluentValue::from("x")
        };
        args.set(*variable, value);
    }
    args
}

/// What a Fluent error means for the message's author; `None` where it cannot be judged here.
fn format_problem(
    bundle: &Bundle,
    known: Option<&[&'static str]>,
    error: &fluent_bundle::FluentError,
) -> Option<MessageProblem> {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;

    let problem = match error {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
            id: variable,
        })) => {
            // A message cookiedoc does not format itself gets its variables from the
            // user's own templates, which cannot be known here.
            unknown_variable(variable, known?)
        }
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message {
            id: target,
            attribute: Some(attribute),
        })) if bundle.has_message(target) => MessageProblem {
            code: Code::MissingMessage,
            reference: Some(format!("{target}.{attribute}")),
            message: format!(
                "refers to `{target}.{attribute}`, but the message `{target}` has no attribute `{attribute}`"
            ),
            help: format!("add `.{attribute} = …` under `{target}`, or remove the reference"),
        },
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term {
            id, ..
        })) => missing_reference("term", format!("-{id}")),
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message {
            id, ..
        })) => missing_reference("message", id.clone()),
        other => MessageProblem {
            code: Code::FluentFormat,
            reference: None,
            message: format!("cannot be formatted: {other}"),
            help: "see https://projectfluent.org/fluent/guide/ for the syntax".to_owned(),
        },
    };
    Some(problem)
}

fn unknown_variable(variable: &str, known: &[&str]) -> MessageProblem {
    MessageProblem {
        code: Code::FluentFormat,
        reference: Some(format!("${variable}")),
        message: format!("uses the variable `${variable}`, which cookiedoc does not provide"),
        help: if known.is_empty() {
            "this message gets no variables; see the README's list of messages".to_owned()
        } else {
            format!(
                "its variables are {}",
                known
                    .iter()
                    .map(|v| format!("`${v}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
    }
}

/// A reference to a message (`what` = "message") or term that no file of the locale defines.
fn missing_reference(what: &str, name: String) -> MessageProblem {
    MessageProblem {
        code: Code::MissingMessage,
        reference: Some(name.clone()),
        message: format!("refers to the {what} `{name}`, which does not exist"),
        help: format!("define `{name} = …` in the same locale, or remove the reference"),
    }
}

/// Where the entry whose id ends at `after` says `reference` in a placeable: the entry runs to
/// the next line that does not start with white space.
fn reference_in_entry(text: &str, after: usize, reference: &str) -> Option<std::ops::Range<usize>> {
    let rest = &text[after..];
    let mut end = rest.len();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if offset > 0 && !line.starts_with([' ', '\t', '\n']) {
            end = offset;
            break;
        }
        offset += line.len();
    }
    let entry = &rest[..end];
    let bytes = entry.as_bytes();
    // The reference, not a longer name that starts with it.
    let mut from = 0;
    while let Some(found) = entry[from..].find(reference) {
        let at = from + found;
        let next = bytes.get(at + reference.len()).copied();
        if !next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.') {
            return Some(after + at..after + at + reference.len());
        }
        from = at + reference.len();
    }
    None
}

/// The message ids (not terms) of a resource.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Message and term ids with the span of their name, found at the start of lines.
fn entry_ids(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut ids = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let name_len = line
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
            .count();
        let starts_like_id = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
        if starts_like_id && name_len > 0 && line[name_len..].trim_start().starts_with('=') {
            ids.push((line[..name_len].to_owned(), offset..offset + name_len));
        }
        offset += line.len();
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localizer(codes: &[&str]) -> Localizer {
        let locales: Vec<Locale> = codes.iter().map(|c| Locale::parse(c).unwrap()).collect();
        Localizer::new(&locales, &[], &Sources::default()).unwrap()
    }

    fn duration(l: &Localizer, locale: &str, text: &str) -> String {
        l.duration(locale, &text.parse().unwrap()).unwrap()
    }

    #[test]
    fn durations_use_each_locales_plural_rules() {
        let l = localizer(&["en", "de", "fr"]);
        let cases = [
            ("en", "2 weeks", "2 weeks"),
            ("en", "1 week", "1 week"),
            ("en", "1 year", "1 year"),
            ("en", "13 months", "13 months"),
            ("en", "30 minutes", "30 minutes"),
            ("en", "1 day", "1 day"),
            ("en", "session", "Session"),
            ("en", "up to 12 months", "up to 12 months"),
            ("en", "P1Y6M", "1 year and 6 months"),
            ("de", "2 weeks", "2 Wochen"),
            ("de", "1 week", "1 Woche"),
            ("de", "1 year", "1 Jahr"),
            ("de", "2 years", "2 Jahre"),
            ("de", "1 day", "1 Tag"),
            ("de", "3 days", "3 Tage"),
            ("de", "1 hour", "1 Stunde"),
            ("de", "6 months", "6 Monate"),
            ("de", "1 month", "1 Monat"),
            ("de", "up to 12 months", "bis zu 12 Monate"),
            ("fr", "2 weeks", "2 semaines"),
            ("fr", "1 year", "1 an"),
            ("fr", "2 years", "2 ans"),
            ("fr", "13 months", "13 mois"),
            ("fr", "1 month", "1 mois"),
            ("fr", "1 day", "1 jour"),
            ("fr", "10 minutes", "10 minutes"),
            ("fr", "1 minute", "1 minute"),
            ("fr", "session", "Session"),
        ];
        for (locale, input, expected) in cases {
            assert_eq!(duration(&l, locale, input), expected, "{locale} {input}");
        }
    }

    #[test]
    fn every_unit_has_words_in_every_builtin_locale() {
        let l = localizer(&["en", "de", "fr"]);
        for locale in ["en", "de", "fr"] {
            for n in [1, 2, 5, 21] {
                for unit in [
                    "seconds", "minutes", "hours", "days", "weeks", "months", "years",
                ] {
                    let said = duration(&l, locale, &format!("{n} {unit}"));
                    assert!(said.starts_with(&n.to_string()), "{locale}: {said}");
                    assert!(said.len() > n.to_string().len() + 1, "{locale}: {said}");
                }
            }
        }
    }

    #[test]
    fn no_isolation_marks_in_left_to_right_text() {
        let l = localizer(&["en"]);
        let said = duration(&l, "en", "2 weeks");
        assert!(!said.contains('\u{2068}') && !said.contains('\u{2069}'));
    }

    #[test]
    fn dates_per_locale() {
        let l = localizer(&["en", "de", "fr"]);
        let date = Date {
            year: 2026,
            month: 11,
            day: 28,
        };
        assert_eq!(l.date("en", date).unwrap(), "28 November 2026");
        assert_eq!(l.date("de", date).unwrap(), "28. November 2026");
        assert_eq!(l.date("fr", date).unwrap(), "28 novembre 2026");
    }

    #[test]
    fn missing_message_is_an_error_not_a_placeholder() {
        let l = localizer(&["en"]);
        let error = l.message("en", "no-such-message").unwrap_err();
        assert_eq!(
            error.to_string(),
            "the message `no-such-message` is missing in locale `en`"
        );
    }

    #[test]
    fn a_regional_locale_falls_back_to_its_language() {
        let l = localizer(&["de-CH"]);
        assert_eq!(duration(&l, "de-CH", "2 weeks"), "2 Wochen");
    }

    #[test]
    fn an_unknown_locale_without_files_is_reported() {
        let locales = vec![Locale::parse("ja").unwrap()];
        let Err(errors) = Localizer::new(&locales, &[], &Sources::default()) else {
            panic!("ja has no built-in messages");
        };
        assert_eq!(errors[0].message, "there are no messages for locale `ja`");
    }

    #[test]
    fn builtin_locales_have_every_message() {
        let files = builtin_files();
        let ids = |locale: &str| -> BTreeSet<String> {
            files
                .iter()
                .filter(|f| f.0 == locale)
                .flat_map(|f| entry_ids(f.2).into_iter().map(|(id, _)| id))
                .filter(|id| !id.starts_with('-'))
                .collect()
        };
        let english = ids("en");
        let mut lacking = Vec::new();
        let folders: BTreeSet<&str> = files.iter().map(|f| f.0).collect();
        for folder in folders {
            let own = ids(folder);
            let missing: Vec<&String> = english.difference(&own).collect();
            if !missing.is_empty() {
                lacking.push(format!("{folder}: {missing:?}"));
            }
        }
        assert!(
            lacking.is_empty(),
            "built-in locales lack messages:\n{}",
            lacking.join("\n")
        );
    }

    #[test]
    fn every_builtin_locale_says_every_message_in_its_own_language() {
        let codes: Vec<&str> = builtin_files()
            .iter()
            .map(|f| f.0)
            .filter(|c| *c != "en")
            .collect();
        let l = localizer(&codes);
        for code in codes {
            let untranslated: Vec<&str> = l.untranslated(code).collect();
            assert!(untranslated.is_empty(), "{code}: {untranslated:?}");
        }
        assert_eq!(l.fallback_lang("de", "introduction"), None);
    }
}
