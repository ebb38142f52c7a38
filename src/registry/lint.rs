//! Warnings about a registry that is valid but likely to make a poor or unlawful policy: texts
//! missing in a locale, storage periods the law or browsers do not allow, facts a visitor must be
//! told. `check --strict` turns them into errors.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::{Cookie, Duration, Kind, Party, Provider, Registry, Text};
use crate::diagnostic::{Code, Diagnostic, SourceId};

/// The CNIL's limit for audience-measurement cookies set without consent, applied here to every
/// cookie that needs consent: 13 months.
const CONSENT_LIMIT_DAYS: f64 = 13.0 * 365.2425 / 12.0;
/// Browsers cap a cookie's lifetime at 400 days.
const BROWSER_CAP_DAYS: f64 = 400.0;

pub fn lint(registry: &Registry, source: SourceId) -> Vec<Diagnostic> {
    let mut warnings = missing_translations(registry, source);
    warnings.extend(unused_providers(registry, source));
    // Thousands of cookies, each checked on its own; their warnings in the cookies' order.
    let providers: FxHashMap<&str, &Provider> = registry
        .providers
        .iter()
        .map(|p| (p.id.as_str(), p))
        .collect();
    let per_cookie: Vec<Vec<Diagnostic>> = registry
        .cookies
        .par_iter()
        .map(|cookie| {
            let mut warnings = storage_period(registry, cookie, source);
            let provider = providers.get(cookie.provider.as_str()).copied();
            warnings.extend(provider.and_then(|p| third_party_info(p, cookie, source)));
            warnings
        })
        .collect();
    warnings.extend(per_cookie.into_iter().flatten());
    warnings.extend(controller(registry, source));
    warnings
}

/// W001: a text without a translation in some site locale.
fn missing_translations(registry: &Registry, source: SourceId) -> Vec<Diagnostic> {
    let locales: Vec<&str> = registry
        .site
        .locales
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let mut warnings = Vec::new();
    let mut check = |text: &Text, what: &str| {
        if let Some(warning) = missing_translation(&locales, text, || what.to_owned()) {
            warnings.push(warning.at(source, text.span.clone()));
        }
    };
    for category in &registry.categories {
        if let Some(title) = &category.title {
            check(title, &format!("title of category `{}`", category.id));
        }
        if let Some(description) = &category.description
            && !description.texts().all(|t| t.trim().is_empty())
        {
            check(
                description,
                &format!("description of category `{}`", category.id),
            );
        }
    }
    let per_cookie: Vec<Vec<Diagnostic>> = registry
        .cookies
        .par_iter()
        .map(|cookie| {
            let texts = cookie
                .function
                .iter()
                .map(|t| (t, "function"))
                .chain([(&cookie.purpose, "purpose")]);
            texts
                .filter_map(|(text, what)| {
                    let what = || format!("{what} of {}", cookie.display_names());
                    let warning = missing_translation(&locales, text, what)?;
                    Some(warning.at(source, text.span.clone()))
                })
                .collect()
        })
        .collect();
    warnings.extend(per_cookie.into_iter().flatten());
    warnings
}

/// `what` names the text, for the warning: naming it costs more than checking it.
fn missing_translation(
    locales: &[&str],
    text: &Text,
    what: impl FnOnce() -> String,
) -> Option<Diagnostic> {
    let default = locales[0];
    // A text in the site's one locale is complete; one in a language the site does not list
    // (imported) lacks every locale.
    let shown = text.fallback_locale(default);
    if locales.len() < 2 && shown == default {
        return None;
    }
    let missing: Vec<&str> = locales
        .iter()
        .copied()
        .filter(|l| text.get_exact(l).is_none() && text.in_parent_of(l).is_none())
        .collect();
    if missing.is_empty() {
        return None;
    }
    let quoted: Vec<String> = missing.iter().map(|l| format!("`{l}`")).collect();
    let help = if text.plain {
        format!(
            "write it as a table by locale, such as {{ {default} = \"…\", {} = \"…\" }}",
            missing[0]
        )
    } else {
        format!("add {} = \"…\"", missing.join(" = \"…\", "))
    };
    Some(
        Diagnostic::warning(
            Code::MissingTranslation,
            format!(
                "the {} has no text in {}; the `{shown}` text is shown there",
                what(),
                quoted.join(", ")
            ),
        )
        .help(help),
    )
}

/// W002: a provider no cookie names.
fn unused_providers(registry: &Registry, source: SourceId) -> Vec<Diagnostic> {
    let used = registry.used_providers();
    registry
        .providers
        .iter()
        .filter(|p| !used.contains(p.id.as_str()))
        .map(|provider| {
            Diagnostic::warning(
                Code::UnusedProvider,
                format!("the provider `{}` is not used by any cookie", provider.id),
            )
            .at(source, provider.span.clone())
            .help("remove it, or name it as the `provider` of its cookies")
        })
        .collect()
}

