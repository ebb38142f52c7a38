//! `cookies.toml`: loading, validation and lints.
#![no_main]

use std::path::Path;

use cookiedoc::diagnostic::Sources;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|text: &str| {
    let mut sources = Sources::default();
    let id = sources.add(Path::new("cookies.toml"), text.into());
    let (registry, mut diagnostics) = cookiedoc::registry::load(id, text);
    if let Some(registry) = &registry {
        diagnostics.extend(cookiedoc::registry::lint(registry, id));
    }
    common::print(sources, diagnostics);
});
