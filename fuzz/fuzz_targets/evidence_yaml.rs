//! Evidence read as `cookies.yml`.
#![no_main]

use std::path::Path;

use cookiedoc::audit::evidence::{self, Format};
use cookiedoc::diagnostic::Sources;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|text: &str| {
    let mut sources = Sources::default();
    let (_, diagnostics) = evidence::parse(
        Path::new("cookies.yml"),
        text.into(),
        Some(Format::EdpsCookies),
        1_764_000_000.0,
        &mut sources,
    );
    common::print(sources, diagnostics);
});
