//! Errors and warnings that point at a place in a source file (the registry, a `.ftl` file, a
//! template), rendered like rustc's for people, or as one JSON object a line for machines.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::Files;
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
    /// An input beyond a limit cookiedoc sets: nesting depth, text length, file size.
    LimitExceeded,
    /// A file that is not UTF-8 text.
    NotUtf8,
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
    // With --banner: the banner's consent record, and a banner with nothing to ask.
    NoConsentRecord,
    NothingToConsent,
    BadConsentRecord,
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
    BeforeConsent,
    AfterRefusal,
    NoBanner,
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
            Code::LimitExceeded => "E022",
            Code::NotUtf8 => "E023",
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
            Code::NoConsentRecord => "W012",
            Code::NothingToConsent => "W013",
            Code::BadConsentRecord => "W014",
            Code::BorrowedMessages => "W015",
            Code::CannotProceed => "E019",
            Code::UndeclaredStorage => "A001",
            Code::NotSeen => "A002",
            Code::LongerThanDeclared => "A003",
            Code::FirstPartyElsewhere => "A004",
            Code::BadEvidence => "A005",
            Code::ScanFailed => "A006",
            Code::BeforeConsent => "A007",
            Code::AfterRefusal => "A008",
            Code::NoBanner => "A009",
        }
    }
}

/// Identifies a file registered in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(usize);

/// The text of every file a run read, so that diagnostics can quote them.
#[derive(Default, Clone)]
pub struct Sources {
    files: Vec<SourceFile>,
    paths: Vec<PathBuf>,
}

/// A file's text, and where its lines start, found when a diagnostic first asks: finding the
/// lines of a registry of a megabyte took longer than reading it, and most builds never ask.
#[derive(Clone)]
struct SourceFile {
    text: Arc<str>,
    /// Whether the text is ASCII, where a column is a byte offset: thousands of diagnostics on
    /// one long line then cost no more than one.
    ascii: bool,
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        })
    }

    /// The index of the line that holds `offset` (the last line for an offset past the end).
    fn line_index(&self, offset: usize) -> usize {
        self.line_starts()
            .binary_search(&offset)
            .unwrap_or_else(|next| next - 1)
    }

    /// The byte range of a line, its line break included.
    fn line_range(&self, index: usize) -> Option<Range<usize>> {
        let starts = self.line_starts();
        let start = *starts.get(index)?;
        Some(start..starts.get(index + 1).copied().unwrap_or(self.text.len()))
    }
}

impl Sources {
    pub fn add(&mut self, path: &Path, text: Arc<str>) -> SourceId {
        self.paths.push(path.to_path_buf());
        self.files.push(SourceFile {
            ascii: text.is_ascii(),
            text,
            line_starts: OnceLock::new(),
        });
        SourceId(self.files.len() - 1)
    }

    pub fn text(&self, id: SourceId) -> &str {
        self.files.get(id.0).map_or("", |f| &f.text)
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
        let Some(file) = self.files.get(id.0) else {
            return (1, 1);
        };
        let line_index = file.line_index(offset);
        let line_start = file.line_range(line_index).map_or(0, |r| r.start);
        (
            line_index + 1,
            self.column(id, line_start.min(offset), offset) + 1,
        )
    }

    /// The number of characters between two offsets of one line.
    fn column(&self, id: SourceId, line_start: usize, offset: usize) -> usize {
        if self.files.get(id.0).is_some_and(|f| f.ascii) {
            offset - line_start
        } else {
            self.text(id)[line_start..offset].chars().count()
        }
    }

    /// The byte range of the line that holds `offset`, without its line break.
    fn line_of(&self, id: SourceId, offset: usize) -> Range<usize> {
        let text = self.text(id);
        let range = self
            .files
            .get(id.0)
            .and_then(|f| f.line_range(f.line_index(offset)))
            .unwrap_or(0..text.len());
        let end = range.start + text[range.clone()].trim_end_matches('\n').len();
        range.start..end
    }

    /// The line that holds a span, cut around it when it is longer than a screen and made safe
    /// for a terminal, with the span's place in what is shown. The span is kept to its first
    /// line: quoting a few characters is enough to find the place, and what is printed stays
    /// in proportion to the number of diagnostics, not to the size of the file.
    fn excerpt(&self, id: SourceId, span: &Range<usize>) -> (Excerpt, Range<usize>) {
        let text = self.text(id);
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let line = self.line_of(id, start);
        let end = end.min(line.end);
        let (line_number, column) = self.line_column(id, start);
        // Up to SHOWN characters from a little before the span, or the whole line if it fits.
        let from = if text[line.clone()].chars().nth(SHOWN_COLUMNS).is_none() {
            line.start
        } else {
            text[line.start..start]
                .char_indices()
                .rev()
                .nth(SHOWN_BEFORE - 1)
                .map_or(line.start, |(i, _)| line.start + i)
        };
        let to = text[from..line.end]
            .char_indices()
            .nth(SHOWN_COLUMNS)
            .map_or(line.end, |(i, _)| from + i);
        let mut shown = String::with_capacity(to - from + 8);
        if from > line.start {
            shown.push('…');
        }
        let (mut label_start, mut label_end) = (None, None);
        for (i, c) in text[from..to].char_indices() {
            if from + i == start {
                label_start = Some(shown.len());
            }
            if from + i == end {
                label_end = Some(shown.len());
            }
            if c == '\t' {
                shown.push(c);
            } else {
                push_terminal_safe(&mut shown, c);
            }
        }
        let label_start = label_start.unwrap_or(shown.len());
        let label_end = label_end.unwrap_or(shown.len()).max(label_start);
        if to < line.end {
            shown.push('…');
        }
        let excerpt = Excerpt {
            name: terminal_safe(&self.path(id).display().to_string()).into_owned(),
            text: shown,
            line_number,
            column,
            label_start,
        };
        (excerpt, label_start..label_end)
    }
}

