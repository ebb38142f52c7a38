//! What a browser stored, read from evidence files: a HAR file exported from a browser's developer
//! tools, the `cookies.yml` and `local-storage.yml` of the EDPS website-evidence-collector, and a
//! Netscape `cookies.txt` export. Every observation keeps its place in its file, so that a
//! diagnostic can quote the line.
//!
//! The format of a file is told by its content, not its name: JSON is a HAR, lines of seven
//! tab-separated fields are a `cookies.txt`, a YAML list is a `cookies.yml` and a YAML mapping of
//! origins is a `local-storage.yml`. A folder stands for the website-evidence-collector's output
//! folder: its `cookies.yml` and `local-storage.yml` are read.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::time::{self, DAY};
use crate::diagnostic::{Code, Diagnostic, SourceId, Sources};
use crate::error::Error;

/// Where a browser keeps a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Store {
    Cookie,
    LocalStorage,
    SessionStorage,
    IndexedDb,
}

impl Store {
    /// What one calls a name kept there, for messages.
    pub fn words(self) -> &'static str {
        match self {
            Store::Cookie => "cookie",
            Store::LocalStorage => "local-storage key",
            Store::SessionStorage => "session-storage key",
            Store::IndexedDb => "IndexedDB database",
        }
    }
}

/// How long a browser keeps what it stored, from the moment it stored it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lifetime {
    /// Deleted when the browser session ends.
    Session,
    /// Kept this many seconds.
    Seconds(f64),
    /// Kept until the site or the visitor deletes it (local storage, IndexedDB).
    UntilDeleted,
    /// The evidence does not say: a cookie that a request sent.
    Unknown,
}

/// Where an observation was made.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// In an evidence file.
    File {
        source: SourceId,
        span: Range<usize>,
    },
    /// On a page a scan visited.
    Page(String),
}

/// A cookie or storage key a browser was seen to keep.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub store: Store,
    pub name: String,
    /// The host it is kept for: lower case, without a leading dot or a port. Empty when the
    /// evidence leaves it out (the collector's cookies set by script), which means the site's own.
    pub domain: String,
    pub lifetime: Lifetime,
    /// Whether the collector judged it first party, when it did (website-evidence-collector).
    pub first_party: Option<bool>,
    pub place: Place,
    /// When it was stored or sent (Unix time), where the evidence says (a HAR entry's time).
    pub at: Option<f64>,
    /// What the visitor had chosen about consent then.
    pub choice: Choice,
}

/// What the visitor had chosen about consent when something was seen stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    /// The evidence does not say.
    #[default]
    Unknown,
    /// No choice yet: nothing that needs consent may be stored.
    NotYet,
    /// Every category that needs consent refused ("Reject all").
    Refused,
    /// Every category accepted ("Accept all").
    Accepted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Har,
    EdpsCookies,
    EdpsLocalStorage,
    CookiesTxt,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Har => "HAR",
            Format::EdpsCookies => "website-evidence-collector cookies",
            Format::EdpsLocalStorage => "website-evidence-collector local storage",
            Format::CookiesTxt => "Netscape cookies.txt",
        }
    }
}

/// One evidence file as read.
pub struct File {
    pub path: PathBuf,
    /// `None` when the file could not be read as evidence; a diagnostic says why.
    pub format: Option<Format>,
    pub observations: Vec<Observation>,
}

/// Everything read from the evidence files.
#[derive(Default)]
pub struct Evidence {
    pub files: Vec<File>,
    pub diagnostics: Vec<Diagnostic>,
}

const FORMATS_HELP: &str = "cookiedoc reads HAR files, the cookies.yml and local-storage.yml of the website-evidence-collector (or its output folder), and Netscape cookies.txt exports";

/// Reads every evidence file, registering each in `sources`. A file that is not valid evidence
/// becomes a diagnostic; one that cannot be read at all is an error.
pub fn read_all(paths: &[PathBuf], sources: &mut Sources) -> Result<Evidence, Error> {
    let mut evidence = Evidence::default();
    for path in paths {
        if path.is_dir() {
            let found: Vec<PathBuf> = ["cookies.yml", "local-storage.yml"]
                .iter()
                .map(|name| path.join(name))
                .filter(|p| p.is_file())
                .collect();
            if found.is_empty() {
                evidence.diagnostics.push(
                    Diagnostic::error(
                        Code::BadEvidence,
                        format!(
                            "the folder `{}` has neither a cookies.yml nor a local-storage.yml",
                            path.display()
                        ),
                    )
                    .help(FORMATS_HELP),
                );
            }
            for file in found {
                read_file(&file, sources, &mut evidence)?;
            }
        } else {
            read_file(path, sources, &mut evidence)?;
        }
    }
    Ok(evidence)
}

