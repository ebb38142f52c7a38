//! The one place where Markdown from the registry and from Fluent messages is parsed, rendered and
//! made safe, for the HTML pages and for the Markdown documents alike.
//!
//! pulldown-cmark passes raw HTML and `javascript:` links through by design, so every text goes
//! through an event filter (raw HTML becomes text, only http, https and mailto links survive,
//! images become their alt text because a policy page makes no external requests) and then through
//! ammonia, which is the guarantee: whatever the filter misses, ammonia removes.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// The link schemes a policy text may use. Relative links are refused too: the pages are served
/// from `<locale>/`, where a relative link from a registry would point somewhere unexpected.
pub fn is_allowed_link(dest: &str) -> bool {
    let lower = dest.get(..8).unwrap_or(dest).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(text_sanitizer);

fn text_sanitizer() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::empty();
    builder
        .add_tags([
            "p",
            "a",
            "em",
            "strong",
            "code",
            "del",
            "ul",
            "ol",
            "li",
            "br",
            "blockquote",
            "pre",
        ])
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("ol", ["start"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"));
    builder
}

/// Characters after which a text may be more than plain prose for CommonMark. A text without any of
/// them renders as its escaped self, which spares the parser and the sanitizer for most cookie texts.
fn may_be_markup(text: &str) -> bool {
    text.bytes().any(|b| MARKUP_BYTES[usize::from(b)])
        || text
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
}

/// [`may_be_markup`]'s characters as a table: every text of every cookie is looked through.
static MARKUP_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let markup = b"\\`*_[]<>&!#|~\n\r=";
    let mut i = 0;
    while i < markup.len() {
        table[markup[i] as usize] = true;
        i += 1;
    }
    table
};

/// The longest text (in bytes) and the deepest nesting of Markdown elements (lists, quotes,
/// emphasis, links) a text may have. html5ever, which ammonia sanitizes with, takes time with
/// the square of the nesting depth, and its serializer with the number of `&` times the length
/// of a text (64 KiB of `&#x` took 15 s in a debug build); a cookie's purpose is a few sentences.
pub const TEXT_LENGTH_LIMIT: usize = 16 * 1024;
pub const NESTING_LIMIT: usize = 32;

/// Why a text is beyond the limits that keep rendering it fast, if it is.
pub fn beyond_limits(text: &str) -> Option<String> {
    if text.len() > TEXT_LENGTH_LIMIT {
        return Some(format!(
            "this text is {} KiB long, more than the {} KiB a text may have",
            text.len().div_ceil(1024),
            TEXT_LENGTH_LIMIT / 1024
        ));
    }
    if !may_be_markup(text) {
        return None;
    }
    let mut depth = 0usize;
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > NESTING_LIMIT {
                    return Some(format!(
                        "this text's Markdown nests deeper than {NESTING_LIMIT} levels (lists, quotes, emphasis)"
                    ));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Renders a Markdown text to sanitized HTML. `inline` drops the paragraph around a one-paragraph
/// text, for table cells and headings. A text beyond the limits (which `check` reports) is shown
/// as the plain text it is.
pub fn to_html(text: &str, inline: bool) -> String {
    let events = if !may_be_markup(text) || text.len() > TEXT_LENGTH_LIMIT {
        None
    } else {
        safe_events(Parser::new_ext(text, options()))
    };
    let Some(events) = events else {
        let escaped = escape_html(text);
        return if inline {
            escaped
        } else {
            format!("<p>{escaped}</p>\n")
        };
    };
    let mut unsafe_html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut unsafe_html, events.into_iter());
    let clean = SANITIZER.clean(&unsafe_html).to_string();
    if inline {
        strip_single_paragraph(&clean)
    } else {
        clean
    }
}

/// The events of a text with what is unsafe taken out; `None` when it nests deeper than
/// [`NESTING_LIMIT`].
fn safe_events<'a>(parser: Parser<'a>) -> Option<Vec<Event<'a>>> {
    let mut events = Vec::new();
    // Depth of links being dropped; their text stays.
    let mut dropped_links = Vec::new();
    let mut depth = 0usize;
    for event in parser {
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > NESTING_LIMIT {
                    return None;
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            // An email autolink (`<a@example.org>`): pulldown-cmark writes its `mailto:`.
            Event::Start(
                tag @ Tag::Link {
                    link_type: LinkType::Email,
                    ..
                },
            ) => {
                dropped_links.push(false);
                events.push(Event::Start(tag));
            }
            Event::Start(Tag::Link { dest_url, .. }) if !is_allowed_link(&dest_url) => {
                dropped_links.push(true);
            }
            Event::Start(tag @ Tag::Link { .. }) => {
                dropped_links.push(false);
                events.push(Event::Start(tag));
            }
            Event::End(TagEnd::Link) => {
                if dropped_links.pop() != Some(true) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Heading { .. }) => events.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::Heading(_)) => events.push(Event::End(TagEnd::Paragraph)),
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            other => events.push(other),
        }
    }
    Some(events)
}

