//! What every target does with what it found: render its diagnostics both ways, as a run would
//! print them, so that the diagnostic path is fuzzed too.

use cookiedoc::diagnostic::{Diagnostic, Report, Sources};

pub fn print(sources: Sources, diagnostics: Vec<Diagnostic>) {
    let report = Report::new(sources, diagnostics);
    let text = report.render(false);
    assert!(
        !text
            .chars()
            .any(|c| c != '\n' && cookiedoc::diagnostic::is_unsafe_for_terminal(c)),
        "a control character reached the terminal: {text:?}"
    );
    let _ = report.to_json_lines();
}