/// How many characters of a source line a diagnostic shows at most, and how many of them come
/// before the place it points at.
const SHOWN_COLUMNS: usize = 120;
const SHOWN_BEFORE: usize = 40;

/// The one line a diagnostic quotes, as codespan-reporting reads files, with the line and
/// column it has in its file.
struct Excerpt {
    name: String,
    text: String,
    line_number: usize,
    column: usize,
    label_start: usize,
}

impl<'a> Files<'a> for Excerpt {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line_number)
    }

    fn column_number(
        &'a self,
        (): (),
        _: usize,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        // Only the label's start is asked for (the `file:line:column` header); the excerpt's
        // own columns differ from the file's once the line is cut or escaped.
        let shown = self.text[..byte_index.min(self.text.len())].chars().count();
        let at_label = self.text[..self.label_start].chars().count();
        Ok((self.column + shown).saturating_sub(at_label).max(1))
    }

    fn line_range(
        &'a self,
        (): (),
        line_index: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        match line_index {
            0 => Ok(0..self.text.len()),
            _ => Err(codespan_reporting::files::Error::LineTooLarge {
                given: line_index,
                max: 0,
            }),
        }
    }
}

/// Whether a character must not reach a terminal as it is: the C0 and C1 controls and DEL
/// (escape sequences that move the cursor, retitle the window, or hide what came before with a
/// carriage return), and the Unicode controls that reorder text on screen (bidi embeddings,
/// overrides, isolates and marks), with which a line shows other than what it holds.
pub fn is_unsafe_for_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}' | '\u{2028}' | '\u{2029}'
        )
}

fn push_terminal_safe(out: &mut String, c: char) {
    if is_unsafe_for_terminal(c) {
        use std::fmt::Write;
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    } else {
        out.push(c);
    }
}

