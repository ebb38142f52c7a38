//! The one integration-test binary: a module per area. Tests that need Chromium, Java or npm
//! packages are `#[ignore]`d with what they need; `.ci/run` runs them with `--include-ignored`.

mod audit;
mod browser;
mod cldr;
mod cli;
mod diagnostics;
mod disclosure;
mod embed;
mod first_hour;
mod helpers;
mod hostile;
mod hostile_io;
mod locales;
mod serve;
mod toolchain;
