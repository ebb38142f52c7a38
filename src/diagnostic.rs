//! Errors and warnings that point at a place in a source file (the registry, a `.ftl` file, a
//! template), rendered like rustc's for people, or as one JSON object a line for machines.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Information that never fails a run, not even under `--strict`.
    Note,
}

/// Every diagnostic has a stable code, documented in the README.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    TomlSyntax,
    WrongType,
    UnknownKey,
    UnknownProvider,
    UnknownCategory,
    DuplicateCookie,
    BadDuration,
    BadUrl,
    BadCountry,
    BadLocale,
    MissingTitle,
    FluentSyntax,
    FluentDuplicate,
    MissingMessage,
    FluentFormat,
    Template,
    BadValue,
    MissingDefaultText,
    BadJurisdiction,
    BadTransfer,
    TransferWithoutCountry,
    // Warnings: errors only under --strict.
    MissingTranslation,
    UnusedProvider,
    NoDuration,
    LongConsentCookie,
    OverBrowserCap,
    ThirdPartyInfo,
    NoController,
    StaleCopy,
    NoTransferSafeguard,
    NoConsentControl,
    NoDpo,
    BorrowedMessages,
    // Not about the input's content: a file that cannot be read, a folder cookiedoc will not touch.
    CannotProceed,
    // Audit: what a browser really stored compared with the registry.
    UndeclaredStorage,
    NotSeen,
    LongerThanDeclared,
    FirstPartyElsewhere,
    BadEvidence,
    ScanFailed,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::TomlSyntax => "E001",
            Code::WrongType => "E002",
            Code::UnknownKey => "E003",
            Code::UnknownProvider => "E004",
            Code::UnknownCategory => "E005",
            Code::DuplicateCookie => "E006",
            Code::BadDuration => "E007",
            Code::BadUrl => "E008",
            Code::BadCountry => "E009",
            Code::BadLocale => "E010",
            Code::MissingTitle => "E011",
            Code::FluentSyntax => "E012",
            Code::FluentDuplicate => "E013",
            Code::MissingMessage => "E014",
            Code::FluentFormat => "E015",
            Code::Template => "E016",
            Code::BadValue => "E017",
            Code::MissingDefaultText => "E018",
            Code::BadJurisdiction => "E025",
            Code::BadTransfer => "E026",
            Code::TransferWithoutCountry => "E027",
            Code::MissingTranslation => "W001",
            Code::UnusedProvider => "W002",
            Code::NoDuration => "W003",
            Code::LongConsentCookie => "W004",
            Code::OverBrowserCap => "W005",
            Code::ThirdPartyInfo => "W006",
            Code::NoController => "W007",
            Code::StaleCopy => "W008",
            Code::NoTransferSafeguard => "W009",
            Code::NoConsentControl => "W010",
            Code::NoDpo => "W011",
            Code::BorrowedMessages => "W015",
            Code::CannotProceed => "E019",
            Code::UndeclaredStorage => "A001",
            Code::NotSeen => "A002",
            Code::LongerThanDeclared => "A003",
            Code::FirstPartyElsewhere => "A004",
            Code::BadEvidence => "A005",
            Code::ScanFailed => "A006",
        }
    }
}

/// Identifies a file registered in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(usize);

/// The text of every file a run read, so that diagnostics can quote them.
#[derive(Default, Clone)]
pub struct Sources {
    files: SimpleFiles<String, Arc<str>>,
    paths: Vec<PathBuf>,
}

impl Sources {
    pub fn add(&mut self, path: &Path, text: Arc<str>) -> SourceId {
        self.paths.push(path.to_path_buf());
        SourceId(self.files.add(path.display().to_string(), text))
    }

    pub fn text(&self, id: SourceId) -> &str {
        self.files
            .get(id.0)
            .map(|f| f.source().as_ref())
            .unwrap_or("")
    }

    pub fn path(&self, id: SourceId) -> &Path {
        &self.paths[id.0]
    }

    /// Every file read, in the order it was read (built-in ones under `<built-in>/`).
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, id: SourceId, offset: usize) -> (usize, usize) {
        let text = self.text(id);
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line_index = self.files.line_index(id.0, offset).unwrap_or(0);
        let line_start = self
            .files
            .line_range(id.0, line_index)
            .map(|r| r.start)
            .unwrap_or(0);
        let column = text[line_start.min(offset)..offset].chars().count();
        (line_index + 1, column + 1)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// Where the problem is; `None` for problems of the whole run.
    pub location: Option<(SourceId, Range<usize>)>,
    /// A short note under the caret.
    pub label: Option<String>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            label: None,
            help: None,
        }
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, source: SourceId, span: Range<usize>) -> Self {
        self.location = Some((source, span));
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    fn sort_key(&self) -> (Option<SourceId>, usize) {
        match &self.location {
            Some((source, span)) => (Some(*source), span.start),
            None => (None, 0),
        }
    }
}