pub fn strip_single_paragraph(html: &str) -> String {
    let trimmed = html.trim_end();
    if let Some(inner) = trimmed
        .strip_prefix("<p>")
        .and_then(|rest| rest.strip_suffix("</p>"))
        && !inner.contains("<p>")
    {
        return inner.to_owned();
    }
    trimmed.to_owned()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped_html(&mut out, text);
    out
}

/// [`escape_html`], written at the end of `out`.
pub fn push_escaped_html(out: &mut String, text: &str) {
    // Runs without a special character are copied whole: most texts have none or a few.
    let mut rest = text;
    while let Some(at) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// Makes a Markdown text safe to place in a GitHub-flavoured Markdown document. Texts whose
/// Markdown stays within what the HTML pages allow are kept as written; a text with raw HTML or a
/// link the pages would drop is escaped whole and shows as the literal text it is.
/// `table_cell` also keeps the text on one line and escapes the column separator.
pub fn to_markdown(text: &str, table_cell: bool) -> String {
    // Plain prose (no markup, no line break, no `|`) is its own Markdown, in a cell or not.
    if !may_be_markup(text) {
        return text.trim().to_owned();
    }
    let emit = |text: &str| {
        if table_cell {
            join_cell(text)
        } else {
            (text.trim().to_owned(), text.trim().to_owned())
        }
    };
    // What is checked is what is written: joining a cell's lines can make markup that no line
    // has alone.
    let (written, checked) = emit(text);
    if markdown_is_safe(&checked) {
        written
    } else {
        emit(&escape_markdown(text.trim())).0
    }
}

/// A text on one line for a table cell: the cell as written (paragraph breaks as `<br><br>`,
/// unescaped `|` escaped), and the same with plain spaces for the safety check.
fn join_cell(text: &str) -> (String, String) {
    let mut cell = String::with_capacity(text.len() + 8);
    let mut plain = String::with_capacity(text.len());
    let mut lines = text.lines().map(str::trim).peekable();
    while let Some(line) = lines.next() {
        if line.is_empty() {
            continue;
        }
        let mut escaped = false;
        for c in line.chars() {
            if c == '|' && !escaped {
                cell.push('\\');
            }
            escaped = c == '\\' && !escaped;
            cell.push(c);
        }
        plain.push_str(line);
        if let Some(next) = lines.peek() {
            // A blank line was a paragraph break: keep it visible inside the cell.
            cell.push_str(if next.is_empty() { "<br><br>" } else { " " });
            plain.push(' ');
        }
    }
    let cell = cell.trim_end_matches("<br><br>").trim_end().to_owned();
    (cell, plain.trim_end().to_owned())
}

/// Whether a text's Markdown stays within what the pages allow, also once it stands among the
/// other texts of a document: no raw HTML, no other links, no images, headings or code blocks,
/// and no link reference definitions (which would turn `[x][y]` elsewhere into a link).
fn markdown_is_safe(text: &str) -> bool {
    let mut parser = Parser::new_ext(text, options());
    let events_safe = parser.by_ref().all(|event| match event {
        Event::Html(_) | Event::InlineHtml(_) => false,
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            ..
        }) => {
            link_type == LinkType::Email
                || matches!(link_type, LinkType::Inline | LinkType::Autolink)
                    && is_allowed_link(&dest_url)
        }
        Event::Start(
            Tag::Image { .. } | Tag::Heading { .. } | Tag::HtmlBlock | Tag::CodeBlock(_),
        ) => false,
        _ => true,
    });
    events_safe && parser.reference_definitions().iter().next().is_none()
}