/// The largest evidence file cookiedoc reads. A HAR of a whole site's visit is a few tens of
/// megabytes; beyond this a file is more likely a mistake than evidence, and reading it would
/// take several times its size in memory.
pub const EVIDENCE_SIZE_LIMIT: u64 = 256 * 1024 * 1024;

/// How deep YAML evidence may nest. The collector's files nest three levels; building a deeper
/// file would take a stack as deep as the file.
pub const YAML_DEPTH_LIMIT: usize = 64;

/// How many YAML nodes a file may stand for once its aliases are expanded: a few kilobytes of
/// aliases of aliases can otherwise stand for billions.
pub const YAML_NODE_LIMIT: usize = 1_000_000;

fn read_file(path: &Path, sources: &mut Sources, evidence: &mut Evidence) -> Result<(), Error> {
    let size = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > EVIDENCE_SIZE_LIMIT {
        evidence.diagnostics.push(
            Diagnostic::error(
                Code::LimitExceeded,
                format!(
                    "`{}` is {} MiB, more than the {} MiB cookiedoc reads as evidence",
                    path.display(),
                    size / (1024 * 1024),
                    EVIDENCE_SIZE_LIMIT / (1024 * 1024)
                ),
            )
            .help("collect evidence of fewer pages per file, and pass each file"),
        );
        evidence.files.push(File {
            path: path.to_path_buf(),
            format: None,
            observations: Vec::new(),
        });
        return Ok(());
    }
    let text = crate::project::read_text(path)?;
    // A cookies.txt says when each cookie expires, not when it was exported: the file's
    // modification time stands for the moment of the export.
    let modified = fs::metadata(path)
        .and_then(|m| m.modified())
        .map(time::system_time)
        .unwrap_or_else(|_| time::now());
    let (file, diagnostics) = parse(path, text, None, modified, sources);
    evidence.files.push(file);
    evidence.diagnostics.extend(diagnostics);
    Ok(())
}

/// Reads one evidence text as if it came from `path`: its format told by its content, or the
/// one given. `exported` is when a cookies.txt was written, in seconds since the epoch.
pub fn parse(
    path: &Path,
    text: std::sync::Arc<str>,
    format: Option<Format>,
    exported: f64,
    sources: &mut Sources,
) -> (File, Vec<Diagnostic>) {
    let source = sources.add(path, text.clone());
    let mut reader = Reader {
        source,
        text: &text,
        chars: None,
        observations: Vec::new(),
        diagnostics: Vec::new(),
    };
    let format = match format {
        None => reader.read(path, exported),
        Some(Format::Har) => reader.har().then_some(Format::Har),
        Some(Format::CookiesTxt) => {
            reader.cookies_txt(exported);
            Some(Format::CookiesTxt)
        }
        Some(Format::EdpsCookies) => reader.yaml("cookies.yml"),
        Some(Format::EdpsLocalStorage) => reader.yaml("local-storage.yml"),
    };
    let file = File {
        path: path.to_path_buf(),
        format,
        observations: reader.observations,
    };
    (file, reader.diagnostics)
}

