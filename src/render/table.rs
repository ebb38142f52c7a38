//! The rows of a category's table, written once in Rust instead of by the templates: a table
//! of the Open Cookie Database has thousands of rows, and interpreting a template per cell was
//! most of a build's time. The built-in partials show `category.rows_html` and
//! `category.rows_md`; the rows themselves stay in the context for templates of a project's own.
//!
//! Each function writes exactly what the loop it replaced wrote, byte for byte: the test
//! `a_template_of_its_own_writes_the_same_table` in `tests/it/embed.rs` renders the old loops as
//! a project's own partials and compares.

use rustc_hash::FxHashMap;

use crate::document::{CategoryDoc, ColumnId, Document, ProviderDoc, Row, Said};
use crate::markdown;
use crate::registry::Party;

/// A provider's cell, written once for all its rows (which share the provider's document) of
/// one party.
type ProviderCells = FxHashMap<(*const ProviderDoc, bool), String>;

/// The provider's cell of `row`, from `cells` or written there by `write`.
fn provider_cell<'c>(
    cells: &'c mut ProviderCells,
    row: &Row,
    write: impl FnOnce(&mut String),
) -> &'c str {
    let key = (
        std::sync::Arc::as_ptr(&row.provider),
        row.party == Party::Third,
    );
    cells.entry(key).or_insert_with(|| {
        let mut cell = String::new();
        write(&mut cell);
        cell
    })
}

/// The `<tr>` elements of `category`'s table body, each on its own lines after a newline.
pub fn rows_html(document: &Document, category: &CategoryDoc) -> String {
    let separator = &document.messages["list-separator"].html;
    let third = &document.messages["party-third"].html;
    let mut out = String::with_capacity(category.rows.len() * 640);
    let mut providers = ProviderCells::default();
    for row in &category.rows {
        out.push_str("\n<tr>");
        for column in &category.columns {
            out.push_str("\n<td data-label=\"");
            out.push_str(&column.label.html);
            out.push('"');
            match column.id {
                ColumnId::Provider => {
                    out.push('>');
                    out.push_str(provider_cell(&mut providers, row, |cell| {
                        provider_html(cell, row, third, separator)
                    }));
                }
                ColumnId::Function => {
                    if let Some(function) = &row.function {
                        lang_attribute(&mut out, function);
                        out.push('>');
                        out.push_str(&function.html);
                    } else {
                        out.push('>');
                    }
                }
                ColumnId::Names => {
                    out.push('>');
                    names_html(&mut out, &row.names, document.dir == "rtl", separator);
                }
                ColumnId::Purpose => {
                    lang_attribute(&mut out, &row.purpose);
                    out.push('>');
                    out.push_str(&row.purpose.html);
                }
                ColumnId::Duration => {
                    out.push('>');
                    if let Some(duration) = &row.duration {
                        out.push_str(&duration.html);
                    }
                }
                ColumnId::Kind => {
                    out.push('>');
                    out.push_str(&row.kind_label.html);
                }
            }
            out.push_str("</td>");
        }
        out.push_str("\n</tr>");
    }
    out
}

/// ` lang="…"` when the text is said in another language than the document's.
fn lang_attribute(out: &mut String, said: &Said) {
    if let Some(lang) = &said.lang {
        out.push_str(" lang=\"");
        markdown::push_escaped_html(out, lang);
        out.push('"');
    }
}

fn provider_html(out: &mut String, row: &Row, third: &str, separator: &str) {
    let name = &row.provider.name;
    match &row.provider.privacy_policy {
        Some(url) => {
            out.push_str("<a href=\"");
            markdown::push_escaped_html(out, url);
            out.push_str("\">");
            markdown::push_escaped_html(out, name);
            out.push_str("</a>");
        }
        None => markdown::push_escaped_html(out, name),
    }
    if row.party != Party::Third {
        return;
    }
    out.push_str(" <span class=\"cookiedoc-party\">(");
    out.push_str(third);
    if let Some(country) = &row.provider.country_name {
        out.push_str(separator);
        match &country.lang {
            Some(lang) => {
                out.push_str("<span lang=\"");
                markdown::push_escaped_html(out, lang);
                out.push_str("\">");
                out.push_str(&country.html);
                out.push_str("</span>");
            }
            None => out.push_str(&country.html),
        }
    }
    out.push_str(")</span>");
}

fn names_html(out: &mut String, names: &[String], rtl: bool, separator: &str) {
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        // Cookie names are Latin identifiers: on a right-to-left page they still read left to right.
        out.push_str(if rtl { "<code dir=\"ltr\">" } else { "<code>" });
        markdown::push_escaped_html(out, name);
        out.push_str("</code>");
    }
}

/// The lines of `category`'s Markdown table after its delimiter row, each after a newline.
pub fn rows_md(document: &Document, category: &CategoryDoc) -> String {
    let separator = &document.messages["list-separator"].md;
    let third = &document.messages["party-third"].md;
    let mut out = String::with_capacity(category.rows.len() * 320);
    let mut providers = ProviderCells::default();
    for row in &category.rows {
        out.push_str("\n|");
        for column in &category.columns {
            out.push(' ');
            match column.id {
                ColumnId::Provider => out.push_str(provider_cell(&mut providers, row, |cell| {
                    provider_md(cell, row, third, separator)
                })),
                ColumnId::Function => {
                    if let Some(function) = &row.function {
                        out.push_str(&function.md);
                    }
                }
                ColumnId::Names => names_md(&mut out, &row.names, document.dir == "rtl", separator),
                ColumnId::Purpose => out.push_str(&row.purpose.md),
                ColumnId::Duration => {
                    if let Some(duration) = &row.duration {
                        out.push_str(&duration.md);
                    }
                }
                ColumnId::Kind => out.push_str(&row.kind_label.md),
            }
            out.push_str(" |");
        }
    }
    out
}

fn provider_md(out: &mut String, row: &Row, third: &str, separator: &str) {
    let name = markdown::escape_markdown_line(&row.provider.name);
    match &row.provider.privacy_policy {
        Some(url) => {
            out.push('[');
            out.push_str(&name);
            out.push_str("](<");
            out.push_str(url);
            out.push_str(">)");
        }
        None => out.push_str(&name),
    }
    if row.party != Party::Third {
        return;
    }
    out.push_str(" (");
    out.push_str(third);
    if let Some(country) = &row.provider.country_name {
        out.push_str(separator);
        out.push_str(&country.md);
    }
    out.push(')');
}

fn names_md(out: &mut String, names: &[String], rtl: bool, separator: &str) {
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        // LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE: the name reads left to right.
        if rtl {
            out.push('\u{2066}');
        }
        markdown::push_code_span(out, name);
        if rtl {
            out.push('\u{2069}');
        }
    }
}
