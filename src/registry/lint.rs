//! Warnings about a registry that is valid but likely to make a poor or unlawful policy: texts
//! missing in a locale, storage periods the law or browsers do not allow, facts a visitor must be
//! told. `check --strict` turns them into errors.

use super::{Duration, Kind, Party, Registry, Text};
use crate::diagnostic::{Code, Diagnostic, SourceId};

/// The CNIL's limit for audience-measurement cookies set without consent, applied here to every
/// cookie that needs consent: 13 months.
const CONSENT_LIMIT_DAYS: f64 = 13.0 * 365.2425 / 12.0;
/// Browsers cap a cookie's lifetime at 400 days.
const BROWSER_CAP_DAYS: f64 = 400.0;

pub fn lint(registry: &Registry, source: SourceId) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let locales: Vec<&str> = registry
        .site
        .locales
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let default = locales[0];
    let mut missing_translation = |text: &Text, what: &str| {
        if locales.len() < 2 {
            return;
        }
        let missing: Vec<&str> = locales
            .iter()
            .copied()
            .filter(|l| text.get_exact(l).is_none() && text.in_parent_of(l).is_none())
            .collect();
        if missing.is_empty() {
            return;
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
        warnings.push(
            Diagnostic::warning(
                Code::MissingTranslation,
                format!(
                    "the {what} has no text in {}; the `{default}` text is shown there",
                    quoted.join(", ")
                ),
            )
            .at(source, text.span.clone())
            .help(help),
        );
    };

    for category in &registry.categories {
        let name = format!("title of category `{}`", category.id);
        if let Some(title) = &category.title {
            missing_translation(title, &name);
        }
        if let Some(description) = &category.description
            && !description.texts().all(|t| t.trim().is_empty())
        {
            missing_translation(
                description,
                &format!("description of category `{}`", category.id),
            );
        }
    }
    for cookie in &registry.cookies {
        let names = cookie.display_names();
        if let Some(function) = &cookie.function {
            missing_translation(function, &format!("function of {names}"));
        }
        missing_translation(&cookie.purpose, &format!("purpose of {names}"));
    }

    for provider in &registry.providers {
        if !registry.cookies.iter().any(|c| c.provider == provider.id) {
            warnings.push(
                Diagnostic::warning(
                    Code::UnusedProvider,
                    format!("the provider `{}` is not used by any cookie", provider.id),
                )
                .at(source, provider.span.clone())
                .help("remove it, or name it as the `provider` of its cookies"),
            );
        }
    }

    for cookie in &registry.cookies {
        let names = cookie.display_names();
        let category = registry.categories.iter().find(|c| c.id == cookie.category);
        match &cookie.duration {
            // A pixel is a request, not something stored on the device.
            None if cookie.kind == Kind::Pixel => {}
            None => warnings.push(
                Diagnostic::warning(Code::NoDuration, format!("{names} has no duration"))
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
                            format!("{names} needs consent and is kept {length}, longer than 13 months"),
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
                            format!("{names} is declared to be kept {length}, but browsers keep cookies at most 400 days"),
                        )
                        .at(source, span)
                        .help("state the lifetime browsers really give it: at most \"400 days\" (about 13 months)"),
                    );
                }
            }
        }
        if cookie.party == Party::Third
            && let Some(provider) = registry.provider(&cookie.provider)
        {
            let mut missing = Vec::new();
            if provider.privacy_policy.is_none() {
                missing.push("`privacy_policy`");
            }
            if provider.country.is_none() {
                missing.push("`country`");
            }
            if !missing.is_empty() {
                warnings.push(
                    Diagnostic::warning(
                        Code::ThirdPartyInfo,
                        format!(
                            "{names} is a third-party cookie, but its provider `{}` has no {}",
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
                );
            }
        }
    }

    let controller = registry.site.controller.as_ref();
    let has_identity = controller.is_some_and(|c| c.name.is_some());
    let has_contact = controller.is_some_and(|c| c.email.is_some() || c.url.is_some());
    if !has_identity || !has_contact {
        let lacking = match (has_identity, has_contact) {
            (false, false) => "the controller's identity and contact",
            (false, true) => "the controller's identity",
            _ => "a contact for the controller",
        };
        let site_span = registry.site.span.clone();
        warnings.push(
            Diagnostic::warning(Code::NoController, format!("`[site]` does not name {lacking}"))
                .at(source, site_span.start..site_span.start)
                .help("add `controller = { name = \"…\", email = \"…\" }` to `[site]`: GDPR Art. 13(1)(a) asks for them"),
        );
    }
    warnings
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