/// The outcome of checking a project: every diagnostic, with the files they point into.
#[derive(Clone, Default)]
pub struct Report {
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn new(sources: Sources, mut diagnostics: Vec<Diagnostic>) -> Self {
        // Source order: files in the order they were read, then by position; stable, so
        // diagnostics at one place keep the order in which they were found.
        diagnostics.sort_by_key(Diagnostic::sort_key);
        diagnostics.dedup();
        Report {
            sources,
            diagnostics,
        }
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Turns every warning into an error, for `--strict`; notes stay notes.
    pub fn strict(mut self) -> Self {
        for diagnostic in &mut self.diagnostics {
            if diagnostic.severity == Severity::Warning {
                diagnostic.severity = Severity::Error;
            }
        }
        self
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Renders every diagnostic the way rustc does, with ANSI colors when `color` is set.
    pub fn render(&self, color: bool) -> String {
        use rayon::prelude::*;
        let config = term::Config::default();
        // A large registry can have thousands of warnings; each is drawn on its own, in
        // parallel, and joined in order.
        let rendered: Vec<Vec<u8>> = self
            .diagnostics
            .par_iter()
            .map(|diagnostic| {
                let mut buffer = if color {
                    termcolor::Buffer::ansi()
                } else {
                    termcolor::Buffer::no_color()
                };
                let rendered = self.to_codespan(diagnostic);
                // Rendering only fails when a span lies outside its file, which is a bug; the
                // message is still worth showing without its snippet.
                if term::emit_to_write_style(&mut buffer, &config, &self.sources.files, &rendered)
                    .is_err()
                {
                    let plain = cs::Diagnostic {
                        labels: Vec::new(),
                        ..rendered
                    };
                    let _ = term::emit_to_write_style(
                        &mut buffer,
                        &config,
                        &self.sources.files,
                        &plain,
                    );
                }
                buffer.into_inner()
            })
            .collect();
        String::from_utf8_lossy(&rendered.concat()).into_owned()
    }

    fn to_codespan(&self, diagnostic: &Diagnostic) -> cs::Diagnostic<usize> {
        let base = match diagnostic.severity {
            Severity::Error => cs::Diagnostic::error(),
            Severity::Warning => cs::Diagnostic::warning(),
            Severity::Note => cs::Diagnostic::note(),
        };
        let mut rendered = base
            .with_code(diagnostic.code.as_str())
            .with_message(&diagnostic.message);
        if let Some((source, span)) = &diagnostic.location {
            let text = self.sources.text(*source);
            let start = floor_char_boundary(text, span.start.min(text.len()));
            let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
            let mut label = cs::Label::primary(source.0, start..end);
            if let Some(message) = &diagnostic.label {
                label = label.with_message(message);
            }
            rendered = rendered.with_label(label);
        }
        if let Some(help) = &diagnostic.help {
            rendered = rendered.with_note(format!("help: {help}"));
        }
        rendered
    }

    /// One JSON object a line, for CI annotations.
    pub fn to_json_lines(&self) -> String {
        #[derive(Serialize)]
        struct JsonDiagnostic<'a> {
            severity: Severity,
            code: &'static str,
            message: &'a str,
            file: Option<String>,
            line: Option<usize>,
            column: Option<usize>,
            end_line: Option<usize>,
            end_column: Option<usize>,
            help: Option<&'a str>,
        }
        let mut out = String::new();
        for d in &self.diagnostics {
            let (file, start, end) = match &d.location {
                Some((source, span)) => (
                    Some(self.sources.path(*source).display().to_string()),
                    Some(self.sources.line_column(*source, span.start)),
                    Some(self.sources.line_column(*source, span.end)),
                ),
                None => (None, None, None),
            };
            let json = JsonDiagnostic {
                severity: d.severity,
                code: d.code.as_str(),
                message: &d.message,
                file,
                line: start.map(|p| p.0),
                column: start.map(|p| p.1),
                end_line: end.map(|p| p.0),
                end_column: end.map(|p| p.1),
                help: d.help.as_deref(),
            };
            out.push_str(&serde_json::to_string(&json).expect("diagnostics serialize"));
            out.push('\n');
        }
        out
    }
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// The candidate closest to `word`, if one is close enough to be what was meant.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let fields = ["name", "purpose", "provider", "category"];
        assert_eq!(did_you_mean("purpse", fields), Some("purpose"));
        assert_eq!(did_you_mean("categroy", fields), Some("category"));
        assert_eq!(did_you_mean("xyz", fields), None);
    }

    #[test]
    fn line_and_column_count_characters() {
        let mut sources = Sources::default();
        let id = sources.add(Path::new("a.toml"), "ab\nçé = 1\n".into());
        assert_eq!(sources.line_column(id, 0), (1, 1));
        assert_eq!(sources.line_column(id, 3), (2, 1));
        // after "çé" (4 bytes): column 3
        assert_eq!(sources.line_column(id, 7), (2, 3));
    }
}