struct Reader<'t> {
    source: SourceId,
    text: &'t str,
    /// Byte offsets of the characters, for YAML positions given in characters; `None` while
    /// not needed or when the text is ASCII.
    chars: Option<Vec<usize>>,
    observations: Vec<Observation>,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    /// Tells the format by the file's name where it says one (`.har`, `.txt`, `.yml`), else by
    /// its content: tab-separated lines are a cookies.txt, a JSON object a HAR, the rest YAML.
    /// A first `{` alone is not JSON: the collector writes an empty `local-storage.yml` as `{}`.
    fn read(&mut self, path: &Path, modified: f64) -> Option<Format> {
        let body = self.text.trim_start_matches('\u{feff}').trim_start();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if name.ends_with(".har") {
            return self.har().then_some(Format::Har);
        }
        if name.ends_with(".yml") || name.ends_with(".yaml") {
            return self.yaml(&name);
        }
        if body.is_empty() {
            return Some(if name.ends_with(".txt") {
                Format::CookiesTxt
            } else {
                Format::EdpsCookies
            });
        }
        if name.ends_with(".txt") || is_cookies_txt(body) {
            self.cookies_txt(modified);
            return Some(Format::CookiesTxt);
        }
        // JSON that is not an empty object is read as a HAR, or said not to be one.
        if body.starts_with('{') && !is_empty_object(body) {
            return self.har().then_some(Format::Har);
        }
        self.yaml(&name)
    }

    fn error(&mut self, message: impl Into<String>, span: Range<usize>) -> &mut Diagnostic {
        let span = self.visible(span);
        self.diagnostics
            .push(Diagnostic::error(Code::BadEvidence, message).at(self.source, span));
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// A span that shows at least one character, where the text has one: at the end of the
    /// file or of a line, the last character before it that is not blank.
    fn visible(&self, span: Range<usize>) -> Range<usize> {
        let len = self.text.len();
        // Parsers' positions can fall inside a character (serde_json counts bytes).
        let floor = |mut at: usize| {
            while !self.text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let mut start = floor(span.start.min(len));
        let end = floor(span.end.min(len)).max(start);
        if end > start || len == 0 {
            return start..end;
        }
        if start == len || self.text[start..].starts_with('\n') {
            start = self.text[..start]
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_whitespace())
                .map_or(start.min(len.saturating_sub(1)), |(i, _)| i);
        }
        let start = start.min(len.saturating_sub(1));
        let start = (0..=start)
            .rev()
            .find(|&i| self.text.is_char_boundary(i))
            .unwrap_or(0);
        let width = self.text[start..].chars().next().map_or(0, char::len_utf8);
        start..start + width
    }

    fn observe(
        &mut self,
        store: Store,
        name: String,
        domain: &str,
        lifetime: Lifetime,
        span: Range<usize>,
    ) -> &mut Observation {
        self.observations.push(Observation {
            store,
            name,
            domain: normalize_domain(domain),
            lifetime,
            first_party: None,
            place: Place::File {
                source: self.source,
                span,
            },
            at: None,
            choice: Choice::Unknown,
        });
        self.observations.last_mut().expect("just pushed")
    }

    /// The byte range of a slice of `self.text`.
    fn span_of(&self, slice: &str) -> Range<usize> {
        let start = slice.as_ptr() as usize - self.text.as_ptr() as usize;
        start..start + slice.len()
    }

    // -----------------------------------------------------------------------------------------
    // HAR
    // -----------------------------------------------------------------------------------------

    /// Set-Cookie response headers (or the response's `cookies` where an export has no
    /// headers), and the cookies each request sent. Returns whether the file is a HAR.
    fn har(&mut self) -> bool {
        #[derive(Deserialize)]
        struct Har<'a> {
            #[serde(borrow)]
            log: Log<'a>,
        }
        #[derive(Deserialize)]
        struct Log<'a> {
            #[serde(borrow)]
            entries: Vec<&'a RawValue>,
        }
        let text = self.text;
        let har: Har = match serde_json::from_str(text) {
            Ok(har) => har,
            Err(error) => {
                let what = if error.is_data() {
                    "this is not a HAR file"
                } else {
                    "this file is not valid JSON"
                };
                self.json_error(&error, text, what);
                return false;
            }
        };
        for raw in har.log.entries {
            match serde_json::from_str::<Entry>(raw.get()) {
                Ok(entry) => self.har_entry(entry),
                Err(error) => self.json_error(&error, raw.get(), "this HAR entry is not valid"),
            }
        }
        true
    }

    fn json_error(&mut self, error: &serde_json::Error, within: &str, what: &str) {
        let base = self.span_of(within).start;
        let at = base + offset_of(within, error.line(), error.column());
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(cut) => &message[..cut],
            None => &message,
        };
        self.error(format!("{what}: {message}"), at..at).help = Some(FORMATS_HELP.into());
    }

    fn har_entry(&mut self, entry: Entry) {
        let url = url::Url::parse(&entry.request.url).ok();
        let host = url
            .as_ref()
            .and_then(|u| u.host_str())
            .unwrap_or_default()
            .to_owned();
        let started = entry
            .started_date_time
            .as_deref()
            .and_then(time::parse_iso8601);
        let before = self.observations.len();
        self.har_response(entry.response.unwrap_or_default(), &host, started);
        self.har_request(entry.request, &host);
        for observation in &mut self.observations[before..] {
            observation.at = started;
        }
    }

    /// The cookies a response set: its Set-Cookie headers, or its `cookies` where an export
    /// has no headers. Lifetimes count from the entry's start.
    fn har_response(&mut self, response: Response, host: &str, started: Option<f64>) {
        let mut from_headers = false;
        for header in &response.headers {
            if !header.name.eq_ignore_ascii_case("set-cookie") {
                continue;
            }
            from_headers = true;
            let Ok(value) = serde_json::from_str::<String>(header.value.get()) else {
                continue;
            };
            // Some browsers join several Set-Cookie headers with line breaks.
            for line in value.split('\n') {
                let Some(cookie) = SetCookie::parse(line) else {
                    continue;
                };
                let lifetime = match (cookie.max_age, cookie.expires, started) {
                    (Some(age), _, _) if age <= 0.0 => continue,
                    (Some(age), _, _) => Lifetime::Seconds(age),
                    (None, Some(expires), Some(started)) if expires <= started => continue,
                    (None, Some(expires), Some(started)) => Lifetime::Seconds(expires - started),
                    (None, Some(_), None) => Lifetime::Unknown,
                    (None, None, _) => Lifetime::Session,
                };
                let span = self.name_in_literal(header.value.get(), &cookie.name);
                let domain = cookie.domain.as_deref().unwrap_or(host);
                self.observe(Store::Cookie, cookie.name.clone(), domain, lifetime, span);
            }
        }
        if from_headers {
            return;
        }
        for cookie in &response.cookies {
            let Ok(name) = serde_json::from_str::<String>(cookie.name.get()) else {
                continue;
            };
            let expires = match &cookie.expires {
                Some(serde_json::Value::String(text)) if !text.is_empty() => {
                    time::parse_iso8601(text)
                }
                _ => None,
            };
            let lifetime = match (expires, started) {
                (Some(expires), Some(started)) if expires <= started => continue,
                (Some(expires), Some(started)) => Lifetime::Seconds(expires - started),
                (Some(_), None) => Lifetime::Unknown,
                (None, _) => Lifetime::Session,
            };
            let span = self.span_of(cookie.name.get());
            let domain = cookie.domain.as_deref().unwrap_or(host);
            self.observe(Store::Cookie, name, domain, lifetime, span);
        }
    }

    /// The cookies a request sent, which were stored for its host or a parent domain; how long
    /// the browser keeps them the request does not say.
    fn har_request(&mut self, request: Request, host: &str) {
        if !request.cookies.is_empty() {
            for cookie in &request.cookies {
                let Ok(name) = serde_json::from_str::<String>(cookie.name.get()) else {
                    continue;
                };
                let span = self.span_of(cookie.name.get());
                self.observe(Store::Cookie, name, host, Lifetime::Unknown, span);
            }
            return;
        }
        for header in &request.headers {
            if !header.name.eq_ignore_ascii_case("cookie") {
                continue;
            }
            let Ok(value) = serde_json::from_str::<String>(header.value.get()) else {
                continue;
            };
            for pair in value.split(';') {
                let name = pair.split_once('=').map_or(pair, |(n, _)| n).trim();
                if name.is_empty() {
                    continue;
                }
                let span = self.name_in_literal(header.value.get(), name);
                self.observe(
                    Store::Cookie,
                    name.to_owned(),
                    host,
                    Lifetime::Unknown,
                    span,
                );
            }
        }
    }

    /// Where `name=` starts in a JSON string literal; the whole literal when it cannot be found.
    fn name_in_literal(&self, literal: &str, name: &str) -> Range<usize> {
        let whole = self.span_of(literal);
        let needle = format!("{name}=");
        let mut from = 0;
        while let Some(found) = literal[from..].find(&needle) {
            let at = from + found;
            let before = literal[..at].chars().next_back();
            // The start of the literal, of a joined line (`\n`), or of a `; ` separated pair.
            if matches!(before, Some('"' | 'n' | ' ' | ';')) {
                return whole.start + at..whole.start + at + name.len();
            }
            from = at + needle.len();
        }
        whole
    }

    // -----------------------------------------------------------------------------------------
    // cookies.txt
    // -----------------------------------------------------------------------------------------

    /// Netscape `cookies.txt`: domain, include subdomains, path, secure, expiry (Unix time; 0
    /// for a session cookie), name, value, separated by tabs; `#HttpOnly_` before the domain
    /// marks an HttpOnly cookie. Lifetimes count from `exported`.
    fn cookies_txt(&mut self, exported: f64) {
        let text = self.text;
        let mut offset = 0;
        for raw_line in text.split_inclusive('\n') {
            let start = offset;
            offset += raw_line.len();
            let line = raw_line.trim_end_matches(['\n', '\r']);
            let (body, body_start) = match line.strip_prefix("#HttpOnly_") {
                Some(rest) => (rest, start + "#HttpOnly_".len()),
                None if line.trim().is_empty() || line.starts_with('#') => continue,
                None => (line, start),
            };
            let fields: Vec<&str> = body.split('\t').collect();
            if !(6..=7).contains(&fields.len()) {
                self.error(
                    format!(
                        "this is not a cookies.txt line: it has {} field{} where there should be 7",
                        fields.len(),
                        if fields.len() == 1 { "" } else { "s" }
                    ),
                    start..start + line.len(),
                )
                .help = Some("a cookies.txt line has seven fields separated by tabs: domain, include subdomains (TRUE or FALSE), path, secure (TRUE or FALSE), expiry (Unix time, 0 for a session cookie), name and value".into());
                continue;
            }
            let field_start = |index: usize| {
                body_start + fields[..index].iter().map(|f| f.len() + 1).sum::<usize>()
            };
            let expiry_at = field_start(4);
            let Ok(expiry) = fields[4].trim().parse::<f64>() else {
                self.error(
                    format!("`{}` is not an expiry time", fields[4]),
                    expiry_at..expiry_at + fields[4].len(),
                )
                .help = Some(
                    "write the expiry as seconds since 1970 (Unix time), or 0 for a session cookie"
                        .into(),
                );
                continue;
            };
            let lifetime = if expiry <= 0.0 {
                Lifetime::Session
            } else if expiry <= exported {
                // Already expired when the file was written: not kept.
                continue;
            } else {
                Lifetime::Seconds(expiry - exported)
            };
            let name = fields[5];
            if name.is_empty() {
                continue;
            }
            let name_at = field_start(5);
            self.observe(
                Store::Cookie,
                name.to_owned(),
                fields[0],
                lifetime,
                name_at..name_at + name.len(),
            );
        }
    }

    // -----------------------------------------------------------------------------------------
    // website-evidence-collector YAML
    // -----------------------------------------------------------------------------------------

    fn yaml(&mut self, file_name: &str) -> Option<Format> {
        if self.yaml_beyond_limits() {
            return None;
        }
        let docs = match MarkedYaml::load_from_str(self.text) {
            Ok(docs) => docs,
            Err(error) => {
                let at = self.byte_offset(error.marker().index());
                self.error(format!("this is not a YAML file: {}", error.info()), at..at)
                    .help = Some(FORMATS_HELP.into());
                return None;
            }
        };
        let Some(root) = docs.first() else {
            return Some(if file_name.contains("local-storage") {
                Format::EdpsLocalStorage
            } else {
                Format::EdpsCookies
            });
        };
        match &root.data {
            YamlData::Sequence(items) => {
                for item in items {
                    self.edps_cookie(item);
                }
                Some(Format::EdpsCookies)
            }
            YamlData::Mapping(origins) if origins.is_empty() && file_name.contains("cookies") => {
                Some(Format::EdpsCookies)
            }
            YamlData::Mapping(origins) => {
                for (origin, keys) in origins {
                    self.edps_origin(origin, keys);
                }
                Some(Format::EdpsLocalStorage)
            }
            YamlData::Value(Scalar::Null) => Some(if file_name.contains("local-storage") {
                Format::EdpsLocalStorage
            } else {
                Format::EdpsCookies
            }),
            _ => {
                let first_line = self.text.lines().next().unwrap_or_default().len();
                self.error(
                    "cookiedoc cannot tell what kind of evidence this file is",
                    0..first_line,
                )
                .help = Some(FORMATS_HELP.into());
                None
            }
        }
    }

    /// One entry of `cookies.yml`: name, domain, path, expires, expiresDays, session,
    /// firstPartyStorage.
    fn edps_cookie(&mut self, item: &MarkedYaml) {
        let Some(name_node) = get(item, "name") else {
            let span = self.node_span(item);
            self.error("this cookie has no `name`", span).help =
                Some("website-evidence-collector writes each cookie with its name, domain, path, expires, expiresDays and session".into());
            return;
        };
        let Some(name) = scalar_string(name_node) else {
            let span = self.node_span(name_node);
            self.error("a cookie's `name` must be text", span);
            return;
        };
        let domain = get(item, "domain")
            .and_then(scalar_string)
            .unwrap_or_default();
        let lifetime = edps_lifetime(item);
        let first_party = get(item, "firstPartyStorage").and_then(first_party_of);
        let set_at = logged_at(item);
        let span = self.node_span(name_node);
        let observation = self.observe(Store::Cookie, name, &domain, lifetime, span);
        observation.first_party = first_party;
        observation.at = set_at;
    }

    /// One origin of `local-storage.yml`: its keys, each with its value and firstPartyStorage.
    fn edps_origin(&mut self, origin: &MarkedYaml, keys: &MarkedYaml) {
        let origin_text = scalar_string(origin).unwrap_or_default();
        let host = url::Url::parse(&origin_text)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or(origin_text);
        match &keys.data {
            YamlData::Mapping(keys) => {
                for (key, value) in keys {
                    let Some(name) = scalar_string(key) else {
                        continue;
                    };
                    let first_party = get(value, "firstPartyStorage").and_then(first_party_of);
                    let set_at = logged_at(value);
                    let span = self.node_span(key);
                    let observation = self.observe(
                        Store::LocalStorage,
                        name,
                        &host,
                        Lifetime::UntilDeleted,
                        span,
                    );
                    observation.first_party = first_party;
                    observation.at = set_at;
                }
            }
            YamlData::Value(Scalar::Null) => {}
            _ => {
                let span = self.node_span(keys);
                self.error(
                    "the local storage of an origin must be a mapping of its keys",
                    span,
                )
                .help = Some(
                    "website-evidence-collector writes local-storage.yml as origin: { key: { value, firstPartyStorage } }".into(),
                );
            }
        }
    }

    /// Reads the YAML's events once, without building it, and reports nesting deeper than
    /// [`YAML_DEPTH_LIMIT`] or aliases that stand for more than [`YAML_NODE_LIMIT`] nodes.
    /// Syntax errors are left to the loader, which reports them.
    fn yaml_beyond_limits(&mut self) -> bool {
        use saphyr_parser::{Event, Parser};
        let mut depth = 0usize;
        let mut nodes = 0usize;
        // The node count at each open collection, with its anchor; and each anchor's size.
        let mut open: Vec<(usize, usize)> = Vec::new();
        let mut anchored: Vec<usize> = Vec::new();
        let record = |anchored: &mut Vec<usize>, anchor: usize, size: usize| {
            if anchor > 0 {
                if anchored.len() <= anchor {
                    anchored.resize(anchor + 1, 0);
                }
                anchored[anchor] = size;
            }
        };
        for event in Parser::new_from_str(self.text) {
            let Ok((event, span)) = event else {
                return false;
            };
            let too_many = match event {
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    depth += 1;
                    nodes += 1;
                    open.push((anchor, nodes));
                    if depth > YAML_DEPTH_LIMIT {
                        let at = self.byte_offset(span.start.index());
                        self.limit_error(
                            format!("this YAML nests deeper than {YAML_DEPTH_LIMIT} levels"),
                            at..at,
                        );
                        return true;
                    }
                    false
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    depth = depth.saturating_sub(1);
                    if let Some((anchor, start)) = open.pop() {
                        record(&mut anchored, anchor, nodes - start + 1);
                    }
                    false
                }
                Event::Scalar(_, _, anchor, _) => {
                    nodes += 1;
                    record(&mut anchored, anchor, 1);
                    nodes > YAML_NODE_LIMIT
                }
                Event::Alias(anchor) => {
                    nodes = nodes.saturating_add(anchored.get(anchor).copied().unwrap_or(1));
                    nodes > YAML_NODE_LIMIT
                }
                _ => false,
            };
            if too_many {
                let at = self.byte_offset(span.start.index());
                self.limit_error(
                    "this YAML stands for more than a million values once its aliases are expanded"
                        .to_owned(),
                    at..at,
                );
                return true;
            }
        }
        false
    }

    fn limit_error(&mut self, message: String, span: Range<usize>) {
        let span = self.visible(span);
        self.diagnostics.push(
            Diagnostic::error(Code::LimitExceeded, message)
                .at(self.source, span)
                .help("website-evidence-collector writes lists of cookies and mappings of origins, a few levels deep, without aliases"),
        );
    }

    fn node_span(&mut self, node: &MarkedYaml) -> Range<usize> {
        let start = self.byte_offset(node.span.start.index());
        let end = self.byte_offset(node.span.end.index()).max(start);
        // A mapping's span runs on to the next entry: keep to its first line.
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        start..end.min(line_end)
    }

    /// The byte offset of a character index.
    fn byte_offset(&mut self, char_index: usize) -> usize {
        if self.text.is_ascii() {
            return char_index.min(self.text.len());
        }
        let chars = self
            .chars
            .get_or_insert_with(|| self.text.char_indices().map(|(i, _)| i).collect());
        chars.get(char_index).copied().unwrap_or(self.text.len())
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    #[serde(default)]
    started_date_time: Option<String>,
    #[serde(borrow)]
    request: Request<'a>,
    #[serde(borrow, default)]
    response: Option<Response<'a>>,
}