/// A text made safe to print to a terminal: every character of [`is_unsafe_for_terminal`] shown
/// as an escape such as `\u{1b}`. Line breaks and tabs stay, so that a message can have lines.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_unsafe_for_terminal(c) && c != '\n' && c != '\t')
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c == '\n' || c == '\t' {
            out.push(c);
        } else {
            push_terminal_safe(&mut out, c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// JSON with the characters of [`is_unsafe_for_terminal`] that JSON leaves as they are (DEL, C1,
/// bidi controls) written as `\uXXXX` escapes: the same string to a JSON reader, and harmless
/// when the lines are shown in a terminal. Only strings can hold them, so the replacement is
/// always inside a string.
fn json_terminal_safe(json: String) -> String {
    if !json.chars().any(is_unsafe_for_terminal) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe_for_terminal(c) {
            use std::fmt::Write;
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
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
                let (rendered, excerpt) = self.to_codespan(diagnostic);
                let excerpt = excerpt.unwrap_or(Excerpt {
                    name: String::new(),
                    text: String::new(),
                    line_number: 1,
                    column: 1,
                    label_start: 0,
                });
                // Rendering only fails when a span lies outside its file, which is a bug; the
                // message is still worth showing without its snippet.
                if term::emit_to_write_style(&mut buffer, &config, &excerpt, &rendered).is_err() {
                    let plain = cs::Diagnostic {
                        labels: Vec::new(),
                        ..rendered
                    };
                    let _ = term::emit_to_write_style(&mut buffer, &config, &excerpt, &plain);
                }
                buffer.into_inner()
            })
            .collect();
        String::from_utf8_lossy(&rendered.concat()).into_owned()
    }

    /// The diagnostic as codespan-reporting draws it, with the excerpt of its file it quotes.
    /// Every text from the input passes through [`terminal_safe`] here: this is the one way
    /// diagnostics reach a terminal.
    fn to_codespan(&self, diagnostic: &Diagnostic) -> (cs::Diagnostic<()>, Option<Excerpt>) {
        let base = match diagnostic.severity {
            Severity::Error => cs::Diagnostic::error(),
            Severity::Warning => cs::Diagnostic::warning(),
            Severity::Note => cs::Diagnostic::note(),
        };
        let mut rendered = base
            .with_code(diagnostic.code.as_str())
            .with_message(terminal_safe(&diagnostic.message));
        let mut excerpt = None;
        if let Some((source, span)) = &diagnostic.location {
            let (quoted, span) = self.sources.excerpt(*source, span);
            let mut label = cs::Label::primary((), span);
            if let Some(message) = &diagnostic.label {
                label = label.with_message(terminal_safe(message));
            }
            rendered = rendered.with_label(label);
            excerpt = Some(quoted);
        }
        if let Some(help) = &diagnostic.help {
            rendered = rendered.with_note(format!("help: {}", terminal_safe(help)));
        }
        (rendered, excerpt)
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
            out.push_str(&json_terminal_safe(
                serde_json::to_string(&json).expect("diagnostics serialize"),
            ));
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

/// The report for a file that is not UTF-8: its text as far as it reads, with the place of the
/// first byte that is not.
pub fn not_utf8(path: &Path, bytes: &[u8], error: std::str::Utf8Error) -> Report {
    let at = error.valid_up_to();
    let byte = bytes.get(at).copied().unwrap_or(0);
    // The bytes before `at` are valid, so the lossy text has them at the same offsets.
    let text = String::from_utf8_lossy(bytes).into_owned();
    let width = text[at..].chars().next().map_or(0, char::len_utf8);
    let mut sources = Sources::default();
    let id = sources.add(path, text.into());
    let diagnostic = Diagnostic::error(
        Code::NotUtf8,
        format!(
            "this file is not UTF-8 text: the byte 0x{byte:02x} here starts no UTF-8 character"
        ),
    )
    .at(id, at..at + width)
    .help("save the file as UTF-8");
    Report::new(sources, vec![diagnostic])
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

    /// The lines are found as codespan-reporting finds them, at every offset.
    #[test]
    fn lines_as_codespan_finds_them() {
        use codespan_reporting::files::SimpleFile;
        for text in ["", "\n", "a", "a\nb", "a\nb\n", "\n\nä\nlast line", "x\n\n"] {
            let ours = SourceFile {
                text: Arc::from(text),
                ascii: text.is_ascii(),
                line_starts: OnceLock::new(),
            };
            let theirs = SimpleFile::new("f", text);
            for offset in 0..=text.len() {
                let index = theirs.line_index((), offset).unwrap();
                assert_eq!(ours.line_index(offset), index, "{text:?} at {offset}");
                assert_eq!(ours.line_range(index), theirs.line_range((), index).ok());
            }
            let lines = ours.line_starts().len();
            assert_eq!(ours.line_range(lines), None);
            assert!(theirs.line_range((), lines).is_err());
        }
    }

    #[test]
    fn suggests_close_names_only() {
        let fields = ["name", "purpose", "provider", "category"];
        assert_eq!(did_you_mean("purpse", fields), Some("purpose"));
        assert_eq!(did_you_mean("categroy", fields), Some("category"));
        assert_eq!(did_you_mean("xyz", fields), None);
    }

    #[test]
    fn a_long_line_is_cut_around_the_caret() {
        let mut sources = Sources::default();
        let line = format!("{}bad{}\n", "a".repeat(5_000), "b".repeat(5_000));
        let id = sources.add(Path::new("long.toml"), line.into());
        let report = Report::new(
            sources,
            vec![Diagnostic::error(Code::BadValue, "bad").at(id, 5_000..5_003)],
        );
        let text = report.render(false);
        assert!(text.len() < 1_000, "{text}");
        assert!(text.contains("long.toml:1:5001"), "{text}");
        assert!(text.contains("…aaaaaaaa"), "{text}");
        assert!(text.contains("bad"), "{text}");
        let caret_line = text.lines().find(|l| l.contains('^')).unwrap();
        let quoted = text
            .lines()
            .find(|l| l.contains("bad") && l.contains('…'))
            .unwrap();
        let column = |line: &str, at: usize| line[..at].chars().count();
        assert_eq!(
            column(caret_line, caret_line.find('^').unwrap()),
            column(quoted, quoted.find("bad").unwrap()),
            "{text}"
        );
    }

    #[test]
    fn control_and_bidi_characters_never_reach_the_terminal() {
        let mut sources = Sources::default();
        let id = sources.add(
            Path::new("evil\u{1b}.toml"),
            "name = \"a\u{1b}]0;x\u{7}\u{202e}\u{9b}\"\n".into(),
        );
        let report = Report::new(
            sources,
            vec![
                Diagnostic::error(Code::BadValue, "`a\u{1b}[2J\r` \u{2066}")
                    .at(id, 7..19)
                    .label("x\u{7f}")
                    .help("h\u{200f}"),
            ],
        );
        let text = report.render(false);
        assert!(
            !text.chars().any(|c| is_unsafe_for_terminal(c) && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("a\\u{1b}[2J\\u{d}"), "{text}");
        assert!(text.contains("\\u{202e}\\u{9b}"), "{text}");
        let json = report.to_json_lines();
        assert!(
            !json.chars().any(|c| is_unsafe_for_terminal(c) && c != '\n'),
            "{json:?}"
        );
        let value: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        assert_eq!(value["message"], "`a\u{1b}[2J\r` \u{2066}");
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
