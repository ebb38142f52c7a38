//! The Markdown of a text, rendered for the pages and for the Markdown documents.
#![no_main]

use cookiedoc::markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = markdown::beyond_limits(text);
    for inline in [false, true] {
        let html = markdown::to_html(text, inline);
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{html}");
        // A link to a script; the same words as text are harmless.
        assert!(!lower.contains("<a href=\"javascript"), "{html}");
        let written = markdown::to_markdown(text, inline);
        let _ = markdown::document_to_html(&written);
    }
    let _ = markdown::to_plain(text);
    let _ = markdown::to_code_span(text);
});