#[derive(Deserialize)]
struct Request<'a> {
    #[serde(default)]
    url: String,
    #[serde(borrow, default)]
    headers: Vec<Header<'a>>,
    #[serde(borrow, default)]
    cookies: Vec<HarCookie<'a>>,
}

#[derive(Deserialize, Default)]
struct Response<'a> {
    #[serde(borrow, default)]
    headers: Vec<Header<'a>>,
    #[serde(borrow, default)]
    cookies: Vec<HarCookie<'a>>,
}

#[derive(Deserialize)]
struct Header<'a> {
    name: String,
    #[serde(borrow)]
    value: &'a RawValue,
}

#[derive(Deserialize)]
struct HarCookie<'a> {
    #[serde(borrow)]
    name: &'a RawValue,
    #[serde(default)]
    domain: Option<String>,
    #[serde(default)]
    expires: Option<serde_json::Value>,
}

/// The parts of a `Set-Cookie` header that tell where and how long a cookie is kept.
#[derive(Debug, PartialEq)]
struct SetCookie {
    name: String,
    domain: Option<String>,
    max_age: Option<f64>,
    /// Unix time.
    expires: Option<f64>,
}

impl SetCookie {
    fn parse(line: &str) -> Option<SetCookie> {
        let mut parts = line.split(';');
        let (name, _value) = parts.next()?.split_once('=')?;
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let mut cookie = SetCookie {
            name: name.to_owned(),
            domain: None,
            max_age: None,
            expires: None,
        };
        for attribute in parts {
            let (key, value) = attribute.split_once('=').unwrap_or((attribute, ""));
            let value = value.trim();
            match key.trim().to_ascii_lowercase().as_str() {
                "domain" => {
                    let domain = value.trim_start_matches('.');
                    cookie.domain = (!domain.is_empty()).then(|| domain.to_ascii_lowercase());
                }
                "max-age" => cookie.max_age = value.parse::<i64>().ok().map(|v| v as f64),
                "expires" => cookie.expires = time::parse_cookie_date(value),
                _ => {}
            }
        }
        Some(cookie)
    }
}

