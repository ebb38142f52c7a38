//! A user's `.ftl` file over the built-in English messages: parsing, and formatting every
//! message the way `check` does.
#![no_main]

use std::path::Path;

use cookiedoc::diagnostic::Sources;
use cookiedoc::i18n::{FtlFile, Localizer};
use cookiedoc::registry::Locale;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|text: &str| {
    let mut sources = Sources::default();
    let source = sources.add(Path::new("locales/en/cookiedoc.ftl"), text.into());
    let files = [FtlFile {
        folder: "en".to_owned(),
        source,
    }];
    let locales = [Locale::parse("en").expect("en is a locale")];
    let diagnostics = match Localizer::new(&locales, &files, &sources) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics,
    };
    common::print(sources, diagnostics);
});