/// Plain text on one line (a name, a cell) that must not be read as Markdown.
pub fn escape_markdown_line(text: &str) -> String {
    escape_markdown(text).replace('\n', " ")
}

/// Backslash-escapes the characters with which CommonMark and GFM could read a text as markup
/// (emphasis, code, links, HTML, entities, headings, tables, strikethrough).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A code span for a name (a cookie name, a storage key), safe inside a GFM table cell: the fence
/// is one backtick longer than any run of backticks in the name.
pub fn to_code_span(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_code_span(&mut out, text);
    out
}

/// [`to_code_span`], written at the end of `out`.
pub fn push_code_span(out: &mut String, text: &str) {
    if !text.contains(['`', '|', '\n', '\r']) {
        out.push('`');
        out.push_str(text);
        out.push('`');
        return;
    }
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let body = text.replace('|', "\\|").replace(['\n', '\r'], " ");
    let pad = if body.starts_with('`') || body.ends_with('`') {
        " "
    } else {
        ""
    };
    out.push_str(&format!("{fence}{pad}{body}{pad}{fence}"));
}

static DOCUMENT_SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = text_sanitizer();
    builder
        .add_tags([
            "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td",
        ])
        .add_tag_attributes("th", ["scope"]);
    builder
});

/// Renders a whole Markdown document (the `.md` that `build` writes) to sanitized HTML, with GFM
/// tables, for reading it in a browser.
pub fn document_to_html(document: &str) -> String {
    let parser = Parser::new_ext(document, options() | Options::ENABLE_TABLES);
    let mut html = String::with_capacity(document.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    DOCUMENT_SANITIZER.clean(&html).to_string()
}

/// A text's plain words, without its Markdown: for attributes such as a page `<title>`.
pub fn to_plain(text: &str) -> String {
    if !may_be_markup(text) {
        return text.to_owned();
    }
    let mut out = String::new();
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::Html(CowStr::Borrowed(t)) | Event::InlineHtml(CowStr::Borrowed(t)) => {
                out.push_str(t)
            }
            Event::Html(t) | Event::InlineHtml(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markup_table_holds_commonmarks_characters() {
        let markup: Vec<u8> = (0..=255u8)
            .filter(|&b| MARKUP_BYTES[usize::from(b)])
            .collect();
        assert_eq!(markup, b"\n\r!#&*<=>[\\]_`|~");
    }

    #[test]
    fn plain_text_is_escaped_and_kept_inline() {
        assert_eq!(to_html("Remembers the user", true), "Remembers the user");
        assert_eq!(
            to_html("Tom's \"cookie\"", true),
            "Tom&#39;s &quot;cookie&quot;"
        );
        assert_eq!(to_html("Remembers", false), "<p>Remembers</p>\n");
    }

    #[test]
    fn emphasis_and_allowed_links_render() {
        assert_eq!(
            to_html("See *the* [policy](https://example.org/p)", true),
            "See <em>the</em> <a href=\"https://example.org/p\" rel=\"noopener noreferrer\">policy</a>"
        );
        assert!(
            to_html("[mail](mailto:a@example.org)", true).contains("href=\"mailto:a@example.org\"")
        );
    }

    #[test]
    fn raw_html_becomes_text() {
        let html = to_html("<script>alert(1)</script> and <b onclick=x>bold</b>", true);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn html_block_becomes_text() {
        let html = to_html("<div onmouseover=\"x()\">\nhi\n</div>", false);
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&lt;div"), "{html}");
    }

    #[test]
    fn dangerous_links_lose_their_link_but_keep_their_words() {
        for dest in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "/relative",
            "#top",
        ] {
            let html = to_html(&format!("[click]({dest})"), true);
            assert_eq!(html, "click", "{dest}");
        }
        let html = to_html("<javascript:alert(1)>", true);
        assert!(!html.contains("href"), "{html}");
    }

    #[test]
    fn email_autolinks_are_mailto_links() {
        assert_eq!(
            to_html("Write to <a@b.org>", true),
            "Write to <a href=\"mailto:a@b.org\" rel=\"noopener noreferrer\">a@b.org</a>"
        );
        assert_eq!(
            to_markdown("Write to <a@b.org>", false),
            "Write to <a@b.org>"
        );
    }

    #[test]
    fn images_are_never_loaded() {
        let html = to_html("![tracker](https://evil.example/p.gif)", true);
        assert!(!html.contains("<img"), "{html}");
        assert_eq!(html, "tracker");
    }

    #[test]
    fn template_syntax_is_plain_text() {
        assert_eq!(
            to_html("{{ secret }} {% raw %}", true),
            "{{ secret }} {% raw %}"
        );
    }

    #[test]
    fn markdown_cells_escape_pipes_and_line_breaks() {
        assert_eq!(to_markdown("a | b", true), "a \\| b");
        assert_eq!(to_markdown("one\ntwo", true), "one two");
        assert_eq!(to_markdown("one\n\ntwo", true), "one<br><br>two");
        assert_eq!(
            to_markdown("*kept* [x](https://e.org)", true),
            "*kept* [x](https://e.org)"
        );
    }

    #[test]
    fn unsafe_markdown_is_escaped_whole_in_documents() {
        assert_eq!(to_markdown("<b>x</b>", true), "\\<b\\>x\\</b\\>");
        assert_eq!(
            to_markdown("[x](javascript:alert(1))", false),
            "\\[x\\](javascript:alert(1))"
        );
    }

    #[test]
    fn code_spans_survive_backticks_and_pipes() {
        assert_eq!(to_code_span("_ga_*"), "`_ga_*`");
        assert_eq!(to_code_span("a`b"), "``a`b``");
        assert_eq!(to_code_span("a|b"), "`a\\|b`");
    }

    #[test]
    fn markdown_safety_holds_in_the_document() {
        // A link definition would make `[click][x]` in another text a link.
        assert_eq!(
            to_markdown("[x]: javascript:alert(1)", false),
            "\\[x\\]: javascript:alert(1)"
        );
        // Lines that are harmless alone, joined into one cell.
        let cell = to_markdown("<img src=x title='\n> ' onerror=alert(1)>", true);
        assert!(cell.starts_with("\\<img"), "{cell}");
        // A code fence left open would swallow the rest of the document.
        assert!(to_markdown("Example:\n```\nCookie: a=1", false).contains("\\`\\`\\`"));
        // Escaped text keeps one backslash before a pipe in a cell.
        assert_eq!(to_markdown("<b>a|b</b>", true), "\\<b\\>a\\|b\\</b\\>");
    }

    #[test]
    fn texts_beyond_the_limits_are_reported_and_shown_plain() {
        let long = "a".repeat(TEXT_LENGTH_LIMIT + 1);
        assert!(beyond_limits(&long).unwrap().contains("16 KiB"));
        let deep = format!("{}x", "> ".repeat(NESTING_LIMIT + 1));
        assert!(beyond_limits(&deep).unwrap().contains("32 levels"));
        assert_eq!(to_html(&deep, true), escape_html(&deep));
        let fine = format!("{}x", "> ".repeat(NESTING_LIMIT / 2 - 1));
        assert_eq!(beyond_limits(&fine), None);
        assert!(to_html(&fine, false).contains("<blockquote>"));
    }

    #[test]
    fn plain_drops_markup() {
        assert_eq!(to_plain("A *b* [c](https://e.org)"), "A b c");
    }
}