/// Whether a text is `{}`: what the collector writes for a site that stores nothing.
fn is_empty_object(body: &str) -> bool {
    body.strip_prefix('{')
        .and_then(|rest| rest.trim_start().strip_prefix('}'))
        .is_some_and(|rest| rest.trim().is_empty())
}

/// Whether a text looks like a Netscape cookies.txt.
fn is_cookies_txt(body: &str) -> bool {
    let first = body.lines().next().unwrap_or_default();
    if first.starts_with("# Netscape HTTP Cookie File") || first.starts_with("# HTTP Cookie File") {
        return true;
    }
    body.lines()
        .filter(|l| !l.trim().is_empty() && (!l.starts_with('#') || l.starts_with("#HttpOnly_")))
        .take(1)
        .any(|l| l.split('\t').count() >= 6)
}

/// A host as cookies are matched: lower case, no leading dot, no port.
pub fn normalize_domain(domain: &str) -> String {
    let domain = domain.trim().trim_start_matches('.');
    let domain = match domain.rsplit_once(':') {
        Some((host, port)) if !host.contains(':') && port.bytes().all(|b| b.is_ascii_digit()) => {
            host
        }
        _ => domain,
    };
    domain.to_ascii_lowercase()
}

/// The byte offset of a one-based line and column (columns in bytes, as serde_json counts).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (index, content) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line {
            return (offset + column.saturating_sub(1)).min(offset + content.len());
        }
        offset += content.len();
    }
    text.len()
}