/// W003–W005: a storage period missing, longer than consent may last, or longer than browsers
/// keep a cookie.
fn storage_period(registry: &Registry, cookie: &Cookie, source: SourceId) -> Vec<Diagnostic> {
    // Named only in a warning: most cookies have none.
    let names = || cookie.display_names();
    let category = registry.categories.iter().find(|c| c.id == cookie.category);
    let mut warnings = Vec::new();
    match &cookie.duration {
        // A pixel is a request, not something stored on the device.
        None if cookie.kind == Kind::Pixel => {}
        None => warnings.push(
            Diagnostic::warning(Code::NoDuration, format!("{} has no duration", names()))
                .at(source, cookie.span.clone())
                .help("add `duration = \"…\"`: GDPR Art. 13(2)(a) asks for the storage period (\"session\", \"persistent\", \"13 months\")"),
        ),
        Some(duration) => {
            let span = cookie.duration_span.clone().unwrap_or(cookie.span.clone());
            let days = duration.approx_days().unwrap_or(0.0);
            if category.is_some_and(|c| c.consent) && days > CONSENT_LIMIT_DAYS {
                let length = describe(duration);
                warnings.push(
                    Diagnostic::warning(
                        Code::LongConsentCookie,
                        format!("{} needs consent and is kept {length}, longer than 13 months", names()),
                    )
                    .at(source, span.clone())
                    .help("the CNIL limits audience-measurement cookies to 13 months; keep it at most \"13 months\" and ask for consent again after that"),
                );
            }
            if cookie.kind == Kind::HttpCookie && days > BROWSER_CAP_DAYS {
                let length = describe(duration);
                warnings.push(
                    Diagnostic::warning(
                        Code::OverBrowserCap,
                        format!("{} is declared to be kept {length}, but browsers keep cookies at most 400 days", names()),
                    )
                    .at(source, span)
                    .help("state the lifetime browsers really give it: at most \"400 days\" (about 13 months)"),
                );
            }
        }
    }
    warnings
}

/// W006: a third-party cookie whose provider does not say where its privacy policy is or where
/// it is.
fn third_party_info(provider: &Provider, cookie: &Cookie, source: SourceId) -> Option<Diagnostic> {
    if cookie.party != Party::Third {
        return None;
    }
    let mut missing = Vec::new();
    if provider.privacy_policy.is_none() {
        missing.push("`privacy_policy`");
    }
    if provider.country.is_none() {
        missing.push("`country`");
    }
    if missing.is_empty() {
        return None;
    }
    Some(
        Diagnostic::warning(
            Code::ThirdPartyInfo,
            format!(
                "{} is a third-party cookie, but its provider `{}` has no {}",
                cookie.display_names(),
                provider.id,
                missing.join(" and no ")
            ),
        )
        .at(source, provider.span.clone())
        .help(format!(
            "add {} to `[providers.{}]`: visitors must learn who receives their data and where (GDPR Art. 13(1)(e), (f))",
            missing.join(" and "),
            provider.id
        )),
    )
}

/// W007: no controller, or no way to contact it.
fn controller(registry: &Registry, source: SourceId) -> Option<Diagnostic> {
    let controller = registry.site.controller.as_ref();
    let has_identity = controller.is_some_and(|c| c.name.is_some());
    let has_contact = controller.is_some_and(|c| c.email.is_some() || c.url.is_some());
    let lacking = match (has_identity, has_contact) {
        (true, true) => return None,
        (false, false) => "the controller's identity and contact",
        (false, true) => "the controller's identity",
        _ => "a contact for the controller",
    };
    let site_span = registry.site.span.clone();
    Some(
        Diagnostic::warning(Code::NoController, format!("`[site]` does not name {lacking}"))
            .at(source, site_span.start..site_span.start)
            .help("add `controller = { name = \"…\", email = \"…\" }` to `[site]`: GDPR Art. 13(1)(a) asks for them"),
    )
}

fn describe(duration: &Duration) -> String {
    match duration {
        Duration::Persistent => "until deleted".to_owned(),
        Duration::Session => "for the session".to_owned(),
        Duration::Period { parts, up_to } => {
            let said: Vec<String> = parts
                .iter()
                .map(|(n, unit)| format!("{n} {}", unit.english(*n)))
                .collect();
            format!(
                "{}{}",
                if *up_to { "up to " } else { "for " },
                said.join(" ")
            )
        }
    }
}