fn get<'a, 'input>(node: &'a MarkedYaml<'input>, key: &str) -> Option<&'a MarkedYaml<'input>> {
    match &node.data {
        YamlData::Mapping(map) => map
            .iter()
            .find(|(k, _)| matches!(&k.data, YamlData::Value(Scalar::String(s)) if s == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn scalar_string(node: &MarkedYaml) -> Option<String> {
    match &node.data {
        YamlData::Value(Scalar::String(s)) => Some(s.to_string()),
        YamlData::Value(Scalar::Integer(i)) => Some(i.to_string()),
        YamlData::Value(Scalar::FloatingPoint(f)) => Some(f.to_string()),
        YamlData::Value(Scalar::Boolean(b)) => Some(b.to_string()),
        _ => None,
    }
}

/// How long the collector saw a cookie kept. Its exact `expires` (Unix time from the browser, or
/// a date from its event log; -1 for a session cookie) counts from the moment its log says the
/// cookie was set; without that moment, `expiresDays` (counted from the start of the collection,
/// rounded to a hundredth of a day) is the best there is.
fn edps_lifetime(item: &MarkedYaml) -> Lifetime {
    let session = get(item, "session").and_then(scalar_bool);
    let expires = get(item, "expires").and_then(scalar_time);
    let expires_days = get(item, "expiresDays").and_then(scalar_number);
    match (session, expires, logged_at(item), expires_days) {
        (Some(true), _, _, _) => Lifetime::Session,
        (_, Some(expires), _, _) if expires < 0.0 => Lifetime::Session,
        (_, Some(expires), Some(set), _) => Lifetime::Seconds((expires - set).max(0.0)),
        (_, _, _, Some(days)) => Lifetime::Seconds(days.max(0.0) * DAY),
        _ => Lifetime::Unknown,
    }
}

/// When the collector's event log saw a cookie or key set: `log.timestamp`.
fn logged_at(item: &MarkedYaml) -> Option<f64> {
    get(get(item, "log")?, "timestamp").and_then(scalar_time)
}

/// A moment as Unix time: a number, or an ISO 8601 date (`'2027-06-09T10:18:14.000Z'`).
fn scalar_time(node: &MarkedYaml) -> Option<f64> {
    scalar_number(node).or_else(|| {
        let text = scalar_string(node)?;
        time::parse_iso8601(text.trim())
    })
}

/// The collector's `firstPartyStorage`: a boolean for cookies, and for local storage the match of
/// its first-party pattern (a list) or null when there is none.
fn first_party_of(node: &MarkedYaml) -> Option<bool> {
    match &node.data {
        YamlData::Value(Scalar::Boolean(b)) => Some(*b),
        YamlData::Sequence(matches) => Some(!matches.is_empty()),
        YamlData::Value(Scalar::Null) => Some(false),
        _ => None,
    }
}

fn scalar_bool(node: &MarkedYaml) -> Option<bool> {
    match &node.data {
        YamlData::Value(Scalar::Boolean(b)) => Some(*b),
        _ => None,
    }
}

fn scalar_number(node: &MarkedYaml) -> Option<f64> {
    match &node.data {
        YamlData::Value(Scalar::Integer(i)) => Some(*i as f64),
        YamlData::Value(Scalar::FloatingPoint(f)) => Some(f.into_inner()),
        YamlData::Value(Scalar::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_cookie_attributes() {
        let cookie = SetCookie::parse(
            "lang=de; Domain=.Example.org; Path=/; Max-Age=600; expires=Wed, 09 Jun 2027 10:18:14 GMT",
        )
        .unwrap();
        assert_eq!(cookie.name, "lang");
        assert_eq!(cookie.domain.as_deref(), Some("example.org"));
        assert_eq!(cookie.max_age, Some(600.0));
        assert_eq!(cookie.expires, time::parse_iso8601("2027-06-09T10:18:14Z"));
        assert_eq!(SetCookie::parse("no-equals-sign"), None);
        assert_eq!(SetCookie::parse("=value"), None);
    }

    #[test]
    fn domains_lose_dots_ports_and_case() {
        assert_eq!(normalize_domain(".Example.org"), "example.org");
        assert_eq!(normalize_domain("localhost:8080"), "localhost");
        assert_eq!(normalize_domain("::1"), "::1");
    }

    fn read_text(name: &str, text: &str) -> (Option<Format>, Vec<Observation>, Vec<Diagnostic>) {
        let mut sources = Sources::default();
        let source = sources.add(Path::new(name), text.into());
        let mut reader = Reader {
            source,
            text,
            chars: None,
            observations: Vec::new(),
            diagnostics: Vec::new(),
        };
        let format = reader.read(Path::new(name), 0.0);
        (format, reader.observations, reader.diagnostics)
    }

    #[test]
    fn the_collectors_shapes() {
        // Nothing stored: `{}` is an empty local storage, not a HAR.
        let (format, seen, problems) = read_text("local-storage.yml", "{}\n");
        assert_eq!(format, Some(Format::EdpsLocalStorage));
        assert!(seen.is_empty() && problems.is_empty());
        let (format, _, problems) = read_text("cookies.yml", "[]\n");
        assert_eq!(format, Some(Format::EdpsCookies));
        assert!(problems.is_empty());

        // A cookie from its event log: `expires` a date, counted from when the log saw it set;
        // one from the browser: Unix time. `expiresDays` only where nothing better is known.
        let cookies = "- name: a\n  domain: ''\n  expires: '2027-01-03T00:00:00.000Z'\n  expiresDays: 400\n  session: false\n  log:\n    timestamp: '2027-01-01T00:00:00.000Z'\n- name: b\n  expires: 1800000000.5\n  expiresDays: 3.25\n  session: false\n  firstPartyStorage: false\n- name: c\n  expires: -1\n  session: true\n";
        let (_, seen, problems) = read_text("cookies.yml", cookies);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(seen[0].lifetime, Lifetime::Seconds(2.0 * DAY));
        assert_eq!(seen[0].at, time::parse_iso8601("2027-01-01T00:00:00Z"));
        assert_eq!(seen[1].lifetime, Lifetime::Seconds(3.25 * DAY));
        assert_eq!(seen[1].first_party, Some(false));
        assert_eq!(seen[2].lifetime, Lifetime::Session);

        // Local storage: `firstPartyStorage` is the match of the site's pattern, or null.
        let storage = "http://127.0.0.1:8732:\n  visits:\n    value: 1\n    firstPartyStorage:\n      - 127.0.0.1\n  other:\n    value: 2\n    firstPartyStorage: null\n";
        let (format, seen, problems) = read_text("local-storage.yml", storage);
        assert_eq!(format, Some(Format::EdpsLocalStorage));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(seen[0].first_party, Some(true));
        assert_eq!(seen[0].domain, "127.0.0.1");
        assert_eq!(seen[1].first_party, Some(false));
    }

    #[test]
    fn an_error_inside_a_character_is_placed_on_it() {
        // Found by fuzzing (evidence_har): at the end of a file cut inside a string, serde_json's
        // column fell inside `ಞ`.
        for text in [
            "{\"log\": {\"entries\": [{\"a\": \"=;ಞ",
            "{\"log\": ಞ}",
            "{ಞ",
        ] {
            let mut sources = Sources::default();
            let (_, diagnostics) = parse(
                Path::new("x.har"),
                text.into(),
                Some(Format::Har),
                0.0,
                &mut sources,
            );
            assert_eq!(diagnostics.len(), 1, "{text}");
            let report = crate::diagnostic::Report::new(sources, diagnostics);
            let _ = report.render(false);
            let _ = report.to_json_lines();
        }
    }

    #[test]
    fn tells_cookies_txt_from_yaml() {
        assert!(is_cookies_txt("# Netscape HTTP Cookie File\n"));
        assert!(is_cookies_txt(".example.org\tTRUE\t/\tFALSE\t0\tsid\tx\n"));
        assert!(!is_cookies_txt("- name: sid\n  domain: example.org\n"));
    }
}
